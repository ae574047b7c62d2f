import Model

/// A populated place of GeoNames that a name may designate: what `briefings check` proposes
/// for a place the gazetteer lacks, for the editor to review before adding it.
public struct PlaceProposal: Sendable, Hashable {
    public var name: String
    public var latitude: Double
    public var longitude: Double
    /// ISO 3166-1 alpha-2.
    public var countryCode: String
    public var population: Int
}

/// GeoNames' populated places of the region the tool follows (CC BY 4.0, geonames.org),
/// reduced once by `scripts/make-place-proposals` into `Data/geonames-region.tsv` and embedded:
/// nothing is fetched at run time.
public struct PlaceProposals: Sendable {
    private let byName: [String: [PlaceProposal]]

    /// The embedded table, read on first use (only `briefings check` needs it).
    public static let region = PlaceProposals(text: EmbeddedGeography.files["geonames-region.tsv"] ?? "")

    /// Reads the table: `name, latitude, longitude, country code, population, other names`
    /// separated by tabs, the other names by `|`; lines starting with `#` are comments.
    public init(text: String) {
        var byName: [String: [PlaceProposal]] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count >= 5, let lat = Double(columns[1]), let lon = Double(columns[2]),
                  let population = Int(columns[4]) else { continue }
            let place = PlaceProposal(name: String(columns[0]), latitude: lat, longitude: lon,
                                      countryCode: String(columns[3]), population: population)
            let others = columns.count > 5 ? columns[5].split(separator: "|").map(String.init) : []
            for key in Set(([place.name] + others).map(Self.key)) { byName[key, default: []].append(place) }
        }
        self.byName = byName
    }

    /// The places a name may designate, most populous first: its spelling compared without
    /// case, accents, spaces, hyphens or apostrophes ("Abu Grein" finds "Abou-Grein").
    public func candidates(for name: String) -> [PlaceProposal] {
        (byName[Self.key(name)] ?? []).sorted { ($1.population, $0.name) < ($0.population, $1.name) }
    }

    static func key(_ name: String) -> String {
        String(name.folded().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil })
    }
}
