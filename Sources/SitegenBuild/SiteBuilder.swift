import Foundation
import Logging
import SitegenAnnotate
import SitegenCore
import SitegenLoad
import SitegenMarkdown
import SitegenModel
import SitegenPublish
import SitegenRender

#if canImport(Glibc)
import Glibc
#endif

public struct BuildOptions: Sendable {
    public var root: URL
    /// The root as the user wrote it, for messages ("" or "." for the current folder).
    public var displayRoot: String
    public var output: URL
    public var displayOutput: String
    public var baseURL: String?
    public var linkStyle: LinkStyle = .pretty
    public var includeDrafts = false
    public var maxArticleBytes = 10 * 1024 * 1024
    public var maxParagraphBytes = 1024 * 1024
    /// Seconds one article may take to parse, annotate and render.
    public var articleTimeBudget: Double = 20
    /// Where annotations of earlier builds are kept (nil: no cache). See `defaultCache`.
    public var cache: URL?
    /// Renders the pages a build would keep from the last one too, and fails if their bytes
    /// differ from the kept files (for tests of the page fingerprints).
    public var verifyKeptPages = false
    /// Keeps the site model in memory when the build returns instead of freeing it: a process that
    /// exits after one build (the command line) need not spend half a second taking it apart,
    /// as compilers skip freeing at exit. A long-lived process (the preview server) leaves it off.
    public var keepModelUntilExit = false

    public init(root: URL, displayRoot: String, output: URL, displayOutput: String) {
        self.root = root
        self.displayRoot = displayRoot
        self.output = output
        self.displayOutput = displayOutput
        self.cache = Self.defaultCache(root: root)
    }

    /// `.sitegen-cache/` in the site folder, beside the default output (git-ignored).
    public static func defaultCache(root: URL) -> URL {
        root.appending(path: ".sitegen-cache").appending(path: "annotations")
    }
}

/// Times the named steps of a build; with `SITEGEN_DEBUG_RSS` set, prints the
/// resident memory after each.
struct StepClock {
    var steps: [(name: String, seconds: Double)] = []
    var mark = DispatchTime.now()
    let showMemory = ProcessInfo.processInfo.environment["SITEGEN_DEBUG_RSS"] != nil

    mutating func step(_ name: String) {
        let now = DispatchTime.now()
        steps.append((name, Double(now.uptimeNanoseconds - mark.uptimeNanoseconds) / 1e9))
        mark = now
        if showMemory, let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) {
            let pages = Int(statm.split(separator: " ")[1]) ?? 0
            FileHandle.standardError.write(Data("after \(name): rss \(pages * 4096 / 1_048_576) MiB\n".utf8))
        }
    }
}

/// Runs work on a thread of its own (with a large stack, for deeply nested
/// input) and gives up waiting after a number of seconds.
enum TimeBudget {
    final class Box<T>: @unchecked Sendable { var value: T? }

    static func run<T>(seconds: Double, _ work: @escaping @Sendable () -> T) -> T? {
        let box = Box<T>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.value = work()
            done.signal()
        }
        thread.stackSize = 64 << 20
        thread.start()
        guard done.wait(timeout: .now() + seconds) == .success else { return nil }
        return box.value
    }
}

public struct BuildReport: Sendable {
    public var articles: Int
    /// Pages written per kind: articles, countries, regions, ...
    public var pagesByKind: [(kind: String, count: Int)]
    public var files: Int
    public var bytes: Int
    public var seconds: Double
    public var warnings: [SitegenWarning]
    /// Seconds spent in each named step, in order.
    public var steps: [(name: String, seconds: Double)]
    /// Articles annotated in this build, and articles whose annotations came from the cache.
    public var annotated = 0
    public var fromCache = 0
    /// The gazetteer came from the last build's snapshot in the cache (see `GazetteerSnapshotFile`).
    public var gazetteerFromCache = false
    /// Article files not read at all: unchanged since the last build, which had read them (`ContentIndex`).
    public var unreadArticles = 0
    /// Files whose bytes the previous build already wrote: kept as they were, not rewritten.
    public var unchanged = 0
    /// Pages not rendered at all: what they are made from had not changed since the last build.
    public var reusedJobs = 0
    /// The output already was the site: nothing was written, checked or published.
    public var outputUnchanged = false
    /// Pages whose links were checked (the pages kept from the last build are not, when nothing
    /// they could link to is gone).
    public var linkCheckedPages = 0
}

