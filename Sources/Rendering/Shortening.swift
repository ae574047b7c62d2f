extension String {
    /// The text with every run of `separator` characters made one space (runs at either end
    /// dropped), cut at its last space within `limit` characters, with " …", when it is longer.
    ///
    /// It gives what `split(whereSeparator:).joined(separator: " ")` and a cut would, but reads
    /// only as far as the cut: the text can be a whole article, and every page has a description.
    func shortened(to limit: Int, joiningRunsOf isSeparator: (Character) -> Bool) -> String {
        var flat = ""
        var count = 0
        var pendingSpace = false
        for character in self {
            if isSeparator(character) {
                pendingSpace = count > 0
                continue
            }
            if pendingSpace {
                flat.append(" ")
                count += 1
                pendingSpace = false
            }
            flat.append(character)
            count += 1
            // (Counted per character appended, checked against the string itself: a combining
            // mark after a joined space joins it.)
            if count > limit {
                count = flat.count
                if count > limit { break }
            }
        }
        guard count > limit else { return flat }
        let cut = flat.prefix(limit)
        return String(cut[..<(cut.lastIndex(of: " ") ?? cut.endIndex)]) + " …"
    }
}
