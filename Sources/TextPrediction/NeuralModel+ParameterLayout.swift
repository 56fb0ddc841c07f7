extension NeuralModel {
    /// Where each tensor lies in a model's single flat parameter array: the embedding table (one row per byte plus
    /// one for padding), then each dense layer's weights (`input × output`, row by row) and biases.
    struct ParameterLayout: Sendable {
        /// One dense layer's place in the parameters and its shape.
        struct DenseLayer: Sendable {
            /// How many numbers the layer reads.
            let inputWidth: Int
            /// How many numbers it writes.
            let outputWidth: Int
            /// The offset of its `inputWidth × outputWidth` weights.
            let weights: Int
            /// The offset of its `outputWidth` biases.
            let biases: Int
        }

        /// How wide each embedding row is.
        let embeddingWidth: Int
        /// The dense layers, from the embeddings to the next-byte scores.
        let layers: [DenseLayer]
        /// The number of parameters.
        let count: Int

        /// The layout of a model of `configuration`; the embedding table starts at offset 0.
        init(_ configuration: Configuration) {
            embeddingWidth = configuration.embeddingWidth
            var offset = NeuralModel.tokenCount * configuration.embeddingWidth
            var layers: [DenseLayer] = []
            let widths = configuration.layerWidths
            for (input, output) in zip(widths, widths.dropFirst()) {
                let biases = offset + input * output
                layers.append(DenseLayer(inputWidth: input, outputWidth: output, weights: offset, biases: biases))
                offset += input * output + output
            }
            self.layers = layers
            count = offset
        }

        /// Freshly initialised parameters: embeddings standard normal, hidden weights He-normal (suited to ReLU),
        /// the output weights ten times smaller so that the first predictions are near uniform, biases zero.
        func initialParameters(seed: UInt64) -> [Float] {
            var generator = SeededRandomNumberGenerator(seed: seed)
            var parameters = [Float](repeating: 0, count: count)
            for index in 0..<layers[0].weights { parameters[index] = Float(generator.normal()) }
            for (number, layer) in layers.enumerated() {
                let gain = number == layers.count - 1 ? 0.1 : 2.0.squareRoot()
                let deviation = gain / Double(layer.inputWidth).squareRoot()
                for index in layer.weights..<layer.biases { parameters[index] = Float(generator.normal() * deviation) }
            }
            return parameters
        }
    }
}
