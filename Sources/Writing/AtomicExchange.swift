import Foundation

/// Exchanges two paths in one step: Linux's `renameat2(…, RENAME_EXCHANGE)`. The C library
/// has it since glibc 2.28 but Swift's Glibc module does not declare it, so it is looked up by
/// name; where it is missing (or the file system refuses), `swap` says so and the caller
/// falls back to two renames.
enum AtomicExchange {
    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    #if os(Linux)
    private static let renameat2: RenameAt2? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
    }()
    /// From linux/fs.h.
    private static let exchangeFlag: UInt32 = 1 << 1
    #endif

    /// True when `a` and `b` (both existing) have traded places.
    static func swap(_ a: String, _ b: String) -> Bool {
        #if os(Linux)
        guard let renameat2 else { return false }
        return renameat2(AT_FDCWD, a, AT_FDCWD, b, exchangeFlag) == 0
        #else
        return false
        #endif
    }
}
