import Assembly
import Model

/// The charts of the site's pages, from the assembled events.
extension SiteRenderer {
    /// How many series colours topics take in turn (`--series-0` … in style.css; the theme's
    /// seventh, `--series-6`, is for the seventh event type of a place's chart and its maps).
    static let palette = 6

    /// Said under a chart that leaves out its earliest days.
    var clippedNote: String {
        strings["chart_clipped"].replacingOccurrences(of: "{n}", with: strings.number(TimeAxis.maximumDays))
    }

    /// Events per day, one stacked series per topic (colour by the topic's place among all).
    func dailyChart(id: String, title: String, caption: String, briefings: [(offset: Int, element: Briefing)],
                    _ v: PageParts) -> ChartFigure? {
        dailyChart(id: id, title: title, caption: caption, series: briefings.map { index, briefing in
            (briefing.topic.title, briefing.events, index % Self.palette)
        }, v)
    }

    /// Events per day, one stacked series per label, each in its colour of the palette.
    func dailyChart(id: String, title: String, caption: String, series: [(label: String, events: [Event], colour: Int)],
                    _ v: PageParts) -> ChartFigure? {
        let series = series.map { label, events, colour in
            DailyBarChart.Series(label: label, counts: Dictionary(grouping: events, by: \.date).mapValues(\.count), colour: colour)
        }
        return DailyBarChart.figure(id: id, title: title, caption: caption, series: series, words: v.chartWords,
                                    dayColumn: strings["col_day"], totalColumn: strings["col_events"],
                                    clippedNote: clippedNote)
    }

    /// The running total of reported deaths among these events.
    func fatalitiesChart(_ events: [Event], _ v: PageParts) -> ChartFigure? {
        var perDay: [Day: Int] = [:]
        for event in events { if let n = event.fatalities { perDay[event.date, default: 0] += n } }
        return FatalitiesChart.figure(id: "chart-deaths", title: strings["chart_fatalities_title"],
                                      caption: strings["chart_fatalities_caption"], perDay: perDay, words: v.chartWords,
                                      dayColumn: strings["col_day"], dailyColumn: strings["col_daily_deaths"],
                                      totalColumn: strings["col_total_deaths"], clippedNote: clippedNote)
    }
}
