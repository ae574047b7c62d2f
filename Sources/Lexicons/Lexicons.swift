import Extraction
import Foundation

/// The language data shipped with briefings: one JSON file per language in `Data/`.
public enum Lexicons {
    /// Every built-in lexicon, sorted by language code.
    public static func builtIn() throws -> [Lexicon] {
        try builtInFiles().map { try JSONDecoder().decode(Lexicon.self, from: Data($0)) }
    }

    /// The bytes of every built-in lexicon file, in language order: what a cache of
    /// extraction results must be keyed on besides the articles themselves. Read once per
    /// process: the files are part of the installation.
    public static func builtInFiles() throws -> [[UInt8]] { try files.get() }

    private static let files = Result<[[UInt8]], any Error> {
        guard let folder = Bundle.module.url(forResource: "Data", withExtension: nil) else { return [] }
        return try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
            .map { [UInt8](try Data(contentsOf: $0)) }
    }
}
