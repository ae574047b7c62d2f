extension Sequence {
    /// Sorted by a key worked out once per element rather than at every comparison: a folded
    /// name, say, which a comparison of two elements would otherwise fold again each time.
    /// `areInIncreasingOrder` compares keys as the comparison it replaces compared elements, so
    /// the order is the one `sorted(by:)` gave, ties included.
    public func sorted<Key>(byKey key: (Element) throws -> Key,
                            by areInIncreasingOrder: (Key, Key) throws -> Bool) rethrows -> [Element] {
        try map { (key: try key($0), element: $0) }
            .sorted { try areInIncreasingOrder($0.key, $1.key) }
            .map(\.element)
    }
}
