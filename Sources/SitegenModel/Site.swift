import Foundation
import SitegenCore
import SitegenLoad
import SitegenAnnotate
import SitegenMarkdown

/// A page's place in the output: its file path under public/, with `/` separators.
public struct Route: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// e.g. `index.html`, `articles/wang-yi/index.html`.
    public var file: String
    public init(file: String) { self.file = file }

    public static let home = Route(file: "index.html")
    public static func article(_ slug: String) -> Route { Route(file: "articles/\(slug)/index.html") }

    public var description: String { file }
    public static func < (a: Route, b: Route) -> Bool { a.file < b.file }

    /// The folder part (`articles/wang-yi/`), "" for the root.
    var folder: [Substring] { Array(file.split(separator: "/").dropLast()) }
}

/// How links are written: pretty folder URLs for a web server, or explicit
/// `index.html` so the same files can be browsed from disk.
public enum LinkStyle: String, Sendable {
    case pretty, file
}

/// Relative links between pages, so the site works at any sub-path.
public struct Linker: Sendable {
    public var style: LinkStyle
    public init(style: LinkStyle) { self.style = style }

    /// The href from a page to another page (or to a fragment of it).
    public func href(from: Route, to: Route, fragment: String? = nil) -> String {
        if from == to, let fragment { return "#" + fragment }
        var target = to.file
        if style == .pretty {
            if target == "index.html" {
                target = ""
            } else if target.hasSuffix("/index.html") {
                target = String(target.dropLast("index.html".count))
            }
        }
        var href = relative(from: from, to: target)
        if href.isEmpty { href = "./" }
        if let fragment { href += "#" + fragment }
        return href
    }

    /// A relative path from a page to any file of the site (CSS, feeds, ...).
    public func asset(from: Route, _ path: String) -> String {
        relative(from: from, to: path)
    }

    /// The path to `target` from the folder of `from`: `../` for each folder to leave, then the rest.
    /// Works on bytes: it runs for every link of every page.
    func relative(from: Route, to target: String) -> String {
        let f = from.file.utf8, t = target.utf8
        let slash = UInt8(ascii: "/")
        // Bytes of `from` that name its folder (through the last slash).
        var folderEnd = f.startIndex
        var i = f.startIndex
        while i != f.endIndex {
            let next = f.index(after: i)
            if f[i] == slash { folderEnd = next }
            i = next
        }
        // Whole folders shared by both paths.
        var fi = f.startIndex, ti = t.startIndex
        var commonF = f.startIndex, commonT = t.startIndex
        while fi != folderEnd, ti != t.endIndex, f[fi] == t[ti] {
            let atSlash = f[fi] == slash
            fi = f.index(after: fi)
            ti = t.index(after: ti)
            if atSlash {
                commonF = fi
                commonT = ti
            }
        }
        var ups = 0
        var j = commonF
        while j != folderEnd {
            if f[j] == slash { ups += 1 }
            j = f.index(after: j)
        }
        let rest = Substring(target.utf8[commonT...])
        if ups == 0 { return String(rest) }
        return String(repeating: "../", count: ups) + rest
    }
}

/// An article ready to render.
public struct ArticlePage: Sendable {
    public var source: SourceArticle
    public var route: Route
    public var body: RenderedBody
    public var annotations: ArticleAnnotations
    /// The text of each annotated block, for mentions in context.
    public var unitTexts: [String]
    public var summary: String
    /// Related links with internal articles resolved.
    public var related: [ResolvedLink]
    /// Other articles about the same things, best first (indices into Site.articles).
    public var similar: [Int] = []

    /// Large texts moved out of memory until the page is rendered; nil when they are in memory.
    public var spilled: SpilledTexts?

    public var title: String { source.title }

