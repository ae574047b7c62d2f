import Model

/// Writes an event's one-line summary from the lexicon's template for its type:
/// "{actors} : entretien sur {topic}" → "Vladimir Poutine et Recep Tayyip Erdogan : entretien sur Idlib".
struct Summarizer: Sendable {
    let rules: LanguageRules

    static let maxNames = 3

    func summary(type: EventType, names: [String], topic: String?, place: String?) -> String {
        let template = (topic == nil ? rules.summariesWithoutTopic[type] : nil) ?? rules.summaries[type] ?? "{actors}: \(type.rawValue)"
        var text = template
        text = text.replacingAll("{actors}", with: list(names))
        text = text.replacingAll("{topic}", with: topic ?? "")
        text = text.replacingAll("{place}", with: place ?? "")
        return text.trimmingWhitespace()
    }

    private func list(_ names: [String]) -> String {
        let shown = Array(names.prefix(Self.maxNames))
        switch shown.count {
        case 0: return "?"
        case 1: return shown[0]
        default: return shown.dropLast().joined(separator: ", ") + rules.finalSeparator + shown.last!
        }
    }
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = ""
        var rest = Substring(self)
        while let r = rest.range(of: target) {
            out += rest[..<r.lowerBound]
            out += replacement
            rest = rest[r.upperBound...]
        }
        return out + rest
    }
}

extension Substring {
    func range(of target: String) -> Range<Substring.Index>? {
        var i = startIndex
        while i < endIndex {
            if self[i...].hasPrefix(target) { return i..<index(i, offsetBy: target.count) }
            i = index(after: i)
        }
        return nil
    }
}
