import Foundation
import Testing
@testable import Rendering

/// `Markup.escape` and `EventsCSV.row` return most text untouched after reading its bytes
/// once; these hold them to what reading every scalar, or every character, gives.
@Suite struct EscapingFastPathTests {
    static let texts = [
        "", "Frappes à Saraqeb", "a & b", "<b>", "\"cité\"", "l'armée", "ligne\nsuivante\r\n\tfin", "nul\u{0}ici\u{1B}",
        "«\u{A0}12 morts\u{A0}»", "a,b", ",\u{301}", "\r\n", "=1+1", "-12.5", "@here", "Erdoğan\u{0301} — ½", "\u{7F}\u{85}",
    ]

    @Test func markupEscapesAsScalarByScalar() {
        for text in Self.texts {
            #expect(Markup.escape(text) == Markup.escapingEachScalar(text), "\(text.debugDescription)")
        }
        #expect(Markup.escape("a & b") == "a &amp; b")
    }

    @Test func csvFieldsAreQuotedAsCharacterByCharacter() {
        let fields = Self.texts.map { EventsCSV.isFormula($0) ? "'" + $0 : $0 }
        #expect(EventsCSV.row(Self.texts) == fields.map(EventsCSV.quotedIfNeeded).joined(separator: ","))
        #expect(EventsCSV.row(["a,b", "c"]) == "\"a,b\",c")
    }
}