/// The build, top to bottom: load, parse and render Markdown, model, render pages, publish.
public struct SiteBuilder: Sendable {
    public var options: BuildOptions
    public var logger: Logger

    public init(options: BuildOptions, logger: Logger = Logger(label: "sitegen")) {
        self.options = options
        self.logger = logger
    }

    /// The site model and everything needed to render it.
    struct Prepared {
        var site: Site
        var renderer: SiteRenderer
        var warnings: [SitegenWarning]
        var steps: [(name: String, seconds: Double)]
        var annotated: Int
        var fromCache: Int
        var gazetteerFromCache: Bool
        /// The annotation cache's hash of the annotator (executable, gazetteers); nil without a cache.
        var cacheFingerprint: UInt64?
        /// Cache entries whose texts could not be read back as they were when the build began.
        var cacheProblems: FileTexts.Problems
        /// Where this build's readings of the article files go, and the readings (saved after a build that succeeds).
        var contentIndex: (url: URL, index: ContentIndex)?
        /// Article files taken from the index without reading them.
        var unreadArticles = 0
        /// Article files found changed since they were read, when their bodies were read again.
        var changedFiles: FileTexts.Problems
    }

    typealias Parsed = (article: ParsedArticle, cacheKeys: [String])

    final class Counter: @unchecked Sendable {
        let lock = NSLock()
        var value = 0
        func increment() {
            lock.lock()
            value += 1
            lock.unlock()
        }
        var current: Int { lock.withLock { value } }
    }

