/// Markup built by string: every value that came from the chain, a node or a URL goes through `escape`.
enum HTML {
    /// `text` with `& < > " '` replaced by entities, safe inside elements and quoted attributes.
    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// A table: a caption for screen readers and sighted readers alike, header cells, and rows of ready markup.
    /// Header cells of a sortable table are buttons (`dashboard.js` sorts by the cells' `data-value`).
    static func table(id: String? = nil, caption: String, headers: [String], rows: [[Cell]], sortable: Bool = false,
                      empty: String = "Nothing yet.") -> String {
        guard !rows.isEmpty else { return "<p class=\"empty\">\(escape(empty))</p>" }
        let idAttribute = id.map { " id=\"\(escape($0))\"" } ?? ""
        let head = headers.enumerated().map { index, header in
            sortable
                ? "<th scope=\"col\"><button type=\"button\" class=\"sort\" data-column=\"\(index)\">\(escape(header))</button></th>"
                : "<th scope=\"col\">\(escape(header))</th>"
        }.joined()
        let body = rows.map { row in "<tr>" + row.map(\.markup).joined() + "</tr>" }.joined(separator: "\n")
        return """
        <div class="table-scroll"><table\(idAttribute)\(sortable ? " class=\"sortable\"" : "")>
        <caption>\(escape(caption))</caption>
        <thead><tr>\(head)</tr></thead>
        <tbody>
        \(body)
        </tbody></table></div>
        """
    }

    /// One table cell: its markup and, for sorting, the value it stands for.
    struct Cell {
        /// The cell's complete markup.
        let markup: String

        /// A text cell; `sortValue` orders it (numbers numerically).
        static func text(_ text: String, sortValue: Double? = nil, numeric: Bool = false) -> Cell {
            markup(escape(text), sortValue: sortValue, numeric: numeric)
        }

        /// A cell of ready markup.
        static func markup(_ markup: String, sortValue: Double? = nil, numeric: Bool = false) -> Cell {
            let value = sortValue.map { " data-value=\"\($0)\"" } ?? ""
            return Cell(markup: "<td\(value)\(numeric ? " class=\"num\"" : "")>\(markup)</td>")
        }
    }
}
