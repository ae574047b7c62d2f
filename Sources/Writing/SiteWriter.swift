import Foundation
import Model

/// Stage 5: puts the built files on disk without ever leaving a half-written site.
///
/// The new site is written into a fresh folder beside the output, then swapped in; if
/// anything fails before the swap, the previous output is left exactly as it was. A file
/// whose bytes have not changed is not rewritten: the new folder takes the previous file
/// itself (a hard link), with its modification time, so `rsync` and other publishers send
/// only what changed.
public struct SiteWriter: Sendable {
    public let output: URL

    public init(output: URL) {
        self.output = output.standardizedFileURL
    }

    /// Where the files of the new site go, from any number of threads at once.
    public struct Sink: Sendable {
        /// Writes files (paths relative to the output).
        public let write: @Sendable ([SiteFile]) throws -> Void
        /// Takes the previous output's file at `path` as it is, when it is a regular file of
        /// `size` bytes; false when there is none such (the caller then writes the file).
        public let keep: @Sendable (_ path: String, _ size: Int) -> Bool
    }

    /// Writes `files` (paths relative to the output) and replaces the output folder.
    public func write(_ files: [SiteFile]) throws {
        try write { sink in
            // The first failure by path is reported, so that messages are stable.
            let failures = files.parallelMap { file -> WriteError? in
                do { try sink.write([file]) } catch let error as WriteError { return error } catch { return WriteError(path: file.path, message: "\(error)") }
                return nil
            }
            if let first = failures.compactMap({ $0 }).min(by: { $0.path < $1.path }) { throw first }
        }
    }

    /// Writes the files `produce` hands to its sink — which any number of threads may call at
    /// once, as each piece of the site is made — then replaces the output folder. If `produce`
    /// or a write fails, nothing under the output has changed.
    public func write(_ produce: (_ sink: Sink) throws -> Void) throws {
        let fm = FileManager.default
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        let staging = parent.appendingPathComponent(".\(name).building-\(ProcessInfo.processInfo.processIdentifier)")
        let retired = parent.appendingPathComponent(".\(name).previous-\(ProcessInfo.processInfo.processIdentifier)")
        let previous = fm.fileExists(atPath: output.path) ? output.path : nil
        Self.removeAbandoned(beside: output)
        try? fm.removeItem(at: staging)
        do {
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
            let folders = Folders(root: staging.path)
            let root = staging.path
            let write: @Sendable ([SiteFile]) throws -> Void = { files in
                for file in files {
                    try Self.checkInside(file.path)
                    try folders.ensure(parentOf: file.path)
                    try Self.put(file, at: root + "/" + file.path, previous: previous.map { $0 + "/" + file.path })
                }
            }
            let keep: @Sendable (String, Int) -> Bool = { path, size in
                guard let previous, (try? Self.checkInside(path)) != nil, (try? folders.ensure(parentOf: path)) != nil else { return false }
                return Self.linkPrevious(previous + "/" + path, to: root + "/" + path, size: size)
            }
            try produce(Sink(write: write, keep: keep))
        } catch {
            try? fm.removeItem(at: staging)
            throw error
        }
        // Swap in one step where the system can, so that a reader (the preview server) finds
        // either the old site or the new one, never none; then the old one goes.
        if fm.fileExists(atPath: output.path), AtomicExchange.swap(staging.path, output.path) {
            try? fm.removeItem(at: staging)
            return
        }
        // Elsewhere: the old site steps aside, the new one takes its name, then the old one goes.
        let hadOutput = fm.fileExists(atPath: output.path)
        if hadOutput { try fm.moveItem(at: output, to: retired) }
        do {
            try fm.moveItem(at: staging, to: output)
        } catch {
            if hadOutput { try? fm.moveItem(at: retired, to: output) }
            try? fm.removeItem(at: staging)
            throw error
        }
        if hadOutput { try? fm.removeItem(at: retired) }
    }
}

extension SiteWriter {
    /// The staging and retired folders of builds that were killed before they could tidy up
    /// (`.Site.building-<pid>`, `.Site.previous-<pid>` whose process is gone): removed, so that
    /// they do not pile up beside the output. A running build's folders are left alone.
    static func removeAbandoned(beside output: URL) {
        let fm = FileManager.default
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        for entry in (try? fm.contentsOfDirectory(atPath: parent.path)) ?? [] {
            for prefix in [".\(name).building-", ".\(name).previous-"] where entry.hasPrefix(prefix) {
                guard let pid = Int32(entry.dropFirst(prefix.count)), kill(pid, 0) != 0, errno == ESRCH else { continue }
                try? fm.removeItem(at: parent.appendingPathComponent(entry))
            }
        }
    }

    /// A path relative to the output that stays inside it.
    static func checkInside(_ path: String) throws {
        guard !path.hasPrefix("/"), !path.split(separator: "/").contains("..") else {
            throw WriteError(path: path, message: "a site file must stay inside the output folder")
        }
    }

    /// The previous site's file at `previous`, a regular file of `size` bytes, linked as the
    /// new site's at `path`.
    static func linkPrevious(_ previous: String, to path: String, size: Int) -> Bool {
        var info = stat()
        guard lstat(previous, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) == size else { return false }
        return Foundation.link(previous, path) == 0
    }

    /// Writes one file; the previous site's copy stands in for it (a hard link) when its bytes
    /// are the same.
    static func put(_ file: SiteFile, at path: String, previous: String?) throws {
        if let previous, holds(previous, file.bytes), link(previous, path) == 0 { return }
        try FileBytes.write(file.bytes, to: path)
    }
}

/// The folders made so far inside the new site, shared by the threads writing into it.
final class Folders: @unchecked Sendable {
    private let root: String
    private var made: Set<String> = [""]
    private let lock = NSLock()

    init(root: String) { self.root = root }

    /// Makes the folder that will hold `path` (relative to the root), once.
    func ensure(parentOf path: String) throws {
        guard let slash = path.lastIndex(of: "/") else { return }
        let folder = String(path[..<slash])
        try lock.withLock {
            guard !made.contains(folder) else { return }
            try FileManager.default.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
            made.insert(folder)
        }
    }
}

extension SiteWriter {
    /// Whether the file at `path` is a regular file holding exactly `bytes`.
    static func holds(_ path: String, _ bytes: [UInt8]) -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) == bytes.count,
              let data = FileManager.default.contents(atPath: path), data.count == bytes.count else { return false }
        if bytes.isEmpty { return true }
        return data.withUnsafeBytes { old in bytes.withUnsafeBytes { new in memcmp(old.baseAddress!, new.baseAddress!, new.count) == 0 } }
    }
}

/// A file that could not be written.
public struct WriteError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String
    public var description: String { "\(path): \(message)" }
}
