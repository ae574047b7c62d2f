import Extraction
import Foundation
import Model
import Writing

/// Extraction results kept between builds, so that a rebuild extracts only the articles that
/// changed: one file per article under `<project>/.briefings-cache/extraction/`, written by
/// `CompactEncoder`.
///
/// An entry is named by a hash of the article and of everything else that can change its
/// events: the actor registry, the topics, the places, the language data and the program
/// itself. An entry starts with a checksum of its body; a corrupt, truncated or unreadable
/// entry is ignored and rebuilt, never trusted.
struct ExtractionCache: Sendable {
    let folder: URL
    /// `folder`'s path, which each entry's path starts with.
    private let folderPath: String
    /// A hash of everything but the article that decides its events.
    let context: String

    static let header = "briefings-extraction 2 "

    init(project: URL, registry: [Actor], topics: [Topic], places: [Place], lexicons: [[UInt8]]) {
        folder = project.appendingPathComponent(".briefings-cache/extraction")
        folderPath = folder.path
        var hash = StableHash()
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        // Profiles and editors' notes are prose for readers: the extractor never reads them.
        let actors = registry.map { actor -> Actor in
            var actor = actor
            actor.profile = ""
            return actor
        }
        let topicKeys = topics.map { topic -> Topic in
            var topic = topic
            topic.notes = ""
            return topic
        }
        hash.update(bytes: (try? encoder.encode(actors)) ?? Data())
        hash.update(bytes: (try? encoder.encode(topicKeys)) ?? Data())
        hash.update(bytes: (try? encoder.encode(places)) ?? Data())
        for file in lexicons { hash.update(bytes: file) }
        hash.update(Self.programIdentity)
        context = hash.hex
    }

    /// The entry name of an article. The other articles' years only matter to one with no
    /// publication date, which the extractor dates from its text.
    func key(for article: Article, contextYears: [Int]) -> String {
        var hash = StableHash()
        hash.update(context)
        hash.update(article.fileName)
        hash.update(article.slug)
        hash.update(article.title)
        hash.update(article.published?.iso ?? "")
        hash.update(article.dateOrigin.rawValue)
        hash.update(article.source ?? "\u{0}")
        hash.update(article.url ?? "\u{0}")
        hash.update(article.language ?? "\u{0}")
        hash.update(article.topics.count)
        for topic in article.topics { hash.update(topic) }
        hash.update(article.paragraphs.count)
        for paragraph in article.paragraphs { hash.update(paragraph) }
        if article.published == nil {
            hash.update(contextYears.count)
            for year in contextYears { hash.update(year) }
        }
        return hash.hex
    }

    /// The cached result, if its entry is there and whole.
    func load(_ key: String) -> ArticleExtraction? {
        guard let data = FileManager.default.contents(atPath: path(key)),
              let newline = data.firstIndex(of: UInt8(ascii: "\n")),
              let header = String(data: data[data.startIndex..<newline], encoding: .utf8),
              header.hasPrefix(Self.header) else { return nil }
        let body = [UInt8](data[(newline + 1)...])
        guard String(header.dropFirst(Self.header.count)) == StableHash.of(body) else { return nil }
        return try? CompactDecoder.decode(ArticleExtraction.self, from: body)
    }

    /// Writes an entry beside its final name, then renames it: a build killed midway leaves
    /// either no entry or a whole one.
    func store(_ extraction: ArticleExtraction, key: String) {
        guard let body = try? CompactEncoder.encode(extraction) else { return }
        var entry = Array((Self.header + StableHash.of(body) + "\n").utf8)
        entry.append(contentsOf: body)
        let final = path(key)
        let temporary = final + Self.temporarySuffix
        guard (try? FileBytes.write(entry, to: temporary)) != nil else {
            unlink(temporary)
            return
        }
        if rename(temporary, final) != 0 { unlink(temporary) }
    }

    /// What an entry is written under before it is renamed: this process's own name for it.
    private static let temporarySuffix = ".\(ProcessInfo.processInfo.processIdentifier).tmp"

    /// Creates the folder; returns false if it cannot be (the build then runs without a cache).
    func prepare() -> Bool {
        (try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)) != nil
    }

    /// Removes the entries no article used in this build (deleted or edited articles).
    func prune(keeping keys: Set<String>) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folderPath) else { return }
        for name in names where !keys.contains(name) {
            unlink(path(name))
        }
    }

    private func path(_ key: String) -> String { folderPath + "/" + key }

    /// The running program, by its path, size and modification time: a new build of briefings
    /// may read articles differently. (Hashing the whole executable would cost more than the
    /// cache saves on a small project.)
    static let programIdentity: String = {
        let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? Bundle.main.executableURL?.path ?? CommandLine.arguments[0]
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        let size = (attributes?[.size] as? NSNumber)?.int64Value ?? 0
        let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(path) \(size) \(modified)"
    }()
}
