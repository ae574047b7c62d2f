import Foundation
import Model

/// The site's search index, built at build time: every topic, actor, note, event and article
/// as a document with its words folded (lower case, no accents). `SearchShards` writes it
/// as small scripts the search page loads on demand.
///
/// The browser folds the query the same way (see `static/briefings.js`), so "Erdoğan",
/// "erdogan" and "ERDOGAN" find the same documents.
struct SearchIndex {
    /// One thing that can be found.
    struct Document: Equatable, Sendable {
        /// `topic`, `actor`, `note`, `event` or `article`.
        var kind: String
        var title: String
        /// Relative to the site's root.
        var url: String
        /// A date or a short description shown under the title.
        var meta: String
        /// A short extract shown in the results.
        var snippet: String
        /// Folded words, each once, in order of first appearance.
        var words: String
    }

    var documents: [Document]

    /// Lower case, accents and other marks removed, anything but letters and digits made a
    /// space, spaces collapsed: "L'armée d'Erdoğan" → "l armee d erdogan".
    static func fold(_ text: String) -> String {
        let folded = text.folded()
        if let ascii = foldASCII(folded) { return ascii }
        let decomposed = folded.decomposedStringWithCanonicalMapping
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in decomposed.unicodeScalars {
            if scalar.isASCII {  // Most of the text, once folded: skip the Unicode tables.
                let isWordCharacter = (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9")
                    || (scalar >= "A" && scalar <= "Z")
                if isWordCharacter {
                    if pendingSpace && !out.isEmpty { out.append(" ") }
                    out.append(scalar >= "A" && scalar <= "Z" ? Unicode.Scalar(scalar.value + 32)! : scalar)
                    pendingSpace = false
                } else {
                    pendingSpace = true
                }
                continue
            }
            let properties = scalar.properties
            if properties.generalCategory == .nonspacingMark || properties.generalCategory == .enclosingMark
                || properties.generalCategory == .spacingMark { continue }
            if properties.isAlphabetic || properties.numericType != nil {
                if pendingSpace && !out.isEmpty { out.append(" ") }
                out.append(contentsOf: String(scalar).lowercased().unicodeScalars)
                pendingSpace = false
            } else {
                pendingSpace = true
            }
        }
        return String(out)
    }

    /// `fold` for text whose letters and digits are all ASCII once folded (most of it; other
    /// characters — « », ’, dashes, no-break spaces — only separate words): bytes only, no
    /// Unicode tables. Nil for a text with other letters, digits or marks, left to `fold`.
    private static func foldASCII(_ folded: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(folded.utf8.count)
        var pendingSpace = false
        for scalar in folded.unicodeScalars {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                if (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) {
                    if pendingSpace && !bytes.isEmpty { bytes.append(32) }
                    bytes.append(byte)
                    pendingSpace = false
                } else {
                    pendingSpace = true
                }
                continue
            }
            let properties = scalar.properties
            let category = properties.generalCategory
            if properties.isAlphabetic || properties.numericType != nil
                || category == .nonspacingMark || category == .spacingMark || category == .enclosingMark { return nil }
            pendingSpace = true
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The folded words of several texts, each word once.
    static func words(_ texts: [String]) -> String {
        var seen = Set<Substring>()
        var out: [Substring] = []
        for text in texts {
            let folded = fold(text)
            for word in folded.split(separator: " ") where seen.insert(word).inserted { out.append(word) }
        }
        return out.joined(separator: " ")
    }

    /// The first words of a text, cut at a word boundary.
    static func snippet(_ text: String, limit: Int = 180) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        guard flat.count > limit else { return flat }
        let cut = flat.prefix(limit)
        return String(cut[..<(cut.lastIndex(of: " ") ?? cut.endIndex)]) + " …"
    }

    /// A JSON string literal, safe inside a script: `<`, `>`, `&`, U+2028 and U+2029 escaped too.
    static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<", ">", "&", "\u{2028}", "\u{2029}":
                out += "\\u" + String(scalar.value, radix: 16).leftPadded(4)
            default:
                if scalar.value < 0x20 {
                    out += "\\u" + String(scalar.value, radix: 16).leftPadded(4)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
