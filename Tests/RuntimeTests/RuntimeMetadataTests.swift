import BittensorTesting
import Foundation
import Hashing
import Metadata
import Primitives
@testable import Runtime
import SCALE
import Testing

/// The metadata codec against subtensor's recorded mainnet metadata, and this runtime's metadata against what
/// the runtime really encodes: calls, events, storage keys and values, constants and runtime-API results.
@Suite struct RuntimeMetadataTests {
    static let recordedBytes: [UInt8] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/Metadata/Resources/subtensor-mainnet-v15.scale")
        return [UInt8](try! Data(contentsOf: url))
    }()
    private static let building = Result {
        try RuntimeMetadataBuilder.build(from: RuntimeMetadata(prefixedV15: recordedBytes), slotDurationMilliseconds: 250)
    }
    static var built: RuntimeMetadata { get throws { try building.get() } }

    private func pallet(_ name: String, in built: RuntimeMetadata) throws -> PalletMetadata {
        try #require(built.pallets.first { $0.name == name })
    }

    @Test func recordedMetadataDecodesAndReencodesByteForByte() throws {
        let metadata = try RuntimeMetadata(prefixedV15: Self.recordedBytes)
        #expect(metadata.types.count == 712)
        #expect(metadata.pallets.count == 26)
        #expect(metadata.apis.count == 22)
        #expect(metadata.prefixedBytes(.v15) == Self.recordedBytes)
    }

    @Test func truncatedOrMalformedMetadataIsRefused() throws {
        let bytes = Self.recordedBytes
        for length in [0, 3, 4, 5, 6, 100, 10_000, bytes.count / 2, bytes.count - 1] {
            #expect(throws: ScaleError.self) { try RuntimeMetadata(prefixedV15: Array(bytes.prefix(length))) }
        }
        var wrongMagic = bytes
        wrongMagic[0] = 0x4d
        #expect(throws: ScaleError(.invalidValue, "")) { try RuntimeMetadata(prefixedV15: wrongMagic) }
        var v14 = bytes
        v14[4] = 14
        #expect(throws: ScaleError(.invalidValue, "")) { try RuntimeMetadata(prefixedV15: v14) }
        #expect(throws: ScaleError(.trailingBytes, "")) { try RuntimeMetadata(prefixedV15: bytes + [0]) }
    }

    @Test func builtMetadataRoundTripsAndKeepsOnlyReachableTypes() throws {
        let built = try Self.built
        let bytes = built.prefixedBytes(.v15)
        let decoded = try RuntimeMetadata(prefixedV15: bytes)
        #expect(decoded == built)
        #expect(decoded.retainingReachableTypes() == decoded)
        #expect(built.pallets.map(\.name) == ["System", "Timestamp", "Aura", "Balances", "TransactionPayment",
                                                   "SubtensorModule", "Sudo", "AdminUtils", "Swap"])
        #expect(built.extrinsic.version == 4)
        #expect(built.extrinsic.signedExtensions.map(\.identifier) == [
            "CheckNonZeroSender", "CheckSpecVersion", "CheckTxVersion", "CheckGenesis", "CheckMortality", "CheckNonce",
            "CheckWeight", "ChargeTransactionPayment", "SubtensorTransactionExtension", "DrandPriority",
            "CheckMetadataHash",
        ])
        for path in ["sp_core::crypto::AccountId32", "sp_runtime::multiaddress::MultiAddress", "sp_runtime::MultiSignature",
                     "sp_runtime::generic::era::Era", "primitive_types::H256", "frame_system::EventRecord",
                     RuntimeMetadata.uncheckedExtrinsicPath, "sp_runtime::generic::digest::DigestItem",
                     "sp_weights::weight_v2::Weight"] {
            #expect(built.typeId(path: path) != nil, "\(path) is in the registry")
        }
        #expect(bytes.count < Self.recordedBytes.count / 2, "pruned to \(bytes.count) bytes")
        let v14 = built.prefixedBytes(.v14)
        #expect(Array(v14.prefix(5)) == RuntimeMetadata.magic + [14])
    }

    @Test func everyCallVariantDecodesAsThisRuntimesCall() throws {
        let built = try Self.built
        let walker = MetadataWalker(types: built.types)
        let outer = walker.variants(of: built.outerEnums.callType)
        #expect(outer.map(\.index) == [0, 2, 5, 7, 12, 19])
        var count = 0
        for pallet in outer {
            let palletCalls = try #require(pallet.fields.first?.type)
            for call in walker.variants(of: palletCalls) {
                let bytes = [pallet.index, call.index] + call.fields.flatMap { walker.minimal($0.type) }
                let decoded = try RuntimeCall(scaleEncoded: bytes)
                #expect(decoded.scaleEncoded == bytes)
                #expect(decoded.name == "\(pallet.name).\(call.name)")
                count += 1
            }
        }
        #expect(count == 2 + 1 + 4 + 21 + 3 + Hyperparameter.allCases.count)
    }

    @Test func everyEventVariantDecodesAsThisRuntimesEvent() throws {
        let built = try Self.built
        let walker = MetadataWalker(types: built.types)
        var count = 0
        for pallet in walker.variants(of: built.outerEnums.eventType) {
            let palletEvents = try #require(pallet.fields.first?.type)
            for event in walker.variants(of: palletEvents) {
                let bytes = [pallet.index, event.index] + event.fields.flatMap { walker.minimal($0.type) }
                #expect(try RuntimeEvent(scaleEncoded: bytes).scaleEncoded == bytes, "\(pallet.name).\(event.name)")
                count += 1
            }
        }
        #expect(count == RuntimeMetadataTables.events.values.map(\.count).reduce(0, +))
    }

    @Test func errorsAreThisRuntimesErrorTables() throws {
        let built = try Self.built
        let walker = MetadataWalker(types: built.types)
        let subtensor = try pallet("SubtensorModule", in: built)
        let errors = walker.variants(of: try #require(subtensor.error))
        #expect(errors.map(\.name) == SubtensorError.allCases.map(\.name))
        #expect(errors.map(\.index) == SubtensorError.allCases.map(\.rawValue))
        #expect(walker.variants(of: built.outerEnums.errorType).map(\.index) == [0, 5, 7, 12, 19])
    }

    @Test func constantsAndStorageDefaultsDecodeAsTheirTypes() throws {
        let built = try Self.built
        let walker = MetadataWalker(types: built.types)
        for pallet in built.pallets {
            for constant in pallet.constants {
                try walker.check(constant.value, as: constant.type)
            }
            for entry in pallet.storage?.entries ?? [] where entry.modifier == .default {
                try walker.check(entry.defaultValue, as: entry.type.valueType)
            }
        }
        let aura = try pallet("Aura", in: built)
        #expect(aura.constants.first { $0.name == "SlotDuration" }?.value == UInt64(250).scaleEncoded)
        let balances = try pallet("Balances", in: built)
        #expect(balances.constants.first { $0.name == "ExistentialDeposit" }?.value == UInt64(500).scaleEncoded)
    }

    /// After a random workload over every call kind, every key in the state belongs to a storage item of the
    /// metadata, its key parts decode through the item's hashers, and its value decodes as the item's type.
    @Test func everyStoredKeyAndValueMatchesTheMetadata() throws {
        let built = try Self.built
        let walker = MetadataWalker(types: built.types)
        var chain = try DevChain()
        var workload = RandomWorkload(seed: 5)
        for _ in 0..<40 { _ = try chain.produceBlock(workload.extrinsics(for: chain, count: 12)) }

        var items: [[UInt8]: (name: String, entry: StorageEntryMetadata)] = [:]
        for pallet in built.pallets {
            for entry in pallet.storage?.entries ?? [] {
                items[StorageHasher.prefix(pallet: pallet.name, item: entry.name)] = ("\(pallet.name).\(entry.name)", entry)
            }
        }
        let chainConfig = Twox.hash128(Array("ChainConfig".utf8))
        var checked = Set<String>()
        for (key, value) in chain.state.committedEntries where Array(key.prefix(16)) != chainConfig {
            let item = try #require(items[Array(key.prefix(32))], "key 0x\(Hex.encode(key)) belongs to a metadata item")
            var reader = ScaleReader(key.dropFirst(32))
            if case .map(let hashers, let keyType, _) = item.entry.type {
                let keyTypes = hashers.count == 1 ? [keyType] : try #require(tupleElements(keyType, in: built))
                for (hasher, type) in zip(hashers, keyTypes) {
                    switch hasher {
                    case .blake2_128Concat: _ = try reader.readBytes(16)
                    case .twox64Concat: _ = try reader.readBytes(8)
                    case .identity: break
                    default: Issue.record("\(item.name) uses \(hasher), which does not keep its key")
                    }
                    try walker.skip(type, &reader)
                }
            }
            try reader.finish()
            do {
                try walker.check(value, as: item.entry.type.valueType)
            } catch {
                Issue.record("\(item.name) value 0x\(Hex.encode(value)) does not decode: \(error)")
            }
            checked.insert(item.name)
        }
        #expect(checked.count > 80, "the workload wrote \(checked.count) different items")
    }

    private func tupleElements(_ id: UInt32, in built: RuntimeMetadata) -> [UInt32]? {
        guard case .tuple(let elements) = built.types[Int(id)].definition else { return nil }
        return elements
    }

    /// Every runtime API method the metadata lists answers, and its result decodes as the declared output type.
    @Test func everyRuntimeAPIResultDecodesAsItsOutputType() throws {
        let built = try Self.built
        let walker = MetadataWalker(types: built.types)
        var chain = try DevChain()
        var workload = RandomWorkload(seed: 9)
        for _ in 0..<30 { _ = try chain.produceBlock(workload.extrinsics(for: chain, count: 12)) }
        let api = RuntimeMetadataAPI(built)
        var count = 0
        for trait in built.apis {
            for method in trait.methods {
                let name = "\(trait.name)_\(method.name)"
                var arguments = method.inputs.flatMap { walker.minimal($0.type) }
                if method.inputs.first?.name == "netuid" { arguments[0] = 1 }
                if name == "TransactionPaymentApi_query_info" {
                    let bob = DevChain.account(DevChain.key("//Bob"))
                    let transfer = chain.sign(.balances(.transferKeepAlive(dest: .id(bob), value: 1_000_000_000)),
                                              with: DevChain.key("//Alice")).encoded
                    arguments = transfer + UInt32(transfer.count).scaleEncoded
                }
                let result = RuntimeMetadataAPI.answers(name)
                    ? try api.call(name, arguments: arguments)
                    : try RuntimeAPI.call(name, arguments: arguments, on: chain.state)
                do {
                    try walker.check(result, as: method.output)
                } catch {
                    Issue.record("\(name) result does not decode as its output type: \(error)")
                }
                count += 1
            }
        }
        #expect(count == RuntimeAPI.methods.count + 3)
    }

    @Test func metadataAPIServesBothVersions() throws {
        let built = try Self.built
        let api = RuntimeMetadataAPI(built)
        let v15 = try api.call("Metadata_metadata_at_version", arguments: UInt32(15).scaleEncoded)
        #expect(try [UInt8]?(scaleEncoded: v15) == api.v15)
        let v14 = try api.call("Metadata_metadata_at_version", arguments: UInt32(14).scaleEncoded)
        #expect(try [UInt8]?(scaleEncoded: v14) == api.v14)
        #expect(try api.call("Metadata_metadata_at_version", arguments: UInt32(16).scaleEncoded) == [0])
        #expect(try api.call("Metadata_metadata_versions", arguments: []) == [UInt32(14), 15].scaleEncoded)
        #expect(try api.call("Metadata_metadata", arguments: []) == api.v14.scaleEncoded)
        #expect(throws: RuntimeAPIError.self) {
            try api.call("Metadata_metadata_at_version", arguments: [15, 0])
        }
    }
}
