import Dispatch
import Foundation

/// How many threads the build's parallel steps use. Output never depends on it: every
/// parallel step keeps its results in input order.
public enum Parallelism {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var limit: Int?

    /// At most this many workers (nil: one per core). Tests set 1 to compare a one-worker
    /// build with a parallel one.
    public static var workers: Int? {
        get { lock.withLock { limit } }
        set { lock.withLock { limit = newValue.map { max(1, $0) } } }
    }
}

extension Array where Element: Sendable {
    /// `map` over all cores (or `Parallelism.workers`), results in input order.
    public func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        let workers = Parallelism.workers
        if workers == 1 || count < 2 { return map(transform) }
        let results = ResultSlots<T>(count: count)
        self.withUnsafeBufferPointer { input in
            nonisolated(unsafe) let input = input
            if let workers {
                // Each worker takes every `workers`-th element.
                DispatchQueue.concurrentPerform(iterations: Swift.min(workers, input.count)) { worker in
                    for i in stride(from: worker, to: input.count, by: workers) { results.set(i, transform(input[i])) }
                }
            } else {
                DispatchQueue.concurrentPerform(iterations: input.count) { i in
                    results.set(i, transform(input[i]))
                }
            }
        }
        return results.values()
    }
}

/// Write-once slots filled from several threads, each index by exactly one of them.
private final class ResultSlots<T>: @unchecked Sendable {
    private var slots: [T?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: T) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    func values() -> [T] { slots.map { $0! } }
}
