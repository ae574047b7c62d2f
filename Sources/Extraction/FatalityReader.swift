/// Reads how many people a sentence says were killed: "25 combattants tués", "une trentaine
/// de soldats tués", "thirty-three Turkish soldiers were killed", "killing 10 civilians",
/// "plus d'un millier de morts" (1000). Wounded and displaced counts, votes, years and ages
/// are not deaths because no killed-word governs them; "five of them women" is a part of a
/// figure already counted. Figures for several sides in one sentence are added up; figures
/// that another source gives ("trois civils tués, tandis qu'un responsable a fait état de deux
/// morts") are two reports of one toll, of which the lower counts.
struct FatalityReader: Sendable {
    let rules: LanguageRules
    let numbers: NumberReader

    /// Words allowed between a figure and its killed-word ("soldats turcs ont été").
    static let maxGap = 5

    func read(_ tokens: [Token]) -> Int? {
        var total = 0
        var found = false
        // "two days after an air strike that killed 33 of its troops": a toll told in a relative
        // clause about another event counts only when the sentence gives no toll of its own.
        var relative = 0
        var foundRelative = false
        var lastEnd: Int?
        var i = 0
        while i < tokens.count {
            guard !tokens[i].inQuote, let n = numbers.read(tokens, at: i) ?? singular(tokens, at: i) else { i += 1; continue }
            let wounded = n.end < tokens.count && rules.woundedWords.contains(tokens, at: n.end)
            // "a tué une trentaine de cadets", "killed dozens of recruits": the killing verb governs
            // the figure, so its noun is people whatever the word.
            let governor = killingVerb(tokens, before: n.start)
            if wounded || (governor == nil && countsThings(tokens, n)) || isSubset(tokens, after: n.end) || isSubset(tokens, before: n.start)
                || !(governor != nil || isKilledAfter(tokens, n.end)) {
                i = n.end
                continue
            }
            if let governor, inRelativeClause(tokens, governor) {
                relative += n.value
                foundRelative = true
            } else if found, let previous = lastEnd, anotherSource(tokens, previous, n.start) {
                total = min(total, n.value)
            } else {
                total += n.value + coordinatedSingular(tokens, after: n.end)
                found = true
            }
            lastEnd = n.end
            i = n.end
        }
        return found ? total : foundRelative ? relative : nil
    }

    /// "seven Turkish soldiers and a civilian contractor", "sept soldats et un employé civil":
    /// one more person joined to a figure's noun phrase.
    private func coordinatedSingular(_ tokens: [Token], after end: Int) -> Int {
        for k in end..<min(tokens.count, end + 3) where rules.conjunctions.contains(tokens[k]) {
            guard k + 1 < tokens.count, rules.indefiniteArticles.contains(tokens[k + 1]) else { return 0 }
            let noun = (k + 2..<min(tokens.count, k + 5)).contains { rules.personNouns.contains(tokens[$0]) }
            return noun ? 1 : 0
        }
        return 0
    }

    /// A reporting verb or a source between two figures: the second is another report.
    private func anotherSource(_ tokens: [Token], _ from: Int, _ to: Int) -> Bool {
        (from..<to).contains { rules.reportingVerbs.contains(tokens, at: $0) || rules.reporterCues.contains(tokens, at: $0) }
    }

    /// "25 combattants tués", "33 soldiers were killed", "un millier de morts".
    private func isKilledAfter(_ tokens: [Token], _ end: Int) -> Bool {
        var k = end
        var budget = Self.maxGap
        while k < tokens.count, budget >= 0 {
            let t = tokens[k]
            if let m = rules.killedWords.match(tokens, at: k) {
                // "une frappe [...] avait tué une trentaine de cadets", "an air strike killed 33
                // soldiers": a figure before an active killing verb is its subject, the killer.
                return governedFigure(tokens, from: m.end) == nil
            }
            // "21 civils, dont neuf enfants, ont été tués": an aside naming a part of the figure.
            if t.isMark(","), k + 1 < tokens.count, rules.subsetCues.contains(tokens, at: k + 1),
               let close = tokens[(k + 1)...].firstIndex(where: { $0.isMark(",") }) {
                k = close + 1
                continue
            }
            if rules.woundedWords.contains(tokens, at: k) || [",", ";", ".", "(", ":"].contains(t.text) { return false }
            // "12 soldats turcs et 20 soldats syriens tués": the next side's figure shares the verb.
            if let next = numbers.read(tokens, at: k), t.kind == .number || rules.numbers[t] != nil {
                k = next.end
                budget = Self.maxGap
                continue
            }
            k += 1
            budget -= 1
        }
        return false
    }

