import Model

/// Decides what kind of event a sentence reports from its trigger words, and where the
/// deciding trigger is.
///
/// Where several types fit, the taxonomy's precedence wins (military action first), with
/// three rules about reported speech:
/// - what someone condemns or calls for is not itself the event ("called for an end to the
///   offensive" is an appeal): triggers after an appeal or a criticism are ignored;
/// - in reported speech, nouns of fighting or displacement only describe what was said
///   ("said the fighting was intense" is a statement) while verbs still report an event
///   ("a rapporté que des groupes avaient lancé une offensive");
/// - an agreement word under a negation is a refusal ("sans signer"): a criticism.
/// Triggers inside a subordinate clause count only when the main clause has none.
struct TriggerClassifier: Sendable {
    let rules: LanguageRules

    struct Hit: Sendable {
        var type: EventType
        var start: Int
        var end: Int
        var isVerb: Bool
        var isReporting: Bool
        var subordinate: Bool
    }

    struct Classification: Sendable {
        var type: EventType
        /// The trigger that decided the type.
        var trigger: Hit
        /// Every hit that was kept, in order.
        var accepted: [Hit]
    }

    func hits(_ tokens: [Token], marks: ClauseMarker.Marks) -> [Hit] {
        var out: [Hit] = []
        for (range, payload) in rules.matchesSkippingAdverbs(rules.triggers, in: tokens) where !tokens[range.lowerBound].inQuote {
            let m = (start: range.lowerBound, end: range.upperBound, payload: payload)
            if m.start > 0, rules.stativeCues.contains(tokens[m.start - 1].folded) { continue }
            if !m.payload.isVerb, m.payload.type == .consultation || m.payload.type == .agreement, isModifier(tokens, m.start) { continue }
            var type = m.payload.type
            if isNegated(tokens, m.start) {
                guard type == .agreement else { continue }
                type = .criticism
            }
            let reporting = marks.reporting.contains { $0.lowerBound < m.end && m.start < $0.upperBound }
            out.append(Hit(type: type, start: m.start, end: m.end, isVerb: m.payload.isVerb, isReporting: reporting,
                           subordinate: marks.subordinate[m.start]))
        }
        for r in marks.reporting where !tokens[r.lowerBound].inQuote {
            if out.contains(where: { $0.start < r.upperBound && r.lowerBound < $0.end }) { continue }
            out.append(Hit(type: .statement, start: r.lowerBound, end: r.upperBound, isVerb: true, isReporting: true,
                           subordinate: marks.subordinate[r.lowerBound]))
        }
        return out.sorted { $0.start < $1.start }
    }

    func classify(_ tokens: [Token], marks: ClauseMarker.Marks) -> Classification? {
        let all = hits(tokens, marks: marks)
        let main = all.filter { !$0.subordinate }
        if let c = choose(main, all: all) { return c }
        return choose(all.filter(\.subordinate), all: all)
    }

    private func choose(_ hits: [Hit], all: [Hit]) -> Classification? {
        var accepted: [Hit] = []
        let reported = all.contains { $0.isReporting && !$0.subordinate }
        for hit in hits {
            if !hit.isVerb && reported && (hit.type == .militaryAction || hit.type == .humanitarian) { continue }
            accepted.append(hit)
            if hit.type == .appeal || hit.type == .criticism { break }
        }
        guard let best = accepted.min(by: { $0.type < $1.type }) else { return nil }
        return Classification(type: best.type, trigger: best, accepted: accepted)
    }

    /// "les résultats de la conférence": a meeting noun that qualifies another one ("lors d'un entretien" does not).
    private func isModifier(_ tokens: [Token], _ start: Int) -> Bool {
        guard let k = rules.previousContentIndex(tokens, before: start), rules.genitives.contains(tokens[k].folded) else { return false }
        for j in max(0, k - 3)..<k where rules.eventFramers.match(tokens, at: j)?.end == k { return false }
        return true
    }

    private func isNegated(_ tokens: [Token], _ start: Int) -> Bool {
        for k in max(0, start - 2)..<start where rules.negations.contains(tokens[k].folded) { return true }
        return false
    }
}

extension EventType {
    /// Appeals, criticisms and statements: what someone said, whose actor is the speaker.
    var isCommunication: Bool { self == .appeal || self == .criticism || self == .statement }
}
