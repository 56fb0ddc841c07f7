/// A plain-text table with a header rule, columns padded to their widest cell, like btcli's tables.
struct TextTable {
    /// How a column's cells line up.
    enum Alignment { case left, right }

    let headers: [String]
    let alignments: [Alignment]
    var rows: [[String]] = []

    /// The table as lines of text, two spaces between columns, without trailing spaces.
    func render() -> String {
        let widths = headers.indices.map { column in
            rows.reduce(headers[column].count) { max($0, $1[column].count) }
        }
        func line(_ cells: [String]) -> String {
            var text = cells.indices.map { column in
                let padding = String(repeating: " ", count: widths[column] - cells[column].count)
                return alignments[column] == .left ? cells[column] + padding : padding + cells[column]
            }.joined(separator: "  ")
            while text.last == " " { text.removeLast() }
            return text
        }
        let rule = widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")
        return ([line(headers), rule] + rows.map(line)).joined(separator: "\n")
    }
}
