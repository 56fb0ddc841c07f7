extension NeuralModel {
    /// Trains the model on windows of `text` chosen at random, until `seconds` have passed or `maximumSteps` steps
    /// are done, whichever comes first. Each step predicts the byte after each of `options.batchSize` windows and
    /// moves the parameters one Adam step down the mean cross-entropy.
    ///
    /// With only `maximumSteps` given, training is deterministic: the same model, text, options and step count give
    /// bit-for-bit the same parameters. A time budget makes the schedule (and so the result) depend on speed.
    /// - Parameters:
    ///   - text: the training bytes; not empty.
    ///   - seconds: the time budget, if any.
    ///   - maximumSteps: the step budget, if any; at least one budget must be given.
    ///   - progress: called every `options.reportInterval` seconds and at the end, with the bytes predicted so
    ///     far and the mean loss of the batches since the previous report.
    /// - Returns: how many steps were taken.
    @discardableResult
    public mutating func train(
        on text: [UInt8], seconds: Double? = nil, maximumSteps: Int? = nil,
        options: TrainingOptions = TrainingOptions(), progress: (TrainingProgress) -> Void = { _ in }
    ) -> Int {
        precondition(!text.isEmpty, "there is no text to train on")
        precondition(seconds != nil || maximumSteps != nil, "give a time budget, a step budget or both")
        precondition(options.batchSize > 0, "the batch must hold at least one window")
        precondition((0..<1).contains(options.dropout), "the dropout probability must be in 0 ..< 1")
        let (layout, contextLength, batchSize) = (layout, configuration.contextLength, options.batchSize)
        var generator = SeededRandomNumberGenerator(seed: options.seed)
        var pass = ForwardPass(batchSize: batchSize, configuration: configuration)
        var backpropagation = Backpropagation(pass: pass, layout: layout)
        var optimizer = AdamOptimizer(parameterCount: layout.count)
        var targets = [Int32](repeating: 0, count: batchSize)
        let clock = ContinuousClock()
        let start = clock.now
        func fractionDone(step: Int, elapsed: Double) -> Double {
            let byTime = seconds.map { $0 > 0 ? elapsed / $0 : 1 } ?? 0
            return max(byTime, maximumSteps.map { $0 > 0 ? Double(step) / Double($0) : 1 } ?? 0)
        }
        var (step, lastReport, recentBits, recentBatches) = (0, 0.0, 0.0, 0)
        func report(elapsed: Double, fraction: Double) {
            progress(TrainingProgress(
                bytesSeen: step * batchSize, elapsedSeconds: elapsed, fraction: fraction,
                lossBitsPerByte: recentBatches > 0 ? recentBits / Double(recentBatches) : nil))
            (lastReport, recentBits, recentBatches) = (elapsed, 0, 0)
        }
        while true {
            let elapsed = (clock.now - start).seconds
            let fraction = fractionDone(step: step, elapsed: elapsed)
            guard fraction < 1 else { break }
            if elapsed - lastReport >= options.reportInterval { report(elapsed: elapsed, fraction: fraction) }
            for row in 0..<batchSize {
                let position = generator.index(below: text.count)
                pass.setContext(text[max(0, position - contextLength)..<position], row: row)
                targets[row] = Int32(text[position])
            }
            let learningRate = options.learningRate(step: step, fraction: fraction)
            recentBits += parameters.withUnsafeMutableBufferPointer { buffer in
                let parameters = buffer.baseAddress!
                pass.run(parameters: parameters, layout: layout) { outputs, count in
                    Self.dropOut(outputs, count: count, probability: options.dropout, using: &generator)
                }
                let bits = backpropagation.run(
                    pass: pass, targets: targets, parameters: parameters, layout: layout,
                    keptScale: 1 / Float(1 - options.dropout))
                backpropagation.gradients.withUnsafeBufferPointer { gradients in
                    optimizer.update(
                        parameters, gradients: gradients.baseAddress!, learningRate: learningRate,
                        weightDecay: options.weightDecay)
                }
                return bits
            }
            recentBatches += 1
            step += 1
        }
        report(elapsed: (clock.now - start).seconds, fraction: 1)
        return step
    }
}
