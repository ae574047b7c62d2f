import Assembly
import Extraction
import Foundation
import Lexicons
import Loading
import Model
import Rendering
import Writing

/// A whole build, `Content/` to `Site/`, as a checklist of named steps, each timed.
public struct SiteBuilder: Sendable {
    /// The folder holding `Content/` and, optionally, `Templates/`.
    public let project: URL
    /// Where the site goes; `<project>/Site` unless told otherwise.
    public let output: URL
    /// Seconds since an arbitrary origin; a parameter so tests and benchmarks can supply one.
    public let clock: @Sendable () -> Double
    /// Whether extraction results are kept in and read from `<project>/.briefings-cache/`.
    public let useCache: Bool

    public init(project: URL, output: URL? = nil, useCache: Bool = true,
                clock: @escaping @Sendable () -> Double = SiteBuilder.monotonicSeconds) {
        self.project = project.standardizedFileURL
        self.output = (output ?? project.appendingPathComponent("Site")).standardizedFileURL
        self.useCache = useCache
        self.clock = clock
    }

    /// Told, from any thread, how far the long steps have gone: the articles extracted, the
    /// files written. For a progress bar; the build's result does not depend on it.
    public var progress: (@Sendable (BuildProgress) -> Void)?

    /// Kept between builds by a process that builds again and again (`briefings serve`): with
    /// it, a rebuild reads only the files that changed, and does not check its inputs against
    /// the last build's stamp (it is asked to build because something changed).
    public var memory: BuildMemory?

    /// For tests: reorders the loaded articles, topics, actors and notes (a seeded shuffle), to
    /// show that the output does not depend on the order files are listed in.
    var shuffleSeed: UInt64?

    /// What a build did.
    public struct BuildReport: Sendable {
        public var steps: [StepTiming] = []
        public var articles = 0
        public var events = 0
        public var files = 0
        public var warnings: [Diagnostic] = []
        /// Articles whose events came from the cache rather than a new reading.
        public var cachedArticles = 0
        /// Pages whose key was the last build's: taken from the previous site, not rendered.
        public var keptPages = 0
        /// The same for data files and feeds.
        public var keptDataFiles = 0
        /// True when nothing had changed since the last build, which was kept as it was.
        public var unchanged = false

        public init() {}
    }

    /// Everything up to, not including, writing: the site as values.
    public struct Result: Sendable {
        public var content: Content
        public var extractions: [ArticleExtraction]
        public var assembly: Chronicle
        public var files: [SiteFile]
    }

    /// Builds and writes the site. On error nothing under `output` has changed.
    @discardableResult
    public func build() throws -> BuildReport {
        var report = BuildReport()
        var inputs: String?
        // (Read once: the inputs' fingerprint, the extraction cache's key and the extraction use them.)
        let lexiconFiles = try LanguageData.files(project: project)
        var contentBytes: [String: Data] = [:]
        if memory != nil {
            // (A stamp of an older build would no longer describe the output.)
            BuildStamp.remove(project: project)
        } else if useCache {
            let (fingerprint, content) = try step("check inputs", &report) {
                BuildStamp.fingerprint(project: project, output: output, lexicons: lexiconFiles.map(\.bytes))
            }
            inputs = fingerprint
            contentBytes = content
            if let unchanged = unchangedSince(fingerprint) { return unchanged }
        }
        let prepared = try prepare(into: &report, keepingExtractions: false,
                                   read: ReadInputs(lexiconFiles: lexiconFiles, contentBytes: contentBytes))
        contentBytes = [:]  // (Loaded: not to be held while the pages are made.)
        // Each page goes to disk as soon as it is made: the whole site is never held in memory.
        // A page whose key is the last build's is taken from the previous site as it is.
        let pageStore = useCache ? PageKeyStore(project: project, output: output) : nil
        let previous = memory?.pageKeys ?? pageStore?.read() ?? PageKeys()
        let written = Counter()
        let keptPages = Counter()
        let keptData = Counter()
        let tick = ticker("render and write", total: nil)
        var keys = PageKeys()
        try step("render and write", &report) {
            try SiteWriter(output: output).write { sink in
                keys = try prepared.renderer.render(previous: previous, keep: { path, size in
                    guard sink.keep(path, size) else { return false }
                    (path.hasSuffix(".html") ? keptPages : keptData).add(1)
                    tick(1)
                    return true
                }, each: { files in
                    written.add(files.count)
                    tick(files.count)
                    try sink.write(files)
                })
            }
        }
        // (Freeing every event, page part and index the build made takes a few tenths of a
        // second on one core: done beside what follows, or not at all if the process ends first.)
        Self.releaseInBackground(consume prepared)
        pageStore?.write(keys)
        memory?.pageKeys = keys
        memory?.searchWords.finishBuild()
        report.keptPages = keptPages.value
        report.keptDataFiles = keptData.value
        written.add(keptPages.value + keptData.value)
        report.files = written.value
        if let inputs {
            let written = BuildStamp.measure(output)
            BuildStamp(inputs: inputs, articles: report.articles, events: report.events, files: written.files,
                       bytes: written.bytes, warnings: report.warnings).write(project: project)
        }
        return report
    }

