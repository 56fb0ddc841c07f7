/// The frame around every page: a skip link, the navigation, the account search, the live status line (head,
/// finalized, connection; `dashboard.js` updates it from `/events`) and the page's `<main>`.
enum PageLayout {
    /// The navigation's sections.
    enum Section: String, CaseIterable {
        case chain = "Chain", subnets = "Subnets", reference = "Reference subnet", account = "Account"

        /// Where the section's page is; nil for one reached only by search.
        var path: String? {
            switch self {
            case .chain: "/"
            case .subnets: "/subnets"
            case .reference: "/reference"
            case .account: nil
            }
        }
    }

    /// A whole page.
    static func document(title: String, section: Section, snapshot: NetworkSnapshot, refreshMilliseconds: Int = 1000,
                         main: String) -> String {
        let navigation = Section.allCases.compactMap { item -> String? in
            guard let path = item.path else { return nil }
            let current = item == section ? " aria-current=\"page\"" : ""
            return "<li><a href=\"\(path)\"\(current)>\(HTML.escape(item.rawValue))</a></li>"
        }.joined()
        return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTML.escape(title)) · swift-bittensor dashboard</title>
        <link rel="stylesheet" href="/assets/dashboard.css">
        <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
        <script src="/assets/dashboard.js" defer></script>
        </head>
        <body>
        <a class="skip" href="#main">Skip to content</a>
        <header class="top">
        <div class="brand"><a href="/">swift-bittensor</a> <span class="muted">dashboard</span></div>
        <nav aria-label="Sections"><ul>\(navigation)</ul></nav>
        <form class="search" action="/accounts" method="get" role="search">
        <label for="account-search">Account</label>
        <input id="account-search" name="address" type="search" placeholder="SS58 address" maxlength="64" autocomplete="off" spellcheck="false">
        <button type="submit">Show</button>
        </form>
        </header>
        <div class="status">
        <span>Head <strong id="head-number">\(snapshot.head.map(Units.block) ?? "–")</strong></span>
        <span>Finalized <strong id="finalized-number">\(snapshot.finalized.map(Units.block) ?? "–")</strong></span>
        <span id="connection" role="status" class="\(snapshot.connected ? "ok" : "down")">\(snapshot.connected ? "live" : "node unreachable")</span>
        </div>
        <div id="announcer" class="offscreen" aria-live="polite"></div>
        <main id="main" tabindex="-1" data-version="\(snapshot.version)" data-refresh-ms="\(refreshMilliseconds)">
        \(main)
        </main>
        </body>
        </html>
        """
    }

    /// A notice for problems the page should not hide (node unreachable, scores unreadable). Not a live region:
    /// pages refresh every second, and the connection status already announces changes.
    static func notices(_ problems: [String?]) -> String {
        problems.compactMap { $0 }.map { "<p class=\"notice\">\(HTML.escape($0))</p>" }.joined()
    }

    /// A row of labelled figures.
    static func figures(_ items: [(label: String, value: String)]) -> String {
        "<dl class=\"figures\">" + items.map { "<div><dt>\(HTML.escape($0.label))</dt><dd>\($0.value)</dd></div>" }.joined() + "</dl>"
    }
}
