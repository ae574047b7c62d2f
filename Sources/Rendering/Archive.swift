import Model

/// A long chronological list cut into pages that stay small at any size: one page per month
/// (`<base>/2020-02/index.html`), and a month too long for one page continues on numbered
/// pages (`<base>/2020-02/2/index.html`).
///
/// The timeline, each topic, each actor and the articles list are archived this way, so
/// that no page grows with the size of the project.
///
/// An archive holds no items, only where each page's lie in the list it was made from, so that
/// the site's events are not copied once more per archive.
struct Archive: Sendable {
    /// One page of the archive.
    struct Page: Sendable {
        /// "2020-02".
        var month: String
        /// 1 for the month's first page.
        var part: Int
        /// How many pages the month has.
        var parts: Int
        /// Where the page's items lie in the archived list.
        var range: Range<Int>
        /// Relative to the site's root.
        var path: String
        /// Folders between the page and the site's root.
        var depth: Int
        /// Its place in `pages`.
        var index: Int
    }

    /// A month with how many items it holds, for the archive's index.
    struct Month: Sendable {
        var month: String
        var count: Int
        /// Its first page.
        var path: String
    }

    /// Every page, in chronological order.
    let pages: [Page]
    let months: [Month]

    /// - Parameters:
    ///   - base: the folder the archive lives in, relative to the root ("timeline", "topics/idlib").
    ///   - days: the day of each item of the list, in chronological order; it decides the month.
    ///   - perPage: the most items one page holds.
    init(base: String, days: [Day], perPage: Int) {
        let baseDepth = base.split(separator: "/").count
        var pages: [Page] = []
        var months: [Month] = []
        var start = 0
        while start < days.count {
            let month = Self.month(of: days[start])
            var end = start + 1
            while end < days.count, Self.month(of: days[end]) == month { end += 1 }
            let parts = (end - start + perPage - 1) / perPage
            for part in 1...parts {
                let lower = start + (part - 1) * perPage
                let upper = min(end, lower + perPage)
                let folder = part == 1 ? "\(base)/\(month)" : "\(base)/\(month)/\(part)"
                pages.append(Page(month: month, part: part, parts: parts, range: lower..<upper,
                                  path: folder + "/index.html", depth: baseDepth + (part == 1 ? 1 : 2), index: pages.count))
            }
            months.append(Month(month: month, count: end - start, path: "\(base)/\(month)/index.html"))
            start = end
        }
        self.pages = pages
        self.months = months
    }

    /// "2020-02".
    static func month(of day: Day) -> String { String(day.iso.prefix(7)) }
}
