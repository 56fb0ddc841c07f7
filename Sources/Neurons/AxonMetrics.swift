import Prometheus

/// An axon's Prometheus metrics (`/metrics`): requests by synapse and status, and forward durations.
public final class AxonMetrics: Sendable {
    /// The registry `/metrics` renders.
    public let registry = PrometheusCollectorRegistry()
    private let forwardTime: DurationHistogram

    /// Fresh metrics.
    public init() {
        forwardTime = registry.makeDurationHistogram(
            descriptor: MetricNameDescriptor(metricName: "axon_forward_seconds", unitName: "",
                                             helpText: "Time from a verified request to its response"),
            buckets: [.milliseconds(1), .milliseconds(10), .milliseconds(100), .seconds(1), .seconds(10)])
    }

    func record(synapse: String, status: Int) {
        registry.makeCounter(descriptor: MetricNameDescriptor(metricName: "axon_requests_total", unitName: "",
                                                              helpText: "Requests answered, by synapse and status"),
                             labels: [("synapse", synapse), ("status", String(status))]).increment()
    }

    func recordForward(_ duration: Duration) {
        forwardTime.recordNanoseconds(Int64(duration.components.seconds) * 1_000_000_000
            + Int64(duration.components.attoseconds / 1_000_000_000))
    }
}
