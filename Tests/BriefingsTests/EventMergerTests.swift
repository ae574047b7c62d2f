import Testing
@testable import Assembly
import Model

/// The same event told by several articles, and events that only look alike.
@Suite struct MergerTests {
    func event(_ id: String, _ day: String, _ type: EventType, _ actors: [String], article: String) -> Event {
        Event(id: id, date: Day(iso: day)!, type: type, summary: id,
              actors: actors.map { EventActor(id: $0, name: $0, mention: $0) },
              topics: ["idlib"], sources: [SourceRef(article: article, paragraph: 1, sentence: id)])
    }

    @Test func sameEventFromTwoArticlesBecomesOneWithTwoSources() {
        let merged = EventMerger.merge([
            event("a", "2020-03-05", .consultation, ["poutine", "erdogan"], article: "x.md"),
            event("b", "2020-03-06", .consultation, ["erdogan"], article: "y.md"),
        ])
        #expect(merged.count == 1)
        #expect(merged[0].sources.map(\.article) == ["x.md", "y.md"])
        #expect(merged[0].date == Day(iso: "2020-03-05"))
    }

    /// An announcement is still to come until a report of it exists, by the merge's own rule.
    @Test func anAnnouncementEndsWhenTheMergeWouldTakeAReportForIt() {
        var plan = event("plan", "2020-02-17", .consultation, ["poutine", "erdogan"], article: "x.md")
        plan.status = .scheduled
        let held = event("held", "2020-02-17", .consultation, ["erdogan"], article: "y.md")
        let elsewhere = event("other", "2020-02-17", .consultation, ["macron"], article: "z.md")
        let nextDay = event("late", "2020-02-18", .consultation, ["poutine", "erdogan"], article: "w.md")
        #expect(Chronicle.stillScheduled([plan], happened: [held]).isEmpty)
        #expect(Chronicle.stillScheduled([plan], happened: [nextDay]).isEmpty)
        #expect(Chronicle.stillScheduled([plan], happened: [elsewhere]).map(\.id) == ["plan"])
        #expect(EventMerger.tellTheSame(plan, held) && !EventMerger.tellTheSame(plan, elsewhere))
    }

    @Test func differentDaysTypesOrActorsStayApart() {
        let merged = EventMerger.merge([
            event("a", "2020-03-01", .consultation, ["poutine"], article: "x.md"),
            event("b", "2020-03-05", .consultation, ["poutine"], article: "y.md"),
            event("c", "2020-03-05", .statement, ["poutine"], article: "z.md"),
            event("d", "2020-03-05", .consultation, ["macron"], article: "w.md"),
        ])
        #expect(merged.count == 4)
    }

    @Test func strikesOfConsecutiveDaysWithTheirOwnTollsStayApart() {
        func strike(_ id: String, _ day: String, killed: Int, article: String) -> Event {
            var e = event(id, day, .militaryAction, ["syrie", "turquie"], article: article)
            e.tolls = [Toll(count: killed, source: article)]
            e.fatalities = killed
            return e
        }
        let apart = EventMerger.merge([strike("a", "2020-02-10", killed: 5, article: "x.md"), strike("b", "2020-02-11", killed: 2, article: "y.md")])
        #expect(apart.count == 2)
        // The same toll, or the same day, is one strike told twice.
        let same = EventMerger.merge([strike("a", "2020-02-10", killed: 5, article: "x.md"), strike("b", "2020-02-11", killed: 5, article: "y.md")])
        #expect(same.count == 1)
        let sameDay = EventMerger.merge([strike("a", "2020-02-10", killed: 5, article: "x.md"), strike("b", "2020-02-10", killed: 4, article: "y.md")])
        // (Sources that disagree: the lower figure is what all agree on.)
        #expect(sameDay.count == 1 && sameDay.first?.fatalities == 4)
    }

    @Test func aDayApartOnlyTheSameCastMerges() {
        // Michel meets Erdogan on the 4th; the EU's ministers, Michel among them, met on the 3rd.
        let merged = EventMerger.merge([
            event("a", "2020-01-03", .consultation, ["union-europeenne", "charles-michel", "josep-borrell"], article: "x.md"),
            event("b", "2020-01-04", .consultation, ["charles-michel", "erdogan"], article: "y.md"),
            event("c", "2020-01-04", .consultation, ["josep-borrell", "union-europeenne"], article: "z.md"),
        ])
        #expect(merged.map(\.id) == ["a", "b"])
        #expect(merged[0].sources.map(\.article) == ["x.md", "z.md"])
    }

    @Test func differentTopicsStayApart() {
        var libya = event("b", "2020-03-05", .consultation, ["poutine", "erdogan"], article: "y.md")
        libya.topics = ["libya"]
        let merged = EventMerger.merge([event("a", "2020-03-05", .consultation, ["poutine", "erdogan"], article: "x.md"), libya])
        #expect(merged.count == 2)
    }

    @Test func twoEventsOfOneArticleAreNotMerged() {
        let merged = EventMerger.merge([
            event("a", "2020-03-05", .consultation, ["poutine"], article: "x.md"),
            event("a", "2020-03-05", .consultation, ["poutine"], article: "x.md"),
        ])
        #expect(merged.map(\.id) == ["a", "a-2"])
    }
}
