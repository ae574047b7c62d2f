import Model

/// Events per day as stacked bars, one colour per series (a topic), with a month axis and a
/// count axis. Pure: the same numbers give the same SVG.
enum DailyBarChart {
    /// One stacked series: its label and, per day, how many events.
    struct Series {
        var label: String
        var counts: [Day: Int]
        /// Index into the theme's palette (`series-0` …).
        var colour: Int
    }

    static let width = 440, height = 170
    static let left = 30.0, right = 6.0, top = 10.0, bottom = 26.0

    /// Nil when there is nothing to draw.
    static func figure(id: String, title: String, caption: String, series: [Series], words: ChartWords,
                       dayColumn: String, totalColumn: String, clippedNote: String = "") -> ChartFigure? {
        let allDays = Set(series.flatMap { $0.counts.filter { $0.value > 0 }.keys }).sorted()
        guard let first = allDays.first, let last = allDays.last else { return nil }
        let n = SVGMarkup.number
        let axis = TimeAxis(first: first, last: last, left: left, width: Double(width) - left - right)
        let days = allDays.filter(axis.contains)
        let caption = TimeAxis.clips(allDays) && !clippedNote.isEmpty ? caption + " " + clippedNote : caption
        let plotHeight = Double(height) - top - bottom
        let baseline = top + plotHeight
        let totals = days.map { day in series.reduce(0) { $0 + ($1.counts[day] ?? 0) } }
        let maximum = SVGMarkup.niceCeiling(totals.max() ?? 1)
        let scale = plotHeight / Double(maximum)

        var drawing: [String] = []
        // Count axis: gridlines at 0, half and the top.
        for value in Set([0, maximum / 2, maximum]).sorted() where value == 0 || value * 2 == maximum || value == maximum {
            let y = baseline - Double(value) * scale
            drawing.append("<line class=\"grid\" x1=\"\(n(left))\" y1=\"\(n(y))\" x2=\"\(n(Double(width) - right))\" y2=\"\(n(y))\"/>")
            drawing.append("<text class=\"count\" x=\"\(n(left - 5))\" y=\"\(n(y + 4))\">\(SVGMarkup.escape(words.number(value)))</text>")
        }
        let barWidth = max(1.5, axis.slot * 0.78)
        for day in days {
            var y = baseline
            let x = axis.x(day) + (axis.slot - barWidth) / 2
            for s in series {
                guard let count = s.counts[day], count > 0 else { continue }
                let h = Double(count) * scale
                y -= h
                drawing.append("<rect class=\"series-\(s.colour)\" x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(barWidth))\" height=\"\(n(h))\"/>")
            }
        }
        drawing.append("<line class=\"axis\" x1=\"\(n(left))\" y1=\"\(n(baseline))\" x2=\"\(n(Double(width) - right))\" y2=\"\(n(baseline))\"/>")
        drawing += axis.ticks(baseline: baseline, words: words)

        let legend = series.count < 2 ? "" : "<ul class=\"legend\">" + series.map {
            "<li><span class=\"key series-\($0.colour)\"></span>\(SVGMarkup.escape($0.label))</li>"
        }.joined() + "</ul>"
        let columns = [dayColumn] + (series.count > 1 ? series.map(\.label) : []) + [totalColumn]
        let rows = zip(days, totals).map { day, total in
            [words.date(day)] + (series.count > 1 ? series.map { words.number($0.counts[day] ?? 0) } : []) + [words.number(total)]
        }
        return ChartFigure(id: id, title: title, caption: caption, drawing: drawing, width: width, height: height,
                           legend: legend, columns: columns, rows: rows)
    }
}
