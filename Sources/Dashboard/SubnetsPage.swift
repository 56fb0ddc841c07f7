import Client

/// `/subnets`: every subnet with its price, share of the TAO emission, tempo and neuron count.
enum SubnetsPage {
    /// The page's `<main>` content.
    static func main(_ snapshot: NetworkSnapshot) -> String {
        let totalEmission = snapshot.subnets.reduce(0.0) { $0 + Double($1.taoInEmission) }
        let rows = snapshot.subnets.map { subnet -> [HTML.Cell] in
            let share = totalEmission > 0 ? Double(subnet.taoInEmission) / totalEmission : 0
            let neurons = snapshot.metagraphs[subnet.netuid]?.n
            return [
                .markup("<a href=\"/subnets/\(subnet.netuid)\">\(subnet.netuid)</a>", sortValue: Double(subnet.netuid), numeric: true),
                .text(subnet.displayName),
                .text("τ " + Units.decimal(subnet.price, places: 6) + " / α", sortValue: subnet.price, numeric: true),
                .text(Units.percent(share), sortValue: share, numeric: true),
                .text(TokenAmount.display(subnet.taoIn), sortValue: Double(subnet.taoIn), numeric: true),
                .text("\(subnet.tempo) blocks", sortValue: Double(subnet.tempo), numeric: true),
                .text(neurons.map(String.init) ?? "–", sortValue: neurons.map { Double($0) }, numeric: true),
                .markup(Units.addressLink(subnet.ownerColdkey)),
            ]
        }
        return PageLayout.notices([snapshot.problem]) + """
        <h1>Subnets</h1>
        \(HTML.table(id: "subnets", caption: "Every subnet; emission share is of the TAO injected per block", headers: ["Netuid", "Name", "Price", "Emission share", "TAO pool", "Tempo", "Neurons", "Owner"], rows: rows, sortable: true, empty: "No subnets read yet."))
        """
    }
}
