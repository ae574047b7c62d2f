import Foundation
import Testing
@testable import Rendering

/// `Markup.escape` and `EventsCSV.row` return most text untouched after reading its bytes
/// once; these hold them to what reading it scalar by scalar, or character by character, gives.
@Suite struct EscapingFastPathTests {
    static let texts = [
        "", "Frappes à Saraqeb", "a & b", "<b>", "\"cité\"", "l'armée", "ligne\nsuivante\r\n\tfin", "nul\u{0}ici\u{1B}",
        "«\u{A0}12 morts\u{A0}»", "a,b", ",\u{301}", "\r\n", "=1+1", "-12.5", "@here", "Erdoğan\u{0301} — ½", "\u{7F}\u{85}",
    ]

    /// `escape` as it reads every scalar.
    static func escapedScalarByScalar(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case _ where scalar.value < 0x20 && scalar != "\n" && scalar != "\t" && scalar != "\r": continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A CSV field as it was quoted by reading characters.
    static func fieldByCharacters(_ raw: String) -> String {
        let field = EventsCSV.isFormula(raw) ? "'" + raw : raw
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    @Test func markupEscapesAsScalarByScalar() {
        for text in Self.texts {
            #expect(Markup.escape(text) == Self.escapedScalarByScalar(text), "\(text.debugDescription)")
        }
        #expect(Markup.escape("a & b") == "a &amp; b")
    }

    @Test func csvFieldsAreQuotedAsCharacterByCharacter() {
        #expect(EventsCSV.row(Self.texts) == Self.texts.map(Self.fieldByCharacters).joined(separator: ","))
        #expect(EventsCSV.row(["a,b", "c"]) == "\"a,b\",c")
    }
}