    /// Loads, parses, annotates and models the site (no output yet). With a
    /// spill store, article texts wait there for rendering instead of in memory.
    func prepare(spill: SpillStore? = nil) throws -> Prepared {
        var clock = StepClock()
        func step(_ name: String) { clock.step(name) }

        // The gazetteer is read while the content loads (both take a good part of a rebuild): the last
        // build's snapshot of it when there is one, else the built-in data.
        let snapshotURL = options.cache.map { GazetteerSnapshotFile.location(cache: $0.deletingLastPathComponent()) }
        let early = Background { () -> (snapshot: (key: UInt64, gazetteer: Gazetteer)?, builtIn: Result<Gazetteer, any Error>?) in
            if let url = snapshotURL, let snapshot = GazetteerSnapshotFile.read(url) { return (snapshot, nil) }
            return (nil, Result { try Gazetteer.builtIn() })
        }
        var loader = ContentLoader(root: options.root, displayRoot: options.displayRoot)
        loader.includeDrafts = options.includeDrafts
        loader.maxArticleBytes = options.maxArticleBytes
        loader.maxParagraphBytes = options.maxParagraphBytes
        // The last build's readings of the article files: unchanged files are not read again.
        let indexURL = options.cache.map { ContentIndexFile.location(cache: $0.deletingLastPathComponent(), root: options.root) }
        loader.previous = indexURL.flatMap { ContentIndexFile.load($0, settings: loader.indexSettings) }
        var loaded = try loader.load()
        step("load")

        let theme = try Theme.load(siteTemplates: options.root.appending(path: "templates"), displayPath: displayPath("templates"))
        step("theme")

        var entityFiles = try EntityFiles.load(root: options.root, displayRoot: options.displayRoot)
        for topic in loaded.settings.topics where !entityFiles.contains(where: { $0.id == "topic/" + topic.id }) {
            var e = Entity(id: "topic/" + topic.id, kind: .topic, name: topic.name)
            e.aliases = topic.keywords
            entityFiles.append(e)
        }
        let annotatorFingerprint = options.cache == nil ? nil : AnnotationCache.fingerprint(overrides: entityFiles)
        let gazetteer: Gazetteer
        var gazetteerFromSnapshot = false
        if let snapshot = early.value.snapshot, snapshot.key == annotatorFingerprint {
            gazetteer = snapshot.gazetteer
            gazetteerFromSnapshot = true
        } else {
            gazetteer = try (early.value.builtIn ?? Result { try Gazetteer.builtIn() }).get().merging(entityFiles)
            if let url = snapshotURL, let key = annotatorFingerprint { GazetteerSnapshotFile.write(gazetteer, key: key, to: url) }
        }
        let annotator = Annotator(gazetteer: gazetteer)
        step("gazetteer")

        let linker = Linker(style: options.linkStyle)
        var htmlOptions = HTMLOptions()
        htmlOptions.reservedIDs = ["main", "top", "content", "article-title", "sections", "related", "site-nav", "in-this-article", "related-heading", "latest"]
        let budget = options.articleTimeBudget
        var cache = options.cache.map { AnnotationCache(folder: $0, gazetteer: gazetteer, overrides: entityFiles, fingerprint: annotatorFingerprint) }
        if let c = cache, !c.prepare() { cache = nil }
        let annotationCache = cache
        let hits = Counter()
        let cacheProblems = FileTexts.Problems()
        // Articles are independent: both cores parse and annotate, results keep the file order.
        let contentLoader = loader
        let loadedIndex = loaded.index
        let changedFiles = FileTexts.Problems()
        let results: [Parsed?] = Parallel.map(loaded.articles) { article in
            let options = htmlOptions
            let key = annotationCache?.key(for: article)
            let bodyKey = key.map { annotationCache!.bodyKey($0, slug: article.slug, linkStyle: linker.style.rawValue) }
            let entry = key.flatMap { annotationCache?.load($0, bodyKey: bodyKey!, problems: cacheProblems) }
            // An article the index vouched for has no body yet: read only if it must be parsed, or kept in memory.
            var read = article
            if read.bodyDeferred, entry?.body == nil || spill == nil {
                guard let body = contentLoader.body(of: read) else {
                    changedFiles.add(read.path)
                    return (ParsedArticle(source: read, body: .empty, annotations: ArticleAnnotations(), unitTexts: []), [])
                }
                read.body = body
                read.bodyDeferred = false
            }
            let article = read
            let deferred = article.bodyDeferred ? (DeferredBody(loader: contentLoader, article: article, problems: changedFiles) as any TextSource, loadedIndex.entries[article.sitePath]?.bodyBytes ?? 0) : nil
            // Unchanged since the last build: annotations, body and block texts all come from the cache
            // (on this thread: there is no Markdown to parse, so no time budget to keep).
            let finish: @Sendable (ParsedArticle) -> Parsed = { parsed in
                var parsed = parsed
                if let spill { parsed.spill(into: spill) }
                return (parsed, [key].compactMap { $0 })
            }
            if let entry, let body = entry.body {
                hits.increment()
                // The rendered body and block texts stay in the cache entry: an unchanged rebuild never reads them.
                return finish(ParsedArticle(
                    source: article, body: body.rendered, annotations: entry.annotations, texts: body.texts, html: body.html,
                    units: body.units, unitLengths: body.unitLengths, unitHashes: body.unitHashes, store: spill, deferredSource: deferred))
            }
            let work: @Sendable () -> Parsed = {
                let document = MarkdownDocument.parse(article.body, firstLine: article.bodyFirstLine)
                let annotations: ArticleAnnotations
                if let cached = entry?.annotations {
                    // Renamed, or the link style changed: the annotations still hold, the body is made again.
                    annotations = cached
                    hits.increment()
                } else {
                    let lines = LineIndex(body: article.body, firstLine: article.bodyFirstLine, fileLineStarts: article.fileLineStarts)
                    annotations = annotator.annotate(document, lines: lines, outlet: article.frontMatter.source, year: article.frontMatter.date?.year)
                }
                let route = Route.article(article.slug)
                let body = HTMLRenderer.render(
                    article.body, firstLine: article.bodyFirstLine, options: options,
                    decorations: AnnotationMarkup.decorations(annotations) { linker.href(from: route, to: .entity($0)) })
                let units = document.textUnits().map(\.text)
                if let key, let bodyKey { annotationCache?.store(annotations, body: body, units: units, key: key, bodyKey: bodyKey) }
                return finish(ParsedArticle(source: article, body: body, annotations: annotations, unitTexts: units))
            }
            // cmark 0.30 is quadratic on some inputs and cannot be interrupted: the work
            // runs on its own thread, and an article over budget fails the build.
            return TimeBudget.run(seconds: budget, work)
        }
        var bodies: [ParsedArticle] = []
        var keys = Set<String>()
        var slow: [SitegenError] = []
        for (article, result) in zip(loaded.articles, results) {
            if let result {
                bodies.append(result.article)
                keys.formUnion(result.cacheKeys)
            } else {
                slow.append(SitegenError(
                    "took more than \(Int(budget)) seconds to parse and annotate (cmark 0.30 is very slow on some inputs; raise the budget with --article-time-budget)",
                    at: SourceLocation(path: article.path, line: 1, column: 1), stage: .markdown))
            }
        }
        guard slow.isEmpty else { throw SitegenErrors(slow) }
        if !changedFiles.all.isEmpty {
            throw SitegenErrors(changedFiles.all.map {
                SitegenError("the file changed while the site was being built; build again", at: SourceLocation(path: $0), stage: .load)
            })
        }
        loaded.articles = []  // the bodies now live in `bodies` (or the spill store)
        annotationCache?.prune(keeping: keys)
        var warnings = loaded.warnings
        for parsed in bodies {
            for link in parsed.body.links where !SafeURL.isAllowed(link.url) {
                warnings.append(SitegenWarning("link \"\(link.url)\" was removed: only http:, https:, mailto: and paths within the site are kept", at: SourceLocation(path: parsed.source.path, line: link.line, column: link.column)))
            }
        }
        step("annotate+markdown")

        let annotated = bodies.count - hits.value
        let site = Site.make(settings: loaded.settings, articles: bodies, gazetteer: gazetteer)
        bodies = []
        step("model")
        let renderer = SiteRenderer(theme: theme, linkStyle: options.linkStyle, baseURL: options.baseURL ?? loaded.settings.baseURL)
        // Taking the gazetteer apart (its tries and tables) would cost the rebuild 40 ms.
        if options.keepModelUntilExit { UntilExit.keep(early, annotator, gazetteer) }
        return Prepared(
            site: site, renderer: renderer, warnings: warnings, steps: clock.steps,
            annotated: annotated, fromCache: hits.value, gazetteerFromCache: gazetteerFromSnapshot, cacheFingerprint: annotationCache?.fingerprint, cacheProblems: cacheProblems,
            contentIndex: indexURL.map { ($0, loadedIndex) }, unreadArticles: loaded.reused, changedFiles: changedFiles)
    }

