/// The hashers FRAME applies to storage map keys (`twox128(pallet) ++ twox128(item) ++ hasher(key)…`).
public enum StorageHasher: String, Sendable, CaseIterable {
    /// The key itself.
    case identity = "Identity"
    /// `twox_64(key) ++ key`: iterable, for keys an attacker cannot choose.
    case twox64Concat = "Twox64Concat"
    /// `blake2_128(key) ++ key`: iterable and safe for attacker-chosen keys.
    case blake2_128Concat = "Blake2_128Concat"
    /// `twox_128(key)`: not iterable.
    case twox128 = "Twox128"
    /// `twox_256(key)`: not iterable.
    case twox256 = "Twox256"
    /// `blake2_128(key)`: not iterable.
    case blake2_128 = "Blake2_128"
    /// `blake2_256(key)`: not iterable.
    case blake2_256 = "Blake2_256"

    /// Hashes an already SCALE-encoded key.
    public func hash(_ encodedKey: [UInt8]) -> [UInt8] {
        switch self {
        case .identity: encodedKey
        case .twox64Concat: Twox.hash64(encodedKey) + encodedKey
        case .blake2_128Concat: Blake2b.hash128(encodedKey) + encodedKey
        case .twox128: Twox.hash128(encodedKey)
        case .twox256: Twox.hash256(encodedKey)
        case .blake2_128: Blake2b.hash128(encodedKey)
        case .blake2_256: Blake2b.hash256(encodedKey)
        }
    }

    /// The storage key prefix of a pallet's item: `twox_128(pallet) ++ twox_128(item)`.
    public static func prefix(pallet: String, item: String) -> [UInt8] {
        Twox.hash128(Array(pallet.utf8)) + Twox.hash128(Array(item.utf8))
    }

    /// The full storage key of a map entry: the prefix, then each encoded key through its hasher.
    public static func key(pallet: String, item: String, keys: [(StorageHasher, [UInt8])] = []) -> [UInt8] {
        keys.reduce(prefix(pallet: pallet, item: item)) { $0 + $1.0.hash($1.1) }
    }
}
