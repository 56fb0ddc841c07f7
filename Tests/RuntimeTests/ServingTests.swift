import BittensorTesting
import Keys
import Primitives
@testable import Runtime
import Testing

/// `serve_axon` and `serve_prometheus` (specs/chain.md §6.3).
@Suite struct ServingTests {
    let miner = Dev.hotkey("Miner1")

    /// A chain with a started subnet on which `miner` is registered and funded.
    func chainWithMiner() throws -> (DevChain, UInt16) {
        var chain = try DevChain()
        let netuid = try chain.createSubnet()
        try chain.register(miner, on: netuid)
        try chain.fund(miner)
        return (chain, netuid)
    }

    func axon(_ netuid: UInt16, ip: UInt128 = 0x0A00_0001, port: UInt16 = 8091, ipType: UInt8 = 4) -> RuntimeCall {
        .subtensor(.serveAxon(AxonEndpoint(netuid: netuid, version: 7, ip: ip, port: port, ipType: ipType,
                                           protocol: 4, placeholder1: 1, placeholder2: 2)))
    }

    func prometheus(_ netuid: UInt16, ip: UInt128 = 0x0A00_0001, port: UInt16 = 9090, ipType: UInt8 = 4) -> RuntimeCall {
        .subtensor(.servePrometheus(netuid: netuid, version: 3, ip: ip, port: port, ipType: ipType))
    }

    @Test func serveAxonStoresTheEndpoint() throws {
        var (chain, netuid) = try chainWithMiner()
        try chain.expectSuccess(axon(netuid), by: miner)
        let block = UInt64(chain.head.number)
        let expected = AxonInfo(block: block, version: 7, ip: 0x0A00_0001, port: 8091, ipType: 4, protocol: 4,
                                placeholder1: 1, placeholder2: 2)
        #expect(try chain.read(SubtensorStorage.axons, netuid, id(miner)) == expected)
        #expect(try chain.subtensorEvents().contains(.axonServed(netuid: netuid, hotkey: id(miner))))
        // IPv6 and loopback (allowed on the dev chain) after the rate limit.
        try chain.setParameter(.servingRateLimit, netuid: netuid, .u64(0))
        try chain.expectSuccess(axon(netuid, ip: 1, ipType: 6), by: miner)
        #expect(try chain.read(SubtensorStorage.axons, netuid, id(miner))?.ipType == 6)
        try chain.expectSuccess(axon(netuid, ip: 0x7F00_0001), by: miner)
        #expect(try chain.read(SubtensorStorage.axons, netuid, id(miner))?.ip == 0x7F00_0001)
        try ConservationCheck.verify(chain.state)
    }

    @Test func servePrometheusStoresTheEndpoint() throws {
        var (chain, netuid) = try chainWithMiner()
        try chain.expectSuccess(prometheus(netuid), by: miner)
        let block = UInt64(chain.head.number)
        let expected = PrometheusInfo(block: block, version: 3, ip: 0x0A00_0001, port: 9090, ipType: 4)
        #expect(try chain.read(SubtensorStorage.prometheus, netuid, id(miner)) == expected)
        #expect(try chain.subtensorEvents().contains(.prometheusServed(netuid: netuid, hotkey: id(miner))))
        try ConservationCheck.verify(chain.state)
    }

    @Test(arguments: [true, false])
    func servingErrors(axonCall: Bool) throws {
        var (chain, netuid) = try chainWithMiner()
        let serve = { (netuid: UInt16, ip: UInt128, port: UInt16, ipType: UInt8) -> RuntimeCall in
            axonCall ? axon(netuid, ip: ip, port: port, ipType: ipType)
                : prometheus(netuid, ip: ip, port: port, ipType: ipType)
        }
        let stranger = Dev.hotkey("Stranger")
        try chain.fund(stranger)
        try chain.expectFails(serve(netuid, 0x0A00_0001, 80, 4), by: stranger,
                              SubtensorError.hotKeyNotRegisteredInNetwork)
        try chain.expectFails(serve(1, 0x0A00_0001, 80, 4), by: miner, SubtensorError.hotKeyNotRegisteredInNetwork)
        try chain.expectFails(serve(netuid, 0x0A00_0001, 80, 5), by: miner, SubtensorError.invalidIpType)
        try chain.expectFails(serve(netuid, UInt128(UInt32.max), 80, 4), by: miner, SubtensorError.invalidIpAddress)
        try chain.expectFails(serve(netuid, .max, 80, 6), by: miner, SubtensorError.invalidIpAddress)
        try chain.expectFails(serve(netuid, 0x0A00_0001, 0, 4), by: miner, SubtensorError.invalidPort)
        // ServingRateLimit (50 blocks by default) counts from the last successful serve.
        try chain.expectSuccess(serve(netuid, 0x0A00_0001, 80, 4), by: miner)
        try chain.expectFails(serve(netuid, 0x0A00_0002, 81, 4), by: miner, SubtensorError.servingRateLimitExceeded)
        try chain.setParameter(.servingRateLimit, netuid: netuid, .u64(3))
        try chain.advance(blocks: 1)
        try chain.expectSuccess(serve(netuid, 0x0A00_0002, 81, 4), by: miner)
        try ConservationCheck.verify(chain.state)
    }

    @Test func loopbackIsRefusedWhereTheSpecForbidsIt() throws {
        var spec = ChainSpec.development
        spec.genesis.subtensor.loopbackServing = false
        var chain = try DevChain(spec: spec)
        let netuid = try chain.createSubnet()
        try chain.register(miner, on: netuid)
        try chain.fund(miner)
        try chain.expectFails(axon(netuid, ip: 0x7F00_0001), by: miner, SubtensorError.invalidIpAddress)
        try chain.expectFails(axon(netuid, ip: 1, ipType: 6), by: miner, SubtensorError.invalidIpAddress)
        try chain.expectFails(prometheus(netuid, ip: 0x7F00_0001), by: miner, SubtensorError.invalidIpAddress)
        try chain.expectSuccess(axon(netuid, ip: 0), by: miner)
        try ConservationCheck.verify(chain.state)
    }
}
