import Foundation

/// The models a reference-subnet miner can serve, behind one type: the n-gram model (and the neural one).
public enum TextModel: NextByteModel {
    /// A byte-level Kneser–Ney n-gram model.
    case ngram(NGramModel)

    /// A short name: `ngram-5`.
    public var name: String {
        switch self {
        case .ngram(let model): "ngram-\(model.order)"
        }
    }

    public func distribution(after context: ArraySlice<UInt8>) -> [Double] {
        switch self {
        case .ngram(let model): model.distribution(after: context)
        }
    }

    public func distributions(after contexts: [ArraySlice<UInt8>]) -> [[Double]] {
        switch self {
        case .ngram(let model): model.distributions(after: contexts)
        }
    }

    /// Writes the model's checkpoint to `path` atomically.
    /// - Throws: `AtomicFile.WriteError`.
    public func save(to path: String) throws {
        switch self {
        case .ngram(let model): try model.save(to: path)
        }
    }
}
