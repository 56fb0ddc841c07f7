/// A Merlin transcript ("Merlin v1.0"): a STROBE-128 sponge that absorbs labelled messages and
/// produces challenges bound to everything absorbed so far.
///
/// Schnorrkel (sr25519) derives signature challenges, nonces and derived keys from transcripts.
public struct Transcript: Sendable {
    var strobe: Strobe128

    /// Starts a transcript for the protocol named by `label`.
    public init(label: String) {
        self.init(label: Array(label.utf8))
    }

    /// Starts a transcript for the protocol named by the bytes `label`.
    public init(label: [UInt8]) {
        strobe = Strobe128(protocolLabel: Array("Merlin v1.0".utf8))
        append(label: Array("dom-sep".utf8), message: label)
    }

    /// Absorbs `message` under `label`.
    public mutating func append(label: String, message: [UInt8]) {
        append(label: Array(label.utf8), message: message)
    }

    /// Absorbs `message` under the byte label `label`.
    public mutating func append(label: [UInt8], message: [UInt8]) {
        strobe.metaAD(label, more: false)
        strobe.metaAD(Self.lengthBytes(message.count), more: true)
        strobe.ad(message, more: false)
    }

    /// Absorbs `value` as 8 little-endian bytes under `label`.
    public mutating func append(label: String, value: UInt64) {
        append(label: label, message: (0..<8).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) })
    }

    /// Produces `count` challenge bytes bound to the transcript so far, under `label`.
    public mutating func challengeBytes(label: String, count: Int) -> [UInt8] {
        strobe.metaAD(Array(label.utf8), more: false)
        strobe.metaAD(Self.lengthBytes(count), more: true)
        return strobe.prf(count, more: false)
    }

    /// A random-number generator bound to the transcript and to secret `witnesses`, finalized with
    /// 32 bytes from `entropy` (the system CSPRNG in production). The transcript itself is unchanged.
    public func rng(witnesses: [(label: String, bytes: [UInt8])], entropy: [UInt8]) -> TranscriptRNG {
        precondition(entropy.count == 32, "Merlin RNG entropy is 32 bytes")
        var forked = strobe
        for witness in witnesses {
            forked.metaAD(Array(witness.label.utf8), more: false)
            forked.metaAD(Self.lengthBytes(witness.bytes.count), more: true)
            forked.key(witness.bytes, more: false)
        }
        forked.metaAD(Array("rng".utf8), more: false)
        forked.key(entropy, more: false)
        return TranscriptRNG(strobe: forked)
    }

    static func lengthBytes(_ count: Int) -> [UInt8] {
        precondition(count >= 0 && count <= Int(UInt32.max), "Merlin lengths are 32-bit")
        let value = UInt32(count)
        return (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
    }
}

/// The output side of a transcript RNG: each call squeezes fresh bytes.
public struct TranscriptRNG: Sendable {
    var strobe: Strobe128

    /// The next `count` bytes.
    public mutating func fillBytes(_ count: Int) -> [UInt8] {
        strobe.metaAD(Transcript.lengthBytes(count), more: false)
        return strobe.prf(count, more: false)
    }
}
