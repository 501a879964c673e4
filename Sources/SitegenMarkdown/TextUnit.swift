/// The prose of one block (a paragraph, heading, caption ...) as a single string,
/// with a map from its bytes back to the file: what the annotator reads.
public struct TextUnit: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case paragraph, heading, blockQuote, pullQuote, attribution, caption
    }

    public struct Segment: Sendable, Hashable {
        /// Byte range in `text`.
        var textStart: Int, textEnd: Int
        /// File line and 1-based byte column of the segment's first byte.
        var line: Int, column: Int
        /// Per-byte source offsets from `column`, when not one to one.
        var offsets: [Int]?
    }

    public var kind: Kind
    public var text: String
    /// The block's first line in the file.
    public var line: Int
    /// Index of the block node in the document.
    public var block: Int
    /// For pull-quote paragraphs and attributions: the block quote's node index.
    public var quoteGroup: Int?
    var segments: [Segment]

    /// The file line and 1-based byte column of a byte offset of `text`.
    /// Offsets at a joint (a line break) map to the end of the earlier segment.
    public func sourcePosition(_ offset: Int) -> (line: Int, column: Int) {
        guard !segments.isEmpty else { return (line, 1) }
        // Binary search for the last segment starting at or before offset.
        var lo = 0, hi = segments.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if segments[mid].textStart <= offset { lo = mid } else { hi = mid - 1 }
        }
        var seg = segments[lo]
        if offset > seg.textEnd, lo + 1 < segments.count { seg = segments[lo + 1] }
        let within = max(0, min(offset, seg.textEnd) - seg.textStart)
        if let offsets = seg.offsets, within < offsets.count { return (seg.line, seg.column + offsets[within]) }
        return (seg.line, seg.column + within)
    }
}

extension MarkdownDocument {
    /// Every block of prose in document order.
    public func textUnits() -> [TextUnit] {
        var units: [TextUnit] = []
        for (index, node) in nodes.enumerated() {
            switch node.kind {
            case .paragraph, .heading:
                var kind: TextUnit.Kind = node.kind == .heading || isBoldSubheading(index) ? .heading : .paragraph
                var group: Int?
                if let quote = enclosingBlockQuote(index) {
                    kind = .blockQuote
                    if isPullQuote(quote) {
                        group = quote
                        kind = nodes[quote].children.last == index ? .attribution : .pullQuote
                    }
                }
                units.append(inlineUnit(block: index, kind: kind, group: group))
            case .codeBlock where (node.info ?? "").split(separator: " ").first == "figure":
                units.append(captionUnit(block: index))
            default:
                break
            }
        }
        return units
    }

    /// "**Nuclear Energy**": a short paragraph all in bold, with no sentence in it, is a subheading
    /// (as many outlets write them), read as one.
    func isBoldSubheading(_ index: Int) -> Bool {
        let node = nodes[index]
        guard node.kind == .paragraph, node.children.count == 1, nodes[node.children[0]].kind == .strong, enclosingBlockQuote(index) == nil else { return false }
        let text = plainText(of: index)
        // ("**\"No wish to rule\"**": a crosshead that is a few words quoted from the story, a heading, not a quote of its own.)
        if text.count > 2, let first = text.first, let last = text.last, first == "\"" && last == "\"" || first == "“" && last == "”",
           !text.dropFirst().dropLast().contains(where: { "\"“”".contains($0) }), text.split(separator: " ").count <= 6,
           !text.dropLast().contains(where: { ".!?,".contains($0) }) {
            return true
        }
        guard let last = text.last, !".!?:\"”’".contains(last), !text.contains("\""), !text.contains("“"),
              text.split(separator: " ").count <= 10 else { return false }
        return true
    }

    func enclosingBlockQuote(_ index: Int) -> Int? {
        var p = nodes[index].parent
        while let i = p {
            if nodes[i].kind == .blockQuote { return i }
            p = nodes[i].parent
        }
        return nil
    }

    /// A block quote whose last paragraph is an attribution line ("— Name, title").
    public func isPullQuote(_ quote: Int) -> Bool {
        let children = nodes[quote].children
        guard children.count >= 2, let last = children.last, nodes[last].kind == .paragraph else { return false }
        let text = plainText(of: last)
        for dash in ["—", "–", "--", "―"] where text.hasPrefix(dash) { return text.count > dash.count + 2 }
        return false
    }

    func inlineUnit(block: Int, kind: TextUnit.Kind, group: Int?) -> TextUnit {
        var text = ""
        var segments: [TextUnit.Segment] = []
        var stack = Array(nodes[block].children.reversed())
        while let i = stack.popLast() {
            let node = nodes[i]
            switch node.kind {
            case .text, .code:
                let literal = node.literal ?? ""
                let start = text.utf8.count
                text += literal
                let column = node.kind == .code ? node.range.startColumn + 1 : node.range.startColumn
                segments.append(.init(textStart: start, textEnd: text.utf8.count, line: node.range.startLine, column: column,
                                      offsets: node.kind == .code ? nil : node.sourceOffsets))
            case .softBreak, .lineBreak:
                text += " "
            default:
                stack.append(contentsOf: node.children.reversed())
            }
        }
        return TextUnit(kind: kind, text: text, line: nodes[block].range.startLine, block: block, quoteGroup: group, segments: segments)
    }

    /// A ```figure block: its caption lines (the credit line included) as prose.
    func captionUnit(block: Int) -> TextUnit {
        let node = nodes[block]
        var text = ""
        var segments: [TextUnit.Segment] = []
        let lines = (node.literal ?? "").split(separator: "\n", omittingEmptySubsequences: false)
        for (k, line) in lines.enumerated() where !line.isEmpty {
            if !text.isEmpty { text += " " }
            let start = text.utf8.count
            text += line
            segments.append(.init(textStart: start, textEnd: text.utf8.count, line: node.range.startLine + 1 + k, column: node.range.startColumn, offsets: nil))
        }
        return TextUnit(kind: .caption, text: text, line: node.range.startLine, block: block, quoteGroup: nil, segments: segments)
    }
}
