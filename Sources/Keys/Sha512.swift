import Crypto

/// SHA-512 of `data` as bytes (swift-crypto).
func sha512(_ data: [UInt8]) -> [UInt8] {
    Array(SHA512.hash(data: data))
}
