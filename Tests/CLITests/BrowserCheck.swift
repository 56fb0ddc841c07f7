import Foundation

/// Pages checked in headless Chromium by `Tests/Interop/browser_check.py` (Chrome DevTools Protocol): console
/// errors, conditions that must come true, values, screenshots. Chromium is `$SWIFT_BITTENSOR_CHROMIUM`, else
/// `/usr/bin/chromium` (`scripts/test` installs Debian's).
enum BrowserCheck {
    /// One page to load and check.
    struct Page {
        var name: String
        var url: String
        var width = 1280
        var height = 900
        /// A JavaScript expression that must become truthy.
        var waitFor: String?
        /// A JavaScript expression whose value must change without a reload.
        var waitChange: String?
        /// JavaScript expressions to evaluate, by key.
        var evaluate: [String: String] = [:]
        /// Key presses (`Tab`, `Enter`, `Shift+Tab`).
        var keys: [String] = []
        /// Seconds the load, `waitFor` and `waitChange` may take together.
        var timeout = 45

        var plan: [String: Any] {
            var step: [String: Any] = ["name": name, "url": url, "width": width, "height": height, "timeout": timeout,
                                       "evaluate": evaluate, "keys": keys,
                                       "screenshot": BrowserCheck.outputDirectory + "/\(name).png"]
            if let waitFor { step["wait_for"] = waitFor }
            if let waitChange { step["wait_change"] = waitChange }
            return step
        }
    }

    /// Where screenshots go: `$SWIFT_BITTENSOR_TEST_OUTPUT/dashboard`, else `.build/test-output/dashboard`.
    static var outputDirectory: String {
        let base = ProcessInfo.processInfo.environment["SWIFT_BITTENSOR_TEST_OUTPUT"]
            ?? ProcessRunner.root.appendingPathComponent(".build/test-output").path
        return base + "/dashboard"
    }

    /// Loads `pages` in order in one tab and returns the driver's result (`ok`, and per page `console_errors`,
    /// `failures`, `values`, `screenshot_width`/`_height`/`_bytes`).
    /// - Throws: `TestFailure` when Chromium or the interop Python is missing or the driver gives no result.
    static func run(_ pages: [Page], timeout: TimeInterval = 240) throws -> [String: Any] {
        guard let python = ProcessRunner.interopPython else {
            throw TestFailure("no interop Python: run scripts/test, which creates .venv")
        }
        let chromium = ProcessInfo.processInfo.environment["SWIFT_BITTENSOR_CHROMIUM"] ?? "/usr/bin/chromium"
        guard FileManager.default.isExecutableFile(atPath: chromium) else {
            throw TestFailure("no Chromium at \(chromium): run scripts/test, which installs Debian's chromium")
        }
        try FileManager.default.createDirectory(atPath: outputDirectory, withIntermediateDirectories: true)
        let directory = try ProcessRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let planPath = directory + "/plan.json", resultPath = directory + "/result.json"
        try JSONSerialization.data(withJSONObject: ["pages": pages.map(\.plan)]).write(to: URL(fileURLWithPath: planPath))
        let script = ProcessRunner.root.appendingPathComponent("Tests/Interop/browser_check.py").path
        let run = try ProcessRunner.run(python, [script, "--chromium", chromium, "--plan", planPath, "--out", resultPath,
                                                 "--timeout", "\(Int(timeout))"], timeout: timeout + 30)
        guard let data = FileManager.default.contents(atPath: resultPath),
              let result = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw TestFailure("browser_check.py gave no result (status \(run.status)): \(run.stderr)")
        }
        return result
    }

    /// The result's pages by name.
    static func pages(_ result: [String: Any]) -> [String: [String: Any]] {
        let pages = result["pages"] as? [[String: Any]] ?? []
        return Dictionary(pages.map { ($0["name"] as? String ?? "", $0) }) { first, _ in first }
    }
}
