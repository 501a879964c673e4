import Foundation
import SitegenAnnotate
import SitegenCore
import SitegenLoad
import SitegenModel

/// Feeds, sitemap, robots.txt, the search index, structured data and Web
/// Annotation exports: how readers and machines find their way into the site.
extension SiteRenderer {
    /// The URL of a page: absolute when the site's base URL is known, else
    /// relative to `from`.
    func url(_ route: Route, from: Route, fragment: String? = nil) -> String {
        if let baseURL { return absolute(route) + (fragment.map { "#" + $0 } ?? "") }
        return linker.href(from: from, to: route, fragment: fragment)
    }

    func absolute(_ route: Route) -> String {
        var path = route.file
        if linker.style == .pretty {
            if path == "index.html" { path = "" } else if path.hasSuffix("/index.html") { path = String(path.dropLast("index.html".count)) }
        }
        return (baseURL ?? "") + path
    }

    /// A stable identifier for feeds and annotations that needs no domain.
    func siteID(_ path: String) -> String {
        if let baseURL { return baseURL + path }
        return "urn:sitegen:\(titleSlug):\(path)"
    }

    // MARK: Atom

    func siteFeed(_ site: Site) -> OutputFile {
        atom(route: Route(file: "feed.xml"), title: site.settings.title, subtitle: site.settings.description,
             articles: Array(site.articles.prefix(50)), site: site, selfPage: .home)
    }

    func entityFeed(_ id: String, site: Site) -> OutputFile? {
        guard let page = site.graph.pages[id], !page.articles.isEmpty else { return nil }
        // Indices are sorted, not the (large) article values; only the newest 50 are copied.
        let newest = page.articles.map(\.article).sorted { i, j in
            (site.articles[i].source.frontMatter.date?.epochSeconds ?? Int.min, site.articles[j].route.file)
                > (site.articles[j].source.frontMatter.date?.epochSeconds ?? Int.min, site.articles[i].route.file)
        }.prefix(50)
        return atom(route: Route.entityFeed(id), title: "\(page.entity.name) · \(site.settings.title)",
                    subtitle: "Articles mentioning \(page.entity.name)", articles: newest.map { site.articles[$0] }, site: site, selfPage: page.route)
    }

    func atom(route: Route, title: String, subtitle: String, articles: [ArticlePage], site: Site, selfPage: Route) -> OutputFile {
        // The feed's date is its newest article's, never the build time: same input, same bytes.
        let updated = articles.compactMap { $0.source.frontMatter.updated ?? $0.source.frontMatter.date }.max()?.iso8601Full ?? "1970-01-01T00:00:00Z"
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
        xml += "  <title>\(xmlEscape(title))</title>\n  <subtitle>\(xmlEscape(subtitle))</subtitle>\n"
        xml += "  <id>\(xmlEscape(siteID(route.file)))</id>\n  <updated>\(updated)</updated>\n"
        xml += "  <link rel=\"alternate\" type=\"text/html\" href=\"\(xmlEscape(url(selfPage, from: route)))\"/>\n"
        if baseURL != nil { xml += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"\(xmlEscape(absoluteFile(route)))\"/>\n" }
        xml += "  <generator>sitegen</generator>\n"
        // An article's entry is the same in every feed at the same depth (entity feeds all are):
        // made once per build and reused.
        let depth = route.file.utf8.filter { $0 == 0x2F }.count
        for a in articles {
            let fm = a.source.frontMatter
            let key = FeedEntries.Key(file: a.route.file, depth: depth, fallbackDate: (fm.updated ?? fm.date) == nil ? updated : "")
            if let entry = feedEntries.entry(key) {
                xml += entry
                continue
            }
            let date = (fm.updated ?? fm.date)?.iso8601Full ?? updated
            var entry = "  <entry>\n    <title>\(xmlEscape(a.title))</title>\n"
            entry += "    <link rel=\"alternate\" type=\"text/html\" href=\"\(xmlEscape(url(a.route, from: route)))\"/>\n"
            entry += "    <id>\(xmlEscape(siteID(a.route.file)))</id>\n    <updated>\(date)</updated>\n"
            if let published = fm.date { entry += "    <published>\(published.iso8601Full)</published>\n" }
            for author in fm.authors { entry += "    <author><name>\(xmlEscape(author))</name></author>\n" }
            if fm.authors.isEmpty { entry += "    <author><name>\(xmlEscape(fm.source ?? site.settings.title))</name></author>\n" }
            entry += "    <summary>\(xmlEscape(a.summary))</summary>\n"
            for e in Set(a.annotations.mentions.map(\.entityID)).sorted() {
                if let name = site.graph.pages[e]?.entity.name { entry += "    <category term=\"\(xmlEscape(e))\" label=\"\(xmlEscape(name))\"/>\n" }
            }
            entry += "  </entry>\n"
            feedEntries.store(key, entry)
            xml += entry
        }
        xml += "</feed>\n"
        return OutputFile(path: route.file, text: xml, origin: "feed")
    }

