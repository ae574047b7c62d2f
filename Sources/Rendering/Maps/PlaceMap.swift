import Foundation
import Geography

/// A place to draw on a map: where, how much happened there, and the colour of what did.
struct MapMark: Sendable {
    var name: String
    var slug: String
    var url: String
    var point: GeoPoint
    /// What the dot's size shows: its events (or deaths, as the map's legend says).
    var count: Int
    /// The colour class of its main event type ("series-0").
    var colour: String
}

/// A dot as drawn: the places it stands for (nearby places share one) and their total.
struct DrawnDot: Sendable {
    var slugs: [String]
    var count: Int
    var center: CanvasPoint
    var radius: Double
    var colour: String
}

/// A map of places drawn at build time as SVG: the country outlines of its extent, a dot per
/// place (sized by its count, coloured by type, linked to the place's page), labels for the
/// main places, a legend. No script, tile or request: it works from `file://` and prints.
struct PlaceMap: Sendable {
    static let width = 640.0
    static let minHeight = 300.0
    static let maxHeight = 460.0
    /// Dots whose centres are closer than this many pixels are drawn as one.
    static let clusterDistance = 16.0
    /// How many places get a label, the largest first.
    static let labelled = 8

    var marks: [MapMark]
    /// The smallest extent, in degrees: a map of one place still shows its surroundings.
    var minimumSpan = 1.2

    /// The extent of the marks with a margin, in the projection every map uses.
    var projection: MapProjection? {
        guard let box = GeoBox(around: marks.map(\.point)) else { return nil }
        return MapProjection(fitting: box.padded(by: 0.15, atLeast: minimumSpan), width: Self.width,
                             minHeight: Self.minHeight, maxHeight: Self.maxHeight)
    }

    /// The marks gathered into dots, largest first: each mark joins the first dot within
    /// `clusterDistance` of it, else starts its own.
    func dots(_ projection: MapProjection) -> [DrawnDot] {
        var dots: [DrawnDot] = []
        let ordered = marks.sorted { $0.count != $1.count ? $0.count > $1.count : $0.slug < $1.slug }
        for mark in ordered {
            let p = CanvasPoint(x: projection.x(mark.point.longitude), y: projection.y(mark.point.latitude))
            if let k = dots.firstIndex(where: { hypot($0.center.x - p.x, $0.center.y - p.y) < Self.clusterDistance }) {
                dots[k].slugs.append(mark.slug)
                dots[k].count += mark.count
            } else {
                dots.append(DrawnDot(slugs: [mark.slug], count: mark.count, center: p, radius: 0, colour: mark.colour))
            }
        }
        let largest = Double(dots.map(\.count).max() ?? 1)
        // Area proportional to the count: radius from 4 to 18 pixels.
        for k in dots.indices { dots[k].radius = 4 + 14 * (Double(dots[k].count) / largest).squareRoot() }
        return dots
    }
}
