import Foundation

/// The dashboard's own script, style sheet and icon, read once from the module's resources: every byte a page
/// loads comes from this server (no CDN, no external fonts). Looked up by exact name, never by file path.
struct DashboardAssets: Sendable {
    /// One asset: its bytes and content type.
    struct Asset: Sendable {
        /// The file's bytes.
        let bytes: [UInt8]
        /// Its `Content-Type`.
        let contentType: String
    }

    /// The assets by name.
    let byName: [String: Asset]

    /// Reads the assets from the module's resource bundle.
    /// - Throws: `CocoaError` when one is missing from the bundle.
    init() throws {
        let files = ["dashboard.js": "text/javascript; charset=utf-8", "dashboard.css": "text/css; charset=utf-8",
                     "favicon.svg": "image/svg+xml"]
        var byName: [String: Asset] = [:]
        for (name, type) in files {
            let parts = name.split(separator: ".")
            guard let url = Bundle.module.url(forResource: String(parts[0]), withExtension: String(parts[1])) else {
                throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: name])
            }
            byName[name] = Asset(bytes: [UInt8](try Data(contentsOf: url)), contentType: type)
        }
        self.byName = byName
    }
}
