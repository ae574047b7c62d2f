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
        let total = { (day: Day) in series.reduce(0) { $0 + ($1.counts[day] ?? 0) } }
        guard let frame = PlotFrame(days: allDays, maximum: { $0.map(total).max() ?? 1 }, width: width, height: height,
                                    left: left, right: right, top: top, bottom: bottom) else { return nil }
        let n = SVGMarkup.number
        let (axis, days, baseline) = (frame.axis, frame.days, frame.baseline)
        let totals = days.map(total)
        var drawing = frame.countGrid(words: words)
        let barWidth = max(1.5, axis.slot * 0.78)
        for day in days {
            var y = baseline
            let x = axis.x(day) + (axis.slot - barWidth) / 2
            for s in series {
                guard let count = s.counts[day], count > 0 else { continue }
                let h = baseline - frame.y(count)
                y -= h
                drawing.append("<rect class=\"series-\(s.colour)\" x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(barWidth))\" height=\"\(n(h))\"/>")
            }
        }
        drawing += frame.timeAxis(words: words)

        let legend = series.count < 2 ? "" : "<ul class=\"legend\">" + series.map {
            "<li><span class=\"key series-\($0.colour)\"></span>\(Markup.escapeOnOneLine($0.label))</li>"
        }.joined() + "</ul>"
        let columns = [dayColumn] + (series.count > 1 ? series.map(\.label) : []) + [totalColumn]
        let rows = zip(days, totals).map { day, total in
            [words.date(day)] + (series.count > 1 ? series.map { words.number($0.counts[day] ?? 0) } : []) + [words.number(total)]
        }
        return ChartFigure(id: id, title: title, caption: frame.caption(caption, clippedNote: clippedNote), drawing: drawing,
                           width: width, height: height, legend: legend, columns: columns, rows: rows)
    }
}
