import ArgumentParser
import Primitives

/// `btcli axon set`: announces where the hotkey's axon listens on a subnet.
struct AxonSet: ChainCommand {
    static let configuration = CommandConfiguration(commandName: "set", abstract: "Serve an axon's address on a subnet.")

    @OptionGroup var options: ChainOptions
    @OptionGroup var subnet: NetuidOption
    @Option(name: [.customLong("ip"), .customLong("axon.ip")], help: "The axon's IPv4 address.") var ip: String
    @Option(name: [.customLong("port"), .customLong("axon.port")], help: "The axon's port.") var port: UInt16

    func run(on session: ChainSession) async throws {
        guard let address = AxonIP.ipv4(ip) else {
            throw CLIError("--ip must be an IPv4 address like 127.0.0.1, not '\(ip)'")
        }
        let hotkey = try session.hotkey()
        try options.prompt.confirm("Serve axon \(ip):\(port) for \(hotkey.ss58Address) on subnet \(subnet.netuid)?")
        let endpoint = AxonEndpoint(netuid: subnet.netuid, version: 1, ip: address, port: port, ipType: 4, protocol: 4)
        let receipt = try await session.submit(.subtensor(.serveAxon(endpoint)), signer: hotkey, action: "Serve axon")
        session.report(receipt, "Serving axon \(ip):\(port) on subnet \(subnet.netuid)",
                       data: ["netuid": Int(subnet.netuid), "ip": ip, "port": Int(port), "hotkey": hotkey.ss58Address])
    }
}
