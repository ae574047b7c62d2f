/// Reads numbers written in digits or words: "25", "1.000", "trente-trois", "thirty-three",
/// "une trentaine" (30), "un millier" (1000), "dozens" (lower bound from the lexicon).
struct NumberReader: Sendable {
    let rules: LanguageRules

    struct Number: Sendable {
        var value: Int
        var start: Int
        /// One past the last token.
        var end: Int
    }

    /// The number starting at `index`, if one does.
    func read(_ tokens: [Token], at index: Int) -> Number? {
        let first = tokens[index]
        if first.kind == .number {
            guard let value = first.numberValue else { return nil }
            // "3.6 million": a multiplier word after digits.
            if index + 1 < tokens.count, let m = rules.numbers[tokens[index + 1]], m >= 1000 {
                return Number(value: value * m, start: index, end: index + 2)
            }
            return Number(value: value, start: index, end: index + 1)
        }
        guard first.isWord, rules.numbers[first] != nil || rules.approximateNumbers[first] != nil else {
            return nil
        }
        var total = 0
        var current = 0
        var end = index
        var k = index
        while k < tokens.count, tokens[k].isWord {
            let word = tokens[k]
            if let v = rules.numbers[word] {
                if current > 0 && v > current && (v == 20 || v == 100 || v >= 1000) {
                    current *= v  // "quatre-vingt", "deux cents", "trois mille"
                } else {
                    current += v
                }
                if v >= 1000 {
                    total += current
                    current = 0
                }
                end = k + 1
                k += 1
            } else if let v = rules.approximateNumbers[word] {
                current = max(current, 1) * v
                end = k + 1
                k += 1
                break
            } else {
                break
            }
        }
        let value = total + current
        return value > 0 ? Number(value: value, start: index, end: end) : nil
    }
}
