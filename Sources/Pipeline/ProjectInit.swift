import Foundation
import Rendering

/// `briefings init`: a new project — `Content/` with a site, an example article, topic, actor
/// and note in the chosen language, and a copy of the default theme in `Templates/` to adapt.
/// Everything comes from inside the executable, so a copied `briefings` alone can start a site.
public enum ProjectInit {
    /// The languages a starter exists for (`Starter/<code>/`).
    public static var languages: [String] {
        Set(EmbeddedStarter.files.keys.compactMap { $0.split(separator: "/").first.map(String.init) }).sorted()
    }

    /// Writes the new project into `directory` (created if needed) and returns the paths
    /// written, relative to it. Refuses a folder that already holds `Content/`.
    public static func create(at directory: URL, language: String, bare: Bool) throws -> [String] {
        let prefix = language + "/"
        let starter = EmbeddedStarter.files.filter { $0.key.hasPrefix(prefix) }
        guard !starter.isEmpty else {
            throw ProjectInitError(message: "no starter for language \"\(language)\" (one of: \(languages.joined(separator: ", ")))")
        }
        guard !FileManager.default.fileExists(atPath: directory.appendingPathComponent("Content").path) else {
            throw ProjectInitError(message: "\(directory.path)/Content already exists; nothing was written")
        }
        var files = Dictionary(uniqueKeysWithValues: starter.map { (String($0.key.dropFirst(prefix.count)), $0.value) })
        files[".gitignore"] = "Site/\n.briefings-cache/\n"
        if !bare {
            for (path, text) in try Theme.builtIn().files { files["Templates/" + path] = text }
        }
        for (path, text) in files {
            let url = directory.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .withoutOverwriting)
        }
        return files.keys.sorted()
    }
}

public struct ProjectInitError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
