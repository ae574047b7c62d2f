import Model

/// Numbers written into SVG, formatted the same way on every machine (no locale, no
/// floating-point noise), so charts are byte-for-byte deterministic. (Text: `Markup`.)
enum SVGMarkup {
    /// A coordinate with at most one decimal: 12, 12.5, -3.2.
    static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let whole = tenths / 10, rest = abs(tenths % 10)
        let sign = tenths < 0 && whole == 0 ? "-" : ""
        return rest == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(rest)"
    }

    /// The smallest "round" number (1, 2, 5 × 10ⁿ) at or above `value`, at least 1.
    static func niceCeiling(_ value: Int) -> Int {
        guard value > 1 else { return 1 }
        var magnitude = 1
        while magnitude * 10 <= value { magnitude *= 10 }
        for step in [1, 2, 5, 10] where step * magnitude >= value { return step * magnitude }
        return 10 * magnitude
    }
}

/// The words a chart needs, in the site's language, given by the renderer.
struct ChartWords {
    /// "21 février 2020".
    var date: (Day) -> String
    /// "février" for 2.
    var month: (Int) -> String
    /// "1 234".
    var number: (Int) -> String
}

/// A chart ready for a page: an `<figure>` holding the SVG (`role="img"`, labelled by its
/// `<title>`), a caption and a visually hidden table of the same numbers for screen readers.
/// One HTML block without blank lines, so it passes through a Markdown template intact.
struct ChartFigure {
    /// Unique on its page; prefixes every `id` of the chart.
    var id: String
    var title: String
    var caption: String
    /// The SVG's drawing: what goes between `<svg>` and `</svg>` after the title.
    var drawing: [String]
    var width: Int
    var height: Int
    /// HTML for a visible legend under the chart, if any.
    var legend: String = ""
    /// Column headings and rows of the hidden table, as plain text.
    var columns: [String]
    var rows: [[String]]

    var html: String {
        let e = Markup.escapeOnOneLine
        var lines = ["<figure class=\"chart\" id=\"\(e(id))\">"]
        lines.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-labelledby=\"\(e(id))-title\" focusable=\"false\">")
        lines.append("<title id=\"\(e(id))-title\">\(e(title))</title>")
        lines += drawing
        lines.append("</svg>")
        if !legend.isEmpty { lines.append(legend) }
        lines.append("<div class=\"visually-hidden\">")
        lines.append("<table>")
        lines.append("<caption>\(e(title))</caption>")
        lines.append("<thead><tr>" + columns.map { "<th scope=\"col\">\(e($0))</th>" }.joined() + "</tr></thead>")
        lines.append("<tbody>")
        for row in rows {
            let cells = row.enumerated().map { i, cell in i == 0 ? "<th scope=\"row\">\(e(cell))</th>" : "<td>\(e(cell))</td>" }
            lines.append("<tr>" + cells.joined() + "</tr>")
        }
        lines.append("</tbody>")
        lines.append("</table>")
        lines.append("</div>")
        lines.append("<figcaption><strong>\(e(title))</strong> \(e(caption))</figcaption>")
        lines.append("</figure>")
        return lines.filter { !$0.isEmpty }.joined(separator: "\n") + "\n"
    }
}
