import Hashing
import Metadata
import Primitives
import SCALE

/// A reason this runtime's metadata cannot be built from the recorded mainnet metadata: a call, event,
/// storage item or constant this runtime has that the recorded metadata does not describe the same way.
public struct RuntimeMetadataError: Error, CustomStringConvertible, Sendable {
    /// What does not match.
    public let description: String
}

/// Builds this runtime's metadata (V14 and V15) from subtensor's recorded mainnet V15 metadata, keeping only what
/// this runtime really has (specs/substrate.md §7.3): its pallets, the calls it dispatches, the events it emits
/// at HEAD's indices, its error tables, every storage item it declares with its own defaults and hashers, its
/// constants and the runtime APIs `state_call` answers. Types, names and docs come from the recording, so the
/// Python SDK and polkadot.js find the paths they expect.
public enum RuntimeMetadataBuilder {
    /// The runtime API methods the metadata module answers itself (`Metadata_*`).
    static let metadataMethods = ["Metadata_metadata", "Metadata_metadata_at_version", "Metadata_metadata_versions"]

    /// This runtime's metadata for a chain whose blocks are `slotDurationMilliseconds` apart, narrowed from
    /// `recorded` (`RecordedMetadata.subtensorMainnet()`, which the caller reads: the runtime does no I/O).
    /// - Throws: `RuntimeMetadataError` when the recording lacks something this runtime has (a bug).
    public static func build(from recorded: RuntimeMetadata, slotDurationMilliseconds: UInt64) throws -> RuntimeMetadata {
        var editor = MetadataEditor(recorded)
        let constants = RuntimeMetadataTables.constants(slotDurationMilliseconds: slotDurationMilliseconds)
        var pallets = [PalletMetadata]()
        for (name, index) in RuntimeMetadataTables.pallets {
            guard var pallet = editor.metadata.pallets.first(where: { $0.name == name }), pallet.index == index else {
                throw RuntimeMetadataError(description: "the recorded metadata has no pallet \(name) at index \(index)")
            }
            pallet.calls = try editor.keepVariants(of: pallet.calls, RuntimeMetadataTables.calls[name] ?? [],
                                                   what: "\(name) call",
                                                   unrecorded: name == "AdminUtils" ? unrecordedSetters(&editor) : [:])
            pallet.event = try editor.keepVariants(of: pallet.event, RuntimeMetadataTables.events[name] ?? [],
                                                   what: "\(name) event")
            pallet.error = try editor.replaceVariants(of: pallet.error, RuntimeMetadataTables.errors[name] ?? [])
            pallet.constants = try (constants[name] ?? []).map { constant in
                guard var recorded = pallet.constants.first(where: { $0.name == constant.name }) else {
                    throw RuntimeMetadataError(description: "the recorded metadata has no constant \(name).\(constant.name)")
                }
                recorded.value = constant.value
                return recorded
            }
            pallet.storage = try storage(of: pallet, editor: &editor)
            pallets.append(pallet)
        }
        editor.metadata.pallets = pallets
        try editor.keepOuterVariants(of: editor.metadata.outerEnums.callType, pallets: pallets.filter { $0.calls != nil })
        try editor.keepOuterVariants(of: editor.metadata.outerEnums.eventType, pallets: pallets.filter { $0.event != nil })
        try editor.keepOuterVariants(of: editor.metadata.outerEnums.errorType, pallets: pallets.filter { $0.error != nil })
        let answered = Set(RuntimeAPI.methods + metadataMethods)
        editor.metadata.apis = editor.metadata.apis.compactMap { api in
            var api = api
            api.methods = api.methods.filter { answered.contains("\(api.name)_\($0.name)") }
            return api.methods.isEmpty ? nil : api
        }
        try editor.appendFields(to: "pallet_subtensor_swap_runtime_api::SimSwapResult", [
            ("tao_slippage", .u64, "TaoCurrency"), ("alpha_slippage", .u64, "AlphaCurrency"),
        ])
        let described = Set(editor.metadata.apis.flatMap { api in api.methods.map { "\(api.name)_\($0.name)" } })
        if let missing = answered.subtracting(described).sorted().first {
            throw RuntimeMetadataError(description: "the recorded metadata does not describe the runtime API \(missing)")
        }
        return editor.metadata.retainingReachableTypes()
    }

    /// The fields of the hyperparameter setters the recording predates: the netuid, when the setter takes one,
    /// then the value, named as `RuntimeMetadataTables.unrecordedSetterValueNames` says.
    private static func unrecordedSetters(_ editor: inout MetadataEditor) -> [UInt8: [TypeField]] {
        var setters = [UInt8: [TypeField]]()
        for (hyperparameter, valueName) in RuntimeMetadataTables.unrecordedSetterValueNames {
            let netuid = hyperparameter.takesNetuid
                ? [TypeField(name: "netuid", type: editor.primitiveType(.u16), typeName: "NetUid")] : []
            let value: [TypeField] = switch hyperparameter.kind {
            case .u8: [TypeField(name: valueName, type: editor.primitiveType(.u8), typeName: "u8")]
            case .u16: [TypeField(name: valueName, type: editor.primitiveType(.u16), typeName: "u16")]
            case .u64: [TypeField(name: valueName, type: editor.primitiveType(.u64), typeName: "u64")]
            case .bool: [TypeField(name: valueName, type: editor.primitiveType(.bool), typeName: "bool")]
            case .i16: [TypeField(name: valueName, type: editor.primitiveType(.i16), typeName: "i16")]
            case .u16Pair: [TypeField(name: valueName + "_low", type: editor.primitiveType(.u16), typeName: "u16"),
                            TypeField(name: valueName + "_high", type: editor.primitiveType(.u16), typeName: "u16")]
            }
            setters[hyperparameter.rawValue] = netuid + value
        }
        return setters
    }

    /// The pallet's storage: every item this runtime declares in it, typed as the recording types it (or as
    /// `RuntimeStorageTypes` says for items the recording predates), with this runtime's hashers and defaults.
    private static func storage(of pallet: PalletMetadata, editor: inout MetadataEditor) throws -> PalletStorageMetadata? {
        let declared = DeclaredStorage.all.filter { $0.pallet == pallet.name }
        guard !declared.isEmpty else { return nil }
        let entries = try declared.map { item in
            let hashers = item.keyHashers.map(MetadataEditor.hasherTag)
            let type: StorageEntryType
            if let recorded = pallet.storage?.entries.first(where: { $0.name == item.item }) {
                if case .map(let recordedHashers, _, _) = recorded.type, recordedHashers != hashers {
                    throw RuntimeMetadataError(description: "\(pallet.name).\(item.item) hashers \(hashers) differ from the recorded \(recordedHashers)")
                }
                type = recorded.type
            } else {
                type = try editor.storageType(of: item, hashers: hashers)
            }
            return StorageEntryMetadata(name: item.item, modifier: item.encodedDefault == nil ? .optional : .default,
                                        type: type, defaultValue: item.encodedDefault ?? [0])
        }
        return PalletStorageMetadata(prefix: pallet.name, entries: entries)
    }
}
