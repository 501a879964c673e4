import Foundation
import SitegenAnnotate
import SitegenCore
import SitegenMarkdown
import SitegenModel

/// Pages per entity, per kind and for all quotes.
extension SiteRenderer {
    static let mentionsPerArticleShown = 8
    /// Quotes that mention an entity, newest first: a page about China stays readable (every
    /// quote is still on its speaker's page and in its article).
    static let quotesMentioningShown = 100
    /// Quotes per speaker on the quotes page; the speaker's own page has them all.
    static let quotesPerSpeakerShown = 10
    static let unattributedQuotesShown = 100

    static let kindTitles: [EntityKind: String] = [
        .country: "Countries", .region: "Regions and blocs", .initiative: "Initiatives",
        .organization: "Organisations", .person: "People", .topic: "Topics",
    ]

    func entityName(_ id: String, site: Site) -> String {
        site.graph.pages[id]?.entity.name ?? site.graph.names[id] ?? id
    }

    /// The forms of a list that are not another's inflection: one the same as an earlier one but for case and accents, or
    /// an earlier one of four letters or more with up to five more ("Kenianer", then "Kenianern", "Kenianerinnen"), is left out.
    static func distinctForms(_ forms: [String]) -> [String] {
        var kept: [String] = []
        var keys: [String] = []
        for form in forms {
            let key = form.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            if keys.contains(where: { $0 == key || ($0.count >= 4 && key.hasPrefix($0) && key.count - $0.count <= 5 && !key.dropFirst($0.count).contains(" ")) }) { continue }
            kept.append(form)
            keys.append(key)
        }
        return kept
    }

