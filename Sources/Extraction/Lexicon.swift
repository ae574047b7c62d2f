/// The words of one language that the extractor relies on (months, weekdays, trigger words...).
/// Loaded from one JSON file per language by the `Lexicons` module.
public struct Lexicon: Sendable, Hashable, Decodable {
    /// ISO 639-1 code: `fr`, `en`.
    public var language: String
}
