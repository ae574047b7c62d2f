/// Marks which tokens of a sentence lie in a subordinate clause ("qui dirige le GNA",
/// "as officials stepped up their calls") or in a background span ("depuis avril 2019",
/// "between Dec. 1 and Jan. 27"), and where the reporting verbs are.
///
/// A clause runs from its opening word to the next comma, semicolon, colon or bracket. A
/// "que"/"that" right after a reporting verb opens what was said, not a subordinate clause;
/// one right after a noun ("the deal that they struck") opens a relative clause.
struct ClauseMarker: Sendable {
    let rules: LanguageRules

    struct Marks: Sendable {
        var subordinate: [Bool]
        var background: [Bool]
        /// Token ranges of reporting verbs ("a indiqué", "said").
        var reporting: [Range<Int>]
        /// The positions of the tokens that are not adverbs (`LanguageRules.positionsWithoutAdverbs`),
        /// over which verbs are matched: worked out here once for every rule of the sentence.
        var withoutAdverbs: [Int]
    }

    /// Words a date in apposition may take ("le 6 mars", "on March 6, 2020").
    static let maxAppositionLength = 4

    static let clauseEnds: PunctuationSet = [",", ";", ":", "(", ")", "\u{2014}", "\u{2013}"]

    /// "a déclaré, dans un communiqué diffusé vendredi, que": only a comma-delimited aside
    /// separates the verb from what it reports.
    static func onlyAsideBetween(_ tokens: [Token], _ from: Int, _ to: Int) -> Bool {
        guard from < to, tokens[from].isMark(","), tokens[to - 1].isMark(",") else { return false }
        return !(from + 1..<to - 1).contains { tokens[$0].isMark(",") || tokens[$0].isMark(";") }
    }

    /// ", en décembre,", ", le 6 mars,": a short aside between commas that carries a date;
    /// the index after its closing comma.
    func datedAside(_ tokens: [Token], at comma: Int) -> Int? {
        guard tokens[comma].isMark(",") else { return nil }
        var k = comma + 1
        while k < tokens.count, k - comma <= Self.maxAppositionLength, !Self.clauseEnds.contains(tokens[k]) { k += 1 }
        guard k < tokens.count, tokens[k].isMark(","), k > comma + 1 else { return nil }
        let dated = (comma + 1..<k).contains { tokens[$0].kind == .number || rules.isCalendarWord(tokens[$0].folded) }
        return dated ? k + 1 : nil
    }

    /// The tokens of a subordinate clause opening at `start`, to the end of its clause; a dated
    /// aside does not end it ("depuis que le régime a lancé, en décembre, une offensive").
    func subordinateClause(_ tokens: [Token], from start: Int) -> Range<Int> {
        var k = start
        while k < tokens.count {
            if Self.clauseEnds.contains(tokens[k]) {
                guard let after = datedAside(tokens, at: k) else { break }
                k = after
                continue
            }
            k += 1
        }
        return start..<k
    }

    func mark(_ tokens: [Token]) -> Marks {
        let n = tokens.count
        var subordinate = [Bool](repeating: false, count: n)
        var background = [Bool](repeating: false, count: n)
        let withoutAdverbs = rules.positionsWithoutAdverbs(tokens)
        let reporting = rules.matchesSkippingAdverbs(rules.reportingVerbs, in: tokens, kept: withoutAdverbs).map(\.range)
        var i = 0
        while i < n {
            // (A token no clause opener's class holds is passed by at once.)
            if tokens[i].inQuote || rules.clauseOpeners?.holds(tokens[i]) == false { i += 1; continue }
            if let m = rules.subordinators.match(tokens, at: i) {
                let afterReporting = reporting.contains { r in
                    r.upperBound <= i && (i - r.upperBound <= 2 || Self.onlyAsideBetween(tokens, r.upperBound, i))
                }
                let afterConjunction = i > 0 && rules.conjunctions.contains(tokens[i - 1])
                if !afterReporting && !afterConjunction {
                    // ("depuis que le régime a lancé son offensive": a subordinate clause that is
                    // also a background span.)
                    let since = rules.backgroundSpanCues.contains(tokens, at: m.start)
                    for k in subordinateClause(tokens, from: m.start) {
                        subordinate[k] = true
                        if since { background[k] = true }
                    }
                }
                i = m.end
                continue
            }
            // "the deal that Erdogan and Putin struck": a complementizer right after a noun
            // phrase, with no reporting verb shortly before it, opens a relative clause.
            // (Not in a noun phrase opening the sentence or a clause: "A truce that Russia said
            // would take effect … has done little", where the main verb is still to come.)
            if i >= 3, rules.complementizers.contains(tokens[i]), rules.determiners.contains(tokens[i - 2]),
               !Self.clauseEnds.contains(tokens[i - 3]),
               tokens[i - 1].isWord, !tokens[i - 1].looksLikeName,
               !reporting.contains(where: { $0.upperBound <= i && i - $0.upperBound <= 6 }) {
                var k = i
                while k < n, !Self.clauseEnds.contains(tokens[k]) { subordinate[k] = true; k += 1 }
                i += 1
                continue
            }
            if let m = rules.backgroundSpanCues.match(tokens, at: i) {
                var k = m.start
                while k < n, !Self.clauseEnds.contains(tokens[k]) { background[k] = true; k += 1 }
                // "depuis l'entrée en vigueur du cessez-le-feu, le 6 mars": a date in apposition
                // to the span's event is the span's date too.
                if k < n, tokens[k].isMark(",") {
                    var end = k + 1
                    while end < n, !Self.clauseEnds.contains(tokens[end]), !tokens[end].isMark(".") { end += 1 }
                    if end - (k + 1) <= Self.maxAppositionLength, (k + 1..<end).contains(where: { tokens[$0].kind == .number }) {
                        for j in k + 1..<end { background[j] = true }
                    }
                }
                i = m.end
                continue
            }
            i += 1
        }
        return Marks(subordinate: subordinate, background: background, reporting: reporting, withoutAdverbs: withoutAdverbs)
    }
}
