import Model
import Mustache

/// A value a template reads: a page, or a part of one (an event, an actor, a month).
///
/// Each type lists its fields once, in `fields`: the name a template uses, how the value is
/// read, and what kind of text it is. The same list serves the theme's lookups
/// (`datum(named:)` for `ThemeRenderer`, `child(named:)` for swift-mustache), the page's
/// fingerprint, and `TemplateCheck`, which takes the names a template may use and how each
/// must be placed from it.
protocol TemplateValue: MustacheParent, TemplateScope {
    static var fields: TemplateFields<Self> { get }
}

extension TemplateValue {
    func datum(named name: FieldName) -> TemplateDatum? { Self.fields.datum(named: name, of: self) }
    func child(named name: String) -> Any? { datum(named: FieldName(name))?.value }

    /// Adds the value to a fingerprint: every field, in name order, as its `hash` says (a field
    /// made from the others, such as a rendered card, adds nothing).
    func fingerprint(into hash: inout StableHash) { Self.fields.fingerprint(self, into: &hash) }
}

/// How a field's text is to be placed in a template: this is decided by the field, not by
/// the template, and `TemplateCheck` warns where a project's template places it otherwise.
enum FieldKind: Sendable, Equatable {
    /// Text to show: `{{name}}`, which escapes it. Never `{{{name}}}`.
    case text
    /// Markup the renderer built from escaped parts (HTML, Markdown): `{{{name}}}` only.
    case markup
    /// An address the renderer built (relative links, anchors): safe either way.
    case address
    /// A flag for `{{#name}}` and `{{^name}}`.
    case flag
    /// A list of values or a nested value, for `{{#name}}…{{/name}}`.
    case section
}

/// One field of a `TemplateValue`.
struct TemplateField<Root>: Sendable {
    let name: String
    let kind: FieldKind
    /// The types of the values a section holds, for their own names.
    let nested: [any TemplateValue.Type]
    /// The value, typed by the field (nil for an absent optional text, which a section skips).
    let datum: @Sendable (Root) -> TemplateDatum?
    /// Adds the value to a fingerprint, read as its own type (no cast through `Any`).
    let hash: @Sendable (Root, inout StableHash) -> Void

    private static func string(_ name: String, _ kind: FieldKind, _ value: @escaping @Sendable (Root) -> String) -> Self {
        Self(name: name, kind: kind, nested: [], datum: { .text(value($0), wrapped: true) }, hash: { root, hash in
            hash.update(marker: 0x22)
            hash.update(value(root))
        })
    }

    /// Text that may be absent: `{{#name}}…{{/name}}` shows only when it is there.
    private static func optional(_ name: String, _ kind: FieldKind, _ value: @escaping @Sendable (Root) -> String?) -> Self {
        Self(name: name, kind: kind, nested: [], datum: { value($0).map { .text($0, wrapped: true) } }, hash: { root, hash in
            guard let text = value(root) else { return hash.update(marker: 0x00) }
            hash.update(marker: 0x22)
            hash.update(text)
        })
    }

    static func text(_ name: String, _ value: @escaping @Sendable (Root) -> String) -> Self { string(name, .text, value) }
    static func text(_ name: String, _ value: @escaping @Sendable (Root) -> String?) -> Self { optional(name, .text, value) }
    static func markup(_ name: String, _ value: @escaping @Sendable (Root) -> String?) -> Self { optional(name, .markup, value) }
    static func markup(_ name: String, _ value: @escaping @Sendable (Root) -> String) -> Self { string(name, .markup, value) }
    static func address(_ name: String, _ value: @escaping @Sendable (Root) -> String) -> Self { string(name, .address, value) }

    /// Markup kept as UTF-8 bytes (a page's HTML in its layout), placed as it is.
    static func markup(_ name: String, _ value: @escaping @Sendable (Root) -> [UInt8]) -> Self {
        Self(name: name, kind: .markup, nested: [], datum: { .markup(value($0)) }, hash: { root, hash in
            hash.update(marker: 0x22)
            hash.update(bytes: value(root))
        })
    }

    static func flag(_ name: String, _ value: @escaping @Sendable (Root) -> Bool) -> Self {
        Self(name: name, kind: .flag, nested: [], datum: { .flag(value($0)) }, hash: { root, hash in
            hash.update(marker: value(root) ? 0x31 : 0x30)
        })
    }

    static func list<Item: TemplateValue>(_ name: String, _ value: @escaping @Sendable (Root) -> [Item]) -> Self {
        Self(name: name, kind: .section, nested: [Item.self], datum: { .list(TemplateItems(items: value($0))) }, hash: { root, hash in
            let items = value(root)
            hash.update(marker: 0x5B)
            hash.update(items.count)
            for item in items { item.fingerprint(into: &hash) }
        })
    }

    static func value<Item: TemplateValue>(_ name: String, _ value: @escaping @Sendable (Root) -> Item) -> Self {
        Self(name: name, kind: .section, nested: [Item.self], datum: { .value(value($0)) }, hash: { root, hash in
            value(root).fingerprint(into: &hash)
        })
    }

