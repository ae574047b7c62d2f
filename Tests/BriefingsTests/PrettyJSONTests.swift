import Foundation
import Testing
@testable import Rendering

/// String literals are escaped from bytes, a run at a time; they must be what escaping each
/// scalar gives, and what a JSON parser reads back as the text.
@Suite struct PrettyJSONTests {
    /// The literal scalar by scalar: the definition the byte runs must keep.
    static func slow(_ text: String, scriptSafe: Bool) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 10: out += "\\n"
            case 13: out += "\\r"
            case 9: out += "\\t"
            case 8: out += "\\b"
            case 12: out += "\\f"
            case 0..<32: out += String(format: "\\u%04x", scalar.value)
            case 0x3C, 0x3E, 0x26, 0x2028, 0x2029:
                if scriptSafe { out += String(format: "\\u%04x", scalar.value) } else { out.unicodeScalars.append(scalar) }
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    static let texts = [
        "", "plain", "« Trêve » à Idlib", "a \"quote\" and a \\ backslash", "lines\nand\r\ntabs\tbell\u{7}\u{0}",
        "<script>&</script>", "line\u{2028}para\u{2029}end", "\u{2027}\u{202A}€ 🇱🇾 تركيا", "\u{8}\u{c}\u{1f}",
    ]

    @Test(arguments: [false, true])
    func literalsAreEscapedAsScalarByScalar(scriptSafe: Bool) throws {
        for text in Self.texts {
            let literal = PrettyJSON.literal(text, scriptSafe: scriptSafe)
            #expect(literal == Self.slow(text, scriptSafe: scriptSafe), "\(text.debugDescription)")
            let parsed = try JSONSerialization.jsonObject(with: Data("[\(literal)]".utf8)) as? [String]
            #expect(parsed == [text], "\(text.debugDescription)")
        }
    }
}
