/// Axon IP addresses as the chain stores them: an IPv4 address in the low 32 bits of a u128, or an IPv6 address.
enum AxonAddress {
    /// Parses dotted IPv4 (`127.0.0.1`) into the chain's form.
    /// - Throws: `CLIError` for anything else.
    static func ipv4(_ text: String) throws -> UInt128 {
        let octets = text.split(separator: ".", omittingEmptySubsequences: false).map { UInt8($0) }
        guard octets.count == 4, octets.allSatisfy({ $0 != nil }) else {
            throw CLIError("--ip must be an IPv4 address like 127.0.0.1, not '\(text)'")
        }
        return octets.reduce(UInt128(0)) { $0 << 8 | UInt128($1!) }
    }

    /// The chain's form as text: dotted IPv4, or the u128 for IPv6.
    static func text(ip: UInt128, type: UInt8) -> String {
        guard type == 4 else { return "[\(ip)]" }
        return (0..<4).reversed().map { String((ip >> (8 * $0)) & 0xFF) }.joined(separator: ".")
    }
}
