import Model

/// One actor's part in the story: its events, what it said, and who it is most often seen with.
public struct ActorHistory: Sendable {
    public var actor: Actor
    public var events: [Event]
    public var quotes: [SourcedQuote]
    /// Other actors in the same events, most frequent first.
    public var companions: [Ranked]
    public var notes: [Note]
}
