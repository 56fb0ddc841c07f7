/// The Keccak-f[1600] permutation, the core of SHA-3 and of the STROBE protocol that Merlin transcripts use.
///
/// The state is 25 little-endian 64-bit lanes; lane `(x, y)` is lane index `x + 5y`.
public struct KeccakState: Sendable {
    /// The 25 lanes.
    public var lanes: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
                       UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
                       UInt64, UInt64, UInt64, UInt64, UInt64)
        = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)

    /// The all-zero state.
    public init() {}

    /// A state from its 200-byte serialization.
    public init(bytes: [UInt8]) {
        precondition(bytes.count == 200, "a Keccak-f[1600] state is 200 bytes")
        withUnsafeMutableBytes(of: &lanes) { $0.copyMemory(from: UnsafeRawBufferPointer(start: bytes, count: 200)) }
        littleEndianSwapIfNeeded()
    }

    /// The 200-byte serialization (lane `i` little-endian at bytes `8i..<8i+8`).
    public var bytes: [UInt8] {
        var copy = self
        copy.littleEndianSwapIfNeeded()
        return withUnsafeBytes(of: copy.lanes) { Array($0) }
    }

    /// Reads or writes byte `index` (0..<200) of the serialized state.
    public subscript(byte index: Int) -> UInt8 {
        get {
            withUnsafeBytes(of: lanes) { raw in
                let lane = raw.load(fromByteOffset: (index >> 3) << 3, as: UInt64.self)
                return UInt8(truncatingIfNeeded: lane >> UInt64((index & 7) << 3))
            }
        }
        set {
            withUnsafeMutableBytes(of: &lanes) { raw in
                let offset = (index >> 3) << 3
                let shift = UInt64((index & 7) << 3)
                var lane = raw.load(fromByteOffset: offset, as: UInt64.self)
                lane = (lane & ~(0xFF << shift)) | (UInt64(newValue) << shift)
                raw.storeBytes(of: lane, toByteOffset: offset, as: UInt64.self)
            }
        }
    }

    private mutating func littleEndianSwapIfNeeded() {
        #if _endian(big)
        withUnsafeMutableBytes(of: &lanes) { raw in
            for offset in stride(from: 0, to: 200, by: 8) {
                let value = raw.load(fromByteOffset: offset, as: UInt64.self)
                raw.storeBytes(of: value.byteSwapped, toByteOffset: offset, as: UInt64.self)
            }
        }
        #endif
    }

    private static let roundConstants: [UInt64] = [
        0x0000_0000_0000_0001, 0x0000_0000_0000_8082, 0x8000_0000_0000_808A, 0x8000_0000_8000_8000,
        0x0000_0000_0000_808B, 0x0000_0000_8000_0001, 0x8000_0000_8000_8081, 0x8000_0000_0000_8009,
        0x0000_0000_0000_008A, 0x0000_0000_0000_0088, 0x0000_0000_8000_8009, 0x0000_0000_8000_000A,
        0x0000_0000_8000_808B, 0x8000_0000_0000_008B, 0x8000_0000_0000_8089, 0x8000_0000_0000_8003,
        0x8000_0000_0000_8002, 0x8000_0000_0000_0080, 0x0000_0000_0000_800A, 0x8000_0000_8000_000A,
        0x8000_0000_8000_8081, 0x8000_0000_0000_8080, 0x0000_0000_8000_0001, 0x8000_0000_8000_8008,
    ]

    /// Applies the 24 rounds of Keccak-f[1600].
    public mutating func permute() {
        withUnsafeMutableBytes(of: &lanes) { raw in
            let a = raw.bindMemory(to: UInt64.self)
            for round in 0..<24 {
                // θ
                let c0 = a[0] ^ a[5] ^ a[10] ^ a[15] ^ a[20]
                let c1 = a[1] ^ a[6] ^ a[11] ^ a[16] ^ a[21]
                let c2 = a[2] ^ a[7] ^ a[12] ^ a[17] ^ a[22]
                let c3 = a[3] ^ a[8] ^ a[13] ^ a[18] ^ a[23]
                let c4 = a[4] ^ a[9] ^ a[14] ^ a[19] ^ a[24]
                let d0 = c4 ^ c1.rotatedLeft(1)
                let d1 = c0 ^ c2.rotatedLeft(1)
                let d2 = c1 ^ c3.rotatedLeft(1)
                let d3 = c2 ^ c4.rotatedLeft(1)
                let d4 = c3 ^ c0.rotatedLeft(1)
                for y in stride(from: 0, to: 25, by: 5) {
                    a[y] ^= d0
                    a[y + 1] ^= d1
                    a[y + 2] ^= d2
                    a[y + 3] ^= d3
                    a[y + 4] ^= d4
                }
                // ρ and π: B[y, 2x+3y] = rotl(A[x, y], ROT[x][y]), written out along the π cycle.
                var current = a[1]
                for step in 0..<24 {
                    let target = Self.piLane[step]
                    let saved = a[target]
                    a[target] = current.rotatedLeft(Self.rhoOffset[step])
                    current = saved
                }
                // χ
                for y in stride(from: 0, to: 25, by: 5) {
                    let r0 = a[y], r1 = a[y + 1], r2 = a[y + 2], r3 = a[y + 3], r4 = a[y + 4]
                    a[y] = r0 ^ (~r1 & r2)
                    a[y + 1] = r1 ^ (~r2 & r3)
                    a[y + 2] = r2 ^ (~r3 & r4)
                    a[y + 3] = r3 ^ (~r4 & r0)
                    a[y + 4] = r4 ^ (~r0 & r1)
                }
                // ι
                a[0] ^= Self.roundConstants[round]
            }
        }
    }

    /// Lane indices visited by the combined ρ-π step, starting from lane 1.
    private static let piLane: [Int] = [10, 7, 11, 17, 18, 3, 5, 16, 8, 21, 24, 4, 15, 23, 19, 13, 12, 2, 20, 14, 22, 9, 6, 1]
    /// Rotation applied to the lane moving into each `piLane` position.
    private static let rhoOffset: [UInt64] = [1, 3, 6, 10, 15, 21, 28, 36, 45, 55, 2, 14, 27, 41, 56, 8, 25, 43, 62, 18, 39, 61, 20, 44]
}
