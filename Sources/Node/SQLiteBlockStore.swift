import Foundation
import GRDB
import NodeCore
import Primitives
import Runtime
import SCALE

/// Why a database could not be used.
public enum DatabaseFormatError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Written by a newer node.
    case newerFormat(found: Int, supported: Int)
    /// Not a node database, or damaged.
    case unreadable(String)

    public var description: String {
        switch self {
        case .newerFormat(let found, let supported):
            "the database was written in format \(found), newer than this node's format \(supported): "
                + "run a newer node, or use another --base-path"
        case .unreadable(let reason): "the database cannot be read: \(reason)"
        }
    }
}

/// The node's `BlockStore`: one SQLite database in WAL mode. Blocks (header and body, indexed by number and
/// hash) and the best block's state (one row per storage key) are written in one transaction per block, so a
/// crash at any instant leaves the last committed block and its state. Older states are not stored: the node
/// serves them from memory for recent blocks (`Chain.recentStateCount`).
public final class SQLiteBlockStore: BlockStore {
    /// The format this node writes.
    public static let formatVersion = 1
    private let database: DatabasePool

    /// Opens or creates the database at `path`.
    /// - Throws: `DatabaseFormatError` for a newer format or a file that is not a node database.
    public init(path: String) throws {
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            // WAL with NORMAL sync survives a killed process (not a power loss) and commits fast.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        do {
            database = try DatabasePool(path: path, configuration: configuration)
            try database.write { db in
                try db.execute(sql: """
                    CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value BLOB NOT NULL);
                    CREATE TABLE IF NOT EXISTS blocks (
                        number INTEGER PRIMARY KEY, hash BLOB NOT NULL UNIQUE, header BLOB NOT NULL, body BLOB NOT NULL);
                    CREATE TABLE IF NOT EXISTS state (key BLOB PRIMARY KEY, value BLOB NOT NULL) WITHOUT ROWID;
                    """)
                let stored = try Int.fetchOne(db, sql: "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'format'")
                if let stored, stored > Self.formatVersion {
                    throw DatabaseFormatError.newerFormat(found: stored, supported: Self.formatVersion)
                }
                if stored == nil {
                    try db.execute(sql: "INSERT INTO meta (key, value) VALUES ('format', ?)",
                                   arguments: [String(Self.formatVersion)])
                }
            }
        } catch let error as DatabaseFormatError {
            throw error
        } catch {
            throw DatabaseFormatError.unreadable("\(error)")
        }
    }

    public func genesisHash() throws -> H256? {
        try database.read { db in
            try Data.fetchOne(db, sql: "SELECT hash FROM blocks WHERE number = 0").map { try H256([UInt8]($0)) }
        }
    }

    public func bestHeader() throws -> Header? {
        try database.read { db in
            try Data.fetchOne(db, sql: "SELECT header FROM blocks ORDER BY number DESC LIMIT 1")
                .map { try Header(scaleEncoded: [UInt8]($0)) }
        }
    }

    public func hash(ofNumber number: UInt32) throws -> H256? {
        try database.read { db in
            try Data.fetchOne(db, sql: "SELECT hash FROM blocks WHERE number = ?", arguments: [Int64(number)])
                .map { try H256([UInt8]($0)) }
        }
    }

    public func block(hash: H256) throws -> Block? {
        try database.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT header, body FROM blocks WHERE hash = ?",
                                             arguments: [Data(hash.bytes)]) else { return nil }
            let header: Data = row["header"]
            let body: Data = row["body"]
            return Block(header: try Header(scaleEncoded: [UInt8](header)),
                         extrinsics: try [UncheckedExtrinsic](scaleEncoded: [UInt8](body)))
        }
    }

    public func bestState() throws -> [(key: [UInt8], value: [UInt8])] {
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT key, value FROM state ORDER BY key").map { row in
                let key: Data = row["key"]
                let value: Data = row["value"]
                return ([UInt8](key), [UInt8](value))
            }
        }
    }

    public func initialize(genesis: Block, state: [(key: [UInt8], value: [UInt8])]) throws {
        try database.write { db in
            try insert(genesis, into: db)
            for entry in state {
                try db.execute(sql: "INSERT INTO state (key, value) VALUES (?, ?)",
                               arguments: [Data(entry.key), Data(entry.value)])
            }
        }
    }

    public func commit(_ block: Block, changes: [StorageChange]) throws {
        try database.write { db in
            try insert(block, into: db)
            for change in changes {
                if let value = change.value {
                    try db.execute(sql: "INSERT OR REPLACE INTO state (key, value) VALUES (?, ?)",
                                   arguments: [Data(change.key), Data(value)])
                } else {
                    try db.execute(sql: "DELETE FROM state WHERE key = ?", arguments: [Data(change.key)])
                }
            }
        }
    }

    private func insert(_ block: Block, into db: Database) throws {
        try db.execute(sql: "INSERT INTO blocks (number, hash, header, body) VALUES (?, ?, ?, ?)",
                       arguments: [Int64(block.header.number), Data(block.hash.bytes),
                                   Data(block.header.scaleEncoded), Data(block.extrinsics.scaleEncoded)])
    }
}
