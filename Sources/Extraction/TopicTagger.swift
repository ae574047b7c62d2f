import Model

/// Puts events into topics by keyword: a topic whose keyword (a name, a place, an
/// institution) appears in the sentence or names one of the event's actors.
struct TopicTagger: Sendable {
    let keywords: PhraseTable<[String]>

    init(topics: [Topic], tokenizer: Tokenizer) {
        var order: [String] = []
        var byKey: [String: (String, [String])] = [:]
        for topic in topics {
            for keyword in topic.keywords {
                let key = tokenizer.tokenize(keyword).map(\.folded).joined(separator: " ")
                guard !key.isEmpty else { continue }
                if byKey[key] == nil { order.append(key); byKey[key] = (keyword, []) }
                if !byKey[key]!.1.contains(topic.slug) { byKey[key]!.1.append(topic.slug) }
            }
        }
        var table = PhraseTable<[String]>()
        for key in order { table.add(byKey[key]!.0, payload: byKey[key]!.1, tokenizer: tokenizer) }
        keywords = table
    }

    /// Topic slugs named in `tokens`, in order of first mention.
    func topics(in tokens: [Token]) -> [String] {
        var out: [String] = []
        for m in keywords.matches(in: tokens) {
            for slug in m.payload where !out.contains(slug) { out.append(slug) }
        }
        return out
    }

    /// Topic slugs with the actor's name as a keyword ("Josep Borrell" for the EU's response).
    /// Aliases are left out: an institution's aliases can name its branches ("MANUL" for the UN).
    func topics(of actor: Actor, tokenizer: Tokenizer) -> [String] {
        var out: [String] = []
        for name in [actor.name] {
            let tokens = tokenizer.tokenize(name)
            guard !tokens.isEmpty, let m = keywords.match(tokens, at: 0), m.end == tokens.count else { continue }
            for slug in m.payload where !out.contains(slug) { out.append(slug) }
        }
        return out
    }
}
