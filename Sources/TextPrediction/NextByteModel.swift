import Foundation

/// A model of text as a sequence of bytes: given the bytes so far, a probability for each of the 256 possible
/// next bytes.
public protocol NextByteModel: Sendable {
    /// The probabilities of the next byte after `context` (the last bytes matter most); 256 values summing to 1.
    func distribution(after context: ArraySlice<UInt8>) -> [Double]
    /// The next-byte probabilities after each of `contexts`, in order (models that batch do it in one pass).
    func distributions(after contexts: [ArraySlice<UInt8>]) -> [[Double]]
}

extension NextByteModel {
    /// One `distribution(after:)` per context.
    public func distributions(after contexts: [ArraySlice<UInt8>]) -> [[Double]] {
        contexts.map { distribution(after: $0) }
    }

    /// The model's cross-entropy on `text` in bits per byte, predicting each byte from the `contextLength` bytes
    /// before it (the first bytes from what precedes them), `batchSize` contexts per `distributions(after:)`.
    public func bitsPerByte(on text: [UInt8], contextLength: Int = 16, batchSize: Int = 256) -> Double {
        guard !text.isEmpty else { return 0 }
        var total = 0.0
        for start in stride(from: 0, to: text.count, by: max(1, batchSize)) {
            let positions = start..<min(start + max(1, batchSize), text.count)
            let contexts = positions.map { text[max(0, $0 - contextLength)..<$0] }
            for (position, distribution) in zip(positions, distributions(after: contexts)) {
                total -= log2(max(distribution[Int(text[position])], 1e-300))
            }
        }
        return total / Double(text.count)
    }
}