    /// "une soixantaine de villes et villages", "dozens of vehicles": an approximate number whose
    /// noun is not people (nor a killed-word: "une trentaine de morts") counts things.
    private func countsThings(_ tokens: [Token], _ n: NumberReader.Number) -> Bool {
        guard !rules.personNouns.isEmpty, n.end > n.start, rules.approximateNumbers[tokens[n.end - 1]] != nil else { return false }
        var k = n.end
        if k < tokens.count, rules.genitives.contains(tokens[k]) { k += 1 }
        guard k < tokens.count, tokens[k].isWord else { return false }
        return !rules.personNouns.contains(tokens[k]) && !rules.killedWords.contains(tokens, at: k)
    }

    /// "killing 10 civilians", "ont tué une femme": where the killing verb that governs the
    /// figure starting at `start` begins.
    private func killingVerb(_ tokens: [Token], before start: Int) -> Int? {
        for k in max(0, start - 5)..<start {
            guard let m = rules.killedWords.match(tokens, at: k), m.end <= start else { continue }
            if governedFigure(tokens, from: m.end) == start { return k }
        }
        return nil
    }

    /// The start of the figure a killing verb ending at `end` governs: "killed at least five
    /// civilians", "a tué au moins cinq civils", "avait tué une trentaine de cadets", "ont tué
    /// mardi 12 civils".
    private func governedFigure(_ tokens: [Token], from end: Int) -> Int? {
        var k = end
        // "ont tué mardi 12 civils", "a tué dimanche soir au moins cinq civils": a day between.
        while k < tokens.count, rules.weekdays[tokens[k]] != nil || rules.dayParts.contains(tokens, at: k) { k += 1 }
        if k < tokens.count, let b = rules.lowerBoundCues.match(tokens, at: k) { k = b.end }
        while k < tokens.count, rules.determiners.contains(tokens[k]), numbers.read(tokens, at: k) == nil { k += 1 }
        guard k < tokens.count, numbers.read(tokens, at: k) != nil else { return nil }
        return k
    }

    /// "an air strike that killed 33", "une frappe qui avait tué 33 soldats": a relative pronoun
    /// just before the killing verb (an auxiliary or adverb may come between).
    private func inRelativeClause(_ tokens: [Token], _ verb: Int) -> Bool {
        var k = verb - 1
        var gap = 0
        while k >= 0, gap <= 2 {
            let t = tokens[k]
            if !t.isWord { return false }
            if rules.relativePronouns.contains(t) { return true }
            k -= 1
            gap += 1
        }
        return false
    }

    /// "a migrant had been killed": an indefinite article counts one when a singular
    /// killed-phrase follows closely.
    private func singular(_ tokens: [Token], at i: Int) -> NumberReader.Number? {
        guard tokens[i].isWord, rules.indefiniteArticles.contains(tokens[i]) else { return nil }
        for k in (i + 1)..<min(tokens.count, i + 4) where rules.singularKilledWords.contains(tokens, at: k) {
            return NumberReader.Number(value: 1, start: i, end: i + 1)
        }
        return nil
    }

    /// "dont neuf enfants", "including five children": a part of a figure already given.
    private func isSubset(_ tokens: [Token], before start: Int) -> Bool {
        for k in max(0, start - 3)..<start {
            if let m = rules.subsetCues.match(tokens, at: k), m.end == start { return true }
        }
        return false
    }

    private func isSubset(_ tokens: [Token], after end: Int) -> Bool {
        end < tokens.count && rules.subsetCues.contains(tokens, at: end)
    }
}
