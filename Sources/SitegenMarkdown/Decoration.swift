import Ccmark

#if canImport(Glibc)
import Glibc
#endif

/// Markup to put around a span of the source text: an annotation on the page.
/// Positions are file lines and 1-based byte columns, the end exclusive.
public struct Decoration: Sendable, Hashable {
    public var startLine: Int, startColumn: Int
    public var endLine: Int, endColumn: Int
    public var open: String
    public var close: String
    /// Used instead when the span is inside a link (links cannot nest).
    public var openInLink: String?
    public var closeInLink: String?
    /// Makes a link itself: inner decorations use their in-link form.
    public var isLink: Bool

    public init(startLine: Int, startColumn: Int, endLine: Int, endColumn: Int, open: String, close: String,
                openInLink: String? = nil, closeInLink: String? = nil, isLink: Bool = false) {
        self.startLine = startLine
        self.startColumn = startColumn
        self.endLine = endLine
        self.endColumn = endColumn
        self.open = open
        self.close = close
        self.openInLink = openInLink
        self.closeInLink = closeInLink
        self.isLink = isLink
    }
}

/// Applies decorations to a cmark tree: splits text nodes at the decorations'
/// edges and wraps the covered nodes in custom inline nodes.
struct Decorator {
    let tree: OpaquePointer
    let source: SourceLines
    let lineOffset: Int

    struct TextNode {
        var node: OpaquePointer
        var line: Int  // body line
        var startColumn: Int
        var literal: [UInt8]
        var map: [Int]?  // source offset (from startColumn) of each literal byte, nil = identity
    }

