import Foundation

/// What may stand in a content folder: plain files with names that can become page addresses,
/// and symbolic links only to files inside `Content/` itself.
enum ContentFolder {
    /// Why the entry cannot be read as content, or nil when it can. `root` is `Content/` with
    /// its links resolved (`resolved(_:)`), worked out once for all the files.
    static func problem(with name: String, at path: String, root: String) -> String? {
        if let bad = name.unicodeScalars.first(where: { forbidden.contains($0) || $0.properties.generalCategory == .control }) {
            let shown = bad.value < 0x20 || bad.value == 0x7F ? String(format: "U+%04X", bad.value) : "\"\(bad)\""
            return "the file name holds \(shown), which cannot be part of a page address: rename the file"
        }
        if let outside = linkOutside(path, root: root) { return outside }
        var status = stat()
        guard stat(path, &status) == 0 else { return "cannot read the file (a broken link, or permission denied)" }
        guard status.st_mode & S_IFMT == S_IFREG else { return "not a plain file (a folder, a pipe or a device): only text files are read" }
        return nil
    }

    /// When `path` is, or is reached through, a symbolic link that leads outside `root`: why it
    /// is refused.
    static func linkOutside(_ path: String, root base: String) -> String? {
        guard let target = realPath(path) else { return nil }
        guard target != base, !target.hasPrefix(base + "/") else { return nil }
        return "a symbolic link to \(target), outside Content/: links out of the content folder are not followed (copy the file in instead)"
    }

    /// Characters that would change a page address's meaning (`?`, `#`, `%`) or break out of
    /// HTML or a path.
    private static let forbidden: Set<Unicode.Scalar> = ["/", "\\", "?", "#", "%", "<", ">", "\"", "'", "`", "*", "|", ":"]

    /// A folder's path with every link resolved (itself when it cannot be resolved).
    static func resolved(_ path: String) -> String { realPath(path) ?? path }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