    func entityContext(_ page: EntityPage, site: Site) -> [String: Any] {
        let e = page.entity
        let here = page.route
        var context = entityHeader(e, from: here)
        context.merge([
            "mentionCount": page.totalMentions, "articleCount": page.articles.count,
            "countLine": "\(page.totalMentions) mention\(page.totalMentions == 1 ? "" : "s") in \(page.articles.count) article\(page.articles.count == 1 ? "" : "s")",
            "description": e.description ?? "\(e.name): \(e.kind.label) mentioned \(page.totalMentions) times in \(page.articles.count) articles.",
        ]) { _, new in new }
        context["jsonLD"] = entityJSONLD(page)
        if !page.articles.isEmpty { context["feed"] = "feed.xml" }
        if let intro = e.introduction {
            var options = HTMLOptions.plain
            options.smartPunctuation = true
            context["introduction"] = HTMLRenderer.render(intro, options: options).html
        }
        var facts: [[String: Any]] = []
        // (A former state of countries.yaml keeps the code ISO 3166-3 gave it when it ended: SU, YU ...)
        if let code = e.code { facts.append(["label": e.type == Entity.formerStateType ? "ISO 3166-3 code (former state)" : "ISO 3166-1 code", "value": code]) }
        if let type = e.type, type != "found in text" { facts.append(["label": "Type", "value": type]) }
        if let started = e.started { facts.append(["label": "Since", "value": String(started)]) }
        // (Not the demonyms in lower case, the inflections of Spanish and Portuguese ones such as "keniano, keniana,
        // kenianos ...": they are matched in the text, but listing them all would bury the names a reader looks for.)
        // (Nor the inflections of a capitalised one already listed: "Kenyan", not also "Kenyans", "Kényan", "Kényane".)
        let aliases = (Self.distinctForms(e.aliases) + Self.distinctForms(e.adjectives.filter { !($0.first?.isLowercase ?? false) })).filter { $0 != e.name }
        if !aliases.isEmpty { facts.append(["label": "Also written", "value": aliases.joined(separator: ", ")]) }
        if !e.roles.isEmpty {
            facts.append(["label": "Roles", "value": e.roles.map { r in
                r.title + (r.from.map { " (\($0)\(r.to.map { "–\($0)" } ?? "–"))" } ?? "")
            }.joined(separator: "; ")])
        }
        if e.type == "found in text" || (e.kind == .person && e.description == nil) {
            facts.append(["label": "Source", "value": "found in the text of the articles"])
        }
        if !facts.isEmpty { context["facts"] = facts }
        let links = { (ids: [String]) -> [[String: Any]] in
            ids.map { id -> [String: Any] in
                var item: [String: Any] = ["name": self.entityName(id, site: site)]
                if site.graph.pages[id] != nil { item["href"] = self.linker.href(from: here, to: .entity(id)) }
                return item
            }
        }
        if !page.memberOf.isEmpty {
            context["memberOf"] = links(page.memberOf)
            context["memberOfList"] = true
        }
        if !e.members.isEmpty {
            let withPages = e.members.filter { site.graph.pages[$0] != nil }
            context["members"] = links(e.members.sorted { entityName($0, site: site) < entityName($1, site: site) })
            context["memberCount"] = e.members.count
            context["memberList"] = true
            _ = withPages
        }
        if !page.memberMentions.isEmpty {
            context["memberMentions"] = page.memberMentions.map { m -> [String: Any] in
                ["name": entityName(m.id, site: site), "href": linker.href(from: here, to: .entity(m.id)), "count": m.mentions]
            }
            context["hasMemberMentions"] = true
        }
        if !page.articles.isEmpty { context["hasArticles"] = true }
        context["articles"] = articleRows(page, number: 1, from: here, site: site)
        if let pager = articlePager(page, number: 1, from: here, perPage: site.settings.pageSize) { context["pager"] = pager }
        // Every mention, in context: up to a few per article and a bounded number of
        // articles, so the page of an entity named everywhere stays readable and small.
        var grouped: [[String: Any]] = []
        var byArticle: [Int: [MentionInContext]] = [:]
        for m in page.mentions { byArticle[m.article, default: []].append(m) }
        for item in page.articles.prefix(site.settings.pageSize) {
            let a = site.articles[item.article]
            let all = byArticle[item.article] ?? []
            // Only the blocks the shown mentions are in are read (from the spill file on large sites).
            var blocks: [Int: [UInt8]?] = [:]
            let snippets = all.prefix(Self.mentionsPerArticleShown).map { m -> [String: Any] in
                if blocks[m.unit] == nil { blocks[m.unit] = .some(a.unitBytes(m.unit)) }
                let (before, after) = EntityGraph.context(of: m, unitBytes: blocks[m.unit]!)
                return ["before": before, "text": m.text, "after": after, "href": linker.href(from: here, to: a.route, fragment: m.anchor)]
            }
            var group: [String: Any] = ["title": a.title, "href": linker.href(from: here, to: a.route), "snippets": snippets]
            if all.count > snippets.count { group["more"] = "and \(all.count - snippets.count) more in this article" }
            grouped.append(group)
        }
        if page.articles.count > site.settings.pageSize {
            context["moreArticles"] = "Mentions in \(page.articles.count - site.settings.pageSize) more articles are not shown here; the further pages of articles list them all."
        }
        if !grouped.isEmpty {
            context["mentionGroups"] = grouped
            context["hasMentions"] = true
        }
        if !page.quotesBy.isEmpty {
            context["quotesBy"] = page.quotesBy.map { quoteRow($0, from: here, site: site) }
            context["hasQuotesBy"] = true
        }
        if !page.quotesMentioning.isEmpty {
            context["quotesMentioning"] = page.quotesMentioning.prefix(Self.quotesMentioningShown).map { quoteRow($0, from: here, site: site) }
            context["hasQuotesMentioning"] = true
            let more = page.quotesMentioning.count - Self.quotesMentioningShown
            if more > 0 { context["moreQuotesMentioning"] = "\(more) older quote\(more == 1 ? "" : "s") that mention \(e.name) are in the articles listed above." }
        }
        return context
    }

    // An entity's page lists the `site.settings.pageSize` articles that name it most (the newest first among
    // equals), with their mentions in context; further pages of the same length (`countries/cn/page/2/`) list the rest. No page
    // grows with the site, and an edit to one article re-renders the page that lists it, not a list of
    // every article naming China.

    /// The pages an entity's list of articles takes (at least one: the entity's own page).
    public static func articlePageCount(_ page: EntityPage, perPage: Int) -> Int {
        max(1, (page.articles.count + perPage - 1) / perPage)
    }

    /// The articles on page `number` of an entity's list (1 is the entity's own page).
    public static func articleRange(_ page: EntityPage, number: Int, perPage: Int) -> Range<Int> {
        let start = min(page.articles.count, (number - 1) * perPage)
        return start..<min(page.articles.count, start + perPage)
    }

