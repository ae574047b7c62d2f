/// "MOSCOU, 5 mars 2020 (AFP) -", "BRUSSELS (Reuters) —", "BERLIN —": where and when the copy was filed,
/// not where or when what it tells happened. The reading leaves it out of the sentence it opens.
enum Dateline {
    /// The number of tokens a dateline takes at the start of a sentence, 0 when there is none:
    /// a place in capitals, then a comma or a bracketed agency, up to a dash within the first
    /// words; or a place in capitals alone before the dash.
    static func length(_ tokens: [Token]) -> Int {
        guard let first = tokens.first, first.isWord, first.isAllCaps, first.text.count >= 3 else { return 0 }
        var sawMark = false
        for k in 1..<min(tokens.count, maxLength) {
            let text = tokens[k].text
            if text == "," || text == "(" { sawMark = true }
            if dashes.contains(text) {
                let placeAlone = tokens[..<k].allSatisfy { $0.isWord && $0.isAllCaps }
                return (sawMark || placeAlone) && k + 1 < tokens.count ? k + 1 : 0
            }
        }
        return 0
    }

    static let maxLength = 16
    static let dashes: PunctuationSet = ["-", "\u{2014}", "\u{2013}"]
}
