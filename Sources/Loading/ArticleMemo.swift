import Foundation
import Model

/// Articles already parsed, by file, for a process that builds the same project again and
/// again (`briefings serve`): an article file whose size and modification time are those it
/// had when it was parsed is not read again.
public final class ArticleMemo: @unchecked Sendable {
    private struct RememberedArticle {
        var size: Int
        var modified: timespec
        var limit: Int
        var article: Article
    }

    private var entries: [String: RememberedArticle] = [:]
    private let lock = NSLock()

    public init() {}

    /// The article parsed from the file at `path`, if the file has not changed since and was
    /// read under the same size limit.
    func article(at path: String, limit: Int) -> Article? {
        guard let (size, modified) = Self.stamp(path) else { return nil }
        return lock.withLock {
            guard let entry = entries[path], entry.size == size, entry.limit == limit,
                  entry.modified.tv_sec == modified.tv_sec, entry.modified.tv_nsec == modified.tv_nsec else { return nil }
            return entry.article
        }
    }

    /// Remembers what the file at `path` parsed to, under the stamp taken before it was read:
    /// a file changed while it was being read has another stamp by then, and is read again.
    func remember(_ article: Article, at path: String, limit: Int, stamp: (size: Int, modified: timespec)?) {
        guard let stamp else { return }
        lock.withLock { entries[path] = RememberedArticle(size: stamp.size, modified: stamp.modified, limit: limit, article: article) }
    }

    /// Forgets the files not among `paths` (deleted since).
    func keepOnly(_ paths: Set<String>) {
        lock.withLock { entries = entries.filter { paths.contains($0.key) } }
    }

    /// A file's size and modification time; nil when it cannot be read.
    static func stamp(_ path: String) -> (size: Int, modified: timespec)? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return (Int(info.st_size), info.st_mtim)
    }
}
