/// Resolves words that stand for actors just named: "les deux hommes" / "the two leaders"
/// (the last two people), "il" / "he" (the person the text is about), "ils" / "they" (the
/// people just named together), "le ministre russe" / "le maréchal" (the person last named
/// with that title).
///
/// Reads the article in order; `resolve` must be called once per sentence.
struct Coreference: Sendable {
    let rules: LanguageRules
    let cast: Cast

    /// Person mentions of the sentences read so far, most recent last.
    /// `people` puts the subjects first (those no preposition governs); `named` is in text order;
    /// `collective` is a body named by a plural title ("les ministres … de l'UE").
    private var history: [(paragraph: Int, people: [Int], named: [Int], collective: Int?)] = []
    /// Plural titles seen standing for a body: "ministres" → the EU.
    private var collectives: [String: Int] = [:]
    /// Words seen with each person: titles and adjectives ("ministre", "russe", "maréchal").
    private var descriptors: [Int: Set<String>] = [:]

    static let historyDepth = 8
    static let nameLookahead = 10

    /// The registry actors' name, alias and role words, prepared once per language by the extractor.
    let registryWords: [Set<String>]

    init(rules: LanguageRules, cast: Cast, registryWords: [Set<String>] = []) {
        self.rules = rules
        self.cast = cast
        self.registryWords = registryWords
    }

    /// The mentions of `sentence` with those found through coreference added, in text order.
    mutating func resolve(_ sentence: Sentence, mentions: [Mention]) -> [Mention] {
        let tokens = sentence.tokens
        var covered = [Bool](repeating: false, count: tokens.count)
        for m in mentions { for k in m.start..<m.end { covered[k] = true } }
        learnDescriptors(tokens, mentions)

        for m in mentions where m.end - m.start == 1 && rules.collectiveTitles.contains(tokens[m.start]) {
            collectives[tokens[m.start].folded] = m.actor
        }

        let added = anaphors(in: sentence, mentions: mentions, covered: covered)
        let all = (mentions + added).sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        remember(all, in: sentence)
        return all
    }

    /// The words of the sentence that stand for actors. (Not `mutating`: reading a mutating
    /// self word by word would copy it for each word.)
    private func anaphors(in sentence: Sentence, mentions: [Mention], covered: [Bool]) -> [Mention] {
        let tokens = sentence.tokens
        var added: [Mention] = []
        var i = 0
        while i < tokens.count {
            if covered[i] || tokens[i].inQuote || opensNoAnaphor(tokens[i]) { i += 1; continue }
            // "Prenant acte de l'accord entre Poutine et Erdogan, ils ont appelé": a pronoun opening
            // the main clause after a fronted adjunct refers past the names inside it.
            let fronted = i > 1 && tokens[i - 1].isMark(",") && afterFrontedAdjunct(tokens, i)
            let found = anaphor(at: i, in: sentence, mentions: mentions, added: added, fronted: fronted)
            if !found.mentions.isEmpty { added += found.mentions }
            i = found.next
        }
        return added
    }

    /// Whether the token's classes say it opens none of the anaphors `anaphor(at:…)` reads
    /// (`anaphorStarts`): no pronoun, no determiner (of a counted group), no first word of a
    /// title or of another anaphor. Most words; they are then not each asked.
    @inline(__always) private func opensNoAnaphor(_ token: Token) -> Bool {
        rules.anaphorStarts?.holds(token) == false
    }

