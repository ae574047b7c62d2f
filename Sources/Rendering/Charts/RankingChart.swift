/// Horizontal bars, longest first: a name above each bar and the number at its end. Used for
/// the actors most often alongside an actor. Pure: the same rows give the same SVG.
enum RankingChart {
    static let width = 440
    static let rowHeight = 34.0

    /// Nil when there are no rows.
    static func figure(id: String, title: String, caption: String, rows: [(label: String, value: Int)],
                       words: ChartWords, labelColumn: String, valueColumn: String) -> ChartFigure? {
        guard let maximum = rows.map(\.value).max(), maximum > 0 else { return nil }
        let n = SVGMarkup.number
        let barSpace = Double(width) - 48
        var drawing: [String] = []
        for (i, row) in rows.enumerated() {
            let top = Double(i) * rowHeight
            let length = max(2, barSpace * Double(row.value) / Double(maximum))
            drawing.append("<text class=\"label\" x=\"0\" y=\"\(n(top + 13))\">\(Markup.escapeOnOneLine(row.label))</text>")
            drawing.append("<rect class=\"series-0\" x=\"0\" y=\"\(n(top + 18))\" width=\"\(n(length))\" height=\"10\"/>")
            drawing.append("<text class=\"value\" x=\"\(n(length + 6))\" y=\"\(n(top + 27))\">\(Markup.escapeOnOneLine(words.number(row.value)))</text>")
        }
        let height = Int(Double(rows.count) * rowHeight)
        return ChartFigure(id: id, title: title, caption: caption, drawing: drawing, width: width, height: height,
                           columns: [labelColumn, valueColumn], rows: rows.map { [$0.label, words.number($0.value)] })
    }
}
