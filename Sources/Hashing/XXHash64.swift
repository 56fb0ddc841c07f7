/// xxHash64 (the 64-bit XXH64 algorithm), which Substrate's `twox` hashers are built from.
public enum XXHash64 {
    private static let prime1: UInt64 = 0x9E37_79B1_85EB_CA87
    private static let prime2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private static let prime3: UInt64 = 0x1656_67B1_9E37_79F9
    private static let prime4: UInt64 = 0x85EB_CA77_C2B2_AE63
    private static let prime5: UInt64 = 0x27D4_EB2F_1656_67C5

    /// The 64-bit xxHash of `data` with `seed`, as an integer (xxHash tools print it big-endian).
    public static func hash<D: Collection<UInt8>>(_ data: D, seed: UInt64 = 0) -> UInt64 {
        withContiguousBytes(data) { hash(UnsafeRawBufferPointer($0), seed: seed) }
    }

    private static func hash(_ input: UnsafeRawBufferPointer, seed: UInt64) -> UInt64 {
        let length = input.count
        var offset = 0
        var h: UInt64
        if length >= 32 {
            var v1 = seed &+ prime1 &+ prime2
            var v2 = seed &+ prime2
            var v3 = seed
            var v4 = seed &- prime1
            while offset + 32 <= length {
                v1 = round(v1, input.loadUnaligned(fromByteOffset: offset, as: UInt64.self).littleEndian)
                v2 = round(v2, input.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self).littleEndian)
                v3 = round(v3, input.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self).littleEndian)
                v4 = round(v4, input.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self).littleEndian)
                offset += 32
            }
            h = v1.rotatedLeft(1) &+ v2.rotatedLeft(7) &+ v3.rotatedLeft(12) &+ v4.rotatedLeft(18)
            for lane in [v1, v2, v3, v4] {
                h = (h ^ round(0, lane)) &* prime1 &+ prime4
            }
        } else {
            h = seed &+ prime5
        }
        h &+= UInt64(length)
        while offset + 8 <= length {
            h ^= round(0, input.loadUnaligned(fromByteOffset: offset, as: UInt64.self).littleEndian)
            h = h.rotatedLeft(27) &* prime1 &+ prime4
            offset += 8
        }
        if offset + 4 <= length {
            h ^= UInt64(input.loadUnaligned(fromByteOffset: offset, as: UInt32.self).littleEndian) &* prime1
            h = h.rotatedLeft(23) &* prime2 &+ prime3
            offset += 4
        }
        while offset < length {
            h ^= UInt64(input[offset]) &* prime5
            h = h.rotatedLeft(11) &* prime1
            offset += 1
        }
        h ^= h >> 33
        h &*= prime2
        h ^= h >> 29
        h &*= prime3
        h ^= h >> 32
        return h
    }

    @inline(__always)
    private static func round(_ accumulator: UInt64, _ lane: UInt64) -> UInt64 {
        (accumulator &+ lane &* prime2).rotatedLeft(31) &* prime1
    }
}

extension UInt64 {
    @inline(__always)
    func rotatedLeft(_ count: UInt64) -> UInt64 { (self << count) | (self >> (64 - count)) }
}
