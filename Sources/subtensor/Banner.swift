import Foundation
import NodeCore

/// Substrate-style log lines on standard error: a timestamp, then the message.
struct Banner: Sendable {
    func print(_ message: String) {
        let stamp = Date().formatted(.iso8601.year().month().day().dateSeparator(.dash).time(includingFractionalSeconds: false)
            .timeSeparator(.colon).dateTimeSeparator(.space))
        FileHandle.standardError.write(Data("\(stamp) \(message)\n".utf8))
    }

    /// `✨ Imported #12 (0x1234…abcd), 3 extrinsics`.
    static func imported(_ authored: AuthoredBlock) -> String {
        let hash = authored.block.hash.description
        let short = "\(hash.prefix(6))…\(hash.suffix(4))"
        return "✨ Imported #\(authored.block.header.number) (\(short)), \(authored.block.extrinsics.count) extrinsics"
    }
}
