import Model
import Extraction
import Foundation

/// The language data: one JSON file per language, shipped in `Data/`, plus any a project adds
/// or overrides in its own `Lexicons/` folder (`Lexicons/de.json` teaches briefings German; a
/// project's `fr.json` replaces the shipped French one).
public enum LanguageData {
    /// Every built-in lexicon, sorted by language code.
    public static func builtIn() throws -> [Lexicon] {
        try decode(builtInFiles())
    }

    /// The built-in lexicons with the project's own, sorted by file name.
    public static func load(project: URL) throws -> [Lexicon] {
        try decode(files(project: project))
    }

    /// The bytes of every lexicon a project uses, in file-name order: what a cache of
    /// extraction results must be keyed on besides the articles themselves.
    public static func files(project: URL) throws -> [LexiconFile] {
        var byName = Dictionary(try builtInFiles().map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        for file in try projectFiles(project.appendingPathComponent("Lexicons")) { byName[file.name] = file }
        return byName.values.sorted { $0.name < $1.name }
    }

    /// The shipped files, read once per process: they are part of the installation.
    public static func builtInFiles() throws -> [LexiconFile] { try shipped.get() }

    private static let shipped = Result<[LexiconFile], any Error> {
        EmbeddedLexicons.files.keys.sorted().map { name in
            LexiconFile(name: name, path: name, bytes: Array(EmbeddedLexicons.files[name]!.utf8))
        }
    }

    /// A project's `Lexicons/*.json`, none when it has no such folder.
    private static func projectFiles(_ folder: URL) throws -> [LexiconFile] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else { return [] }
        return try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
            .map { url in
                LexiconFile(name: url.lastPathComponent, path: "Lexicons/" + url.lastPathComponent, bytes: [UInt8](try Data(contentsOf: url)))
            }
    }

    /// The lexicons of files already read (`files(project:)`), so that a build reads them once.
    public static func decode(_ files: [LexiconFile]) throws -> [Lexicon] {
        try files.map { file in
            do {
                return try JSONDecoder().decode(Lexicon.self, from: Data(file.bytes))
            } catch let error as DecodingError {
                throw Diagnostic(lexicon: file, error)
            }
        }
    }
}

/// One lexicon file: its name (`de.json`), where it was read from, and its bytes.
public struct LexiconFile: Sendable {
    public var name: String
    /// As shown in messages: `Lexicons/de.json` for a project's file.
    public var path: String
    public var bytes: [UInt8]
}

/// A lexicon file that cannot be read: the line and column of the faulty key, and why.
extension Diagnostic {
    init(lexicon file: LexiconFile, _ error: DecodingError) {
        let text = String(decoding: file.bytes, as: UTF8.self)
        let (key, message): (String?, String) = switch error {
        case .dataCorrupted(let c): (c.codingPath.last?.stringValue, c.debugDescription)
        case .keyNotFound(let key, let c): (nil, "missing key \"\(key.stringValue)\"\(c.codingPath.isEmpty ? "" : " in \(c.codingPath.map(\.stringValue).joined(separator: "."))")")
        case .typeMismatch(_, let c), .valueNotFound(_, let c): (c.codingPath.first?.stringValue, "\(c.codingPath.map(\.stringValue).joined(separator: ".")): \(c.debugDescription)")
        @unknown default: (nil, "\(error)")
        }
        let (line, column) = key.flatMap { Self.position(of: "\"\($0)\"", in: text) } ?? (1, 1)
        self.init(file: file.path, line: line, column: column, message: message)
    }

    /// Line and column (from 1) of the first occurrence of `needle`.
    static func position(of needle: String, in text: String) -> (Int, Int)? {
        guard let range = text.range(of: needle) else { return nil }
        let before = text[..<range.lowerBound]
        let line = before.filter { $0 == "\n" }.count + 1
        let column = before.distance(from: before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex, to: before.endIndex) + 1
        return (line, column)
    }
}
