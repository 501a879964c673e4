import SitegenAnnotate
import SitegenMarkdown
import SitegenCore

extension Route {
    /// `countries/cn/index.html`, `people/wang-yi/index.html`, ...
    public static func entity(_ id: String) -> Route {
        let parts = id.split(separator: "/", maxSplits: 1)
        let kind = EntityKind(rawValue: String(parts.first ?? "")) ?? .topic
        return Route(file: "\(kind.plural)/\(parts.count > 1 ? String(parts[1]) : id)/index.html")
    }

    /// Page `n` of an entity's list of articles: the entity's own page for 1, then
    /// `countries/cn/page/2/index.html`, ... (the folders Hugo's paginated lists use).
    public static func entityArticles(_ id: String, page n: Int) -> Route {
        let first = Route.entity(id)
        return n <= 1 ? first : Route(file: String(first.file.dropLast("index.html".count)) + "page/\(n)/index.html")
    }

    public static func entityIndex(_ kind: EntityKind) -> Route { Route(file: "\(kind.plural)/index.html") }
    public static let quotes = Route(file: "quotes/index.html")
}

/// One mention as an entity page shows it: linked to its paragraph, with the
/// place of its words in the block, so the words around it can be shown
/// (`EntityGraph.context(of:units:)`) without keeping them in memory.
public struct MentionInContext: Sendable, Hashable {
    @Int32Stored public var article: Int  // index into Site.articles
    public var anchor: String  // paragraph id on the article page
    public var text: String
    @Int32Stored public var unit: Int
    @Int32Stored public var unitStart: Int
    @Int32Stored public var unitEnd: Int

    public init(article: Int, anchor: String, text: String, unit: Int, unitStart: Int, unitEnd: Int) {
        self.article = article
        self.anchor = anchor
        self.text = text
        self.unit = unit
        self.unitStart = unitStart
        self.unitEnd = unitEnd
    }
}

/// A quote as other pages list it.
public struct QuoteRef: Sendable, Hashable {
    public var article: Int
    public var quote: Quote
    public init(article: Int, quote: Quote) {
        self.article = article
        self.quote = quote
    }
}

/// Everything known about one entity across the site.
public struct EntityPage: Sendable {
    public var entity: Entity
    public var route: Route
    /// Article index -> number of mentions there, most mentioned first.
    public var articles: [(article: Int, mentions: Int)]
    public var mentions: [MentionInContext]
    public var quotesBy: [QuoteRef]
    public var quotesMentioning: [QuoteRef]
    /// For regions and blocs: member entity pages with their mention counts.
    public var memberMentions: [(id: String, mentions: Int)]
    /// Regions and blocs this entity belongs to that have pages.
    public var memberOf: [String]
    public var totalMentions: Int { mentions.count }
}

/// The cross-links of a site: an entity page for everything mentioned or quoted.
public struct EntityGraph: Sendable {
    public private(set) var pages: [String: EntityPage]
    /// Names of entities referred to without a page of their own (members of a bloc).
    public var names: [String: String] = [:]

    /// Entity ids of each kind, most mentioned first (members count for regions), then by id.
    public private(set) var order: [EntityKind: [String]] = [:]