    /// What the last build reported, when its inputs are `fingerprint` and its output is still
    /// as it left it: nothing to do.
    private func unchangedSince(_ fingerprint: String) -> BuildReport? {
        guard let stamp = BuildStamp.read(project: project), stamp.inputs == fingerprint,
              BuildStamp.measure(output) == (stamp.files, stamp.bytes) else { return nil }
        var report = BuildReport()
        report.articles = stamp.articles
        report.events = stamp.events
        report.files = stamp.files
        report.warnings = stamp.warnings
        report.unchanged = true
        return report
    }

    /// Runs every step but writing, and keeps every file in memory.
    public func render(into report: inout BuildReport) throws -> Result {
        let prepared = try prepare(into: &report, keepingExtractions: true)
        let files = try step("render", &report) { try prepared.renderer.render() }
        report.files = files.count
        return Result(content: prepared.content, extractions: prepared.extractions, assembly: prepared.assembly, files: files)
    }

    /// The site as data, before any page is made: what `briefings events` lists and `briefings
    /// check` reviews.
    public struct Assembled: Sendable {
        public var content: Content
        /// Each article's reading, in the order of `content.articles`.
        public var extractions: [ArticleExtraction]
        public var assembly: Chronicle
        /// The build's warnings.
        public var warnings: [Diagnostic]
    }

    /// Every step up to assembly: no theme, no page. With `checkingTheme`, also the theme
    /// against the pages it will have to render, without rendering them (its warnings join the
    /// others).
    public func assemble(into report: inout BuildReport, checkingTheme: Bool = false) throws -> Assembled {
        let (assembled, _) = try assembleContent(into: &report)
        guard checkingTheme else { return assembled }
        let renderer = try step("load theme", &report) {
            try SiteRenderer(content: assembled.content, assembly: assembled.assembly, theme: try loadTheme())
        }
        var checked = assembled
        checked.warnings += try step("check theme", &report) { try renderer.checkTheme() }
        report.warnings = checked.warnings
        return checked
    }

    /// The inputs a build reads before its steps, to fingerprint them: read once, they are
    /// handed to the steps that use them.
    struct ReadInputs {
        var lexiconFiles: [LexiconFile]
        /// `Content/`'s files by path in it; empty when not read beforehand.
        var contentBytes: [String: Data]
    }

    /// What rendering needs: the content, its events, and a renderer holding both.
    struct Prepared: Sendable {
        var content: Content
        /// Empty unless asked for: once assembled, the site needs only the merged events.
        var extractions: [ArticleExtraction]
        var assembly: Chronicle
        var renderer: SiteRenderer
    }

    /// Lets `value` go on another thread, where its memory is freed: the closure holds the
    /// last reference to it, and drops it there when it has run.
    private static func releaseInBackground<Value: Sendable>(_ value: consuming Value) {
        let held = value
        DispatchQueue.global(qos: .utility).async { withExtendedLifetime(held) {} }
    }

    /// Every step up to rendering.
    func prepare(into report: inout BuildReport, keepingExtractions: Bool, read: ReadInputs? = nil) throws -> Prepared {
        let theme = try step("load theme", &report) { try loadTheme() }
        let (assembled, lexicons) = try assembleContent(into: &report, read: read)
        let renderer = try step("prepare pages", &report) {
            try SiteRenderer(content: assembled.content, assembly: assembled.assembly, theme: theme,
                             acled: Self.acledVocabulary(lexicons), searchMemo: memory?.searchWords)
        }
        let themeWarnings = try step("check theme", &report) { try renderer.checkTheme() }
        report.warnings = assembled.warnings + themeWarnings
        return Prepared(content: assembled.content, extractions: keepingExtractions ? assembled.extractions : [],
                        assembly: assembled.assembly, renderer: renderer)
    }

