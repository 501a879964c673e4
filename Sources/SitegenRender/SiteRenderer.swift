import Mustache
import SitegenAnnotate
import SitegenCore
import SitegenLoad
import SitegenMarkdown
import SitegenModel

/// Turns the site model into output files with the theme's templates.
public struct SiteRenderer: Sendable {
    public var theme: Theme
    public var linker: Linker
    /// Absolute URL of the published site (ends in `/`), for canonical links.
    public var baseURL: String?
    /// The site's title as a slug, for identifiers that need no domain.
    var titleSlug = "sitegen"
    /// Atom entries already made in this build (see `atom`).
    let feedEntries = FeedEntries()

    public init(theme: Theme, linkStyle: LinkStyle, baseURL: String?) {
        self.theme = theme
        self.linker = Linker(style: linkStyle)
        self.baseURL = baseURL
    }

    public static let stylesheet = "assets/site.css"

    /// Renders the whole site in memory (tests and small sites); builds render job by job.
    public func render(_ site: Site) throws(SitegenError) -> [OutputFile] {
        var files: [OutputFile] = []
        for job in jobs(site) { files += try render(job, site: site) }
        return files
    }

    /// One independent piece of output: rendering one job needs only the site model,
    /// so jobs can run on every core and their files be written as soon as they are ready.
    public enum Job: Sendable, Hashable {
        case home, article(Int), entity(String), entityArticles(String, page: Int), entityIndex(EntityKind), quotes, search, searchIndex, notFound
        case siteFeed, entityFeed(String), webAnnotations(Int), robots, sitemap, assets
    }

    /// Every job of a site, in a fixed order.
    public func jobs(_ site: Site) -> [Job] {
        let ids = site.graph.pages.keys.sorted()
        var jobs: [Job] = [.home]
        jobs += site.articles.indices.map { .article($0) }
        jobs += ids.map { .entity($0) }
        for id in ids {
            let pages = Self.articlePageCount(site.graph.pages[id]!, perPage: site.settings.pageSize)
            if pages > 1 { jobs += (2...pages).map { .entityArticles(id, page: $0) } }
        }
        jobs += EntityKind.allCases.filter { site.graph.count(of: $0) > 0 }.map { .entityIndex($0) }
        jobs += [.quotes, .search, .searchIndex, .notFound, .siteFeed]
        jobs += ids.filter { !(site.graph.pages[$0]?.articles.isEmpty ?? true) }.map { .entityFeed($0) }
        jobs += site.articles.indices.map { .webAnnotations($0) }
        jobs += [.robots, .sitemap, .assets]
        return jobs
    }

    /// The files of one job.
    public func render(_ job: Job, site: Site) throws(SitegenError) -> [OutputFile] {
        var r = self
        r.titleSlug = site.titleSlug
        return try r.renderJob(job, site: site)
    }

    /// The context of a page that lists the whole site (home, quote index, entity indexes), before what
    /// every page adds: what the page is rendered from, and what `PageFingerprints` hashes instead.
    public func listingContext(_ job: Job, site: Site) -> [String: Any]? {
        var r = self
        r.titleSlug = site.titleSlug
        return r.listing(job, site: site)?.context
    }

    /// A listing page's template, route and context.
    func listing(_ job: Job, site: Site) -> (template: String, route: Route, context: [String: Any])? {
        switch job {
        case .home: return ("index", .home, homeContext(site))
        case .quotes: return ("quotes", .quotes, quotesContext(site))
        case .entityIndex(let kind): return ("entities", .entityIndex(kind), kindContext(kind, site.graph.pages(of: kind), site: site))
        default: return nil
        }
    }

