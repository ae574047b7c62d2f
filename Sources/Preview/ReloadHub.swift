import Foundation

/// The latest build state, and every open page listening for the next one.
///
/// Each listener gets the current state as soon as it subscribes, then each new state; a slow
/// listener only ever holds the newest (older states are of no use to it).
final class ReloadHub: @unchecked Sendable {
    private let lock = NSLock()
    private var state: BuildState
    private var listeners: [Int: AsyncStream<BuildState>.Continuation] = [:]
    private var nextListener = 0
    private var closed = false

    init(_ state: BuildState) {
        self.state = state
    }

    var current: BuildState { lock.withLock { state } }

    /// The states from now on; the stream ends when the hub closes.
    func subscribe() -> AsyncStream<BuildState> {
        let (stream, continuation) = AsyncStream.makeStream(of: BuildState.self, bufferingPolicy: .bufferingNewest(1))
        lock.withLock {
            continuation.yield(state)
            guard !closed else { return continuation.finish() }
            let id = nextListener
            nextListener += 1
            listeners[id] = continuation
            continuation.onTermination = { [weak self] _ in self?.remove(id) }
        }
        return stream
    }

    func publish(_ new: BuildState) {
        let current = lock.withLock {
            state = new
            return Array(listeners.values)
        }
        for listener in current { listener.yield(new) }
    }

    /// Ends every stream, so that the server can shut down without waiting on open pages.
    func close() {
        let current = lock.withLock {
            closed = true
            defer { listeners.removeAll() }
            return Array(listeners.values)
        }
        for listener in current { listener.finish() }
    }

    private func remove(_ id: Int) {
        _ = lock.withLock { listeners.removeValue(forKey: id) }
    }
}
