import SCALE

/// The runtime's version, as `Core_version` returns it (`sp_version::RuntimeVersion`), fields in wire order.
public struct RuntimeVersion: Equatable, Sendable, ScaleCodable {
    /// The runtime's name (`node-subtensor`).
    public var specName: String
    /// The implementation's name.
    public var implName: String
    /// The authoring version.
    public var authoringVersion: UInt32
    /// The spec version; it rises with every runtime upgrade.
    public var specVersion: UInt32
    /// The implementation version.
    public var implVersion: UInt32
    /// The runtime APIs and their versions.
    public var apis: [API]
    /// The transaction format version; signed payloads commit to it.
    public var transactionVersion: UInt32
    /// The system version (which state and extrinsics trie versions the runtime uses).
    public var systemVersion: UInt8

    /// One `([u8; 8], u32)` entry of `apis`: an API's id (the first 8 bytes of the blake2b-256 of its name) and
    /// its version.
    public struct API: Equatable, Sendable, ScaleCodable {
        /// The API's 8-byte id.
        public let id: [UInt8]
        /// Its version.
        public var version: UInt32

        /// An entry.
        /// - Throws: `ScaleError.invalidValue` when `id` is not 8 bytes.
        public init(id: [UInt8], version: UInt32) throws {
            guard id.count == 8 else { throw ScaleError(.invalidValue, "an API id is 8 bytes, got \(id.count)") }
            self.id = id
            self.version = version
        }

        public func encode(into writer: inout ScaleWriter) {
            writer.write(bytes: id)
            writer.encode(version)
        }

        public init(decoding reader: inout ScaleReader) throws {
            id = try reader.readBytes(8)
            version = try reader.decode(UInt32.self)
        }
    }

    /// A version record from its fields.
    public init(specName: String, implName: String, authoringVersion: UInt32, specVersion: UInt32,
                implVersion: UInt32, apis: [API], transactionVersion: UInt32, systemVersion: UInt8) {
        self.specName = specName
        self.implName = implName
        self.authoringVersion = authoringVersion
        self.specVersion = specVersion
        self.implVersion = implVersion
        self.apis = apis
        self.transactionVersion = transactionVersion
        self.systemVersion = systemVersion
    }

    public func encode(into writer: inout ScaleWriter) {
        writer.encode(specName, implName, authoringVersion, specVersion, implVersion)
        writer.encode(apis, transactionVersion, systemVersion)
    }

    public init(decoding reader: inout ScaleReader) throws {
        let (specName, implName, authoring, spec, impl) =
            try reader.decode(String.self, String.self, UInt32.self, UInt32.self, UInt32.self)
        let (apis, transactionVersion, systemVersion) = try reader.decode([API].self, UInt32.self, UInt8.self)
        self.init(specName: specName, implName: implName, authoringVersion: authoring, specVersion: spec,
                  implVersion: impl, apis: apis, transactionVersion: transactionVersion, systemVersion: systemVersion)
    }
}
