import Hashing
import TestSupport
import Testing

private let vectors = Fixtures.crypto.hashing

@Suite("BLAKE2b, twox and storage keys against crypto-vectors.json")
struct HashingVectorTests {
    @Test("unkeyed BLAKE2b-128/256/512", arguments: vectors.blake2b_unkeyed)
    func unkeyed(_ vector: CryptoVectors.Hashing.Unkeyed) {
        let message = hexBytes(vector.msg)
        #expect(hexString(Blake2b.hash128(message)) == vector.blake2b_128, "msg \(vector.msg)")
        #expect(hexString(Blake2b.hash256(message)) == vector.blake2b_256, "msg \(vector.msg)")
        #expect(hexString(Blake2b.hash512(message)) == vector.blake2b_512, "msg \(vector.msg)")
    }

    @Test("keyed BLAKE2b", arguments: vectors.blake2b_keyed)
    func keyed(_ vector: CryptoVectors.Hashing.Keyed) {
        let digest = Blake2b.hash(hexBytes(vector.msg), outputByteCount: vector.outlen, key: hexBytes(vector.key))
        #expect(hexString(digest) == vector.digest, "msg \(vector.msg)")
    }

    @Test("incremental BLAKE2b equals one-shot for every split point")
    func incremental() {
        let message = (0..<300).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        let expected = Blake2b.hash256(message)
        for split in [0, 1, 127, 128, 129, 255, 256, 300] {
            let hasher = Blake2bHasher(outputByteCount: 32)
            hasher.update(message[..<split])
            hasher.update(message[split...])
            #expect(hasher.finalize() == expected, "split at \(split)")
        }
    }

    @Test("xxHash64 and twox 64/128/256", arguments: vectors.xxhash_twox)
    func twox(_ vector: CryptoVectors.Hashing.XXHash) {
        let message = hexBytes(vector.msg)
        #expect(String(XXHash64.hash(message, seed: 0), radix: 16).leftPadded(16) == vector.xxh64_seed0_u64_hex_be)
        #expect(String(XXHash64.hash(message, seed: 1), radix: 16).leftPadded(16) == vector.xxh64_seed1_u64_hex_be)
        #expect(hexString(Twox.hash64(message)) == vector.twox_64)
        #expect(hexString(Twox.hash128(message)) == vector.twox_128)
        #expect(hexString(Twox.hash256(message)) == vector.twox_256)
    }

    @Test("twox_128 of pallet and item names")
    func names() {
        for (name, expected) in vectors.twox_128_of_names.sorted(by: { $0.key < $1.key }) {
            #expect(hexString(Twox.hash128(Array(name.utf8))) == expected, "name \(name)")
        }
    }

    @Test("System.Account(Alice) storage key")
    func storageKey() {
        let alice = hexBytes("d43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d")
        let key = StorageHasher.key(pallet: "System", item: "Account", keys: [(.blake2_128Concat, alice)])
        #expect(hexString(key) == vectors.storage_keys[0].key)
    }

    @Test("storage hashers: concat forms end with the key, plain forms do not")
    func hasherShapes() {
        let key: [UInt8] = [1, 2, 3]
        #expect(StorageHasher.identity.hash(key) == key)
        #expect(StorageHasher.twox64Concat.hash(key) == Twox.hash64(key) + key)
        #expect(StorageHasher.blake2_128Concat.hash(key) == Blake2b.hash128(key) + key)
        #expect(StorageHasher.twox128.hash(key).count == 16)
        #expect(StorageHasher.twox256.hash(key).count == 32)
        #expect(StorageHasher.blake2_128.hash(key).count == 16)
        #expect(StorageHasher.blake2_256.hash(key) == Blake2b.hash256(key))
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
