import Extraction
import Foundation

/// The language data shipped with briefings: one JSON file per language in `Data/`.
public enum Lexicons {
    /// Every built-in lexicon, sorted by language code.
    public static func builtIn() throws -> [Lexicon] {
        guard let folder = Bundle.module.url(forResource: "Data", withExtension: nil) else { return [] }
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        return try files.map { try JSONDecoder().decode(Lexicon.self, from: Data(contentsOf: $0)) }
    }
}
