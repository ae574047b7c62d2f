import Foundation
import Testing
import Geography
import Model
@testable import Pipeline
@testable import Rendering

/// Place pages and the maps drawn at build time, on the committed sample site and on small
/// sites written here.
@Suite struct PlaceAndMapTests {
    static let site = repositoryRoot.appendingPathComponent("Site")

    /// Every page of the sample site with its text.
    static func pages() throws -> [(path: String, html: String)] {
        try tree(site).filter { $0.key.hasSuffix(".html") }.sorted { $0.key < $1.key }
            .map { ($0.key, String(decoding: $0.value, as: UTF8.self)) }
    }

    /// A map's dots (places, count) and its table's rows (place, count), read from the page.
    static func map(in html: String) -> (dots: [(places: [String], count: Int)], rows: [String: Int])? {
        guard let start = html.range(of: "<figure class=\"map\""), let end = html.range(of: "</details>", range: start.upperBound..<html.endIndex)
        else { return nil }
        let figure = String(html[start.lowerBound..<end.upperBound])
        let dots = matches(#"data-places="([^"]+)" data-count="(\d+)""#, in: figure).map { ($0[0].split(separator: " ").map(String.init), Int($0[1])!) }
        let rows = matches(#"<tr data-place="([^"]+)">.*?<td>([^<]+)</td>"#, in: figure)
            .map { ($0[0], Int($0[1].filter(\.isNumber))!) }
        return (dots, Dictionary(rows, uniquingKeysWith: +))
    }

    static func matches(_ pattern: String, in text: String) -> [[String]] {
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { m in
            (1..<m.numberOfRanges).map { String(text[Range(m.range(at: $0), in: text)!]) }
        }
    }

    /// The events of `data/events.json`, with the gazetteer's place of each (by name or alias).
    static func placedEvents() throws -> [(event: [String: Any], place: String?)] {
        var report = SiteBuilder.BuildReport()
        let content = try SiteBuilder(project: repositoryRoot).assemble(into: &report).content
        let gazetteer = Gazetteer(content.places)
        let data = try JSONSerialization.jsonObject(with: Data(contentsOf: site.appendingPathComponent("data/events.json"))) as! [String: Any]
        return (data["events"] as! [[String: Any]]).map { ($0, gazetteer.place(named: $0["location"] as? String)?.slug) }
    }

    @Test func everyPlaceWithEventsHasAPageAndTheIndexListsIt() throws {
        let placed = try Self.placedEvents().compactMap(\.place)
        let index = try String(contentsOf: Self.site.appendingPathComponent("places/index.html"), encoding: .utf8)
        #expect(Set(placed).count >= 15)
        for slug in Set(placed) {
            let page = Self.site.appendingPathComponent("places/\(slug)/index.html")
            #expect(FileManager.default.fileExists(atPath: page.path), "no page for \(slug)")
            #expect(index.contains("href=\"../places/\(slug)/index.html\""), "the index does not list \(slug)")
        }
        let saraqeb = try String(contentsOf: Self.site.appendingPathComponent("places/saraqeb/index.html"), encoding: .utf8)
        #expect(saraqeb.contains("35.8622° N, 36.8006° E"))
        #expect(saraqeb.contains("<h2>Derniers événements (\(placed.filter { $0 == "saraqeb" }.count))</h2>"))
        // A card's place links to its page; the sitemap and the search index know the places.
        let month = try String(contentsOf: Self.site.appendingPathComponent("timeline/2020-02/index.html"), encoding: .utf8)
        #expect(month.contains("<a class=\"place\" href=\"../../places/saraqeb/index.html\">Saraqeb</a>"))
        let sitemap = try String(contentsOf: Self.site.appendingPathComponent("sitemap.xml"), encoding: .utf8)
        #expect(sitemap.contains("places/saraqeb/"))
        let search = try tree(Self.site.appendingPathComponent("search")).values.map { String(decoding: $0, as: UTF8.self) }.joined()
        #expect(search.contains("\"place\""))
    }

    /// Each dot stands for places the page's events happened at, with their count; the table
    /// under the map lists the same places with the same counts.
    @Test func everyDotIsAPlaceOfThePageAndTheTableSaysTheSame() throws {
        let events = try Self.placedEvents()
        var expected: [String: [String: Int]] = ["map/index.html": [:]]
        for (event, place) in events {
            guard let place else { continue }
            expected["map/index.html"]![place, default: 0] += 1
            expected["places/\(place)/index.html", default: [:]][place, default: 0] += 1
            for topic in event["topics"] as? [String] ?? [] { expected["topics/\(topic)/index.html", default: [:]][place, default: 0] += 1 }
        }
        var maps = 0
        for (path, html) in try Self.pages() {
            guard let map = Self.map(in: html) else { continue }
            maps += 1
            var fromDots: [String: Int] = [:]
            for dot in map.dots {
                let total = dot.places.map { map.rows[$0] ?? 0 }.reduce(0, +)
                #expect(total == dot.count, "\(path): a dot of \(dot.places) says \(dot.count), its table \(total)")
                for place in dot.places { fromDots[place] = map.rows[place] }
            }
            #expect(fromDots == map.rows, "\(path): the dots and the table list different places")
            if let want = expected[path] { #expect(map.rows == want, "\(path): the map is not the page's events") }
        }
        #expect(maps >= 40)
    }

    @Test func mapsAndPagesStayWithinTheirSize() throws {
        var largestMap = 0
        for (path, html) in try Self.pages() {
            #expect(html.utf8.count < 1_000_000, "\(path) is over 1 MB")
            if let start = html.range(of: "<figure class=\"map\""), let end = html.range(of: "</details>", range: start.upperBound..<html.endIndex) {
                let bytes = html[start.lowerBound..<end.upperBound].utf8.count
                #expect(bytes < 60_000, "\(path): its map is \(bytes) bytes")
                largestMap = max(largestMap, bytes)
            }
        }
        #expect(largestMap > 10_000)
    }

    /// The embedded outline holds the countries, and a map of Saraqeb draws the Syrian–Turkish
    /// border north of it.
    @Test func theWorldOutlineLocatesIdlib() throws {
        let world = WorldOutline.world
        #expect(Set(world.rings.map(\.country)).isSuperset(of: ["SYR", "TUR", "LBY", "GRC", "RUS"]))
        let syria = world.rings.filter { $0.country == "SYR" }.map(\.bounds)
        #expect(syria.contains { $0.north > 37 && $0.north < 37.5 && $0.west > 35.5 && $0.west < 36 })
        let page = try String(contentsOf: Self.site.appendingPathComponent("places/saraqeb/index.html"), encoding: .utf8)
        #expect(page.contains("<path class=\"land\" d=\"M"))
    }

    /// A place of the text that the gazetteer lacks is listed by `check` with GeoNames'
    /// coordinates to review, and drawn on no map.
    @Test func aPlaceMissingFromTheGazetteerIsProposedNotDrawn() throws {
        var files = TestProject.minimal
        files["Content/places.yml"] = "- {name: Idlib, lat: 35.9306, lon: 36.6339, country: Syrie}\n"
        files["Content/actors/russie.md"] = "---\nname: Russie\naliases: [aviation russe]\nkind: state\n---\n"
        files["Content/articles/2020-02-22-frappes.txt"] = "Frappes sur Kafr Nabl\nL'aviation russe a bombardé samedi la ville de Kafr Nabl, tuant cinq civils, selon l'OSDH.\n"
        let project = try TestProject(files)
        defer { project.remove() }
        var report = SiteBuilder.BuildReport()
        let assembled = try SiteBuilder(project: project.directory).assemble(into: &report)
        #expect(assembled.assembly.events.contains { $0.location == "Kafr Nabl" })
        let unlisted = ProjectCheck.unlistedPlaces(assembled, proposals: .region)
        let diagnostic = try #require(unlisted.first { $0.message.contains("\"Kafr Nabl\"") })
        #expect(diagnostic.file == "Content/articles/2020-02-22-frappes.txt" && diagnostic.line == 2)
        #expect(diagnostic.note?.contains("- {name: Kafr Nabl, lat: 35.61376, lon: 36.56449}  # Kafranbel, SY") == true)
        try project.build()
        let map = try project.read("map/index.html")
        #expect(!map.contains("Kafr Nabl"))
        #expect(map.contains("data-places=\"idlib\""))  // the minimal site's own event, at Idlib
    }

    /// A map's land, drawn once per extent, is the land drawn anew, for each extent asked again.
    @Test func landIsDrawnOncePerExtentAsItWouldBeEachTime() {
        let land = LandPaths()
        let extents = [GeoBox(south: 35.5, north: 36.5, west: 36.2, east: 37.2), GeoBox(south: 30, north: 34, west: 10, east: 25),
                       GeoBox(south: 35.5, north: 36.5, west: 36.2, east: 37.2)]
        for extent in extents + extents.reversed() {
            let projection = MapProjection(fitting: extent, width: 640, minHeight: 240, maxHeight: 480)
            let drawn = land.path(projection)
            #expect(!drawn.isEmpty)
            #expect(drawn == MapOutline.path(projection, outline: .world))
        }
    }
}
