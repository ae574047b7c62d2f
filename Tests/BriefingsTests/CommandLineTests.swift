import Foundation
import Pipeline
import Testing

/// The `briefings` executable as a person runs it: exit codes and messages.
@Suite struct CommandLineTests {
    /// The executable is built next to the test bundle.
    static let executable: URL = {
        var folder = Bundle.main.bundleURL
        while folder.path != "/" && !FileManager.default.fileExists(atPath: folder.appendingPathComponent("briefings").path) {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("briefings")
    }()

    struct Run {
        var status: Int32
        var output: String
        var errors: String
    }

    func run(_ arguments: [String], executable: URL = Self.executable, in directory: URL? = nil) throws -> Run {
        let process = Process()
        process.executableURL = executable
        if let directory { process.currentDirectoryURL = directory }
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: output, errors: errors)
    }

    @Test func buildSucceedsThenFailsWithFileAndLine() throws {
        try #require(FileManager.default.fileExists(atPath: Self.executable.path), "build the briefings product first")
        let project = try TestProject(TestProject.minimal)
        defer { project.remove() }
        let ok = try run(["build", project.directory.path])
        #expect(ok.status == 0)
        #expect(ok.output.contains("Built "))
        let note = project.directory.appendingPathComponent("Content/notes/n.md")
        try FileManager.default.createDirectory(at: note.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("---\ntitle: a: b\n---\n".utf8).write(to: note)
        let broken = try run(["build", project.directory.path])
        #expect(broken.status != 0)
        #expect(broken.errors.contains("Content/notes/n.md:2"))
    }

    @Test func explainSaysWhatEachSentenceBecame() throws {
        try #require(FileManager.default.fileExists(atPath: Self.executable.path), "build the briefings product first")
        var files = TestProject.minimal
        files["Content/articles/2020-02-21-appel.txt"] = "Poutine et Erdogan discutent d'Idlib\n"
            + "Le président russe Vladimir Poutine a discuté vendredi au téléphone avec Recep Tayyip Erdogan de la situation à Idlib.\n"
            + "La région compte trois millions d'habitants.\n"
        let project = try TestProject(files)
        defer { project.remove() }
        let explained = try run(["events", project.directory.path, "--explain", "2020-02-21-appel"])
        #expect(explained.status == 0)
        let lines = explained.output.components(separatedBy: "\n")
        #expect(lines.first == "2020-02-21-appel.txt")
        #expect(lines.contains("    → event 2020-02-21-vladimir-poutine-recep-tayyip-erdogan-consultation: "
            + "Le président russe Vladimir Poutine a discuté au téléphone avec Recep Tayyip Erdogan de la situation à Idlib"))
        #expect(lines.contains("    → no event: no trigger word and no quotation"))
        #expect(lines.contains { $0.hasPrefix("    → consultation, merged into event 2020-02-21-vladimir-poutine") })
        let missing = try run(["events", project.directory.path, "--explain", "nothing-here"])
        #expect(missing.status != 0)
        #expect(missing.errors.contains("no article named nothing-here"))
    }

    @Test func explainFollowsTheEventsAcrossArticles() throws {
        try #require(FileManager.default.fileExists(atPath: Self.executable.path), "build the briefings product first")
        var files = TestProject.minimal
        files["Content/actors/russie.md"] = "---\nname: Russie\naliases: [russes]\nkind: state\n---\nÉtat.\n"
        files["Content/articles/2020-02-22-entretien.txt"] = "Nouvel entretien sur Idlib\n"
            + "Vladimir Poutine s'est entretenu vendredi par téléphone avec Recep Tayyip Erdogan au sujet d'Idlib.\n"
            + "12 civils ont été tués samedi par des frappes russes à Saraqeb, selon des secouristes.\n"
        files["Content/articles/2020-02-23-frappes.txt"] = "Frappes sur Saraqeb\n"
            + "Au moins 15 civils ont été tués samedi dans des frappes russes sur Saraqeb.\n"
        let project = try TestProject(files)
        defer { project.remove() }
        let explained = try run(["events", project.directory.path, "--explain", "2020-02-22-entretien"])
        #expect(explained.status == 0)
        let across = explained.output.components(separatedBy: "Across articles:")
        try #require(across.count == 2)
        let lines = across[1].components(separatedBy: "\n")
        // The call: first told by the other article, joined by this one.
        #expect(lines.contains("  first report: 2020-02-21-appel.txt ¶1 (2020-02-21, Idlib)"))
        #expect(lines.contains("  merged: 2020-02-22-entretien.txt ¶1 (2020-02-21, Idlib): same type, the same day, "
            + "both name recep-tayyip-erdogan, vladimir-poutine"))
        #expect(lines.contains("  day 2020-02-21: the first report's, the earliest"))
        // The strike: this article's report first, the other's joined; both figures and the rule.
        #expect(lines.contains("  merged: 2020-02-23-frappes.txt ¶1 (2020-02-22, Saraqeb, 15 killed): same type, the same day, both name russie"))
        #expect(lines.contains { $0.hasPrefix("  toll ") && $0.contains("12 (no source named, 2020-02-22-entretien.txt)")
            && $0.contains("15 (no source named, 2020-02-23-frappes.txt)") })
        // The appel article's own events appear only where this article reported them too.
        #expect(!lines.contains { $0.hasPrefix("  first report: 2020-02-23") })
    }

    @Test func newFilesHaveTheirFrontMatterAndAreNeverReplaced() throws {
        try #require(FileManager.default.fileExists(atPath: Self.executable.path), "build the briefings product first")
        var files = TestProject.minimal
        files["Content/site.yml"] = "title: Test\nlanguage: en\n"
        let project = try TestProject(files)
        defer { project.remove() }
        let dir = project.directory.path
        let title = "Ankara: \"no retreat\" in Idlib #1"
        let article = try run(["new", "article", title, "--project", dir])
        #expect(article.status == 0)
        let path = article.output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(path.hasPrefix("Content/articles/") && path.hasSuffix("-ankara-no-retreat-in-idlib-1.md"))
        let text = try String(contentsOf: project.directory.appendingPathComponent(path), encoding: .utf8)
        #expect(text.contains("lang: en\n"))
        for (kind, expected) in [("note", "Content/notes/analyse.md"), ("actor", "Content/actors/hulusi-akar.md"), ("topic", "Content/topics/libye.md")] {
            let name = ["note": "Analyse", "actor": "Hulusi Akar", "topic": "Libye"][kind]!
            let made = try run(["new", kind, name, "--project", dir])
            #expect(made.status == 0 && made.output == expected + "\n")
        }
        let again = try run(["new", "article", title, "--project", dir])
        #expect(again.status != 0)
        #expect(again.errors.contains("already exists; nothing was written"))
        // What `new` writes builds, and its title shows as text.
        try project.build()
        let page = try project.read(String(path.dropFirst("Content/".count).dropLast(".md".count)) + "/index.html")
        #expect(page.contains("Ankara: &quot;no retreat&quot; in Idlib #1") || page.contains("Ankara: \"no retreat\" in Idlib #1"))
    }

    @Test func initStartsASiteFromTheCopiedBinaryAlone() throws {
        try #require(FileManager.default.fileExists(atPath: Self.executable.path), "build the briefings product first")
        // An empty folder holding nothing but a copy of the executable: no resource bundle beside it.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("briefings-init-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("briefings")
        try FileManager.default.copyItem(at: Self.executable, to: copy)
        func runCopy(_ arguments: [String]) throws -> Run { try run(arguments, executable: copy, in: folder) }
        let made = try runCopy(["init", "site"])
        #expect(made.status == 0)
        for path in ["site/Content/site.yml", "site/Content/articles/2020-03-06-exemple.md", "site/Content/topics/idlib.md",
                     "site/Content/actors/turquie.md", "site/Content/notes/premiere-note.md", "site/Templates/layout.html",
                     "site/Templates/strings/fr.json", "site/.gitignore"] {
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path), "missing \(path)")
        }
        let built = try runCopy(["build", "site"])
        #expect(built.status == 0)
        let events = try String(contentsOf: folder.appendingPathComponent("site/Site/data/events.json"), encoding: .utf8)
        #expect(events.contains("La Turquie a annoncé que ses soldats patrouilleraient"))
        let again = try runCopy(["init", "site"])
        #expect(again.status != 0 && again.errors.contains("Content already exists; nothing was written"))
        let bare = try runCopy(["init", "bare", "--language", "en", "--bare"])
        #expect(bare.status == 0)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("bare/Templates").path))
        #expect(try runCopy(["build", "bare"]).status == 0)
        let home = try String(contentsOf: folder.appendingPathComponent("bare/Site/index.html"), encoding: .utf8)
        #expect(home.contains("<html lang=\"en\""))
    }

    @Test func everyContentErrorOfABuildAtOnceLikeACompiler() throws {
        try #require(FileManager.default.fileExists(atPath: Self.executable.path), "build the briefings product first")
        var files = TestProject.minimal
        files["Content/actors/x.md"] = "---\nname: X\nkind: robot\n---\n"
        files["Content/articles/a.md"] = "---\ntitle: T\ndate: hier\n---\nTexte.\n"
        files["Content/notes/n.md"] = "---\ntitle: Note\ntopics: [nulle-part]\n---\nTexte.\n"
        let project = try TestProject(files)
        defer { project.remove() }
        let failed = try run(["build", project.directory.path])
        #expect(failed.status != 0)
        let lines = failed.errors.split(separator: "\n").map(String.init)
        #expect(lines == [
            "Content/actors/x.md:3:1: error: unknown kind \"robot\" (one of: person, state, organisation, armed group)",
            "Content/articles/a.md:3:7: error: `date` must be a date written YYYY-MM-DD, got \"hier\"",
            "Content/notes/n.md:3:1: error: unknown topic \"nulle-part\" (no Content/topics/nulle-part.md)",
            "3 errors",
        ])
        #expect(!FileManager.default.fileExists(atPath: project.site.path))
        // The same for an editor's integration.
        let json = try run(["check", project.directory.path, "--format", "json"])
        #expect(json.status != 0)
        let items = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]] ?? []
        #expect(items.count == 3)
        #expect(items.first?["file"] as? String == "Content/actors/x.md")
        #expect(items.first?["line"] as? Int == 3 && items.first?["column"] as? Int == 1)
        #expect(items.allSatisfy { $0["severity"] as? String == "error" })
    }

    /// A lexicon's error keeps its place in `check --format json`, as every stage's does.
    @Test func checkAsJSONGivesALexiconErrorItsPlace() throws {
        try #require(FileManager.default.fileExists(atPath: Self.executable.path), "build the briefings product first")
        var files = TestProject.minimal
        files["Lexicons/fr.json"] = "{\"language\": \"fr\", \"monthz\": []}\n"
        let project = try TestProject(files)
        defer { project.remove() }
        let json = try run(["check", project.directory.path, "--format", "json"])
        #expect(json.status != 0)
        let items = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]] ?? []
        #expect(items.count == 1)
        #expect(items.first?["file"] as? String == "Lexicons/fr.json")
        #expect(items.first?["line"] as? Int == 1 && items.first?["column"] as? Int == 20)
        #expect(items.first?["severity"] as? String == "error")
        #expect((items.first?["message"] as? String)?.contains("did you mean \"months\"") == true)
    }

    @Test func quietVerboseAndNoColourInAPipe() throws {
        try #require(FileManager.default.fileExists(atPath: Self.executable.path), "build the briefings product first")
        let project = try TestProject(TestProject.minimal)
        defer { project.remove() }
        let quiet = try run(["build", project.directory.path, "--quiet"])
        #expect(quiet.status == 0 && quiet.output.isEmpty)
        // Friday the 22nd: the weekday and the date disagree, which the build warns about.
        try Data("Un appel\nVladimir Poutine a appelé vendredi 22 février Recep Tayyip Erdogan.\n".utf8)
            .write(to: project.directory.appendingPathComponent("Content/articles/2020-02-23-appel.txt"))
        let verbose = try run(["build", project.directory.path, "--verbose"])
        #expect(verbose.status == 0)
        #expect(verbose.output.contains("extract events") && verbose.output.contains("ms"))
        #expect(verbose.errors.contains("Content/articles/2020-02-23-appel.txt:2:1: warning: "))
        #expect(!verbose.errors.contains("\u{1B}["), "colour codes in a pipe")
        let both = try run(["build", project.directory.path, "--quiet", "--verbose"])
        #expect(both.status != 0 && both.errors.contains("exclude each other"))
    }

    @Test func eventsAsJSONAndCheckWithAStaleCorrection() throws {
        try #require(FileManager.default.fileExists(atPath: Self.executable.path), "build the briefings product first")
        var files = TestProject.minimal
        files["Content/corrections.yml"] = "- article: 2020-02-21-appel.txt\n  sentence: \"une phrase disparue\"\n  suppress: true\n"
        let project = try TestProject(files)
        defer { project.remove() }
        let events = try run(["events", project.directory.path, "--format", "json"])
        #expect(events.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(events.output.utf8)) as? [String: Any]
        #expect((json?["events"] as? [Any])?.isEmpty == false)
        let check = try run(["check", project.directory.path])
        #expect(check.status != 0)
        #expect(check.output.contains("Content/corrections.yml:1:1: error: this correction no longer applies"))
    }
}

