import SCALE

/// Subtensor's transaction extensions as they appear on the wire: the "extra" bytes carried in a signed
/// extrinsic (`era ‖ C(nonce) ‖ C(tip) ‖ mode`), in the order the Python SDK and the runtime agree on.
public struct SignedExtra: Equatable, Sendable, ScaleCodable {
    /// `CheckMortality`.
    public var era: Era
    /// `CheckNonce`: the sender's account nonce.
    public var nonce: UInt32
    /// `ChargeTransactionPayment`: the tip in rao.
    public var tip: UInt64
    /// `CheckMetadataHash` mode: false is `Disabled` (what the SDK sends).
    public var metadataHashEnabled: Bool

    /// The extra fields of one transaction.
    public init(era: Era, nonce: UInt32, tip: UInt64 = 0, metadataHashEnabled: Bool = false) {
        self.era = era
        self.nonce = nonce
        self.tip = tip
        self.metadataHashEnabled = metadataHashEnabled
    }

    public func encode(into writer: inout ScaleWriter) {
        writer.encode(era, Compact(nonce), Compact(tip), metadataHashEnabled)
    }

    public init(decoding reader: inout ScaleReader) throws {
        let (era, nonce, tip, mode) = try reader.decode(Era.self, Compact<UInt32>.self, Compact<UInt64>.self, Bool.self)
        self.init(era: era, nonce: nonce.value, tip: tip.value, metadataHashEnabled: mode)
    }
}

/// The "implicit" (additional signed) data that is signed but not sent:
/// `spec_version ‖ tx_version ‖ genesis ‖ birth block hash ‖ Option<metadata hash>`.
public struct SignedImplicit: Equatable, Sendable, ScaleEncodable {
    /// `CheckSpecVersion`.
    public var specVersion: UInt32
    /// `CheckTxVersion`.
    public var transactionVersion: UInt32
    /// `CheckGenesis`.
    public var genesisHash: H256
    /// `CheckMortality`: the era's birth block hash (the genesis hash when immortal).
    public var birthBlockHash: H256
    /// `CheckMetadataHash`: nil when the mode is disabled.
    public var metadataHash: H256?

    /// The implicit data for a chain and checkpoint.
    public init(specVersion: UInt32, transactionVersion: UInt32, genesisHash: H256, birthBlockHash: H256, metadataHash: H256? = nil) {
        self.specVersion = specVersion
        self.transactionVersion = transactionVersion
        self.genesisHash = genesisHash
        self.birthBlockHash = birthBlockHash
        self.metadataHash = metadataHash
    }

    public func encode(into writer: inout ScaleWriter) {
        writer.encode(specVersion, transactionVersion, genesisHash, birthBlockHash, metadataHash)
    }
}

/// The bytes a signer signs: `call ‖ extra ‖ implicit`, replaced by its blake2-256 when longer than 256 bytes.
public func signingPayload(call: [UInt8], extra: SignedExtra, implicit: SignedImplicit) -> [UInt8] {
    let payload = call + extra.scaleEncoded + implicit.scaleEncoded
    return payload.count > 256 ? H256.blake2(payload).bytes : payload
}