    /// Loading, extraction and assembly, with the lexicons they were read with.
    /// - Parameter read: what the build has read already, to fingerprint it.
    private func assembleContent(into report: inout BuildReport, read: ReadInputs? = nil) throws
        -> (Assembled, lexicons: [Lexicon]) {
        var content = try step("load content", &report) {
            try ContentLoader(contentDirectory: project.appendingPathComponent("Content"), alreadyRead: read?.contentBytes ?? [:])
                .load(reusing: memory?.articles)
        }
        if let shuffleSeed {
            var generator = SeededGenerator(seed: shuffleSeed)
            content.articles.shuffle(using: &generator)
            content.topics.shuffle(using: &generator)
            content.actors.shuffle(using: &generator)
            content.notes.shuffle(using: &generator)
        }
        let files = try read?.lexiconFiles ?? LanguageData.files(project: project)
        let lexicons = try step("load lexicons", &report) { try LanguageData.decode(files) }
        var cached = 0
        let extractions = try step("extract events", &report) {
            try extract(content, lexicons: lexicons, lexiconBytes: files.map(\.bytes), cached: &cached)
        }
        report.cachedArticles = cached
        let dated = try step("check dates", &report) { try Self.datedArticles(content, extractions) }
        let assembly = try step("assemble", &report) {
            Chronicle(content: dated, events: extractions.flatMap(\.events),
                     discovered: extractions.flatMap(\.discoveredActors))
        }
        try step("check event links", &report) { try Self.checkEventLinks(dated, assembly) }
        report.articles = content.articles.count
        report.events = assembly.events.count
        let warnings = Self.warnings(dated, extractions, assembly)
        report.warnings = warnings
        return (Assembled(content: dated, extractions: extractions, assembly: assembly, warnings: warnings), lexicons)
    }

    /// Every article's events, from the cache where an entry matches, else read anew.
    func extract(_ content: Content, lexicons: [Lexicon], lexiconBytes: [[UInt8]], cached: inout Int) throws -> [ArticleExtraction] {
        // The years of the dated articles help date an undated one ("vendredi 21 février").
        let years = Self.contextYears(content)
        let extractor = Self.extractor(content, lexicons: lexicons)
        let tick = ticker("extract events", total: content.articles.count)
        let extractAll = { content.articles.parallelMap { article in
            defer { tick(1) }
            return extractor.extract(article)
        } }
        guard useCache else { return extractAll() }
        let cache = ExtractionCache(project: project, registry: content.actors, topics: content.topics,
                                    places: content.places, lexicons: lexiconBytes)
        guard cache.prepare() else { return extractAll() }
        let results = content.articles.parallelMap { article -> (key: String, extraction: ArticleExtraction, cached: Bool) in
            defer { tick(1) }
            let key = cache.key(for: article, contextYears: years)
            if let known = memory?.extraction(key) { return (key, known, true) }
            if let hit = cache.load(key) { return (key, hit, true) }
            let extraction = extractor.extract(article)
            cache.store(extraction, key: key)
            return (key, extraction, false)
        }
        cache.prune(keeping: Set(results.map(\.key)))
        memory?.remember(Dictionary(results.map { ($0.key, $0.extraction) }, uniquingKeysWith: { a, _ in a }))
        cached = results.filter(\.cached).count
        return results.map(\.extraction)
    }

    /// What an editor should look at, though the site builds, at the file and line concerned.
    static func warnings(_ content: Content, _ extractions: [ArticleExtraction], _ assembly: Chronicle) -> [Diagnostic] {
        var out: [Diagnostic] = []
        if content.articles.isEmpty {
            out.append(Diagnostic(.warning, file: "Content/articles", message: "no articles yet, so the site has no events"))
        }
        for (article, extraction) in zip(content.articles, extractions) {
            for warning in extraction.warnings {
                out.append(Diagnostic(.warning, file: "Content/articles/\(article.fileName)",
                                      line: article.line(ofBlock: warning.paragraph), column: 1, message: warning.message))
            }
        }
        guard !content.articles.isEmpty else { return out }
        for briefing in assembly.briefings.sorted(by: { $0.topic.slug < $1.topic.slug }) where briefing.events.isEmpty {
            out.append(Diagnostic(.warning, file: "Content/topics/\(briefing.topic.slug).md", line: 1, column: 1,
                                  message: "no event is filed under this topic (its keywords match no event)"))
        }
        return out
    }

    /// `[[event:ID]]` in editors' Markdown that names no event of the site: an error at its place.
    static func checkEventLinks(_ content: Content, _ assembly: Chronicle) throws {
        let sources = content.editorsLinks()
        guard sources.contains(where: { $0.links.contains { $0.kind == .event } }) else { return }
        let ids = Set(assembly.events.map(\.id))
        let errors = sources.flatMap { file, links in
            links.filter { $0.kind == .event && !ids.contains($0.target) }.map {
                Diagnostic(file: file, line: $0.line, column: $0.column,
                             message: "[[event:\($0.target)]] links to no event of the site (`briefings events` lists their ids)")
            }
        }
        if !errors.isEmpty { throw Diagnostics(errors) }
    }

