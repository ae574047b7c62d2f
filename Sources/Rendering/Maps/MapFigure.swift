import Geography

/// The words a map needs, in the site's language.
struct MapWords {
    /// "7 events".
    var count: (Int) -> String
    /// "1 234".
    var number: (Int) -> String
    var placeColumn: String
    var countColumn: String
    /// The summary of the table of places: "The places of this map".
    var tableSummary: String
    /// Under the map: what a dot's size means.
    var sizeNote: String
}

/// A map ready for a page: a `<figure>` with the SVG and its legend, then its text alternative —
/// a table of the same places, with the same counts and links — in a `<details>` under it.
/// One HTML block without blank lines, so that it passes through a Markdown template intact.
struct MapFigure {
    /// Unique on its page; prefixes every `id` of the map.
    var id: String
    var title: String
    var map: PlaceMap
    /// The event types shown, with their colour classes, in legend order.
    var legend: [(label: String, colour: String)]
    var words: MapWords

    /// The figure's HTML; nil when no place has coordinates.
    func draw(land: LandPaths) -> String? {
        guard let projection = map.projection else { return nil }
        let e = Markup.escapeOnOneLine
        let dots = map.dots(projection)
        let bySlug = Dictionary(map.marks.map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a })
        let (w, h) = (Int(projection.width), Int(projection.height))
        var lines = ["<figure class=\"map\" id=\"\(e(id))\">"]
        lines.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(w) \(h)\" aria-labelledby=\"\(e(id))-title\">")
        lines.append("<title id=\"\(e(id))-title\">\(e(title))</title>")
        lines.append("<rect class=\"sea\" width=\"\(w)\" height=\"\(h)\"/>")
        lines.append("<path class=\"land\" d=\"\(land.path(projection))\"/>")
        for dot in dots.reversed() {
            let names = dot.slugs.compactMap { bySlug[$0]?.name }
            let label = e(names.joined(separator: ", ") + " — " + words.count(dot.count))
            let url = bySlug[dot.slugs[0]]?.url ?? ""
            lines.append("<a href=\"\(e(url))\" aria-label=\"\(label)\" data-places=\"\(e(dot.slugs.joined(separator: " ")))\" "
                + "data-count=\"\(dot.count)\"><title>\(label)</title><circle class=\"dot \(e(dot.colour))\" "
                + "cx=\"\(SVGMarkup.number(dot.center.x))\" cy=\"\(SVGMarkup.number(dot.center.y))\" r=\"\(SVGMarkup.number(dot.radius))\"/></a>")
        }
        let named = dots.map { (dot: $0, name: bySlug[$0.slugs[0]]?.name ?? "") }
        for label in MapLabels.place(named, width: projection.width, height: projection.height, limit: PlaceMap.labelled) {
            lines.append("<text class=\"place-name\" x=\"\(SVGMarkup.number(label.x))\" y=\"\(SVGMarkup.number(label.y))\" "
                + "text-anchor=\"\(label.anchor)\" aria-hidden=\"true\">\(e(label.text))</text>")
        }
        lines.append("</svg>")
        lines.append(legendHTML)
        lines.append("</figure>")
        lines.append(table)
        return lines.joined(separator: "\n") + "\n"
    }

    private var legendHTML: String {
        let e = Markup.escapeOnOneLine
        let items = legend.map { "<li><span class=\"key \(e($0.colour))\" aria-hidden=\"true\"></span>\(e($0.label))</li>" }
        return "<figcaption><strong>\(e(title))</strong> <ul class=\"legend\">" + items.joined() + "</ul> \(e(words.sizeNote))</figcaption>"
    }

    /// The text alternative: every place of the map, most events first, linked.
    private var table: String {
        let e = Markup.escapeOnOneLine
        let marks = map.marks.sorted { $0.count != $1.count ? $0.count > $1.count : $0.slug < $1.slug }
        var lines = ["<details class=\"map-table\"><summary>\(e(words.tableSummary))</summary>", "<table>",
                     "<thead><tr><th scope=\"col\">\(e(words.placeColumn))</th><th scope=\"col\">\(e(words.countColumn))</th></tr></thead>",
                     "<tbody>"]
        for mark in marks {
            lines.append("<tr data-place=\"\(e(mark.slug))\"><th scope=\"row\"><a href=\"\(e(mark.url))\">\(e(mark.name))</a></th>"
                + "<td>\(e(words.number(mark.count)))</td></tr>")
        }
        lines += ["</tbody>", "</table>", "</details>"]
        return lines.joined(separator: "\n")
    }
}
