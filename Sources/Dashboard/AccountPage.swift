import Client
import Primitives

/// `/accounts/{ss58}`: an account's balances, the stakes it holds as a coldkey, the hotkeys it created, and
/// where it is registered as a hotkey. Read from the node when asked (any address), so it needs the node up.
enum AccountPage {
    /// The shortest time between live refreshes of an account page (each reads the node three times).
    static let refreshMilliseconds = 5000

    /// The page's `<main>` content, read from the node through `client`.
    static func main(_ account: AccountId32, client: Client, snapshot: NetworkSnapshot) async throws -> String {
        let info = try await client.accountInfo(account)
        let stakes = try await client.stakeInfo(coldkey: account)
        let hotkeys = try await client.ownedHotkeys(coldkey: account)
        let address = account.ss58Address
        let figures = PageLayout.figures([
            ("Free", TokenAmount.display(info.free)),
            ("Reserved", TokenAmount.display(info.reserved)),
            ("Frozen", TokenAmount.display(info.frozen)),
            ("Subnets staked on", "\(Set(stakes.map(\.netuid)).count)"),
            ("Nonce", "\(info.nonce)"),
        ])
        let stakeRows = stakes.map { stake -> [HTML.Cell] in
            [.markup("<a href=\"/subnets/\(stake.netuid)\">\(stake.netuid)</a>", sortValue: Double(stake.netuid), numeric: true),
             .markup(Units.addressLink(stake.hotkey)),
             .text(TokenAmount.display(stake.stake, symbol: "α"), sortValue: Double(stake.stake), numeric: true),
             .text(TokenAmount.display(stake.emission, symbol: "α"), sortValue: Double(stake.emission), numeric: true),
             .text(stake.isRegistered ? "yes" : "no")]
        }
        let hotkeyRows = hotkeys.map { hotkey -> [HTML.Cell] in
            [.markup(Units.addressLink(hotkey)), .text(registrations(of: hotkey, in: snapshot))]
        }
        let ownRegistrations = registrations(of: account, in: snapshot)
        return PageLayout.notices([snapshot.problem]) + """
        <h1>Account <code class="wrap">\(HTML.escape(address))</code> \(Units.copyButton(address, what: "address"))</h1>
        \(figures)
        <section aria-labelledby="stakes-heading"><h2 id="stakes-heading">Stakes held as coldkey</h2>
        \(HTML.table(id: "stakes", caption: "Stake by subnet and hotkey", headers: ["Netuid", "Hotkey", "Stake", "Emission", "Registered"], rows: stakeRows, sortable: true, empty: "No stake."))
        </section>
        <section aria-labelledby="hotkeys-heading"><h2 id="hotkeys-heading">Hotkeys</h2>
        \(HTML.table(id: "hotkeys", caption: "Hotkeys this coldkey created", headers: ["Hotkey", "Registered on"], rows: hotkeyRows, empty: "This account has created no hotkeys."))
        <p>As a hotkey itself, this account is registered on: \(HTML.escape(ownRegistrations)).</p>
        </section>
        """
    }

    /// Where `hotkey` has a uid, from the snapshot's metagraphs: `subnet 1 (uid 3)`, or `no subnet`.
    static func registrations(of hotkey: AccountId32, in snapshot: NetworkSnapshot) -> String {
        let places = snapshot.metagraphs.sorted { $0.key < $1.key }.compactMap { netuid, metagraph in
            metagraph.uid(of: hotkey).map { "subnet \(netuid) (uid \($0))" }
        }
        return places.isEmpty ? "no subnet" : places.joined(separator: ", ")
    }
}
