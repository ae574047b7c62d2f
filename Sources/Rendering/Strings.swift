import Foundation
import Model

/// The interface's words in the site's language, from the theme's `strings/<lang>.json`.
struct Strings: Sendable {
    let language: String
    let labels: [String: String]
    /// The same words escaped for HTML, for templates' HTML blocks: `{{{h.key}}}`.
    let htmlLabels: [String: String]
    let months: [String]
    /// `date_format` cut once into its parts: dates are written for every event of every page.
    private let datePattern: [DatePart]
    /// Each event type's label, looked up once: every line of every list shows one.
    private let typeLabels: [EventType: String]

    private enum DatePart: Sendable {
        case text(String), day, month, year
    }

    /// - Parameter line: where `site.yml` names the language, for the message when the theme
    ///   has no words for it.
    init(theme: Theme, language: String, line: Int? = nil) throws {
        let name = "strings/\(language).json"
        guard let text = try? theme.file(name) else {
            throw Diagnostic(file: line == nil ? "Templates/\(name)" : "Content/site.yml", line: line, column: 1,
                             message: "no interface words for the site's language \"\(language)\": add \(name) to the theme "
                                 + "(a copy of the default theme in Templates/, with strings/\(language).json beside strings/en.json)")
        }
        struct File: Decodable {
            let labels: [String: String]
            let months: [String]
        }
        let file: File
        do {
            file = try JSONDecoder().decode(File.self, from: Data(text.utf8))
        } catch {
            throw Diagnostic(file: "Templates/\(name)", message: "\(error)")
        }
        guard file.months.count == 12 else { throw Diagnostic(file: "Templates/\(name)", message: "`months` must list 12 names") }
        self.language = language
        self.labels = file.labels
        self.htmlLabels = file.labels.mapValues(Markup.escapeOnOneLine)
        self.months = file.months
        self.datePattern = Self.parse(file.labels["date_format"] ?? "{day} {month} {year}")
        self.typeLabels = Dictionary(uniqueKeysWithValues: EventType.allCases.map { type in
            let key = "type." + type.rawValue
            return (type, file.labels[key] ?? key)
        })
    }

    private static func parse(_ format: String) -> [DatePart] {
        var parts: [DatePart] = []
        var rest = Substring(format)
        let fields: [(String, DatePart)] = [("{day}", .day), ("{month}", .month), ("{year}", .year)]
        while !rest.isEmpty {
            let next = fields.compactMap { name, part in rest.range(of: name).map { ($0, part) } }.min { $0.0.lowerBound < $1.0.lowerBound }
            guard let (range, part) = next else { parts.append(.text(String(rest))); break }
            if range.lowerBound > rest.startIndex { parts.append(.text(String(rest[..<range.lowerBound]))) }
            parts.append(part)
            rest = rest[range.upperBound...]
        }
        return parts
    }

    subscript(_ key: String) -> String { labels[key] ?? key }

    /// "21 février 2020", "1er mars 2020", "21 February 2020", after the strings' `date_format`
    /// ("{day} {month} {year}") and `first_day` ("1er").
    func date(_ day: Day) -> String {
        var text = ""
        for part in datePattern {
            switch part {
            case .text(let literal): text += literal
            case .day: text += day.day == 1 ? labels["first_day"] ?? "1" : String(day.day)
            case .month: text += months[day.month - 1]
            case .year: text += String(day.year)
            }
        }
        return text
    }

    /// "la Russie", "l'Union européenne", "les États-Unis": a name with the article its profile
    /// gives it (none by default), for interface words such as "selon".
    func withArticle(_ name: String, _ article: String?) -> String {
        guard let article, !article.isEmpty else { return name }
        let elided = article.hasSuffix("'") || article.hasSuffix("\u{2019}")
        return elided ? article + name : article + " " + name
    }

    /// Numbers with the language's thousands separator: 1 000 / 1,000.
    func number(_ n: Int) -> String {
        let digits = String(n.magnitude)
        let separator = self["thousands_separator"] == "thousands_separator" ? "," : self["thousands_separator"]
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += separator }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + out
    }

    func eventType(_ type: EventType) -> String { typeLabels[type] ?? self["type." + type.rawValue] }
}