    /// The rendered body.
    public var bodyHTML: String { spilled.map { $0.texts.get($0.html) } ?? body.html }
    /// The Markdown body as in the file.
    public var sourceBody: String { spilled.map { $0.sourceTexts.get($0.source) } ?? source.body }
    /// The UTF-8 text of one annotated block (one read of just that block when spilled).
    public func unitBytes(_ i: Int) -> [UInt8]? {
        guard let s = spilled else { return unitTexts.indices.contains(i) ? Array(unitTexts[i].utf8) : nil }
        guard s.unitLengths.indices.contains(i) else { return nil }
        var offset = s.units.offset
        for k in 0..<i { offset += s.unitLengths[k] }
        let count = max(0, min(s.unitLengths[i], s.units.offset + s.units.count - offset))
        return s.texts.bytes(SpillRef(offset: offset, count: count))
    }

    /// A hash of one annotated block's text (what a mention in context shows of it).
    public static func hash(unit text: String) -> UInt64 {
        var h = FNV64()
        h.add(text)
        return h.value
    }

    /// The text of each annotated block.
    public var units: [String] {
        guard let s = spilled else { return unitTexts }
        // One read for all units, cut at their byte lengths.
        let all = s.texts.bytes(s.units)
        var out: [String] = []
        out.reserveCapacity(s.unitLengths.count)
        var start = 0
        for length in s.unitLengths {
            let end = min(all.count, start + length)
            out.append(String(decoding: all[min(start, end)..<end], as: UTF8.self))
            start = end
        }
        return out
    }
}

/// Where an article's large texts are kept while the site is modelled and rendered.
public struct SpilledTexts: Sendable {
    /// Where the Markdown source is (the build's scratch file).
    public var store: SpillStore
    /// Where the rendered body and the unit texts are: the scratch file, or the annotation cache
    /// entry they came from.
    public var texts: any TextSource
    /// Where the Markdown source is: the scratch file, or the article's file, read again when needed
    /// (an article the content index vouched for, whose body was not read).
    public var sourceTexts: any TextSource
    public var html: SpillRef
    public var source: SpillRef
    /// All unit texts, one after the other, and the UTF-8 length of each.
    public var units: SpillRef
    public var unitLengths: [Int]
    /// A hash of each unit's text (see `ArticlePage.unitHash`), kept in memory.
    public var unitHashes: [UInt64]

    public init(store: SpillStore, texts: (any TextSource)? = nil, sourceTexts: (any TextSource)? = nil, html: SpillRef, source: SpillRef, units: SpillRef,
                unitLengths: [Int], unitHashes: [UInt64]) {
        self.store = store
        self.texts = texts ?? store
        self.sourceTexts = sourceTexts ?? store
        self.html = html
        self.source = source
        self.units = units
        self.unitLengths = unitLengths
        self.unitHashes = unitHashes
    }
}

/// An article after the Markdown and annotation stages.
public struct ParsedArticle: Sendable {
    public var source: SourceArticle
    public var body: RenderedBody
    public var annotations: ArticleAnnotations
    public var unitTexts: [String]
    public var spilled: SpilledTexts?

    public init(source: SourceArticle, body: RenderedBody, annotations: ArticleAnnotations, unitTexts: [String], spilled: SpilledTexts? = nil) {
        self.source = source
        self.body = body
        self.annotations = annotations
        self.unitTexts = unitTexts
        self.spilled = spilled
    }

    /// An article whose rendered body and unit texts stay in `texts` (a cache entry) until a page
    /// needs them; its Markdown source goes to `store` when there is one.
    /// `deferredSource` is where the Markdown source is when it was not read (`source.bodyDeferred`),
    /// and its length in bytes.
    public init(source: SourceArticle, body: RenderedBody, annotations: ArticleAnnotations, texts: any TextSource, html: SpillRef,
                units: SpillRef, unitLengths: [Int], unitHashes: [UInt64], store: SpillStore?, deferredSource: (any TextSource, Int)? = nil) {
        self.source = source
        self.body = body
        self.body.html = ""
        self.annotations = annotations
        self.unitTexts = []
        if let store, source.bodyDeferred, let (reader, count) = deferredSource {
            spilled = SpilledTexts(store: store, texts: texts, sourceTexts: reader, html: html, source: SpillRef(offset: 0, count: count), units: units,
                                   unitLengths: unitLengths, unitHashes: unitHashes)
        } else if let store, let text = store.put(source.body) {
            self.source.body = ""
            spilled = SpilledTexts(store: store, texts: texts, html: html, source: text, units: units, unitLengths: unitLengths, unitHashes: unitHashes)
        } else {
            // No scratch file: the texts are read now (a build without one keeps texts in memory).
            self.body.html = texts.get(html)
            var all = texts.bytes(units)[...]
            for length in unitLengths {
                unitTexts.append(String(decoding: all.prefix(length), as: UTF8.self))
                all = all.dropFirst(length)
            }
        }
    }