    func absoluteFile(_ route: Route) -> String { (baseURL ?? "") + route.file }

    func xmlEscape(_ s: String) -> String {
        // Most text needs nothing escaped or dropped.
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 || $0 == 0xEF }) { return s }
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                // Characters XML 1.0 forbids are dropped.
                if scalar.value < 0x20 && scalar != "\n" && scalar != "\t" && scalar != "\r" { continue }
                if scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    // MARK: Sitemap, robots, search

    /// Sitemaps need absolute URLs: written only when the base URL is known.
    func sitemap(_ routes: [Route], site: Site) -> OutputFile? {
        guard baseURL != nil else { return nil }
        var dates: [Route: String] = [:]
        for a in site.articles { if let d = a.source.frontMatter.updated ?? a.source.frontMatter.date { dates[a.route] = d.iso8601 } }
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for route in routes.sorted() {
            xml += "  <url><loc>\(xmlEscape(absolute(route)))</loc>"
            if let d = dates[route] { xml += "<lastmod>\(d)</lastmod>" }
            xml += "</url>\n"
        }
        xml += "</urlset>\n"
        return OutputFile(path: "sitemap.xml", text: xml, origin: "sitemap")
    }

    func robots() -> OutputFile {
        var text = "User-agent: *\nAllow: /\n"
        if let baseURL { text += "Sitemap: \(baseURL)sitemap.xml\n" }
        return OutputFile(path: "robots.txt", text: text, origin: "robots")
    }

    /// The search index as JSON, and the same data as a script so the search
    /// page also works opened from disk (browsers refuse fetch() on file://).
    func searchIndex(_ site: Site) -> [OutputFile] {
        let here = Route.search
        // Written straight into bytes (an entry per article adds up over a large site): the same
        // bytes a tree of `JSONValue`s would serialise to.
        var w = JSONWriter(capacity: 64 + 720 * site.articles.count + 160 * site.graph.pages.count)
        w.beginObject()
        w.key("items")
        w.beginArray()
        for a in site.articles {
            w.beginObject()
            w.field("kind", "article")
            w.field("title", a.title)
            w.field("url", linker.href(from: here, to: a.route))
            w.field("summary", a.summary)
            if let d = a.source.frontMatter.date { w.field("date", d.iso8601) }
            w.key("entities")
            w.beginArray()
            for id in Set(a.annotations.mentions.map(\.entityID)).sorted() { w.string(id) }
            w.endArray()
            w.endObject()
        }
        for id in site.graph.pages.keys.sorted() {
            let p = site.graph.pages[id]!
            w.beginObject()
            w.field("kind", p.entity.kind.rawValue)
            w.field("id", id)
            w.field("title", p.entity.name)
            w.field("url", linker.href(from: here, to: p.route))
            w.key("aliases")
            w.beginArray()
            for alias in p.entity.aliases + p.entity.adjectives { w.string(alias) }
            w.endArray()
            w.field("mentions", p.totalMentions)
            w.endObject()
        }
        w.endArray()
        w.endObject()
        let json = w.bytes
        return [
            OutputFile(path: "search/index.json", bytes: json + [0x0A], origin: "search index"),
            OutputFile(path: "search/index.js", bytes: Array("window.SITEGEN_SEARCH = ".utf8) + json + Array(";\n".utf8), origin: "search index"),
        ]
    }

    // MARK: Structured data

    static let schemaTypes: [EntityKind: String] = [
        .country: "Country", .region: "Place", .initiative: "Thing", .organization: "Organization", .person: "Person", .topic: "Thing",
    ]

    func entityJSONLD(_ page: EntityPage) -> String {
        var fields: [(String, JSONValue)] = [
            ("@context", .string("https://schema.org")), ("@type", .string(Self.schemaTypes[page.entity.kind] ?? "Thing")),
            ("name", .string(page.entity.name)), ("url", .string(url(page.route, from: page.route))),
        ]
        let alternates = page.entity.aliases.filter { $0 != page.entity.name }
        if !alternates.isEmpty { fields.append(("alternateName", .array(alternates.map { .string($0) }))) }
        if let d = page.entity.description { fields.append(("description", .string(d))) }
        return JSONValue.object(fields).serialized(pretty: false)
    }

    func articleJSONLD(_ a: ArticlePage, site: Site) -> String {
        let fm = a.source.frontMatter
        var article: [(String, JSONValue)] = [
            ("@type", .string("NewsArticle")), ("@id", .string(url(a.route, from: a.route, fragment: "article"))),
            ("headline", .string(a.title)), ("description", .string(a.summary)), ("url", .string(url(a.route, from: a.route))),
        ]
        if let d = fm.date { article.append(("datePublished", .string(d.iso8601))) }
        if let d = fm.updated { article.append(("dateModified", .string(d.iso8601))) }
        if !fm.authors.isEmpty { article.append(("author", .array(fm.authors.map { .object([("@type", .string("Person")), ("name", .string($0))]) }))) }
        if let source = fm.source { article.append(("publisher", .object([("@type", .string("Organization")), ("name", .string(source))]))) }
        if let u = fm.sourceURL { article.append(("isBasedOn", .string(u))) }
        let mentioned = Set(a.annotations.mentions.map(\.entityID)).sorted()
        article.append(("mentions", .array(mentioned.compactMap { id in
            guard let p = site.graph.pages[id] else { return nil }
            return .object([("@type", .string(Self.schemaTypes[p.entity.kind] ?? "Thing")), ("name", .string(p.entity.name)), ("url", .string(url(p.route, from: a.route)))])
        })))
        var graph: [JSONValue] = [.object(article)]
        for q in a.annotations.quotes {
            var quote: [(String, JSONValue)] = [
                ("@type", .string("Quotation")), ("@id", .string(url(a.route, from: a.route, fragment: q.id))), ("text", .string(q.text)),
                ("isPartOf", .object([("@id", .string(url(a.route, from: a.route, fragment: "article")))])),
            ]
            if let s = q.speakerID, let p = site.graph.pages[s] {
                quote.append(("creator", .object([("@type", .string(Self.schemaTypes[p.entity.kind] ?? "Thing")), ("name", .string(p.entity.name)), ("url", .string(url(p.route, from: a.route)))])))
            }
            graph.append(.object(quote))
        }
        return JSONValue.object([("@context", .string("https://schema.org")), ("@graph", .array(graph))]).serialized(pretty: false)
    }

    // MARK: W3C Web Annotation

    /// The JSON-LD prefix of the annotations' ids (a term the Web Annotation context does not define).
    static let annotationPrefix = "this"

    /// Every mention and quote of an article as a Web Annotation collection. The
    /// selectors address the article's Markdown source with LF line endings: text
    /// positions count Unicode code points from the start of that file.
    func webAnnotations(_ a: ArticlePage, site: Site) -> OutputFile {
        let route = Route(file: a.route.file.replacingOccurrences(of: "index.html", with: "annotations.jsonld"))
        let lines = LineIndex(body: a.sourceBody, firstLine: a.source.bodyFirstLine)
        let unitBytes = a.units.map { Array($0.utf8) }
        // The path inside the site, never the one typed on the command line (which may be absolute).
        let source = siteID(a.source.sitePath.isEmpty ? a.source.path : a.source.sitePath)
        // Written straight into bytes (a page of annotations per article adds up over a large site).
        var w = JSONWriter(capacity: 1024 + 640 * (a.annotations.mentions.count + a.annotations.quotes.count))
        func target(unit: Int, start: Int, end: Int, exact: String, line: Int, byteColumn: Int, endLine: Int, endByteColumn: Int) {
            let text = unitBytes.indices.contains(unit) ? unitBytes[unit] : []
            var lo = max(0, start - 160)
            while lo > 0 && lo < text.count && (text[lo] & 0xC0) == 0x80 { lo -= 1 }
            var hi = min(text.count, end + 160)
            while hi < text.count && (text[hi] & 0xC0) == 0x80 { hi += 1 }
            let prefix = start <= text.count && lo <= start ? String(String(decoding: text[lo..<start], as: UTF8.self).suffix(32)) : ""
            let suffix = end <= hi ? String(String(decoding: text[end..<hi], as: UTF8.self).prefix(32)) : ""
            let from = a.source.bodyCharacterOffset + lines.characterOffsetInBody(line: line, byteColumn: byteColumn)
            let to = a.source.bodyCharacterOffset + lines.characterOffsetInBody(line: endLine, byteColumn: endByteColumn)
            w.key("target")
            w.beginObject()
            w.field("source", source)
            w.key("selector")
            w.beginArray()
            w.beginObject()
            w.field("type", "TextQuoteSelector"); w.field("exact", exact); w.field("prefix", prefix); w.field("suffix", suffix)
            w.endObject()
            w.beginObject()
            w.field("type", "TextPositionSelector"); w.field("start", from); w.field("end", to)
            w.endObject()
            w.endArray()
            w.endObject()
        }
        let collectionID = siteID(route.file)
        let mentions = a.annotations.mentions.enumerated().filter { site.graph.pages[$0.element.entityID] != nil }
        let quotes = a.annotations.quotes.filter { !$0.parts.isEmpty }
        w.beginObject()
        // The Web Annotation context, then one prefix that stands for this collection's own IRI plus "#",
        // so an annotation's id is written "this:m1" rather than repeating the collection's id (a fifth of
        // the file on a long article); JSON-LD expands both to the same IRI.
        w.key("@context")
        w.beginArray()
        w.string("http://www.w3.org/ns/anno.jsonld")
        w.beginObject()
        w.field(Self.annotationPrefix, collectionID + "#")
        w.endObject()
        w.endArray()
        w.field("id", collectionID)
        w.field("type", "AnnotationCollection")
        w.field("label", "Annotations of \(a.title)")
        w.field("total", mentions.count + quotes.count)
        w.key("first")
        w.beginObject()
        w.field("type", "AnnotationPage")
        w.key("items")
        w.beginArray()
        // An entity named many times in the article: its link and label are made once.
        var bodies: [String: [UInt8]] = [:]
        for (n, m) in mentions {
            let p = site.graph.pages[m.entityID]!
            w.beginObject()
            w.field("id", Self.annotationPrefix + ":m\(n + 1)")
            w.field("type", "Annotation")
            w.field("motivation", "identifying")
            w.key("body")
            if let body = bodies[m.entityID] {
                w.raw(body)
            } else {
                var b = JSONWriter(capacity: 160)
                b.beginObject()
                b.field("type", "SpecificResource"); b.field("source", url(p.route, from: route)); b.field("purpose", "identifying")
                b.field("label", "\(p.entity.kind.rawValue): \(p.entity.name)")
                b.endObject()
                bodies[m.entityID] = b.bytes
                w.raw(b.bytes)
            }
            target(unit: m.unit, start: m.unitStart, end: m.unitEnd, exact: m.text,
                   line: m.sourceStart.line, byteColumn: m.sourceStart.column, endLine: m.sourceEnd.line, endByteColumn: m.sourceEnd.column)
            w.endObject()
        }
        for q in quotes {
            let part = q.parts[0]
            let last = q.parts[q.parts.count - 1]
            w.beginObject()
            w.field("id", Self.annotationPrefix + ":" + q.id)
            w.field("type", "Annotation")
            w.field("motivation", "highlighting")
            w.key("body")
            w.beginObject()
            if let s = q.speakerID, let p = site.graph.pages[s] {
                w.field("type", "SpecificResource"); w.field("source", url(p.route, from: route)); w.field("purpose", "identifying")
                w.field("label", "quote by \(p.entity.name)")
            } else {
                w.field("type", "TextualBody"); w.field("purpose", "describing"); w.field("value", "quote, speaker not named")
            }
            w.endObject()
            target(unit: part.unit, start: part.unitStart, end: part.unitEnd, exact: q.text,
                   line: part.sourceStart.line, byteColumn: part.sourceStart.column, endLine: last.sourceEnd.line, endByteColumn: last.sourceEnd.column)
            w.endObject()
        }
        w.endArray()
        w.endObject()
        w.endObject()
        var bytes = w.bytes
        bytes.append(0x0A)
        return OutputFile(path: route.file, bytes: bytes, origin: "web annotations")
    }
}

extension Route {
    public static func entityFeed(_ id: String) -> Route {
        Route(file: Route.entity(id).file.replacingOccurrences(of: "index.html", with: "feed.xml"))
    }
    public static let search = Route(file: "search/index.html")
    public static let notFound = Route(file: "404.html")
}

extension ArticleDate {
    /// RFC 3339 with a time, as Atom requires.
    var iso8601Full: String {
        var d = self
        d.hasTime = true
        if d.offsetMinutes == nil { d.offsetMinutes = 0 }
        return d.iso8601
    }
}

/// Feed entries made once per build, shared by the jobs rendering feeds on every core.
final class FeedEntries: @unchecked Sendable {
    struct Key: Hashable {
        var file: String
        var depth: Int
        var fallbackDate: String
    }
    private let lock = NSLock()
    private var entries: [Key: String] = [:]

    func entry(_ key: Key) -> String? { lock.withLock { entries[key] } }
    func store(_ key: Key, _ entry: String) { lock.withLock { entries[key] = entry } }
}
