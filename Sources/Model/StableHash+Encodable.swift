/// The stable hash of any `Encodable` value, without encoding it to bytes first: what a
/// build compares to tell whether a value has changed since the last one.
///
/// The fields of a keyed container are combined in no particular order (each field hashed on
/// its own, the results added), so a dictionary's hash does not depend on the order it lists
/// its keys in; the key names are part of each field's hash.
extension StableHash {
    public static func of<Value: Encodable>(encodable value: Value) -> String {
        let sink = HashSink()
        try? value.encode(to: HashingEncoder(sink: sink))
        return sink.hash.hex
    }

    public mutating func update<Value: Encodable>(encodable value: Value) {
        let sink = HashSink()
        try? value.encode(to: HashingEncoder(sink: sink))
        update(sink.hash.hex)
    }
}

/// The hash being built; shared by the containers of one value.
private final class HashSink {
    var hash = StableHash()
}

private struct HashingEncoder: Encoder {
    let sink: HashSink
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(KeyedHasher<Key>(sink: sink))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer { UnkeyedHasher(sink: sink) }
    func singleValueContainer() -> any SingleValueEncodingContainer { SingleHasher(sink: sink) }
}

/// Each field hashed apart (its key, then its value), the results added into the parent.
private struct KeyedHasher<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let sink: HashSink
    var codingPath: [any CodingKey] = []

    private func field(_ key: Key, _ body: (HashSink) throws -> Void) rethrows {
        let own = HashSink()
        own.hash.update(key.stringValue)
        try body(own)
        sink.hash.absorb(own.hash)
    }

    mutating func encodeNil(forKey key: Key) { field(key) { $0.hash.update(marker: 0) } }
    mutating func encode(_ value: Bool, forKey key: Key) { field(key) { $0.hash.update(marker: value ? 1 : 2) } }
    mutating func encode(_ value: String, forKey key: Key) { field(key) { $0.hash.update(value) } }
    mutating func encode(_ value: Int, forKey key: Key) { field(key) { $0.hash.update(value) } }
    mutating func encode(_ value: Double, forKey key: Key) { field(key) { $0.hash.update("\(value)") } }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try field(key) { try value.encode(to: HashingEncoder(sink: $0)) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type,
                                                        forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        sink.hash.update(key.stringValue)
        return KeyedEncodingContainer(KeyedHasher<NestedKey>(sink: sink))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        sink.hash.update(key.stringValue)
        return UnkeyedHasher(sink: sink)
    }

    mutating func superEncoder() -> any Encoder { HashingEncoder(sink: sink) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { HashingEncoder(sink: sink) }
}

/// Elements in order, each after a marker, so that [["a"], []] and [[], ["a"]] differ.
private struct UnkeyedHasher: UnkeyedEncodingContainer {
    let sink: HashSink
    var codingPath: [any CodingKey] = []
    var count = 0

    private mutating func element() {
        count += 1
        sink.hash.update(marker: 0xFE)
    }

    mutating func encodeNil() { element(); sink.hash.update(marker: 0) }
    mutating func encode(_ value: Bool) { element(); sink.hash.update(marker: value ? 1 : 2) }
    mutating func encode(_ value: String) { element(); sink.hash.update(value) }
    mutating func encode(_ value: Int) { element(); sink.hash.update(value) }
    mutating func encode(_ value: Double) { element(); sink.hash.update("\(value)") }
    mutating func encode<T: Encodable>(_ value: T) throws {
        element()
        try value.encode(to: HashingEncoder(sink: sink))
        sink.hash.update(marker: 0xFF)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        element()
        return KeyedEncodingContainer(KeyedHasher<NestedKey>(sink: sink))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        element()
        return UnkeyedHasher(sink: sink)
    }

    mutating func superEncoder() -> any Encoder { HashingEncoder(sink: sink) }
}

private struct SingleHasher: SingleValueEncodingContainer {
    let sink: HashSink
    var codingPath: [any CodingKey] = []

    mutating func encodeNil() { sink.hash.update(marker: 0) }
    mutating func encode(_ value: Bool) { sink.hash.update(marker: value ? 1 : 2) }
    mutating func encode(_ value: String) { sink.hash.update(value) }
    mutating func encode(_ value: Int) { sink.hash.update(value) }
    mutating func encode(_ value: Double) { sink.hash.update("\(value)") }
    mutating func encode<T: Encodable>(_ value: T) throws { try value.encode(to: HashingEncoder(sink: sink)) }
}
