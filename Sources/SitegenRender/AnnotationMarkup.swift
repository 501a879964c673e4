import SitegenAnnotate
import SitegenCore
import SitegenMarkdown

/// How annotations look on an article page: mentions are links with an
/// accessible name that says what they are, quotes are `<q>` with their speaker.
public enum AnnotationMarkup {
    /// The id of an entity's entry in the page's "In this article" panel.
    public static func anchorID(_ entityID: String) -> String {
        "e-" + String(entityID.map { $0 == "/" ? "-" : $0 })
    }

    /// `href` gives the link to an entity's page; mentions without one link to the panel.
    public static func decorations(_ a: ArticleAnnotations, href: ((String) -> String)? = nil) -> [Decoration] {
        // Each entity's link and escaped attributes once per article, not once per mention.
        var links: [String: String] = [:]
        let link = { (id: String) -> String in
            if let known = links[id] { return known }
            let made = escape(href?(id) ?? "#" + anchorID(id))
            links[id] = made
            return made
        }
        var byID: [String: Entity] = [:]
        for e in a.entities where byID[e.id] == nil { byID[e.id] = e }
        var out: [Decoration] = []
        out.reserveCapacity(a.mentions.count + a.quotes.count * 2)
        for m in a.mentions {
            guard let entity = byID[m.entityID] else { continue }
            let kind = entity.kind.rawValue
            let hidden = "<span class=\"visually-hidden\"> (\(escape(entity.kind.label))\(entity.name == m.text ? "" : ": " + escape(entity.name)))</span>"
            out.append(Decoration(
                startLine: m.sourceStart.line, startColumn: m.sourceStart.column, endLine: m.sourceEnd.line, endColumn: m.sourceEnd.column,
                open: "<a class=\"mention mention-\(kind)\" href=\"\(link(m.entityID))\" data-entity=\"\(escape(m.entityID))\">",
                close: hidden + "</a>",
                openInLink: "<span class=\"mention mention-\(kind)\" data-entity=\"\(escape(m.entityID))\">",
                closeInLink: hidden + "</span>",
                isLink: true))
        }
        // A quote known only from a pull-quote: its id goes on the pull-quote's words.
        for q in a.quotes where q.rule == "pull-quote" {
            guard let part = q.parts.first else { continue }
            out.append(Decoration(
                startLine: part.sourceStart.line, startColumn: part.sourceStart.column, endLine: part.sourceEnd.line, endColumn: part.sourceEnd.column,
                open: "<span class=\"quote\" id=\"\(q.id)\">", close: "</span>"))
        }
        for q in a.quotes where q.rule != "pull-quote" {
            let speaker = q.speakerID.flatMap { byID[$0] }
            for (n, part) in q.parts.enumerated() {
                let isFirst = n == 0, isLast = n == q.parts.count - 1
                var open = "<q class=\"quote\(isFirst ? "" : " quote-continued")\""
                open += isFirst ? " id=\"\(q.id)\"" : " data-quote=\"\(q.id)\""
                if let speaker { open += " data-speaker=\"\(escape(speaker.id))\"" }
                open += ">"
                // Inside a link the speaker's name cannot be a link of its own.
                var close = "</q>", closeInLink = "</q>"
                if isLast, let speaker {
                    let name = "<span class=\"visually-hidden\">quote by </span>\(escape(speaker.name))"
                    close += "<a class=\"quote-speaker\" href=\"\(link(speaker.id))\">\(name)</a>"
                    closeInLink += "<span class=\"quote-speaker\">\(name)</span>"
                }
                out.append(Decoration(
                    startLine: part.markedStart.line, startColumn: part.markedStart.column, endLine: part.markedEnd.line, endColumn: part.markedEnd.column,
                    open: open, close: close, openInLink: open, closeInLink: closeInLink))
            }
            for attribution in q.pullQuoteAttributions {
                out.append(Decoration(
                    startLine: attribution.sourceStart.line, startColumn: attribution.sourceStart.column,
                    endLine: attribution.sourceEnd.line, endColumn: attribution.sourceEnd.column,
                    open: "<a class=\"pullquote-source\" href=\"#\(q.id)\">",
                    close: "<span class=\"visually-hidden\"> (the quote in the text)</span></a>",
                    isLink: true))
            }
        }
        return out
    }

    static func escape(_ s: String) -> String { s.htmlEscaped }
}
