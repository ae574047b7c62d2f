import Synchronization

/// Every word and punctuation mark the process has read, each kept once under an id that
/// does not change: a `Token` holds the id, and its text and folded form are read from here.
/// A token is then a few integers, copied without a retain and compared without a string.
///
/// The words are kept in chunks of 4,096 that never move once made, so a word is read
/// without a lock; a new word is added under one. A thread asks the store only for the words
/// it has not read lately (`WordTable` keeps those, by their bytes, with their ids).
///
/// Its memory grows with the number of different words read, not with the text: some tens of
/// thousands for a build of news articles. A process that reads without end (the fuzzer, the
/// preview server) empties it between texts with `forgetAll(ifMoreThan:)`.
final class WordStore: Sendable {
    /// The process's store.
    static let shared = WordStore()

    private static let chunkShift = 12
    private static let chunkSize = 1 << chunkShift
    /// Room for 2^28 words (the chunk table itself is 512 KB).
    private static let chunkLimit = 1 << 16

    /// The chunks, each made when the first of its words is added. Written only under the lock
    /// of `contents`; read without it, at an index whose word a lock has published to the reader.
    private nonisolated(unsafe) let chunks: UnsafeMutablePointer<UnsafeMutablePointer<ScannedWord>?>
    private let contents = Mutex(Contents())
    /// Counts the times the store was emptied: a thread's `WordTable` made before the last
    /// time holds ids that no longer stand.
    private let emptied = Atomic<Int>(0)

    private struct Contents: ~Copyable {
        /// Each word's id, by its bytes and whether it was read as a punctuation mark.
        var ids: [WordBytes: UInt32] = [:]
        var count = 0
    }

    private struct WordBytes: Hashable {
        var bytes: [UInt8]
        var isMark: Bool
    }

    /// (A store of its own: for tests, which must not empty the process's.)
    init() {
        chunks = .allocate(capacity: Self.chunkLimit)
        chunks.initialize(repeating: nil, count: Self.chunkLimit)
    }

    /// The word these bytes make: its id, the one given before for the same bytes, and what a
    /// token reads of it at every occurrence. `read` makes the word when the store has not.
    func intern(_ bytes: UnsafeBufferPointer<UInt8>, isMark: Bool,
                read: (UnsafeBufferPointer<UInt8>) -> ScannedWord) -> InternedWord {
        let key = WordBytes(bytes: Array(bytes), isMark: isMark)
        if let id = contents.withLock({ $0.ids[key] }) { return interned(id) }
        let made = read(bytes)
        let id = contents.withLock { state -> UInt32 in
            if let id = state.ids[key] { return id }
            let id = state.count
            precondition(id < Self.chunkLimit << Self.chunkShift, "more different words than the store can hold")
            let chunk = id >> Self.chunkShift
            if chunks[chunk] == nil { chunks[chunk] = .allocate(capacity: Self.chunkSize) }
            (chunks[chunk]! + (id & (Self.chunkSize - 1))).initialize(to: made)
            state.ids[key] = UInt32(id)
            state.count += 1
            return UInt32(id)
        }
        return interned(id)
    }

    /// The word with this id.
    @inline(__always)
    func word(_ id: UInt32) -> UnsafePointer<ScannedWord> {
        UnsafePointer(chunks[Int(id) >> Self.chunkShift]! + (Int(id) & (Self.chunkSize - 1)))
    }

    private func interned(_ id: UInt32) -> InternedWord {
        let word = self.word(id).pointee
        return InternedWord(id: id, key: word.key, stemKey: word.stemKey, mark: word.mark, isNumber: word.isNumber,
                            isCapitalized: word.isCapitalized, isAllCaps: word.isAllCaps, isLowercase: word.isLowercase)
    }

    /// How many times the store has been emptied.
    var generation: Int { emptied.load(ordering: .acquiring) }

    /// How many words it keeps.
    var count: Int { contents.withLock { $0.count } }

    /// Empties the store when it keeps more than `limit` words. Only where no token is held
    /// and no thread is reading a text: a token read before would name a word no longer kept.
    func forgetAll(ifMoreThan limit: Int) {
        contents.withLock { state in
            guard state.count > limit else { return }
            for chunk in 0...((state.count - 1) >> Self.chunkShift) {
                let inChunk = min(Self.chunkSize, state.count - (chunk << Self.chunkShift))
                chunks[chunk]!.deinitialize(count: inChunk)
                chunks[chunk]!.deallocate()
                chunks[chunk] = nil
            }
            state = Contents()
            emptied.add(1, ordering: .releasing)
        }
    }
}

/// What a token reads of its word at every occurrence, kept beside the word's id (`WordStore`):
/// the keys the lexicon tables look it up by, and the marks of its first character.
struct InternedWord {
    var id: UInt32
    var key: UInt64
    var stemKey: UInt64
    var mark: UInt32
    var isNumber: Bool
    var isCapitalized: Bool
    var isAllCaps: Bool
    var isLowercase: Bool
}