    /// The jobs in the order they are run: pages listing the most articles first (entity pages of
    /// much-named entities, the quote index, the home page), then the rest in their usual order.
    /// In a rebuild, the jobs to render come before those `kept` from the last build (cheap to
    /// keep), so a large page that changed does not start last, with the other core idle.
    static func largestFirst(_ jobs: [SiteRenderer.Job], site: Site, kept: [Bool] = []) -> [SiteRenderer.Job] {
        func weight(_ job: SiteRenderer.Job) -> Int {
            switch job {
            case .entity(let id): return site.graph.pages[id].map { $0.articles.count + $0.quotesBy.count + $0.quotesMentioning.count } ?? 0
            case .quotes, .home, .searchIndex: return site.articles.count
            case .entityArticles(let id, let n): return site.graph.pages[id].map { SiteRenderer.articleRange($0, number: n, perPage: site.settings.pageSize).count } ?? 0
            default: return 0
            }
        }
        let weights = jobs.map(weight)
        func order(_ indices: [Int]) -> [Int] {
            let heavy = indices.filter { weights[$0] > 0 }.sorted { weights[$0] != weights[$1] ? weights[$0] > weights[$1] : $0 < $1 }
            return heavy + indices.filter { weights[$0] == 0 }
        }
        let isKept = { (i: Int) in kept.indices.contains(i) && kept[i] }
        return (order(jobs.indices.filter { !isKept($0) }) + order(jobs.indices.filter(isKept))).map { jobs[$0] }
    }

