/// Percentiles of a set of latencies, picked as `bench_axon.py` picks them (the sorted sample at index
/// `round(p / 100 × (n − 1))`), in milliseconds.
struct LatencySummary {
    private let sorted: [Double]

    /// A summary of `seconds` (not empty).
    init(seconds: [Double]) {
        sorted = seconds.sorted()
    }

    /// The `p`th percentile (`p` in 0...100) in milliseconds.
    func percentile(_ p: Double) -> Double {
        sorted[Int((p / 100 * Double(sorted.count - 1)).rounded())] * 1000
    }

    /// The mean in milliseconds.
    var mean: Double { sorted.reduce(0, +) / Double(sorted.count) * 1000 }

    /// The largest in milliseconds.
    var largest: Double { sorted[sorted.count - 1] * 1000 }
}
