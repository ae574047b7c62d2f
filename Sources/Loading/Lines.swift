import Model

extension String {
    /// The text cut at every line feed, empty lines kept: what `split(separator: "\n",
    /// omittingEmptySubsequences: false)` gives, found by bytes rather than by reading every
    /// character. (A line feed is a character of its own wherever it stands but in "\r\n", which
    /// `SourceText` has made "\n" before any file is parsed.)
    func lines() -> [Substring] {
        var text = self
        let feeds = text.withUTF8 { bytes -> [Int] in
            var feeds: [Int] = []
            while let at = bytes.firstOffset(of: UInt8(ascii: "\n"), from: (feeds.last ?? -1) + 1) { feeds.append(at) }
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
