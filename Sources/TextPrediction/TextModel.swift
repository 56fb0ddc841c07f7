import Foundation

/// The models a reference-subnet miner can serve, behind one type: the n-gram model and the neural one.
public enum TextModel: NextByteModel {
    /// A byte-level Kneser–Ney n-gram model.
    case ngram(NGramModel)
    /// A byte-level embedding MLP.
    case neural(NeuralModel)

    /// A short name: `ngram-5`, `neural`.
    public var name: String {
        switch self {
        case .ngram(let model): "ngram-\(model.order)"
        case .neural: "neural"
        }
    }

    /// The model behind the case.
    private var model: any NextByteModel {
        switch self {
        case .ngram(let model): model
        case .neural(let model): model
        }
    }

    public func distribution(after context: ArraySlice<UInt8>) -> [Double] {
        model.distribution(after: context)
    }

    public func distributions(after contexts: [ArraySlice<UInt8>]) -> [[Double]] {
        model.distributions(after: contexts)
    }

    /// Writes the model's checkpoint to `path` atomically.
    /// - Throws: `AtomicFile.WriteError`.
    public func save(to path: String) throws {
        switch self {
        case .ngram(let model): try model.save(to: path)
        case .neural(let model): try model.save(to: path)
        }
    }
}
