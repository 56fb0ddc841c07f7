import Metadata
import SCALE

/// This runtime's metadata, encoded once, and the `Metadata` runtime API over it (specs/substrate.md §5.1, §7):
/// `Metadata_metadata` (V14), `Metadata_metadata_at_version(u32)` (`Option<OpaqueMetadata>` for 14 and 15)
/// and `Metadata_metadata_versions` (`[14, 15]`); `state_getMetadata` serves `v14`.
public struct RuntimeMetadataAPI: Sendable {
    /// `RuntimeMetadataPrefixed` bytes in V14.
    public let v14: [UInt8]
    /// `RuntimeMetadataPrefixed` bytes in V15.
    public let v15: [UInt8]

    /// The API over `metadata`.
    public init(_ metadata: RuntimeMetadata) {
        v14 = metadata.prefixedBytes(.v14)
        v15 = metadata.prefixedBytes(.v15)
    }

    /// Whether `method` is one of the `Metadata_*` methods.
    public static func answers(_ method: String) -> Bool { RuntimeMetadataBuilder.metadataMethods.contains(method) }

    /// Answers a `Metadata_*` call with SCALE-encoded `arguments`.
    /// - Throws: `RuntimeAPIError.unknownMethod` for other methods, `.badArguments` when the arguments do not
    ///   decode.
    public func call(_ method: String, arguments: [UInt8]) throws -> [UInt8] {
        var reader = ScaleReader(arguments)
        var writer = ScaleWriter()
        do {
            switch method {
            case "Metadata_metadata":
                writer.encode(v14)
            case "Metadata_metadata_at_version":
                let version = try reader.decode(UInt32.self)
                writer.encode(version == 14 ? v14 : version == 15 ? v15 : nil)
            case "Metadata_metadata_versions":
                writer.encode(MetadataVersion.allCases.map { UInt32($0.rawValue) })
            default:
                throw RuntimeAPIError.unknownMethod(method)
            }
            try reader.finish()
        } catch let error as ScaleError {
            throw RuntimeAPIError.badArguments(method: method, reason: "\(error)")
        }
        return writer.bytes
    }
}
