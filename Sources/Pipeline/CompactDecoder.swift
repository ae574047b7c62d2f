import Foundation

/// Reads what `CompactEncoder` wrote. Every read checks that the bytes are there and make
/// sense (a flag is 0 or 1, a number fits its type), and the whole input must be used: bytes
/// that do not match the type make decoding throw, and the cache then extracts the article
/// again.
struct CompactDecoder {
    static func decode<Value: Decodable>(_ type: Value.Type, from bytes: [UInt8]) throws -> Value {
        let reader = CompactReader(bytes)
        let value = try reader.decode(type)
        guard reader.isAtEnd else { throw reader.malformed("bytes left after the value") }
        return value
    }
}

/// Where every container of one `CompactDecoder` run reads: one byte buffer, in order.
final class CompactReader: Decoder {
    private let bytes: [UInt8]
    private var position = 0
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { position == bytes.count }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(CompactKeyedReader<Key>(reader: self))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer { try CompactListReader(reader: self) }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { CompactValueReader(reader: self) }

    // MARK: Values

    func decode<Value: Decodable>(_ type: Value.Type) throws -> Value {
        if CompactDictionaryTypes.holds(type), let dictionary = type as? any CompactDictionary.Type {
            return try dictionary.readEntries(from: self) as! Value
        }
        return try Value(from: self)
    }

    func readByte() throws -> UInt8 {
        guard position < bytes.count else { throw malformed("the bytes end early") }
        defer { position += 1 }
        return bytes[position]
    }

    func readBool() throws -> Bool {
        switch try readByte() {
        case 0: return false
        case 1: return true
        default: throw malformed("a flag is neither 0 nor 1")
        }
    }

    func readString() throws -> String {
        let count = try readCount()
        defer { position += count }
        return bytes.withUnsafeBufferPointer { String(decoding: $0[position..<(position + count)], as: UTF8.self) }
    }

    func readUnsigned() throws -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let byte = try readByte()
            guard shift < 64 else { throw malformed("a number is too long") }
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    func readSigned() throws -> Int64 {
        let zigzag = try readUnsigned()
        return Int64(bitPattern: (zigzag >> 1) ^ (0 &- (zigzag & 1)))
    }

    func readFixed(bytes count: Int) throws -> UInt64 {
        var bits: UInt64 = 0
        for k in 0..<count { bits |= UInt64(try readByte()) << (8 * UInt64(k)) }
        return bits
    }

    /// A length or a count, which can be no larger than the bytes left.
    func readCount() throws -> Int {
        let count = try readUnsigned()
        guard count <= UInt64(bytes.count - position) else { throw malformed("a count runs past the end") }
        return Int(count)
    }

    func readListCount() throws -> Int {
        let count = Int(try readFixed(bytes: 4))
        guard count <= bytes.count - position else { throw malformed("a count runs past the end") }
        return count
    }

    func malformed(_ reason: String) -> DecodingError {
        DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "cache entry: \(reason) (byte \(position))"))
    }
}

/// The primitive values every container reads the same way.
protocol CompactPrimitiveReading {
    var reader: CompactReader { get }
}

extension CompactPrimitiveReading {
    func take(_ type: Bool.Type) throws -> Bool { try reader.readBool() }
    func take(_ type: String.Type) throws -> String { try reader.readString() }
    func take(_ type: Double.Type) throws -> Double { Double(bitPattern: try reader.readFixed(bytes: 8)) }
    func take(_ type: Float.Type) throws -> Float { Float(bitPattern: UInt32(try reader.readFixed(bytes: 4))) }

    func take<Value: SignedInteger & FixedWidthInteger>(_ type: Value.Type) throws -> Value {
        guard let value = Value(exactly: try reader.readSigned()) else { throw reader.malformed("a number out of range") }
        return value
    }

    func take<Value: UnsignedInteger & FixedWidthInteger>(_ type: Value.Type) throws -> Value {
        guard let value = Value(exactly: try reader.readUnsigned()) else { throw reader.malformed("a number out of range") }
        return value
    }

    func takeValue<Value: Decodable>(_ type: Value.Type) throws -> Value { try reader.decode(type) }
}

