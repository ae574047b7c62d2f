import Foundation
import Testing
@testable import Rendering

/// `Markup.escape` reads bytes, and `EventsCSV.row` returns most fields untouched after
/// reading their bytes once; these hold them to what reading every scalar, or every
/// character, gives.
@Suite struct EscapingFastPathTests {
    static let texts = [
        "", "Frappes à Saraqeb", "a & b", "<b>", "\"cité\"", "l'armée", "ligne\nsuivante\r\n\tfin", "nul\u{0}ici\u{1B}",
        "«\u{A0}12 morts\u{A0}»", "«l'a»<x>&\u{2}y\u{301}'", "a,b", ",\u{301}", "\r\n", "=1+1", "-12.5", "@here", "Erdoğan\u{0301} — ½", "\u{7F}\u{85}",
    ]

    /// What each scalar becomes.
    static let entities: [Unicode.Scalar: String] = ["&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&apos;"]

    @Test func markupEscapesAsScalarByScalar() {
        for text in Self.texts {
            let expected = text.unicodeScalars.map { scalar in
                Self.entities[scalar] ?? (scalar.value < 0x20 && !"\n\t\r".unicodeScalars.contains(scalar) ? "" : String(scalar))
            }.joined()
            #expect(Markup.escape(text) == expected, "\(text.debugDescription)")
        }
        #expect(Markup.escape("a & b") == "a &amp; b")
    }

    @Test func csvFieldsAreQuotedAsCharacterByCharacter() {
        let fields = Self.texts.map { EventsCSV.isFormula($0) ? "'" + $0 : $0 }
        #expect(EventsCSV.row(Self.texts) == fields.map(EventsCSV.quotedIfNeeded).joined(separator: ","))
        #expect(EventsCSV.row(["a,b", "c"]) == "\"a,b\",c")
    }
}
