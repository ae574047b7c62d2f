#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension UnsafeBufferPointer where Element == UInt8 {
    /// The offset of the first `byte` at or after `from`, found by `memchr` (many bytes at a
    /// time): how a text's line feeds and quotation marks are found without reading it
    /// character by character.
    public func firstOffset(of byte: UInt8, from: Int) -> Int? {
        guard let base = baseAddress, from < count,
              let found = memchr(base + from, Int32(byte), count - from) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// The offset of the first occurrence of `bytes`: its first byte found by `memchr`, the rest
    /// compared there. Nil for no bytes.
    public func firstOffset(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = bytes.first, let base = baseAddress else { return nil }
        var from = 0
        while let hit = firstOffset(of: first, from: from), hit + bytes.count <= count {
            if memcmp(base + hit, bytes.baseAddress!, bytes.count) == 0 { return hit }
            from = hit + 1
        }
        return nil
    }
}

extension String {
    /// The first place `needle` stands in the string byte for byte, when it begins and ends
    /// between characters; nil otherwise. Foundation's `range(of:)` finds the same place when
    /// there is one, through UTF-16 and canonical equivalence: many times slower, and the
    /// fallback for what this does not find.
    public func literalRange(of needle: String) -> Range<String.Index>? {
        var haystack = self
        var needle = needle
        guard let offset = haystack.withUTF8({ text in
            needle.withUTF8 { wanted in text.firstOffset(of: wanted) }
        }) else { return nil }
        let start = utf8.index(utf8.startIndex, offsetBy: offset)
        let end = utf8.index(start, offsetBy: needle.utf8.count)
        guard let lower = String.Index(start, within: self), let upper = String.Index(end, within: self) else { return nil }
        return lower..<upper
    }
}
