/// A named place with coordinates, from the gazetteer `Content/places.yml`.
public struct Place: Hashable, Codable, Sendable {
    public var name: String
    /// Its address: the place's page is `places/<slug>/`.
    public var slug: String
    /// Other spellings ("Idleb", "Maaret al-Noomane").
    public var aliases: [String]
    public var latitude: Double
    public var longitude: Double
    /// The country the place is in, in the site's language.
    public var country: String?
    /// The first-level administrative division (province, governorate).
    public var admin1: String?

    public init(name: String, aliases: [String] = [], latitude: Double, longitude: Double,
                country: String? = nil, admin1: String? = nil) {
        self.name = name
        self.slug = slugify(name)
        self.aliases = aliases
        self.latitude = latitude
        self.longitude = longitude
        self.country = country
        self.admin1 = admin1
    }
}
