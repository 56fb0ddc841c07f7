extension RuntimeMetadata {
    /// The metadata with only the types reachable from its pallets, extrinsic, runtime type, APIs, outer enums
    /// and custom values, renumbered 0, 1, 2, … in their old order. Edits that drop pallets, calls, events,
    /// storage items or APIs leave unreachable types behind; this removes them.
    public func retainingReachableTypes() -> RuntimeMetadata {
        var reachable = Set<UInt32>()
        var pending = rootTypes
        while let id = pending.popLast() {
            guard reachable.insert(id).inserted else { continue }
            let type = types[Int(id)]
            pending += type.definition.referencedTypes + type.parameters.compactMap(\.type)
        }
        let kept = reachable.sorted()
        var newId = [UInt32: UInt32](minimumCapacity: kept.count)
        for (position, old) in kept.enumerated() { newId[old] = UInt32(position) }
        let map = { (old: UInt32) -> UInt32 in newId[old]! }

        var pruned = self
        pruned.types = kept.map { old in
            var type = types[Int(old)]
            type.definition = type.definition.mappingTypes(map)
            type.parameters = type.parameters.map { TypeParameter(name: $0.name, type: $0.type.map(map)) }
            return type
        }
        pruned.pallets = pallets.map { pallet in
            var pallet = pallet
            pallet.calls = pallet.calls.map(map)
            pallet.event = pallet.event.map(map)
            pallet.error = pallet.error.map(map)
            pallet.constants = pallet.constants.map { var constant = $0; constant.type = map(constant.type); return constant }
            if let entries = pallet.storage?.entries {
                pallet.storage?.entries = entries.map { entry in
                    var entry = entry
                    switch entry.type {
                    case .plain(let value): entry.type = .plain(map(value))
                    case .map(let hashers, let key, let value):
                        entry.type = .map(hashers: hashers, key: map(key), value: map(value))
                    }
                    return entry
                }
            }
            return pallet
        }
        pruned.extrinsic.addressType = map(extrinsic.addressType)
        pruned.extrinsic.callType = map(extrinsic.callType)
        pruned.extrinsic.signatureType = map(extrinsic.signatureType)
        pruned.extrinsic.extraType = map(extrinsic.extraType)
        pruned.extrinsic.uncheckedExtrinsicType = map(extrinsic.uncheckedExtrinsicType)
        pruned.extrinsic.signedExtensions = extrinsic.signedExtensions.map {
            var signedExtension = $0
            signedExtension.type = map(signedExtension.type)
            signedExtension.additionalSigned = map(signedExtension.additionalSigned)
            return signedExtension
        }
        pruned.runtimeType = map(runtimeType)
        pruned.apis = apis.map { api in
            var api = api
            api.methods = api.methods.map { method in
                var method = method
                method.inputs = method.inputs.map { var input = $0; input.type = map(input.type); return input }
                method.output = map(method.output)
                return method
            }
            return api
        }
        pruned.outerEnums = OuterEnums(callType: map(outerEnums.callType), eventType: map(outerEnums.eventType),
                                       errorType: map(outerEnums.errorType))
        pruned.custom = custom.map { ($0.name, map($0.type), $0.value) }
        return pruned
    }
}
