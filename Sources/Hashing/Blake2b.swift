import CSodium

/// BLAKE2b (RFC 7693) through libsodium: outputs of 1…64 bytes, optionally keyed with 1…64 bytes.
///
/// Substrate uses `blake2_128` (storage keys), `blake2_256` (block, extrinsic and payload hashes)
/// and `blake2_512` (SS58 checksums).
public enum Blake2b {
    /// One-shot BLAKE2b of `data`.
    @inlinable
    public static func hash<D: Collection<UInt8>>(_ data: D, outputByteCount: Int, key: [UInt8] = []) -> [UInt8] {
        precondition((1...64).contains(outputByteCount), "BLAKE2b output must be 1...64 bytes")
        precondition(key.count <= 64, "BLAKE2b key must be at most 64 bytes")
        LibSodium.ensureInitialized()
        var out = [UInt8](repeating: 0, count: outputByteCount)
        withContiguousBytes(data) { buffer in
            key.withUnsafeBufferPointer { keyBuffer in
                _ = crypto_generichash_blake2b(
                    &out, outputByteCount, buffer.baseAddress, UInt64(buffer.count),
                    key.isEmpty ? nil : keyBuffer.baseAddress, key.count)
            }
        }
        return out
    }

    /// `blake2_128`: the 16-byte BLAKE2b digest (not a truncated 256-bit one).
    @inlinable
    public static func hash128<D: Collection<UInt8>>(_ data: D) -> [UInt8] { hash(data, outputByteCount: 16) }
    /// `blake2_256`: the 32-byte BLAKE2b digest.
    @inlinable
    public static func hash256<D: Collection<UInt8>>(_ data: D) -> [UInt8] { hash(data, outputByteCount: 32) }
    /// `blake2_512`: the 64-byte BLAKE2b digest.
    @inlinable
    public static func hash512<D: Collection<UInt8>>(_ data: D) -> [UInt8] { hash(data, outputByteCount: 64) }
}

/// An incremental BLAKE2b computation, for input that arrives in pieces.
public final class Blake2bHasher {
    private let state: UnsafeMutableRawPointer
    /// The digest length in bytes.
    public let outputByteCount: Int

    /// Starts a hash of `outputByteCount` bytes (1…64), keyed when `key` is non-empty (at most 64 bytes).
    public init(outputByteCount: Int, key: [UInt8] = []) {
        precondition((1...64).contains(outputByteCount), "BLAKE2b output must be 1...64 bytes")
        precondition(key.count <= 64, "BLAKE2b key must be at most 64 bytes")
        LibSodium.ensureInitialized()
        self.outputByteCount = outputByteCount
        state = UnsafeMutableRawPointer.allocate(byteCount: crypto_generichash_blake2b_statebytes(), alignment: 64)
        let result = key.withUnsafeBufferPointer { keyBuffer in
            crypto_generichash_blake2b_init(
                OpaquePointer(state), key.isEmpty ? nil : keyBuffer.baseAddress, key.count, outputByteCount)
        }
        precondition(result == 0, "crypto_generichash_blake2b_init failed")
    }

    deinit {
        sodium_memzero(state, crypto_generichash_blake2b_statebytes())
        state.deallocate()
    }

    /// Absorbs more input.
    public func update<D: Collection<UInt8>>(_ data: D) {
        withContiguousBytes(data) { buffer in
            _ = crypto_generichash_blake2b_update(OpaquePointer(state), buffer.baseAddress, UInt64(buffer.count))
        }
    }

    /// Finishes the hash and returns the digest; the hasher must not be used afterwards.
    public func finalize() -> [UInt8] {
        var out = [UInt8](repeating: 0, count: outputByteCount)
        _ = crypto_generichash_blake2b_final(OpaquePointer(state), &out, outputByteCount)
        return out
    }
}
