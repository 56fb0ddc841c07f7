/// SHA3-256 (FIPS 202): Keccak-f[1600] with a 136-byte rate and the SHA-3 domain byte `0x06`. Not Ethereum's
/// keccak256, which pads with `0x01`. Bittensor's synapse body hash uses it.
public enum SHA3 {
    private static let rate = 136

    /// The 32-byte SHA3-256 digest of `data`.
    public static func hash256<D: Collection<UInt8>>(_ data: D) -> [UInt8] {
        var state = KeccakState()
        var block = 0
        for byte in data {
            state[byte: block] ^= byte
            block += 1
            if block == rate {
                state.permute()
                block = 0
            }
        }
        state[byte: block] ^= 0x06
        state[byte: rate - 1] ^= 0x80
        state.permute()
        return (0..<32).map { state[byte: $0] }
    }

    /// The digest of `text`'s UTF-8 bytes as lowercase hex, as Python's `hashlib.sha3_256(…).hexdigest()`.
    public static func hexDigest(_ text: String) -> String {
        Hex.encode(hash256(Array(text.utf8)))
    }
}
