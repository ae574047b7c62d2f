import Synchronization

/// Values made once per key and kept for the rest of a build, shared by its threads: a map's
/// land by extent, an event's rendered line by page depth, a type's answer to a question the
/// runtime is slow to answer.
///
/// A value is made outside the lock, so that making one does not hold up the threads asking
/// for others; two threads asking for a new key at once may both make it, and both get the
/// one kept first.
public final class MadeOnce<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private let values = Mutex<[Key: Value]>([:])

    public init() {}

    public func value(for key: Key, make: () -> Value) -> Value {
        if let made = values.withLock({ $0[key] }) { return made }
        let value = make()
        return values.withLock { values in
            if let first = values[key] { return first }
            values[key] = value
            return value
        }
    }
}
