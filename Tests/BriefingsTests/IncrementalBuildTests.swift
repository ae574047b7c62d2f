import Foundation
import Testing
import Model
@testable import Pipeline

/// Rebuilds: extraction results come from the cache, unchanged files are not rewritten, and
/// the output never depends on the number of workers or the order files are listed in.
@Suite(.serialized) struct IncrementalBuildTests {
    static var files: [String: String] {
        var files = TestProject.minimal
        files["Content/articles/2020-02-22-frappes.txt"] = "Frappes sur Saraqeb\nDes frappes russes ont tué au moins douze civils samedi à Saraqeb, selon l'OSDH.\n"
        files["Content/articles/2020-02-23-appel.md"] = "---\ntitle: Appel à la trêve\ndate: 2020-02-23\nlang: fr\n---\n\nErdogan a appelé dimanche Poutine à un cessez-le-feu à Idlib.\n"
        return files
    }

    @Test func secondBuildReadsEveryArticleFromTheCache() throws {
        let project = try TestProject(Self.files)
        defer { project.remove() }
        let first = try project.build()
        #expect(first.cachedArticles == 0)
        let before = try tree(project.site)
        // Nothing changed: the build stops after comparing its inputs with the last build's.
        let unchanged = try project.build()
        #expect(unchanged.unchanged && unchanged.files == first.files && unchanged.articles == first.articles)
        #expect(try tree(project.site) == before)
        // A change that does not touch the articles: every article's events come from the cache.
        let siteFile = project.directory.appendingPathComponent("Content/site.yml")
        try Data("title: Veille test\nlanguage: fr\ndescription: Un autre site d'essai\n".utf8).write(to: siteFile)
        let second = try project.build()
        #expect(!second.unchanged && second.cachedArticles == first.articles)
        // One article edited: only it is read again.
        let edited = project.directory.appendingPathComponent("Content/articles/2020-02-22-frappes.txt")
        try Data("Frappes sur Saraqeb\nDes frappes russes ont tué au moins quinze civils samedi à Saraqeb, selon l'OSDH.\n".utf8).write(to: edited)
        let third = try project.build()
        #expect(third.cachedArticles == first.articles - 1)
        #expect(try project.read("articles/2020-02-22-frappes/index.html").contains("quinze civils"))
    }