    func articleRows(_ page: EntityPage, number: Int, from here: Route, site: Site) -> [[String: Any]] {
        page.articles[Self.articleRange(page, number: number, perPage: site.settings.pageSize)].map { item -> [String: Any] in
            // Fields are read in place: copying a whole article for its title costs a retain per field.
            var row: [String: Any] = ["title": site.articles[item.article].title, "href": linker.href(from: here, to: site.articles[item.article].route),
                                      "count": item.mentions, "mentionsLabel": item.mentions == 1 ? "mention" : "mentions"]
            if let d = site.articles[item.article].source.frontMatter.date { row["date"] = ["iso": d.iso8601, "display": d.display] }
            return row
        }
    }

    /// Links to the pages of an entity's list of articles, when there is more than one: the first,
    /// the last and the two either side of the current one, with gaps between.
    func articlePager(_ page: EntityPage, number: Int, from here: Route, perPage: Int) -> [String: Any]? {
        let count = Self.articlePageCount(page, perPage: perPage)
        guard count > 1 else { return nil }
        let id = page.entity.id
        let range = Self.articleRange(page, number: number, perPage: perPage)
        var numbers: [Int] = []
        for n in 1...count where n == 1 || n == count || abs(n - number) <= 2 { numbers.append(n) }
        var items: [[String: Any]] = []
        var last = 0
        for n in numbers {
            if n > last + 1 { items.append(["gap": true, "current": false]) }
            items.append(["gap": false, "number": n, "current": n == number, "href": linker.href(from: here, to: .entityArticles(id, page: n))])
            last = n
        }
        var pager: [String: Any] = [
            "range": "Articles \(range.lowerBound + 1)–\(range.upperBound) of \(page.articles.count), most mentions first",
            "label": "Pages of articles naming \(page.entity.name)",
            "pages": items,
        ]
        if number > 1 { pager["newer"] = linker.href(from: here, to: .entityArticles(id, page: number - 1)) }
        if number < count { pager["older"] = linker.href(from: here, to: .entityArticles(id, page: number + 1)) }
        return pager
    }

    /// Page 2 and on of an entity's list of articles.
    func entityArticlesContext(_ page: EntityPage, number: Int, site: Site) -> [String: Any] {
        let e = page.entity
        let here = Route.entityArticles(e.id, page: number)
        let range = Self.articleRange(page, number: number, perPage: site.settings.pageSize)
        var context = entityHeader(e, from: here)
        context.merge([
            "entityHref": linker.href(from: here, to: page.route),
            "number": number,
            "heading": "articles \(range.lowerBound + 1)–\(range.upperBound) of \(page.articles.count)",
            "description": "Articles that name \(e.name), \(range.lowerBound + 1) to \(range.upperBound) of \(page.articles.count), most mentions first.",
            "articles": articleRows(page, number: number, from: here, site: site),
            "feed": linker.href(from: here, to: .entityFeed(e.id)),
        ]) { _, new in new }
        if let pager = articlePager(page, number: number, from: here, perPage: site.settings.pageSize) { context["pager"] = pager }
        return context
    }

    /// What an entity's page and the further pages of its list both show of it: its name and kind, and the way to its kind's index.
    func entityHeader(_ e: Entity, from here: Route) -> [String: Any] {
        [
            "title": e.name, "kind": e.kind.rawValue, "kindLabel": e.kind.label,
            "kindTitle": Self.kindTitles[e.kind] ?? e.kind.rawValue,
            "kindHref": linker.href(from: here, to: .entityIndex(e.kind)),
        ]
    }

    func quoteRow(_ ref: QuoteRef, from here: Route, site: Site) -> [String: Any] {
        let route = site.articles[ref.article].route
        var row: [String: Any] = [
            "text": Self.displayQuote(ref.quote.text), "href": linker.href(from: here, to: route, fragment: ref.quote.id),
            "articleTitle": site.articles[ref.article].title, "articleHref": linker.href(from: here, to: route),
        ]
        if let speaker = ref.quote.speakerID {
            row["speaker"] = entityName(speaker, site: site)
            if site.graph.pages[speaker] != nil { row["speakerHref"] = linker.href(from: here, to: .entity(speaker)) }
        }
        return row
    }

    /// A quote as a list shows it: without the comma that led into "he said".
    static func displayQuote(_ text: String) -> String {
        var t = Substring(text)
        while let last = t.last, last == "," || last == " " { t.removeLast() }
        return String(t)
    }

