import Foundation
import Model

/// The site's search index, built at build time: every topic, actor, place, note, event and article
/// as a document with its words folded (lower case, no accents). `SearchShards` writes it
/// as small scripts the search page loads on demand.
///
/// The browser folds the query the same way (see `static/briefings.js`), so "Erdoğan",
/// "erdogan" and "ERDOGAN" find the same documents.
struct SearchIndex {
    /// One thing that can be found.
    struct Document: Equatable, Sendable {
        /// `topic`, `actor`, `place`, `note`, `event` or `article`.
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
        String(decoding: foldedUTF8(text), as: UTF8.self)
    }

    /// `fold`'s result as UTF-8: in one pass where it can be, else through Unicode's tables.
    private static func foldedUTF8(_ text: String) -> [UInt8] {
        foldedBytes(text) ?? Array(foldByScalars(text.folded()).utf8)
    }

    /// `fold` through Unicode's tables, for a text with letters, digits or marks that
    /// `String.folded()` does not make ASCII (Greek, Arabic, a lone combining mark).
    static func foldByScalars(_ folded: String) -> String {
        let decomposed = folded.decomposedStringWithCanonicalMapping
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in decomposed.unicodeScalars {
            if scalar.isASCII {
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

    /// `fold` in one pass, as bytes, for text whose letters and digits `String.folded()` makes
    /// ASCII (most wire copy, French included): its ASCII is lowered here and its accented
    /// letters taken from `Folding.table`; punctuation and spaces (« », ’, dashes, no-break
    /// spaces) only separate words. Nil for a text with other letters, digits or marks.
    static func foldedBytes(_ text: String) -> [UInt8]? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        func add(_ byte: UInt8) {
            if (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) {
                if pendingSpace && !bytes.isEmpty { bytes.append(32) }
                bytes.append(byte)
                pendingSpace = false
            } else {
                pendingSpace = true
            }
        }
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                add(Folding.ascii(UInt8(scalar.value)))
            } else if let plain = Folding.table[scalar] {
                for letter in plain.unicodeScalars {
                    guard letter.isASCII else { return nil }
                    add(UInt8(letter.value))
                }
            } else if Folding.isCombiningMark(scalar) {
                continue
            } else if isSeparator(scalar) {
                pendingSpace = true
            } else {
                return nil
            }
        }
        return bytes
    }

    /// Spaces, punctuation and symbols (°, €): they only separate words, and no case mapping
    /// changes them.
    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        switch properties.generalCategory {
        case .spaceSeparator, .lineSeparator, .paragraphSeparator, .control, .format, .connectorPunctuation,
             .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        case .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            // (Some symbols are letters for Unicode, Ⓐ among them: left to the tables.)
            return !properties.isAlphabetic && properties.numericType == nil && !properties.changesWhenLowercased
        default:
            return false
        }
    }

    /// The folded words of several texts, each word once, in order of first appearance.
    static func words(_ texts: [String]) -> String {
        var list = WordList()
        for text in texts { list.addWords(of: foldedUTF8(text)) }
        return String(decoding: list.bytes, as: UTF8.self)
    }

    /// The first words of a text, cut at a word boundary.
    static func snippet(_ text: String, limit: Int = 180) -> String {
        text.shortened(to: limit, joiningRunsOf: \.isNewline)
    }
}

/// Words separated by spaces, each once, in the order they were first added. A word is looked
/// up by a hash of its bytes among those already in the list, and compared with them there:
/// no string is made for it (a document has hundreds of words, most of them seen before; the
/// index's postings see every word of every document).
struct WordList {
    private(set) var bytes: [UInt8] = []
    /// Each word in the list: where it starts in `bytes`, its length and its hash.
    private var words: [(start: Int, count: Int, hash: UInt64)] = []
    /// Open addressing: an index into `words`, or -1; a power of two long.
    private var slots = [Int](repeating: -1, count: 64)

    var count: Int { words.count }

    /// Adds each word of a text whose words are separated by spaces, in order, and tells
    /// `each` the place of each (its bytes read in place: no array of words is made).
    mutating func addWords(of text: [UInt8], each: (Int) -> Void = { _ in }) {
        text.withUnsafeBufferPointer { text in
            var start = 0
            while start < text.count {
                let end = text.firstOffset(of: 32, from: start) ?? text.count
                if end > start { each(add(UnsafeBufferPointer(rebasing: text[start..<end]))) }
                start = end + 1
            }
        }
    }

    /// Adds a word unless it is there; either way, returns its place in the list.
    @discardableResult
    mutating func add(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        let hash = StableHash.fnv1a(bytes: word)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
            let known = words[slots[slot]]
            if known.hash == hash, known.count == word.count, bytes.withUnsafeBufferPointer({ stored in
                memcmp(stored.baseAddress! + known.start, word.baseAddress!, word.count) == 0
            }) {
                return slots[slot]
            }
            slot = (slot + 1) & mask
        }
        if !bytes.isEmpty { bytes.append(32) }
        slots[slot] = words.count
        words.append((bytes.count, word.count, hash))
        bytes.append(contentsOf: word)
        if words.count * 2 > slots.count { grow() }
        return words.count - 1
    }

    /// The word at a place in the list.
    func word(at index: Int) -> String {
        let word = words[index]
        return String(decoding: bytes[word.start..<(word.start + word.count)], as: UTF8.self)
    }

    private mutating func grow() {
        slots = [Int](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, word) in words.enumerated() {
            var slot = Int(truncatingIfNeeded: word.hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = index
        }
    }
}