    @Test func corruptOrTruncatedEntriesAreRebuilt() throws {
        let project = try TestProject(Self.files)
        defer { project.remove() }
        let first = try project.build()
        let expected = try tree(project.site)
        let folder = project.directory.appendingPathComponent(".briefings-cache/extraction")
        let entries = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(entries.count == first.articles)
        // One entry truncated, one with a byte changed in its body, one emptied.
        var data = try Data(contentsOf: folder.appendingPathComponent(entries[0]))
        try data.prefix(data.count / 2).write(to: folder.appendingPathComponent(entries[0]))
        data = try Data(contentsOf: folder.appendingPathComponent(entries[1]))
        let digit = data.lastIndex { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "8") }!
        data[digit] += 1
        try data.write(to: folder.appendingPathComponent(entries[1]))
        try Data().write(to: folder.appendingPathComponent(entries[2]))
        let stamp = project.directory.appendingPathComponent(".briefings-cache/build-stamp.json")
        try FileManager.default.removeItem(at: stamp)  // the inputs are the same: force a build
        let second = try project.build()
        #expect(second.cachedArticles == first.articles - 3)
        #expect(try tree(project.site) == expected)
        try FileManager.default.removeItem(at: stamp)
        #expect(try project.build().cachedArticles == first.articles)
    }

    @Test func aSiteChangedByHandIsBuiltAgain() throws {
        let project = try TestProject(Self.files)
        defer { project.remove() }
        try project.build()
        let expected = try tree(project.site)
        try FileManager.default.removeItem(at: project.site.appendingPathComponent("timeline/index.html"))
        let again = try project.build()
        #expect(!again.unchanged)
        #expect(try tree(project.site) == expected)
        #expect(try project.build().unchanged)
    }

    @Test func unchangedFilesAreNotRewritten() throws {
        let project = try TestProject(Self.files)
        defer { project.remove() }
        try project.build()
        let style = try project.inode("style.css")
        let home = try project.inode("index.html")
        let article = try project.inode("articles/2020-02-21-appel/index.html")
        let site = project.directory.appendingPathComponent("Content/site.yml")
        try Data("title: Veille renommée\nlanguage: fr\ndescription: Un site d'essai\n".utf8).write(to: site)
        try project.build()
        #expect(try project.inode("style.css") == style, "an unchanged file was rewritten")
        #expect(try project.inode("index.html") != home, "a changed file kept its old inode")
        #expect(try project.inode("articles/2020-02-21-appel/index.html") != article)
        #expect(try project.read("index.html").contains("Veille renommée"))
    }

    @Test func oneWorkerParallelAndShuffledBuildsAreIdentical() throws {
        let project = try TestProject(Self.files.merging([
            "Content/notes/a.md": "---\ntitle: A\ndate: 2020-02-22\n---\nA.\n",
            "Content/notes/b.md": "---\ntitle: B\ndate: 2020-02-22\n---\nB.\n",
        ]) { $1 })
        defer { project.remove() }
        func build(workers: Int?, seed: UInt64?) throws -> [String: Data] {
            let output = project.directory.appendingPathComponent("Site-\(workers ?? 0)-\(seed ?? 0)")
            var builder = SiteBuilder(project: project.directory, output: output, useCache: false)
            builder.shuffleSeed = seed
            Parallelism.workers = workers
            defer { Parallelism.workers = nil }
            try builder.build()
            return try tree(output)
        }
        let parallel = try build(workers: nil, seed: nil)
        #expect(!parallel.isEmpty)
        #expect(try build(workers: 1, seed: nil) == parallel)
        #expect(try build(workers: 2, seed: 7) == parallel)
        #expect(try build(workers: 1, seed: 12345) == parallel)
    }

    /// After each kind of change, a build that takes unchanged pages from the previous site
    /// gives the same bytes as a cold build of the same inputs into an empty folder, and it did
    /// take pages from the previous site (else the comparison would prove nothing).
    @Test func incrementalBuildsMatchColdBuilds() throws {
        let project = try TestProject(Self.files.merging(try TestProject.themeFiles()) { $1 })
        defer { project.remove() }
        try project.build()
        func write(_ path: String, _ text: String) throws {
            let url = project.directory.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let changes: [(String, () throws -> Void)] = [
            ("an article edited", {
                try write("Content/articles/2020-02-22-frappes.txt",
                          "Frappes sur Saraqeb\nDes frappes russes ont tué au moins quinze civils samedi à Saraqeb, selon l'OSDH.\n")
            }),
            ("a sentence added that makes no event", {
                try write("Content/articles/2020-02-22-frappes.txt",
                          "Frappes sur Saraqeb\nDes frappes russes ont tué au moins quinze civils samedi à Saraqeb, selon l'OSDH.\nLe temps était clair.\n")
            }),
            ("an article's title", {
                try write("Content/articles/2020-02-21-appel.txt",
                          "Poutine et Erdogan parlent d'Idlib\nLe président russe Vladimir Poutine a discuté vendredi au téléphone avec Recep Tayyip Erdogan de la situation à Idlib, a indiqué le Kremlin.\n")
            }),
            ("an article added", {
                try write("Content/articles/2020-02-24-retrait.txt",
                          "Retrait\nLa Turquie a retiré lundi ses troupes d'un poste près de Saraqeb, selon l'OSDH.\n")
            }),
            ("an article deleted", {
                try FileManager.default.removeItem(at: project.directory.appendingPathComponent("Content/articles/2020-02-23-appel.md"))
            }),
            ("a template changed", {
                let path = "Templates/article.md"
                try write(path, try String(contentsOf: project.directory.appendingPathComponent(path), encoding: .utf8) + "\nFin de l'article.\n")
            }),
            ("a correction", {
                try write("Content/corrections.yml", """
                - article: 2020-02-22-frappes.txt
                  sentence: "Des frappes russes"
                  set: {fatalities: 20}
                """)
            }),
            ("the site's title and address", {
                try write("Content/site.yml", "title: Veille renommée\nlanguage: fr\ndescription: Un site d'essai\nbase_url: https://example.org/veille\n")
            }),
        ]
        for (name, change) in changes {
            try change()
            let report = try project.build()
            let coldOutput = project.directory.appendingPathComponent("Site-cold")
            try? FileManager.default.removeItem(at: coldOutput)
            try SiteBuilder(project: project.directory, output: coldOutput, useCache: false).build()
            let incremental = try tree(project.site)
            #expect(incremental == (try tree(coldOutput)), "after \(name), the rebuilt site differs from a cold build")
            // (The site's title is on every page: none can stay as it was.)
            if name == "the site's title and address" {
                #expect(report.keptPages == 0, "after \(name), a page kept the old title")
                #expect(report.keptDataFiles > 0, "after \(name), the data files that do not show it were made again")
                continue
            }
            #expect(report.keptPages > 0, "after \(name), no page was taken from the previous site")
            #expect(report.keptPages < incremental.count, "after \(name), nothing was rendered again")
        }
        #expect(try project.read("articles/2020-02-22-frappes/index.html").contains("Fin de l'article."))
        #expect(try project.read("articles/2020-02-22-frappes/index.html").contains("Le temps était clair."))
    }

    /// A builder that keeps its state in memory between builds (as `briefings serve` does)
    /// reads only what changed, and its site is the one a cold build makes.
    @Test func buildsKeptInMemoryMatchColdBuilds() throws {
        let project = try TestProject(Self.files)
        defer { project.remove() }
        var builder = SiteBuilder(project: project.directory)
        builder.memory = BuildMemory()
        let first = try builder.build()
        #expect(first.cachedArticles == 0)
        func compareWithCold(_ name: String) throws {
            let cold = project.directory.appendingPathComponent("Site-cold")
            try? FileManager.default.removeItem(at: cold)
            try SiteBuilder(project: project.directory, output: cold, useCache: false).build()
            #expect(try tree(project.site) == (try tree(cold)), "after \(name), the site differs from a cold build")
        }
        let edited = project.directory.appendingPathComponent("Content/articles/2020-02-22-frappes.txt")
        try Data("Frappes sur Saraqeb\nDes frappes russes ont tué au moins quinze civils samedi à Saraqeb, selon l'OSDH.\n".utf8).write(to: edited)
        let second = try builder.build()
        #expect(second.cachedArticles == first.articles - 1)
        #expect(second.keptPages > 0)
        #expect(try project.read("articles/2020-02-22-frappes/index.html").contains("quinze civils"))
        try compareWithCold("an edit")
        try FileManager.default.removeItem(at: edited)
        let third = try builder.build()
        #expect(third.articles == first.articles - 1)
        #expect(!FileManager.default.fileExists(atPath: project.site.appendingPathComponent("articles/2020-02-22-frappes").path))
        try compareWithCold("a deletion")
        // (No stamp is left to vouch for a site the memory built: a later `briefings build` checks.)
        #expect(!FileManager.default.fileExists(atPath: project.directory.appendingPathComponent(".briefings-cache/build-stamp.json").path))
    }

    /// Each data file and feed is keyed by what it is made from: a new article title rewrites
    /// the feed, which names the articles, and leaves the events' data file as it was.
    @Test func anExportIsRewrittenOnlyWhenWhatItReadsChanged() throws {
        let project = try TestProject(Self.files)
        defer { project.remove() }
        try project.build()
        let (events, feed) = (try project.inode("data/events.json"), try project.inode("feed.xml"))
        try Data("Poutine et Erdogan parlent d'Idlib\nLe président russe Vladimir Poutine a discuté vendredi au téléphone avec Recep Tayyip Erdogan de la situation à Idlib, a indiqué le Kremlin.\n".utf8)
            .write(to: project.directory.appendingPathComponent("Content/articles/2020-02-21-appel.txt"))
        try project.build()
        #expect(try project.read("feed.xml").contains("Poutine et Erdogan parlent d&apos;Idlib"))
        #expect(try project.inode("feed.xml") != feed)
        #expect(try project.inode("data/events.json") == events, "the events' data file was made again for a new article title")
    }

    @Test func aSearchShardIsRewrittenOnlyWhenItsWordsChanged() throws {
        let project = try TestProject(Self.files)
        defer { project.remove() }
        try project.build()
        let saraqeb = try project.inode("search/words/w_sar.js")
        let appel = try project.inode("search/words/w_app.js")
        try Data("---\ntitle: Appel à la trêve, zanzibar\ndate: 2020-02-23\nlang: fr\n---\n\nErdogan a appelé dimanche Poutine à un cessez-le-feu à Idlib.\n".utf8)
            .write(to: project.directory.appendingPathComponent("Content/articles/2020-02-23-appel.md"))
        try project.build()
        #expect(try project.read("search/words/w_zan.js").contains("zanzibar"))
        #expect(try project.inode("search/words/w_sar.js") == saraqeb, "a shard whose words did not change was written again")
        #expect(try project.inode("search/words/w_app.js") == appel)
    }
}
