extension NeuralModel {
    /// One forward pass over a batch of contexts: the tokens, the embeddings side by side, and each dense layer's
    /// output (after ReLU for hidden layers; the last is the 256 next-byte scores), kept for backpropagation.
    struct ForwardPass {
        /// How many contexts the pass holds.
        let batchSize: Int
        /// How many tokens each context is.
        let contextLength: Int
        /// Each context's tokens, `batchSize × contextLength`: byte values, padding at the front.
        var tokens: [Int32]
        /// All activations, `batchSize` rows each: the embeddings, then each layer's output.
        var activations: [Float]
        /// Where each layer's input starts in `activations`; the last entry is where the scores start.
        let offsets: [Int]

        /// Buffers for `batchSize` contexts through a model of `configuration`.
        init(batchSize: Int, configuration: Configuration) {
            self.batchSize = batchSize
            contextLength = configuration.contextLength
            tokens = [Int32](repeating: NeuralModel.paddingToken, count: batchSize * configuration.contextLength)
            var offsets: [Int] = []
            var total = 0
            for width in configuration.layerWidths {
                offsets.append(total)
                total += batchSize * width
            }
            self.offsets = offsets
            activations = [Float](repeating: 0, count: total)
        }

        /// Puts the last `contextLength` bytes of `context` in `row`, padding in front when there are fewer.
        mutating func setContext(_ context: ArraySlice<UInt8>, row: Int) {
            let used = context.suffix(contextLength)
            let start = row * contextLength
            let padding = contextLength - used.count
            for slot in start..<start + padding { tokens[slot] = NeuralModel.paddingToken }
            for (slot, byte) in zip(start + padding..<start + contextLength, used) { tokens[slot] = Int32(byte) }
        }

        /// The 256 next-byte scores of `row`, after `run`.
        func scores(row: Int) -> ArraySlice<Float> {
            let start = offsets[offsets.count - 1] + row * NeuralModel.byteCount
            return activations[start..<start + NeuralModel.byteCount]
        }

        /// Fills the activations from the tokens, with the parameters laid out as `layout` says.
        /// - Parameter afterHiddenLayer: called with each hidden layer's outputs and their number, after the ReLU
        ///   (training drops some of them out there).
        mutating func run(
            parameters: UnsafePointer<Float>, layout: ParameterLayout,
            afterHiddenLayer: (UnsafeMutablePointer<Float>, Int) -> Void = { _, _ in }
        ) {
            let (batchSize, offsets, embeddingWidth) = (batchSize, offsets, layout.embeddingWidth)
            tokens.withUnsafeBufferPointer { tokens in
                activations.withUnsafeMutableBufferPointer { buffer in
                    let activations = buffer.baseAddress!
                    for (slot, token) in tokens.enumerated() {
                        (activations + slot * embeddingWidth)
                            .update(from: parameters + Int(token) * embeddingWidth, count: embeddingWidth)
                    }
                    for (number, layer) in layout.layers.enumerated() {
                        let output = activations + offsets[number + 1]
                        LinearAlgebra.multiply(
                            activations + offsets[number], parameters + layer.weights, into: output,
                            rows: batchSize, columns: layer.outputWidth, inner: layer.inputWidth)
                        let isHidden = number < layout.layers.count - 1
                        Self.addBiases(
                            parameters + layer.biases, to: output, rows: batchSize, width: layer.outputWidth,
                            rectifying: isHidden)
                        if isHidden { afterHiddenLayer(output, batchSize * layer.outputWidth) }
                    }
                }
            }
        }

        /// Adds `biases` to each of `rows` rows of `width`, then, when `rectifying`, clamps negatives to 0.
        private static func addBiases(
            _ biases: UnsafePointer<Float>, to output: UnsafeMutablePointer<Float>, rows: Int, width: Int,
            rectifying: Bool
        ) {
            for row in 0..<rows {
                let values = output + row * width
                if rectifying {
                    for column in 0..<width { values[column] = max(0, values[column] + biases[column]) }
                } else {
                    for column in 0..<width { values[column] += biases[column] }
                }
            }
        }
    }
}
