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
///
/// A coordinate out of range, or two places whose names give one page address, is an error at
/// the value's line and column: either would draw a place where it is not, or hide one.
public enum PlaceParser {
    static let fields: Set<String> = ["name", "aliases", "lat", "lon", "country", "admin1"]

    public static func parse(path: String, text: String) throws -> [Place] {
        var addresses: [String: (name: String, line: Int)] = [:]
        return try FrontMatter.list(file: path, yaml: text).map { entry in
            try entry.allowOnly(fields)
            let place = Place(name: try entry.requiredString("name"), aliases: try entry.strings("aliases"),
                              latitude: try coordinate(entry, "lat", limit: 90, path: path),
                              longitude: try coordinate(entry, "lon", limit: 180, path: path),
                              country: try entry.string("country"), admin1: try entry.string("admin1"))
            let line = entry.line(of: "name") ?? entry.line
            if let other = addresses[place.slug] {
                throw Diagnostic(file: path, line: line, column: entry.column(of: "name"),
                                 message: "\"\(place.name)\" has the page address places/\(place.slug)/ of \"\(other.name)\" "
                                    + "(line \(other.line)): rename one, or make it an alias of the other")
            }
            addresses[place.slug] = (place.name, line)
            return place
        }
    }

    /// `lat` within ±90 or `lon` within ±180, in decimal degrees.
    private static func coordinate(_ entry: FrontMatter, _ key: String, limit: Double, path: String) throws -> Double {
        guard let value = try entry.double(key) else {
            throw Diagnostic(file: path, line: entry.line, message: "a place needs `lat` (−90…90) and `lon` (−180…180)")
        }
        guard (-limit...limit).contains(value) else {
            throw Diagnostic(file: path, line: entry.line(of: key), column: entry.column(of: key),
                             message: "`\(key)` must lie between −\(Int(limit)) and \(Int(limit)) degrees, got \(value)")
        }
        return value
    }
}
