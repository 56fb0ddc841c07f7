import Foundation

/// Locates and loads the checked-in test fixtures under `Tests/Fixtures`.
public enum Fixtures {
    /// The `Tests/Fixtures` directory of this checkout.
    public static let directory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// The URL of a fixture file, relative to `Tests/Fixtures`.
    public static func url(_ relativePath: String) -> URL {
        directory.appendingPathComponent(relativePath)
    }

    /// Decodes a JSON fixture into a `Decodable` mirror of its schema.
    public static func decode<T: Decodable>(_ type: T.Type, from relativePath: String) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(contentsOf: url(relativePath)))
    }

    /// The crypto vector file, decoded once per process.
    public static let crypto: CryptoVectors = {
        do {
            return try decode(CryptoVectors.self, from: "crypto-vectors.json")
        } catch {
            fatalError("crypto-vectors.json does not decode: \(error)")
        }
    }()
}

/// Hex helpers for tests: strict parsing of the vectors' lowercase hex.
public func hexBytes(_ hex: String) -> [UInt8] {
    let clean = hex.hasPrefix("0x") ? String(hex.dropFirst(2)) : hex
    precondition(clean.count % 2 == 0, "odd-length hex in a fixture: \(hex)")
    var out = [UInt8]()
    out.reserveCapacity(clean.count / 2)
    var index = clean.startIndex
    while index < clean.endIndex {
        let next = clean.index(index, offsetBy: 2)
        guard let byte = UInt8(clean[index..<next], radix: 16) else {
            preconditionFailure("bad hex in a fixture: \(hex)")
        }
        out.append(byte)
        index = next
    }
    return out
}

/// Lowercase hex of bytes, without a prefix.
public func hexString<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
    bytes.map { String(format: "%02x", $0) }.joined()
}