    public init(pages: [String: EntityPage], names: [String: String] = [:]) {
        self.pages = pages
        self.names = names
        var order: [EntityKind: [(id: String, weight: Int)]] = [:]
        for page in pages.values {
            let weight = page.totalMentions + page.memberMentions.reduce(0) { $0 + $1.mentions }
            order[page.entity.kind, default: []].append((page.entity.id, weight))
        }
        self.order = order.mapValues { list in
            list.sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.id < $1.id }.map(\.id)
        }
    }

    public func pages(of kind: EntityKind) -> [EntityPage] {
        (order[kind] ?? []).compactMap { pages[$0] }
    }

    public func count(of kind: EntityKind) -> Int { order[kind]?.count ?? 0 }

    /// What a run of articles says of each entity, numbered as first met in the run.
    struct Partial {
        var number: [String: Int] = [:]
        var ids: [String] = []
        var known: [Entity?] = []
        var perArticle: [[(article: Int, mentions: Int)]] = []  // in article order
        var mentionsOf: [[MentionInContext]] = []
        var quotesByOf: [[QuoteRef]] = []
        var quotesMentioningOf: [[QuoteRef]] = []

        mutating func intern(_ id: String) -> Int {
            if let k = number[id] { return k }
            let k = ids.count
            number[id] = k
            ids.append(id)
            known.append(nil)
            perArticle.append([])
            mentionsOf.append([])
            quotesByOf.append([])
            quotesMentioningOf.append([])
            return k
        }
    }

    /// Builds the graph from the articles' annotations; `gazetteer` gives region membership.
    /// Runs of articles are read on every core and joined in article order (the graph is the same
    /// whatever the number of cores).
    public static func make(articles: [ArticlePage], gazetteer: Gazetteer?) -> EntityGraph {
        // Entity ids are numbered as they are first met, so the per-mention work indexes arrays
        // instead of hashing into nested dictionaries.
        let runs = Parallel.runs(count: articles.count, minimum: 512)
        let partials = Parallel.map(runs) { run in partial(articles: articles, range: run) }
        // Entities in the order first met, with each one's number in every run (or -1): the runs'
        // lists are joined per entity below, on every core, instead of one run after another.
        var number: [String: Int] = [:]
        var ids: [String] = []
        var known: [Entity?] = []
        var local: [[Int32]] = []
        for (r, p) in partials.enumerated() {
            for (j, id) in p.ids.enumerated() {
                let k: Int
                if let existing = number[id] {
                    k = existing
                } else {
                    k = ids.count
                    number[id] = k
                    ids.append(id)
                    known.append(nil)
                    local.append([Int32](repeating: -1, count: partials.count))
                }
                if known[k] == nil { known[k] = p.known[j] }
                local[k][r] = Int32(j)
            }
        }
        /// Each entity's list of `field` across the runs, in article order, in storage of exactly its size.
        func joined<T>(_ k: Int, _ field: (Partial) -> [[T]]) -> [T] {
            var count = 0
            for (r, j) in local[k].enumerated() where j >= 0 { count += field(partials[r])[Int(j)].count }
            var list: [T] = []
            list.reserveCapacity(count)
            for (r, j) in local[k].enumerated() where j >= 0 { list.append(contentsOf: field(partials[r])[Int(j)]) }
            return list
        }
        var entities: [String: Entity] = [:]
        for k in ids.indices { if let e = known[k] { entities[ids[k]] = e } }

        // Regions and blocs roll up their members: a region gets a page when it or a member is mentioned.
        // A region not named itself needs at least two of its members named; a bloc must be named
        // itself (two members named do not make an article about the Commonwealth, G77 or Comecon).
        var memberMentions: [String: [(String, Int)]] = [:]
        if let gazetteer {
            for k in ids.indices {
                var total = 0
                for (r, j) in local[k].enumerated() where j >= 0 {
                    for entry in partials[r].perArticle[Int(j)] { total += entry.mentions }
                }
                guard total > 0 else { continue }
                let memberID = ids[k]
                for region in gazetteer.memberOf[memberID] ?? [] {
                    memberMentions[region, default: []].append((memberID, total))
                }
            }
            for (region, members) in memberMentions where entities[region] == nil {
                if members.count >= 2, let e = gazetteer.entity(region), e.type != "bloc" { entities[region] = e }
            }
        }

        let made: [(id: String, page: EntityPage)] = Parallel.map(entities.sorted { $0.key < $1.key }) { id, entity in
            let k = number[id]
            let counts = k.map { joined($0, \.perArticle).sorted { $0.mentions != $1.mentions ? $0.mentions > $1.mentions : $0.article < $1.article } } ?? []
            return (id, EntityPage(
                entity: entity, route: .entity(id),
                articles: counts,
                mentions: k.map { joined($0, \.mentionsOf) } ?? [],
                quotesBy: k.map { joined($0, \.quotesByOf) } ?? [], quotesMentioning: k.map { joined($0, \.quotesMentioningOf) } ?? [],
                memberMentions: (memberMentions[id] ?? []).sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.map { (id: $0.0, mentions: $0.1) },
                memberOf: []))
        }
        var pages: [String: EntityPage] = [:]
        pages.reserveCapacity(made.count)
        for (id, page) in made { pages[id] = page }
        if let gazetteer {
            // Every region and bloc a country belongs to; those without a page are named, not linked.
            for id in Array(pages.keys) {
                pages[id]?.memberOf = (gazetteer.memberOf[id] ?? []).sorted()
            }
        }
        var names: [String: String] = [:]
        for page in pages.values {
            for other in page.entity.members + page.memberOf where pages[other] == nil {
                names[other] = gazetteer?.entity(other)?.name ?? other
            }
        }
        return EntityGraph(pages: pages, names: names)
    }

    static func partial(articles: [ArticlePage], range: Range<Int>) -> Partial {
        var p = Partial()
        for index in range {
            let a = articles[index].annotations
            // (Fields are read in place: copying whole mentions and entities costs more than the work.)
            for j in a.entities.indices {
                let k = p.intern(a.entities[j].id)
                if p.known[k] == nil { p.known[k] = a.entities[j] }
            }
            let anchors = articles[index].body.anchors
            let ordered = Self.isOrdered(anchors)
            for j in a.mentions.indices {
                let k = p.intern(a.mentions[j].entityID)
                if let last = p.perArticle[k].last, last.article == index {
                    p.perArticle[k][p.perArticle[k].count - 1].mentions += 1
                } else {
                    p.perArticle[k].append((index, 1))
                }
                p.mentionsOf[k].append(MentionInContext(
                    article: index, anchor: Self.anchor(for: a.mentions[j].unitLine, in: anchors, ordered: ordered), text: a.mentions[j].text,
                    unit: a.mentions[j].unit, unitStart: a.mentions[j].unitStart, unitEnd: a.mentions[j].unitEnd))
            }
            guard !a.quotes.isEmpty else { continue }
            // Mentions by unit, in text order, to find those inside each quote quickly.
            var byUnit: [Int: [Mention]] = [:]
            for m in a.mentions { byUnit[m.unit, default: []].append(m) }
            for key in byUnit.keys { byUnit[key]!.sort { $0.unitStart < $1.unitStart } }
            for q in a.quotes {
                if let speaker = q.speakerID { p.quotesByOf[p.intern(speaker)].append(QuoteRef(article: index, quote: q)) }
                var mentioned = Set<String>()
                for part in q.parts {
                    guard let list = byUnit[part.unit] else { continue }
                    var lo = 0, hi = list.count
                    while lo < hi {
                        let mid = (lo + hi) / 2
                        if list[mid].unitStart < part.unitStart { lo = mid + 1 } else { hi = mid }
                    }
                    while lo < list.count, list[lo].unitStart < part.unitEnd {
                        if list[lo].unitEnd <= part.unitEnd { mentioned.insert(list[lo].entityID) }
                        lo += 1
                    }
                }
                for id in mentioned.sorted() where id != q.speakerID { p.quotesMentioningOf[p.intern(id)].append(QuoteRef(article: index, quote: q)) }
            }
        }
        return p
    }

    /// The id of the paragraph (or heading, figure) that starts at or before a line.
    /// Of several at the same line, the last. Anchors come in document order, so their lines
    /// only grow (`ordered`): a binary search finds it (a linear walk, should they ever not).
    static func anchor(for line: Int, in anchors: [BlockAnchor], ordered: Bool? = nil) -> String {
        if ordered ?? isOrdered(anchors) {
            var lo = 0, hi = anchors.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if anchors[mid].line <= line { lo = mid + 1 } else { hi = mid }
            }
            return lo > 0 ? anchors[lo - 1].id : anchors.first?.id ?? "main"
        }
        var best: BlockAnchor?
        for a in anchors where a.line <= line && (best == nil || a.line >= best!.line) { best = a }
        return best?.id ?? anchors.first?.id ?? "main"
    }

    static func isOrdered(_ anchors: [BlockAnchor]) -> Bool {
        !zip(anchors, anchors.dropFirst()).contains { $0.line > $1.line }
    }

    /// The words before and after a mention, from its article's unit texts (`ArticlePage.units`).
    public static func context(of m: MentionInContext, units: [String]) -> (before: String, after: String) {
        context(of: m, unitBytes: units.indices.contains(m.unit) ? Array(units[m.unit].utf8) : nil)
    }

    /// The same, given the bytes of the mention's block (nil when the block is unknown).
    public static func context(of m: MentionInContext, unitBytes: [UInt8]?) -> (before: String, after: String) {
        context(unitBytes ?? Array(m.text.utf8), m.unitStart, m.unitEnd)
    }

    /// About eight words either side of a mention, cut at word boundaries.
    static func context(_ bytes: [UInt8], _ start: Int, _ end: Int, width: Int = 60) -> (String, String) {
        guard start <= end, end <= bytes.count else { return ("", "") }
        // Only a window around the mention is decoded (paragraphs can be megabytes).
        var from = max(0, start - width * 4)
        while from > 0 && from < bytes.count && (bytes[from] & 0xC0) == 0x80 { from -= 1 }
        var to = min(bytes.count, end + width * 4)
        while to < bytes.count && (bytes[to] & 0xC0) == 0x80 { to += 1 }
        var before = String(decoding: bytes[from..<start], as: UTF8.self)
        var after = String(decoding: bytes[end..<to], as: UTF8.self)
        if from > 0 { before = "…" + before }
        if to < bytes.count { after += "…" }
        if before.count > width {
            before = String(before.suffix(width))
            if let space = before.firstIndex(of: " ") { before = String(before[before.index(after: space)...]) }
            before = "…" + before
        }
        if after.count > width {
            after = String(after.prefix(width))
            if let space = after.lastIndex(of: " ") { after = String(after[..<space]) }
            after += "…"
        }
        if before.hasPrefix("……") { before.removeFirst() }
        if after.hasSuffix("……") { after.removeLast() }
        return (before, after)
    }
}
