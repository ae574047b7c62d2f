import Foundation
import Model
import Rendering

/// The page keys of the last build (`PageKeys`), in `<project>/.briefings-cache/pages/`, one
/// list per output folder: a build into another folder starts with none.
struct PageKeyStore: Sendable {
    let file: URL

    init(project: URL, output: URL) {
        file = project.appendingPathComponent(".briefings-cache/pages/\(StableHash.of(output.path.utf8)).txt")
    }

    /// The last build's keys; none when there is no list or it cannot be read whole.
    func read() -> PageKeys? {
        guard let data = FileManager.default.contents(atPath: file.path) else { return nil }
        return PageKeys(text: String(decoding: data, as: UTF8.self))
    }

    /// Replaces the list in one step: a build killed midway leaves the old list or the new.
    func write(_ keys: PageKeys) {
        try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? Data(keys.text.utf8).write(to: file, options: .atomic)
    }
}
