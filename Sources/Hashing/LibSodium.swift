import CSodium

/// libsodium's one-time initialization, which every module calls before using libsodium.
///
/// `sodium_init` also picks the fastest implementation of BLAKE2b, Argon2 and Salsa20 for this CPU.
public enum LibSodium {
    private static let initialized: Bool = sodium_init() >= 0

    /// Initializes libsodium if no one has yet; stops the process if it cannot be initialized.
    public static func ensureInitialized() {
        precondition(initialized, "libsodium failed to initialize")
    }
}
