/// Where the preview stands: the site it serves and, when the latest build failed, why.
///
/// `generation` counts the successful builds; a page remembers the generation it was served
/// from and reloads when a newer one is announced.
public struct BuildState: Sendable, Equatable {
    public var generation: Int
    /// The latest build's error, as the terminal showed it; nil when that build succeeded.
    public var failure: String?

    public init(generation: Int, failure: String? = nil) {
        self.generation = generation
        self.failure = failure
    }
}

/// What a rebuild produced, as the preview needs to know it.
public enum BuildOutcome: Sendable, Equatable {
    case built
    /// The build failed; the message is what the terminal showed.
    case failed(String)
}
