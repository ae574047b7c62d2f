/// A hash table from a word's key (`Token.key`, already a hash) to a slot number, probed
/// linearly with the key itself: a lookup is a few integer operations, where a `Dictionary`
/// would hash the key again through `Hasher`. Extraction looks words up millions of times.
struct KeyIndex: Sendable {
    private var keys: [UInt64] = Array(repeating: 0, count: 8)
    private var slots: [Int32] = Array(repeating: -1, count: 8)
    private(set) var count = 0

    /// The slot stored for `key`, if any.
    @inline(__always) func slot(of key: UInt64) -> Int? {
        let mask = keys.count - 1
        var i = Int(truncatingIfNeeded: key) & mask
        while true {
            let s = slots[i]
            if s < 0 { return nil }
            if keys[i] == key { return Int(s) }
            i = (i + 1) & mask
        }
    }

    /// Stores `slot` for `key`, replacing any slot stored before.
    mutating func insert(_ key: UInt64, slot: Int) {
        if (count + 1) * 2 > keys.count { grow() }
        let mask = keys.count - 1
        var i = Int(truncatingIfNeeded: key) & mask
        while slots[i] >= 0 {
            if keys[i] == key {
                slots[i] = Int32(slot)
                return
            }
            i = (i + 1) & mask
        }
        keys[i] = key
        slots[i] = Int32(slot)
        count += 1
    }

    private mutating func grow() {
        let old = zip(keys, slots).filter { $0.1 >= 0 }
        keys = Array(repeating: 0, count: keys.count * 2)
        slots = Array(repeating: -1, count: slots.count * 2)
        count = 0
        for (key, slot) in old { insert(key, slot: Int(slot)) }
    }
}
