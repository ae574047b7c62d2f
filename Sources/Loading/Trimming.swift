extension StringProtocol {
    /// Without leading and trailing white space (including \r and non-breaking spaces).
    func trimmed() -> String {
        var s = self[...]
        while let c = s.first, c.isWhitespace { s = s.dropFirst() }
        while let c = s.last, c.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