    /// The interface words (`{{t.key}}`), hashed with the theme rather than with each page.
    static func labels(_ name: String, _ value: @escaping @Sendable (Root) -> [String: String]) -> Self {
        Self(name: name, kind: .section, nested: [], datum: { .value(TemplateLabels(labels: value($0))) }, hash: { _, _ in })
    }

    /// Markup made from what the value holds when a template asks for it, and only then;
    /// `hashing` adds what it is made from to the fingerprint, in its stead (nothing, for
    /// markup made from the value's other fields, which the fingerprint has already).
    static func rendered(_ name: String, hashing: @escaping @Sendable (Root, inout StableHash) -> Void = { _, _ in },
                         _ make: @escaping @Sendable (Root) -> String) -> Self {
        Self(name: name, kind: .markup, nested: [], datum: { .text(make($0), wrapped: true) }, hash: hashing)
    }
}

/// The fields of a `TemplateValue`, by name, and the values it includes whole: a topic page
/// includes its `Listing`, whose fields its template reads as its own.
struct TemplateFields<Root>: Sendable {
    /// The fields in the order given, found by name through `byName`.
    private let fields: [TemplateField<Root>]
    private let byName: FieldTable
    /// Names in order, for fingerprints.
    private let ordered: [TemplateField<Root>]
    private let included: [Included]

    struct Included: Sendable {
        let type: any TemplateValue.Type
        let read: @Sendable (Root) -> any TemplateValue
        /// A field of the part, read without boxing the part.
        let datum: @Sendable (Root, FieldName) -> TemplateDatum?
        /// Whether the part has the field, at any depth: asked first, so that the part is not
        /// read out of its value for a name it does not have (most names a nested section
        /// looks up are found further out, and pass through each value on the way).
        let holds: @Sendable (FieldName) -> Bool

        static func include<Part: TemplateValue>(_ value: @escaping @Sendable (Root) -> Part) -> Self {
            Self(type: Part.self, read: { value($0) }, datum: { Part.fields.datum(named: $1, of: value($0)) },
                 holds: { Part.fields.holds($0) })
        }
    }

    init(_ fields: [TemplateField<Root>]) {
        self.init(fields, including: [])
    }

    init(_ fields: [TemplateField<Root>], including included: [Included]) {
        self.fields = fields
        byName = FieldTable(fields.map { FieldName($0.name) })
        ordered = fields.sorted { $0.name < $1.name }
        self.included = included
    }

    func datum(named name: FieldName, of root: Root) -> TemplateDatum? {
        if let index = byName[name] { return fields[index].datum(root) }
        for part in included where part.holds(name) {
            if let datum = part.datum(root, name) { return datum }
        }
        return nil
    }

    /// Whether a value of this type has a field of this name, its own or an included part's.
    func holds(_ name: FieldName) -> Bool {
        byName[name] != nil || included.contains { $0.holds(name) }
    }

    func fingerprint(_ root: Root, into hash: inout StableHash) {
        hash.update(marker: 0x7B)
        for field in ordered {
            hash.update(field.name)
            field.hash(root, &hash)
        }
        for part in included { part.read(root).fingerprint(into: &hash) }
        hash.update(marker: 0x7D)
    }

    /// Every name a template may use on a value of this type, at any depth, with its kinds
    /// (one name may be text in one part and markup in another).
    func names(into names: inout [String: Set<FieldKind>]) {
        for field in ordered {
            names[field.name, default: []].insert(field.kind)
            for type in field.nested { type.names(into: &names) }
        }
        for part in included { part.type.names(into: &names) }
    }
}

extension TemplateValue {
    static func names(into names: inout [String: Set<FieldKind>]) { fields.names(into: &names) }
}

/// Positions by `FieldName`, in an open-addressing table over the names' hashes: a lookup
/// hashes nothing. (Not generic over what it finds: a generic lookup, called through a list
/// of any type, would ask the runtime for its types' metadata every time.)
struct FieldTable: Sendable {
    private let names: [FieldName]
    /// An index into `names`, or -1; a power of two long, at least twice the names.
    private let slots: [Int]

    /// `names` may repeat one: its last position is found.
    init(_ names: [FieldName]) {
        var slots = [Int](repeating: -1, count: max(4, (names.count * 2).nextPowerOfTwo))
        for (index, name) in names.enumerated() {
            var slot = Self.start(name, slots.count)
            while slots[slot] >= 0, names[slots[slot]] != name { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = index
        }
        (self.names, self.slots) = (names, slots)
    }

    /// The position of `name` among the names given; nil if it is not one of them.
    subscript(_ name: FieldName) -> Int? {
        var slot = Self.start(name, slots.count)
        while case let index = slots[slot], index >= 0 {
            if names[index] == name { return index }
            slot = (slot + 1) & (slots.count - 1)
        }
        return nil
    }

    /// (The hash spread by the golden ratio: FNV-1a leaves the high bits of short names alike.)
    private static func start(_ name: FieldName, _ count: Int) -> Int {
        Int(truncatingIfNeeded: (name.hash &* 0x9E37_79B9_7F4A_7C15) >> 40) & (count - 1)
    }
}

private extension Int {
    /// The least power of two at or above the number.
    var nextPowerOfTwo: Int { self <= 1 ? 1 : 1 << (Int.bitWidth - (self - 1).leadingZeroBitCount) }
}
