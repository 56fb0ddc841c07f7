// Times `Yuma.epoch` on deterministic dense inputs (EpochScenario) and prints one JSON object per case on
// stdout and a readable table on stderr, for scripts/bench-epoch, which compares the figures with the
// issue's targets. Usage: epoch-throughput [--quick] [--uids N] (`--uids` keeps only the cases with N UIDs,
// for profiling).
import Consensus
import EpochScenarios
import Foundation

/// Seconds as milliseconds.
func milliseconds(_ duration: Duration) -> Double {
    let (seconds, attoseconds) = duration.components
    return Double(seconds) * 1e3 + Double(attoseconds) / 1e15
}

/// FNV-1a over the outputs that matter, so two builds can be checked to compute the same epoch.
func digest(_ output: EpochOutput) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    func mix(_ value: UInt64) { hash = (hash ^ value) &* 0x0000_0100_0000_01B3 }
    for values in [output.consensus, output.incentive, output.dividends, output.validatorTrust] {
        for value in values { mix(UInt64(value)) }
    }
    for values in [output.serverEmission, output.validatorEmission, output.emission] {
        for value in values { mix(value) }
    }
    for row in output.bonds {
        mix(UInt64(row.count))
        for entry in row { mix(UInt64(entry.uid) << 16 | UInt64(entry.value)) }
    }
    return hash
}

/// This thread's CPU time in milliseconds: unlike the wall clock, it leaves out the time other processes
/// on a shared machine take from this core.
func threadCPUMilliseconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) * 1e3 + Double(time.tv_nsec) / 1e6
}

/// The median wall-clock and CPU times of `Yuma.epoch` on `scenario`, the run count and the output digest:
/// at least `minRuns` runs, more while the total stays under `budget`, at most `maxRuns`.
func measure(_ scenario: EpochScenario, minRuns: Int, maxRuns: Int, budget: Duration) -> (Double, Double, Int, UInt64) {
    let clock = ContinuousClock()
    var wall: [Double] = []
    var cpu: [Double] = []
    var hash: UInt64 = 0
    let start = clock.now
    while wall.count < minRuns || (wall.count < maxRuns && start.duration(to: clock.now) < budget) {
        let before = clock.now
        let cpuBefore = threadCPUMilliseconds()
        let output = Yuma.epoch(scenario.input, scenario.hyperparameters)
        cpu.append(threadCPUMilliseconds() - cpuBefore)
        wall.append(milliseconds(before.duration(to: clock.now)))
        hash = digest(output)
    }
    return (wall.sorted()[wall.count / 2], cpu.sorted()[cpu.count / 2], wall.count, hash)
}

struct Case {
    let series: String
    let n: Int
    let validators: Int
    let yuma3: Bool
    let liquidAlpha: Bool
}

let arguments = CommandLine.arguments
let quick = arguments.contains("--quick")
let onlyUIDs = arguments.firstIndex(of: "--uids").flatMap { $0 + 1 < arguments.count ? Int(arguments[$0 + 1]) : nil }
var cases: [Case] = []
for (n, validators) in [(256, 64), (4096, 256)] {
    for (yuma3, liquidAlpha) in [(true, false), (true, true), (false, false), (false, true)] {
        cases.append(Case(series: "target", n: n, validators: validators, yuma3: yuma3, liquidAlpha: liquidAlpha))
    }
}
for n in [64, 128, 256, 512, 1024, 2048, 4096] {
    for liquidAlpha in [false, true] {
        cases.append(Case(series: "scaling", n: n, validators: n / 16, yuma3: true, liquidAlpha: liquidAlpha))
    }
}

func standardError(_ line: String) { FileHandle.standardError.write(Data((line + "\n").utf8)) }

standardError("series   uids  vals  bonds    liquid_alpha  median_ms   cpu_ms  runs  digest")
for item in cases where onlyUIDs == nil || item.n == onlyUIDs {
    let scenario = EpochScenario(n: item.n, validators: item.validators, yuma3: item.yuma3, liquidAlpha: item.liquidAlpha)
    let (median, cpuMedian, runs, hash) = measure(
        scenario, minRuns: quick ? 3 : 5, maxRuns: quick ? 9 : 51, budget: .seconds(quick ? 1 : 3))
    let bonds = item.yuma3 ? "yuma3" : "classic"
    let hex = String(hash, radix: 16)
    print("{\"series\": \"\(item.series)\", \"uids\": \(item.n), \"validators\": \(item.validators), "
        + "\"bonds\": \"\(bonds)\", \"liquid_alpha\": \(item.liquidAlpha), \"median_ms\": \(median), "
        + "\"median_cpu_ms\": \(cpuMedian), "
        + "\"runs\": \(runs), \"digest\": \"\(hex)\"}")
    func padded(_ text: String, _ width: Int) -> String { String(repeating: " ", count: max(0, width - text.count)) + text }
    func rounded(_ ms: Double) -> String { "\((ms * 1000).rounded() / 1000)" }
    standardError(item.series.padding(8) + padded("\(item.n)", 6) + padded("\(item.validators)", 6) + "  "
        + bonds.padding(9) + padded("\(item.liquidAlpha)", 12) + padded(rounded(median), 11)
        + padded(rounded(cpuMedian), 9) + padded("\(runs)", 6) + "  " + hex)
}

extension String {
    /// Left-aligned in a field of `width` characters.
    func padding(_ width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }
}