    /// The actors a word or phrase at `i` refers back to, and where to read on.
    private func anaphor(at i: Int, in sentence: Sentence, mentions: [Mention], added: [Mention], fronted: Bool) -> (mentions: [Mention], next: Int) {
        let tokens = sentence.tokens
        // The mentions before the word (worked out only for a word that is an anaphor).
        func before() -> [Mention] { fronted ? [] : (mentions + added).filter { $0.end <= i } }
        if let m = rules.latterAnaphors.match(tokens, at: i) {
            let here = before().map(\.actor).filter(cast.isPerson)
            let actor = here.last ?? history.last?.named.last
            return (actor.map { [mention($0, sentence, i, m.end)] } ?? [], m.end)
        }
        if let m = countedAnaphor(tokens, at: i) {
            return (lastPeople(m.count, current: before()).map { mention($0, sentence, i, m.end) }, m.end)
        }
        if let m = rules.pairAnaphors.match(tokens, at: i) {
            return (lastPeople(2, current: before()).map { mention($0, sentence, i, m.end) }, m.end)
        }
        let word = tokens[i]
        if rules.singularPronouns.contains(word), !isImpersonal(tokens, i) {
            return (salientPerson(current: before()).map { [mention($0, sentence, i, i + 1)] } ?? [], i + 1)
        }
        if rules.pluralPronouns.contains(word) {
            let people = group(current: before())
            if !people.isEmpty { return (people.map { mention($0, sentence, i, i + 1) }, i + 1) }
            return (recentCollective().map { [mention($0, sentence, i, i + 1)] } ?? [], i + 1)
        }
        if let m = titleAnaphor(tokens, at: i, mentions: mentions) {
            // A plural title ("les ministres") is the body it was last seen for, never one person.
            let actor = rules.collectiveTitles.contains(tokens[m.start])
                ? collectives[tokens[m.start].folded] : bearer(of: m.words, current: before())
            return (actor.map { [mention($0, sentence, m.start, m.end)] } ?? [], m.end)
        }
        return ([], i + 1)
    }

    /// Keeps the sentence's people for the sentences after it: the subject before objects and
    /// possessors, since "il" follows the one who acts.
    private mutating func remember(_ all: [Mention], in sentence: Sentence) {
        let tokens = sentence.tokens
        let named = all.map(\.actor).filter(cast.isPerson)
        let governed = all.filter { !$0.viaCoreference && rules.isGovernedByPreposition(tokens, at: $0.start) }.map(\.actor)
        let people = named.filter { !governed.contains($0) } + named.filter { governed.contains($0) }
        let collective = all.first { m in m.end - m.start == 1 && rules.collectiveTitles.contains(tokens[m.start]) }?.actor
        history.append((sentence.paragraph, people, named, collective))
        if history.count > Self.historyDepth { history.removeFirst() }
    }

    private func mention(_ actor: Int, _ sentence: Sentence, _ start: Int, _ end: Int) -> Mention {
        let text = sentence.slice(start, end)
        return Mention(actor: actor, start: start, end: end, text: text, viaCoreference: true)
    }

    private func isImpersonal(_ tokens: [Token], _ i: Int) -> Bool {
        i + 1 < tokens.count && rules.impersonalFollowers.contains(tokens[i + 1])
    }

    /// Recent sentences' people, most recent sentence first (the current one's earlier mentions first of all).
    private func recentSentences(current: [Mention]) -> [[Int]] {
        let here = current.map(\.actor).filter(cast.isPerson)
        return [here] + history.reversed().map(\.people)
    }

    /// The first person of the most recent sentence naming one: the subject the text follows.
    private func salientPerson(current: [Mention]) -> Int? {
        // A pronoun reaches back one sentence at most.
        for people in recentSentences(current: current).prefix(2) where !people.isEmpty { return people[0] }
        return nil
    }

    /// "les cinq responsables", "the three ministers": a determiner, a number and the head
    /// noun of a pair anaphor ("les deux responsables") stand for that many people just named.
    private func countedAnaphor(_ tokens: [Token], at i: Int) -> (count: Int, end: Int)? {
        guard i + 2 < tokens.count, rules.determiners.contains(tokens[i]), !tokens[i + 1].inQuote else { return nil }
        let word = tokens[i + 1].folded
        guard let n = rules.numbers[tokens[i + 1]] ?? (tokens[i + 1].kind == .number ? Int(word) : nil), (3...12).contains(n),
              rules.groupHeads.contains(tokens[i + 2]) else { return nil }
        return (n, i + 3)
    }

    private func lastPeople(_ count: Int, current: [Mention]) -> [Int] {
        var out: [Int] = []
        for people in recentSentences(current: current) {
            for actor in people where !out.contains(actor) {
                out.append(actor)
                if out.count == count { return out }
            }
        }
        return out
    }

    /// "Ils": the people of the most recent sentence naming several.
    private func group(current: [Mention]) -> [Int] {
        for people in recentSentences(current: current).prefix(2) {
            var distinct: [Int] = []
            for p in people where !distinct.contains(p) { distinct.append(p) }
            if distinct.count >= 2 { return Array(distinct.prefix(2)) }
        }
        return []
    }