    /// Moves the body, its HTML and the unit texts into `store`, keeping only where they are.
    public mutating func spill(into store: SpillStore) {
        guard spilled == nil, let html = store.put(body.html), let text = store.put(source.body),
              let units = store.put(unitTexts.joined()) else { return }
        spilled = SpilledTexts(store: store, html: html, source: text, units: units, unitLengths: unitTexts.map(\.utf8.count),
                               unitHashes: unitTexts.map(ArticlePage.hash(unit:)))
        body.html = ""
        source.body = ""
        unitTexts = []
    }
}

public struct ResolvedLink: Sendable, Hashable {
    public var title: String
    /// An internal article's route, or an external URL, or neither (title only).
    public var route: Route?
    public var url: String?
}

/// The whole site as values: what the renderer needs, nothing it must compute.
public struct Site: Sendable {
    public var settings: SiteSettings
    /// Newest first; undated articles last, by title then slug.
    public var articles: [ArticlePage]
    public var graph: EntityGraph
    /// The site's title as a slug, for identifiers that need no domain (made once).
    public let titleSlug: String

    public init(settings: SiteSettings, articles: [ArticlePage], graph: EntityGraph) {
        self.settings = settings
        self.articles = articles
        self.graph = graph
        self.titleSlug = Slug.make(settings.title)
    }

    /// Builds the site model from loaded articles and their rendered bodies.
    public static func make(settings: SiteSettings, articles: [ParsedArticle], gazetteer: Gazetteer? = nil) -> Site {
        // The order is worked out on indices: sorting the pages themselves would move large values around.
        let order = articles.indices.sorted { Self.newestFirst(articles[$0].source, articles[$1].source) }
        var pages = order.map { i in
            let a = articles[i]
            return ArticlePage(
                source: a.source, route: .article(a.source.slug), body: a.body, annotations: a.annotations, unitTexts: a.unitTexts,
                summary: a.source.frontMatter.summary ?? Self.summarize(a.body.firstParagraph ?? ""),
                related: [], spilled: a.spilled)
        }
        // "READ MORE" titles that name an article of this site link to it (the titles are keyed only
        // when an article has such links: it takes a rebuild of a large site some 20 ms).
        if pages.contains(where: { !$0.source.frontMatter.related.isEmpty }) {
            var byTitle: [String: Route] = [:]
            for page in pages {
                let key = Self.titleKey(page.title)
                if byTitle[key] == nil { byTitle[key] = page.route }
            }
            for i in pages.indices where !pages[i].source.frontMatter.related.isEmpty {
                pages[i].related = pages[i].source.frontMatter.related.map { link in
                    if let route = byTitle[Self.titleKey(link.title)], route != pages[i].route {
                        return ResolvedLink(title: link.title, route: route, url: nil)
                    }
                    return ResolvedLink(title: link.title, route: nil, url: link.url)
                }
            }
        }
        let graph = EntityGraph.make(articles: pages, gazetteer: gazetteer)
        let similar = Self.similarArticles(pages)
        for i in pages.indices { pages[i].similar = similar[i] }
        return Site(settings: settings, articles: pages, graph: graph)
    }

