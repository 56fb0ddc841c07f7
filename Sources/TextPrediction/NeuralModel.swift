import Foundation

/// A byte-level neural model: the embeddings of the last `contextLength` bytes side by side, through ReLU hidden
/// layers, to a softmax over the 256 next bytes. Matrix products run through OpenBLAS in single precision; the
/// final softmax runs in double precision, so each distribution is finite and sums to 1.
///
/// A value type: inference allocates its own buffers on every call and may run on many threads at once.
public struct NeuralModel: NextByteModel, Equatable {
    /// How many different bytes there are: the width of every distribution.
    static let byteCount = 256
    /// The token that pads contexts shorter than `contextLength`, after the 256 byte tokens.
    static let paddingToken: Int32 = 256
    /// How many rows the embedding table has: one per byte and one for padding.
    static let tokenCount = 257

    /// The model's shape.
    public let configuration: Configuration
    /// Every weight, bias and embedding, laid out as `layout` says.
    var parameters: [Float]
    /// Where each tensor lies in `parameters`.
    let layout: ParameterLayout

    /// An untrained model of `configuration`, its weights drawn from a generator seeded with `seed`.
    /// - Precondition: `configuration.problem` is nil.
    public init(configuration: Configuration = Configuration(), seed: UInt64 = 0) {
        precondition(configuration.problem == nil, configuration.problem ?? "")
        self.configuration = configuration
        layout = ParameterLayout(configuration)
        parameters = layout.initialParameters(seed: seed)
    }

    /// A model of `configuration` with the given parameters, which must number `ParameterLayout.count`.
    init(configuration: Configuration, parameters: [Float]) {
        self.configuration = configuration
        layout = ParameterLayout(configuration)
        precondition(parameters.count == layout.count, "parameter count does not match the configuration")
        self.parameters = parameters
    }

    /// How many numbers the model learns.
    public var parameterCount: Int { parameters.count }

    /// Two models are equal when they have the same configuration and bit for bit the same parameters.
    public static func == (lhs: NeuralModel, rhs: NeuralModel) -> Bool {
        lhs.configuration == rhs.configuration
            && lhs.parameters.elementsEqual(rhs.parameters) { $0.bitPattern == $1.bitPattern }
    }

    /// The next-byte distribution after `context`: `distributions(after:)` for one context.
    public func distribution(after context: ArraySlice<UInt8>) -> [Double] {
        distributions(after: [context])[0]
    }

    /// The next-byte distributions after each of `contexts`, in one forward pass over all of them.
    /// - Returns: one array of 256 probabilities per context, each finite and summing to 1.
    /// - Complexity: one pass costs about `2 × contexts.count × parameterCount` floating-point operations.
    public func distributions(after contexts: [ArraySlice<UInt8>]) -> [[Double]] {
        guard !contexts.isEmpty else { return [] }
        var pass = ForwardPass(batchSize: contexts.count, configuration: configuration)
        for (row, context) in contexts.enumerated() { pass.setContext(context, row: row) }
        parameters.withUnsafeBufferPointer { pass.run(parameters: $0.baseAddress!, layout: layout) }
        return (0..<contexts.count).map { Self.probabilities(fromScores: pass.scores(row: $0)) }
    }

    /// The softmax of 256 scores, in double precision; uniform if any score is not finite.
    static func probabilities(fromScores scores: ArraySlice<Float>) -> [Double] {
        let highest = Double(scores.max() ?? 0)
        guard highest.isFinite, scores.allSatisfy(\.isFinite) else {
            return [Double](repeating: 1.0 / Double(byteCount), count: byteCount)
        }
        let exponentials = scores.map { exp(Double($0) - highest) }
        let total = exponentials.reduce(0, +)
        return exponentials.map { $0 / total }
    }
}
