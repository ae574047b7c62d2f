import Foundation
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

    /// The ISO form, written byte by byte, against a formatted one: every day from year 1
    /// to 2100 at intervals, and years of other widths.
    @Test func isoFormIsPaddedYearMonthDay() throws {
        var day = try #require(Day(year: 1, month: 1, day: 1))
        while day.year <= 2100 {
            #expect(day.iso == String(format: "%04d-%02d-%02d", day.year, day.month, day.day))
            #expect(Day(iso: day.iso) == day)
            day = day.adding(days: 37)
        }
        #expect(Day(year: 12020, month: 2, day: 21)?.iso == "12020-02-21")
        #expect(Day(year: 987, month: 12, day: 31)?.iso == "0987-12-31")
    }

    @Test func slugsAreAsciiAndStable() {
        #expect(slugify("Recep Tayyip Erdoğan") == "recep-tayyip-erdogan")
        #expect(slugify("L’Observatoire syrien des droits de l'Homme (OSDH)") == "lobservatoire-syrien-des-droits-de-lhomme-osdh")
        #expect("Çavuşoğlu".folded() == "cavusoglu")
    }
}
