import Testing
@testable import Rendering
import Model

/// The interface's words, dates and numbers in the site's language.
@Suite struct StringsTests {
    @Test func frenchDatesAndNumbers() throws {
        let fr = try Strings(theme: try Theme.builtIn(), language: "fr")
        #expect(fr.date(Day(iso: "2020-02-21")!) == "21 février 2020")
        #expect(fr.date(Day(iso: "2020-03-01")!) == "1er mars 2020")
        // A narrow no-break space, as French typography separates thousands.
        #expect(fr.number(2280) == "2\u{202F}280")
        #expect(fr.number(1_000_000) == "1\u{202F}000\u{202F}000")
        #expect(fr.eventType(.militaryAction) == "Action militaire")
    }

    @Test func englishDatesAndNumbers() throws {
        let en = try Strings(theme: try Theme.builtIn(), language: "en")
        #expect(en.date(Day(iso: "2020-03-01")!) == "1 March 2020")
        #expect(en.number(2280) == "2,280")
        #expect(en.number(999) == "999")
        #expect(en.eventType(.appeal) == "Appeal")
    }

    @Test func everyLabelExistsInBothLanguages() throws {
        let theme = try Theme.builtIn()
        let fr = try Strings(theme: theme, language: "fr")
        let en = try Strings(theme: theme, language: "en")
        #expect(Set(fr.labels.keys) == Set(en.labels.keys))
        for type in EventType.allCases {
            #expect(fr.labels["type." + type.rawValue] != nil && en.labels["type." + type.rawValue] != nil)
        }
    }
}
