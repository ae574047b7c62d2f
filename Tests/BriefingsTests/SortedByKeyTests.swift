import Testing
import Model

/// A sort by keys worked out once gives the order the sort by elements gave, ties included.
@Suite struct SortedByKeyTests {
    @Test func sortsAsTheComparisonOfElementsDid() {
        let names = ["Éric", "eric", "Alep", "alep", "Ålesund", "Zagreb", "Idlib", "idlib", "Ìdlib", "Kafr Nabl", "", "Öcalan"]
        // Pairs with repeated counts and names that fold alike, in an order that is not sorted.
        let places = (0..<60).map { k in (name: names[(k * 7) % names.count], events: (k * 5) % 4, tag: k) }
        let byElements = places.sorted { ($1.events, $0.name.folded()) < ($0.events, $1.name.folded()) }
        let byKeys = places.sorted(byKey: { ($0.events, $0.name.folded()) }) { ($1.0, $0.1) < ($0.0, $1.1) }
        #expect(byKeys.map(\.tag) == byElements.map(\.tag))
        #expect(names.sorted(byKey: { ($0.isEmpty ? 1 : 0, $0.folded()) }, by: <)
                == names.sorted { ($0.isEmpty ? 1 : 0, $0.folded()) < ($1.isEmpty ? 1 : 0, $1.folded()) })
    }
}
