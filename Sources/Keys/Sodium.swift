import CSodium

/// Initializes libsodium once per process before any of its functions run.
enum Sodium {
    static let initialized: Bool = sodium_init() >= 0

    static func ensureInitialized() {
        precondition(initialized, "libsodium failed to initialize")
    }
}
