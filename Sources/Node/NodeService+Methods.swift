import Foundation
import Hashing
import Keys
import Metadata
import NodeCore
import Primitives
import Runtime
import SCALE

/// The JSON-RPC methods (specs/substrate.md §6.2), with Substrate's parameter and result encodings.
extension NodeService {
    /// Every method this node answers (`rpc_methods`).
    public static let methods: [String] = [
        "account_nextIndex", "author_pendingExtrinsics", "author_submitAndWatchExtrinsic", "author_submitExtrinsic",
        "author_unwatchExtrinsic", "chain_getBlock", "chain_getBlockHash", "chain_getFinalisedHead",
        "chain_getFinalizedHead", "chain_getHead", "chain_getHeader", "chain_getRuntimeVersion",
        "chain_subscribeFinalizedHeads", "chain_subscribeNewHeads", "chain_unsubscribeFinalizedHeads",
        "chain_unsubscribeNewHeads", "rpc_methods", "state_call", "state_callAt", "state_getKeysPaged",
        "state_getKeysPagedAt", "state_getMetadata", "state_getRuntimeVersion", "state_getStorage", "state_getStorageAt",
        "state_queryStorageAt", "state_subscribeRuntimeVersion", "state_subscribeStorage",
        "state_unsubscribeRuntimeVersion", "state_unsubscribeStorage", "system_accountNextIndex", "system_chain",
        "system_chainType", "system_health", "system_name", "system_properties", "system_version",
    ]

    func dispatch(_ call: RPCCall, connection: RPCConnection?) -> Result<JSON, RPCError> {
        metrics.rpcCalls.increment()
        let result = Result { () throws(RPCError) -> JSON in try answer(call, connection: connection) }
        if case .failure = result { metrics.rpcErrors.increment() }
        return result
    }

    private func answer(_ call: RPCCall, connection: RPCConnection?) throws(RPCError) -> JSON {
        switch call.method {
        case "rpc_methods": .object(["methods": .array(Self.methods.map(JSON.string)), "version": .integer(1)])
        case "system_chain": .string(spec.name)
        case "system_name": .string(nodeName)
        case "system_version": .string(version)
        case "system_chainType": .string(spec.chainType)
        case "system_health": .object(["peers": .integer(0), "isSyncing": .bool(false), "shouldHavePeers": .bool(false)])
        case "system_properties":
            .object(["ss58Format": .integer(Int64(spec.properties.ss58Format)),
                     "tokenDecimals": .integer(Int64(spec.properties.tokenDecimals)),
                     "tokenSymbol": .string(spec.properties.tokenSymbol)])
        case "system_accountNextIndex", "account_nextIndex": try nextIndex(call)
        case "chain_getHead", "chain_getBlockHash": try blockHash(call)
        case "chain_getFinalizedHead", "chain_getFinalisedHead": ChainJSON.hash(chain.best.hash)
        case "chain_getHeader": try header(call)
        case "chain_getBlock": try block(call)
        case "chain_subscribeNewHeads": try subscribeHeads(.newHeads, method: "chain_newHead", connection)
        case "chain_subscribeFinalizedHeads": try subscribeHeads(.finalizedHeads, method: "chain_finalizedHead", connection)
        case "chain_unsubscribeNewHeads", "chain_unsubscribeFinalizedHeads", "state_unsubscribeStorage",
             "state_unsubscribeRuntimeVersion", "author_unwatchExtrinsic":
            try removeSubscription(call)
        case "state_getRuntimeVersion", "chain_getRuntimeVersion": try runtimeVersion(call)
        case "state_getMetadata": try metadataV14(call)
        case "state_subscribeRuntimeVersion": try subscribeRuntimeVersion(connection)
        case "state_getStorage", "state_getStorageAt": try storage(call)
        case "state_getKeysPaged", "state_getKeysPagedAt": try keysPaged(call)
        case "state_queryStorageAt": try queryStorage(call)
        case "state_subscribeStorage": try subscribeStorage(call, connection)
        case "state_call", "state_callAt": try stateCall(call)
        case "author_submitExtrinsic": try submit(call, watch: nil)
        case "author_submitAndWatchExtrinsic": try submit(call, watch: connection)
        case "author_pendingExtrinsics": .array(chain.pool.all.map { ChainJSON.hex($0.extrinsic.encoded) })
        default: throw .methodNotFound(call.method)
        }
    }

    /// `state_getMetadata`: the V14 metadata, the same for every block (one runtime serves them all).
    private func metadataV14(_ call: RPCCall) throws(RPCError) -> JSON {
        _ = try state(at: call.blockHash(0))
        return ChainJSON.hex(try metadataAPI().v14)
    }

