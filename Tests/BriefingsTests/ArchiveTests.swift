import Foundation
import Testing
import Model
@testable import Rendering

/// Long lists cut into month pages, so no page grows with the project.
@Suite struct ArchiveTests {
    static func day(_ iso: String) -> Day { Day(iso: iso)! }

    @Test func monthsSplitIntoNumberedPagesWhenLong() {
        let days = ["2020-01-30", "2020-02-01", "2020-02-02", "2020-02-02", "2020-02-27", "2020-02-28", "2020-04-01"].map(Self.day)
        let archive = Archive(base: "topics/idlib", days: days, perPage: 2)
        #expect(archive.pages.map(\.path) == [
            "topics/idlib/2020-01/index.html",
            "topics/idlib/2020-02/index.html", "topics/idlib/2020-02/2/index.html", "topics/idlib/2020-02/3/index.html",
            "topics/idlib/2020-04/index.html",
        ])
        #expect(archive.pages.map(\.depth) == [3, 3, 4, 4, 3])
        #expect(archive.pages.map(\.range.count) == [1, 2, 2, 1, 1])
        #expect(archive.pages.map(\.index) == [0, 1, 2, 3, 4])
        #expect(archive.pages[2].part == 2 && archive.pages[2].parts == 3)
        #expect(archive.months.map(\.month) == ["2020-01", "2020-02", "2020-04"])
        #expect(archive.months.map(\.count) == [1, 5, 1])
        // Every item is on exactly one page, in order.
        #expect(archive.pages.flatMap { Array($0.range) } == Array(days.indices))
    }

    @Test func emptyListHasNoPage() {
        let archive = Archive(base: "timeline", days: [], perPage: 10)
        #expect(archive.pages.isEmpty && archive.months.isEmpty)
    }

    /// A topic with more events than its page lists: the page shows the latest as lines, links
    /// to its months, and each event's full card is on exactly one page of the whole site.
    @Test func eachEventCardAppearsOnceAndTopicPagesStaySmall() throws {
        var files = TestProject.minimal
        let count = SiteRenderer.latestEvents + 15
        files["Content/corrections.yml"] = (0..<count).map { i in
            let day = Day(iso: "2020-03-01")!.adding(days: i * 3)
            return "- add: {date: \(day.iso), type: military-action, summary: \"Frappe numéro \(i)\", actors: [vladimir-poutine], topics: [idlib], location: Saraqeb}"
        }.joined(separator: "\n") + "\n"
        let project = try TestProject(files)
        defer { project.remove() }
        try project.build()
        let built = try tree(project.site).filter { $0.key.hasSuffix(".html") }.mapValues { String(decoding: $0, as: UTF8.self) }
        let json = try JSONSerialization.jsonObject(with: Data(try project.read("data/events.json").utf8)) as? [String: Any]
        let events = json?["events"] as? [[String: Any]] ?? []
        let ids = events.compactMap { $0["id"] as? String }
        #expect(ids.count >= count)
        for id in ids {
            let holders = built.filter { $0.value.contains("class=\"event type-") && $0.value.contains(" id=\"\(id)\"") }.map(\.key)
            #expect(holders.count == 1, "the card of \(id) is on \(holders.sorted())")
            #expect(holders.first?.hasPrefix("timeline/20") == true)
        }
        let topic = try project.read("topics/idlib/index.html")
        #expect(topic.components(separatedBy: "Frappe numéro").count - 1 == SiteRenderer.latestEvents)
        #expect(topic.contains("Frappe numéro \(count - 1)") && !topic.contains("Frappe numéro 0<"))
        #expect(topic.contains("href=\"../../topics/idlib/2020-03/index.html\""))
        let march = try project.read("topics/idlib/2020-03/index.html")
        #expect(march.contains("Frappe numéro 0") && march.contains("href=\"../../../timeline/2020-03/index.html#"))
        #expect(try project.read("actors/vladimir-poutine/2020-04/index.html").contains("Frappe numéro"))
    }
}
