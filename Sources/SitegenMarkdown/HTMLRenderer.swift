import Ccmark
import SitegenCore

#if canImport(Glibc)
import Glibc
#endif

/// What the article page needs besides cmark's plain HTML.
public struct HTMLOptions: Sendable, Hashable {
    /// Curly quotes, dashes and ellipses (CMARK_OPT_SMART).
    public var smartPunctuation = true
    /// `id`s on paragraphs and headings, so other pages can link to them.
    public var blockIDs = true
    /// ```` ```figure ```` blocks become `<figure>` with a caption and credit.
    public var figures = true
    /// A block quote ending in an attribution line ("— Name, title") becomes a pull-quote figure.
    public var pullQuotes = true
    /// Ids that must not be given to headings (the page template uses them).
    public var reservedIDs: Set<String> = []
    /// Raw HTML passes through (CMARK_OPT_UNSAFE). Internal on purpose: only the
    /// CommonMark conformance tests turn it on; sites never do.
    var allowRawHTML = false

    public init() {}

    /// Exactly cmark's own HTML: for conformance checks.
    public static var plain: HTMLOptions {
        var o = HTMLOptions()
        o.smartPunctuation = false
        o.blockIDs = false
        o.figures = false
        o.pullQuotes = false
        return o
    }
}

/// A place in the rendered body that can be linked to.
public struct BlockAnchor: Sendable, Hashable {
    public enum Kind: String, Sendable { case paragraph, heading, figure, pullQuote }
    public var id: String
    public var kind: Kind
    /// The text of a heading or figure caption ("" for paragraphs).
    public var text: String
    public var line: Int
    public var level: Int
}

public struct RenderedBody: Sendable, Hashable {
    public var html: String
    public var anchors: [BlockAnchor]
    /// Plain text of the first paragraph, for a summary when none is given.
    public var firstParagraph: String?
    /// Links written in the Markdown, with their lines, for link checking.
    public var links: [(url: String, line: Int, column: Int)] {
        get { linkList.map { ($0.url, $0.line, $0.column) } }
    }
    var linkList: [LinkRef]
    struct LinkRef: Sendable, Hashable { var url: String, line: Int, column: Int }

    public static func == (a: RenderedBody, b: RenderedBody) -> Bool {
        a.html == b.html && a.anchors == b.anchors && a.firstParagraph == b.firstParagraph && a.linkList == b.linkList
    }
    public func hash(into hasher: inout Hasher) { hasher.combine(html) }

    /// No body at all (a placeholder for an article that could not be read).
    public static let empty = RenderedBody(html: "", anchors: [], firstParagraph: nil, linkList: [])
}

/// Renders Markdown to HTML with cmark. Everything sitegen adds (ids, figures,
/// pull-quotes, later annotations) enters the tree as cmark custom nodes before
/// cmark renders it, so the HTML stays cmark's and stays safe.
public enum HTMLRenderer {
    public static func render(_ source: String, firstLine: Int = 1, options: HTMLOptions = HTMLOptions(), decorations: [Decoration] = []) -> RenderedBody {
        var cmarkOptions = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8
        if options.smartPunctuation { cmarkOptions |= CMARK_OPT_SMART }
        if options.allowRawHTML { cmarkOptions |= CMARK_OPT_UNSAFE }
        let tree: OpaquePointer = source.withCString { cmark_parse_document($0, strlen($0), cmarkOptions) }
        defer { cmark_node_free(tree) }

        if !decorations.isEmpty {
            Decorator(tree: tree, source: SourceLines(source), lineOffset: firstLine - 1).apply(decorations)
        }
        var rewriter = Rewriter(tree: tree, options: options, lineOffset: firstLine - 1)
        rewriter.run()

        guard let cString = cmark_render_html(tree, cmarkOptions) else {
            return RenderedBody(html: "", anchors: [], firstParagraph: nil, linkList: [])
        }
        defer { free(cString) }
        return RenderedBody(
            html: String(cString: cString), anchors: rewriter.anchors,
            firstParagraph: rewriter.firstParagraph, linkList: rewriter.links)
    }
}

