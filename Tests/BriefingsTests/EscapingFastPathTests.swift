import Foundation
import Testing
import Model
@testable import Rendering

/// `Markup.escape` reads bytes, `EventsCSV.row` returns most fields untouched after reading
/// their bytes once, and a marked sentence is found in its paragraph by its bytes; these hold
/// them to what reading every scalar, or every character, or Foundation's search, gives.
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
        // A quoted field's marks doubled as Foundation doubles them, with or without a mark to double.
        for text in Self.texts + ["a,\"b\"", "\"\u{301},", "x,y"] {
            let needs = text.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            let expected = needs ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
            #expect(EventsCSV.quotedIfNeeded(text) == expected, "\(text.debugDescription)")
        }
    }

    /// Wherever Foundation's search finds a sentence at a character boundary of its bytes, the
    /// byte search finds the same range; a match that would cut a character is not taken.
    @Test func sentencesAreFoundAsFoundationFindsThem() {
        let paragraph = "Frappes à Saraqeb. Frappes à Saraqeb. L'armée a « repris » Idleb\u{301}. 12 morts."
        for text in Self.texts + [paragraph] {
            let characters = Array(text)
            for start in 0..<characters.count {
                for end in (start + 1)...characters.count {
                    let needle = String(characters[start..<end])
                    #expect(text.literalRange(of: needle) == text.range(of: needle), "\(needle.debugDescription) in \(text.debugDescription)")
                }
            }
        }
        #expect(paragraph.literalRange(of: "Idleb") == nil)
        #expect(paragraph.literalRange(of: "") == nil)
        #expect(paragraph.literalRange(of: "absent") == nil)
    }
}
