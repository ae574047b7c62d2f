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

    /// Writes `files` (paths relative to the output) and replaces the output folder.
    public func write(_ files: [SiteFile]) throws {
        try write { sink in try sink(files) }
    }

    /// Writes the files `produce` hands to its sink, batch after batch, then replaces the output
    /// folder. If `produce` or a write fails, nothing under the output has changed.
    public func write(_ produce: (_ sink: ([SiteFile]) throws -> Void) throws -> Void) throws {
        let fm = FileManager.default
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        let staging = parent.appendingPathComponent(".\(name).building-\(ProcessInfo.processInfo.processIdentifier)")
        let retired = parent.appendingPathComponent(".\(name).previous-\(ProcessInfo.processInfo.processIdentifier)")
        let previous = fm.fileExists(atPath: output.path) ? output : nil
        try? fm.removeItem(at: staging)
        do {
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
            var folders: Set<String> = [staging.path]
            try produce { files in
                for file in files {
                    guard !file.path.hasPrefix("/"), !file.path.split(separator: "/").contains("..") else {
                        throw WriteError(path: file.path, message: "a site file must stay inside the output folder")
                    }
                }
                let needed = Set(files.map { staging.appendingPathComponent($0.path).deletingLastPathComponent().path })
                for folder in needed.subtracting(folders).sorted() {
                    try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
                }
                folders.formUnion(needed)
                try writeAll(files, into: staging, previous: previous)
            }
        } catch {
            try? fm.removeItem(at: staging)
            throw error
        }
        // Swap: the old site steps aside, the new one takes its name, then the old one goes.
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
    /// Writes the files on every core; the folders exist already. The first failure by path
    /// is reported, so messages are stable.
    func writeAll(_ files: [SiteFile], into folder: URL, previous: URL?) throws {
        let failures = files.parallelMap { file -> WriteError? in
            let url = folder.appendingPathComponent(file.path)
            if let previous {
                let old = previous.appendingPathComponent(file.path).path
                if Self.holds(old, file.bytes), link(old, url.path) == 0 { return nil }
            }
            do {
                try Data(file.bytes).write(to: url)
                return nil
            } catch {
                return WriteError(path: url.path, message: "cannot write the file (\(error.localizedDescription))")
            }
        }
        if let first = failures.compactMap({ $0 }).min(by: { $0.path < $1.path }) { throw first }
    }
}

extension SiteWriter {
    /// Whether the file at `path` is a regular file holding exactly `bytes`.
    static func holds(_ path: String, _ bytes: [UInt8]) -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) == bytes.count,
              let data = FileManager.default.contents(atPath: path) else { return false }
        return data.elementsEqual(bytes)
    }
}

/// A file that could not be written.
public struct WriteError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String
    public var description: String { "\(path): \(message)" }
}
