import Model

/// Reported deaths over time: a step line of the running total, with a dot on each day that
/// added to it. Pure: the same numbers give the same SVG.
enum FatalitiesChart {
    static let width = 440, height = 170
    static let left = 38.0, right = 6.0, top = 12.0, bottom = 26.0

    /// `perDay`: deaths reported for events of each day. Nil when no deaths were reported.
    static func figure(id: String, title: String, caption: String, perDay: [Day: Int], words: ChartWords,
                       dayColumn: String, dailyColumn: String, totalColumn: String, clippedNote: String = "") -> ChartFigure? {
        let allDays = perDay.filter { $0.value > 0 }.keys.sorted()
        guard let first = allDays.first, let last = allDays.last else { return nil }
        let n = SVGMarkup.number
        let axis = TimeAxis(first: first, last: last, left: left, width: Double(width) - left - right)
        let days = allDays.filter(axis.contains)
        let caption = TimeAxis.clips(allDays) && !clippedNote.isEmpty ? caption + " " + clippedNote : caption
        let plotHeight = Double(height) - top - bottom
        let baseline = top + plotHeight
        var running = 0
        let totals = days.map { running += perDay[$0] ?? 0; return running }
        let maximum = SVGMarkup.niceCeiling(running)
        let scale = plotHeight / Double(maximum)
        func y(_ value: Int) -> Double { baseline - Double(value) * scale }

        var drawing: [String] = []
        for value in [0, maximum / 2, maximum] where value == 0 || value * 2 == maximum || value == maximum {
            drawing.append("<line class=\"grid\" x1=\"\(n(left))\" y1=\"\(n(y(value)))\" x2=\"\(n(Double(width) - right))\" y2=\"\(n(y(value)))\"/>")
            drawing.append("<text class=\"count\" x=\"\(n(left - 5))\" y=\"\(n(y(value) + 4))\">\(SVGMarkup.escape(words.number(value)))</text>")
        }
        // The step line: flat until a day adds deaths, then up; flat to the end of the axis.
        var points = ["\(n(axis.x(axis.first))),\(n(baseline))"]
        var previous = 0
        for (day, total) in zip(days, totals) {
            let x = axis.x(day) + axis.slot / 2
            points.append("\(n(x)),\(n(y(previous)))")
            points.append("\(n(x)),\(n(y(total)))")
            previous = total
        }
        points.append("\(n(Double(width) - right)),\(n(y(previous)))")
        drawing.append("<polyline class=\"line\" points=\"\(points.joined(separator: " "))\"/>")
        for (day, total) in zip(days, totals) {
            drawing.append("<circle class=\"dot\" cx=\"\(n(axis.x(day) + axis.slot / 2))\" cy=\"\(n(y(total)))\" r=\"3\"/>")
        }
        drawing.append("<line class=\"axis\" x1=\"\(n(left))\" y1=\"\(n(baseline))\" x2=\"\(n(Double(width) - right))\" y2=\"\(n(baseline))\"/>")
        drawing += axis.ticks(baseline: baseline, words: words)

        let rows = zip(days, totals).map { day, total in [words.date(day), words.number(perDay[day] ?? 0), words.number(total)] }
        return ChartFigure(id: id, title: title, caption: caption, drawing: drawing, width: width, height: height,
                           columns: [dayColumn, dailyColumn, totalColumn], rows: rows)
    }
}