    func kindContext(_ kind: EntityKind, _ pages: [EntityPage], site: Site) -> [String: Any] {
        let here = Route.entityIndex(kind)
        let title = Self.kindTitles[kind] ?? kind.rawValue
        return [
            "title": title, "kind": kind.rawValue,
            "description": "\(title) in the articles of \(site.settings.title), with how often each is mentioned.",
            "count": pages.count,
            "entities": pages.map { p -> [String: Any] in
                var row: [String: Any] = ["name": p.entity.name, "href": linker.href(from: here, to: p.route),
                                          "mentions": p.totalMentions, "articles": p.articles.count]
                if let code = p.entity.code { row["code"] = code }
                let members = p.memberMentions.reduce(0) { $0 + $1.mentions }
                if members > 0 { row["memberMentions"] = members }
                if !p.quotesBy.isEmpty { row["quotes"] = p.quotesBy.count }
                return row
            },
        ]
    }

    func quotesContext(_ site: Site) -> [String: Any] {
        let here = Route.quotes
        var bySpeaker: [String: [QuoteRef]] = [:]
        for i in site.articles.indices {
            for q in site.articles[i].annotations.quotes { bySpeaker[q.speakerID ?? "", default: []].append(QuoteRef(article: i, quote: q)) }
        }
        let order = bySpeaker.keys.filter { !$0.isEmpty }.sorted { a, b in
            bySpeaker[a]!.count != bySpeaker[b]!.count ? bySpeaker[a]!.count > bySpeaker[b]!.count : entityName(a, site: site) < entityName(b, site: site)
        } + (bySpeaker[""] == nil ? [] : [""])
        let total = bySpeaker.values.reduce(0) { $0 + $1.count }
        return [
            "title": "Quotes", "count": total,
            "description": "Every quote in \(site.settings.title), grouped by who said it.",
            "speakers": order.map { id -> [String: Any] in
                let all = bySpeaker[id]!
                let name = id.isEmpty ? "Speaker not named" : entityName(id, site: site)
                // The newest few per speaker (articles are newest first); the speaker's page has every one.
                let shown = id.isEmpty ? Self.unattributedQuotesShown : Self.quotesPerSpeakerShown
                var row: [String: Any] = [
                    "name": name,
                    "anchor": id.isEmpty ? "unattributed" : AnnotationMarkup.anchorID(id),
                    "count": all.count,
                    "quotes": all.prefix(shown).map { quoteRow($0, from: here, site: site) },
                ]
                let hasPage = !id.isEmpty && site.graph.pages[id] != nil
                if hasPage { row["href"] = linker.href(from: here, to: .entity(id)) }
                if all.count > shown {
                    row["more"] = hasPage ? "All \(all.count) quotes by \(name)" : "\(all.count - shown) older quotes are in their articles."
                    if hasPage { row["moreHref"] = linker.href(from: here, to: .entity(id)) }
                }
                return row
            },
        ]
    }

    /// Ways into the site for the home page: regions, initiatives and speakers with counts.
    func waysIn(_ site: Site) -> [[String: Any]] {
        var sections: [[String: Any]] = []
        for (kind, title) in [(EntityKind.region, "By region and bloc"), (.initiative, "By initiative"), (.country, "By country")] {
            let pages = (site.graph.order[kind] ?? []).prefix(12).compactMap { site.graph.pages[$0] }
            guard !pages.isEmpty else { continue }
            sections.append([
                "title": title, "allHref": linker.href(from: .home, to: .entityIndex(kind)), "allLabel": "All " + (Self.kindTitles[kind] ?? "").lowercased(),
                "items": pages.map { p in ["name": p.entity.name, "href": linker.href(from: .home, to: p.route), "count": p.totalMentions + p.memberMentions.reduce(0) { $0 + $1.mentions }] },
            ])
        }
        let speakers = site.graph.pages.values.filter { !$0.quotesBy.isEmpty }
            .sorted { $0.quotesBy.count != $1.quotesBy.count ? $0.quotesBy.count > $1.quotesBy.count : $0.entity.id < $1.entity.id }.prefix(12)
        if !speakers.isEmpty {
            sections.append([
                "title": "By speaker", "allHref": linker.href(from: .home, to: .quotes), "allLabel": "All quotes",
                "items": speakers.map { p in ["name": p.entity.name, "href": linker.href(from: .home, to: p.route), "count": p.quotesBy.count] },
            ])
        }
        return sections
    }
}