    /// Builds and publishes the site; the previous output stays intact on any error.
    /// Pages are rendered on every core and written as they are made; none is kept.
    @discardableResult
    public func build() throws -> BuildReport {
        let start = DispatchTime.now()
        let publisher = Publisher(output: options.output, root: options.root, displayOutput: options.displayOutput)
        try publisher.validate()
        // Article texts wait for rendering in a scratch file beside the output (on disk, unlike /tmp
        // on many systems), so memory holds what is known about the articles, not their text.
        let parent = options.output.deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        // The last build's manifest is read in the background meanwhile.
        let manifestURL = options.cache.map { PageManifest.location(cache: $0.deletingLastPathComponent(), output: options.output) }
        let manifestLoad = manifestURL.map { url in Background { PageManifest.load(url) } }
        // So is the output's tree, which a rebuild compares with the new site before it updates the output.
        let outputListing = manifestURL == nil ? nil : publisher.readAhead()
        let prepared = try prepare(spill: SpillStore(folder: parent))
        let site = prepared.site
        let renderer = prepared.renderer
        var clock = StepClock(steps: prepared.steps)
        func step(_ name: String) { clock.step(name) }

        struct Written: Sendable {
            var path: String
            var origin: String
            var bytes: Int
            var links: LinkChecker.PageLinks?
            var identity: Publisher.Staging.Identity?
            /// Kept from the last build without rendering.
            var kept = false
        }
        // Pages whose inputs are unchanged since the last build are kept, not rendered (see PageFingerprints).
        let fingerprints = prepared.cacheFingerprint.map { PageFingerprints(site: site, renderer: renderer, seed: $0) }
        let previousManifest = fingerprints == nil ? nil : manifestLoad?.value
        let verify = options.verifyKeptPages
        // Every job's key and fingerprint, worked out once (on both cores) for the two uses below.
        let allJobs = renderer.jobs(site)
        let keys: [String?] = fingerprints == nil ? [] : allJobs.map { PageFingerprints.key($0, site: site) }
        let prints: [UInt64?] = fingerprints.map { f in Parallel.map(Array(allJobs.indices)) { i in keys[i] == nil ? nil : f.fingerprint(allJobs[i], site: site) } } ?? []
        var printByKey: [String: UInt64] = [:]
        printByKey.reserveCapacity(prints.count)
        for (key, print) in zip(keys, prints) { if let key, let print { printByKey[key] = print } }
        if fingerprints != nil { step("fingerprints") }
        // Nothing to publish: every page would come out as the output already holds it.
        if let previousManifest, fingerprints != nil,
           let same = try Self.unchangedOutput(site: site, renderer: renderer, jobs: allJobs, keys: keys, prints: prints, previous: previousManifest, publisher: publisher, verify: verify, listing: outputListing?.value) {
            step("compare with the output")
            if let (url, index) = prepared.contentIndex { ContentIndexFile.save(index, to: url) }
            if options.keepModelUntilExit { UntilExit.keep(prepared, previousManifest, fingerprints as Any, printByKey, prints, keys) }
            return BuildReport(
                articles: site.articles.count, pagesByKind: Self.pagesByKind(site), files: same.files, bytes: same.bytes,
                seconds: Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9, warnings: prepared.warnings,
                steps: clock.steps, annotated: prepared.annotated, fromCache: prepared.fromCache, gazetteerFromCache: prepared.gazetteerFromCache, unreadArticles: prepared.unreadArticles,
                unchanged: same.files, reusedJobs: same.reusedJobs, outputUnchanged: true)
        }
        // A rebuild with a manifest updates the output in place when few files change (see Publisher).
        let staging = try publisher.begin(update: previousManifest != nil)
        let reused = Counter()
        var collector = LinkChecker.Collector()
        var files = 0
        var bytes = 0
        var unchanged = 0
        var linkCheckedPages = 0
        do {
            // The biggest pages start first, so no core waits at the end for one large page while
            // the other is idle. Each page is written as soon as it is made; none is kept.
            let likelyKept = allJobs.indices.map { i in
                keys.indices.contains(i) && keys[i].map { key in prints[i] != nil && previousManifest?.entries[key]?.fingerprint == prints[i] } == true
            }
            let jobs = Self.largestFirst(allJobs, site: site, kept: likelyKept)
            let failed = Counter()
            let interner = LinkChecker.Interner()
            let results: [Result<(key: String?, fingerprint: UInt64?, files: [Written]), SitegenError>] = Parallel.map(jobs) { job in
                if failed.current > 0 { return .success((nil, nil, [])) }  // the build has failed already: stop early
                do throws(SitegenError) {
                    var written: [Written] = []
                    let started = JobProfile.enabled ? DispatchTime.now().uptimeNanoseconds : 0
                    defer { if JobProfile.enabled { JobProfile.shared.add(job, since: started) } }
                    let key = fingerprints == nil ? nil : PageFingerprints.key(job, site: site)
                    let fingerprint = key.flatMap { printByKey[$0] }
                    if let key, let fingerprint, let old = previousManifest?.entries[key], old.fingerprint == fingerprint {
                        if staging.keep(old.files.map { ($0.path, $0.identity) }) {
                            if verify {
                                if !Self.same(try renderer.render(job, site: site), as: old.files, in: staging.keptFolder) { throw SitegenError("a page kept from the last build differs from a fresh rendering: \(key)", stage: .render) }
                            }
                            reused.increment()
                            return .success((key, fingerprint, old.files.map { f in
                                Written(path: f.path, origin: f.origin, bytes: f.identity.size, links: f.links, identity: f.identity, kept: true)
                            }))
                        }
                    }
                    for file in try renderer.render(job, site: site) {
                        try staging.write(file.bytes, to: file.path)
                        written.append(Written(
                            path: file.path, origin: file.origin, bytes: file.bytes.count,
                            links: file.path.hasSuffix(".html") ? LinkChecker.summarize(file.bytes, interner: interner) : nil,
                            identity: key == nil ? nil : staging.identity(of: file.path)))
                    }
                    return .success((key, fingerprint, written))
                } catch {
                    failed.increment()
                    return .failure(error)
                }
            }
            var manifest = PageManifest()
            for result in results {
                let job = try result.get()
                for file in job.files {
                    collector.add(path: file.path, origin: file.origin, links: file.links, kept: file.kept)
                    files += 1
                    bytes += file.bytes
                }
                let entries = job.files.compactMap { f in f.identity.map { PageManifest.File(path: f.path, origin: f.origin, identity: $0, links: f.links) } }
                if let key = job.key, let fingerprint = job.fingerprint, entries.count == job.files.count {
                    manifest.entries[key] = .init(fingerprint: fingerprint, files: entries)
                } else {
                    for file in job.files { manifest.unkeyed[file.path] = .some(file.links?.ids) }
                }
            }
            step("render+write")
            JobProfile.shared.dump()
            // The manifest is encoded while the links are checked and the output published, on the core they leave
            // free; it is written only once both have succeeded.
            let finishedManifest = manifest
            let encodedManifest = manifestURL != nil && fingerprints != nil ? Background { finishedManifest.encoded() } : nil
            // A page made from a cache entry that changed under the build would be wrong: none is published.
            if let path = prepared.changedFiles.all.first {
                throw SitegenError("the file changed while the site was being built; build again", at: SourceLocation(path: path), stage: .load)
            }
            if let path = prepared.cacheProblems.all.first {
                // The entries go, so that the next build makes them again instead of meeting them again.
                for entry in prepared.cacheProblems.all { unlink(entry) }
                throw SitegenError("the annotation cache changed during the build (\(path) was removed, rewritten or damaged; another build using the same cache?); its entry was removed: build again", stage: .render)
            }
            let toCheck = collector.pagesToCheck(previous: previousManifest?.allFiles)
            linkCheckedPages = toCheck.count
            let broken = collector.errors(articles: site.articles, checking: toCheck)
            guard broken.isEmpty else { throw SitegenErrors(broken) }
            step("check links")
            unchanged = staging.unchanged
            // The old manifest vouches for the old files: gone before they are, the new one written after.
            if let manifestURL { PageManifest.remove(manifestURL) }
            try staging.commit(listing: outputListing?.value)
            // (The content index is saved beside it, at the same time.)
            let indexSaved = prepared.contentIndex.map { saved in Background { ContentIndexFile.save(saved.index, to: saved.url) } }
            if let manifestURL, let encodedManifest { PageManifest.write(encodedManifest.value, to: manifestURL) }
            _ = indexSaved?.value
            step("publish")
            if options.keepModelUntilExit { UntilExit.keep(prepared, previousManifest as Any, fingerprints as Any, printByKey, prints, keys, manifest, results, collector) }
        } catch {
            staging.discard()
            throw error
        }

        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        return BuildReport(
            articles: site.articles.count, pagesByKind: Self.pagesByKind(site), files: files, bytes: bytes,
            seconds: seconds, warnings: prepared.warnings, steps: clock.steps, annotated: prepared.annotated, fromCache: prepared.fromCache, gazetteerFromCache: prepared.gazetteerFromCache,
            unreadArticles: prepared.unreadArticles, unchanged: unchanged, reusedJobs: reused.current, linkCheckedPages: linkCheckedPages)
    }

