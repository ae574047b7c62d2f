import Model

/// A name a tag looks up, or a value's field is known by, with its hash worked out once (when
/// the template is read, when the fields are listed): a lookup compares eight bytes, and the
/// name itself only where they are equal, with no hashing of the name at every tag.
struct FieldName: Sendable, Equatable {
    let text: String
    let hash: UInt64

    init(_ text: String) {
        self.text = text
        hash = StableHash.fnv1a(text)
    }

    static func == (a: FieldName, b: FieldName) -> Bool { a.hash == b.hash && a.text == b.text }
}

/// What a tag finds when `ThemeRenderer` looks a name up: typed at the field that gives it
/// (`TemplateField.datum`), so that printing it or opening a section on it asks the runtime
/// nothing. Each case behaves as swift-mustache treats the value it stands for.
enum TemplateDatum {
    /// Text. `wrapped` for a field's text (a `TemplateText`, whose one stored property,
    /// `text`, a dotted name can reach); a plain string otherwise.
    case text(String, wrapped: Bool)
    /// A field's markup as UTF-8 bytes (a page's HTML in its layout): `{{{name}}}` copies the
    /// bytes; anywhere else it is the field's text.
    case markup([UInt8])
    case flag(Bool)
    /// `index()`.
    case number(Int)
    case list(any TemplateList)
    /// A value with fields of its own: a section opens it, a dotted name looks into it.
    case value(any TemplateScope)

    /// What `{{name}}` prints, before escaping: a value's description where Mustache would
    /// print it (a list or a value printed whole).
    var printed: String {
        switch self {
        case .text(let text, _): text
        case .markup(let bytes): String(decoding: bytes, as: UTF8.self)
        case .flag(let flag): String(describing: flag)
        case .number(let number): String(describing: number)
        case .list(let list): list.printed
        case .value(let value): String(describing: value)
        }
    }

    /// The value as swift-mustache is given it, for a theme it renders.
    var value: Any {
        switch self {
        case .text(let text, let wrapped): wrapped ? TemplateText(text) : text
        case .markup: asText.value
        case .flag(let flag): flag
        case .number(let number): number
        case .list(let list): list.value
        case .value(let value): value
        }
    }

    /// The field `name` of this value, as a dotted name reaches it.
    func child(named name: FieldName) -> TemplateDatum? {
        switch self {
        case .value(let value): value.datum(named: name)
        case .text(let text, wrapped: true) where name.text == "text": .text(text, wrapped: false)
        case .markup: asText.child(named: name)
        default: nil
        }
    }

    /// Markup bytes as the field's text they are, for all but `{{{name}}}`; any other datum as it is.
    var asText: TemplateDatum {
        guard case .markup(let bytes) = self else { return self }
        return .text(String(decoding: bytes, as: UTF8.self), wrapped: true)
    }
}

/// A value whose fields a template can name: a page's scope, a page, a part of one, the
/// interface words.
protocol TemplateScope: Sendable {
    /// Nil when the value has no such field, or its optional field is empty: the name is then
    /// looked up in the values below it, as Mustache does.
    func datum(named name: FieldName) -> TemplateDatum?
}

/// A list a section repeats over, read in place: its elements are not copied out to be
/// looked into.
protocol TemplateList: Sendable {
    var count: Int { get }
    func datum(at index: Int, named name: FieldName) -> TemplateDatum?
    /// The list's description, as `{{name}}` would print it.
    var printed: String { get }
    /// The list itself, for swift-mustache.
    var value: Any { get }
}

/// A list of values of one type, read in place through a lookup made where the type is known:
/// not generic itself, so that a lookup called through `any TemplateList` runs code made for
/// the type, and does not ask the runtime for the type's metadata at every name.
struct TemplateItems: TemplateList {
    let count: Int
    private let lookUp: @Sendable (Int, FieldName) -> TemplateDatum?
    private let items: any Sendable

    init<Item: TemplateValue>(items: [Item]) {
        count = items.count
        lookUp = { index, name in Item.fields.datum(named: name, of: items[index]) }
        self.items = items
    }

    func datum(at index: Int, named name: FieldName) -> TemplateDatum? { lookUp(index, name) }
    var printed: String { String(describing: items) }
    var value: Any { items }
}

/// One level of the values a template is rendered with: the root, then each section's value.
enum TemplateFrame {
    case scope(any TemplateScope)
    case element(any TemplateList, Int)
    case text(String, wrapped: Bool)
    /// A number or an empty list: nothing to look up in it.
    case opaque

    func datum(named name: FieldName) -> TemplateDatum? {
        switch self {
        case .scope(let scope): scope.datum(named: name)
        case .element(let list, let index): list.datum(at: index, named: name)
        case .text(let text, let wrapped): TemplateDatum.text(text, wrapped: wrapped).child(named: name)
        case .opaque: nil
        }
    }
}

extension ListPosition {
    /// The answer for an element's place in its list.
    func datum(index: Int, count: Int) -> TemplateDatum {
        switch self {
        case .first: .flag(index == 0)
        case .last: .flag(index == count - 1)
        case .index: .number(index)
        case .even: .flag(index & 1 == 0)
        case .odd: .flag(index & 1 == 1)
        }
    }
}
