import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One keyfile on disk: read, decrypted and written the way bittensor-wallet does, with writes that
/// are atomic (a temporary file, fsync, rename) and files created with mode 0600.
public struct Keyfile: Sendable {
    /// The file's absolute path.
    public let path: String

    /// A keyfile at `path` (`~` is expanded).
    public init(path: String) {
        self.path = (path as NSString).expandingTildeInPath
    }

    /// Whether the file exists.
    public var exists: Bool { FileManager.default.fileExists(atPath: path) }

    /// The raw bytes.
    /// - Throws: `WalletError.keyfileNotFound` or `.io`.
    public func readBytes() throws -> [UInt8] {
        guard exists else { throw WalletError(.keyfileNotFound, "keyfile \(path) does not exist") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw WalletError(.io, "keyfile \(path) is not readable")
        }
        return Array(data)
    }

    /// Whether the file is encrypted (in any format bittensor-wallet recognises).
    public func isEncrypted() throws -> Bool {
        KeyfileEncryption.format(of: try readBytes()) != .plaintext
    }

    /// Reads and, when encrypted, decrypts the keyfile.
    /// - Parameter password: used only when the file is encrypted; nil then falls back to the
    ///   `BT_PW_…` environment variable and fails with `.passwordRequired` if it is unset.
    /// - Throws: `WalletError` (`.keyfileNotFound`, `.wrongPassword`, `.corruptKeyfile`, …).
    public func read(password: String? = nil) throws -> KeyfileData {
        let bytes = try readBytes()
        guard !bytes.isEmpty else { throw WalletError(.corruptKeyfile, "keyfile \(path) is empty") }
        var plaintext = bytes
        if KeyfileEncryption.format(of: bytes) != .plaintext {
            guard let password = password ?? PasswordEnvironment.password(forKeyfileAt: path) else {
                throw WalletError(.passwordRequired, "keyfile \(path) is encrypted and no password was given")
            }
            plaintext = try KeyfileEncryption.decrypt(bytes, password: password)
        }
        do {
            return try KeyfileData(json: plaintext)
        } catch let error as WalletError {
            throw WalletError(error.code, "\(path): \(error.reason)")
        }
    }

    /// Writes `data`, encrypted when `password` is given, atomically and with mode 0600.
    /// - Throws: `WalletError.keyfileExists` when the file exists and `overwrite` is false, `.io` otherwise.
    public func write(_ data: KeyfileData, password: String? = nil, overwrite: Bool) throws {
        let plaintext = data.json
        let bytes = password.map { KeyfileEncryption.encrypt(plaintext, password: $0) } ?? plaintext
        try writeAtomically(bytes, overwrite: overwrite)
    }

    /// Replaces the file's bytes in one step: readers see the old file or the new one, never a mix.
    func writeAtomically(_ bytes: [UInt8], overwrite: Bool) throws {
        if exists && !overwrite {
            throw WalletError(.keyfileExists, "keyfile \(path) already exists (pass --overwrite to replace it)")
        }
        let directory = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(
                atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw WalletError(.io, "cannot create directory \(directory): \(error.localizedDescription)")
        }
        let temporary = "\(directory)/.\((path as NSString).lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw WalletError(.io, "cannot create \(temporary): \(String(cString: strerror(errno)))")
        }
        var failure: String?
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = "write failed: \(String(cString: strerror(errno)))"
                    return
                }
                offset += written
            }
        }
        if failure == nil, fsync(descriptor) != 0 { failure = "fsync failed: \(String(cString: strerror(errno)))" }
        close(descriptor)
        if failure == nil, rename(temporary, path) != 0 { failure = "rename failed: \(String(cString: strerror(errno)))" }
        if let failure {
            unlink(temporary)
            throw WalletError(.io, "cannot write keyfile \(path): \(failure)")
        }
        let directoryDescriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if directoryDescriptor >= 0 {
            fsync(directoryDescriptor)
            close(directoryDescriptor)
        }
    }
}