    func renderJob(_ job: Job, site: Site) throws(SitegenError) -> [OutputFile] {
        if let (template, route, context) = listing(job, site: site) {
            return [try page(template, route: route, context: context, site: site)]
        }
        switch job {
        case .article(let index):
            let article = site.articles[index]
            let newer = index > 0 ? site.articles[index - 1] : nil
            let older = index + 1 < site.articles.count ? site.articles[index + 1] : nil
            return [try page("article", route: article.route, context: articleContext(article, newer: newer, older: older, site: site), site: site)]
        case .entity(let id):
            guard let page = site.graph.pages[id] else { return [] }
            return [try self.page("entity", route: page.route, context: entityContext(page, site: site), site: site)]
        case .entityArticles(let id, let n):
            guard let page = site.graph.pages[id], n >= 2, n <= Self.articlePageCount(page, perPage: site.settings.pageSize) else { return [] }
            return [try self.page("entity-articles", route: .entityArticles(id, page: n), context: entityArticlesContext(page, number: n, site: site), site: site)]
        case .search:
            return [try page("search", route: .search, context: [
                "title": "Search", "description": "Search the articles, places, people, organisations and initiatives of \(site.settings.title).",
                "kinds": EntityKind.allCases.filter { site.graph.count(of: $0) > 0 }.map { k in
                    ["kind": k.rawValue, "label": Self.kindTitles[k] ?? k.rawValue, "href": linker.href(from: .search, to: .entityIndex(k))]
                },
                "script": linker.asset(from: .search, "search/index.js"),
            ], site: site)]
        case .searchIndex:
            return searchIndex(site)
        case .notFound:
            return [try page("404", route: .notFound, context: ["title": "Page not found", "description": "This page does not exist."], site: site)]
        case .siteFeed:
            return [siteFeed(site)]
        case .entityFeed(let id):
            return entityFeed(id, site: site).map { [$0] } ?? []
        case .webAnnotations(let index):
            return [webAnnotations(site.articles[index], site: site)]
        case .robots:
            return [robots()]
        case .sitemap:
            // Every page a search engine should list: not the 404 or search pages.
            var routes: [Route] = [.home, .quotes]
            routes += site.articles.map(\.route)
            routes += site.graph.pages.values.map(\.route)
            for (id, page) in site.graph.pages {
                let count = Self.articlePageCount(page, perPage: site.settings.pageSize)
                if count > 1 { routes += (2...count).map { Route.entityArticles(id, page: $0) } }
            }
            routes += EntityKind.allCases.filter { site.graph.count(of: $0) > 0 }.map { .entityIndex($0) }
            return sitemap(routes, site: site).map { [$0] } ?? []
        case .assets:
            return theme.assets.map { asset in
                OutputFile(path: asset.path, text: asset.text, origin: theme.origins[asset.path] ?? asset.path)
            }
        case .home, .quotes, .entityIndex:
            return []  // made above, from `listing`
        }
    }

    func page(_ template: String, route: Route, context: [String: Any], site: Site) throws(SitegenError) -> OutputFile {
        var context = context
        context["site"] = [
            "title": site.settings.title,
            "description": site.settings.description,
            "language": site.settings.language,
        ]
        context["lang"] = site.settings.language
        var nav: [[String: Any]] = []
        for kind in [EntityKind.region, .country, .initiative, .person, .organization, .topic] where site.graph.count(of: kind) > 0 {
            nav.append(["label": Self.kindTitles[kind] ?? kind.rawValue, "href": url(.entityIndex(kind), from: route), "current": route == .entityIndex(kind)])
        }
        nav.append(["label": "Quotes", "href": url(.quotes, from: route), "current": route == .quotes])
        nav.append(["label": "Search", "href": url(.search, from: route), "current": route == .search])
        context["nav"] = nav
        context["home"] = url(.home, from: route)
        context["searchHref"] = url(.search, from: route)
        context["quotesHref"] = url(.quotes, from: route)
        context["siteFeed"] = baseURL.map { $0 + "feed.xml" } ?? linker.asset(from: route, "feed.xml")
        context["stylesheet"] = baseURL.map { $0 + Self.stylesheet } ?? linker.asset(from: route, Self.stylesheet)
        if let baseURL {
            var path = route.file
            if path == "index.html" { path = "" } else if path.hasSuffix("/index.html") { path = String(path.dropLast("index.html".count)) }
            context["canonical"] = baseURL + path
        }
        guard let html = theme.library.render(context, withTemplate: template) else {
            throw SitegenError("the theme has no \(template).mustache template", stage: .render)
        }
        return OutputFile(path: route.file, text: html, origin: theme.origins[template + ".mustache"] ?? template)
    }

    func homeContext(_ site: Site) -> [String: Any] {
        [
            "title": site.settings.title,
            "description": site.settings.description,
            "isHome": true,
            "articles": site.articles.map { article -> [String: Any] in
                var item = dateFields(article.source.frontMatter)
                item["title"] = article.title
                item["href"] = linker.href(from: .home, to: article.route)
                if !article.summary.isEmpty { item["summary"] = article.summary }
                if let byline = byline(article.source.frontMatter) { item["byline"] = byline }
                return item
            },
            "hasArticles": site.articles.isEmpty ? false : true,
            "waysIn": waysIn(site),
        ]
    }