    func textNodes() -> [TextNode] {
        var out: [TextNode] = []
        let iterator = cmark_iter_new(tree)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator), cmark_node_get_type(node) == CMARK_NODE_TEXT else { continue }
            let line = Int(cmark_node_get_start_line(node))
            guard line > 0 else { continue }
            let start = Int(cmark_node_get_start_column(node)), end = Int(cmark_node_get_end_column(node))
            let literal = Array(String(cString: cmark_node_get_literal(node)).utf8)
            let map = SourceAlignment.align(literal: literal, source: source.slice(line: line, startColumn: start, endColumn: end))
            out.append(TextNode(node: node, line: line, startColumn: start, literal: literal, map: map))
        }
        return out
    }

    /// The literal offset in `t` where source column `column` begins (for starts)
    /// or ends (for ends, exclusive), or nil when the column is outside the node.
    func literalOffset(_ t: TextNode, column: Int, isEnd: Bool) -> Int? {
        let rel = column - t.startColumn
        let sourceLength = t.map.map { $0.last ?? 0 } ?? t.literal.count
        if isEnd {
            guard rel > 0, rel <= sourceLength else { return nil }
        } else {
            guard rel >= 0, rel < sourceLength else { return nil }
        }
        guard let map = t.map else { return rel }
        // First literal byte whose source offset is >= rel (the map only grows).
        var lo = 0, hi = t.literal.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if map[mid] < rel { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    func apply(_ decorations: [Decoration]) {
        guard !decorations.isEmpty else { return }
        var nodes = textNodes()
        var byLine: [Int: [Int]] = [:]
        for (i, t) in nodes.enumerated() { byLine[t.line, default: []].append(i) }

        // Where each decoration starts and ends: (text node index, literal offset).
        struct Edge { var node: Int; var offset: Int }
        var edges: [(Edge, Edge)?] = []
        var cuts: [Int: Set<Int>] = [:]
        for d in decorations {
            let sl = d.startLine - lineOffset, el = d.endLine - lineOffset
            let start = byLine[sl]?.lazy.compactMap { i in literalOffset(nodes[i], column: d.startColumn, isEnd: false).map { Edge(node: i, offset: $0) } }.first
            let end = byLine[el]?.lazy.compactMap { i in literalOffset(nodes[i], column: d.endColumn, isEnd: true).map { Edge(node: i, offset: $0) } }.first
            guard let start, let end, (start.node, start.offset) < (end.node, end.offset) else { edges.append(nil); continue }
            edges.append((start, end))
            cuts[start.node, default: []].insert(start.offset)
            cuts[end.node, default: []].insert(end.offset)
        }

        // Split text nodes at every cut; remember the piece starting/ending at each cut.
        var pieceStarting: [Int: [Int: OpaquePointer]] = [:]
        var pieceEnding: [Int: [Int: OpaquePointer]] = [:]
        for (index, offsets) in cuts {
            let t = nodes[index]
            var bounds = Array(offsets.filter { $0 > 0 && $0 < t.literal.count }).sorted()
            bounds.insert(0, at: 0)
            bounds.append(t.literal.count)
            var previous: OpaquePointer?
            for k in 0..<(bounds.count - 1) {
                let a = bounds[k], b = bounds[k + 1]
                let piece: OpaquePointer
                if k == 0 {
                    piece = t.node
                } else {
                    piece = cmark_node_new(CMARK_NODE_TEXT)!
                    cmark_node_insert_after(previous!, piece)
                }
                String(decoding: t.literal[a..<b], as: UTF8.self).withCString { _ = cmark_node_set_literal(piece, $0) }
                pieceStarting[index, default: [:]][a] = piece
                pieceEnding[index, default: [:]][b] = piece
                previous = piece
            }
            nodes[index].node = t.node
        }

        // Wrap, outer decorations first.
        let order = decorations.indices.filter { edges[$0] != nil }.sorted { a, b in
            let (sa, ea) = edges[a]!, (sb, eb) = edges[b]!
            if (sa.node, sa.offset) != (sb.node, sb.offset) { return (sa.node, sa.offset) < (sb.node, sb.offset) }
            if (ea.node, ea.offset) != (eb.node, eb.offset) { return (ea.node, ea.offset) > (eb.node, eb.offset) }
            return a < b
        }
        var linkWrappers = Set<OpaquePointer>()
        for i in order {
            let (s, e) = edges[i]!
            guard let first = pieceStarting[s.node]?[s.offset], let last = pieceEnding[e.node]?[e.offset] else { continue }
            wrap(first, last, decorations[i], linkWrappers: &linkWrappers)
        }
    }

    func ancestors(_ node: OpaquePointer) -> [OpaquePointer] {
        var out: [OpaquePointer] = [node]
        var p = cmark_node_parent(node)
        while let n = p {
            out.append(n)
            p = cmark_node_parent(n)
        }
        return out
    }

    func wrap(_ first: OpaquePointer, _ last: OpaquePointer, _ d: Decoration, linkWrappers: inout Set<OpaquePointer>) {
        let a = ancestors(first), b = ancestors(last)
        let bSet = Set(b)
        guard let lcaIndex = a.firstIndex(where: { bSet.contains($0) }) else { return }
        let lca = a[lcaIndex]
        // Only within one block of inline content.
        let lcaType = cmark_node_get_type(lca)
        guard lcaType != CMARK_NODE_DOCUMENT, lcaType != CMARK_NODE_BLOCK_QUOTE, lcaType != CMARK_NODE_LIST, lcaType != CMARK_NODE_ITEM else { return }
        var from = first, to = last
        if lcaIndex > 0 { from = a[lcaIndex - 1] }
        if let k = b.firstIndex(of: lca), k > 0 { to = b[k - 1] }
        if first == last { from = first; to = last }
        let insideLink = a.contains { cmark_node_get_type($0) == CMARK_NODE_LINK || linkWrappers.contains($0) }
        let open = insideLink ? (d.openInLink ?? d.open) : d.open
        let close = insideLink ? (d.closeInLink ?? d.close) : d.close
        let wrapper = cmark_node_new(CMARK_NODE_CUSTOM_INLINE)!
        cmark_node_set_on_enter(wrapper, open)
        cmark_node_set_on_exit(wrapper, close)
        cmark_node_insert_before(from, wrapper)
        var current: OpaquePointer? = from
        while let node = current {
            let next = cmark_node_next(node)
            cmark_node_unlink(node)
            cmark_node_append_child(wrapper, node)
            if node == to { break }
            current = next
        }
        if d.isLink && !insideLink { linkWrappers.insert(wrapper) }
    }
}