/// A struct's fields, read in the order they were written; names are not checked.
struct CompactKeyedReader<Key: CodingKey>: KeyedDecodingContainerProtocol, CompactPrimitiveReading {
    let reader: CompactReader
    var codingPath: [any CodingKey] { [] }
    /// The format keeps no names: nothing can be listed (`Dictionary` is read by
    /// `CompactDictionary`; an enum with values would throw, finding no case).
    var allKeys: [Key] { [] }

    func contains(_ key: Key) -> Bool { true }
    func decodeNil(forKey key: Key) throws -> Bool { throw reader.malformed("no absent value outside an optional") }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try take(type) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try take(type) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try take(type) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try take(type) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try take(type) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try take(type) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try take(type) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try take(type) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try take(type) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try take(type) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try take(type) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try take(type) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try take(type) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try take(type) }
    func decode<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value { try takeValue(type) }

    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try present { try take(type) } }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try present { try take(type) } }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try present { try take(type) } }
    func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? { try present { try take(type) } }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try present { try take(type) } }
    func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws -> Int8? { try present { try take(type) } }
    func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? { try present { try take(type) } }
    func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? { try present { try take(type) } }
    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? { try present { try take(type) } }
    func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws -> UInt? { try present { try take(type) } }
    func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws -> UInt8? { try present { try take(type) } }
    func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? { try present { try take(type) } }
    func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? { try present { try take(type) } }
    func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? { try present { try take(type) } }
    func decodeIfPresent<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value? { try present { try takeValue(type) } }

    private func present<Value>(_ read: () throws -> Value) throws -> Value? {
        try reader.readBool() ? try read() : nil
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        throw reader.malformed("no nested container")
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer { throw reader.malformed("no nested container") }
    func superDecoder() throws -> any Decoder { throw reader.malformed("no nested container") }
    func superDecoder(forKey key: Key) throws -> any Decoder { throw reader.malformed("no nested container") }
}

/// An array's elements, as many as its count says.
struct CompactListReader: UnkeyedDecodingContainer, CompactPrimitiveReading {
    let reader: CompactReader
    let total: Int
    private(set) var currentIndex = 0
    var codingPath: [any CodingKey] { [] }
    var count: Int? { total }
    var isAtEnd: Bool { currentIndex == total }

    init(reader: CompactReader) throws {
        self.reader = reader
        total = try reader.readListCount()
    }

    private mutating func advance() throws {
        guard !isAtEnd else { throw reader.malformed("a list read past its count") }
        currentIndex += 1
    }

    mutating func decodeNil() throws -> Bool { false }
    mutating func decode(_ type: Bool.Type) throws -> Bool { try advance(); return try take(type) }
    mutating func decode(_ type: String.Type) throws -> String { try advance(); return try take(type) }
    mutating func decode(_ type: Double.Type) throws -> Double { try advance(); return try take(type) }
    mutating func decode(_ type: Float.Type) throws -> Float { try advance(); return try take(type) }
    mutating func decode(_ type: Int.Type) throws -> Int { try advance(); return try take(type) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try advance(); return try take(type) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try advance(); return try take(type) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try advance(); return try take(type) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try advance(); return try take(type) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try advance(); return try take(type) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try advance(); return try take(type) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try advance(); return try take(type) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try advance(); return try take(type) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try advance(); return try take(type) }
    mutating func decode<Value: Decodable>(_ type: Value.Type) throws -> Value { try advance(); return try takeValue(type) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        throw reader.malformed("no nested container")
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer { throw reader.malformed("no nested container") }
    mutating func superDecoder() throws -> any Decoder { throw reader.malformed("no nested container") }
}

/// A value of its own: a raw-value enum, a wrapped optional (never absent: see the encoder).
struct CompactValueReader: SingleValueDecodingContainer, CompactPrimitiveReading {
    let reader: CompactReader
    var codingPath: [any CodingKey] { [] }

    func decodeNil() -> Bool { false }
    func decode(_ type: Bool.Type) throws -> Bool { try take(type) }
    func decode(_ type: String.Type) throws -> String { try take(type) }
    func decode(_ type: Double.Type) throws -> Double { try take(type) }
    func decode(_ type: Float.Type) throws -> Float { try take(type) }
    func decode(_ type: Int.Type) throws -> Int { try take(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try take(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try take(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try take(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try take(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try take(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try take(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try take(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try take(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try take(type) }
    func decode<Value: Decodable>(_ type: Value.Type) throws -> Value { try takeValue(type) }
}
