import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import Loading
@testable import Rendering
import Model

/// Feeds, sitemap and data files, read back as other tools would read them.
@Suite struct ExportTests {
    static func builtSite() throws -> TestProject {
        var files = TestProject.minimal
        files["Content/site.yml"] = "title: Veille & test\nlanguage: fr\nbase_url: https://example.org/veille/\n"
        files["Content/places.yml"] = "- {name: Idlib, aliases: [Idleb], lat: 35.9306, lon: 36.6339, country: Syrie, admin1: Idlib}\n"
        files["Content/corrections.yml"] = """
        - add:
            date: 2020-02-20
            type: military-action
            summary: "Frappes aériennes <b>près</b> d'Idlib"
            actors: [vladimir-poutine, recep-tayyip-erdogan]
            topics: [idlib]
            location: Idleb
            fatalities: 25
            article: 2020-02-21-appel.txt
            paragraph: 1
            sentence: "Des frappes aériennes ont tué 25 combattants."
            sub_event: air-strike
        - add:
            date: 2020-02-21
            type: statement
            summary: "Déclaration"
            actors: [vladimir-poutine]
            topics: [idlib]
        """
        let project = try TestProject(files)
        try project.build()
        return project
    }

    @Test func acledCSVHasACLEDsColumnsAndOnlyItsKindsOfEvent() throws {
        let project = try Self.builtSite()
        defer { project.remove() }
        let lines = try project.read("data/events.csv").components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines[0] == ACLEDExport.columns.joined(separator: ","))
        #expect(ACLEDExport.columns.count == 25)
        let rows = lines.dropFirst().map { $0.components(separatedBy: ",") }
        let strike = try #require(rows.first { $0.contains("Explosions/Remote violence") })
        #expect(strike[0] == "SYR1")
        #expect(strike[1] == "2020-02-20")
        #expect(strike[3] == "1")
        #expect(strike[6] == "Air/drone strike")
        #expect(strike[14] == "Syrie" && strike[16] == "Idlib" && strike[17] == "35.9306")
        #expect(strike[23] == "25")
        // Statements are not ACLED's kind of event, but are in events-all.csv.
        #expect(!lines.contains { $0.contains("Déclaration") })
        #expect(try project.read("data/events-all.csv").contains("Déclaration"))
    }

    @Test func feedsAreWellFormedDatedAndAbsolute() throws {
        let project = try Self.builtSite()
        defer { project.remove() }
        for path in ["feed.xml", "topics/idlib/feed.xml"] {
            let xml = try project.read(path)
            let parser = XMLParser(data: Data(xml.utf8))
            #expect(parser.parse(), "\(path) is not well-formed XML")
            #expect(xml.contains("<link rel=\"self\" href=\"https://example.org/veille/\(path)\"/>"))
            // The feed's own <updated>, then one per entry.
            #expect(xml.components(separatedBy: "<entry>").count == xml.components(separatedBy: "<updated>").count - 1)
        }
        let feed = try project.read("feed.xml")
        #expect(feed.contains("&lt;b&gt;près&lt;/b&gt;"))
        #expect(feed.contains("<updated>2020-02-21T00:00:00Z</updated>"))
    }

    @Test func sitemapListsEveryPageWithAbsoluteAddresses() throws {
        let project = try Self.builtSite()
        defer { project.remove() }
        let sitemap = try project.read("sitemap.xml")
        #expect(XMLParser(data: Data(sitemap.utf8)).parse())
        for page in try tree(project.site).keys where page.hasSuffix("index.html") {
            #expect(sitemap.contains("<loc>https://example.org/veille/\(page)</loc>"), "\(page) missing from sitemap")
        }
        #expect(try project.read("robots.txt").contains("Sitemap: https://example.org/veille/sitemap.xml"))
        #expect(try project.read("404.html").contains("<h1>"))
    }

    @Test func aSitemapOverTheProtocolsLimitIsSplitUnderAnIndex() throws {
        let address = SiteAddress(site: SiteConfig(title: "T", language: "fr", baseURL: "https://example.org"))
        let pages = (0...Sitemap.limit).map { "articles/\($0)/index.html" }
        let files = Sitemap.files(pages: pages, address: address)
        #expect(files.map(\.path) == ["sitemaps/1.xml", "sitemaps/2.xml", "sitemap.xml"])
        let index = String(decoding: files[2].bytes, as: UTF8.self)
        #expect(XMLParser(data: Data(index.utf8)).parse())
        #expect(index.contains("<sitemapindex") && index.contains("<loc>https://example.org/sitemaps/2.xml</loc>"))
        let counts = files.prefix(2).map { String(decoding: $0.bytes, as: UTF8.self).components(separatedBy: "<url>").count - 1 }
        #expect(counts == [Sitemap.limit, 1])
        #expect(Sitemap.files(pages: Array(pages.prefix(3)), address: address).map(\.path) == ["sitemap.xml"])
    }

    @Test func geoJSONTimelineAndActorsParse() throws {
        let project = try Self.builtSite()
        defer { project.remove() }
        let geo = try JSONSerialization.jsonObject(with: Data(try project.read("data/events.geojson").utf8)) as? [String: Any]
        #expect(geo?["type"] as? String == "FeatureCollection")
        let features = geo?["features"] as? [[String: Any]] ?? []
        let strike = try #require(features.first { ($0["properties"] as? [String: Any])?["fatalities"] as? String == "25" })
        let geometry = strike["geometry"] as? [String: Any]
        #expect((geometry?["coordinates"] as? [Double]) == [36.6339, 35.9306])

        let timeline = try JSONSerialization.jsonObject(with: Data(try project.read("data/timeline.json").utf8)) as? [String: Any]
        let events = timeline?["events"] as? [[String: Any]] ?? []
        #expect(!events.isEmpty)
        for event in events {
            #expect((event["start_date"] as? [String: Any])?["year"] != nil)
            #expect((event["text"] as? [String: Any])?["headline"] != nil)
        }
        let actors = try JSONSerialization.jsonObject(with: Data(try project.read("data/actors.json").utf8)) as? [String: Any]
        #expect((actors?["actors"] as? [[String: Any]])?.contains { $0["id"] as? String == "vladimir-poutine" } == true)
    }
}
