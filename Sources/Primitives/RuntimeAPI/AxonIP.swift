/// Axon IP addresses as the chain stores them: an IPv4 address in the low 32 bits of a u128 (`ip_type` 4), or an
/// IPv6 address in all 128 (`ip_type` 6).
public enum AxonIP {
    /// Parses dotted IPv4 (`127.0.0.1`) into the chain's form; nil for anything else.
    public static func ipv4(_ text: String) -> UInt128? {
        let octets = text.split(separator: ".", omittingEmptySubsequences: false).map { UInt8($0) }
        guard octets.count == 4, octets.allSatisfy({ $0 != nil }) else { return nil }
        return octets.reduce(UInt128(0)) { $0 << 8 | UInt128($1!) }
    }

    /// The chain's form as text: dotted IPv4, or the u128 in brackets for IPv6.
    public static func text(ip: UInt128, type: UInt8) -> String {
        guard type == 4 else { return "[\(ip)]" }
        return (0..<4).reversed().map { String((ip >> (8 * $0)) & 0xFF) }.joined(separator: ".")
    }
}
