import Hashing
import Keys
import Primitives
import Runtime
import SCALE

/// Chain queries: block hashes, headers, the runtime version, storage and `state_call`.
extension Client {
    /// The hash of block `number`, or of the best block when nil; nil when there is no such block.
    public func blockHash(_ number: UInt32? = nil) async throws -> H256? {
        let reply = try await call("chain_getBlockHash", number.map { [.integer(Int64($0))] } ?? [])
        guard let text = reply.string else { return nil }
        return try Self.decodeHash(text, "chain_getBlockHash")
    }

    /// The header of block `hash`, or of the best block when nil.
    /// - Throws: `ClientError` `.malformedReply` when the node knows no such block.
    public func header(_ hash: H256? = nil) async throws -> Header {
        let reply = try await call("chain_getHeader", hash.map { [.string($0.description)] } ?? [])
        return try Self.decodeHeader(reply)
    }

    /// The runtime's version (spec and transaction versions feed every signature).
    public func runtimeVersion() async throws -> (specVersion: UInt32, transactionVersion: UInt32) {
        let reply = try await call("state_getRuntimeVersion")
        guard let spec = reply["specVersion"]?.int64, let transaction = reply["transactionVersion"]?.int64,
              let specVersion = UInt32(exactly: spec), let transactionVersion = UInt32(exactly: transaction) else {
            throw ClientError(.malformedReply, "state_getRuntimeVersion: \(reply)")
        }
        return (specVersion, transactionVersion)
    }

    /// The raw value at storage `key` after block `hash` (the best block when nil); nil when absent.
    public func storage(_ key: [UInt8], at hash: H256? = nil) async throws -> [UInt8]? {
        var params: [JSONValue] = [.string(Hex.encode(key, prefixed: true))]
        if let hash { params.append(.string(hash.description)) }
        let reply = try await call("state_getStorage", params)
        guard let text = reply.string else { return nil }
        return try Self.decodeHex(text, "state_getStorage")
    }

    /// The value at a storage key decoded as `T`; nil when absent.
    public func storage<T: ScaleDecodable>(_ key: [UInt8], as type: T.Type, at hash: H256? = nil) async throws -> T? {
        guard let bytes = try await storage(key, at: hash) else { return nil }
        return try Self.decode(T.self, bytes, "storage \(Hex.encode(key, prefixed: true))")
    }

    /// Calls runtime API `method` (`NeuronInfoRuntimeApi_get_neurons_lite`) with SCALE `arguments`.
    public func stateCall(_ method: String, _ arguments: [UInt8] = [], at hash: H256? = nil) async throws -> [UInt8] {
        var params: [JSONValue] = [.string(method), .string(Hex.encode(arguments, prefixed: true))]
        if let hash { params.append(.string(hash.description)) }
        let reply = try await call("state_call", params)
        guard let text = reply.string else { throw ClientError(.malformedReply, "state_call \(method): \(reply)") }
        return try Self.decodeHex(text, "state_call \(method)")
    }

    /// `System.Account` of `account`: nonce and balances (the empty record when the account does not exist).
    public func accountInfo(_ account: AccountId32) async throws -> AccountInfo {
        try await storage(SystemStorage.account.storageKey(account), as: AccountInfo.self) ?? AccountInfo()
    }

    /// The next nonce for `account`, counting its transactions waiting in the pool (`system_accountNextIndex`).
    public func nextNonce(_ account: AccountId32) async throws -> UInt32 {
        let reply = try await call("system_accountNextIndex", [.string(account.ss58Address)])
        guard let value = reply.int64, let nonce = UInt32(exactly: value) else {
            throw ClientError(.malformedReply, "system_accountNextIndex: \(reply)")
        }
        return nonce
    }

    /// The account that may dispatch calls as root (`Sudo.Key`); nil on a chain without sudo.
    public func sudoKey() async throws -> AccountId32? {
        try await storage(SudoStorage.key.key, as: AccountId32.self)
    }

    /// The best block's number.
    public func blockNumber() async throws -> UInt32 { try await header().number }

    static func decodeHex(_ text: String, _ what: String) throws -> [UInt8] {
        do {
            return try Hex.decode(text)
        } catch {
            throw ClientError(.malformedReply, "\(what): \(text.prefix(80)) is not hex: \(error)")
        }
    }

    static func decodeHash(_ text: String, _ what: String) throws -> H256 {
        do {
            return try H256(decodeHex(text, what))
        } catch let error as ClientError {
            throw error
        } catch {
            throw ClientError(.malformedReply, "\(what): \(text) is not a 32-byte hash")
        }
    }

    static func decode<T: ScaleDecodable>(_ type: T.Type, _ bytes: [UInt8], _ what: String) throws -> T {
        do {
            return try T(scaleEncoded: bytes)
        } catch {
            throw ClientError(.malformedReply, "\(what) does not decode as \(T.self): \(error)")
        }
    }

    /// A header from `chain_getHeader`'s JSON.
    static func decodeHeader(_ json: JSONValue) throws -> Header {
        guard let parent = json["parentHash"]?.string, let numberText = json["number"]?.string,
              let number = UInt32(numberText.dropFirst(2), radix: 16), let stateRoot = json["stateRoot"]?.string,
              let extrinsicsRoot = json["extrinsicsRoot"]?.string, case .array(let logs)? = json["digest"]?["logs"] else {
            throw ClientError(.malformedReply, "not a header: \(json)")
        }
        let digest = try logs.map { log -> DigestItem in
            guard let text = log.string else { throw ClientError(.malformedReply, "digest log \(log) is not hex") }
            return try decode(DigestItem.self, try decodeHex(text, "digest log"), "digest log")
        }
        return Header(parentHash: try decodeHash(parent, "parentHash"), number: number,
                      stateRoot: try decodeHash(stateRoot, "stateRoot"),
                      extrinsicsRoot: try decodeHash(extrinsicsRoot, "extrinsicsRoot"), digest: digest)
    }
}
