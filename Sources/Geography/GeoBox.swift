/// A point on the Earth, in decimal degrees (WGS 84).
public struct GeoPoint: Sendable, Hashable {
    public var latitude: Double
    public var longitude: Double

    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }
}

/// A latitude–longitude rectangle: a map's extent, or the bounds of an outline.
public struct GeoBox: Sendable, Hashable {
    public var south: Double
    public var north: Double
    public var west: Double
    public var east: Double

    public init(south: Double, north: Double, west: Double, east: Double) {
        self.south = south
        self.north = north
        self.west = west
        self.east = east
    }

    /// The smallest box holding every point; nil for none.
    public init?<S: Sequence>(around points: S) where S.Element == GeoPoint {
        var iterator = points.makeIterator()
        guard let first = iterator.next() else { return nil }
        self.init(south: first.latitude, north: first.latitude, west: first.longitude, east: first.longitude)
        while let p = iterator.next() {
            south = min(south, p.latitude)
            north = max(north, p.latitude)
            west = min(west, p.longitude)
            east = max(east, p.longitude)
        }
    }

    public var center: GeoPoint { GeoPoint(latitude: (south + north) / 2, longitude: (west + east) / 2) }

    public func intersects(_ other: GeoBox) -> Bool {
        south <= other.north && other.south <= north && west <= other.east && other.west <= east
    }

    /// The box grown by `fraction` of its size on every side, and to at least `span` degrees
    /// of latitude and of longitude, around the same centre; kept within ±85° of latitude.
    public func padded(by fraction: Double, atLeast span: Double) -> GeoBox {
        let c = center
        let halfLat = max((north - south) * (0.5 + fraction), span / 2)
        let halfLon = max((east - west) * (0.5 + fraction), span / 2)
        return GeoBox(south: max(-85, c.latitude - halfLat), north: min(85, c.latitude + halfLat),
                      west: max(-180, c.longitude - halfLon), east: min(180, c.longitude + halfLon))
    }
}
