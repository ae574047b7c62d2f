import Foundation
import Geography

/// The projection of every map: equirectangular, with its standard parallel at the middle of
/// the map's extent (longitudes scaled by the cosine of that latitude). Over the extent of a
/// briefing — a province, a country, a sea — it keeps shapes and distances true to a few per
/// cent, draws parallels and meridians as straight lines, and is cheap enough to run on every
/// point of every map of a build.
struct MapProjection: Sendable, Hashable {
    /// The extent actually drawn: the one asked for, grown to the canvas's proportions.
    let box: GeoBox
    let width: Double
    let height: Double
    /// Pixels per degree of latitude.
    let scale: Double
    /// Pixels per degree of longitude, over `scale`.
    let cosine: Double

    /// A canvas `width` pixels wide showing `extent` whole, between `minHeight` and
    /// `maxHeight` pixels high; the extent grows in the direction the canvas has room for.
    init(fitting extent: GeoBox, width: Double, minHeight: Double, maxHeight: Double) {
        let cosine = cos((extent.south + extent.north) / 2 * .pi / 180)
        let spanX = max(extent.east - extent.west, 1e-6) * cosine
        let spanY = max(extent.north - extent.south, 1e-6)
        var scale = width / spanX
        var height = spanY * scale
        var box = extent
        if height > maxHeight {
            scale = maxHeight / spanY
            height = maxHeight
            let halfLon = width / scale / cosine / 2
            box.west = extent.center.longitude - halfLon
            box.east = extent.center.longitude + halfLon
        } else if height < minHeight {
            height = minHeight
            let halfLat = height / scale / 2
            box.south = extent.center.latitude - halfLat
            box.north = extent.center.latitude + halfLat
        }
        self.box = box
        self.width = width
        self.height = height.rounded()
        self.scale = scale
        self.cosine = cosine
    }

    func x(_ longitude: Double) -> Double { (longitude - box.west) * cosine * scale }
    func y(_ latitude: Double) -> Double { (box.north - latitude) * scale }
}

/// A point on the canvas, in pixels from its top left corner.
struct CanvasPoint: Sendable, Hashable {
    var x: Double
    var y: Double
}

/// Cuts a ring to a rectangle of the canvas (Sutherland–Hodgman, one edge at a time), so
/// that a map holds only the part of a coast or border inside it. A filled ring stays a
/// closed shape; where it ran outside, it follows the rectangle's edge.
enum RingClipper {
    static func clip(_ ring: [CanvasPoint], minX: Double, minY: Double, maxX: Double, maxY: Double) -> [CanvasPoint] {
        var out = ring
        out = cut(out, inside: { $0.x >= minX }, cross: { a, b in CanvasPoint(x: minX, y: a.y + (b.y - a.y) * (minX - a.x) / (b.x - a.x)) })
        out = cut(out, inside: { $0.x <= maxX }, cross: { a, b in CanvasPoint(x: maxX, y: a.y + (b.y - a.y) * (maxX - a.x) / (b.x - a.x)) })
        out = cut(out, inside: { $0.y >= minY }, cross: { a, b in CanvasPoint(x: a.x + (b.x - a.x) * (minY - a.y) / (b.y - a.y), y: minY) })
        out = cut(out, inside: { $0.y <= maxY }, cross: { a, b in CanvasPoint(x: a.x + (b.x - a.x) * (maxY - a.y) / (b.y - a.y), y: maxY) })
        return out
    }

    private static func cut(_ ring: [CanvasPoint], inside: (CanvasPoint) -> Bool,
                            cross: (CanvasPoint, CanvasPoint) -> CanvasPoint) -> [CanvasPoint] {
        guard let last = ring.last else { return [] }
        var out: [CanvasPoint] = []
        out.reserveCapacity(ring.count)
        var previous = last
        var previousInside = inside(last)
        for point in ring {
            let isInside = inside(point)
            if isInside != previousInside { out.append(cross(previous, point)) }
            if isInside { out.append(point) }
            previous = point
            previousInside = isInside
        }
        return out
    }
}
