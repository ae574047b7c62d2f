import Foundation
import Model

/// Writes a `Codable` value as compact bytes, for the extraction cache: fields in the order
/// the value encodes them, with no names; integers as variable-length numbers; strings as a
/// length and their UTF-8 bytes. `CompactDecoder` reads it back.
///
/// The cache is read only by the program that wrote it (an entry's name includes the
/// program's identity), so the format needs no names to stay readable across versions. What
/// it saves is time: JSON built a tree of every value and then printed it, which took a third
/// of the time of extracting the article it held.
///
/// The order of fields is the one synthesised conformances follow both ways. An optional is
/// written with a byte saying whether it is there (`encodeIfPresent`, never skipped), an array
/// with its count, a dictionary with string keys as its count and its entries in key order.
/// A conformance that takes another shape (nested containers, `superEncoder`) makes encoding
/// throw, and the cache then keeps no entry: it is never read back wrong.
struct CompactEncoder {
    static func encode<Value: Encodable>(_ value: Value) throws -> [UInt8] {
        let writer = CompactWriter()
        try writer.encode(value)
        if writer.refused { throw CompactWriter.unsupported("nested container") }
        return writer.bytes
    }
}

/// Where every container of one `CompactEncoder` run writes: one byte buffer, in order.
final class CompactWriter: Encoder {
    var bytes: [UInt8] = []
    /// Set when a conformance asked for a shape the format does not have.
    private(set) var refused = false
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init() { bytes.reserveCapacity(4096) }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(CompactKeyedWriter<Key>(writer: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer { CompactListWriter(writer: self) }

    func singleValueContainer() -> any SingleValueEncodingContainer { CompactValueWriter(writer: self) }

    // MARK: Values

    func encode<Value: Encodable>(_ value: Value) throws {
        if CompactDictionaryTypes.holds(Value.self), let dictionary = value as? any CompactDictionary {
            try dictionary.writeEntries(to: self)
        } else {
            try value.encode(to: self)
        }
    }

    func write(_ value: Bool) { bytes.append(value ? 1 : 0) }

    func write(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            write(unsigned: UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    /// LEB128: seven bits a byte, the high bit set on every byte but the last.
    func write(unsigned value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    /// Zig-zag, so that small negative numbers stay short: 0, -1, 1, -2… → 0, 1, 2, 3…
    func write(signed value: Int64) {
        write(unsigned: UInt64(bitPattern: (value << 1) ^ (value >> 63)))
    }

    func writeFixed(_ bits: UInt64, bytes count: Int) {
        for k in 0..<count { bytes.append(UInt8(truncatingIfNeeded: bits >> (8 * k))) }
    }

    /// A place for a count not yet known (`CompactListWriter`), as four bytes.
    func reserveCount() -> Int {
        bytes.append(contentsOf: [0, 0, 0, 0])
        return bytes.count - 4
    }

    func incrementCount(at offset: Int) {
        var count = UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
        count += 1
        for k in 0..<4 { bytes[offset + k] = UInt8(truncatingIfNeeded: count >> (8 * k)) }
    }

    /// For a container the format has no place for: notes the refusal, and gives a writer
    /// whose bytes are dropped.
    func refuse() -> CompactWriter {
        refused = true
        return CompactWriter()
    }

    static func unsupported(_ what: String) -> EncodingError {
        EncodingError.invalidValue(what, .init(codingPath: [], debugDescription: "the cache's format has no \(what)"))
    }
}

/// The primitive values every container writes the same way.
protocol CompactPrimitiveWriting {
    var writer: CompactWriter { get }
}

extension CompactPrimitiveWriting {
    func put(_ value: Bool) { writer.write(value) }
    func put(_ value: String) { writer.write(value) }
    func put(_ value: Double) { writer.writeFixed(value.bitPattern, bytes: 8) }
    func put(_ value: Float) { writer.writeFixed(UInt64(value.bitPattern), bytes: 4) }
    func put<Value: SignedInteger & FixedWidthInteger>(_ value: Value) { writer.write(signed: Int64(value)) }
    func put<Value: UnsignedInteger & FixedWidthInteger>(_ value: Value) { writer.write(unsigned: UInt64(value)) }
    func putValue<Value: Encodable>(_ value: Value) throws { try writer.encode(value) }
}

/// A struct's fields, in order, without their names.
struct CompactKeyedWriter<Key: CodingKey>: KeyedEncodingContainerProtocol, CompactPrimitiveWriting {
    let writer: CompactWriter
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) throws { writer.write(false) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { put(value) }
    mutating func encode(_ value: String, forKey key: Key) throws { put(value) }
    mutating func encode(_ value: Double, forKey key: Key) throws { put(value) }
    mutating func encode(_ value: Float, forKey key: Key) throws { put(value) }
    mutating func encode(_ value: Int, forKey key: Key) throws { put(value) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { put(value) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { put(value) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { put(value) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { put(value) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { put(value) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { put(value) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { put(value) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { put(value) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { put(value) }
    mutating func encode<Value: Encodable>(_ value: Value, forKey key: Key) throws { try putValue(value) }

    // An absent optional is written as a `false` byte, a present one as `true` and its value:
    // the default would skip it, and the reader, which goes by order, would lose its place.
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { try present(value) { put($0) } }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { try present(value) { put($0) } }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { try present(value) { put($0) } }
    mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws { try present(value) { put($0) } }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { try present(value) { put($0) } }
    mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws { try present(value) { put($0) } }
    mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws { try present(value) { put($0) } }
    mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws { try present(value) { put($0) } }
    mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { try present(value) { put($0) } }
    mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws { try present(value) { put($0) } }
    mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws { try present(value) { put($0) } }
    mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws { try present(value) { put($0) } }
    mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws { try present(value) { put($0) } }
    mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws { try present(value) { put($0) } }
    mutating func encodeIfPresent<Value: Encodable>(_ value: Value?, forKey key: Key) throws { try present(value) { try putValue($0) } }

    private func present<Value>(_ value: Value?, _ write: (Value) throws -> Void) throws {
        writer.write(value != nil)
        if let value { try write(value) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        writer.refuse().container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer { writer.refuse().unkeyedContainer() }
    mutating func superEncoder() -> any Encoder { writer.refuse() }
    mutating func superEncoder(forKey key: Key) -> any Encoder { writer.refuse() }
}

/// An array's elements, after their count.
struct CompactListWriter: UnkeyedEncodingContainer, CompactPrimitiveWriting {
    let writer: CompactWriter
    private let countOffset: Int
    private(set) var count = 0
    var codingPath: [any CodingKey] { [] }

    init(writer: CompactWriter) {
        self.writer = writer
        countOffset = writer.reserveCount()
    }

    private mutating func added() {
        count += 1
        writer.incrementCount(at: countOffset)
    }

    mutating func encodeNil() throws { throw CompactWriter.unsupported("absent element") }
    mutating func encode(_ value: Bool) throws { added(); put(value) }
    mutating func encode(_ value: String) throws { added(); put(value) }
    mutating func encode(_ value: Double) throws { added(); put(value) }
    mutating func encode(_ value: Float) throws { added(); put(value) }
    mutating func encode(_ value: Int) throws { added(); put(value) }
    mutating func encode(_ value: Int8) throws { added(); put(value) }
    mutating func encode(_ value: Int16) throws { added(); put(value) }
    mutating func encode(_ value: Int32) throws { added(); put(value) }
    mutating func encode(_ value: Int64) throws { added(); put(value) }
    mutating func encode(_ value: UInt) throws { added(); put(value) }
    mutating func encode(_ value: UInt8) throws { added(); put(value) }
    mutating func encode(_ value: UInt16) throws { added(); put(value) }
    mutating func encode(_ value: UInt32) throws { added(); put(value) }
    mutating func encode(_ value: UInt64) throws { added(); put(value) }
    mutating func encode<Value: Encodable>(_ value: Value) throws { added(); try putValue(value) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        writer.refuse().container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { writer.refuse().unkeyedContainer() }
    mutating func superEncoder() -> any Encoder { writer.refuse() }
}

/// A value of its own: a raw-value enum, a wrapped optional.
struct CompactValueWriter: SingleValueEncodingContainer, CompactPrimitiveWriting {
    let writer: CompactWriter
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws { throw CompactWriter.unsupported("absent value") }
    mutating func encode(_ value: Bool) throws { put(value) }
    mutating func encode(_ value: String) throws { put(value) }
    mutating func encode(_ value: Double) throws { put(value) }
    mutating func encode(_ value: Float) throws { put(value) }
    mutating func encode(_ value: Int) throws { put(value) }
    mutating func encode(_ value: Int8) throws { put(value) }
    mutating func encode(_ value: Int16) throws { put(value) }
    mutating func encode(_ value: Int32) throws { put(value) }
    mutating func encode(_ value: Int64) throws { put(value) }
    mutating func encode(_ value: UInt) throws { put(value) }
    mutating func encode(_ value: UInt8) throws { put(value) }
    mutating func encode(_ value: UInt16) throws { put(value) }
    mutating func encode(_ value: UInt32) throws { put(value) }
    mutating func encode(_ value: UInt64) throws { put(value) }
    mutating func encode<Value: Encodable>(_ value: Value) throws { try putValue(value) }
}

/// Which types are `CompactDictionary`s, asked of the runtime once per type: a value's
/// conformance, checked by a cast at each of the hundreds of values an entry holds, was
/// found in the runtime's tables each time.
enum CompactDictionaryTypes {
    private static let known = MadeOnce<ObjectIdentifier, Bool>()

    static func holds(_ type: Any.Type) -> Bool {
        known.value(for: ObjectIdentifier(type)) { type is any CompactDictionary.Type }
    }
}

/// A dictionary with string keys: its count, then each key and value, in key order.
/// (Synthesised, it would be a keyed container whose names are the data.)
protocol CompactDictionary {
    func writeEntries(to writer: CompactWriter) throws
    static func readEntries(from reader: CompactReader) throws -> Self
}

extension Dictionary: CompactDictionary where Key == String, Value: Codable {
    func writeEntries(to writer: CompactWriter) throws {
        writer.write(unsigned: UInt64(count))
        for key in keys.sorted() {
            writer.write(key)
            try writer.encode(self[key]!)
        }
    }

    static func readEntries(from reader: CompactReader) throws -> Self {
        let count = try reader.readCount()
        var dictionary: Self = [:]
        for _ in 0..<count {
            let key = try reader.readString()
            dictionary[key] = try reader.decode(Value.self)
        }
        return dictionary
    }
}
