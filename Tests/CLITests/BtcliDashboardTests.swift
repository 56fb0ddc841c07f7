import Client
import Foundation
import Keys
import Primitives
import Testing

/// `btcli view dashboard` against a real dev node: its pages in headless Chromium, its refusals, and a node
/// restart underneath it.
@Suite("btcli view dashboard", .serialized)
final class BtcliDashboardTests {
    let alice = try! Keypair(uri: "//Alice", cryptoType: .sr25519)

    /// Starts `btcli view dashboard --port 0` for the node at `url`; returns the process and its base URL.
    static func startDashboard(node url: String, extra: [String] = []) throws -> (BackgroundProcess, String) {
        let process = try BackgroundProcess(ProcessRunner.btcli, ["view", "dashboard", "--port", "0", "--network", url] + extra)
        let address = try process.waitForLine(after: "Dashboard: ").split(separator: " ").first.map(String.init) ?? ""
        guard address.hasPrefix("http://127.0.0.1:"), address.hasSuffix("/") else {
            throw TestFailure("dashboard printed no address: \(process.output)")
        }
        return (process, String(address.dropLast()))
    }

    /// Creates a subnet owned by Alice with `hotkeys` registered beside the owner's and stake on the owner.
    func createSubnet(_ client: Client, hotkeys: [String]) async throws -> UInt16 {
        let owner = try AccountId32(Keypair(uri: "//Alice//owner", cryptoType: .sr25519).publicKey)
        let created = try await client.submit(.subtensor(.registerNetwork(hotkey: owner)), signer: alice)
        let netuid = try #require(created.subtensorEvents.compactMap { event -> UInt16? in
            if case .networkAdded(let netuid, _) = event { netuid } else { nil }
        }.first)
        #expect(try await client.submit(.subtensor(.startCall(netuid: netuid)), signer: alice).isSuccess)
        for (parameter, value) in [(Hyperparameter.targetRegistrationsPerInterval, UInt64(64)), (.maxRegistrationsPerBlock, 64)] {
            let setter = AdminUtilsCall(parameter, netuid: netuid, value: parameter.kind == .u64 ? .u64(value) : .u16(UInt16(value)))
            #expect(try await client.submit(.sudo(.sudo(.adminUtils(setter))), signer: alice).isSuccess)
        }
        for uri in hotkeys {
            let hotkey = try AccountId32(Keypair(uri: uri, cryptoType: .sr25519).publicKey)
            #expect(try await client.submit(.subtensor(.burnedRegister(netuid: netuid, hotkey: hotkey)), signer: alice).isSuccess)
        }
        #expect(try await client.submit(.subtensor(.addStake(hotkey: owner, netuid: netuid, amount: 50_000_000_000)),
                                        signer: alice).isSuccess)
        return netuid
    }

    @Test("every page loads in Chromium without console errors, the head advances without a reload, the metagraph lists the neurons, a screenshot per page")
    func pagesInChromium() async throws {
        let node = try LocalNode(["--dev"])
        let client = try Client(url: node.url, timeout: .seconds(30))
        let netuid = try await createSubnet(client, hotkeys: ["//Bob//hot", "//Charlie//hot", "//Dave//hot"])
        let neurons = try #require(try await client.metagraph(netuid: netuid)).hotkeys.count
        #expect(neurons == 4)
        let (dashboard, base) = try Self.startDashboard(node: node.url)
        defer { dashboard.stop() }
        let aliceAddress = try AccountId32(alice.publicKey).ss58Address
        let rows = "document.querySelectorAll('table#metagraph tbody tr').length"
        let plan: [BrowserCheck.Page] = [
            .init(name: "chain", url: base + "/", waitFor: "document.querySelectorAll('table#blocks tbody tr').length > 0",
                  waitChange: "document.getElementById('head-number').textContent",
                  evaluate: ["extrinsics": "document.querySelectorAll('table#extrinsics tbody tr').length"]),
            .init(name: "subnets", url: base + "/subnets", waitFor: "document.querySelector('table#subnets') !== null",
                  evaluate: ["subnets": "document.querySelectorAll('table#subnets tbody tr').length"]),
            .init(name: "subnet", url: base + "/subnets/\(netuid)", waitFor: "\(rows) === \(neurons)",
                  evaluate: ["rows": rows, "charts": "document.querySelectorAll('svg.chart-svg').length",
                             "sorted": Self.sortCheck]),
            .init(name: "subnet-keyboard", url: base + "/subnets/\(netuid)", waitFor: Self.focusFirstSortButton,
                  evaluate: ["sorted": "document.querySelector('#metagraph thead th').getAttribute('aria-sort')",
                             "uids": "Array.from(document.querySelectorAll('#metagraph tbody tr'), (row) => Number(row.cells[0].textContent)).join(',')"],
                  keys: ["Enter", "Space"]),
            .init(name: "subnet-phone", url: base + "/subnets/\(netuid)", width: 390, height: 844, waitFor: "\(rows) === \(neurons)",
                  evaluate: ["overflow": "document.documentElement.scrollWidth <= window.innerWidth + 1"]),
            .init(name: "account", url: base + "/accounts/\(aliceAddress)",
                  waitFor: "document.querySelector('table#stakes') !== null",
                  evaluate: ["stakes": "document.querySelectorAll('table#stakes tbody tr').length",
                             "hotkeys": "document.querySelectorAll('table#hotkeys tbody tr').length"],
                  keys: ["Tab"]),
            .init(name: "reference", url: base + "/reference", waitFor: "document.querySelector('main h1') !== null",
                  evaluate: ["focus": "document.activeElement === document.querySelector('a.skip') ? 'skip link' : String(document.activeElement && document.activeElement.tagName)"],
                  keys: ["Tab"]),
        ]
        let result = try BrowserCheck.run(plan.map { page in
            var audited = page
            audited.evaluate["accessibility"] = AccessibilityAudit.script
            return audited
        })
        let pages = BrowserCheck.pages(result)
        #expect(result["ok"] as? Bool == true, "\(result)")
        #expect(pages.count == 7)
        for (name, page) in pages {
            let problems = (page["values"] as? [String: Any])?["accessibility"] as? [String]
            #expect(problems == [], "\(name): \(problems ?? ["no audit result"])")
            #expect((page["console_errors"] as? [Any])?.isEmpty == true, "\(name): \(page["console_errors"] ?? "")")
            #expect((page["failures"] as? [Any])?.isEmpty == true, "\(name): \(page["failures"] ?? "")")
            #expect(page["screenshot_width"] as? Int == (name == "subnet-phone" ? 390 : 1280), "\(name)")
            #expect(page["screenshot_height"] as? Int == (name == "subnet-phone" ? 844 : 900), "\(name)")
            #expect((page["screenshot_bytes"] as? Int ?? 0) > 10_000, "\(name): a blank page compresses below 10 kB")
        }
        let chain = pages["chain"]
        let initial = Int((chain?["initial"] as? String ?? "").filter(\.isNumber)) ?? -1
        let later = Int((chain?["changed_to"] as? String ?? "").filter(\.isNumber)) ?? -1
        #expect(later > initial && initial > 0, "head \(initial) → \(later)")
        #expect((chain?["values"] as? [String: Any])?["extrinsics"] as? Int ?? 0 > 0)
        #expect((pages["subnets"]?["values"] as? [String: Any])?["subnets"] as? Int == 3)
        let subnet = pages["subnet"]?["values"] as? [String: Any]
        #expect(subnet?["rows"] as? Int == neurons)
        #expect(subnet?["charts"] as? Int == 4)
        #expect(subnet?["sorted"] as? String == "ascending, then descending, kept after a refresh")
        #expect((pages["subnet-phone"]?["values"] as? [String: Any])?["overflow"] as? Bool == true)
        let keyboard = pages["subnet-keyboard"]?["values"] as? [String: Any]
        #expect(keyboard?["sorted"] as? String == "descending", "Enter sorts by uid, Space reverses")
        #expect(keyboard?["uids"] as? String == (0..<neurons).reversed().map(String.init).joined(separator: ","))
        let account = pages["account"]?["values"] as? [String: Any]
        #expect(account?["stakes"] as? Int == 1)
        #expect(account?["hotkeys"] as? Int == 4, "the owner's hotkey and the three Alice registered")
        #expect((pages["reference"]?["values"] as? [String: Any])?["focus"] as? String == "skip link")
    }

    /// Gives keyboard focus to the metagraph's first sort button (the uid column); true once it has it.
    static let focusFirstSortButton = """
        (() => {
          const button = document.querySelector('#metagraph button.sort[data-column="0"]');
          if (button) button.focus();
          return button !== null && document.activeElement === button;
        })()
        """

    /// Sorts the metagraph by stake (ascending, then descending by a second click), waits for a live refresh to
    /// replace the table, and says what held.
    static let sortCheck = """
        (async () => {
          const stake = () => Array.from(document.querySelectorAll('#metagraph tbody tr'), (row) => Number(row.cells[5].dataset.value));
          const ordered = (values, sign) => values.every((value, i) => i === 0 || sign * (value - values[i - 1]) >= 0);
          const button = () => document.querySelector('#metagraph th button.sort[data-column="5"]');
          const sortOf = () => document.querySelector('#metagraph thead th:nth-child(6)').getAttribute('aria-sort');
          const steps = [];
          button().click();
          if (ordered(stake(), 1) && sortOf() === 'ascending') steps.push('ascending');
          button().click();
          if (ordered(stake(), -1) && sortOf() === 'descending') steps.push('then descending');
          document.getElementById('metagraph').dataset.marker = 'before';
          for (let i = 0; i < 80 && document.getElementById('metagraph').dataset.marker === 'before'; i++) {
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
          if (!document.getElementById('metagraph').dataset.marker && ordered(stake(), -1) && sortOf() === 'descending') {
            steps.push('kept after a refresh');
          }
          return steps.join(', ');
        })()
        """

    @Test("refuses path traversal, oversized queries and other methods, and keeps serving while the node restarts")
    func refusalsAndNodeRestart() async throws {
        var node = try LocalNode(["--dev"])
        let port = node.port
        let (dashboard, base) = try Self.startDashboard(node: node.url)
        defer { dashboard.stop() }
        let firstHead = try await Self.waitForStatus(base) { $0["connected"] as? Bool == true && ($0["head"] as? Int ?? 0) > 2 }
        for path in ["/assets/../../etc/passwd", "/assets/%2e%2e/%2e%2e/etc/passwd", "/assets/..%2f..%2fetc%2fpasswd",
                     "/assets/%252e%252e/x", "/subnets/..", "/assets/.%2e/Package.swift", "/assets/a%5c..%5cb"] {
            let (status, body) = try await Self.get(base + path)
            #expect(status == 400, "\(path): \(status)")
            #expect(body.contains("path traversal refused"), "\(path): \(body)")
        }
        let (longStatus, _) = try await Self.get(base + "/?q=" + String(repeating: "a", count: 4096))
        #expect(longStatus == 414)
        let (manyStatus, _) = try await Self.get(base + "/subnets?" + (0..<20).map { "k\($0)=v" }.joined(separator: "&"))
        #expect(manyStatus == 414)
        #expect(try await Self.get(base + "/", method: "POST").status == 405)
        #expect(try await Self.get(base + "/assets/nope.js").status == 404)
        #expect(try await Self.get(base + "/assets/dashboard.js").status == 200)
        #expect(try await Self.get(base + "/accounts/not-an-address").status == 400)

        node.stop()
        _ = try await Self.waitForStatus(base) { $0["connected"] as? Bool == false }
        let (downStatus, downPage) = try await Self.get(base + "/")
        let lastHead = try await Self.waitForStatus(base) { _ in true }
        #expect(lastHead >= firstHead)
        #expect(downStatus == 200)
        #expect(downPage.contains("unreachable"))
        let lastShown = Self.blockNumbers(downPage).max() ?? -1
        #expect(lastShown >= firstHead && lastShown <= lastHead, "the last snapshot's blocks are still shown")
        #expect(try await Self.get(base + "/subnets").status == 200)
        #expect(try await Self.get(base + "/accounts/5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY").status == 503)

        node = try LocalNode(["--dev"], port: port)
        let fresh = try Client(url: node.url, timeout: .seconds(10))
        let restarted = try await Self.waitForStatus(base) { $0["connected"] as? Bool == true && ($0["head"] as? Int ?? 0) >= 1 }
        let advanced = try await Self.waitForStatus(base) { ($0["head"] as? Int ?? 0) > restarted }
        #expect(advanced > restarted)
        let (upStatus, upPage) = try await Self.get(base + "/")
        #expect(upStatus == 200 && !upPage.contains("unreachable"))
        let shown = Self.blockHashes(upPage)
        #expect(!shown.isEmpty)
        for (number, hash) in shown {
            let onChain = try await fresh.blockHash(UInt32(number))?.description
            #expect(onChain == hash, "block #\(number) shown is the fresh chain's, not the old one's")
        }

        let stream = try RawHTTP.openStream(port: Int(base.split(separator: ":").last!)!, target: "/events", until: "data: ")
        defer { close(stream) }
        #expect(dashboard.stop(grace: 5), "SIGTERM ends the open event stream and the server exits")
    }

    /// The block numbers and hashes in the chain page's recent-blocks table.
    static func blockHashes(_ page: String) -> [(number: Int, hash: String)] {
        page.components(separatedBy: "class=\"num\">#").dropFirst().compactMap { row in
            guard let number = Int(row.prefix { $0.isNumber }), let title = row.range(of: "<code title=\"") else { return nil }
            return (number, String(row[title.upperBound...].prefix { $0 != "\"" }))
        }
    }

    /// The block numbers in the chain page's recent-blocks table.
    static func blockNumbers(_ page: String) -> [Int] {
        page.components(separatedBy: "class=\"num\">#").dropFirst().compactMap { Int($0.prefix { $0.isNumber }) }
    }

    @Test("a node that stops answering without closing its connection is noticed and followed again when it thaws")
    func stalledNode() async throws {
        let node = try LocalNode(["--dev"])
        let (dashboard, base) = try Self.startDashboard(node: node.url, extra: ["--stall-seconds", "2", "--timeout", "2"])
        defer {
            node.thaw()
            dashboard.stop()
        }
        let before = try await Self.waitForStatus(base) { $0["connected"] as? Bool == true && ($0["head"] as? Int ?? 0) > 1 }
        node.freeze()
        _ = try await Self.waitForStatus(base) { $0["connected"] as? Bool == false }
        let (status, page) = try await Self.get(base + "/")
        #expect(status == 200)
        #expect(page.contains("sent no new head for") || page.contains("unreachable"), "the page says why")
        node.thaw()
        let after = try await Self.waitForStatus(base) { $0["connected"] as? Bool == true && ($0["head"] as? Int ?? 0) > before + 2 }
        #expect(after > before + 2)
    }

    @Test("a taken port and bad flags are refused by name")
    func refusesTakenPortAndBadFlags() throws {
        let (first, base) = try Self.startDashboard(node: "ws://127.0.0.1:9")
        defer { first.stop() }
        let port = String(base.split(separator: ":").last!)
        let second = try ProcessRunner.btcli("view", "dashboard", "--port", port, "--network", "ws://127.0.0.1:9")
        #expect(second.status != 0)
        #expect(second.stderr.contains("127.0.0.1:\(port) is in use; pass --port 0"), "\(second.stderr)")
        let badPort = try ProcessRunner.btcli("view", "dashboard", "--port", "70000")
        #expect(badPort.status != 0 && badPort.stderr.contains("--port must be 0…65535"))
        let badStall = try ProcessRunner.btcli("view", "dashboard", "--stall-seconds", "0")
        #expect(badStall.status != 0 && badStall.stderr.contains("--stall-seconds must be at least 1"))
        let badURL = try ProcessRunner.btcli("view", "dashboard", "--validator-url", "ftp://x")
        #expect(badURL.status != 0 && badURL.stderr.contains("--validator-url must be an http:// URL"))
        #expect(first.isRunning, "the first dashboard is unharmed")
    }

    /// `GET base/api/status` until `condition` holds (at most 30 s); returns the head then.
    static func waitForStatus(_ base: String, _ condition: ([String: Any]) -> Bool) async throws -> Int {
        let giveUp = Date().addingTimeInterval(30)
        var last: [String: Any] = [:]
        while Date() < giveUp {
            let (_, body) = try await get(base + "/api/status")
            last = (try? JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any]) ?? [:]
            if condition(last) { return last["head"] as? Int ?? 0 }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw TestFailure("dashboard status never reached the condition; last \(last)")
    }

    /// The status and body of one request to the dashboard at `base`, the path sent as written.
    static func get(_ url: String, method: String = "GET") async throws -> (status: Int, body: String) {
        let rest = url.dropFirst("http://127.0.0.1:".count)
        let port = Int(rest.prefix { $0.isNumber }) ?? 0
        return try RawHTTP.request(port: port, target: String(rest.drop { $0.isNumber }), method: method)
    }
}
