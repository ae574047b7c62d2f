import Model

/// A hash of the values a template is rendered with, the same on every run and machine: two
/// pages with the same fingerprint, template and theme have the same bytes, so a page whose
/// fingerprint has not changed since the last build need not be rendered again.
///
/// Values are what `Values` and the page builders make: texts, flags, numbers, lists and
/// tables of them. A table is hashed in the order of its sorted keys, so the order a
/// dictionary happens to list them in does not matter.
enum ViewFingerprint {
    /// The keys every page carries whose values come from the theme and the site's language
    /// alone (the interface words): hashed once, with the theme, not on every page.
    static let themeKeys: Set<String> = ["t", "h"]

    static func add(_ value: Any, to hash: inout StableHash) {
        switch value {
        case let text as String:
            hash.update(marker: Tag.text.rawValue)
            hash.update(text)
        case let flag as Bool:
            hash.update(marker: flag ? Tag.yes.rawValue : Tag.no.rawValue)
        case let number as Int:
            hash.update(marker: Tag.number.rawValue)
            hash.update(number)
        case let table as [String: Any]:
            add(table, to: &hash)
        case let tables as [[String: Any]]:
            // (Before `[Any]`: casting to it would copy the list, element by element.)
            hash.update(marker: Tag.list.rawValue)
            hash.update(tables.count)
            for table in tables { add(table, to: &hash) }
        case let list as [Any]:
            hash.update(marker: Tag.list.rawValue)
            hash.update(list.count)
            for item in list { add(item, to: &hash) }
        default:
            // (Any other value is shown through its description, which is what is hashed.)
            hash.update(marker: Tag.other.rawValue)
            hash.update(String(describing: value))
        }
    }

    static func add(_ table: [String: Any], to hash: inout StableHash, skipping skipped: Set<String> = []) {
        hash.update(marker: Tag.table.rawValue)
        let keys = table.keys.filter { !skipped.contains($0) }.sorted()
        hash.update(keys.count)
        for key in keys {
            hash.update(key)
            add(table[key]!, to: &hash)
        }
    }

    /// What kind of value follows, so that a text and a number with the same bytes differ.
    private enum Tag: UInt8 {
        case text = 1, yes, no, number, table, list, other
    }
}
