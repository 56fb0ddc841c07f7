import CurveArithmetic

extension Sr25519SecretKey {
    /// Hard derivation (`//junction`): a new mini secret from the parent's scalar and the chain code.
    /// Substrate expands it in Ed25519 mode and ignores the child chain code.
    public func hardDerivedMiniSecret(chainCode: [UInt8]) -> Sr25519MiniSecretKey {
        var transcript = Transcript(label: "SchnorrRistrettoHDKD")
        transcript.append(label: "sign-bytes", message: [])
        transcript.append(label: "chain-code", message: chainCode)
        transcript.append(label: "secret-key", message: key.bytes)
        return try! Sr25519MiniSecretKey(bytes: transcript.challengeBytes(label: "HDKD-hard", count: 32))
    }

    /// Soft derivation (`/junction`): the parent scalar plus a delta from the public key and chain code.
    /// The child nonce mixes in system randomness, as schnorrkel's does.
    public func softDerived(chainCode: [UInt8]) -> Sr25519SecretKey {
        let parentPublic = publicKey
        var transcript = softDerivationTranscript(publicKey: parentPublic.bytes, chainCode: chainCode)
        let delta = Scalar(reducingWide: transcript.challengeBytes(label: "HDKD-scalar", count: 64))
        _ = transcript.challengeBytes(label: "HDKD-chaincode", count: 32)
        var rng = transcript.rng(
            witnesses: [("HDKD-nonce", nonce), ("HDKD-nonce", bytes)], entropy: SystemRandom.bytes(32))
        return Sr25519SecretKey(key: key + delta, nonce: rng.fillBytes(32))
    }
}

extension Sr25519PublicKey {
    /// Public-only soft derivation: `parent + delta · B`, matching the secret side's `softDerived`.
    public func softDerived(chainCode: [UInt8]) -> Sr25519PublicKey {
        var transcript = softDerivationTranscript(publicKey: bytes, chainCode: chainCode)
        let delta = Scalar(reducingWide: transcript.challengeBytes(label: "HDKD-scalar", count: 64))
        let sum = RistrettoPoint(decoding: bytes)! + RistrettoPoint(decoding: delta.timesBasepoint)!
        return Sr25519PublicKey(trusted: sum.encoded)
    }
}

private func softDerivationTranscript(publicKey: [UInt8], chainCode: [UInt8]) -> Transcript {
    var transcript = Transcript(label: "SchnorrRistrettoHDKD")
    transcript.append(label: "sign-bytes", message: [])
    transcript.append(label: "chain-code", message: chainCode)
    transcript.append(label: "public-key", message: publicKey)
    return transcript
}
