import Primitives

/// `serve_axon` and `serve_prometheus` (specs/chain.md §6.3).
extension RuntimeContext {
    mutating func serveAxon(hotkey: AccountId32, _ endpoint: AxonEndpoint) throws {
        let previous = try find(SubtensorStorage.axons, endpoint.netuid, hotkey)
        try checkServing(hotkey: hotkey, netuid: endpoint.netuid, ip: endpoint.ip, ipType: endpoint.ipType,
                         port: endpoint.port, previousBlock: previous?.block)
        put(SubtensorStorage.axons, endpoint.netuid, hotkey,
            AxonInfo(block: blockNumber, version: endpoint.version, ip: endpoint.ip, port: endpoint.port,
                     ipType: endpoint.ipType, protocol: endpoint.protocol, placeholder1: endpoint.placeholder1,
                     placeholder2: endpoint.placeholder2))
        deposit(.subtensor(.axonServed(netuid: endpoint.netuid, hotkey: hotkey)))
    }

    mutating func servePrometheus(hotkey: AccountId32, netuid: UInt16, version: UInt32, ip: UInt128, port: UInt16,
                                  ipType: UInt8) throws {
        let previous = try find(SubtensorStorage.prometheus, netuid, hotkey)
        try checkServing(hotkey: hotkey, netuid: netuid, ip: ip, ipType: ipType, port: port,
                         previousBlock: previous?.block)
        put(SubtensorStorage.prometheus, netuid, hotkey,
            PrometheusInfo(block: blockNumber, version: version, ip: ip, port: port, ipType: ipType))
        deposit(.subtensor(.prometheusServed(netuid: netuid, hotkey: hotkey)))
    }

    /// The checks both share, in subtensor's order: registered, ip type, ip, rate limit, port.
    private func checkServing(hotkey: AccountId32, netuid: UInt16, ip: UInt128, ipType: UInt8, port: UInt16,
                              previousBlock: UInt64?) throws {
        guard try find(SubtensorStorage.uids, netuid, hotkey) != nil else {
            throw SubtensorError.hotKeyNotRegisteredInNetwork
        }
        guard ipType == 4 || ipType == 6 else { throw SubtensorError.invalidIpType }
        guard try isServableAddress(ip, ipType: ipType) else { throw SubtensorError.invalidIpAddress }
        let limit = try get(SubtensorStorage.servingRateLimit, netuid)
        if let previousBlock, limit > 0, previousBlock > 0, blockNumber - previousBlock < limit {
            throw SubtensorError.servingRateLimitExceeded
        }
        guard port != 0 else { throw SubtensorError.invalidPort }
    }

    /// IPv4 below `u32::MAX`, IPv6 not all ones; `127.0.0.1` and `::1` only where the chain spec allows them.
    private func isServableAddress(_ ip: UInt128, ipType: UInt8) throws -> Bool {
        let loopbackAllowed = try get(ChainConfigStorage.loopbackServingAllowed)
        if ipType == 4 {
            guard ip < UInt128(UInt32.max) else { return false }
            return loopbackAllowed || ip != 0x7f00_0001
        }
        guard ip != .max else { return false }
        return loopbackAllowed || ip != 1
    }
}
