/// A `Decodable` mirror of `crypto-vectors.json`: one nested type per top-level section.
///
/// Byte strings stay as the file's lowercase hex; tests convert them with `hexBytes`.
public struct CryptoVectors: Decodable, Sendable {
    public let keccak_f1600: Keccak
    public let merlin: Merlin
    public let ristretto255: Ristretto
    public let sr25519: Sr25519
    public let bip39_substrate: Bip39
    public let substrate_derivation: Derivation
    public let ss58: SS58
    public let hashing: Hashing
    public let scale: Scale
    public let nacl_secretbox: NaclSecretbox
    public let argon2: Argon2
    public let bittensor_keyfile: BittensorKeyfile
    public let ed25519: Ed25519
    public let upstream_sp_core_tests: [UpstreamSpCoreTest]

    public struct Keccak: Decodable, Sendable {
        public struct Vector: Decodable, Sendable { public let input: String; public let output: String }
        public struct SHA3: Decodable, Sendable { public let msg: String; public let digest: String }
        public let vectors: [Vector]
        public let sha3_256_selftest: [SHA3]
    }

    public struct Merlin: Decodable, Sendable {
        public struct StateAfterMetaAD: Decodable, Sendable {
            public let state: String; public let pos: Int; public let pos_begin: Int; public let cur_flags: Int
        }
        public struct Transcript: Decodable, Sendable {
            public let name: String
            /// Each op is `["new", label]`, `["append", label, hex]` or `["challenge", label, length]`; absent when the case is described in `name` only.
            public let ops: [[JSONScalar]]?
            public let challenges: [String]
        }
        public struct TranscriptRNG: Decodable, Sendable { public let desc: String; public let output64: String }
        public let strobe_init_state_before_f: String
        public let strobe_init_state_after_f: String
        public let state_after_meta_ad_merlin_v1_0: StateAfterMetaAD
        public let transcripts: [Transcript]
        public let transcript_rng: TranscriptRNG
    }

    public struct Ristretto: Decodable, Sendable {
        public struct HashToGroup: Decodable, Sendable {
            public let label_utf8: String; public let sha512: String; public let point: String
        }
        public struct ReduceWide: Decodable, Sendable { public let wide64: String; public let reduced: String }
        public struct CanonicalCheck: Decodable, Sendable { public let bytes: String; public let canonical: Bool }
        public struct BaseMul: Decodable, Sendable { public let scalar: String; public let k_times_basepoint: String }
        public struct AddSub: Decodable, Sendable {
            public let p: String; public let q: String; public let p_plus_q: String; public let p_minus_q: String
        }
        public let constants: [String: String]
        public let small_multiples_of_generator: [String]
        public let bad_encodings_must_reject: [String]
        public let hash_to_group_sha512_of_utf8_label: [HashToGroup]
        public let scalar_reduce_wide: [ReduceWide]
        public let scalar_canonical_check: [CanonicalCheck]
        public let scalar_mul_basepoint: [BaseMul]
        public let point_add_sub: [AddSub]
    }

    public struct Sr25519: Decodable, Sendable {
        public struct Expansion: Decodable, Sendable {
            public struct Ed25519Mode: Decodable, Sendable {
                public let sha512: String; public let key_scalar: String; public let nonce: String
                public let secret_key_to_bytes: String; public let secret_key_to_ed25519_bytes: String
                public let `public`: String
            }
            public struct UniformMode: Decodable, Sendable {
                public let key_scalar: String; public let nonce: String; public let `public`: String
            }
            public let mini_secret: String
            public let ed25519_mode: Ed25519Mode
            public let uniform_mode: UniformMode
        }
        public struct FixedRNGSign: Decodable, Sendable {
            public let mini_secret: String; public let `public`: String; public let context_ascii: String
            public let message: String; public let rng32: String; public let witness_r: String
            public let R: String; public let challenge_k: String; public let signature: String
        }
        public struct FixedRNGSigns: Decodable, Sendable { public let vectors: [FixedRNGSign] }
        public struct Verify: Decodable, Sendable {
            public let suri: String?; public let `public`: String; public let message: String
            public let signature: String; public let valid: Bool; public let desc: String?
            public let schnorrkel_error: String?
        }
        public let signing_context: String
        public let expand_mini_secret: [Expansion]
        public let deterministic_sign_with_fixed_rng: FixedRNGSigns
        public let verify: [Verify]
    }