    /// When the output folder already is the site this build would publish, how many files and
    /// bytes it holds: every page with a key has the fingerprint the last build recorded and its files
    /// are untouched; the few pages without one (home, indexes, feeds, search) are rendered and have
    /// the same bytes; and the output holds nothing else. The last build's link check then still holds
    /// (the manifest is saved only after a build that passed it). Nil means build as usual.
    /// With `verify`, every page counted as unchanged is also rendered and compared with the output,
    /// as the usual build does with the pages it keeps.
    /// `jobs` are the site's jobs, `keys` and `prints` their keys and fingerprints.
    static func unchangedOutput(site: Site, renderer: SiteRenderer, jobs: [SiteRenderer.Job], keys: [String?], prints: [UInt64?], previous: PageManifest,
                                publisher: Publisher, verify: Bool = false, listing: Publisher.TreeListing? = nil) throws(SitegenError) -> (files: Int, bytes: Int, reusedJobs: Int)?
    {
        enum Check: Sendable { case kept([PageManifest.File]), made([OutputFile]), differs, wrongFingerprint(String) }
        let output = publisher.output.path
        // Fingerprints first: they are cheap, and one that differs ends the check before any rendering.
        guard keys.compactMap({ $0 }).count == previous.entries.count else { return nil }
        for i in jobs.indices {
            guard let key = keys[i] else { continue }
            guard previous.entries[key]?.fingerprint == prints[i] else { return nil }
        }
        let checks: [Check] = Parallel.map(Array(jobs.indices)) { i in
            let job = jobs[i]
            if let key = keys[i] {
                guard let old = previous.entries[key] else { return .differs }
                if verify {
                    guard let fresh = try? renderer.render(job, site: site) else { return .differs }
                    if !Self.same(fresh, as: old.files, in: output) {
                        // A file changed in the output is no fingerprint's fault: only a fresh page that differs from an untouched file is.
                        let untouched = old.files.allSatisfy { Publisher.isFile(output + "/" + $0.path, identity: $0.identity) }
                        return untouched ? .wrongFingerprint(key) : .differs
                    }
                }
                return .kept(old.files)
            }
            guard let files = try? renderer.render(job, site: site) else { return .differs }
            return .made(files)
        }
        var kept: [(path: String, identity: Publisher.Staging.Identity)] = []
        var made: [(path: String, bytes: [UInt8])] = []
        var keyed = 0
        var bytes = 0
        for check in checks {
            switch check {
            case .differs: return nil
            case .wrongFingerprint(let key): throw SitegenError("a page kept from the last build differs from a fresh rendering: \(key)", stage: .render)
            case .kept(let files):
                keyed += 1
                for f in files { kept.append((f.path, f.identity)); bytes += f.identity.size }
            case .made(let files):
                for f in files { made.append((f.path, f.bytes)); bytes += f.bytes.count }
            }
        }
        // A page the last build made and this one would not (an article deleted) is a change too.
        guard keyed == previous.entries.count, publisher.holdsExactly(kept: kept, made: made, listing: listing) else { return nil }
        return (kept.count + made.count, bytes, keyed)
    }

