import Model
import Foundation

/// A content file's bytes made into text, or the reason they cannot be, at its line and column.
///
/// Accepted: UTF-8, with or without a byte order mark; UTF-16 with its byte order mark; lines
/// ending in LF, CRLF (Windows) or CR alone (old Mac OS), all made LF. Refused, by name: an
/// empty file, a binary file (a NUL byte), bytes that are not UTF-8.
public enum SourceText {
    public static func decode(_ data: Data, file: String) throws -> String {
        let bytes = [UInt8](data)
        guard !bytes.isEmpty else { throw Diagnostic(file: file, line: 1, column: 1, message: "the file is empty") }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            guard let text = String(data: data, encoding: .utf16) else {
                throw Diagnostic(file: file, line: 1, column: 1, message: "the file starts as UTF-16 but is not valid UTF-16: save it as UTF-8")
            }
            return try decode(Data(text.utf8), file: file)
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        if let nul = body.firstIndex(of: 0) {
            let (line, column) = position(of: nul, in: body)
            throw Diagnostic(file: file, line: line, column: column,
                               message: "binary data or UTF-16 without a byte order mark, not UTF-8 text (a NUL byte)")
        }
        guard let text = String(validating: normalisedLineEndings(body), as: UTF8.self) else {
            let bad = firstInvalidUTF8(body) ?? 0
            let (line, column) = position(of: bad, in: body)
            throw Diagnostic(file: file, line: line, column: column,
                               message: String(format: "not UTF-8 (byte 0x%02X): save the file as UTF-8", body[bad]))
        }
        return text
    }

    /// CRLF and a lone CR become LF.
    static func normalisedLineEndings(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(13) else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == 13 {
                out.append(10)
                if i + 1 < bytes.count && bytes[i + 1] == 10 { i += 1 }
            } else {
                out.append(bytes[i])
            }
            i += 1
        }
        return out
    }

    /// The 1-based line and column (in characters, roughly: UTF-8 sequences count once) of a byte.
    static func position(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1, column = 1
        var i = 0
        while i < offset {
            let byte = bytes[i]
            if byte == 10 || (byte == 13 && (i + 1 >= bytes.count || bytes[i + 1] != 10)) {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 && byte != 13 {
                column += 1
            }
            i += 1
        }
        return (line, column)
    }

    /// The offset of the first byte that does not start or continue a valid UTF-8 sequence.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var i = 0
        while i < bytes.count {
            let lead = bytes[i]
            let length: Int
            switch lead {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return i
            }
            guard i + length <= bytes.count else { return i }
            let sequence = Array(bytes[i..<(i + length)])
            guard String(validating: sequence, as: UTF8.self) != nil else { return i }
            i += length
        }
        return nil
    }
}
