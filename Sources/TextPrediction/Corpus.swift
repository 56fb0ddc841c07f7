import Foundation

/// The reference subnet's text: the public-domain corpus shipped with this module (Resources/SOURCE.md), split
/// once and for all into the first 90 % for training and the last 10 % held out for scoring.
public struct Corpus: Sendable {
    /// The training bytes.
    public let training: [UInt8]
    /// The held-out bytes.
    public let heldOut: [UInt8]

    /// The fraction of the text used for training.
    public static let trainingFraction = 0.9

    /// `text` split at `trainingFraction`.
    public init(text: [UInt8]) {
        let split = Int(Double(text.count) * Self.trainingFraction)
        training = Array(text[..<split])
        heldOut = Array(text[split...])
    }

    /// The shipped Shakespeare corpus, split.
    /// - Throws: when the resource is missing or unreadable.
    public static func shakespeare() throws -> Corpus {
        guard let url = Bundle.module.url(forResource: "tinyshakespeare", withExtension: "txt") else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "tinyshakespeare.txt is not in the bundle"])
        }
        return Corpus(text: [UInt8](try Data(contentsOf: url)))
    }
}
