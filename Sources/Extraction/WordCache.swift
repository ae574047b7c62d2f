import Model
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the tokenizer makes of a word's bytes: its text, its folded form and their keys, and
/// the marks of its first character. A pure function of the bytes (`WordStore` and
/// `WordTable` rely on it), made once for each word the process reads and kept in `WordStore`.
struct ScannedWord {
    var text: String
    var folded: String
    /// `text.lowercased() == text`.
    var isLowercase: Bool
    var key: UInt64
    var stemKey: UInt64
    var isNumber: Bool
    var isCapitalized: Bool
    /// At least one letter, and every letter upper case.
    var isAllCaps: Bool
    /// A punctuation mark's scalar, when it is one scalar alone (`Token.mark`); else 0.
    var mark: UInt32 = 0
}

/// The words a thread has read lately, by their bytes, with their ids in `WordStore`: an
/// article repeats its words ("the", "de", "forces"), and a build's articles repeat one
/// another's, so a thread asks the store (and takes its lock) once for each word, not at
/// every occurrence.
///
/// An open-addressing table over the words' bytes, kept end to end in one buffer. It starts
/// again empty when it holds `capacity` words, which bounds its memory on any corpus.
/// A value: the tokenizer takes the thread's table out of its `WordCache` while it reads a
/// text, so that reading it needs neither a lock nor an exclusivity check.
struct WordTable {
    private struct Entry {
        var hash: UInt64
        var start: Int32
        var count: Int32
        /// Index into `words`; -1 for an empty bucket.
        var word: Int32
    }

    /// How many words it keeps before it starts again (its buckets are twice as many).
    let capacity: Int
    /// Words longer than this are read each time (they are rare, and would fill the buffer).
    static let longestWord = 64

    private var buckets: [Entry] = []
    private var bytes: [UInt8] = []
    private var words: [InternedWord] = []

    init(capacity: Int) { self.capacity = capacity }

    /// The word these bytes make: the one read before, or `read(word)`, kept for next time.
    @inline(__always)
    mutating func word(_ word: UnsafeBufferPointer<UInt8>, read: (UnsafeBufferPointer<UInt8>) -> InternedWord) -> InternedWord {
        guard word.count <= Self.longestWord else { return read(word) }
        if buckets.isEmpty { clear() }
        var hash = StableHash.fnv1aBasis
        for byte in word { hash = StableHash.fnv1a(hash, byte) }
        let mask = buckets.count - 1
        var i = Int(truncatingIfNeeded: hash) & mask
        while case let entry = buckets[i], entry.word >= 0 {
            if entry.hash == hash, Int(entry.count) == word.count, equals(entry, word) { return words[Int(entry.word)] }
            i = (i + 1) & mask
        }
        let made = read(word)
        if words.count == capacity {
            clear()
            i = Int(truncatingIfNeeded: hash) & mask
        }
        buckets[i] = Entry(hash: hash, start: Int32(bytes.count), count: Int32(word.count), word: Int32(words.count))
        bytes.append(contentsOf: word)
        words.append(made)
        return made
    }

    private func equals(_ entry: Entry, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { stored in
            memcmp(stored.baseAddress! + Int(entry.start), word.baseAddress!, word.count) == 0
        }
    }

    private mutating func clear() {
        buckets = [Entry](repeating: Entry(hash: 0, start: 0, count: 0, word: -1), count: capacity * 2)
        bytes.removeAll(keepingCapacity: true)
        words.removeAll(keepingCapacity: true)
        words.reserveCapacity(capacity)
    }
}

/// Each thread's `WordTable`s, kept between the texts it tokenizes.
final class WordCache {
    /// The words, and apart from them the punctuation marks (a few dozen: a small table).
    private var tables = WordCache.emptyTables
    /// `WordStore.generation` when the tables were made: ids of an older store are not kept.
    private var generation = WordStore.shared.generation

    private static var emptyTables: (words: WordTable, marks: WordTable) {
        (WordTable(capacity: 1 << 16), WordTable(capacity: 1 << 8))
    }

    /// The tables, left empty here until `give` puts them back.
    func take() -> (words: WordTable, marks: WordTable) {
        let current = WordStore.shared.generation
        if generation != current {
            generation = current
            return Self.emptyTables
        }
        let taken = tables
        tables = Self.emptyTables
        return taken
    }

    func give(_ tables: (words: WordTable, marks: WordTable)) { self.tables = tables }

    // MARK: The cache of the calling thread

    /// The thread's cache is released when the thread ends.
    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { stored in
            if let stored { Unmanaged<WordCache>.fromOpaque(stored).release() }
        }
        return key
    }()

    /// The calling thread's cache, made on first use and held by the thread's key.
    static var current: WordCache {
        if let stored = pthread_getspecific(key) { return Unmanaged<WordCache>.fromOpaque(stored).takeUnretainedValue() }
        let cache = WordCache()
        pthread_setspecific(key, Unmanaged.passRetained(cache).toOpaque())
        return cache
    }
}
