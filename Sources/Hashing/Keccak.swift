/// The Keccak-f[1600] permutation, the core of SHA-3 and of the STROBE protocol that Merlin transcripts use.
///
/// The state is 25 little-endian 64-bit lanes; lane `(x, y)` is lane index `x + 5y`, and byte `i` of the
/// 200-byte serialization is byte `i mod 8` of lane `i / 8`.
public struct KeccakState: Sendable {
    /// The 25 lanes, stored in place so byte access needs no copying.
    @usableFromInline var lanes: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
                        UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
                        UInt64, UInt64, UInt64, UInt64, UInt64)
        = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)

    /// The all-zero state.
    public init() {}

    /// A state from its 200-byte serialization.
    public init(bytes: [UInt8]) {
        precondition(bytes.count == 200, "a Keccak-f[1600] state is 200 bytes")
        withUnsafeMutableBytes { $0.copyBytes(from: bytes) }
    }

    /// The 200-byte serialization.
    public var bytes: [UInt8] {
        var copy = self
        return copy.withUnsafeMutableBytes { Array($0) }
    }

    /// Reads or writes byte `index` (0..<200) of the serialization.
    public subscript(byte index: Int) -> UInt8 {
        mutating get { withUnsafeMutableBytes { $0[index] } }
        set { withUnsafeMutableBytes { $0[index] = newValue } }
    }

    /// Gives `body` the 200 serialized bytes in place (lanes are stored little-endian on the hosts Swift
    /// supports here).
    @inlinable
    public mutating func withUnsafeMutableBytes<R>(_ body: (UnsafeMutableRawBufferPointer) throws -> R) rethrows -> R {
        try Swift.withUnsafeMutableBytes(of: &lanes, body)
    }

    private static let roundConstants: [UInt64] = [
        0x0000_0000_0000_0001, 0x0000_0000_0000_8082, 0x8000_0000_0000_808A, 0x8000_0000_8000_8000,
        0x0000_0000_0000_808B, 0x0000_0000_8000_0001, 0x8000_0000_8000_8081, 0x8000_0000_0000_8009,
        0x0000_0000_0000_008A, 0x0000_0000_0000_0088, 0x0000_0000_8000_8009, 0x0000_0000_8000_000A,
        0x0000_0000_8000_808B, 0x8000_0000_0000_008B, 0x8000_0000_0000_8089, 0x8000_0000_0000_8003,
        0x8000_0000_0000_8002, 0x8000_0000_0000_0080, 0x0000_0000_0000_800A, 0x8000_0000_8000_000A,
        0x8000_0000_8000_8081, 0x8000_0000_0000_8080, 0x0000_0000_8000_0001, 0x8000_0000_8000_8008,
    ]

    /// Applies the 24 rounds of Keccak-f[1600]: θ, then ρ and π together, χ and ι, on lanes held in locals.
    public mutating func permute() {
        let roundConstants = Self.roundConstants
        var (a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20, a21, a22, a23, a24) = lanes
        for round in 0..<24 {
            let c0 = a0 ^ a5 ^ a10 ^ a15 ^ a20
            let c1 = a1 ^ a6 ^ a11 ^ a16 ^ a21
            let c2 = a2 ^ a7 ^ a12 ^ a17 ^ a22
            let c3 = a3 ^ a8 ^ a13 ^ a18 ^ a23
            let c4 = a4 ^ a9 ^ a14 ^ a19 ^ a24
            let d0 = c4 ^ c1.rotatedLeft(1)
            let d1 = c0 ^ c2.rotatedLeft(1)
            let d2 = c1 ^ c3.rotatedLeft(1)
            let d3 = c2 ^ c4.rotatedLeft(1)
            let d4 = c3 ^ c0.rotatedLeft(1)
            let b0 = (a0 ^ d0)
            let b1 = (a6 ^ d1).rotatedLeft(44)
            let b2 = (a12 ^ d2).rotatedLeft(43)
            let b3 = (a18 ^ d3).rotatedLeft(21)
            let b4 = (a24 ^ d4).rotatedLeft(14)
            let b5 = (a3 ^ d3).rotatedLeft(28)
            let b6 = (a9 ^ d4).rotatedLeft(20)
            let b7 = (a10 ^ d0).rotatedLeft(3)
            let b8 = (a16 ^ d1).rotatedLeft(45)
            let b9 = (a22 ^ d2).rotatedLeft(61)
            let b10 = (a1 ^ d1).rotatedLeft(1)
            let b11 = (a7 ^ d2).rotatedLeft(6)
            let b12 = (a13 ^ d3).rotatedLeft(25)
            let b13 = (a19 ^ d4).rotatedLeft(8)
            let b14 = (a20 ^ d0).rotatedLeft(18)
            let b15 = (a4 ^ d4).rotatedLeft(27)
            let b16 = (a5 ^ d0).rotatedLeft(36)
            let b17 = (a11 ^ d1).rotatedLeft(10)
            let b18 = (a17 ^ d2).rotatedLeft(15)
            let b19 = (a23 ^ d3).rotatedLeft(56)
            let b20 = (a2 ^ d2).rotatedLeft(62)
            let b21 = (a8 ^ d3).rotatedLeft(55)
            let b22 = (a14 ^ d4).rotatedLeft(39)
            let b23 = (a15 ^ d0).rotatedLeft(41)
            let b24 = (a21 ^ d1).rotatedLeft(2)
            a0 = b0 ^ (~b1 & b2)
            a1 = b1 ^ (~b2 & b3)
            a2 = b2 ^ (~b3 & b4)
            a3 = b3 ^ (~b4 & b0)
            a4 = b4 ^ (~b0 & b1)
            a5 = b5 ^ (~b6 & b7)
            a6 = b6 ^ (~b7 & b8)
            a7 = b7 ^ (~b8 & b9)
            a8 = b8 ^ (~b9 & b5)
            a9 = b9 ^ (~b5 & b6)
            a10 = b10 ^ (~b11 & b12)
            a11 = b11 ^ (~b12 & b13)
            a12 = b12 ^ (~b13 & b14)
            a13 = b13 ^ (~b14 & b10)
            a14 = b14 ^ (~b10 & b11)
            a15 = b15 ^ (~b16 & b17)
            a16 = b16 ^ (~b17 & b18)
            a17 = b17 ^ (~b18 & b19)
            a18 = b18 ^ (~b19 & b15)
            a19 = b19 ^ (~b15 & b16)
            a20 = b20 ^ (~b21 & b22)
            a21 = b21 ^ (~b22 & b23)
            a22 = b22 ^ (~b23 & b24)
            a23 = b23 ^ (~b24 & b20)
            a24 = b24 ^ (~b20 & b21)
            a0 ^= roundConstants[round]
        }
        lanes = (a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20, a21, a22, a23, a24)
    }
}

#if _endian(big)
#error("KeccakState's byte view assumes a little-endian host")
#endif