    public struct Bip39: Decodable, Sendable {
        public struct Vector: Decodable, Sendable {
            public let phrase: String; public let entropy: String; public let password: String
            public let seed64: String; public let mini_secret: String
        }
        public struct Invalid: Decodable, Sendable { public let phrase: String; public let error: String }
        public let vectors: [Vector]
        public let invalid_phrases: [Invalid]
    }

    public struct Derivation: Decodable, Sendable {
        public struct ChainCode: Decodable, Sendable {
            public let path_component: String; public let hard: Bool; public let chain_code: String
        }
        public struct SrSURI: Decodable, Sendable {
            public let suri: String; public let `public`: String; public let ss58_42: String
            public let secret_key_scalar: String?
        }
        public struct EdSURI: Decodable, Sendable {
            public let suri: String; public let seed: String?; public let `public`: String; public let ss58_42: String
        }
        public struct SoftStep: Decodable, Sendable {
            public let parent_public: String; public let chain_code: String; public let derived_scalar_delta: String
            public let child_chain_code: String; public let child_public: String
        }
        public struct HardStep: Decodable, Sendable {
            public let parent_key_scalar: String; public let chain_code: String; public let child_mini_secret: String
            public let child_public: String
        }
        public struct EdHardStep: Decodable, Sendable {
            public let parent_seed: String; public let chain_code: String; public let preimage: String
            public let child_seed: String
        }
        public struct Parse: Decodable, Sendable {
            public let suri: String; public let phrase: String?; public let paths: [String]?
            public let password: String?; public let error: String?
        }
        public let dev_phrase: String
        public let dev_mini_secret: String
        public let dev_public_sr25519: String
        public let junction_chain_codes: [ChainCode]
        public let sr25519_suri: [SrSURI]
        public let ed25519_suri: [EdSURI]
        public let sr25519_soft_steps: [SoftStep]
        public let sr25519_hard_steps: [HardStep]
        public let ed25519_hard_step: EdHardStep
        public let suri_parse: [Parse]
    }

    public struct SS58: Decodable, Sendable {
        public struct Vector: Decodable, Sendable {
            public let prefix: Int; public let prefix_bytes: String; public let checksum: String; public let address: String
        }
        public struct Invalid: Decodable, Sendable { public let address: String; public let error: String }
        public let `public`: String
        public let vectors: [Vector]
        public let invalid: [Invalid]
    }

    public struct Hashing: Decodable, Sendable {
        public struct Unkeyed: Decodable, Sendable {
            public let msg: String; public let blake2b_128: String; public let blake2b_256: String
            public let blake2b_512: String
        }
        public struct Keyed: Decodable, Sendable {
            public let key: String; public let msg: String; public let outlen: Int; public let digest: String
        }
        public struct XXHash: Decodable, Sendable {
            public let msg: String; public let xxh64_seed0_u64_hex_be: String; public let xxh64_seed1_u64_hex_be: String
            public let twox_64: String; public let twox_128: String; public let twox_256: String
        }
        public struct StorageKey: Decodable, Sendable { public let desc: String; public let key: String }
        public let blake2b_unkeyed: [Unkeyed]
        public let blake2b_keyed: [Keyed]
        public let xxhash_twox: [XXHash]
        public let twox_128_of_names: [String: String]
        public let storage_keys: [StorageKey]
    }

