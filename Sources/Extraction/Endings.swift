/// Word endings of a lexicon ("é", "ée", "ait"; "ing"), tested against the end of a word.
///
/// A word and an ending whose scalars are all below U+0300 (ASCII and accented Latin letters,
/// each a character of its own and in composed form) are compared as UTF-8 bytes; any other
/// pair as `String.hasSuffix` compares them, character by character.
struct Endings: Sendable {
    private let endings: [String]
    private let simple: [[UInt8]?]

    init(_ endings: [String]) {
        self.endings = endings
        simple = endings.map { ending in Self.isSimple(Array(ending.utf8)) ? Array(ending.utf8) : nil }
    }

    var isEmpty: Bool { endings.isEmpty }

    /// Whether the word ends with one of the endings.
    func end(_ word: String) -> Bool { end(word, stemLongerThan: nil) }

    /// Whether the word ends with one of the endings after more than `letters` characters
    /// ("saying" after "say", not "sing" after "s").
    func end(_ word: String, afterMoreThan letters: Int) -> Bool { end(word, stemLongerThan: letters) }

    private func end(_ word: String, stemLongerThan letters: Int?) -> Bool {
        var word = word
        let fast = word.withUTF8 { bytes -> Bool? in
            guard Self.isSimple(bytes) else { return nil }
            let characters = bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
            for (ending, bytesOfEnding) in zip(endings, simple) {
                guard let e = bytesOfEnding else { return nil }
                guard e.count <= bytes.count, bytes[(bytes.count - e.count)...].elementsEqual(e) else { continue }
                if let letters, characters <= ending.unicodeScalars.count + letters { continue }
                return true
            }
            return false
        }
        if let fast { return fast }
        return endings.contains { ending in
            word.hasSuffix(ending) && letters.map { word.count > ending.count + $0 } ?? true
        }
    }

    /// Every scalar below U+0300: ASCII bytes and two-byte sequences led by C2–CB.
    private static func isSimple<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool where Bytes.Index == Int {
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            if b < 0x80 {
                i += 1
            } else if b >= 0xC2 && b <= 0xCB, i + 1 < bytes.endIndex, bytes[i + 1] & 0xC0 == 0x80 {
                i += 2
            } else {
                return false
            }
        }
        return true
    }
}