    func articleContext(_ article: ArticlePage, newer: ArticlePage?, older: ArticlePage?, site: Site) -> [String: Any] {
        let fm = article.source.frontMatter
        var context = dateFields(fm)
        context["title"] = article.title
        context["description"] = article.summary
        context["summary"] = article.summary
        context["byline"] = byline(fm)
        if fm.source != nil || fm.sourceURL != nil {
            var source: [String: Any] = ["name": fm.source ?? fm.sourceURL ?? ""]
            if let url = fm.sourceURL { source["url"] = url }
            context["source"] = source
        }
        context["body"] = article.bodyHTML
        if !fm.tags.isEmpty {
            context["tags"] = fm.tags
            context["hasTags"] = true
        }
        let sections = article.body.anchors.filter { $0.kind == .heading && $0.level == 2 }
        context["sections"] = sections.map { ["title": $0.text, "href": "#" + $0.id] }
        if sections.count > 1 { context["hasSections"] = true }
        context["related"] = article.related.map { link -> [String: Any] in
            if let route = link.route {
                return ["title": link.title, "href": linker.href(from: article.route, to: route), "internal": true]
            }
            if let url = link.url { return ["title": link.title, "href": url, "external": true] }
            return ["title": link.title]
        }
        if !article.related.isEmpty { context["hasRelated"] = true }
        if let newer { context["newer"] = ["title": newer.title, "href": linker.href(from: article.route, to: newer.route)] }
        if let older { context["older"] = ["title": older.title, "href": linker.href(from: article.route, to: older.route)] }
        if newer != nil || older != nil { context["hasPager"] = true }
        if let panel = inThisArticle(article.annotations, from: article.route) { context["inThisArticle"] = panel }
        context["jsonLD"] = articleJSONLD(article, site: site)
        context["annotationsHref"] = "annotations.jsonld"
        if !article.similar.isEmpty {
            context["hasSimilar"] = true
            context["similar"] = article.similar.map { i -> [String: Any] in
                ["title": site.articles[i].title, "href": linker.href(from: article.route, to: site.articles[i].route)]
            }
        }
        return context
    }

    static let kindOrder: [(EntityKind, String)] = [
        (.person, "People"), (.organization, "Organisations"), (.country, "Countries"),
        (.region, "Regions and blocs"), (.initiative, "Initiatives"), (.topic, "Topics"),
    ]

    /// The "In this article" panel: entities by kind with their mention counts,
    /// quotes by speaker.
    func inThisArticle(_ a: ArticleAnnotations, from here: Route) -> [String: Any]? {
        guard !a.mentions.isEmpty || !a.quotes.isEmpty else { return nil }
        var counts: [String: Int] = [:]
        var firstMention: [String: Int] = [:]
        for (n, m) in a.mentions.enumerated() {
            counts[m.entityID, default: 0] += 1
            if firstMention[m.entityID] == nil { firstMention[m.entityID] = n }
        }
        var quotesBy: [String: [Quote]] = [:]
        for q in a.quotes { quotesBy[q.speakerID ?? "", default: []].append(q) }
        var kinds: [[String: Any]] = []
        for (kind, label) in Self.kindOrder {
            let entities = a.entities.filter { $0.kind == kind && (counts[$0.id] ?? 0) + (quotesBy[$0.id]?.count ?? 0) > 0 }
                .sorted { (counts[$0.id] ?? 0, -(firstMention[$0.id] ?? 0)) > (counts[$1.id] ?? 0, -(firstMention[$1.id] ?? 0)) }
            guard !entities.isEmpty else { continue }
            kinds.append([
                "label": label, "kind": kind.rawValue,
                "entities": entities.map { e -> [String: Any] in
                    var item: [String: Any] = [
                        "name": e.name, "anchor": AnnotationMarkup.anchorID(e.id), "count": counts[e.id] ?? 0,
                        "href": linker.href(from: here, to: .entity(e.id)),
                        "mentionsLabel": (counts[e.id] ?? 0) == 1 ? "mention" : "mentions",
                    ]
                    if let code = e.code { item["code"] = code }
                    return item
                },
            ])
        }
        var speakers: [[String: Any]] = []
        let speakerIDs = quotesBy.keys.filter { !$0.isEmpty }.sorted { (quotesBy[$0]!.count, $1) > (quotesBy[$1]!.count, $0) }
        for id in speakerIDs + (quotesBy[""] == nil ? [] : [""]) {
            let name = id.isEmpty ? "Unattributed" : (a.entity(id)?.name ?? id)
            speakers.append([
                "name": name, "anchor": id.isEmpty ? "" : AnnotationMarkup.anchorID(id), "hasAnchor": !id.isEmpty,
                "href": id.isEmpty ? "" : linker.href(from: here, to: .entity(id)),
                "count": quotesBy[id]!.count,
                "quotes": quotesBy[id]!.map { q in ["href": "#" + q.id, "excerpt": Self.excerpt(q.text)] },
            ])
        }
        var panel: [String: Any] = ["kinds": kinds]
        if !speakers.isEmpty {
            panel["speakers"] = speakers
            panel["hasSpeakers"] = true
        }
        return panel
    }

    static func excerpt(_ text: String, words: Int = 12) -> String {
        let text = displayQuote(text)
        let parts = text.split(separator: " ")
        return parts.count <= words ? text : parts.prefix(words).joined(separator: " ") + " …"
    }

    func dateFields(_ fm: FrontMatter) -> [String: Any] {
        var out: [String: Any] = [:]
        if let date = fm.date {
            out["date"] = ["iso": date.iso8601, "display": date.display]
        }
        if let updated = fm.updated, updated != fm.date {
            out["updated"] = ["iso": updated.iso8601, "display": updated.display]
        }
        return out
    }

    func byline(_ fm: FrontMatter) -> String? {
        switch fm.authors.count {
        case 0: return nil
        case 1: return fm.authors[0]
        default: return fm.authors.dropLast().joined(separator: ", ") + " and " + fm.authors.last!
        }
    }
}