    public struct Scale: Decodable, Sendable {
        public struct Compact: Decodable, Sendable { public let value: String; public let encoded: String }
        public struct CompactReject: Decodable, Sendable { public let encoded: String; public let why: String }
        public struct Misc: Decodable, Sendable {
            public let type: String; public let value: JSONValue; public let encoded: String
        }
        public let compact: [Compact]
        public let compact_must_reject: [CompactReject]
        public let misc: [Misc]
    }

    public struct NaclSecretbox: Decodable, Sendable {
        public struct Box: Decodable, Sendable {
            public let key: String; public let nonce: String; public let plaintext: String
            public let mac_then_ciphertext: String; public let name: String?
        }
        public struct Poly1305: Decodable, Sendable { public let key: String; public let msg_utf8: String; public let tag: String }
        public struct HSalsa20: Decodable, Sendable { public let key: String; public let nonce16: String; public let subkey: String }
        public struct Salsa20Block: Decodable, Sendable {
            public let key: String; public let nonce8: String; public let counter: Int; public let block64: String
        }
        public let secretbox: [Box]
        public let poly1305: Poly1305
        public let hsalsa20: HSalsa20
        public let salsa20_block: Salsa20Block
    }


    public struct Argon2: Decodable, Sendable {
        public struct RFC: Decodable, Sendable {
            public let type: String; public let t: Int; public let m_kib: Int; public let p: Int; public let taglen: Int
            public let password: String; public let salt: String; public let secret: String; public let ad: String
            public let tag: String
        }
        public struct Small: Decodable, Sendable {
            public let type: String; public let password_utf8: String; public let salt: String; public let t: Int
            public let m_kib: Int; public let p: Int; public let taglen: Int; public let tag: String
        }
        public struct KeyfileKDF: Decodable, Sendable {
            public let t: Int; public let m_kib: Int; public let p: Int; public let taglen: Int; public let salt: String
            public let password_utf8: String; public let key: String
        }
        public let rfc9106: [RFC]
        public let small_params: [Small]
        public let bittensor_keyfile_kdf: KeyfileKDF
    }

    public struct BittensorKeyfile: Decodable, Sendable {
        public let password_utf8: String; public let file_bytes: String; public let plaintext_utf8: String
    }

    public struct Ed25519: Decodable, Sendable {
        public struct Vector: Decodable, Sendable {
            public let seed: String; public let `public`: String; public let message: String; public let signature: String
        }
        public struct ZIP215: Decodable, Sendable {
            public let desc: String; public let `public`: String; public let message: String; public let signature: String
            public let substrate_valid: Bool; public let libsodium_valid: Bool
        }
        public let vectors: [Vector]
        public let zip215_divergence: [ZIP215]
    }

    public struct UpstreamSpCoreTest: Decodable, Sendable {
        public let test: String; public let seed: String?; public let `public`: String?; public let suri: String?
        public let message: String?; public let signature: String?; public let valid_with_current_verify: Bool?
        public let child_seed: String?
    }
}

/// A JSON scalar (string, integer or bool) for heterogeneous arrays in the vectors.
public enum JSONScalar: Decodable, Sendable, CustomStringConvertible {
    case string(String)
    case int(Int)
    case bool(Bool)

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(Int.self) {
            self = .int(value)
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else {
            self = .string(try container.decode(String.self))
        }
    }

    public var description: String {
        switch self {
        case .string(let value): value
        case .int(let value): String(value)
        case .bool(let value): String(value)
        }
    }
}

/// Any JSON value, for the vectors whose `value` field changes type from case to case.
public indirect enum JSONValue: Decodable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .int(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    public var isNull: Bool { if case .null = self { true } else { false } }
    public var bool: Bool? { if case .bool(let value) = self { value } else { nil } }
    public var int: Int? { if case .int(let value) = self { value } else { nil } }
    public var string: String? { if case .string(let value) = self { value } else { nil } }
    public var array: [JSONValue]? { if case .array(let value) = self { value } else { nil } }
    public var object: [String: JSONValue]? { if case .object(let value) = self { value } else { nil } }
}
