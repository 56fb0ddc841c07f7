import Foundation
@testable import Neurons
import Testing

/// Atomic writes: writers racing to one file all succeed and leave one whole version, never a mix or a stray
/// temporary.
@Suite struct AtomicFileTests {
    @Test func racingWritersLeaveOneWholeVersion() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/checkpoint.bin"
        let versions = (0..<8).map { Data(repeating: UInt8($0), count: 1 << 20) }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for version in versions { group.addTask { try AtomicFile.write(version, to: path) } }
            try await group.waitForAll()
        }
        let written = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(versions.contains(written))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["checkpoint.bin"], "no temporary left")
    }
}