    /// The runtime's metadata, built on first use.
    private func metadataAPI() throws(RPCError) -> RuntimeMetadataAPI {
        if let metadata { return metadata }
        do {
            let built = RuntimeMetadataAPI(try RuntimeMetadataBuilder.build(
                from: RecordedMetadata.subtensorMainnet(), slotDurationMilliseconds: spec.blockTimeMilliseconds))
            metadata = built
            return built
        } catch {
            throw .internalError("the runtime's metadata cannot be built: \(error)")
        }
    }

    /// The state after block `hash` (the best block when nil).
    /// - Throws: Substrate's "unknown block" error for blocks whose state is gone or never existed.
    func state(at hash: H256?) throws(RPCError) -> StorageState {
        guard let hash else { return chain.bestState }
        guard let state = chain.state(at: hash) else {
            throw RPCError(code: 4003, message: "Client error: Api called for an unknown Block: "
                + "State already discarded for \(hash)")
        }
        return state
    }

    /// One runtime serves every block, so only the block's existence is checked.
    private func runtimeVersion(_ call: RPCCall) throws(RPCError) -> JSON {
        _ = try state(at: call.blockHash(0))
        return ChainJSON.runtimeVersion(RuntimeAPI.version)
    }

    private func nextIndex(_ call: RPCCall) throws(RPCError) -> JSON {
        guard let address = call.optional(0)?.stringValue else { throw .invalidParams("an SS58 address is required") }
        let account: AccountId32
        do {
            let decoded = address.hasPrefix("0x") ? (try Hex.decode(address), UInt16(0)) : try SS58.decode(address)
            account = try AccountId32(decoded.0)
        } catch {
            throw .invalidParams("\(address) is not an account address: \(error)")
        }
        return .integer(Int64(chain.nextNonce(of: account)))
    }

    private func blockHash(_ call: RPCCall) throws(RPCError) -> JSON {
        let hashOf = { (number: UInt64) throws(RPCError) -> JSON in
            guard number <= UInt64(UInt32.max) else { return .null }
            do {
                return try self.chain.hash(ofNumber: UInt32(number)).map(ChainJSON.hash) ?? .null
            } catch {
                throw .internalError("\(error)")
            }
        }
        switch call.optional(0) {
        case nil: return ChainJSON.hash(chain.best.hash)
        case .array(let numbers):
            var hashes: [JSON] = []
            for number in numbers {
                guard let value = number.unsignedValue else { throw .invalidParams("block numbers are integers") }
                hashes.append(try hashOf(value))
            }
            return .array(hashes)
        case .string(let text):
            guard let value = UInt64(text.hasPrefix("0x") ? String(text.dropFirst(2)) : text,
                                     radix: text.hasPrefix("0x") ? 16 : 10) else {
                throw .invalidParams("\(text) is not a block number")
            }
            return try hashOf(value)
        case let other?:
            guard let value = other.unsignedValue else { throw .invalidParams("the block number must be an integer") }
            return try hashOf(value)
        }
    }

    private func storedBlock(_ hash: H256?) throws(RPCError) -> Block? {
        do {
            return try chain.block(hash: hash ?? chain.best.hash)
        } catch {
            throw .internalError("\(error)")
        }
    }

    private func header(_ call: RPCCall) throws(RPCError) -> JSON {
        try storedBlock(call.blockHash(0)).map { ChainJSON.header($0.header) } ?? .null
    }

    private func block(_ call: RPCCall) throws(RPCError) -> JSON {
        try storedBlock(call.blockHash(0)).map(ChainJSON.block) ?? .null
    }

    private func storage(_ call: RPCCall) throws(RPCError) -> JSON {
        let key = try call.bytes(0, name: "the storage key")
        return try state(at: call.blockHash(1)).value(forKey: key).map(ChainJSON.hex) ?? .null
    }

    private func keysPaged(_ call: RPCCall) throws(RPCError) -> JSON {
        let prefix = call.optional(0) == nil ? [] : try call.bytes(0, name: "the key prefix")
        let count = try call.unsigned(1, name: "count")
        guard count <= 1000 else { throw .invalidParams("count is at most 1000") }
        let start = call.optional(2) == nil ? nil : try call.bytes(2, name: "the start key")
        let keys = try state(at: call.blockHash(3)).keys(withPrefix: prefix)
            .filter { start == nil || start!.lexicographicallyPrecedes($0) }
            .prefix(Int(count))
        return .array(keys.map(ChainJSON.hex))
    }

