import Model

/// Reads `Content/places.yml`, the gazetteer: a list of places with coordinates.
///
/// ```yaml
/// - name: Saraqeb
///   aliases: [Saraqib]
///   lat: 35.8622
///   lon: 36.8025
///   country: Syrie
///   admin1: Idlib
/// ```
public enum PlaceParser {
    static let fields: Set<String> = ["name", "aliases", "lat", "lon", "country", "admin1"]

    public static func parse(path: String, text: String) throws -> [Place] {
        try FrontMatter.list(file: path, yaml: text).map { entry in
            try entry.allowOnly(fields)
            guard let lat = try entry.double("lat"), let lon = try entry.double("lon"),
                  (-90...90).contains(lat), (-180...180).contains(lon) else {
                throw Diagnostic(file: path, line: entry.line, message: "a place needs `lat` (−90…90) and `lon` (−180…180)")
            }
            return Place(name: try entry.requiredString("name"), aliases: try entry.strings("aliases"),
                         latitude: lat, longitude: lon, country: try entry.string("country"),
                         admin1: try entry.string("admin1"))
        }
    }
}
