import Foundation

extension NeuralModel {
    /// The gradient of the mean cross-entropy of a batch with respect to every parameter, from a forward pass and
    /// the bytes that actually came next.
    struct Backpropagation {
        /// The gradient with respect to each activation of the pass, laid out as `ForwardPass.activations`.
        private var deltas: [Float]
        /// The gradient with respect to each parameter, laid out as the model's parameters.
        var gradients: [Float]

        /// Buffers for passes shaped like `pass` through a model laid out as `layout`.
        init(pass: ForwardPass, layout: ParameterLayout) {
            deltas = [Float](repeating: 0, count: pass.activations.count)
            gradients = [Float](repeating: 0, count: layout.count)
        }

        /// Fills `gradients` for `pass` (already run) and its `targets`, one per row.
        /// - Parameter keptScale: what the hidden outputs that dropout kept were multiplied by (1 without dropout).
        /// - Returns: the batch's mean cross-entropy in bits per byte.
        mutating func run(
            pass: ForwardPass, targets: [Int32], parameters: UnsafePointer<Float>, layout: ParameterLayout,
            keptScale: Float
        ) -> Double {
            let (batchSize, offsets, embeddingWidth) = (pass.batchSize, pass.offsets, layout.embeddingWidth)
            return pass.activations.withUnsafeBufferPointer { activationBuffer in
                deltas.withUnsafeMutableBufferPointer { deltaBuffer in
                    gradients.withUnsafeMutableBufferPointer { gradientBuffer in
                        let (activations, deltas) = (activationBuffer.baseAddress!, deltaBuffer.baseAddress!)
                        let gradients = gradientBuffer.baseAddress!
                        let nats = Self.softmaxCrossEntropy(
                            scores: activations + offsets[offsets.count - 1], targets: targets,
                            into: deltas + offsets[offsets.count - 1])
                        for (number, layer) in layout.layers.enumerated().reversed() {
                            let input = activations + offsets[number]
                            let (inputDelta, outputDelta) = (deltas + offsets[number], deltas + offsets[number + 1])
                            LinearAlgebra.multiply(
                                input, transposingA: true, outputDelta, into: gradients + layer.weights,
                                rows: layer.inputWidth, columns: layer.outputWidth, inner: batchSize)
                            Self.sumRows(
                                of: outputDelta, rows: batchSize, width: layer.outputWidth,
                                into: gradients + layer.biases)
                            LinearAlgebra.multiply(
                                outputDelta, parameters + layer.weights, transposingB: true, into: inputDelta,
                                rows: batchSize, columns: layer.inputWidth, inner: layer.outputWidth)
                            if number > 0 {
                                for index in 0..<batchSize * layer.inputWidth {
                                    inputDelta[index] = input[index] > 0 ? inputDelta[index] * keptScale : 0
                                }
                            }
                        }
                        gradients.update(repeating: 0, count: layout.layers[0].weights)
                        pass.tokens.withUnsafeBufferPointer { tokens in
                            for (slot, token) in tokens.enumerated() {
                                let row = gradients + Int(token) * embeddingWidth
                                let delta = deltas + slot * embeddingWidth
                                for column in 0..<embeddingWidth { row[column] += delta[column] }
                            }
                        }
                        return nats / Double(batchSize) / log(2)
                    }
                }
            }
        }

        /// Writes the gradient of the mean cross-entropy with respect to each row's 256 scores (`(softmax − one-hot)
        /// / rows`) into `deltas`.
        /// - Returns: the total cross-entropy of the rows, in nats.
        private static func softmaxCrossEntropy(
            scores: UnsafePointer<Float>, targets: [Int32], into deltas: UnsafeMutablePointer<Float>
        ) -> Double {
            let width = NeuralModel.byteCount
            let scale = 1 / Float(targets.count)
            var nats = 0.0
            for (row, target) in targets.enumerated() {
                let (rowScores, rowDeltas) = (scores + row * width, deltas + row * width)
                var highest = rowScores[0]
                for column in 1..<width { highest = max(highest, rowScores[column]) }
                var total: Float = 0
                for column in 0..<width {
                    rowDeltas[column] = exp(rowScores[column] - highest)
                    total += rowDeltas[column]
                }
                nats += Double(log(total) - (rowScores[Int(target)] - highest))
                let normaliser = scale / total
                for column in 0..<width { rowDeltas[column] *= normaliser }
                rowDeltas[Int(target)] -= scale
            }
            return nats
        }

        /// Writes the column sums of a `rows × width` matrix into `sums`.
        private static func sumRows(
            of matrix: UnsafePointer<Float>, rows: Int, width: Int, into sums: UnsafeMutablePointer<Float>
        ) {
            sums.update(repeating: 0, count: width)
            for row in 0..<rows {
                let values = matrix + row * width
                for column in 0..<width { sums[column] += values[column] }
            }
        }
    }
}
