extension String {
    /// The text cut at every line feed, empty lines kept: what `split(separator: "\n",
    /// omittingEmptySubsequences: false)` gives, found by bytes rather than by reading every
    /// character. (A line feed is a character of its own wherever it stands but in "\r\n", which
    /// `SourceText` has made "\n" before any file is parsed.)
    func lines() -> [Substring] {
        var out: [Substring] = []
        var start = startIndex
        while let feed = utf8[start...].firstIndex(of: UInt8(ascii: "\n")) {
            out.append(self[start..<feed])
            start = utf8.index(after: feed)
        }
        out.append(self[start...])
        return out
    }
}
