import SitegenAnnotate
import SitegenCore
import SitegenModel

/// What the pages of a job are made from, as a hash: when a job's fingerprint is the
/// one its files were written with last time, the files would come out byte for byte
/// the same, and a build may keep them instead of rendering them again.
///
/// A fingerprint hashes the data the job's page shows (titles, routes, names, counts,
/// mentions, quotes) rather than guessing which articles it depends on; an article's
/// own text enters through the hash of its file's bytes. Whatever is the same for
/// every page (the theme, the site's settings, the link style, the sitegen executable
/// and its gazetteers) is in `global`. Pages that list the whole site (the home page,
/// the quote index, the entity indexes) hash the context they are rendered from, the
/// search index what it lists. The other jobs of one page per site (the feeds, the
/// sitemap, ...) have no fingerprint: they are always rendered.
///
/// Kept beside the code that makes the pages: a change to what a page shows must be
/// mirrored here (tests build sites incrementally and compare every kept file with a
/// fresh rendering of it).
public struct PageFingerprints: Sendable {
    public let global: UInt64
    let renderer: SiteRenderer
    /// Per article: its file, route and path, and the names and pages of the entities it names.
    let articles: [UInt64]
    /// Per article: what a list of articles shows of it (title, page, date).
    let listed: [UInt64]
    /// Per article: a hash of each annotated block's text.
    let unitHashes: [[UInt64]]
    /// Per article: what the search index holds of it (title, page, summary, date, entities named).
    let searchItems: [UInt64]

    public init(site: Site, renderer: SiteRenderer, seed: UInt64) {
        self.renderer = renderer
        var g = FNV64(seed: seed)
        g.add("sitegen-pages-3")
        for (name, text) in renderer.theme.files.sorted(by: { $0.key < $1.key }) {
            g.add(name)
            g.add(text)
            g.add(renderer.theme.origins[name] ?? "")
        }
        g.add(renderer.linker.style.rawValue)
        g.add(renderer.baseURL ?? "\u{0}")
        g.add(site.settings.title)
        g.add(site.settings.description)
        g.add(site.settings.language)
        g.add(UInt64(site.settings.pageSize))
        g.add(site.titleSlug)
        for kind in EntityKind.allCases { g.add(UInt64(site.graph.count(of: kind) > 0 ? 1 : 0)) }
        global = g.value
        let graph = site.graph
        let global = self.global
        let perArticle: [(UInt64, UInt64, [UInt64], UInt64)] = Parallel.map(Array(site.articles.indices)) { i in
            let a = site.articles[i]
            var h = FNV64(seed: global)
            h.add(a.source.contentHash)
            // The file as the site names it: its path as shown in messages depends on how the root was spelled.
            h.add(a.source.sitePath.isEmpty ? a.source.path : a.source.sitePath)
            h.add(a.route.file)
            // The entities the article names or quotes: their names, kinds and whether they have a page.
            // (Sorted and made unique in place: a set of them cost more than all the hashing.)
            let mentioned = Self.sortedUnique(a.annotations.mentions.map(\.entityID))
            let speakers = a.annotations.quotes.compactMap(\.speakerID)
            let ids = speakers.isEmpty ? mentioned : Self.sortedUnique(mentioned + speakers)
            for id in ids { Self.add(entity: id, graph: graph, to: &h) }
            var search = FNV64()
            search.add(a.title)
            search.add(a.route.file)
            search.add(a.summary)
            search.add(a.source.frontMatter.date?.iso8601 ?? "\u{0}")
            for id in mentioned { search.add(id) }
            var l = FNV64()
            l.add(a.title)
            l.add(a.route.file)
            l.add(a.source.frontMatter.date.map { $0.iso8601 + "\u{1}" + $0.display } ?? "\u{0}")
            let units = a.spilled?.unitHashes ?? a.unitTexts.map(ArticlePage.hash(unit:))
            return (h.value, l.value, units, search.value)
        }
        articles = perArticle.map(\.0)
        listed = perArticle.map(\.1)
        unitHashes = perArticle.map(\.2)
        searchItems = perArticle.map(\.3)
    }

    static func sortedUnique(_ ids: [String]) -> [String] {
        var ids = ids
        ids.sort()
        var last: String?
        ids.removeAll { id in
            defer { last = id }
            return id == last
        }
        return ids
    }

