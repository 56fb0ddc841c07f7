import CSodium
import Hashing

/// Bytes from the operating system's CSPRNG (libsodium's `randombytes_buf`).
public enum SystemRandom {
    /// `count` cryptographically secure random bytes.
    public static func bytes(_ count: Int) -> [UInt8] {
        LibSodium.ensureInitialized()
        var out = [UInt8](repeating: 0, count: count)
        out.withUnsafeMutableBytes { randombytes_buf($0.baseAddress!, count) }
        return out
    }
}
