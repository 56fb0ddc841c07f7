import Hashing

/// STROBE-128 (v1.0.2) over Keccak-f[1600]: the subset of operations Merlin transcripts use
/// (meta-AD, AD, PRF and KEY), with no transport and no ratchet.
///
/// A value type: copying it forks the protocol state, which Merlin's RNG and schnorrkel's signing
/// context rely on.
struct Strobe128: Sendable {
    private static let rate = 166
    private static let flagI: UInt8 = 0x01
    private static let flagA: UInt8 = 0x02
    private static let flagC: UInt8 = 0x04
    private static let flagM: UInt8 = 0x10
    private static let flagK: UInt8 = 0x20

    private(set) var state = KeccakState()
    private(set) var position = 0
    private(set) var positionBegin = 0
    private(set) var currentFlags: UInt8 = 0

    /// Initializes the sponge and absorbs `protocolLabel` as meta-AD.
    init(protocolLabel: [UInt8]) {
        let header: [UInt8] = [0x01, UInt8(Self.rate + 2), 0x01, 0x00, 0x01, 0x60] + Array("STROBEv1.0.2".utf8)
        for (index, byte) in header.enumerated() { state[byte: index] = byte }
        state.permute()
        metaAD(protocolLabel, more: false)
    }

    /// Absorbs framing data (labels, lengths).
    mutating func metaAD(_ data: [UInt8], more: Bool) {
        beginOperation(Self.flagM | Self.flagA, more: more)
        absorb(data)
    }

    /// Absorbs associated data.
    mutating func ad(_ data: [UInt8], more: Bool) {
        beginOperation(Self.flagA, more: more)
        absorb(data)
    }

    /// Squeezes `count` pseudo-random bytes.
    mutating func prf(_ count: Int, more: Bool) -> [UInt8] {
        beginOperation(Self.flagI | Self.flagA | Self.flagC, more: more)
        return squeeze(count)
    }

    /// Overwrites the state with key material.
    mutating func key(_ data: [UInt8], more: Bool) {
        beginOperation(Self.flagA | Self.flagC, more: more)
        overwrite(data)
    }

    private mutating func runF() {
        state[byte: position] ^= UInt8(positionBegin)
        state[byte: position + 1] ^= 0x04
        state[byte: Self.rate + 1] ^= 0x80
        state.permute()
        position = 0
        positionBegin = 0
    }

    private mutating func absorb(_ data: [UInt8]) {
        process(data.count) { state, start, offset, count in
            for index in 0..<count { state[start + index] ^= data[offset + index] }
        }
    }

    private mutating func overwrite(_ data: [UInt8]) {
        process(data.count) { state, start, offset, count in
            for index in 0..<count { state[start + index] = data[offset + index] }
        }
    }

    private mutating func squeeze(_ count: Int) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: count)
        process(count) { state, start, offset, count in
            for index in 0..<count {
                out[offset + index] = state[start + index]
                state[start + index] = 0
            }
        }
        return out
    }

    /// Walks `total` bytes through the rate in chunks, calling `body(state, position, offset, count)` for
    /// each chunk and running F whenever the rate fills.
    private mutating func process(_ total: Int, _ body: (UnsafeMutableRawBufferPointer, Int, Int, Int) -> Void) {
        var offset = 0
        while offset < total {
            let count = min(Self.rate - position, total - offset)
            let start = position
            state.withUnsafeMutableBytes { body($0, start, offset, count) }
            offset += count
            position += count
            if position == Self.rate { runF() }
        }
    }

    private mutating func beginOperation(_ flags: UInt8, more: Bool) {
        if more {
            precondition(flags == currentFlags, "STROBE: continuing an operation with different flags")
            return
        }
        let oldBegin = UInt8(positionBegin)
        positionBegin = position + 1
        currentFlags = flags
        absorb([oldBegin, flags])
        if flags & (Self.flagC | Self.flagK) != 0 && position != 0 {
            runF()
        }
    }
}
