/// A 128-bit hash that is the same on every run and machine (unlike `hashValue`): two FNV-1a
/// lanes with different starting points. It names cache entries and detects changed files; it
/// is not meant to resist someone forging collisions.
public struct StableHash: Sendable {
    private var a: UInt64 = 0xcbf2_9ce4_8422_2325
    private var b: UInt64 = 0x6c62_272e_07bb_0142

    public init() {}

    /// Adds bytes as they are.
    public mutating func update<Bytes: Sequence>(bytes: Bytes) where Bytes.Element == UInt8 {
        var a = self.a, b = self.b
        for byte in bytes {
            a = (a ^ UInt64(byte)) &* 0x100_0000_01b3
            b = (b ^ UInt64(byte)) &* 0x100_0000_01b3
            b = b ^ (b >> 29)
        }
        self.a = a
        self.b = b
    }

    /// Adds a text with its length, so that ("ab", "c") and ("a", "bc") differ.
    public mutating func update(_ text: String) {
        update(text.utf8.count)
        update(bytes: text.utf8)
    }

    public mutating func update(_ number: Int) {
        withUnsafeBytes(of: UInt64(bitPattern: Int64(number)).littleEndian) { update(bytes: $0) }
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

    /// The 64-bit FNV-1a hash of a text (the first lane alone), for short stable names.
    public static func fnv1a(_ text: String) -> UInt64 {
        var hash = StableHash()
        hash.update(bytes: text.utf8)
        return hash.a
    }

    /// The hash of some bytes, in hexadecimal.
    public static func of<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var hash = StableHash()
        hash.update(bytes: bytes)
        return hash.hex
    }
}
