import Foundation

/// Writes bytes to a file through its descriptor: the file is made, or emptied, and written
/// in place. Callers that need a file to appear whole write it under a temporary name and
/// rename it themselves; Foundation's `createFile` would make a temporary file of its own and
/// rename it too, at each of thousands of files a build writes.
public enum FileBytes {
    public static func write(_ bytes: [UInt8], to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw WriteError(path: path, message: "cannot write the file (\(String(cString: strerror(errno))))") }
        defer { close(descriptor) }
        var written = 0
        try bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let n = Foundation.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw WriteError(path: path, message: "cannot write the file (\(String(cString: strerror(errno))))")
                }
                written += n
            }
        }
    }
}
