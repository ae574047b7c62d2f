/// Recognises an article's language by counting each lexicon's stop words.
struct LanguageDetector: Sendable {
    let languages: [LanguageRules]

    /// The language whose stop words are most frequent; the first lexicon on a tie.
    func detect(_ tokens: [Token]) -> LanguageRules? {
        var best: (rules: LanguageRules, count: Int)?
        for rules in languages {
            let count = tokens.reduce(0) { $0 + (rules.stopWords.contains($1) ? 1 : 0) }
            if best == nil || count > best!.count { best = (rules, count) }
        }
        return best?.rules
    }
}
