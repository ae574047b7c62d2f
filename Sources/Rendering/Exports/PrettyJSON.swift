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

    /// `<`, `>`, `&`, U+2028 and U+2029: what could end a `<script>` or a line of JavaScript.
    private static let scriptEnders: Set<UInt32> = [0x3C, 0x3E, 0x26, 0x2028, 0x2029]

    static func appendLiteral(_ text: String, to bytes: inout [UInt8], scriptSafe: Bool) {
        let hex = Array("0123456789abcdef".utf8)
        func unicode(_ scalar: UInt32) {
            bytes.append(contentsOf: [92, UInt8(ascii: "u")])
            for shift in stride(from: 12, through: 0, by: -4) { bytes.append(hex[Int((scalar >> UInt32(shift)) & 15)]) }
        }
        bytes.append(UInt8(ascii: "\""))
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x22: bytes.append(contentsOf: [92, 34])
            case 0x5C: bytes.append(contentsOf: [92, 92])
            case 10: bytes.append(contentsOf: [92, UInt8(ascii: "n")])
            case 13: bytes.append(contentsOf: [92, UInt8(ascii: "r")])
            case 9: bytes.append(contentsOf: [92, UInt8(ascii: "t")])
            case 8: bytes.append(contentsOf: [92, UInt8(ascii: "b")])
            case 12: bytes.append(contentsOf: [92, UInt8(ascii: "f")])
            case 0..<32: unicode(scalar.value)
            default:
                if scriptSafe, Self.scriptEnders.contains(scalar.value) {
                    unicode(scalar.value)
                } else {
                    UTF8.encode(scalar) { bytes.append($0) }
                }
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