/// Collects the nodes to change during one walk, then changes them: cmark
/// forbids editing the tree while an iterator is on it.
struct Rewriter {
    let tree: OpaquePointer
    let options: HTMLOptions
    let lineOffset: Int
    var anchors: [BlockAnchor] = []
    var firstParagraph: String?
    var links: [RenderedBody.LinkRef] = []
    var usedIDs: Set<String>

    init(tree: OpaquePointer, options: HTMLOptions, lineOffset: Int) {
        self.tree = tree
        self.options = options
        self.lineOffset = lineOffset
        self.usedIDs = options.reservedIDs
    }

    enum Edit {
        case paragraph(OpaquePointer, tight: Bool)
        case heading(OpaquePointer)
        case figure(OpaquePointer)
        case pullQuote(OpaquePointer, attribution: OpaquePointer)
    }

    mutating func run() {
        var edits: [Edit] = []
        let iterator = cmark_iter_new(tree)
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE, event == CMARK_EVENT_ENTER {
                let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                links.append(.init(url: url, line: Int(cmark_node_get_start_line(node)) + lineOffset, column: Int(cmark_node_get_start_column(node))))
            }
            guard event == CMARK_EVENT_EXIT || type == CMARK_NODE_CODE_BLOCK else { continue }
            switch type {
            case CMARK_NODE_PARAGRAPH:
                if firstParagraph == nil, !isInside(node, CMARK_NODE_BLOCK_QUOTE) {
                    firstParagraph = plainText(node)
                }
                if options.blockIDs { edits.append(.paragraph(node, tight: isTight(node))) }
            case CMARK_NODE_HEADING:
                if options.blockIDs { edits.append(.heading(node)) }
            case CMARK_NODE_CODE_BLOCK:
                if options.figures, let info = cmark_node_get_fence_info(node).map({ String(cString: $0) }),
                   info.split(separator: " ").first == "figure" {
                    edits.append(.figure(node))
                }
            case CMARK_NODE_BLOCK_QUOTE:
                if options.pullQuotes, let last = cmark_node_last_child(node), last != cmark_node_first_child(node),
                   cmark_node_get_type(last) == CMARK_NODE_PARAGRAPH, isAttribution(plainText(last)) {
                    edits.append(.pullQuote(node, attribution: last))
                }
            default:
                break
            }
        }
        cmark_iter_free(iterator)

        // A pull-quote's attribution line becomes its caption, not a paragraph.
        var attributions: Set<OpaquePointer> = []
        for case let .pullQuote(_, attribution) in edits { attributions.insert(attribution) }
        edits.removeAll { edit in
            if case let .paragraph(node, _) = edit { return attributions.contains(node) }
            return false
        }

