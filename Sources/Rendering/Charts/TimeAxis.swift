import Model

/// A horizontal axis of days for the charts: which x each day gets, and ticks at the first of
/// each month labelled with the month's name.
struct TimeAxis {
    let first: Day
    let last: Day
    /// Left edge and width of the plot area, in SVG units.
    let left: Double
    let width: Double

    /// The most days a chart spans: a stray early date must not squeeze the rest into a corner.
    static let maximumDays = 92

    /// Between `minimumDays` (so a few events do not make huge bars) and `maximumDays` wide,
    /// ending on `last`.
    init(first: Day, last: Day, left: Double, width: Double, minimumDays: Int = 14) {
        let earliest = last.adding(days: -(Self.maximumDays - 1))
        self.first = max(earliest, min(first, last.adding(days: -(minimumDays - 1))))
        self.last = last
        self.left = left
        self.width = width
    }

    /// Whether days before `first` were left out.
    static func clips(_ days: [Day]) -> Bool {
        guard let first = days.first, let last = days.last else { return false }
        return first.distance(to: last) + 1 > maximumDays
    }

    func contains(_ day: Day) -> Bool { day >= first && day <= last }

    var dayCount: Int { first.distance(to: last) + 1 }
    var slot: Double { width / Double(dayCount) }

    /// The left edge of the day's slot.
    func x(_ day: Day) -> Double { left + Double(first.distance(to: day)) * slot }

    /// Tick marks and month labels under a baseline at `y`.
    func ticks(baseline y: Double, words: ChartWords) -> [String] {
        let n = SVGMarkup.number
        var out: [String] = []
        var labelled: [Double] = []
        var day = first
        while day <= last {
            let isMonthStart = day.day == 1
            if isMonthStart || day == first {
                let x = self.x(day)
                // The range's first day is labelled only when the next month's label is far enough.
                let toNextMonth = Day.daysIn(month: day.month, year: day.year) - day.day + 1
                let roomy = isMonthStart || Double(toNextMonth) * slot > 44 || day.adding(days: toNextMonth) > last
                if roomy, x < left + width - 36, !labelled.contains(where: { abs($0 - x) < 40 }) {
                    out.append("<line class=\"tick\" x1=\"\(n(x))\" y1=\"\(n(y))\" x2=\"\(n(x))\" y2=\"\(n(y + 5))\"/>")
                    out.append("<text class=\"month\" x=\"\(n(x + 2))\" y=\"\(n(y + 17))\">\(Markup.escapeOnOneLine(words.month(day.month)))</text>")
                    labelled.append(x)
                }
            }
            day = day.adding(days: 1)
        }
        return out
    }
}
