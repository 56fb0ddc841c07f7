import Foundation

/// Metadata recorded from a real chain and shipped with this module (Resources/SOURCE.md says where from).
public enum RecordedMetadata {
    /// A recorded blob is missing from the module's resources.
    public struct MissingResource: Error, CustomStringConvertible {
        /// The resource's file name.
        public let name: String
        public var description: String { "the Metadata module's resource \(name) is missing from its bundle" }
    }

    /// Subtensor's mainnet runtime metadata (V15, about September 2025).
    /// - Throws: `MissingResource`, a file-system error, or `ScaleError` when the blob does not decode.
    public static func subtensorMainnet() throws -> RuntimeMetadata {
        let name = "subtensor-mainnet-v15.scale"
        guard let url = Bundle.module.url(forResource: name, withExtension: nil) else {
            throw MissingResource(name: name)
        }
        return try RuntimeMetadata(prefixedV15: [UInt8](Data(contentsOf: url)))
    }
}
