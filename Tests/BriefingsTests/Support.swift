import Foundation
@testable import Pipeline

/// The repository's root, found from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A small project written inline, Hugo-style: file paths and their text.
struct TestProject {
    let directory: URL

    init(_ files: [String: String]) throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("briefings-test-\(UUID().uuidString)")
        for (path, text) in files {
            let url = directory.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    var site: URL { directory.appendingPathComponent("Site") }

    @discardableResult
    func build() throws -> SiteBuilder.BuildReport {
        try SiteBuilder(project: directory).build()
    }

    func read(_ path: String) throws -> String {
        try String(contentsOf: site.appendingPathComponent(path), encoding: .utf8)
    }

    func remove() { try? FileManager.default.removeItem(at: directory) }

    /// The inode of a built file: the same from one build to the next when the file was kept.
    func inode(_ path: String) throws -> UInt64 {
        (try FileManager.default.attributesOfItem(atPath: site.appendingPathComponent(path).path)[.systemFileNumber] as! NSNumber).uint64Value
    }

    /// The default theme's files under `Templates/`, for a project that adapts them.
    static func themeFiles() throws -> [String: String] {
        let theme = repositoryRoot.appendingPathComponent("Sources/Rendering/DefaultTheme")
        var files: [String: String] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: theme.path) {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: theme.appendingPathComponent(path).path, isDirectory: &isDirectory),
                  !isDirectory.boolValue else { continue }
            files["Templates/" + path] = try String(contentsOf: theme.appendingPathComponent(path), encoding: .utf8)
        }
        return files
    }

    /// A valid minimal project, to which tests add or replace files.
    static let minimal: [String: String] = [
        "Content/site.yml": "title: Veille test\nlanguage: fr\ndescription: Un site d'essai\n",
        "Content/topics/idlib.md": "---\ntitle: Idlib\nsummary: L'offensive sur Idlib\nkeywords: [Idlib, Saraqeb]\n---\nNotes de la rédaction.\n",
        "Content/actors/vladimir-poutine.md": "---\nname: Vladimir Poutine\naliases: [Poutine, président russe]\nkind: person\ncountry: Russie\nrole: Président\n---\nPrésident russe.\n",
        "Content/actors/recep-tayyip-erdogan.md": "---\nname: Recep Tayyip Erdogan\naliases: [Erdogan, président turc]\nkind: person\n---\nPrésident turc.\n",
        "Content/articles/2020-02-21-appel.txt": "Poutine et Erdogan discutent d'Idlib\nLe président russe Vladimir Poutine a discuté vendredi au téléphone avec Recep Tayyip Erdogan de la situation à Idlib, a indiqué le Kremlin.\n",
    ]
}

/// Every file under a folder: relative path → bytes.
func tree(_ folder: URL) throws -> [String: Data] {
    var out: [String: Data] = [:]
    let base = folder.standardizedFileURL.path
    guard let walker = FileManager.default.enumerator(atPath: base) else { return out }
    while let relative = walker.nextObject() as? String {
        var isDirectory: ObjCBool = false
        let full = base + "/" + relative
        if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
            out[relative] = FileManager.default.contents(atPath: full)
        }
    }
    return out
}
