import Model

/// The drawing area of a chart over days: its margins, time axis, count scale and the pieces
/// every such chart draws (count gridlines, baseline, month ticks).
struct PlotFrame {
    let width: Int
    let height: Int
    let left: Double
    let right: Double
    let axis: TimeAxis
    /// The days shown: the axis may leave the oldest out.
    let days: [Day]
    /// Whether some days were left out.
    let clipped: Bool
    let baseline: Double
    /// The top of the count scale, a round number.
    let maximum: Int
    private let scale: Double

    /// Nil when there is no day to draw.
    init?(days allDays: [Day], maximum: (_ shown: [Day]) -> Int, width: Int, height: Int,
          left: Double, right: Double, top: Double, bottom: Double) {
        guard let first = allDays.first, let last = allDays.last else { return nil }
        let axis = TimeAxis(first: first, last: last, left: left, width: Double(width) - left - right)
        self.width = width
        self.height = height
        self.left = left
        self.right = right
        self.axis = axis
        self.days = allDays.filter(axis.contains)
        self.clipped = TimeAxis.clips(allDays)
        let plotHeight = Double(height) - top - bottom
        self.baseline = top + plotHeight
        self.maximum = SVGMarkup.niceCeiling(maximum(days))
        self.scale = plotHeight / Double(self.maximum)
    }

    /// The vertical position of a count.
    func y(_ value: Int) -> Double { baseline - Double(value) * scale }

    /// The caption, with a note when days were left out.
    func caption(_ caption: String, clippedNote: String) -> String {
        clipped && !clippedNote.isEmpty ? caption + " " + clippedNote : caption
    }

    /// Gridlines and labels at 0, half and the top of the count scale.
    func countGrid(words: ChartWords) -> [String] {
        let n = SVGMarkup.number
        return Set([0, maximum / 2, maximum]).sorted().filter { $0 == 0 || $0 * 2 == maximum || $0 == maximum }.flatMap { value in
            ["<line class=\"grid\" x1=\"\(n(left))\" y1=\"\(n(y(value)))\" x2=\"\(n(Double(width) - right))\" y2=\"\(n(y(value)))\"/>",
             "<text class=\"count\" x=\"\(n(left - 5))\" y=\"\(n(y(value) + 4))\">\(Markup.escapeOnOneLine(words.number(value)))</text>"]
        }
    }

    /// The baseline and the month ticks under it.
    func timeAxis(words: ChartWords) -> [String] {
        let n = SVGMarkup.number
        return ["<line class=\"axis\" x1=\"\(n(left))\" y1=\"\(n(baseline))\" x2=\"\(n(Double(width) - right))\" y2=\"\(n(baseline))\"/>"]
            + axis.ticks(baseline: baseline, words: words)
    }
}
