import Foundation
import Model

/// Stage 1: reads a project's `Content/` folder into a `Content` value.
///
/// This is the only stage that reads content files; each kind of file is parsed by a pure
/// parser (`ArticleParser`, `TopicParser`...), so the parsers are tested on strings.
public struct ContentLoader: Sendable {
    public let contentDirectory: URL
    /// The files' bytes when the caller has read them already (to fingerprint them), by path
    /// relative to `contentDirectory`: they are not read again.
    public let alreadyRead: [String: Data]

    public init(contentDirectory: URL, alreadyRead: [String: Data] = [:]) {
        self.contentDirectory = contentDirectory
        self.alreadyRead = alreadyRead
    }

    /// Every file is read and parsed even after an error, so that one build reports every
    /// content error at once (`Diagnostics`). With `memo`, an article file unchanged since
    /// it was parsed is not read again.
    public func load(reusing memo: ArticleMemo? = nil) throws -> Content {
        var errors: [Diagnostic] = []
        func attempt<T>(_ body: () throws -> T) -> T? {
            do {
                return try body()
            } catch let error as Diagnostic {
                errors.append(error)
            } catch let error as Diagnostics {
                errors += error.all
            } catch {
                errors.append(Diagnostic(file: contentDirectory.lastPathComponent, message: "\(error)"))
            }
            return nil
        }
        guard FileManager.default.fileExists(atPath: contentDirectory.path) else {
            throw Diagnostics([Diagnostic(file: contentDirectory.lastPathComponent,
                                              message: "no such folder: a project keeps its content in Content/ (`briefings init` makes one)")])
        }
        let site = attempt {
            guard FileManager.default.fileExists(atPath: contentDirectory.appendingPathComponent("site.yml").path) else {
                throw Diagnostic(file: path("site.yml"), message: "missing: every site needs one, with its title and language (`briefings init` writes one)")
            }
            return try SiteConfigParser.parse(path: path("site.yml"), text: read("site.yml"))
        }
        let limit = site?.maxArticleBytes ?? SiteConfig.defaultMaxArticleBytes
        // Articles are most of the content: read and parsed on every core, kept in name order.
        let names = attempt { try files(in: "articles", extensions: ["md", "txt"]) } ?? []
        let parsed = names.parallelMap { name in Result { try article(name, limit: limit, memo: memo) } }
        memo?.keepOnly(Set(names.map { contentDirectory.appendingPathComponent("articles/\($0)").path }))
        let articles = parsed.compactMap { result in attempt { try result.get() } }
        let topics = (attempt { try files(in: "topics", extensions: ["md"]) } ?? []).compactMap { name in
            attempt { try TopicParser.parse(slug: referencedSlug(name, in: "topics"), path: path("topics/\(name)"), text: read("topics/\(name)")) }
        }
        let actors = (attempt { try files(in: "actors", extensions: ["md"]) } ?? []).compactMap { name in
            attempt { try ActorParser.parse(slug: referencedSlug(name, in: "actors"), path: path("actors/\(name)"), text: read("actors/\(name)")) }
        }
        let notes = (attempt { try files(in: "notes", extensions: ["md"]) } ?? []).compactMap { name in
            attempt { try NoteParser.parse(slug: referencedSlug(name, in: "notes"), path: path("notes/\(name)"), text: read("notes/\(name)")) }
        }
        let corrections = attempt { try optionalFile("corrections.yml").map { try CorrectionParser.parse(path: path("corrections.yml"), text: $0) } ?? [] } ?? []
        let places = attempt { try optionalFile("places.yml").map { try PlaceParser.parse(path: path("places.yml"), text: $0) } ?? [] } ?? []
        // The cross-file checks run on whatever parsed, so that their problems come in the same report.
        let content = Content(site: site ?? SiteConfig(title: "", language: "fr"), articles: articles, topics: topics,
                              actors: actors, notes: notes, corrections: corrections, places: places)
        errors += ContentValidator(content: content, pathPrefix: contentDirectory.lastPathComponent).problems()
        guard site != nil, errors.isEmpty else { throw Diagnostics(errors) }
        return content
    }

