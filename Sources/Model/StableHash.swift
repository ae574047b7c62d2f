/// A 128-bit hash that is the same on every run and machine (unlike `hashValue`): two lanes
/// with different starting points and multipliers, fed eight bytes at a time. It names cache
/// entries and detects changed files and pages; it is not meant to resist someone forging
/// collisions.
public struct StableHash: Sendable {
    private var a: UInt64 = 0xcbf2_9ce4_8422_2325
    private var b: UInt64 = 0x6c62_272e_07bb_0142

    public init() {}

    /// Adds bytes as they are.
    public mutating func update<Bytes: Sequence>(bytes: Bytes) where Bytes.Element == UInt8 {
        let done: Void? = bytes.withContiguousStorageIfAvailable { buffer in update(UnsafeRawBufferPointer(buffer)) }
        if done == nil { Array(bytes).withUnsafeBytes { update($0) } }
    }

    /// Eight bytes at a time, then the last few with their count.
    private mutating func update(_ buffer: UnsafeRawBufferPointer) {
        var a = self.a, b = self.b
        var offset = 0
        while offset + 8 <= buffer.count {
            let word = UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            Self.mix(&a, &b, word)
            offset += 8
        }
        var last = UInt64(buffer.count - offset) << 56
        for (shift, byte) in buffer[offset...].enumerated() { last |= UInt64(byte) << (8 * UInt64(shift)) }
        Self.mix(&a, &b, last)
        self.a = a
        self.b = b
    }

    private static func mix(_ a: inout UInt64, _ b: inout UInt64, _ word: UInt64) {
        a = (a ^ word) &* 0x9e37_79b9_7f4a_7c15
        a ^= a >> 29
        b = (b &+ word) &* 0xc2b2_ae3d_27d4_eb4f
        b = (b << 31) | (b >> 33)
    }

    /// Adds a text with its length, so that ("ab", "c") and ("a", "bc") differ.
    public mutating func update(_ text: String) {
        var text = text
        text.withUTF8 { update(UnsafeRawBufferPointer($0)) }
    }

    public mutating func update(_ number: Int) {
        Self.mix(&a, &b, UInt64(bitPattern: Int64(number)))
    }

    /// Adds one byte that says what follows (a kind of value, a separator), in one step.
    public mutating func update(marker: UInt8) {
        Self.mix(&a, &b, 0xA5A5_0000_0000_0000 | UInt64(marker))
    }

    /// Adds another hash's lanes (wrapping): the same whatever order hashes are added in.
    mutating func absorb(_ other: StableHash) {
        a = a &+ other.a
        b = b &+ other.b
    }

    /// 32 hexadecimal digits.
    public var hex: String {
        func digits(_ n: UInt64) -> String {
            let s = String(n, radix: 16)
            return String(repeating: "0", count: 16 - s.count) + s
        }
        return digits(a) + digits(b)
    }

    /// The 64-bit FNV-1a hash of a text, for short stable names (the sentence anchors of
    /// article pages).
    public static func fnv1a(_ text: String) -> UInt64 { fnv1a(bytes: text.utf8) }

    /// The 64-bit FNV-1a hash of some bytes.
    public static func fnv1a<Bytes: Sequence<UInt8>>(bytes: Bytes) -> UInt64 {
        var hash = fnv1aBasis
        for byte in bytes { hash = fnv1a(hash, byte) }
        return hash
    }

    /// FNV-1a's starting value, for a hash computed byte by byte with `fnv1a(_:_:)`.
    public static let fnv1aBasis: UInt64 = 0xcbf2_9ce4_8422_2325

    /// One byte added to an FNV-1a hash.
    @inline(__always) public static func fnv1a(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }

    /// The hash of some bytes, in hexadecimal.
    public static func of<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var hash = StableHash()
        hash.update(bytes: bytes)
        return hash.hex
    }
}
