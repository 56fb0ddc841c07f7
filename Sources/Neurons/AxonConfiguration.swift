/// Where an axon listens and how much it takes on.
public struct AxonConfiguration: Sendable {
    /// The address to bind (`127.0.0.1`; `0.0.0.0` to serve other machines).
    public var host: String
    /// The port (8091; 0 picks a free one).
    public var port: Int
    /// The address announced to the chain and stamped into responses (`--axon.external_ip`).
    public var externalIP: String?
    /// The port announced (`--axon.external_port`; the bound port when nil).
    public var externalPort: Int?
    /// The largest request body taken; larger ones get 413.
    public var maxBodyBytes: Int
    /// Forward functions running at once.
    public var maxConcurrentForwards: Int
    /// Requests waiting for a forward slot before the axon answers 503.
    public var maxWaitingForwards: Int
    /// Requests per second one hotkey may make (after a burst of `rateLimitBurst`); beyond that 429.
    public var requestsPerSecondPerHotkey: Double
    /// The burst each hotkey may make at once.
    public var rateLimitBurst: Int
    /// The longest timeout a caller may ask for, in seconds (its `timeout` header is capped to this).
    public var maxTimeout: Double
    /// Seconds a connection may sit idle before the axon closes it.
    public var idleTimeout: Double

    /// A configuration.
    public init(host: String = "127.0.0.1", port: Int = 8091, externalIP: String? = nil, externalPort: Int? = nil,
                maxBodyBytes: Int = 4 << 20, maxConcurrentForwards: Int = 64, maxWaitingForwards: Int = 1024,
                requestsPerSecondPerHotkey: Double = 200, rateLimitBurst: Int = 400, maxTimeout: Double = 120,
                idleTimeout: Double = 30) {
        (self.host, self.port, self.externalIP, self.externalPort) = (host, port, externalIP, externalPort)
        (self.maxBodyBytes, self.maxConcurrentForwards, self.maxWaitingForwards) =
            (maxBodyBytes, maxConcurrentForwards, maxWaitingForwards)
        (self.requestsPerSecondPerHotkey, self.rateLimitBurst, self.maxTimeout, self.idleTimeout) =
            (requestsPerSecondPerHotkey, rateLimitBurst, maxTimeout, idleTimeout)
    }
}
