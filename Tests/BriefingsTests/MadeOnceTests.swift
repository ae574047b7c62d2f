import Dispatch
import Synchronization
import Testing
import Model

/// Values made once per key: every thread asking for a key gets the one value kept for it.
@Suite struct MadeOnceTests {
    final class Made: Sendable {
        let key: Int
        init(key: Int) { self.key = key }
    }

    @Test func everyThreadGetsTheValueKeptFirst() {
        let values = MadeOnce<Int, Made>()
        let made = Atomic<Int>(0)
        let got = Mutex<[Int: [ObjectIdentifier]]>([:])
        DispatchQueue.concurrentPerform(iterations: 8) { thread in
            for round in 0..<200 {
                let key = (round * 7 + thread) % 16
                let value = values.value(for: key) {
                    made.add(1, ordering: .relaxed)
                    return Made(key: key)
                }
                #expect(value.key == key)
                got.withLock { $0[key, default: []].append(ObjectIdentifier(value)) }
            }
        }
        got.withLock { got in
            #expect(got.count == 16)
            for (_, ids) in got { #expect(Set(ids).count == 1) }
        }
        // Made at least once per key, and far less often than asked for.
        #expect(made.load(ordering: .relaxed) >= 16 && made.load(ordering: .relaxed) < 8 * 200)
    }
}