/// A build killed at any moment (SIGKILL: no chance to tidy up) leaves the previous site as it
/// was and the cache usable: the next build gives the same site as a build from scratch.
@Suite(.serialized) struct KilledBuildTests {
    @Test(arguments: [0.05, 0.2, 0.5, 1.0, 2.0])
    func aKilledBuildLosesNothing(after seconds: Double) throws {
        // The sample site: big enough that a debug build takes a few seconds.
        var files: [String: String] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: repositoryRoot.appendingPathComponent("Content").path) {
            let url = repositoryRoot.appendingPathComponent("Content/" + path)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            files["Content/" + path] = try String(contentsOf: url, encoding: .utf8)
        }
        let project = try TestProject(files)
        defer { project.remove() }
        try project.build()
        let before = try tree(project.site)
        // An edit that changes many pages, then a build killed partway.
        let article = project.directory.appendingPathComponent("Content/articles/2020-01-14-haftar-quitte-moscou-sans-signer.md")
        let text = try String(contentsOf: article, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "Haftar quitte Moscou", with: "Haftar s'en va de Moscou").utf8).write(to: article)
        try FileManager.default.removeItem(at: project.directory.appendingPathComponent(".briefings-cache/extraction"))
        let process = Process()
        process.executableURL = CommandLineTests.executable
        process.arguments = ["build", project.directory.path, "--quiet"]
        try process.run()
        usleep(useconds_t(seconds * 1_000_000))
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let after = try tree(project.site)
        let finished = process.terminationReason == .exit
        let fresh = project.directory.appendingPathComponent("fresh")
        try SiteBuilder(project: project.directory, output: fresh, useCache: false).build()
        let complete = try tree(fresh)
        // The old site, or the whole new one (a build killed after it swapped the site in, while
        // it still writes its cache), never a mix.
        #expect(after == before || after == complete || finished, "killed after \(seconds) s: the site changed without the build finishing")
        // The next build tidies up what the killed one left and gives the site a fresh build gives.
        try project.build()
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: project.directory.path).filter { $0.hasPrefix(".Site.") }
        #expect(leftovers.isEmpty, "\(leftovers)")
        #expect(try tree(project.site) == complete, "killed after \(seconds) s: the cache left a different site")
    }
}

/// The output depends on the content alone, not on the locale or the time zone of the machine
/// that builds it (the number of cores: `IncrementalBuildTests`).
@Suite struct MachineIndependenceTests {
    @Test func theSameSiteWhateverTheLocaleAndTimeZone() throws {
        let project = try TestProject(TestProject.minimal)
        defer { project.remove() }
        var sites: [[String: Data]] = []
        for environment in [["LC_ALL": "C", "TZ": "UTC"], ["LC_ALL": "tr_TR.UTF-8", "LANG": "tr_TR.UTF-8", "TZ": "Pacific/Kiritimati"],
                            ["LC_ALL": "C.utf8", "TZ": "America/Los_Angeles"]] {
            let output = project.directory.appendingPathComponent("out-\(sites.count)")
            let process = Process()
            process.executableURL = CommandLineTests.executable
            process.arguments = ["build", project.directory.path, "--output", output.path, "--quiet"]
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(environment)")
            sites.append(try tree(output))
        }
        #expect(sites[0].count > 10)
        #expect(sites[1] == sites[0], "another locale and time zone")
        #expect(sites[2] == sites[0], "another time zone")
    }
}
