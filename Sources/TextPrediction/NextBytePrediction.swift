import Foundation
import Neurons

/// The reference subnet's synapse: a batch of text windows (base64, up to `maximumContextBytes` each; a model may
/// use only their last bytes), answered with one `QuantizedDistribution` per window for the byte that follows it.
/// The validator never sends the continuation it scores. The contexts are in the body hash, so the signature binds
/// them.
public struct NextBytePrediction: Synapse {
    public static let requiredHashFields = ["contexts"]
    public static let requiredFields = ["contexts"]
    /// The most windows one request carries.
    public static let maximumWindows = 32
    /// The longest window, in bytes.
    public static let maximumContextBytes = 512

    /// The windows, base64.
    public var contexts: [String]
    /// The miner's answers, one per window, base64 `QuantizedDistribution`s.
    public var distributions: [String]?

    /// A request for `windows`.
    public init(windows: [[UInt8]]) {
        contexts = windows.map { Data($0.suffix(Self.maximumContextBytes)).base64EncodedString() }
        distributions = nil
    }

    /// The windows' bytes, or nil when the request breaks the limits or is not base64.
    public var windows: [[UInt8]]? {
        guard contexts.count <= Self.maximumWindows else { return nil }
        let decoded = contexts.map { Data(base64Encoded: $0).map { [UInt8]($0) } }
        guard decoded.allSatisfy({ $0 != nil && $0!.count <= Self.maximumContextBytes }) else { return nil }
        return decoded.map { $0! }
    }

    /// This request answered by `model`.
    public func answered(by model: some NextByteModel) -> NextBytePrediction? {
        guard let windows else { return nil }
        var answer = self
        answer.distributions = model.distributions(after: windows.map { $0[...] }).map {
            QuantizedDistribution.encode(QuantizedDistribution.weights($0))
        }
        return answer
    }

    /// The answer's bits per byte on the true next bytes, one per window: `QuantizedDistribution.worstBits` for
    /// every window when the answer is missing, has the wrong count, or a distribution is malformed.
    public func bitsPerByte(truth: [UInt8]) -> Double {
        guard let distributions, distributions.count == truth.count, !truth.isEmpty else {
            return QuantizedDistribution.worstBits
        }
        return zip(distributions, truth).reduce(0) { $0 + QuantizedDistribution.bits($1.0, for: $1.1) } / Double(truth.count)
    }
}
