import Model

extension SentenceReader {
    /// "Turkey said it retaliated Monday after heavy shelling by Syrian forces killed five of its
    /// soldiers": one sentence, two military actions — the attack, and the reply by the other
    /// side. The reply is marked as one (`EventCandidate.isReply`), so that neither the article's
    /// merging nor the site's takes it for a retelling of the attack. The attack keeps the toll;
    /// the reply's clause names none of its own.
    ///
    /// A sentence that tells no attack after the reply ("Ankara's retaliatory bombardment killed
    /// 13 soldiers", "En représailles, l'armée turque a bombardé") tells one event, the reply.
    mutating func addReply(of index: Int, _ sentence: Sentence, _ classification: TriggerClassifier.Classification?,
                           mentions: [Mention], reading: HeadlineWriter.SentenceReading) {
        let tokens = sentence.tokens
        guard candidates[index].type == .militaryAction, let classification,
              let reply = rules.replyWords.matches(in: tokens).first(where: { !tokens[$0.start].inQuote }) else { return }
        // The attack answered, told after the reply and set as its cause ("after shelling…",
        // "après la mort de…"); "in retaliation, forces shelled" and "retaliated against the
        // attack" tell the reply alone.
        let framer = (reply.end..<tokens.count).first { rules.eventFramers.contains(tokens, at: $0) }
        let attacks = classification.accepted.filter { hit in
            hit.type == .militaryAction && framer.map { hit.start > $0 } == true && !rules.replyWords.contains(tokens, at: hit.start)
        }
        guard !attacks.isEmpty else {
            candidates[index].isReply = true
            return
        }
        guard candidates[index].paragraph > 0, let replier = actor(near: reply.start, in: mentions) else { return }
        var answer = candidates[index]
        answer.isReply = true
        answer.tolls = []
        if !answer.participantActors.contains(replier), let m = mentions.first(where: { $0.actor == replier }) {
            answer.participants.insert(m, at: 0)
            answer.reporters.removeAll { $0.actor == replier }
        }
        var own = reading
        own.trigger = reply.start..<reply.end
        answer.headline = headlines.headline(own)
        answer.members = [candidates.count]
        candidates.append(answer)
    }

    /// Who replied: the actor named nearest before the reply's words, within `replierReach`
    /// ("Turkey said it retaliated"), or right after them ("in retaliation, Turkey destroyed").
    private func actor(near k: Int, in mentions: [Mention]) -> Int? {
        let before = mentions.last { $0.end <= k && k - $0.end <= Self.replierReach }
        return (before ?? mentions.first { $0.start >= k && $0.start - k <= 3 })?.actor
    }

    /// How many words may stand between who replied and the reply ("Turkey said on Monday it
    /// had retaliated").
    static let replierReach = 10
}
