import Foundation
import Loading
import Model

/// `briefings new`: a content file with its front matter filled in, ready to write.
public enum NewContent {
    public enum ContentKind: String, CaseIterable, Sendable {
        case article, note, actor, topic
    }

    /// Where the file goes, relative to the project, and its text. Articles are named after
    /// their day and title (`Content/articles/2020-03-05-accord-de-moscou.md`), the rest after
    /// their title alone.
    public static func file(_ kind: ContentKind, title: String, language: String, today: Day) -> (path: String, text: String) {
        let slug = slugify(title)
        let quoted = yamlString(title)
        switch kind {
        case .article:
            return ("Content/articles/\(today.iso)-\(slug).md",
                    "---\ntitle: \(quoted)\ndate: \(today.iso)\nlang: \(language)\nsource: \"\"\nurl: \"\"\ntopics: []\n---\n\n")
        case .note:
            return ("Content/notes/\(slug).md", "---\ntitle: \(quoted)\ndate: \(today.iso)\ntopics: []\nactors: []\n---\n\n")
        case .actor:
            return ("Content/actors/\(slug).md", "---\nname: \(quoted)\naliases: []\nkind: person\n---\n\n")
        case .topic:
            return ("Content/topics/\(slug).md", "---\ntitle: \(quoted)\nsummary: \"\"\nkeywords: [\(quoted)]\n---\n\n")
        }
    }

    /// Writes the new file into the project and returns its path relative to the project;
    /// never replaces an existing file.
    public static func create(_ kind: ContentKind, title: String, project: URL, today: Day) throws -> String {
        guard !slugify(title).isEmpty else { throw NewContentError(message: "a title with letters or digits is needed, got \"\(title)\"") }
        let site = project.appendingPathComponent("Content/site.yml")
        let language = (try? SiteConfigParser.parse(path: "Content/site.yml", text: String(contentsOf: site, encoding: .utf8)).language) ?? "fr"
        let (path, text) = file(kind, title: title, language: language, today: today)
        let url = project.appendingPathComponent(path)
        guard !FileManager.default.fileExists(atPath: url.path) else {
            throw NewContentError(message: "\(path) already exists; nothing was written")
        }
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url, options: .withoutOverwriting)
        return path
    }

    /// A YAML double-quoted string: any title, quotes and backslashes included, stays text.
    static func yamlString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n", "\r", "\t": out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

public struct NewContentError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
