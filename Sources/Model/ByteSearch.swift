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
}