    /// An article file parsed, or as it was parsed before when `memo` knows it unchanged.
    private func article(_ name: String, limit: Int, memo: ArticleMemo?) throws -> Article {
        let file = contentDirectory.appendingPathComponent("articles/\(name)").path
        if let known = memo?.article(at: file, limit: limit) { return known }
        let stamp = memo != nil ? ArticleMemo.stamp(file) : nil
        let article = try ArticleParser.parse(fileName: name, path: path("articles/\(name)"), text: read("articles/\(name)", limit: limit))
        memo?.remember(article, at: file, limit: limit, stamp: stamp)
        return article
    }

    /// The path shown in messages: `Content/articles/x.md`.
    private func path(_ relative: String) -> String {
        "\(contentDirectory.lastPathComponent)/\(relative)"
    }

    /// A file's text; an error for one that cannot be read, is not text, or is over `limit` bytes.
    private func read(_ relative: String, limit: Int? = nil) throws -> String {
        if let data = alreadyRead[relative] {
            if let limit, data.count > limit { throw Self.overLimit(path(relative), data.count, limit) }
            return try SourceText.decode(data, file: path(relative))
        }
        let url = contentDirectory.appendingPathComponent(relative)
        if let limit, let size = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int, size > limit {
            throw Self.overLimit(path(relative), size, limit)
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw Diagnostic(file: path(relative), message: "cannot read the file (\(FileManager.default.fileExists(atPath: url.path) ? "permission denied or not a file" : "missing"))")
        }
        return try SourceText.decode(data, file: path(relative))
    }

    private static func overLimit(_ file: String, _ size: Int, _ limit: Int) -> Diagnostic {
        Diagnostic(file: file, line: 1, column: 1,
                   message: "\(size) bytes, over the limit of \(limit) for an article (`max_article_bytes` in site.yml)")
    }

    private func optionalFile(_ relative: String) throws -> String? {
        FileManager.default.fileExists(atPath: contentDirectory.appendingPathComponent(relative).path) ? try read(relative) : nil
    }

    /// File names in a sub-folder with one of the extensions, sorted; an absent folder is empty.
    /// Hidden files are skipped; a name that cannot make a page address, a link out of
    /// `Content/`, and anything but a plain file are errors (`Diagnostics`).
    private func files(in folder: String, extensions: Set<String>) throws -> [String] {
        let url = contentDirectory.appendingPathComponent(folder)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else { return [] }
        let root = ContentFolder.resolved(contentDirectory.path)
        if let problem = ContentFolder.linkOutside(url.path, root: root) {
            throw Diagnostic(file: path(folder), message: problem)
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: url.path)
        } catch {
            throw Diagnostic(file: path(folder), message: "cannot list the folder")
        }
        let wanted = names.filter { name in
            !name.hasPrefix(".") && extensions.contains(String(name.split(separator: ".").last ?? ""))
        }.sorted()
        let problems = wanted.parallelMap { name in
            ContentFolder.problem(with: name, at: url.path + "/" + name, root: root)
                .map { Diagnostic(file: path("\(folder)/\(name)"), line: 1, column: 1, message: $0) }
        }.compactMap { $0 }
        if !problems.isEmpty { throw Diagnostics(problems) }
        return wanted
    }

    /// The slug of a topic, actor or note file, which other files name it by: the file's name
    /// must be it already (`slug(forFile:)`), so that what an editor writes is what links use.
    private func referencedSlug(_ name: String, in folder: String) throws -> String {
        let slug = slug(forFile: name)
        guard slug == fileStem(name), !slug.isEmpty else {
            throw Diagnostic(file: path("\(folder)/\(name)"), line: 1, column: 1, message: slug.isEmpty
                ? "the file's name has no letter or digit to make a page address from: rename it"
                : "the file's name is the page's address and how other files name it: rename it \(slug).md (lower case, no accents or spaces)")
        }
        return slug
    }
}
