import Extraction
import Foundation
import Loading
import Rendering

/// What a process that builds one project again and again (`briefings serve`) keeps in
/// memory from one build to the next, so that a rebuild reads only what changed: the parsed
/// articles (by file, size and modification time), every article's events (by the same key
/// as the extraction cache, without reading and decoding its entry), the search index's
/// words and the page keys.
public final class BuildMemory: @unchecked Sendable {
    let articles = ArticleMemo()
    let searchWords = SearchWordMemo()
    private var extractions: [String: ArticleExtraction] = [:]
    private var keys: PageKeys?
    private let lock = NSLock()

    public init() {}

    /// The events of the article whose extraction-cache key is `key`, as last extracted.
    func extraction(_ key: String) -> ArticleExtraction? {
        lock.withLock { extractions[key] }
    }

    /// This build's extractions, replacing the last build's (those of deleted or edited
    /// articles are forgotten).
    func remember(_ extractions: [String: ArticleExtraction]) {
        lock.withLock { self.extractions = extractions }
    }

    /// The last build's page keys.
    var pageKeys: PageKeys? {
        get { lock.withLock { keys } }
        set { lock.withLock { keys = newValue } }
    }
}
