/// A hash table from a word's key (`Token.key`, already a hash) to a slot number, probed
/// linearly with the key itself: a lookup is a few integer operations, where a `Dictionary`
/// would hash the key again through `Hasher`. Extraction looks words up millions of times.
///
/// Each bucket holds its key and its slot side by side, so that a probe reads one cache line.
struct KeyIndex: Sendable {
    private struct KeySlot: Sendable {
        var key: UInt64
        /// -1 for an empty bucket.
        var slot: Int32
    }

    private var buckets = [KeySlot](repeating: KeySlot(key: 0, slot: -1), count: 8)
    private(set) var count = 0

    /// The slot stored for `key`, if any.
    @inline(__always) func slot(of key: UInt64) -> Int? {
        buckets.withUnsafeBufferPointer { buckets in
            let mask = buckets.count - 1
            var i = Int(truncatingIfNeeded: key) & mask
            while true {
                let entry = buckets[i]
                if entry.slot < 0 { return nil }
                if entry.key == key { return Int(entry.slot) }
                i = (i + 1) & mask
            }
        }
    }

    /// Stores `slot` for `key`, replacing any slot stored before.
    mutating func insert(_ key: UInt64, slot: Int) {
        if (count + 1) * 2 > buckets.count { grow() }
        let mask = buckets.count - 1
        var i = Int(truncatingIfNeeded: key) & mask
        while buckets[i].slot >= 0 {
            if buckets[i].key == key {
                buckets[i].slot = Int32(slot)
                return
            }
            i = (i + 1) & mask
        }
        buckets[i] = KeySlot(key: key, slot: Int32(slot))
        count += 1
    }

    private mutating func grow() {
        let old = buckets.filter { $0.slot >= 0 }
        buckets = [KeySlot](repeating: KeySlot(key: 0, slot: -1), count: buckets.count * 2)
        count = 0
        for bucket in old { insert(bucket.key, slot: Int(bucket.slot)) }
    }
}

/// A set of word keys as bits, one bit a key (a Bloom filter with the key's own bits as its
/// one hash): "no" is certain, "maybe" must be looked up. It turns most words away from a
/// table that no vocabulary classifies (actor names, places, topic keywords) with a shift
/// and a mask; 8,192 bits hold a few hundred keys with few false "maybe"s.
struct KeyFilter: Sendable {
    private var bits = [UInt64](repeating: 0, count: 128)

    mutating func insert(_ key: UInt64) {
        let bit = Self.bit(key)
        bits[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    @inline(__always) func mayHold(_ key: UInt64) -> Bool {
        let bit = Self.bit(key)
        return bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// (The high bits of the key times the golden ratio: FNV-1a leaves the high bits of short
    /// words alike, and a multiplication carries every bit upwards.)
    @inline(__always) private static func bit(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 51) }
}
