import Foundation
import Model

/// What the last successful build was made from and what it wrote, kept in
/// `<project>/.briefings-cache/build-stamp.json`, so that a build with nothing changed since
/// — the same content, templates, language data, program and output — stops at once.
///
/// The output is checked too (its number of files and bytes): a site edited or pruned by
/// hand is built again.
struct BuildStamp: Codable, Equatable {
    /// A hash of every input file and of the program.
    var inputs: String
    var articles: Int
    var events: Int
    var files: Int
    var bytes: Int
    var warnings: [Diagnostic]

    static func url(project: URL) -> URL {
        project.appendingPathComponent(".briefings-cache/build-stamp.json")
    }

    /// A hash of the project's inputs: every file under `Content/` and `Templates/` (path and
    /// bytes, in path order), the language data, the program and the output folder; with the
    /// bytes of `Content/`'s files, by path in it, for the build to load without reading them again.
    static func fingerprint(project: URL, output: URL, lexicons: [[UInt8]]) -> (String, content: [String: Data]) {
        var content: [String: Data] = [:]
        var hash = StableHash()
        hash.update(ExtractionCache.programIdentity)
        hash.update(output.path)
        for file in lexicons { hash.update(bytes: file) }
        for folder in ["Content", "Templates"] {
            let base = project.appendingPathComponent(folder).resolvingSymlinksInPath().path
            guard let walker = FileManager.default.enumerator(atPath: base) else {
                hash.update("no \(folder)")
                continue
            }
            var paths: [String] = []
            while let relative = walker.nextObject() as? String { paths.append(relative) }
            for relative in paths.sorted() {
                let full = base + "/" + relative
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
                hash.update(folder + "/" + relative)
                let data = FileManager.default.contents(atPath: full) ?? Data()
                hash.update(data.count)
                hash.update(bytes: data)
                if folder == "Content" { content[relative] = data }
            }
        }
        return (hash.hex, content)
    }

    /// The number of regular files under a folder and their total size.
    static func measure(_ folder: URL) -> (files: Int, bytes: Int) {
        var files = 0, bytes = 0
        func walk(_ path: String) {
            guard let directory = opendir(path) else { return }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafePointer(to: entry.pointee.d_name) {
                    $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
                }
                if name == "." || name == ".." { continue }
                let full = path + "/" + name
                var info = stat()
                guard lstat(full, &info) == 0 else { continue }
                switch info.st_mode & S_IFMT {
                case S_IFDIR: walk(full)
                case S_IFREG:
                    files += 1
                    bytes += Int(info.st_size)
                default: continue
                }
            }
        }
        walk(folder.path)
        return (files, bytes)
    }

    static func read(project: URL) -> BuildStamp? {
        guard let data = FileManager.default.contents(atPath: url(project: project).path) else { return nil }
        return try? JSONDecoder().decode(BuildStamp.self, from: data)
    }

    static func remove(project: URL) {
        try? FileManager.default.removeItem(at: url(project: project))
    }

    func write(project: URL) {
        guard let data = try? JSONEncoder().encode(self) else { return }
        let target = Self.url(project: project)
        try? FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? data.write(to: target, options: .atomic)
    }
}