    /// Articles sharing entities, weighted by how much each article is about them
    /// (its share of the article's mentions) and how rare they are across the site.
    /// Entities named in more than `maxPostings` articles carry too little to tell
    /// articles apart and are skipped, which keeps the cost linear in the number of articles.
    static func similarArticles(_ pages: [ArticlePage], limit: Int = 4, maxPostings: Int = 500) -> [[Int]] {
        let n = pages.count
        guard n > 1 else { return Array(repeating: [], count: n) }
        // Each article's share of each entity (on every core), then the articles of each entity.
        let share: [[(id: String, share: Double)]] = Parallel.map(Array(pages.indices)) { i in
            var counts: [String: Double] = [:]
            for m in pages[i].annotations.mentions { counts[m.entityID, default: 0] += 1 }
            let total = max(counts.values.reduce(0, +), 1)
            return counts.map { (id: $0.key, share: $0.value / total) }.sorted { $0.id < $1.id }
        }
        var postings: [String: [(article: Int, share: Double)]] = [:]
        for (i, shares) in share.enumerated() {
            for s in shares { postings[s.id, default: []].append((i, s.share)) }
        }
        let cap = min(max(2, n / 2), maxPostings)
        // Articles are scored apart from each other, so runs of them are scored on every core (each
        // article's sums are made in the same order whatever the thread: the result is the same).
        let runs = Parallel.runs(count: n)
        let perRun: [[[Int]]] = Parallel.map(runs) { run in
            Self.similar(in: run, share: share, postings: postings, n: n, cap: cap, limit: limit)
        }
        return perRun.flatMap { $0 }
    }

    static func similar(in run: Range<Int>, share: [[(id: String, share: Double)]], postings: [String: [(article: Int, share: Double)]],
                        n: Int, cap: Int, limit: Int) -> [[Int]] {
        var scores = [Double](repeating: 0, count: n)
        var touched: [Int] = []
        var result: [[Int]] = []
        result.reserveCapacity(run.count)
        for i in run {
            for (id, mine) in share[i] {
                guard let list = postings[id], list.count > 1, list.count <= cap || n < 8 else { continue }
                let idf = log(1 + Double(n) / Double(list.count))
                for (j, theirs) in list where j != i {
                    if scores[j] == 0 { touched.append(j) }
                    scores[j] += idf * min(mine, theirs)
                }
            }
            // The best `limit`, highest score first, ties to the earlier article.
            var best: [(Int, Double)] = []
            for j in touched {
                let score = scores[j]
                scores[j] = 0
                guard score > 0 else { continue }
                if best.count == limit, let last = best.last, !(score > last.1 || (score == last.1 && j < last.0)) { continue }
                var k = best.count
                while k > 0 && (score > best[k - 1].1 || (score == best[k - 1].1 && j < best[k - 1].0)) { k -= 1 }
                best.insert((j, score), at: k)
                if best.count > limit { best.removeLast() }
            }
            touched.removeAll(keepingCapacity: true)
            result.append(best.map(\.0))
        }
        return result
    }

    static func newestFirst(_ a: SourceArticle, _ b: SourceArticle) -> Bool {
        switch (a.frontMatter.date, b.frontMatter.date) {
        case let (x?, y?) where x.epochSeconds != y.epochSeconds: return x.epochSeconds > y.epochSeconds
        case (.some, nil): return true
        case (nil, .some): return false
        default:
            if a.title != b.title { return Array(a.title.utf8).lexicographicallyPrecedes(Array(b.title.utf8)) }
            return a.slug < b.slug
        }
    }

    static func titleKey(_ title: String) -> String {
        Slug.make(title.replacingStraightQuotes)
    }

    /// About two sentences, cut at a word boundary.
    static func summarize(_ text: String, limit: Int = 240) -> String {
        guard text.count > limit else { return text }
        var cut = String(text.prefix(limit))
        if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
        return cut + "…"
    }
}

extension String {
    var replacingStraightQuotes: String {
        guard utf8.contains(where: { $0 >= 0x80 }) else { return self }  // no curly quote in ASCII
        var scalars = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            switch scalar {
            case "\u{2018}", "\u{2019}": scalars.append("'")
            case "\u{201C}", "\u{201D}": scalars.append("\"")
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}
