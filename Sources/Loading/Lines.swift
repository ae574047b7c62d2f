#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension String {
    /// The text cut at every line feed, empty lines kept: what `split(separator: "\n",
    /// omittingEmptySubsequences: false)` gives, found by bytes rather than by reading every
    /// character. (A line feed is a character of its own wherever it stands but in "\r\n", which
    /// `SourceText` has made "\n" before any file is parsed.)
    func lines() -> [Substring] {
        var text = self
        let feeds = text.withUTF8 { bytes -> [Int] in
            guard let base = bytes.baseAddress else { return [] }
            var feeds: [Int] = []
            var from = 0
            while from < bytes.count, let found = memchr(base + from, 0x0A, bytes.count - from) {
                let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                feeds.append(at)
                from = at + 1
            }
            return feeds
        }
        var out: [Substring] = []
        out.reserveCapacity(feeds.count + 1)
        var start = startIndex
        for offset in feeds {
            let feed = utf8.index(utf8.startIndex, offsetBy: offset)
            out.append(self[start..<feed])
            start = utf8.index(after: feed)
        }
        out.append(self[start...])
        return out
    }
}
