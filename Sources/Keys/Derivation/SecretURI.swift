import Hashing
import SCALE

/// A Substrate secret URI (`sp_core::AddressUri`): an optional phrase or `0x` seed, derivation
/// junctions (`//hard`, `/soft`) and an optional `///password`.
///
/// With no phrase the URI starts from the development phrase, so `//Alice` is
/// `bottom drive obey … walk//Alice`.
public struct SecretURI: Sendable, Equatable {
    /// Substrate's development phrase, the root of `//Alice`, `//Bob` and the other dev accounts.
    public static let devPhrase = "bottom drive obey lake curtain smoke basket hold race lonely fit walk"

    /// The phrase or `0x` seed as written, or nil when the URI has none.
    public let phrase: String?
    /// The derivation junctions in order.
    public let junctions: [DeriveJunction]
    /// The text after `///`, or nil.
    public let password: String?

    /// Parses a secret URI.
    /// - Throws: `KeyError.invalidSecretURI` with sp_core's error name (`InvalidCharacterInPhrase`,
    ///   `InvalidCharacterInHardPath`, `InvalidCharacterInSoftPath`, `InvalidCharacterInPass`).
    public init(parsing text: String) throws {
        let characters = Array(text)
        var index = 0
        while index < characters.count, characters[index].isASCII,
              characters[index].isLetter || characters[index].isNumber || characters[index] == " " {
            index += 1
        }
        phrase = index > 0 ? String(characters[0..<index]) : nil
        var junctions = [DeriveJunction]()
        var password: String?
        while index < characters.count {
            let rest = characters[index...]
            if rest.starts(with: "///") {
                let secret = String(rest.dropFirst(3))
                guard !secret.contains("\n") else {
                    throw KeyError(.invalidSecretURI, "InvalidCharacterInPass: the password contains a newline")
                }
                password = secret
                break
            }
            let hard = rest.starts(with: "//")
            guard hard || rest.first == "/" else {
                throw KeyError(.invalidSecretURI,
                               "InvalidCharacterInPhrase: '\(characters[index])' at position \(index) is not allowed in a phrase")
            }
            index += hard ? 2 : 1
            let start = index
            while index < characters.count, characters[index] != "/" { index += 1 }
            guard index > start else {
                let error = hard ? "InvalidCharacterInHardPath" : "InvalidCharacterInSoftPath"
                throw KeyError(.invalidSecretURI, "\(error): empty junction at position \(start)")
            }
            junctions.append(DeriveJunction(String(characters[start..<index]), hard: hard))
        }
        self.junctions = junctions
        self.password = password
    }
}

/// One derivation step: a 32-byte chain code and whether it is hard (`//`) or soft (`/`).
public struct DeriveJunction: Sendable, Equatable {
    /// The junction's text as written.
    public let name: String
    /// True for `//name`, false for `/name`.
    public let isHard: Bool
    /// The chain code: a `u64` in 8 LE bytes if the name parses as one, else the SCALE-encoded string;
    /// zero-padded to 32 bytes, or blake2b-256 of it when longer.
    public let chainCode: [UInt8]

    /// A junction named `name`.
    public init(_ name: String, hard: Bool) {
        self.name = name
        self.isHard = hard
        chainCode = Self.chainCode(for: name)
    }

    private static func chainCode(for name: String) -> [UInt8] {
        let encoded: [UInt8]
        if let number = parseRustU64(name) {
            encoded = (0..<8).map { UInt8(truncatingIfNeeded: number >> (8 * $0)) }
        } else {
            encoded = name.scaleEncoded
        }
        if encoded.count > 32 { return Blake2b.hash256(encoded) }
        return encoded + [UInt8](repeating: 0, count: 32 - encoded.count)
    }

    /// Rust's `u64::from_str`: ASCII digits with an optional leading `+`.
    private static func parseRustU64(_ text: String) -> UInt64? {
        let digits = text.hasPrefix("+") ? Substring(text.dropFirst()) : Substring(text)
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return UInt64(digits)
    }
}

