import SCALE

/// Where a neuron serves (subtensor's `AxonInfo`, 34 bytes): `block u64 ‖ version u32 ‖ ip u128 ‖ port u16 ‖
/// ip_type u8 ‖ protocol u8 ‖ placeholder1 u8 ‖ placeholder2 u8`.
public struct AxonInfo: Equatable, Sendable, ScaleCodable {
    /// The block the axon was last served at.
    public var block: UInt64
    /// The axon's software version.
    public var version: UInt32
    /// The IP address as an integer (an IPv4 address in the low 32 bits).
    public var ip: UInt128
    /// The TCP port.
    public var port: UInt16
    /// 4 or 6.
    public var ipType: UInt8
    /// The serving protocol.
    public var `protocol`: UInt8
    /// Reserved.
    public var placeholder1: UInt8
    /// Reserved.
    public var placeholder2: UInt8

    /// An axon record.
    public init(block: UInt64, version: UInt32, ip: UInt128, port: UInt16, ipType: UInt8, protocol: UInt8,
                placeholder1: UInt8 = 0, placeholder2: UInt8 = 0) {
        self.block = block
        self.version = version
        self.ip = ip
        self.port = port
        self.ipType = ipType
        self.protocol = `protocol`
        self.placeholder1 = placeholder1
        self.placeholder2 = placeholder2
    }

    public func encode(into writer: inout ScaleWriter) {
        writer.encode(block, version, ip, port, ipType, `protocol`, placeholder1, placeholder2)
    }

    public init(decoding reader: inout ScaleReader) throws {
        let (block, version, ip, port) = try reader.decode(UInt64.self, UInt32.self, UInt128.self, UInt16.self)
        let (ipType, proto, first, second) = try reader.decode(UInt8.self, UInt8.self, UInt8.self, UInt8.self)
        self.init(block: block, version: version, ip: ip, port: port, ipType: ipType, protocol: proto,
                  placeholder1: first, placeholder2: second)
    }
}

/// Where a neuron exports metrics (subtensor's `PrometheusInfo`, 31 bytes):
/// `block u64 ‖ version u32 ‖ ip u128 ‖ port u16 ‖ ip_type u8`.
public struct PrometheusInfo: Equatable, Sendable, ScaleCodable {
    /// The block it was last served at.
    public var block: UInt64
    /// The version.
    public var version: UInt32
    /// The IP address as an integer.
    public var ip: UInt128
    /// The port.
    public var port: UInt16
    /// 4 or 6.
    public var ipType: UInt8

    /// A Prometheus endpoint record.
    public init(block: UInt64, version: UInt32, ip: UInt128, port: UInt16, ipType: UInt8) {
        self.block = block
        self.version = version
        self.ip = ip
        self.port = port
        self.ipType = ipType
    }

    public func encode(into writer: inout ScaleWriter) {
        writer.encode(block, version, ip, port, ipType)
    }

    public init(decoding reader: inout ScaleReader) throws {
        let (block, version, ip, port, ipType) = try reader.decode(UInt64.self, UInt32.self, UInt128.self, UInt16.self, UInt8.self)
        self.init(block: block, version: version, ip: ip, port: port, ipType: ipType)
    }
}
