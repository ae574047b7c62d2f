import Model

/// Where an actor was named in a sentence.
struct Mention: Sendable, Hashable {
    /// Index in the article's `Cast`.
    var actor: Int
    var start: Int
    /// One past the last token.
    var end: Int
    /// The words of the text ("le président turc", "Les deux hommes").
    var text: String
    /// Found through a pronoun, a title or "les deux hommes" rather than a name.
    var viaCoreference = false
}

/// The actors an article can name: the registry, then the actors discovered in it.
struct Cast: Sendable {
    let registry: [Actor]
    var discovered: [Actor] = []

    var count: Int { registry.count + discovered.count }

    /// (Lent, not copied: most reads want one field, such as `kind`, of a large value.)
    subscript(index: Int) -> Actor {
        _read {
            if index < registry.count { yield registry[index] } else { yield discovered[index - registry.count] }
        }
    }

    /// An actor's kind, read in place (the rules ask it at every mention).
    func kind(_ index: Int) -> ActorKind {
        index < registry.count ? registry[index].kind : discovered[index - registry.count].kind
    }

    func isPerson(_ index: Int) -> Bool { kind(index) == .person }
}

/// Finds registry and discovered actors in tokens through their names and aliases: across
/// case, accents, elisions ("d'Erdogan"), typographic apostrophes and hyphens; the longest
/// alias wins; acronyms match only in capitals, one-word names only capitalised.
///
/// A class of constants: a sentence asks it at every word, and a reference costs one retain
/// where the tables' arrays would cost one each.
final class ActorMatcher: Sendable {
    /// Alias → candidate actor indices (an alias can be shared: "Conseil de sécurité").
    private let table: PhraseTable<[Int]>
    let tokenizer: Tokenizer

    /// A matcher for `actors`, numbered from `firstIndex` in the article's `Cast`.
    init(actors: [Actor], firstIndex: Int, tokenizer: Tokenizer) {
        self.tokenizer = tokenizer
        var order: [String] = []
        var byKey: [String: (alias: String, actors: [Int])] = [:]
        for (offset, actor) in actors.enumerated() {
            for alias in [actor.name] + actor.aliases {
                let key = tokenizer.tokenize(alias).map(\.folded).joined(separator: " ")
                guard !key.isEmpty else { continue }
                if byKey[key] == nil { order.append(key); byKey[key] = (alias, []) }
                if !byKey[key]!.actors.contains(firstIndex + offset) { byKey[key]!.actors.append(firstIndex + offset) }
            }
        }
        var table = PhraseTable<[Int]>()
        for key in order {
            let entry = byKey[key]!
            table.add(entry.alias, payload: entry.actors, tokenizer: tokenizer)
        }
        self.table = table
    }

    var isEmpty: Bool { table.isEmpty }

    /// The longest alias match at `index`, if any: (end, candidate actors). (Inlined where it
    /// is asked, so that a token no alias starts with is turned away there, without a call.)
    @inline(__always) func match(_ tokens: [Token], at index: Int) -> (end: Int, actors: [Int])? {
        guard let m = table.match(tokens, at: index) else { return nil }
        return (m.end, m.payload)
    }

    /// Every actor named in `tokens`, left to right, preferring among shared aliases an
    /// actor from `preferred` (already named unambiguously in the article).
    static func mentions(in sentence: Sentence, matchers: [ActorMatcher], preferred: Set<Int>) -> [Mention] {
        let tokens = sentence.tokens
        var out: [Mention] = []
        var i = 0
        while i < tokens.count {
            var best: (end: Int, actors: [Int])?
            for k in matchers.indices {
                if let m = matchers[k].match(tokens, at: i), m.end > (best?.end ?? i) { best = m }
            }
            if let best {
                let actor = best.actors.first(where: preferred.contains) ?? best.actors[0]
                let text = sentence.slice(i, best.end)
                out.append(Mention(actor: actor, start: i, end: best.end, text: text))
                i = best.end
            } else {
                i += 1
            }
        }
        return out
    }
}
