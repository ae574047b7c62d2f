import Model

/// Reads one article file: Markdown with front matter, or bare text (title line, then one
/// paragraph per line).
public enum ArticleParser {
    static let fields: Set<String> = ["title", "date", "source", "url", "lang", "topics"]

    /// - Parameters:
    ///   - fileName: the name in `Content/articles/`, which may carry a `YYYY-MM-DD-` date prefix.
    ///   - path: the path shown in error messages.
    public static func parse(fileName: String, path: String, text: String) throws -> Article {
        let slug = slug(forFile: fileName)
        let prefixDate = datePrefix(of: fileName)
        if let prefixDate, !Day.plausibleYears.contains(prefixDate.year) {
            throw Diagnostic(file: path, line: 1, column: 1,
                               message: "the file name's date \(prefixDate.iso) is outside \(Day.plausibleYears.lowerBound)–\(Day.plausibleYears.upperBound)")
        }
        if fileName.hasSuffix(".txt") {
            let lines = text.lines().enumerated()
                .map { (line: $0.offset + 1, text: $0.element.trimmed()) }
                .filter { !$0.text.isEmpty }
            guard let title = lines.first else {
                throw Diagnostic(file: path, line: 1, message: "empty article: the first line must be its title")
            }
            var article = Article(fileName: fileName, slug: slug, title: title.text, published: prefixDate,
                                  dateOrigin: prefixDate == nil ? .unknown : .fileName, paragraphs: lines.dropFirst().map(\.text))
            article.blockLines = lines.map(\.line)
            return article
        }
        let front = try FrontMatter(file: path, text: text)
        guard front.isPresent else {
            throw Diagnostic(file: path, line: 1, message: "a .md article starts with front matter (--- title, date ... ---)")
        }
        try front.allowOnly(fields)
        let title = try front.requiredString("title")
        let date = try front.day("date")
        guard let published = date ?? prefixDate else {
            throw Diagnostic(file: path, line: 1,
                               message: "no publication date: add `date: YYYY-MM-DD` or start the file name with it")
        }
        let url = try front.string("url").flatMap { $0.isEmpty ? nil : $0 }
        if let url, !WebAddress.isHTTP(url) {
            throw Diagnostic(file: path, line: front.line(of: "url"), column: front.column(of: "url"),
                               message: "`url` must be an http:// or https:// address, got \"\(url)\"")
        }
        let language = try front.string("lang")
        if let language, !language.allSatisfy({ $0.isLetter }) || language.count != 2 {
            throw Diagnostic(file: path, line: front.line(of: "lang"), message: "`lang` must be a two-letter code such as fr or en")
        }
        var article = Article(fileName: fileName, slug: slug, title: title, published: published,
                       dateOrigin: date == nil ? .fileName : .frontMatter,
                       source: try front.string("source"), url: url,
                       language: language?.lowercased(), topics: try front.strings("topics"),
                       paragraphs: [])
        let blocks = paragraphs(of: front.body, firstLine: front.bodyLine)
        article.paragraphs = blocks.map(\.text)
        article.blockLines = [front.line(of: "title") ?? 1] + blocks.map(\.line)
        article.fieldLines = Dictionary(uniqueKeysWithValues: ArticleParser.fields.compactMap { key in front.line(of: key).map { (key, $0) } })
        return article
    }

    /// Blank-line separated blocks, each joined into one line, with the line it starts at.
    static func paragraphs(of body: String, firstLine: Int = 1) -> [(text: String, line: Int)] {
        var result: [(text: String, line: Int)] = []
        var current: [String] = []
        var start = firstLine
        for (offset, line) in body.lines().enumerated() {
            let trimmed = line.trimmed()
            if trimmed.isEmpty {
                if !current.isEmpty { result.append((current.joined(separator: " "), start)) }
                current = []
            } else {
                if current.isEmpty { start = firstLine + offset }
                current.append(trimmed)
            }
        }
        if !current.isEmpty { result.append((current.joined(separator: " "), start)) }
        return result
    }

    /// The `YYYY-MM-DD` at the start of a file name, if it is a real date.
    public static func datePrefix(of fileName: String) -> Day? {
        let prefix = fileName.prefix(11)
        guard prefix.count == 11, prefix.last == "-" else { return nil }
        return Day(iso: String(prefix.dropLast()))
    }
}
