import Foundation

/// bittensor-wallet's keyfile passwords in environment variables: `BT_PW_<PATH>` holds base64 of the
/// password XOR-ed with the variable's name (repeated). This is obfuscation, not encryption.
public enum PasswordEnvironment {
    /// The variable name for a keyfile path: `BT_PW_` + the path with `/` and `.` as `_`, upper-cased.
    public static func variableName(forKeyfileAt path: String) -> String {
        "BT_PW_" + path.replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: ".", with: "_").uppercased()
    }

    /// The password stored for a keyfile, or nil when the variable is unset or undecodable.
    public static func password(forKeyfileAt path: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let name = variableName(forKeyfileAt: path)
        guard let value = environment[name], let data = Data(base64Encoded: value) else { return nil }
        return String(bytes: xor(Array(data), with: Array(name.utf8)), encoding: .utf8)
    }

    /// The value to store in `variableName(forKeyfileAt:)` for `password`.
    public static func encodedValue(password: String, forKeyfileAt path: String) -> String {
        Data(xor(Array(password.utf8), with: Array(variableName(forKeyfileAt: path).utf8))).base64EncodedString()
    }

    private static func xor(_ bytes: [UInt8], with key: [UInt8]) -> [UInt8] {
        bytes.enumerated().map { $0.element ^ key[$0.offset % key.count] }
    }
}