    /// ACLED's country codes, from every language's lexicon.
    static func acledVocabulary(_ lexicons: [Lexicon]) -> ACLEDVocabulary {
        var codes: [String: String] = [:]
        for lexicon in lexicons { codes.merge(lexicon.countryCodes) { a, _ in a } }
        return ACLEDVocabulary(countryCodes: codes)
    }

    /// A count of work done in a step (articles, files), told to `progress`; nothing at all
    /// when no one listens.
    private func ticker(_ step: String, total: Int?) -> @Sendable (Int) -> Void {
        guard let progress else { return { _ in } }
        let done = Counter()
        return { n in
            done.add(n)
            progress(BuildProgress(step: step, done: done.value, total: total))
        }
    }

    /// The years of the dated articles, which help date an undated one ("vendredi 21 février").
    static func contextYears(_ content: Content) -> [Int] {
        Array(Set(content.articles.compactMap { $0.published?.year })).sorted()
    }

    /// The extractor for a project's content: its actors, topics, places and article years.
    public static func extractor(_ content: Content, lexicons: [Lexicon]) -> Extractor {
        Extractor(registry: content.actors, topics: content.topics, lexicons: lexicons,
                  contextYears: contextYears(content), gazetteer: content.places)
    }

    /// What one article's reading gave: each sentence's outcome, then what became of its events
    /// across the site's articles.
    public struct ArticleExplanation: Sendable {
        public var article: String
        public var sentences: [SentenceExplanation]
        /// Each merged event holding one of the article's reports, with how it was merged.
        public var events: [MergeRecord]
    }

    /// What the extraction made of each sentence of one article (file name, with or without its
    /// extension) and how its events merged with other articles', or nil when the project has
    /// no such article. Reads every article (through the cache) to find the merges.
    public func explain(article name: String) throws -> ArticleExplanation? {
        let content = try ContentLoader(contentDirectory: project.appendingPathComponent("Content")).load()
        guard let article = content.articles.first(where: { $0.fileName == name || $0.fileName.hasPrefix(name + ".") }) else { return nil }
        let files = try LanguageData.files(project: project)
        let lexicons = try LanguageData.decode(files)
        var cached = 0
        let extractions = try extract(content, lexicons: lexicons, lexiconBytes: files.map(\.bytes), cached: &cached)
        let dated = try Self.datedArticles(content, extractions)
        let events = Chronicle.provenance(of: article.fileName, content: dated, events: extractions.flatMap(\.events),
                                         discovered: extractions.flatMap(\.discoveredActors))
        return ArticleExplanation(article: article.fileName,
                                  sentences: Self.extractor(content, lexicons: lexicons).explain(article), events: events)
    }

    /// The project's `Templates/` if it has one, else the built-in theme.
    func loadTheme() throws -> Theme {
        let folder = project.appendingPathComponent("Templates")
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue {
            return try Theme(directory: folder)
        }
        return try Theme.builtIn()
    }

    /// Articles with the publication date extraction inferred; an error for one still undated.
    static func datedArticles(_ content: Content, _ extractions: [ArticleExtraction]) throws -> Content {
        var content = content
        for (i, extraction) in extractions.enumerated() where content.articles[i].published == nil {
            guard let inferred = extraction.published else {
                throw Diagnostic(file: "Content/articles/\(content.articles[i].fileName)",
                                   message: "no publication date: start the file name with YYYY-MM-DD- or use a .md file with `date:`")
            }
            content.articles[i].published = inferred
            content.articles[i].dateOrigin = .inferred
        }
        return content
    }

    private func step<T>(_ name: String, _ report: inout BuildReport, _ body: () throws -> T) throws -> T {
        let start = clock()
        defer { report.steps.append(StepTiming(name: name, seconds: clock() - start, peakMemory: StepTiming.currentPeakMemory())) }
        do {
            return try body()
        } catch {
            throw BuildError(step: name, underlying: error)
        }
    }

    public static let monotonicSeconds: @Sendable () -> Double = {
        Double(DispatchTime.now().uptimeNanoseconds) / 1e9
    }
}

/// A reproducible sequence of random numbers (SplitMix64), for the tests' shuffles.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49eb_133d_11eb
        return z ^ (z >> 31)
    }
}

/// How far a long step has gone.
public struct BuildProgress: Sendable {
    public var step: String
    public var done: Int
    /// Nil when the step does not know its total in advance (the files a site will have).
    public var total: Int?
}

/// A count kept by several threads.
final class Counter: @unchecked Sendable {
    private var count = 0
    private let lock = NSLock()

    func add(_ n: Int) { lock.withLock { count += n } }
    var value: Int { lock.withLock { count } }
}
