/// The countries of the world as outlines: Natural Earth's 1:10m admin-0 countries (public
/// domain), simplified once by `scripts/make-world-outline` into `Data/world-outline.txt` and
/// embedded in the executable, so that a map needs no file, tile or server at run time.
///
/// The file holds one ring per line, `ISO code<TAB>points`, the points written in Google's
/// encoded polyline format at a precision of 0.001° (latitude first, then differences).
public struct WorldOutline: Sendable {
    /// One closed line of a country's outline (an island, a hole).
    public struct Ring: Sendable {
        public var country: String
        public var points: [GeoPoint]
        public var bounds: GeoBox
    }

    public let rings: [Ring]

    /// The embedded outline, decoded on first use.
    public static let world = WorldOutline(text: EmbeddedGeography.files["world-outline.txt"] ?? "")

    /// Decodes the outline file's text; lines starting with `#` are comments.
    public init(text: String) {
        var rings: [Ring] = []
        for line in text.utf8.split(separator: UInt8(ascii: "\n")) where line.first != UInt8(ascii: "#") {
            guard let tab = line.firstIndex(of: UInt8(ascii: "\t")) else { continue }
            let points = Self.decodePolyline(line[line.index(after: tab)...])
            guard points.count >= 3, let bounds = GeoBox(around: points) else { continue }
            rings.append(Ring(country: String(decoding: line[..<tab], as: UTF8.self), points: points, bounds: bounds))
        }
        self.rings = rings
    }

    /// Google's encoded polyline: each value a zigzag integer in 5-bit groups, least
    /// significant first, each group plus 63, 0x20 set on every group but the last.
    static func decodePolyline<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> [GeoPoint] {
        var points: [GeoPoint] = []
        var current = 0, shift = 0, latitude = 0, longitude = 0
        var latitudeStep: Int?
        for byte in bytes {
            let chunk = Int(byte) - 63
            current |= (chunk & 0x1F) << shift
            shift += 5
            guard chunk & 0x20 == 0 else { continue }
            let value = current & 1 == 1 ? ~(current >> 1) : current >> 1
            (current, shift) = (0, 0)
            // Values come in pairs: the latitude's step, then the longitude's.
            guard let step = latitudeStep else { latitudeStep = value; continue }
            latitude += step
            longitude += value
            latitudeStep = nil
            points.append(GeoPoint(latitude: Double(latitude) / 1000, longitude: Double(longitude) / 1000))
        }
        return points
    }
}
