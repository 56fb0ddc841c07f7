import Foundation
import Wallet
#if canImport(Glibc)
import Glibc
#endif

/// Finds a keyfile password: `--password-file`, then bittensor-wallet's `BT_PW_…` variable, then a
/// no-echo prompt on the terminal.
struct PasswordReader {
    let options: PasswordOptions

    /// The password to open the keyfile at `path`.
    func passwordToOpen(keyfileAt path: String) throws -> String {
        if let fromFile = try passwordFromFile() { return fromFile }
        if let fromEnvironment = PasswordEnvironment.password(forKeyfileAt: path) { return fromEnvironment }
        return try prompt("Enter password to unlock key: ", trim: true)
    }

    /// A new password for a keyfile: from the file or environment, or typed twice at the prompt.
    func newPassword(forKeyfileAt path: String) throws -> String {
        if let fromFile = try passwordFromFile() { return try checkedNew(fromFile) }
        if let fromEnvironment = PasswordEnvironment.password(forKeyfileAt: path) { return try checkedNew(fromEnvironment) }
        let first = try checkedNew(prompt("Specify password for key encryption: ", trim: true))
        let second = try prompt("Retype your password: ", trim: true)
        guard first == second else { throw CLIError("the passwords do not match; nothing was written") }
        return first
    }

    private func checkedNew(_ password: String) throws -> String {
        guard !password.isEmpty else { throw CLIError("the password is empty; nothing was written") }
        return password
    }

    private func passwordFromFile() throws -> String? {
        guard let path = options.passwordFile else { return nil }
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: (path as NSString).expandingTildeInPath)) else {
            throw CLIError("cannot read the password file \(path)")
        }
        let text = String(decoding: data, as: UTF8.self)
        return String(text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
            .trimmingCharacters(in: CharacterSet(charactersIn: "\r"))
    }

    /// Reads a line from the terminal with echo off.
    private func prompt(_ message: String, trim: Bool) throws -> String {
        let terminal = open("/dev/tty", O_RDWR | O_CLOEXEC)
        guard terminal >= 0 else {
            throw CLIError("a password is needed and there is no terminal to ask on; use --password-file or the BT_PW_ variable")
        }
        defer { close(terminal) }
        _ = message.withCString { write(terminal, $0, strlen($0)) }
        var original = termios()
        let haveAttributes = tcgetattr(terminal, &original) == 0
        if haveAttributes {
            var silent = original
            silent.c_lflag &= ~tcflag_t(ECHO)
            tcsetattr(terminal, TCSANOW, &silent)
        }
        defer {
            if haveAttributes { tcsetattr(terminal, TCSANOW, &original) }
            _ = write(terminal, "\n", 1)
        }
        var bytes = [UInt8]()
        var byte: UInt8 = 0
        var sawNewline = false
        while read(terminal, &byte, 1) == 1 {
            if byte == 0x0A { sawNewline = true; break }
            bytes.append(byte)
        }
        guard sawNewline || !bytes.isEmpty else { throw CLIError("no password was entered; nothing was changed") }
        let line = String(decoding: bytes, as: UTF8.self)
        return trim ? line.trimmingCharacters(in: .whitespacesAndNewlines) : line
    }
}