    /// The body named by a plural title in the last two sentences.
    private func recentCollective() -> Int? {
        for entry in history.reversed().prefix(2) {
            if let c = entry.collective { return c }
            if !entry.people.isEmpty { return nil }
        }
        return nil
    }

    /// A pronoun right after the comma closing a sentence-opening adjunct: a participle or a
    /// preposition first ("Prenant acte de …, ils", "After meeting Putin, he").
    private func afterFrontedAdjunct(_ tokens: [Token], _ i: Int) -> Bool {
        guard i > 1, tokens[i - 1].isMark(","), let first = tokens.first, first.isWord else { return false }
        let word = first.lowered
        return rules.prepositions.contains(first) || rules.gerundEndings.end(word, afterMoreThan: 2)
    }

    /// A determiner and a title with no name after it: "le ministre russe", "the monitor".
    private func titleAnaphor(_ tokens: [Token], at i: Int, mentions: [Mention]) -> (start: Int, end: Int, words: [String])? {
        guard i > 0, rules.determiners.contains(tokens[i - 1]), let m = rules.titles.match(tokens, at: i),
              tokens[i].isWord, !tokens[i].looksLikeName || i == 1 else { return nil }
        let horizon = min(tokens.count, m.end + Self.nameLookahead)
        if mentions.contains(where: { $0.start >= m.end && $0.start < horizon && cast.isPerson($0.actor) }) { return nil }
        var end = m.end
        var words = tokens[m.start..<m.end].map(\.folded)
        // Adjectives that narrow the title: "le ministre russe".
        while end < tokens.count, end < m.end + 2, tokens[end].isWord, !tokens[end].looksLikeName,
              !rules.stopWords.contains(tokens[end]), !rules.prepositions.contains(tokens[end]) {
            words.append(tokens[end].folded)
            end += 1
        }
        return (m.start, m.end, words)
    }

    /// The recent person best described by `words`; failing that, the salient person.
    private func bearer(of words: [String], current: [Mention]) -> Int? {
        var best: (actor: Int, score: Int)?
        for people in recentSentences(current: current) {
            for actor in people {
                let known = descriptors[actor] ?? []
                let score = words.count { w in known.contains { Self.sameStem($0, w) } }
                if score > 0, score > (best?.score ?? 0) { best = (actor, score) }
            }
        }
        return best?.actor ?? salientPerson(current: current)
    }

    static func sameStem(_ a: String, _ b: String) -> Bool {
        let n = min(a.characterCount, b.characterCount)
        guard n >= 4 else { return a == b }
        return a.hasPrefix(b) || b.hasPrefix(a) || a.prefix(max(4, n - 1)) == b.prefix(max(4, n - 1))
    }

    /// Records the titles found before each named person, and the words of their aliases.
    private mutating func learnDescriptors(_ tokens: [Token], _ mentions: [Mention]) {
        for m in mentions where cast.isPerson(m.actor) {
            // (The words are added where the dictionary keeps them: a copy taken out and put
            // back would copy the whole set at every mention.)
            if descriptors[m.actor] == nil {
                descriptors[m.actor] = m.actor < registryWords.count ? registryWords[m.actor] : Self.aliasWords(cast[m.actor], rules)
            }
            for k in max(0, m.start - 10)..<m.start {
                guard let t = rules.titles.match(tokens, at: k), t.end <= m.start else { continue }
                for j in t.start..<min(m.start, t.end + 2) where tokens[j].isWord { descriptors[m.actor]!.insert(tokens[j].folded) }
            }
            for k in m.start..<m.end where tokens[k].isWord { descriptors[m.actor]!.insert(tokens[k].folded) }
        }
    }

    static func aliasWords(_ actor: Actor, _ rules: LanguageRules) -> Set<String> {
        var words: Set<String> = []
        for alias in [actor.name] + actor.aliases {
            for t in rules.tokenizer.tokenize(alias) where t.isWord && !rules.stopWords.contains(t) {
                words.insert(t.folded)
            }
        }
        if let role = actor.role {
            for t in rules.tokenizer.tokenize(role) where t.isWord && !rules.stopWords.contains(t) { words.insert(t.folded) }
        }
        return words
    }
}

import Model
