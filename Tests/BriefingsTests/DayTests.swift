import Testing
@testable import Model

@Suite struct DayTests {
    @Test func weekdayOfKnownDates() {
        #expect(Day(iso: "2020-02-21")!.weekday == 5)  // a Friday
        #expect(Day(iso: "1970-01-01")!.weekday == 4)
    }
}
