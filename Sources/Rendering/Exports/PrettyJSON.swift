/// JSON written straight into bytes, laid out exactly as Foundation's `JSONEncoder` lays it out
/// with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` — two spaces a level, `" : "`
/// after a key, an empty list as `[`, a blank line, `]` — so the data files keep their bytes
/// while a large one is never a tree of values in memory. Keys must be written in sorted order.
struct PrettyJSON {
    private(set) var bytes: [UInt8] = []
    /// Whether strings escape what could end a `<script>` too (`literal(_:scriptSafe:)`).
    var scriptSafe = false
    /// For each open container: whether it has an element yet.
    private var hasElements: [Bool] = []
    /// For each open container: its last key (an object's), to check that keys come sorted.
    private var lastKeys: [String?] = []
    /// A key was just written: the value follows on the same line.
    private var afterKey = false

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    /// The bytes with a final newline, as a data file ends, without copying them.
    consuming func file() -> [UInt8] {
        bytes.append(10)
        return bytes
    }

    mutating func beginObject() { open(UInt8(ascii: "{")) }
    mutating func endObject() { close(UInt8(ascii: "}")) }
    mutating func beginArray() { open(UInt8(ascii: "[")) }
    mutating func endArray() { close(UInt8(ascii: "]")) }

    mutating func key(_ name: String) {
        assert(lastKeys.last.flatMap { $0 }.map { $0 < name } ?? true, "JSON key \"\(name)\" out of order")
        if !lastKeys.isEmpty { lastKeys[lastKeys.count - 1] = name }
        startElement()
        writeString(name)
        bytes.append(contentsOf: [32, 58, 32])  // " : "
        afterKey = true
    }

    mutating func string(_ text: String) {
        startElement()
        writeString(text)
    }

    mutating func string(_ text: String?) {
        if let text { string(text) } else { null() }
    }

    mutating func int(_ n: Int) {
        startElement()
        bytes.append(contentsOf: String(n).utf8)
    }

    /// A number already written as JSON (fixed decimals: "36.6339").
    mutating func number(_ literal: String) {
        startElement()
        bytes.append(contentsOf: literal.utf8)
    }

    mutating func int(_ n: Int?) {
        if let n { int(n) } else { null() }
    }

    mutating func bool(_ value: Bool) {
        startElement()
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    mutating func null() {
        startElement()
        bytes.append(contentsOf: "null".utf8)
    }

    /// `key : value` pairs of strings, in the order given (sorted by the caller).
    mutating func strings(_ pairs: KeyValuePairs<String, String>) {
        for (name, value) in pairs {
            key(name)
            string(value)
        }
    }

    private mutating func open(_ bracket: UInt8) {
        startElement()
        bytes.append(bracket)
        hasElements.append(false)
        lastKeys.append(nil)
    }

    private mutating func close(_ bracket: UInt8) {
        let hadElements = hasElements.removeLast()
        lastKeys.removeLast()
        bytes.append(10)
        if !hadElements { bytes.append(10) }
        indent(hasElements.count)
        bytes.append(bracket)
    }

    /// Before a key, or a value in a list: a comma after the previous element, a new line, the indentation.
    private mutating func startElement() {
        if afterKey {
            afterKey = false
            return
        }
        guard let last = hasElements.indices.last else { return }
        if hasElements[last] { bytes.append(UInt8(ascii: ",")) }
        hasElements[last] = true
        bytes.append(10)
        indent(hasElements.count)
    }

    private mutating func indent(_ level: Int) {
        for _ in 0..<(level * 2) { bytes.append(32) }
    }

    private mutating func writeString(_ text: String) {
        Self.appendLiteral(text, to: &bytes, scriptSafe: scriptSafe)
    }

    /// A JSON string literal, quotes included, escaped as `JSONEncoder` escapes; `scriptSafe`
    /// also escapes `<`, `>`, `&`, U+2028 and U+2029, so that no text can end a `<script>` or a
    /// line of JavaScript.
    static func literal(_ text: String, scriptSafe: Bool) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 2)
        appendLiteral(text, to: &bytes, scriptSafe: scriptSafe)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the literal. It reads the text's UTF-8 bytes and copies each run that needs no
    /// escape whole: exports hold every event's text, and most of it is plain.
    static func appendLiteral(_ text: String, to bytes: inout [UInt8], scriptSafe: Bool) {
        var text = text
        bytes.append(UInt8(ascii: "\""))
        text.withUTF8 { utf8 in
            var run = 0
            var i = 0
            while i < utf8.count {
                guard let (escape, length) = escape(utf8, at: i, scriptSafe: scriptSafe) else {
                    i += 1
                    continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<i]))
                appendEscape(escape, to: &bytes)
                i += length
                run = i
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// How a character that must be escaped is written: after a backslash, one letter or a
    /// `\u` code.
    private enum Escape {
        case letter(UInt8)
        case unicode(UInt32)
    }

    /// The escape the character starting at byte `i` needs, and its length in bytes; nil for a
    /// byte copied as it is.
    private static func escape(_ utf8: UnsafeBufferPointer<UInt8>, at i: Int, scriptSafe: Bool) -> (Escape, Int)? {
        let byte = utf8[i]
        switch byte {
        case 0x22, 0x5C: return (.letter(byte), 1)
        case 10: return (.letter(UInt8(ascii: "n")), 1)
        case 13: return (.letter(UInt8(ascii: "r")), 1)
        case 9: return (.letter(UInt8(ascii: "t")), 1)
        case 8: return (.letter(UInt8(ascii: "b")), 1)
        case 12: return (.letter(UInt8(ascii: "f")), 1)
        case 0..<32: return (.unicode(UInt32(byte)), 1)
        case 0x3C, 0x3E, 0x26: return scriptSafe ? (.unicode(UInt32(byte)), 1) : nil
        // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
        case 0xE2 where scriptSafe && i + 2 < utf8.count && utf8[i + 1] == 0x80 && (utf8[i + 2] == 0xA8 || utf8[i + 2] == 0xA9):
            return (.unicode(utf8[i + 2] == 0xA8 ? 0x2028 : 0x2029), 3)
        default: return nil
        }
    }

    private static func appendEscape(_ escape: Escape, to bytes: inout [UInt8]) {
        bytes.append(92)
        switch escape {
        case .letter(let letter):
            bytes.append(letter)
        case .unicode(let scalar):
            bytes.append(UInt8(ascii: "u"))
            for shift in stride(from: 12, through: 0, by: -4) {
                let digit = UInt8((scalar >> UInt32(shift)) & 15)
                bytes.append(digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10)
            }
        }
    }
}
