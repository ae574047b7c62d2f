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
        let running = { (days: [Day]) in days.reduce(0) { $0 + (perDay[$1] ?? 0) } }
        guard let frame = PlotFrame(days: allDays, maximum: running, width: width, height: height,
                                    left: left, right: right, top: top, bottom: bottom) else { return nil }
        let n = SVGMarkup.number
        let (axis, days, baseline, y) = (frame.axis, frame.days, frame.baseline, frame.y)
        var total = 0
        let totals = days.map { total += perDay[$0] ?? 0; return total }
        var drawing = frame.countGrid(words: words)
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
        drawing += frame.timeAxis(words: words)

        let rows = zip(days, totals).map { day, total in [words.date(day), words.number(perDay[day] ?? 0), words.number(total)] }
        return ChartFigure(id: id, title: title, caption: frame.caption(caption, clippedNote: clippedNote), drawing: drawing, width: width, height: height,
                           columns: [dayColumn, dailyColumn, totalColumn], rows: rows)
    }
}
