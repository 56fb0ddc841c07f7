import Hashing
import Primitives
import SCALE
import Testing

/// Checks that `value` survives encode → decode, that every strict prefix of its encoding is refused and that a
/// trailing byte is refused too; returns the encoding for layout checks.
@discardableResult
func checkCodec<T: ScaleCodable & Equatable>(_ value: T, sourceLocation: SourceLocation = #_sourceLocation) throws
    -> [UInt8] {
    let bytes = value.scaleEncoded
    #expect(try T(scaleEncoded: bytes) == value, sourceLocation: sourceLocation)
    for length in 0..<bytes.count {
        #expect(throws: ScaleError.self, "prefix of \(length) bytes", sourceLocation: sourceLocation) {
            try T(scaleEncoded: bytes.prefix(length))
        }
    }
    #expect(throws: ScaleError(.trailingBytes, ""), sourceLocation: sourceLocation) {
        try T(scaleEncoded: bytes + [0])
    }
    return bytes
}

/// An account id made of one repeated byte.
func account(_ byte: UInt8) throws -> AccountId32 {
    try AccountId32([UInt8](repeating: byte, count: 32))
}

@Suite("Runtime-API result types: DynamicInfo, stake, delegates, swaps, fees, versions")
struct RuntimeAPIResultTests {
    @Test("DynamicInfo round-trips; names are Vec<Compact<u8>>, moving_price is 16 raw bytes at the end")
    func dynamicInfo() throws {
        let identity = SubnetIdentity(subnetName: Array("Apex".utf8), githubRepo: Array("gh".utf8), discord: [1, 2])
        var info = DynamicInfo(netuid: 1, ownerHotkey: try account(0xaa), ownerColdkey: try account(0xbb))
        info.subnetName = Array("Apex".utf8)
        info.tokenSymbol = Array("α".utf8)
        (info.tempo, info.lastStep, info.blocksSinceLastStep, info.emission) = (99, 6_852_597, 93, 9_531_940)
        (info.alphaIn, info.alphaOut, info.taoIn) = (2_316_467_425_363_654, 924_521_643_526_855, 22_079_400_556_774)
        (info.alphaOutEmission, info.alphaInEmission, info.taoInEmission) = (1_000_000_000, 1_000_000_000, 9_531_940)
        (info.pendingAlphaEmission, info.pendingRootEmission) = (67_360_456_641, 0)
        info.subnetVolume = UInt128(UInt64.max) * 3
        info.networkRegisteredAt = 1_497_824
        info.subnetIdentity = identity
        info.movingPrice = 40_869_489
        let bytes = try checkCodec(info)
        let head = [[0x04], [UInt8](repeating: 0xaa, count: 32), [UInt8](repeating: 0xbb, count: 32)].joined()
        #expect(Array(bytes.prefix(65)) == Array(head))
        // "Apex" as four Compact<u8> (each ≥ 64, so two bytes), then "α" (0xce 0xb1) the same way.
        #expect(Hex.encode(bytes[65..<79]) == "100501c1019501e101083903c502")
        #expect(Array(bytes.suffix(16)) == Array(Int128(40_869_489).scaleEncoded))

        var negative = info
        negative.movingPrice = -(Int128(1) << 100)
        negative.subnetIdentity = nil
        try checkCodec(negative)
        // -2^100 in two's complement is fffffff0 00…00; little-endian, the last four bytes are f0 ff ff ff.
        #expect(Hex.encode(negative.scaleEncoded.suffix(17)) == "00" + String(repeating: "00", count: 12) + "f0ffffff")
    }

    @Test("DynamicInfo refuses a name byte that is not a canonical Compact<u8>")
    func dynamicInfoNameBytes() throws {
        var bytes = DynamicInfo(netuid: 1, ownerHotkey: try account(1), ownerColdkey: try account(2)).scaleEncoded
        // Replace the empty name (00) by one element holding 256, which does not fit a u8.
        bytes.replaceSubrange(65..<66, with: [0x04, 0x01, 0x04])
        #expect(throws: ScaleError(.compactOverflow, "")) { try DynamicInfo(scaleEncoded: bytes) }
    }

    @Test("StakeInfo round-trips with its layout")
    func stakeInfo() throws {
        let info = StakeInfo(hotkey: try account(1), coldkey: try account(2), netuid: 64, stake: 1 << 40,
                             locked: 5, emission: 1_000_000, taoEmission: 70_000, drain: 0, isRegistered: true)
        let bytes = try checkCodec(info)
        let fields = ["0101", "0b000000000001", "14", "02093d00", "c2450400", "00", "01"]
        #expect(Hex.encode(bytes.dropFirst(64)) == fields.joined())
    }