    static func add(entity id: String, graph: EntityGraph, to h: inout FNV64) {
        h.add(id)
        if let page = graph.pages[id] {
            h.add(page.entity.name)
            h.add(page.entity.kind.rawValue)
            h.add(page.route.file)
        } else {
            h.add("\u{0}" + (graph.names[id] ?? ""))
        }
    }

    /// The job's key in a manifest of earlier builds (stable when articles come and go).
    public static func key(_ job: SiteRenderer.Job, site: Site) -> String? {
        switch job {
        case .article(let i): return "article " + site.articles[i].route.file
        case .webAnnotations(let i): return "annotations " + site.articles[i].route.file
        case .entity(let id): return "entity " + id
        case .entityArticles(let id, let number): return "entity \(number) " + id
        case .entityFeed(let id): return "feed " + id
        case .home: return "home"
        case .searchIndex: return "search index"
        case .quotes: return "quotes"
        case .entityIndex(let kind): return "index " + kind.rawValue
        default: return nil
        }
    }

    /// The fingerprint of a job, or nil when it is always rendered.
    public func fingerprint(_ job: SiteRenderer.Job, site: Site) -> UInt64? {
        switch job {
        case .article(let i):
            var h = FNV64(seed: articles[i])
            h.add("article")
            let a = site.articles[i]
            for link in a.related {
                h.add(link.title)
                h.add(link.route?.file ?? "\u{0}")
                h.add(link.url ?? "\u{0}")
            }
            h.add("newer")
            if i > 0 { addTitle(of: i - 1, site: site, to: &h) }
            h.add("older")
            if i + 1 < site.articles.count { addTitle(of: i + 1, site: site, to: &h) }
            h.add("similar")
            for other in a.similar { addTitle(of: other, site: site, to: &h) }
            return h.value
        case .webAnnotations(let i):
            var h = FNV64(seed: articles[i])
            h.add("annotations")
            return h.value
        case .entity(let id):
            guard let page = site.graph.pages[id] else { return nil }
            // Of each article, what the page shows: its title, link and date, and the blocks its mentions are in
            // (an edit elsewhere in the article leaves the page as it was).
            var h = entityHash(page, tag: "entity", site: site)
            // The articles the page lists (the first page of them) and how many there are in all.
            h.add(UInt64(page.articles.count))
            h.add(UInt64(page.totalMentions))
            let shown = page.articles.prefix(site.settings.pageSize)
            for item in page.articles[SiteRenderer.articleRange(page, number: 1, perPage: site.settings.pageSize)] {
                h.add(listed[item.article])
                h.add(UInt64(item.mentions))
            }
            // The mentions it shows in context: the first few in each of the articles it shows them for, and how many
            // more each has. (Fields are read in place, without copying each mention and quote: this runs for every page.)
            var perArticle: [Int: Int] = [:]
            for item in shown { perArticle[item.article] = 0 }
            for j in page.mentions.indices {
                let article = page.mentions[j].article
                guard let seen = perArticle[article] else { continue }
                perArticle[article] = seen + 1
                guard seen < SiteRenderer.mentionsPerArticleShown else { continue }
                let unit = page.mentions[j].unit
                h.add(listed[article])
                h.add(page.mentions[j].anchor)
                h.add(page.mentions[j].text)
                h.add(UInt64(page.mentions[j].unitStart))
                h.add(UInt64(page.mentions[j].unitEnd))
                h.add(unitHashes[article].indices.contains(unit) ? unitHashes[article][unit] : 0)
            }
            for item in shown {
                h.add(UInt64(item.article))
                h.add(UInt64(perArticle[item.article] ?? 0))
            }
            for refs in [page.quotesBy, page.quotesMentioning] {
                h.add(UInt64(refs.count))
                for j in refs.indices {
                    h.add(listed[refs[j].article])
                    h.add(refs[j].quote.id)
                    h.add(refs[j].quote.text)
                    if let s = refs[j].quote.speakerID { Self.add(entity: s, graph: site.graph, to: &h) } else { h.add("\u{0}") }
                }
            }
            for list in [page.memberOf, page.entity.members] {
                h.add(UInt64(list.count))
                for other in list { Self.add(entity: other, graph: site.graph, to: &h) }
            }
            for m in page.memberMentions {
                Self.add(entity: m.id, graph: site.graph, to: &h)
                h.add(UInt64(m.mentions))
            }
            return h.value
        case .entityArticles(let id, let number):
            guard let page = site.graph.pages[id] else { return nil }
            var h = entityHash(page, tag: "articles", site: site)
            h.add(UInt64(number))
            h.add(UInt64(page.articles.count))
            for item in page.articles[SiteRenderer.articleRange(page, number: number, perPage: site.settings.pageSize)] {
                h.add(listed[item.article])
                h.add(UInt64(item.mentions))
            }
            return h.value
        case .entityFeed(let id):
            guard let page = site.graph.pages[id] else { return nil }
            var h = entityHash(page, tag: "feed", site: site)
            // Every article the feed may list (it shows the newest): their files and the entities they name.
            for item in page.articles { h.add(articles[item.article]) }
            return h.value
        case .searchIndex:
            // Every article's entry, then every entity's: what `SiteRenderer.searchIndex` writes.
            var h = FNV64(seed: global)
            h.add("search index")
            h.add(UInt64(searchItems.count))
            for item in searchItems { h.add(item) }
            for id in site.graph.pages.keys.sorted() {
                let p = site.graph.pages[id]!
                h.add(p.entity.kind.rawValue)
                h.add(id)
                h.add(p.entity.name)
                h.add(p.route.file)
                h.add(UInt64(p.entity.aliases.count + p.entity.adjectives.count))
                for a in p.entity.aliases + p.entity.adjectives { h.add(a) }
                h.add(UInt64(p.totalMentions))
            }
            return h.value
        case .home, .quotes, .entityIndex:
            // Pages that list the whole site: their context, hashed (building it is a small part of rendering).
            guard let context = renderer.listingContext(job, site: site) else { return nil }
            var h = FNV64(seed: global)
            h.add("listing")
            h.add(Self.key(job, site: site) ?? "")
            Self.add(context: context, to: &h)
            return h.value
        default:
            return nil
        }
    }

