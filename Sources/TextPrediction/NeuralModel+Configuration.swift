extension NeuralModel {
    /// The shape of a neural model: how many bytes before the prediction it reads, how many numbers stand for each
    /// byte, and the widths of its hidden layers.
    public struct Configuration: Sendable, Equatable {
        /// How many of the last bytes the model reads; shorter contexts are padded at the front.
        public var contextLength: Int
        /// How many numbers each byte (and the padding) is embedded as.
        public var embeddingWidth: Int
        /// The widths of the hidden layers, first to last; each is followed by a ReLU.
        public var hiddenWidths: [Int]

        /// The largest context, embedding and hidden width a model may have.
        public static let maximumWidth = 8192
        /// The most hidden layers a model may have.
        public static let maximumHiddenLayers = 8
        /// The most parameters a model may have (so that a checkpoint cannot demand unbounded memory).
        public static let maximumParameterCount = 1 << 28

        /// A configuration. The defaults were tuned for about five minutes of training on two CPU cores on the
        /// Shakespeare corpus: with only a megabyte of text, contexts longer than about 6 bytes and single hidden
        /// layers overfit and predict held-out text worse.
        public init(contextLength: Int = 6, embeddingWidth: Int = 32, hiddenWidths: [Int] = [1024, 1024]) {
            (self.contextLength, self.embeddingWidth, self.hiddenWidths) = (contextLength, embeddingWidth, hiddenWidths)
        }

        /// What is wrong with this configuration, or nil when a model can be built from it.
        public var problem: String? {
            guard (1...Self.maximumWidth).contains(contextLength) else {
                return "context length \(contextLength) out of range"
            }
            guard (1...Self.maximumWidth).contains(embeddingWidth) else {
                return "embedding width \(embeddingWidth) out of range"
            }
            guard (1...Self.maximumHiddenLayers).contains(hiddenWidths.count) else {
                return "\(hiddenWidths.count) hidden layers, not 1…\(Self.maximumHiddenLayers)"
            }
            if let width = hiddenWidths.first(where: { !(1...Self.maximumWidth).contains($0) }) {
                return "hidden width \(width) out of range"
            }
            guard ParameterLayout(self).count <= Self.maximumParameterCount else {
                return "more than \(Self.maximumParameterCount) parameters"
            }
            return nil
        }

        /// How many numbers enter the first hidden layer: the context's embeddings side by side.
        var inputWidth: Int { contextLength * embeddingWidth }

        /// The widths of each dense layer's input and output, from the embeddings to the 256 next-byte scores.
        var layerWidths: [Int] { [inputWidth] + hiddenWidths + [NeuralModel.byteCount] }
    }
}