        // Anchors are numbered in document order; edits were collected on EXIT,
        // which is document order for the blocks we touch except that a quote's
        // paragraphs close before the quote: number them by start line instead.
        let ordered = edits.enumerated().sorted { a, b in
            let la = startLine(a.element), lb = startLine(b.element)
            return la != lb ? la < lb : a.offset < b.offset
        }.map(\.element)
        var counters: [BlockAnchor.Kind: Int] = [:]
        func next(_ kind: BlockAnchor.Kind, _ prefix: String) -> String {
            counters[kind, default: 0] += 1
            var id = "\(prefix)\(counters[kind]!)"
            while usedIDs.contains(id) { id += "x" }
            usedIDs.insert(id)
            return id
        }
        for edit in ordered {
            switch edit {
            case let .paragraph(node, tight):
                let id = next(.paragraph, "p")
                // Paragraph texts are not kept: no page needs them, and they would double the body in memory.
                anchors.append(BlockAnchor(id: id, kind: .paragraph, text: "", line: line(node), level: 0))
                wrapInlines(of: node, open: tight ? "<span id=\"\(id)\">" : "<p id=\"\(id)\">", close: tight ? "</span>" : "</p>", keepBlock: tight)
            case let .heading(node):
                let text = plainText(node)
                let level = Int(cmark_node_get_heading_level(node))
                var id = Slug.make(text)
                if id.isEmpty || id.first!.isNumber || isGeneratedID(id) { id = "section-" + (id.isEmpty ? "\(anchors.count + 1)" : id) }
                var unique = id
                var n = 2
                while usedIDs.contains(unique) { unique = "\(id)-\(n)"; n += 1 }
                usedIDs.insert(unique)
                anchors.append(BlockAnchor(id: unique, kind: .heading, text: text, line: line(node), level: level))
                wrapInlines(of: node, open: "<h\(level) id=\"\(unique)\">", close: "</h\(level)>", keepBlock: false)
            case let .figure(node):
                let id = next(.figure, "fig")
                let text = makeFigure(node, id: id)
                anchors.append(BlockAnchor(id: id, kind: .figure, text: text, line: line(node), level: 0))
            case let .pullQuote(node, attribution):
                let id = next(.pullQuote, "pq")
                anchors.append(BlockAnchor(id: id, kind: .pullQuote, text: plainText(node), line: line(node), level: 0))
                makePullQuote(node, attribution: attribution, id: id)
            }
        }
    }

    func startLine(_ edit: Edit) -> Int {
        switch edit {
        case let .paragraph(n, _), let .heading(n), let .figure(n), let .pullQuote(n, _): return Int(cmark_node_get_start_line(n))
        }
    }

    func line(_ node: OpaquePointer) -> Int { Int(cmark_node_get_start_line(node)) + lineOffset }

    func isGeneratedID(_ id: String) -> Bool {
        if id.hasPrefix("e-") { return true }  // entity anchors of the page
        for prefix in ["p", "fig", "pq", "q"] where id.hasPrefix(prefix) {
            let rest = id.dropFirst(prefix.count)
            if !rest.isEmpty && rest.allSatisfy(\.isNumber) { return true }
        }
        return false
    }

    func isInside(_ node: OpaquePointer, _ type: cmark_node_type) -> Bool {
        var p = cmark_node_parent(node)
        while let parent = p {
            if cmark_node_get_type(parent) == type { return true }
            p = cmark_node_parent(parent)
        }
        return false
    }

    /// cmark prints a paragraph in a tight list item without `<p>`.
    func isTight(_ node: OpaquePointer) -> Bool {
        guard let item = cmark_node_parent(node), cmark_node_get_type(item) == CMARK_NODE_ITEM,
              let list = cmark_node_parent(item) else { return false }
        return cmark_node_get_list_tight(list) != 0
    }

    func isAttribution(_ text: String) -> Bool {
        for dash in ["— ", "– ", "-- ", "―", "—"] where text.hasPrefix(dash) {
            return text.count > dash.count + 1
        }
        return false
    }

    func plainText(_ node: OpaquePointer) -> String {
        var out = ""
        let iterator = cmark_iter_new(node)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let n = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(n) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK:
                out += cmark_node_get_literal(n).map { String(cString: $0) } ?? ""
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                out += " "
            default:
                break
            }
        }
        return out
    }

    /// Replaces a paragraph or heading by a custom block holding one custom
    /// inline that prints the element with its id around the same inline children.
    func wrapInlines(of node: OpaquePointer, open: String, close: String, keepBlock: Bool) {
        let inline = cmark_node_new(CMARK_NODE_CUSTOM_INLINE)!
        cmark_node_set_on_enter(inline, open)
        cmark_node_set_on_exit(inline, close)
        while let child = cmark_node_first_child(node) {
            cmark_node_unlink(child)
            cmark_node_append_child(inline, child)
        }
        if keepBlock {
            // Tight list paragraph: keep it (cmark prints no <p>), id on a span inside.
            cmark_node_append_child(node, inline)
            return
        }
        let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK)!
        cmark_node_set_on_enter(block, "")
        cmark_node_set_on_exit(block, "")
        cmark_node_append_child(block, inline)
        cmark_node_replace(node, block)
        cmark_node_free(node)
    }

    /// ```` ```figure ```` block: caption lines, then an optional `Credit: ...` line.
    func makeFigure(_ node: OpaquePointer, id: String) -> String {
        let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
        var lines = literal.split(separator: "\n", omittingEmptySubsequences: true).map { String($0) }
        var credit: String?
        if let last = lines.last, last.lowercased().hasPrefix("credit:") {
            credit = String(last.dropFirst("credit:".count)).trimming(" ")
            lines.removeLast()
        }
        let caption = lines.joined(separator: " ")
        let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK)!
        cmark_node_set_on_enter(block, "<figure class=\"figure\" id=\"\(id)\">")
        cmark_node_set_on_exit(block, "</figure>")
        let inline = cmark_node_new(CMARK_NODE_CUSTOM_INLINE)!
        cmark_node_set_on_enter(inline, "<figcaption>")
        cmark_node_set_on_exit(inline, "</figcaption>")
        let text = cmark_node_new(CMARK_NODE_TEXT)!
        cmark_node_set_literal(text, caption)
        cmark_node_append_child(inline, text)
        if let credit, !credit.isEmpty {
            let span = cmark_node_new(CMARK_NODE_CUSTOM_INLINE)!
            cmark_node_set_on_enter(span, " <span class=\"credit\">")
            cmark_node_set_on_exit(span, "</span>")
            let creditText = cmark_node_new(CMARK_NODE_TEXT)!
            cmark_node_set_literal(creditText, "(\(credit))")
            cmark_node_append_child(span, creditText)
            cmark_node_append_child(inline, span)
        }
        cmark_node_append_child(block, inline)
        cmark_node_replace(node, block)
        cmark_node_free(node)
        return caption + (credit.map { " (\($0))" } ?? "")
    }

    /// `> quote … > — Name, title` becomes
    /// `<figure class="pullquote"><blockquote>…</blockquote><figcaption>— Name, title</figcaption></figure>`.
    func makePullQuote(_ quote: OpaquePointer, attribution: OpaquePointer, id: String) {
        let figure = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK)!
        cmark_node_set_on_enter(figure, "<figure class=\"pullquote\" id=\"\(id)\">")
        cmark_node_set_on_exit(figure, "</figure>")
        cmark_node_insert_before(quote, figure)
        cmark_node_unlink(quote)
        cmark_node_append_child(figure, quote)
        // The attribution's inlines go straight into the caption (no <p>). The
        // attribution paragraph was excluded from the id pass, so it is still a paragraph.
        let caption = cmark_node_new(CMARK_NODE_CUSTOM_INLINE)!
        cmark_node_set_on_enter(caption, "<figcaption>")
        cmark_node_set_on_exit(caption, "</figcaption>")
        cmark_node_unlink(attribution)
        while let child = cmark_node_first_child(attribution) {
            cmark_node_unlink(child)
            cmark_node_append_child(caption, child)
        }
        cmark_node_free(attribution)
        cmark_node_append_child(figure, caption)
    }
}

