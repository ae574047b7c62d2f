import Foundation

/// Tells when the project's sources change: every file under `Content/`, `Templates/` and
/// `Lexicons/`, including folders made after the watch began. Changes are gathered until the
/// files have been quiet for `settle` seconds, so that one save (often several writes and a
/// rename) gives one rebuild.
///
/// Linux is told by the kernel (inotify); other systems look at every file now and then.
struct SourceWatcher: Sendable {
    let project: URL
    let folders: [String]
    var settle: Duration = .milliseconds(60)

    /// Calls `changed` with each batch of changed paths, until the task is cancelled.
    func run(_ changed: @Sendable ([String]) async -> Void) async throws {
        var source = try ChangeSource(project: project, folders: folders)
        var pending: [String] = []
        var quiet = Duration.zero
        let tick = ChangeSource.interval
        while true {
            try Task.checkCancellation()
            let seen = source.poll().filter(Self.matters)
            if !seen.isEmpty {
                pending += seen
                quiet = .zero
            } else if !pending.isEmpty && quiet >= settle {
                let batch = pending
                pending = []
                await changed(Array(Set(batch)).sorted())
                continue
            }
            try await Task.sleep(for: tick)
            quiet += tick
        }
    }

    /// Editors' backup and swap files (`.#x`, `x~`, `.x.swp`) are not sources.
    static func matters(_ path: String) -> Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return !name.hasPrefix(".") && !name.hasSuffix("~")
    }
}

#if os(Linux)
import Glibc

/// inotify: one watch per folder; a new folder is watched as soon as it appears.
struct ChangeSource {
    /// How often the kernel's queue is read: cheap, so often.
    static let interval = Duration.milliseconds(20)
    private let descriptor: Int32
    private var folders: [Int32: String] = [:]
    private let project: String
    private let roots: Set<String>
    private static let treeMask = UInt32(IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF)

    init(project: URL, folders names: [String]) throws {
        descriptor = inotify_init1(Int32(IN_NONBLOCK) | Int32(IN_CLOEXEC))
        guard descriptor >= 0 else { throw WatchError(message: "cannot watch the project's files: \(String(cString: strerror(errno)))") }
        self.project = project.standardizedFileURL.path
        roots = Set(names)
        // The project folder itself, to see `Templates/` (say) appear or go.
        let top = inotify_add_watch(descriptor, self.project, UInt32(IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO))
        if top >= 0 { folders[top] = self.project }
        for name in names { _ = watchTree(self.project + "/" + name) }
    }

    /// Every path changed since the last call; empty when nothing happened.
    mutating func poll() -> [String] {
        var changed: [String] = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            changed += parse(buffer, count: count)
        }
        return changed
    }

    private mutating func parse(_ buffer: [UInt8], count: Int) -> [String] {
        var changed: [String] = []
        var offset = 0
        let header = MemoryLayout<inotify_event>.size
        while offset + header <= count {
            let (watch, mask, length) = buffer.withUnsafeBytes { raw in
                (raw.loadUnaligned(fromByteOffset: offset, as: Int32.self),
                 raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
                 Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self)))
            }
            let nameBytes = buffer[(offset + header)..<min(count, offset + header + length)].prefix { $0 != 0 }
            offset += header + length
            if mask & UInt32(IN_Q_OVERFLOW) != 0 { changed.append(project); continue }
            if mask & UInt32(IN_IGNORED) != 0 { folders[watch] = nil; continue }
            guard let folder = folders[watch] else { continue }
            let name = String(decoding: nameBytes, as: UTF8.self)
            let path = name.isEmpty ? folder : folder + "/" + name
            if folder == project {
                guard roots.contains(name) else { continue }
                if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { changed += watchTree(path) }
            } else if mask & UInt32(IN_ISDIR) != 0, mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                changed += watchTree(path)
            }
            changed.append(path)
        }
        return changed
    }

    /// Watches a folder and every folder under it; returns the files already there (a folder
    /// moved in whole brings them).
    private mutating func watchTree(_ root: String) -> [String] {
        var found: [String] = []
        var stack = [root]
        while let folder = stack.popLast() {
            let watch = inotify_add_watch(descriptor, folder, Self.treeMask)
            guard watch >= 0 else { continue }
            folders[watch] = folder
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
                let path = folder + "/" + name
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                    stack.append(path)
                } else {
                    found.append(path)
                }
            }
        }
        return found
    }
}
#else
/// Elsewhere: the sizes and modification times of every file, compared with the last look.
struct ChangeSource {
    /// How often every file is looked at: a walk of the whole tree, so seldom.
    static let interval = Duration.milliseconds(400)
    private let roots: [String]
    private var seen: [String: [Double]] = [:]

    init(project: URL, folders names: [String]) throws {
        roots = names.map { project.standardizedFileURL.path + "/" + $0 }
        seen = Self.snapshot(roots)
    }

    mutating func poll() -> [String] {
        let now = Self.snapshot(roots)
        defer { seen = now }
        return Set(now.keys).union(seen.keys).filter { now[$0] != seen[$0] }.sorted()
    }

    private static func snapshot(_ roots: [String]) -> [String: [Double]] {
        var files: [String: [Double]] = [:]
        for root in roots {
            guard let walker = FileManager.default.enumerator(atPath: root) else { continue }
            while let relative = walker.nextObject() as? String {
                let attributes = walker.fileAttributes ?? [:]
                let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                let size = (attributes[.size] as? NSNumber)?.doubleValue ?? 0
                files[root + "/" + relative] = [modified, size]
            }
        }
        return files
    }
}
#endif

struct WatchError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