    private func queryStorage(_ call: RPCCall) throws(RPCError) -> JSON {
        guard case .array(let keys)? = call.optional(0) else { throw .invalidParams("the keys must be an array") }
        guard keys.count <= 1000 else { throw .invalidParams("at most 1000 keys") }
        let hash = try call.blockHash(1) ?? chain.best.hash
        let state = try state(at: hash)
        var changes: [JSON] = []
        for (index, key) in keys.enumerated() {
            let bytes = try RPCCall(method: "", params: [key]).bytes(0, name: "key \(index)")
            changes.append(.array([ChainJSON.hex(bytes), state.value(forKey: bytes).map(ChainJSON.hex) ?? .null]))
        }
        return .array([.object(["block": ChainJSON.hash(hash), "changes": .array(changes)])])
    }

    private func stateCall(_ call: RPCCall) throws(RPCError) -> JSON {
        guard let method = call.optional(0)?.stringValue else { throw .invalidParams("the method name must be a string") }
        let arguments = call.optional(1) == nil ? [] : try call.bytes(1, name: "the call data")
        let state = try state(at: call.blockHash(2))
        do {
            if RuntimeMetadataAPI.answers(method) {
                return ChainJSON.hex(try metadataAPI().call(method, arguments: arguments))
            }
            return ChainJSON.hex(try RuntimeAPI.call(method, arguments: arguments, on: state))
        } catch let error as RuntimeAPIError {
            if case .unknownMethod = error {
                throw RPCError(code: 4003, message: "Client error: Execution failed: Exported method \(method) is not found")
            }
            throw RPCError(code: 4003, message: "Client error: Execution failed: \(error)")
        } catch {
            throw .internalError("\(error)")
        }
    }

    private func submit(_ call: RPCCall, watch connection: RPCConnection?) throws(RPCError) -> JSON {
        let bytes = try call.bytes(0, name: "the extrinsic")
        let extrinsic: UncheckedExtrinsic
        do {
            extrinsic = try UncheckedExtrinsic(scaleEncoded: bytes)
        } catch {
            throw RPCError(code: 1001, message: "Extrinsic has invalid format: \(error)")
        }
        let watchID = try connection.map { connection throws(RPCError) in
            try addSubscription(.extrinsic(extrinsic.hash), connection: connection)
        }
        let hash: H256
        do {
            hash = try chain.submit(extrinsic, signatureVerified: verifiedSubmissions.contains(extrinsic.hash))
        } catch {
            if let watchID { subscriptions[watchID] = nil }
            throw Self.rpcError(error)
        }
        metrics.readyTransactions.set(Int64(chain.pool.count))
        scheduleInstantSeal()
        guard let watchID else { return ChainJSON.hash(hash) }
        let future = chain.pool.entry(hash)?.validity.isFuture ?? false
        defer { sendAfterResponse(watchID, method: "author_extrinsicUpdate", .string(future ? "future" : "ready")) }
        return .string(watchID)
    }

    /// The author-API error for a pool rejection (specs/substrate.md §6.3).
    static func rpcError(_ error: PoolError) -> RPCError {
        switch error {
        case .rejected(.invalid(.invalid(let reason))):
            RPCError(code: 1010, message: "Invalid Transaction", data: .string(invalidTransactionText(reason)))
        case .rejected(.invalid(.unknown(let reason))):
            RPCError(code: 1011, message: "Unknown Transaction Validity", data: .string("\(reason)"))
        case .rejected(.undecodable(let reason)):
            RPCError(code: 1002, message: "Verification Error: \(reason)", data: .string(reason))
        default:
            RPCError(code: error.rpcCode, message: error.description)
        }
    }

    static func invalidTransactionText(_ reason: InvalidTransaction) -> String {
        switch reason {
        case .call: "Transaction call is not expected"
        case .payment: "Inability to pay some fees (e.g. account balance too low)"
        case .future: "Transaction will be valid in the future"
        case .stale: "Transaction is outdated"
        case .badProof: "Transaction has a bad signature"
        case .ancientBirthBlock: "Transaction has an ancient birth block"
        case .exhaustsResources: "Transaction would exhaust the block limits"
        case .badMandatory: "A call was labelled as mandatory, but resulted in an Error."
        case .mandatoryValidation: "Transaction dispatch is mandatory; transactions must not be validated."
        case .badSigner: "Invalid signing address"
        case .custom(let code): "Custom error: \(code)"
        }
    }
}
