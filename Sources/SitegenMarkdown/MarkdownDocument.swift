import Ccmark
import SitegenCore

#if canImport(Glibc)
import Glibc
#endif

/// A span of source text. Lines and columns count from 1 in the *file* (the
/// body's offset in the file is added); 0 means cmark did not record it.
public struct SourceRange: Hashable, Sendable, CustomStringConvertible {
    public var startLine: Int, startColumn: Int, endLine: Int, endColumn: Int
    public init(startLine: Int, startColumn: Int, endLine: Int, endColumn: Int) {
        self.startLine = startLine
        self.startColumn = startColumn
        self.endLine = endLine
        self.endColumn = endColumn
    }
    public var description: String { "\(startLine):\(startColumn)-\(endLine):\(endColumn)" }
}

/// A parsed Markdown body as Swift values. The tree is stored flat (parents and
/// children are indices into `nodes`), so neither building nor freeing it
/// recurses, however deeply the input nests.
public struct MarkdownDocument: Sendable, Hashable {
    public enum Kind: String, Sendable {
        case document, blockQuote = "block_quote", list, item, codeBlock = "code_block", htmlBlock = "html_block"
        case customBlock = "custom_block", paragraph, heading, thematicBreak = "thematic_break"
        case text, softBreak = "softbreak", lineBreak = "linebreak", code, htmlInline = "html_inline"
        case customInline = "custom_inline", emph, strong, link, image
    }

    public struct Node: Sendable, Hashable {
        public var kind: Kind
        public var parent: Int?
        public var children: [Int] = []
        public var range: SourceRange
        /// Text of text, code, code block and HTML nodes.
        public var literal: String?
        /// Link and image destination and title, code-block info string.
        public var url: String?
        public var title: String?
        public var info: String?
        public var headingLevel: Int = 0
        public var depth: Int = 0
        /// For text nodes whose literal differs from the source bytes (smart
        /// punctuation, escapes, entities): the source offset of each literal byte,
        /// relative to the node's start column.
        var sourceOffsets: [Int]?
    }

    public var nodes: [Node]
    /// Added to the text's line numbers to give the file's.
    public var lineOffset: Int = 0

    public var root: Node { nodes[0] }

    /// Parses `source` (LF line endings) whose first line is line `firstLine` of its file.
    public static func parse(_ source: String, firstLine: Int = 1, smart: Bool = true) -> MarkdownDocument {
        var options = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8
        if smart { options |= CMARK_OPT_SMART }
        let tree: OpaquePointer = source.withCString { cmark_parse_document($0, strlen($0), options) }
        defer { cmark_node_free(tree) }
        return MarkdownDocument(converting: tree, lineOffset: firstLine - 1, source: SourceLines(source))
    }

    init(converting tree: OpaquePointer, lineOffset: Int, source: SourceLines? = nil) {
        self.lineOffset = lineOffset
        var nodes: [Node] = []
        var stack: [Int] = []
        let iterator = cmark_iter_new(tree)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let cNode = cmark_iter_get_node(iterator) else { continue }
            if event == CMARK_EVENT_EXIT {
                stack.removeLast()
                continue
            }
            let index = nodes.count
            var node = Node(kind: Self.kind(of: cNode), parent: stack.last, range: Self.range(of: cNode, lineOffset: lineOffset))
            node.depth = stack.count
            switch node.kind {
            case .text, .code, .htmlBlock, .htmlInline, .codeBlock:
                node.literal = cmark_node_get_literal(cNode).map { String(cString: $0) }
                if node.kind == .text, let source, let literal = node.literal {
                    let line = Int(cmark_node_get_start_line(cNode))
                    let slice = source.slice(line: line, startColumn: Int(cmark_node_get_start_column(cNode)), endColumn: Int(cmark_node_get_end_column(cNode)))
                    node.sourceOffsets = SourceAlignment.align(literal: Array(literal.utf8), source: slice)
                }
                if node.kind == .codeBlock { node.info = cmark_node_get_fence_info(cNode).map { String(cString: $0) } }
            case .link, .image:
                node.url = cmark_node_get_url(cNode).map { String(cString: $0) }
                node.title = cmark_node_get_title(cNode).map { String(cString: $0) }
            case .heading:
                node.headingLevel = Int(cmark_node_get_heading_level(cNode))
            default:
                break
            }
            if let parent = stack.last { nodes[parent].children.append(index) }
            nodes.append(node)
            // Leaves get only an ENTER event; containers are closed by EXIT.
            if Self.isContainer(node.kind) { stack.append(index) }
        }
        self.nodes = nodes
    }

    static func isContainer(_ kind: Kind) -> Bool {
        switch kind {
        case .text, .softBreak, .lineBreak, .code, .htmlInline, .codeBlock, .htmlBlock, .thematicBreak: return false
        default: return true
        }
    }

    static func range(of node: OpaquePointer, lineOffset: Int) -> SourceRange {
        let sl = Int(cmark_node_get_start_line(node)), el = Int(cmark_node_get_end_line(node))
        return SourceRange(
            startLine: sl == 0 ? 0 : sl + lineOffset, startColumn: Int(cmark_node_get_start_column(node)),
            endLine: el == 0 ? 0 : el + lineOffset, endColumn: Int(cmark_node_get_end_column(node)))
    }

    static func kind(of node: OpaquePointer) -> Kind {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_DOCUMENT: return .document
        case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
        case CMARK_NODE_LIST: return .list
        case CMARK_NODE_ITEM: return .item
        case CMARK_NODE_CODE_BLOCK: return .codeBlock
        case CMARK_NODE_HTML_BLOCK: return .htmlBlock
        case CMARK_NODE_CUSTOM_BLOCK: return .customBlock
        case CMARK_NODE_PARAGRAPH: return .paragraph
        case CMARK_NODE_HEADING: return .heading
        case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
        case CMARK_NODE_TEXT: return .text
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_CODE: return .code
        case CMARK_NODE_HTML_INLINE: return .htmlInline
        case CMARK_NODE_CUSTOM_INLINE: return .customInline
        case CMARK_NODE_EMPH: return .emph
        case CMARK_NODE_STRONG: return .strong
        case CMARK_NODE_LINK: return .link
        case CMARK_NODE_IMAGE: return .image
        default: return .customBlock
        }
    }

    /// The plain text under a node (text, code, breaks as spaces), iteratively.
    public func plainText(of index: Int) -> String {
        var out = ""
        var stack = [index]
        while let i = stack.popLast() {
            let node = nodes[i]
            switch node.kind {
            case .text, .code: out += node.literal ?? ""
            case .softBreak, .lineBreak: out += " "
            default: break
            }
            stack.append(contentsOf: node.children.reversed())
        }
        return out
    }

    /// A readable dump of the tree, one node a line, for tests and debugging.
    public func dump() -> String {
        var out = ""
        var stack = [0]
        while let i = stack.popLast() {
            let node = nodes[i]
            out += String(repeating: "  ", count: node.depth) + node.kind.rawValue + " @" + node.range.description
            if let literal = node.literal { out += " " + String(reflecting: literal) }
            if let url = node.url { out += " url=" + String(reflecting: url) }
            if node.kind == .heading { out += " level=\(node.headingLevel)" }
            if let info = node.info, !info.isEmpty { out += " info=" + String(reflecting: info) }
            out += "\n"
            stack.append(contentsOf: node.children.reversed())
        }
        return out
    }
}