    @Test("DelegateInfo round-trips, nominators' per-subnet stakes compact")
    func delegateInfo() throws {
        let nominators = [
            DelegateInfo.Nominator(coldkey: try account(3),
                                   stakes: [.init(netuid: 0, stake: 100), .init(netuid: 64, stake: 1 << 33)]),
            DelegateInfo.Nominator(coldkey: try account(4), stakes: []),
        ]
        let info = DelegateInfo(delegateSS58: try account(1), take: 11_796, nominators: nominators,
                                ownerSS58: try account(2), registrations: [0, 1, 64], validatorPermits: [1],
                                returnPer1000: 12_345, totalDailyReturn: 1 << 35)
        let bytes = try checkCodec(info)
        // take 11796 < 2^14: two bytes (11796 << 2 | 1 = 0xb851), then two nominators (08).
        #expect(Hex.encode(bytes[32..<35]) == "51b808")
        // The first nominator's stakes: (0, 100) and (64, 2^33).
        #expect(Hex.encode(bytes[67..<79]) == "08" + "00" + "9101" + "0101" + "070000000002")
    }

    @Test("SubnetPrice and SimSwapResult are plain little-endian integers")
    func swapResults() throws {
        let price = SubnetPrice(netuid: 3, price: 1_000_000_000)
        #expect(try checkCodec(price) == [0x03, 0x00, 0x00, 0xca, 0x9a, 0x3b, 0, 0, 0, 0])
        let prices = [price, SubnetPrice(netuid: 0, price: 1)]
        #expect(try [SubnetPrice](scaleEncoded: prices.scaleEncoded) == prices)

        let swap = SimSwapResult(taoAmount: 1, alphaAmount: 2, taoFee: 3, alphaFee: 4, taoSlippage: 5,
                                 alphaSlippage: .max)
        let bytes = try checkCodec(swap)
        #expect(bytes.count == 48)
        #expect(Array(bytes.prefix(16)) == [1, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0])
        #expect(Array(bytes.suffix(8)) == [UInt8](repeating: 0xff, count: 8))
    }

    @Test("RuntimeDispatchInfo: compact weight, one class byte, u64 fee; an unknown class is refused")
    func dispatchInfo() throws {
        let info = RuntimeDispatchInfo(weight: Weight(refTime: 1, proofSize: 70_000), dispatchClass: .operational,
                                       partialFee: 125_000)
        #expect(Hex.encode(try checkCodec(info)) == "04" + "c2450400" + "01" + "48e8010000000000")
        try checkCodec(RuntimeDispatchInfo(weight: Weight(refTime: .max, proofSize: 0), dispatchClass: .mandatory,
                                           partialFee: .max))
        #expect(throws: ScaleError(.invalidTag, "")) {
            try RuntimeDispatchInfo(scaleEncoded: Hex.decode("0400" + "03" + "0000000000000000"))
        }
    }

    @Test("RuntimeVersion round-trips; API ids are 8 raw bytes")
    func runtimeVersion() throws {
        let apis = [try RuntimeVersion.API(id: [0xdf, 0x6a, 0xcb, 0x68, 0x99, 0x07, 0x60, 0x9b], version: 5),
                    try RuntimeVersion.API(id: [0x37, 0xe3, 0x97, 0xfc, 0x7c, 0x91, 0xf5, 0xe4], version: 2)]
        let version = RuntimeVersion(specName: "node-subtensor", implName: "node-subtensor", authoringVersion: 1,
                                     specVersion: 425, implVersion: 1, apis: apis, transactionVersion: 1,
                                     systemVersion: 1)
        let bytes = try checkCodec(version)
        let name = "38" + Hex.encode(Array("node-subtensor".utf8))
        let numbers = "01000000" + "a9010000" + "01000000"
        #expect(Hex.encode(bytes.prefix(42)) == name + name + numbers)
        #expect(Hex.encode(bytes[42..<55]) == "08" + "df6acb689907609b" + "05000000")
        #expect(Hex.encode(bytes.suffix(5)) == "01000000" + "01")
        #expect(throws: ScaleError(.invalidValue, "")) { try RuntimeVersion.API(id: [1, 2, 3], version: 1) }
    }

    @Test("ChainIdentity round-trips as seven byte strings")
    func chainIdentity() throws {
        let identity = ChainIdentity(name: Array("tao.bot".utf8), url: Array("https://tao.bot".utf8), image: [0xff],
                                     discord: Array("dan.taobot".utf8), additional: [0, 1])
        let bytes = try checkCodec(identity)
        #expect(Hex.encode(bytes.prefix(8)) == "1c" + Hex.encode(Array("tao.bot".utf8)))
        #expect(try [ChainIdentity?](scaleEncoded: [identity, nil].scaleEncoded) == [identity, nil])
    }
}