    /// Whether freshly rendered files are, path for path and byte for byte, the files kept in `folder`.
    static func same(_ fresh: [OutputFile], as old: [PageManifest.File], in folder: String) -> Bool {
        fresh.count == old.count && zip(fresh, old).allSatisfy { f, o in f.path == o.path && Publisher.sameFile(f.bytes, at: folder + "/" + o.path) }
    }

    /// Pages per kind, for the report: articles, then each kind of entity that has pages.
    static func pagesByKind(_ site: Site) -> [(kind: String, count: Int)] {
        [("articles", site.articles.count)] + EntityKind.allCases.filter { site.graph.count(of: $0) > 0 }.map { ($0.plural, site.graph.count(of: $0)) }
    }

    func displayPath(_ relative: String) -> String {
        let root = options.displayRoot
        if root.isEmpty || root == "." { return relative }
        return root.hasSuffix("/") ? root + relative : root + "/" + relative
    }
}

/// What `BuildOptions.keepModelUntilExit` keeps: reachable until the process ends.
enum UntilExit {
    nonisolated(unsafe) static var kept: [Any] = []
    static let lock = NSLock()
    static func keep(_ values: Any...) { lock.withLock { kept.append(contentsOf: values) } }
}

/// With `SITEGEN_PROFILE_JOBS` set, the build prints the time spent rendering and
/// writing each kind of page (summed over both cores' threads): where the time goes.
final class JobProfile: @unchecked Sendable {
    static let enabled = ProcessInfo.processInfo.environment["SITEGEN_PROFILE_JOBS"] != nil
    static let shared = JobProfile()
    let lock = NSLock()
    var totals: [String: (nanoseconds: UInt64, jobs: Int)] = [:]
    /// The slowest jobs, slowest first.
    var slowest: [(nanoseconds: UInt64, job: String)] = []

