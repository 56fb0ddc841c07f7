import Foundation

/// The local network's folders: `run/` (wallets, validator state, logs) is emptied at every start because the
/// development chain starts afresh; `checkpoints/` keeps trained models between runs.
struct WorkFolders {
    let root: String
    var run: String { root + "/run" }
    var wallets: String { run + "/wallets" }
    var logs: String { run + "/logs" }
    var checkpoints: String { root + "/checkpoints" }

    /// Creates the folders, emptying `run/`.
    /// - Throws: a file-system error.
    init(root: String) throws {
        self.root = root
        let files = FileManager.default
        if files.fileExists(atPath: root + "/run") { try files.removeItem(atPath: root + "/run") }
        for folder in [wallets, logs, checkpoints] { try files.createDirectory(atPath: folder, withIntermediateDirectories: true) }
    }
}
