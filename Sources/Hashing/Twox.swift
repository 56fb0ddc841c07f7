/// Substrate's `twox` hashes: little-endian xxHash64 digests with seeds 0, 1, 2, 3 concatenated.
public enum Twox {
    /// `twox_64`: the 8 little-endian bytes of xxHash64 with seed 0.
    public static func hash64<D: Collection<UInt8>>(_ data: D) -> [UInt8] { hash(data, lanes: 1) }
    /// `twox_128`: seeds 0 and 1.
    public static func hash128<D: Collection<UInt8>>(_ data: D) -> [UInt8] { hash(data, lanes: 2) }
    /// `twox_256`: seeds 0 to 3.
    public static func hash256<D: Collection<UInt8>>(_ data: D) -> [UInt8] { hash(data, lanes: 4) }

    private static func hash<D: Collection<UInt8>>(_ data: D, lanes: Int) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(lanes * 8)
        withContiguousBytes(data) { buffer in
            for seed in 0..<UInt64(lanes) {
                let value = XXHash64.hash(buffer, seed: seed)
                for shift in stride(from: 0, to: 64, by: 8) {
                    out.append(UInt8(truncatingIfNeeded: value >> UInt64(shift)))
                }
            }
        }
        return out
    }
}