    func add(_ job: SiteRenderer.Job, since start: UInt64) {
        let elapsed = DispatchTime.now().uptimeNanoseconds - start
        var kind = "\(job)"
        if let paren = kind.firstIndex(of: "(") { kind = String(kind[..<paren]) }
        lock.withLock {
            let sum = totals[kind] ?? (0, 0)
            totals[kind] = (sum.nanoseconds + elapsed, sum.jobs + 1)
            if slowest.count < 8 || elapsed > slowest[slowest.count - 1].nanoseconds {
                slowest.append((elapsed, "\(job)"))
                slowest.sort { $0.nanoseconds > $1.nanoseconds }
                if slowest.count > 8 { slowest.removeLast() }
            }
        }
    }

    func dump() {
        guard Self.enabled else { return }
        for (kind, sum) in totals.sorted(by: { ($0.value.nanoseconds, $0.key) > ($1.value.nanoseconds, $1.key) }) {
            FileHandle.standardError.write(Data("render \(kind): \(sum.nanoseconds / 1_000_000) ms in \(sum.jobs) jobs\n".utf8))
        }
        for (nanoseconds, job) in slowest {
            FileHandle.standardError.write(Data("slow job: \(nanoseconds / 1_000_000) ms \(job.prefix(100))\n".utf8))
        }
    }
}
