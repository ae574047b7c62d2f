import Geography
import Model

/// The land of a map's extent as one SVG path: every ring of the world outline that reaches
/// the extent, projected, cut to the canvas and thinned to what a pixel can show.
enum MapOutline {
    static func path(_ projection: MapProjection, outline: WorldOutline) -> String {
        let margin = 2.0
        let (maxX, maxY) = (projection.width + margin, projection.height + margin)
        let lonMargin = margin / projection.scale / projection.cosine, latMargin = margin / projection.scale
        let reach = GeoBox(south: projection.box.south - latMargin, north: projection.box.north + latMargin,
                           west: projection.box.west - lonMargin, east: projection.box.east + lonMargin)
        var d = ""
        for ring in outline.rings where ring.bounds.intersects(reach) {
            let projected = ring.points.map { CanvasPoint(x: projection.x($0.longitude), y: projection.y($0.latitude)) }
            let clipped = RingClipper.clip(projected, minX: -margin, minY: -margin, maxX: maxX, maxY: maxY)
            let thinned = thin(clipped)
            guard thinned.count >= 3 else { continue }
            append(thinned, to: &d)
            d += "z"
        }
        return d
    }

    /// A ring as path data in tenths of a pixel: its first point absolute, the others as
    /// steps from the one before ("M12.5 40l3-1.2 0.4 2"), which halves the bytes of a map.
    static func append(_ ring: [CanvasPoint], to d: inout String) {
        var previous: (Int, Int)? = nil
        for point in ring {
            let p = (Int((point.x * 10).rounded()), Int((point.y * 10).rounded()))
            if let (px, py) = previous {
                let (dx, dy) = (p.0 - px, p.1 - py)
                if dx == 0 && dy == 0 { continue }
                let x = tenths(dx), y = tenths(dy)
                d += (d.last == "l" || x.hasPrefix("-") ? "" : " ") + x + (y.hasPrefix("-") ? "" : " ") + y
            } else {
                d += "M" + tenths(p.0) + " " + tenths(p.1) + "l"
            }
            previous = p
        }
    }

    /// 12.5 from 125, -0.3 from -3, 4 from 40.
    static func tenths(_ value: Int) -> String {
        let sign = value < 0 ? "-" : ""
        let magnitude = abs(value)
        return magnitude % 10 == 0 ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }

    /// The ring with only the points that move its line by `tolerance` pixels or more
    /// (Douglas–Peucker, on the projected points): what the map's scale can show. A ring
    /// smaller than a few pixels is dropped whole.
    static func thin(_ ring: [CanvasPoint], tolerance: Double = 0.9) -> [CanvasPoint] {
        guard ring.count > 3 else { return ring }
        var minX = Double.infinity, minY = Double.infinity, maxX = -Double.infinity, maxY = -Double.infinity
        for p in ring {
            minX = min(minX, p.x); maxX = max(maxX, p.x); minY = min(minY, p.y); maxY = max(maxY, p.y)
        }
        guard maxX - minX >= 2 || maxY - minY >= 2 else { return [] }
        var keep = [Bool](repeating: false, count: ring.count)
        keep[0] = true
        keep[ring.count - 1] = true
        var spans = [(0, ring.count - 1)]
        while let (first, last) = spans.popLast() {
            guard last > first + 1 else { continue }
            let a = ring[first], b = ring[last]
            let dx = b.x - a.x, dy = b.y - a.y
            let length = (dx * dx + dy * dy).squareRoot()
            var farthest = first, distance = 0.0
            for k in (first + 1)..<last {
                let p = ring[k]
                let d = length > 1e-9 ? abs(dy * (p.x - a.x) - dx * (p.y - a.y)) / length
                    : ((p.x - a.x) * (p.x - a.x) + (p.y - a.y) * (p.y - a.y)).squareRoot()
                if d > distance { distance = d; farthest = k }
            }
            guard distance >= tolerance else { continue }
            keep[farthest] = true
            spans.append((first, farthest))
            spans.append((farthest, last))
        }
        return ring.indices.filter { keep[$0] }.map { ring[$0] }
    }
}

/// Labels for the largest dots, each put beside its dot where it overlaps no other label,
/// no dot and stays inside the canvas; a label with no such place is left out.
enum MapLabels {
    struct Label {
        var text: String
        var x: Double
        var y: Double
        var anchor: String
    }

    /// Roughly the width of a character of the labels' 12-pixel font.
    static let characterWidth = 6.6
    static let lineHeight = 13.0

    static func place(_ dots: [(dot: DrawnDot, name: String)], width: Double, height: Double, limit: Int) -> [Label] {
        // Every dot's box, then each label placed; a label may touch its own dot only.
        var taken = dots.map { box(x: $0.dot.center.x - $0.dot.radius, y: $0.dot.center.y - $0.dot.radius,
                                   w: 2 * $0.dot.radius, h: 2 * $0.dot.radius) }
        var labels: [Label] = []
        for (own, (dot, name)) in dots.prefix(limit).enumerated() {
            let w = Double(name.count) * characterWidth, r = dot.radius + 3, c = dot.center
            let candidates: [(Label, Box)] = [
                (Label(text: name, x: c.x + r, y: c.y + 4, anchor: "start"), box(x: c.x + r, y: c.y - 8, w: w, h: lineHeight)),
                (Label(text: name, x: c.x - r, y: c.y + 4, anchor: "end"), box(x: c.x - r - w, y: c.y - 8, w: w, h: lineHeight)),
                (Label(text: name, x: c.x, y: c.y - r - 2, anchor: "middle"), box(x: c.x - w / 2, y: c.y - r - lineHeight, w: w, h: lineHeight)),
                (Label(text: name, x: c.x, y: c.y + r + 10, anchor: "middle"), box(x: c.x - w / 2, y: c.y + r, w: w, h: lineHeight)),
            ]
            let fits = candidates.first { _, b in
                b.x >= 0 && b.y >= 0 && b.x + b.w <= width && b.y + b.h <= height
                    && !taken.indices.contains { $0 != own && taken[$0].overlaps(b) }
            }
            guard let (label, b) = fits else { continue }
            labels.append(label)
            taken.append(b)
        }
        return labels
    }

    struct Box {
        var x, y, w, h: Double
        func overlaps(_ o: Box) -> Bool { x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h }
    }

    static func box(x: Double, y: Double, w: Double, h: Double) -> Box { Box(x: x, y: y, w: w, h: h) }
}

/// The land of every map a build draws, by projection: the pages whose maps show the same
/// extent on the same canvas (an actor's and a place's in one region, a topic's months) share
/// one path, cut and thinned once. Most of a map's cost is there: a coast of thousands of points.
final class LandPaths: Sendable {
    private let outline: WorldOutline
    private let paths = MadeOnce<MapProjection, String>()

    init(outline: WorldOutline = .world) { self.outline = outline }

    /// `MapOutline.path` for this projection, made the first time it is asked for.
    func path(_ projection: MapProjection) -> String {
        paths.value(for: projection) { MapOutline.path(projection, outline: outline) }
    }
}
