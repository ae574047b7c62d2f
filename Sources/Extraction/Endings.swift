/// Word endings of a lexicon ("é", "ée", "ait"; "ing"), tested against the end of a word.
///
/// A word and an ending whose scalars are all below U+0300 (`SimpleScalars`) are compared as
/// UTF-8 bytes; any other pair as `String.hasSuffix` compares them, character by character.
struct Endings: Sendable {
    private let endings: [String]
    private let simple: [[UInt8]?]
    /// Every ending is read as bytes (`simple` has them all): a word then need only be simple.
    private let allSimple: Bool
    /// Each ending's scalars, for `afterMoreThan`.
    private let scalarCounts: [Int]

    init(_ endings: [String]) {
        self.endings = endings
        simple = endings.map { ending in
            let bytes = Array(ending.utf8)
            return bytes.withUnsafeBufferPointer { SimpleScalars.characterCount($0) } == nil ? nil : bytes
        }
        allSimple = !simple.contains { $0 == nil }
        scalarCounts = endings.map(\.unicodeScalars.count)
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
            guard allSimple, let characters = SimpleScalars.characterCount(bytes) else { return nil }
            for (n, ending) in simple.enumerated() {
                guard let e = ending, Self.hasSuffix(bytes, e) else { continue }
                if let letters, characters <= scalarCounts[n] + letters { continue }
                return true
            }
            return false
        }
        if let fast { return fast }
        // (A word or an ending read as characters.)
        return endings.contains { ending in
            word.hasSuffix(ending) && letters.map { word.count > ending.count + $0 } ?? true
        }
    }

    /// Whether the bytes end with the ending's bytes (the last byte first: most words end
    /// otherwise).
    @inline(__always) private static func hasSuffix(_ bytes: UnsafeBufferPointer<UInt8>, _ ending: [UInt8]) -> Bool {
        guard let last = ending.last else { return true }
        guard ending.count <= bytes.count, bytes[bytes.count - 1] == last else { return false }
        let start = bytes.count - ending.count
        for k in 0..<(ending.count - 1) where bytes[start + k] != ending[k] { return false }
        return true
    }
}
