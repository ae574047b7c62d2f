/// Word endings of a lexicon ("é", "ée", "ait"; "ing"), tested against the end of a word.
///
/// A word and an ending whose scalars are all below U+0300 (`SimpleScalars`) are compared as
/// UTF-8 bytes; any other pair as `String.hasSuffix` compares them, character by character.
struct Endings: Sendable {
    private let endings: [String]
    private let simple: [[UInt8]?]

    init(_ endings: [String]) {
        self.endings = endings
        simple = endings.map { ending in
            let bytes = Array(ending.utf8)
            return bytes.withUnsafeBufferPointer { SimpleScalars.characterCount($0) } == nil ? nil : bytes
        }
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
            guard let characters = SimpleScalars.characterCount(bytes) else { return nil }
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
}
