import SCALE

/// A subnet's self-description (subtensor's `SubnetIdentityV3`): eight byte strings, usually UTF-8.
public struct SubnetIdentity: Equatable, Sendable, ScaleCodable {
    /// The subnet's name.
    public var subnetName: [UInt8]
    /// Its source repository.
    public var githubRepo: [UInt8]
    /// How to reach its owner.
    public var subnetContact: [UInt8]
    /// Its website.
    public var subnetURL: [UInt8]
    /// Its Discord.
    public var discord: [UInt8]
    /// A description.
    public var description: [UInt8]
    /// A logo URL.
    public var logoURL: [UInt8]
    /// Anything else.
    public var additional: [UInt8]

    /// An identity from its fields.
    public init(subnetName: [UInt8], githubRepo: [UInt8] = [], subnetContact: [UInt8] = [], subnetURL: [UInt8] = [],
                discord: [UInt8] = [], description: [UInt8] = [], logoURL: [UInt8] = [], additional: [UInt8] = []) {
        self.subnetName = subnetName
        self.githubRepo = githubRepo
        self.subnetContact = subnetContact
        self.subnetURL = subnetURL
        self.discord = discord
        self.description = description
        self.logoURL = logoURL
        self.additional = additional
    }

    public func encode(into writer: inout ScaleWriter) {
        writer.encode(subnetName, githubRepo, subnetContact, subnetURL, discord, description, logoURL, additional)
    }

    public init(decoding reader: inout ScaleReader) throws {
        let fields = try (0..<8).map { _ in try reader.decode([UInt8].self) }
        self.init(subnetName: fields[0], githubRepo: fields[1], subnetContact: fields[2], subnetURL: fields[3],
                  discord: fields[4], description: fields[5], logoURL: fields[6], additional: fields[7])
    }
}