    /// A page context's values, dictionaries by sorted key, in a form no two different contexts share.
    static func add(context value: Any, to h: inout FNV64) {
        switch value {
        case let s as String:
            h.add("s")
            h.add(s)
        case let n as Int:
            h.add("i")
            h.add(UInt64(bitPattern: Int64(n)))
        case let b as Bool:
            h.add(b ? "t" : "f")
        case let d as [String: Any]:
            h.add("d")
            h.add(UInt64(d.count))
            for key in d.keys.sorted() {
                h.add(key)
                add(context: d[key]!, to: &h)
            }
        case let a as [Any]:
            h.add("a")
            h.add(UInt64(a.count))
            for item in a { add(context: item, to: &h) }
        default:
            h.add("?")
            h.add(String(describing: value))
        }
    }

    /// An article as a link to it shows it, with the page it links from being fixed.
    func addTitle(of i: Int, site: Site, to h: inout FNV64) {
        h.add(site.articles[i].title)
        h.add(site.articles[i].route.file)
    }

    /// Everything an entity's page or feed shows of the entity itself, after what every page shares.
    func entityHash(_ page: EntityPage, tag: String, site: Site) -> FNV64 {
        var h = FNV64(seed: global)
        h.add(tag)
        let e = page.entity
        h.add(e.id)
        h.add(page.route.file)
        h.add(e.name)
        h.add(e.kind.rawValue)
        h.add(e.code ?? "\u{0}")
        h.add(e.type ?? "\u{0}")
        h.add(e.started.map(String.init) ?? "\u{0}")
        h.add(e.description ?? "\u{0}")
        h.add(e.introduction ?? "\u{0}")
        for list in [e.aliases, e.adjectives] {
            h.add(UInt64(list.count))
            for s in list { h.add(s) }
        }
        h.add(UInt64(e.roles.count))
        for r in e.roles {
            h.add(r.title)
            h.add(r.from.map { "\($0)" } ?? "\u{0}")
            h.add(r.to.map { "\($0)" } ?? "\u{0}")
        }
        return h
    }
}