extension RenderedBody {
    /// Appends the body in the cache's binary form.
    public func encode(into w: inout BinaryWriter) {
        w.string(html)
        w.int(anchors.count)
        for a in anchors {
            w.string(a.id); w.string(a.kind.rawValue); w.string(a.text); w.int(a.line); w.int(a.level)
        }
        w.optional(firstParagraph)
        w.int(linkList.count)
        for l in linkList {
            w.string(l.url); w.int(l.line); w.int(l.column)
        }
    }

    /// Reads what `encode(into:)` wrote; nil when it is damaged.
    public static func decode(from r: inout BinaryReader) -> RenderedBody? {
        guard let html = r.string(), let count = r.int(), count >= 0, count <= r.bytes.count else { return nil }
        var anchors: [BlockAnchor] = []
        for _ in 0..<count {
            guard let id = r.string(), let kindText = r.string(), let kind = BlockAnchor.Kind(rawValue: kindText), let text = r.string(),
                  let line = r.int(), let level = r.int() else { return nil }
            anchors.append(BlockAnchor(id: id, kind: kind, text: text, line: line, level: level))
        }
        guard let first = r.optional(), let links = r.int(), links >= 0, links <= r.bytes.count else { return nil }
        var linkList: [LinkRef] = []
        for _ in 0..<links {
            guard let url = r.string(), let line = r.int(), let column = r.int() else { return nil }
            linkList.append(LinkRef(url: url, line: line, column: column))
        }
        return RenderedBody(html: html, anchors: anchors, firstParagraph: first, linkList: linkList)
    }
}
