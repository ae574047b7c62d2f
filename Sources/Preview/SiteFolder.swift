import Foundation

/// The built site as the preview server sees it: a request path turned into a file inside the
/// site's folder, and never into anything outside it.
///
/// The path is percent-decoded once; a `.` or `..` segment, a backslash or a NUL byte is
/// refused, and a symbolic link that resolves outside the folder is not followed. A path
/// decoded twice over (`%252e%252e`) is therefore only a strange file name, which is not found.
struct SiteFolder: Sendable {
    let root: URL

    enum Resolution: Equatable {
        /// A file inside the folder (an absolute path).
        case file(String)
        /// A folder asked for without its final slash: the browser is sent to `path/`, so that
        /// the page's relative links resolve.
        case redirect(String)
        case notFound
        /// A path that is not well formed or tries to leave the folder.
        case refused
    }

    func lookup(_ requestPath: String) -> Resolution {
        guard let decoded = Self.percentDecoded(requestPath), decoded.hasPrefix("/") else { return .refused }
        guard !decoded.contains("\\"), !decoded.unicodeScalars.contains("\0") else { return .refused }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: true)
        if segments.contains(where: { $0 == "." || $0 == ".." }) { return .refused }
        // Hidden files (an editor's backup, a stray .DS_Store) are not part of the site.
        if segments.contains(where: { $0.hasPrefix(".") }) { return .notFound }
        guard let base = Self.realPath(root.path) else { return .notFound }
        var candidate = segments.reduce(base) { $0 + "/" + $1 }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory) else { return .notFound }
        if isDirectory.boolValue {
            guard requestPath.hasSuffix("/") else { return .redirect(requestPath + "/") }
            candidate += "/index.html"
        }
        guard let resolved = Self.realPath(candidate), resolved.hasPrefix(base + "/") else { return .notFound }
        return .file(resolved)
    }

    /// `%XX` escapes decoded into bytes, which must then be UTF-8; nil for a malformed escape.
    static func percentDecoded(_ path: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(path.utf8.count)
        var iterator = path.utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else { bytes.append(byte); continue }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else { return nil }
            bytes.append(high << 4 | low)
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// The path with every symbolic link resolved, or nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The media type of a site file, from its extension.
    static func mediaType(of path: String) -> String {
        let ext = path.split(separator: ".").last.map { $0.lowercased() } ?? ""
        return mediaTypes[ext] ?? "application/octet-stream"
    }

    private static let mediaTypes: [String: String] = [
        "html": "text/html; charset=utf-8", "css": "text/css; charset=utf-8",
        "js": "text/javascript; charset=utf-8", "json": "application/json",
        "geojson": "application/geo+json", "xml": "application/xml", "atom": "application/atom+xml",
        "csv": "text/csv; charset=utf-8", "txt": "text/plain; charset=utf-8", "md": "text/markdown; charset=utf-8",
        "svg": "image/svg+xml", "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg",
        "gif": "image/gif", "webp": "image/webp", "ico": "image/x-icon", "woff2": "font/woff2",
        "webmanifest": "application/manifest+json", "pdf": "application/pdf",
    ]
}
