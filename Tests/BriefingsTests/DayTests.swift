import Testing
@testable import Model

@Suite struct DayTests {
    @Test func weekdaysOfKnownDates() {
        #expect(Day(iso: "2020-02-21")?.weekday == 5)  // a Friday
        #expect(Day(iso: "1970-01-01")?.weekday == 4)  // a Thursday
        #expect(Day(iso: "2020-02-29")?.weekday == 6)  // leap day, a Saturday
    }

    @Test func rejectsImpossibleDates() {
        #expect(Day(iso: "2019-02-29") == nil)
        #expect(Day(iso: "2020-13-01") == nil)
        #expect(Day(iso: "21/02/2020") == nil)
    }

    @Test func arithmeticCrossesMonthsAndYears() {
        #expect(Day(iso: "2020-02-28")!.adding(days: 2).iso == "2020-03-01")
        #expect(Day(iso: "2020-01-01")!.adding(days: -1).iso == "2019-12-31")
        #expect(Day(iso: "2020-01-01")!.distance(to: Day(iso: "2020-03-01")!) == 60)
    }

    @Test func previousWeekdayIsOnOrBefore() {
        let friday = Day(iso: "2020-02-21")!
        #expect(friday.previous(weekday: 4).iso == "2020-02-20")  // jeudi → the day before
        #expect(friday.previous(weekday: 5).iso == "2020-02-21")  // vendredi → the same day
        #expect(friday.previous(weekday: 5, includingToday: false).iso == "2020-02-14")
        #expect(friday.next(weekday: 1).iso == "2020-02-24")
    }

    @Test func slugsAreAsciiAndStable() {
        #expect(slugify("Recep Tayyip Erdoğan") == "recep-tayyip-erdogan")
        #expect(slugify("L’Observatoire syrien des droits de l'Homme (OSDH)") == "lobservatoire-syrien-des-droits-de-lhomme-osdh")
        #expect("Çavuşoğlu".folded() == "cavusoglu")
    }
}
