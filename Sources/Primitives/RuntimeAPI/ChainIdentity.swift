import SCALE

/// A hotkey owner's self-description (subtensor's `ChainIdentityV2`), as `Metagraph.identities` carries it:
/// seven byte strings, usually UTF-8.
public struct ChainIdentity: Equatable, Sendable, ScaleCodable {
    /// The display name.
    public var name: [UInt8]
    /// A website.
    public var url: [UInt8]
    /// A source repository.
    public var githubRepo: [UInt8]
    /// An image URL.
    public var image: [UInt8]
    /// A Discord handle.
    public var discord: [UInt8]
    /// A description.
    public var description: [UInt8]
    /// Anything else.
    public var additional: [UInt8]

    /// An identity from its fields.
    public init(name: [UInt8], url: [UInt8] = [], githubRepo: [UInt8] = [], image: [UInt8] = [],
                discord: [UInt8] = [], description: [UInt8] = [], additional: [UInt8] = []) {
        self.name = name
        self.url = url
        self.githubRepo = githubRepo
        self.image = image
        self.discord = discord
        self.description = description
        self.additional = additional
    }

    public func encode(into writer: inout ScaleWriter) {
        writer.encode(name, url, githubRepo, image, discord, description, additional)
    }

    public init(decoding reader: inout ScaleReader) throws {
        let fields = try (0..<7).map { _ in try reader.decode([UInt8].self) }
        self.init(name: fields[0], url: fields[1], githubRepo: fields[2], image: fields[3], discord: fields[4],
                  description: fields[5], additional: fields[6])
    }
}
