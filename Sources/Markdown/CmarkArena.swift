import CCmark
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Memory for cmark, one document at a time on each thread: allocation moves a pointer along a
/// block, freeing does nothing, and the blocks are reused once the document's HTML is copied
/// out (`CommonMark.html`).
///
/// cmark allocates a node for every block and inline of a page, and frees them one by one; on
/// a large site's heap, glibc's allocator spent more time finding and merging those small
/// pieces (in its slow path) than cmark spent parsing. One arena per thread, so the callbacks
/// need no lock; it keeps what the largest document of its thread needed.
final class CmarkArena {
    /// Each allocation is preceded by its size, and starts on a 16-byte boundary.
    private static let header = 16
    private static let blockSize = 1 << 20

    private var blocks: [UnsafeMutableRawPointer] = []
    /// Allocations larger than a block, freed at `reset`.
    private var large: [UnsafeMutableRawPointer] = []
    private var block = 0
    private var offset = 0
    /// The last allocation, which `reallocate` can grow where it is.
    private var last: UnsafeMutableRawPointer?

    deinit {
        for pointer in blocks + large { free(pointer) }
    }

    func allocate(_ size: Int) -> UnsafeMutableRawPointer? {
        let needed = Self.header + (size + 15) & ~15
        if needed > Self.blockSize {
            guard let pointer = malloc(needed) else { return nil }
            large.append(pointer)
            return start(pointer, size: size)
        }
        if blocks.isEmpty || offset + needed > Self.blockSize {
            if !blocks.isEmpty { block += 1 }
            if block == blocks.count {
                guard let pointer = malloc(Self.blockSize) else { return nil }
                blocks.append(pointer)
            }
            offset = 0
        }
        let pointer = blocks[block] + offset
        offset += needed
        let result = start(pointer, size: size)
        last = result
        return result
    }

    func reallocate(_ pointer: UnsafeMutableRawPointer?, _ size: Int) -> UnsafeMutableRawPointer? {
        guard let pointer else { return allocate(size) }
        let old = pointer.load(fromByteOffset: -Self.header, as: Int.self)
        // The last allocation grows in place while its block has room.
        if pointer == last, case let grown = (size + 15) & ~15, offset - (old + 15) & ~15 + grown <= Self.blockSize {
            offset += grown - (old + 15) & ~15
            pointer.storeBytes(of: size, toByteOffset: -Self.header, as: Int.self)
            return pointer
        }
        guard let moved = allocate(size) else { return nil }
        moved.copyMemory(from: pointer, byteCount: min(old, size))
        return moved
    }

    /// Makes every block free again, for the next document.
    func reset() {
        for pointer in large { free(pointer) }
        large.removeAll(keepingCapacity: true)
        block = 0
        offset = 0
        last = nil
    }

    private func start(_ pointer: UnsafeMutableRawPointer, size: Int) -> UnsafeMutableRawPointer {
        pointer.storeBytes(of: size, as: Int.self)
        return pointer + Self.header
    }

    // MARK: The arena of the calling thread, as cmark's allocator

    /// The thread's arena is released when the thread ends.
    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { stored in
            if let stored { Unmanaged<CmarkArena>.fromOpaque(stored).release() }
        }
        return key
    }()

    static var current: CmarkArena { Unmanaged<CmarkArena>.fromOpaque(stored).takeUnretainedValue() }

    /// The calling thread's arena, made on first use and held by the thread's key.
    private static var stored: UnsafeMutableRawPointer {
        if let stored = pthread_getspecific(key) { return stored }
        let arena = Unmanaged.passRetained(CmarkArena()).toOpaque()
        pthread_setspecific(key, arena)
        return arena
    }

    /// The calling thread's arena, lent without a retain and a release: cmark calls its
    /// allocator for every node.
    private static func withCurrent<Result>(_ body: (CmarkArena) -> Result) -> Result {
        Unmanaged<CmarkArena>.fromOpaque(stored)._withUnsafeGuaranteedRef(body)
    }

    /// cmark's allocator, backed by the calling thread's arena. (Written once, then only read
    /// by cmark.)
    nonisolated(unsafe) static let allocator: UnsafeMutablePointer<cmark_mem> = {
        let allocator = UnsafeMutablePointer<cmark_mem>.allocate(capacity: 1)
        allocator.initialize(to: cmark_mem(
            calloc: { count, size in
                let (bytes, overflow) = count.multipliedReportingOverflow(by: size)
                guard !overflow, let pointer = CmarkArena.withCurrent({ $0.allocate(bytes) }) else { return nil }
                memset(pointer, 0, bytes)
                return pointer
            },
            realloc: { pointer, size in CmarkArena.withCurrent { $0.reallocate(pointer, size) } },
            free: { _ in }
        ))
        return allocator
    }()
}
