import Foundation
import Model

/// The folded words of the search index's documents, kept by a process that builds one
/// site again and again (`briefings serve`): a document whose texts are those it had in the
/// last build takes its words from there instead of folding them again. Folding is most of
/// the search index's cost; hashing the texts to look them up is a small part of it.
public final class SearchWordMemo: @unchecked Sendable {
    private var last: [String: String] = [:]
    private var this: [String: String] = [:]
    private let lock = NSLock()

    public init() {}

    /// `SearchIndex.words(texts)`, from the last build when it had the same texts.
    func words(_ texts: [String]) -> String {
        var hash = StableHash()
        hash.update(texts.count)
        for text in texts { hash.update(text) }
        let key = hash.hex
        if let known = lock.withLock({ this[key] ?? last[key] }) {
            lock.withLock { this[key] = known }
            return known
        }
        let words = SearchIndex.words(texts)
        lock.withLock { this[key] = words }
        return words
    }

    /// Ends a build: what it used is what the next one may reuse; the rest is forgotten.
    public func finishBuild() {
        lock.withLock {
            last = this
            this = [:]
        }
    }
}
