import Benchmark
import Consensus
import EpochScenarios

let benchmarks: @Sendable () -> Void = {
    for (n, validators) in [(256, 64), (4096, 256)] {
        for (yuma3, liquidAlpha) in [(true, false), (true, true), (false, false)] {
            let scenario = EpochScenario(n: n, validators: validators, yuma3: yuma3, liquidAlpha: liquidAlpha)
            let bonds = yuma3 ? (liquidAlpha ? "Yuma3 liquid alpha" : "Yuma3") : "classic"
            let configuration = Benchmark.Configuration(
                metrics: [.wallClock, .mallocCountTotal], timeUnits: .microseconds, maxDuration: .seconds(5))
            Benchmark("Yuma.epoch \(n) UIDs × \(validators) validators, \(bonds) bonds", configuration: configuration) {
                benchmark in
                for _ in benchmark.scaledIterations {
                    blackHole(Yuma.epoch(scenario.input, scenario.hyperparameters))
                }
            }
        }
    }
}
