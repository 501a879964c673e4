import SitegenCore
import Yams

/// A link the article points readers to ("READ MORE: ..."). Without a URL it is
/// resolved by title to another article of the site when one exists.
public struct RelatedLink: Hashable, Sendable {
    public var title: String
    public var url: String?
    public init(title: String, url: String? = nil) {
        self.title = title
        self.url = url
    }
}

/// The typed front matter of an article. Every field is optional in the YAML;
/// validation happens when it is decoded.
public struct FrontMatter: Hashable, Sendable {
    public var title: String?
    public var date: ArticleDate?
    public var updated: ArticleDate?
    public var authors: [String] = []
    public var source: String?
    public var sourceURL: String?
    public var summary: String?
    public var tags: [String] = []
    public var related: [RelatedLink] = []
    public var slug: String?
    public var draft: Bool = false

    public init() {}

    public static let fields = [
        "title", "date", "updated", "author", "source", "source_url", "summary", "tags", "related", "slug", "draft",
    ]
}

/// Splits a file into its YAML front matter and Markdown body.
public struct FrontMatterSplit: Sendable {
    /// The YAML text between the fences, or nil when the file has no front matter.
    public var yaml: String?
    /// The line of the file on which the YAML text starts (the one after `---`).
    public var yamlFirstLine: Int
    public var body: String
    /// The line of the file on which `body` starts.
    public var bodyFirstLine: Int

    public static func split(_ text: String, path: String) throws(SitegenError) -> FrontMatterSplit {
        // Work on lines of the LF-normalised text.
        if text.hasPrefix("+++") {
            throw SitegenError(
                "TOML front matter (+++) is not supported; write YAML between --- lines",
                at: SourceLocation(path: path, line: 1, column: 1), stage: .load)
        }
        guard text.hasPrefix("---") else {
            return FrontMatterSplit(yaml: nil, yamlFirstLine: 0, body: text, bodyFirstLine: 1)
        }
        // Lines are found on the UTF-8 bytes (a fence is ASCII), and the YAML and the body are
        // cut out whole, not split into lines and joined again.
        let u = Array(text.utf8)
        func isFence(_ start: Int, _ end: Int, _ mark: UInt8) -> Bool {
            var e = end
            while e > start, u[e - 1] == 0x20 || u[e - 1] == 0x09 { e -= 1 }
            return e - start == 3 && u[start] == mark && u[start + 1] == mark && u[start + 2] == mark
        }
        let firstEnd = u.firstIndex(of: 0x0A) ?? u.count
        guard isFence(0, firstEnd, 0x2D) else {
            // "----" or "--- x" is Markdown (a thematic break or text), not a fence.
            return FrontMatterSplit(yaml: nil, yamlFirstLine: 0, body: text, bodyFirstLine: 1)
        }
        var lineStart = firstEnd + 1
        var line = 2
        while lineStart <= u.count, firstEnd < u.count {
            let lineEnd = u[lineStart...].firstIndex(of: 0x0A) ?? u.count
            if isFence(lineStart, lineEnd, 0x2D) || isFence(lineStart, lineEnd, 0x2E) {
                let yaml = lineStart - 1 > firstEnd + 1 ? String(decoding: u[(firstEnd + 1)..<(lineStart - 1)], as: UTF8.self) : ""
                let body = lineEnd < u.count ? String(decoding: u[(lineEnd + 1)...], as: UTF8.self) : ""
                return FrontMatterSplit(yaml: yaml, yamlFirstLine: 2, body: body, bodyFirstLine: line + 1)
            }
            if lineEnd == u.count { break }
            lineStart = lineEnd + 1
            line += 1
        }
        throw SitegenError(
            "front matter opened with --- is never closed (add a line with --- after the last field)",
            at: SourceLocation(path: path, line: 1, column: 1), stage: .load)
    }
}

extension Substring {
    var trimmingTrailingSpaces: Substring {
        var s = self
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return s
    }
}

/// Decodes YAML mappings (front matter, site settings, entity files) into typed
/// values, turning every problem into a `path:line:col` error counted in the file.
public struct YAMLFields {
    public let path: String
    /// Line of the file on which the YAML text starts.
    public let firstLine: Int
    public let mapping: Node.Mapping
    public private(set) var warnings: [SitegenWarning] = []

    /// Parses `yaml`; an empty document is an empty mapping.
    public init(yaml: String, path: String, firstLine: Int, what: String) throws(SitegenError) {
        self.path = path
        self.firstLine = firstLine
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml, .basic, .default, .utf8)  // UTF-8 named: Yams reads the whole environment to find its default. Scalars are read as text here; no tag guessing (it ran regular expressions on every value)
        } catch let error as YamlError {
            throw YAMLFields.convert(error, yaml: yaml, path: path, firstLine: firstLine, what: what)
        } catch {
            throw SitegenError("\(what) is not valid YAML: \(error)", at: SourceLocation(path: path, line: firstLine), stage: .load)
        }
        guard let node else {
            mapping = Node.Mapping([])
            return
        }
        guard let mapping = node.mapping else {
            let line = firstLine + (node.mark?.line ?? 1) - 1
            throw SitegenError(
                "\(what) must be a mapping of fields (key: value)", at: SourceLocation(path: path, line: line, column: node.mark?.column ?? 1), stage: .load)
        }
        self.mapping = mapping
    }

    static func convert(_ error: YamlError, yaml: String, path: String, firstLine: Int, what: String) -> SitegenError {
        func at(_ mark: Mark) -> SourceLocation {
            SourceLocation(path: path, line: firstLine + mark.line - 1, column: mark.column)
        }
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return SitegenError("\(what) is not valid YAML: \(problem)", at: at(mark), stage: .load)
        case let .duplicatedKeysInMapping(duplicates, context):
            let key = duplicates.sorted().first ?? "?"
            // Point at the second occurrence of a top-level key when it can be found.
            var seen = 0
            for (index, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where line.hasPrefix(key + ":") || line.hasPrefix("\"\(key)\":") || line.hasPrefix("'\(key)':") {
                seen += 1
                if seen == 2 {
                    return SitegenError("\(what) field \"\(key)\" is given twice", at: SourceLocation(path: path, line: firstLine + index, column: 1), stage: .load)
                }
            }
            return SitegenError("\(what) field \"\(key)\" is given twice", at: at(context.mark), stage: .load)
        case let .reader(problem, _, _, _):
            return SitegenError("\(what) cannot be read: \(problem)", at: SourceLocation(path: path, line: firstLine), stage: .load)
        default:
            return SitegenError("\(what) is not valid YAML: \(error)", at: SourceLocation(path: path, line: firstLine), stage: .load)
        }
    }

    public func location(of node: Node?) -> SourceLocation {
        guard let mark = node?.mark else { return SourceLocation(path: path, line: firstLine, column: 1) }
        return SourceLocation(path: path, line: firstLine + mark.line - 1, column: mark.column)
    }

    /// The keys in document order, with their nodes.
    public var keys: [(String, Node)] {
        mapping.compactMap { pair in pair.key.scalar.map { ($0.string, pair.key) } }
    }

    public func value(_ key: String) -> Node? { mapping[key] }

    /// Warns about keys not in `known` (a typo such as `titel` would otherwise be silently ignored).
    public mutating func warnUnknown(_ known: [String], what: String) {
        for (key, node) in keys where !known.contains(key) {
            warnings.append(SitegenWarning("unknown \(what) field \"\(key)\" is ignored", at: location(of: node)))
        }
    }

    public func string(_ key: String, what: String) throws(SitegenError) -> String? {
        guard let node = value(key), !node.isNull else { return nil }
        guard let scalar = node.scalar else {
            throw SitegenError("\(what) field \"\(key)\" must be text, not a \(node.kindName)", at: location(of: node), stage: .load)
        }
        return scalar.string
    }

    public func bool(_ key: String, what: String) throws(SitegenError) -> Bool? {
        guard let node = value(key), !node.isNull else { return nil }
        guard let scalar = node.scalar, let value = Bool.construct(from: scalar) else {
            throw SitegenError("\(what) field \"\(key)\" must be true or false", at: location(of: node), stage: .load)
        }
        return value
    }

    /// A list of text; a single text value is a list of one.
    public func strings(_ key: String, what: String) throws(SitegenError) -> [String] {
        guard let node = value(key), !node.isNull else { return [] }
        if let scalar = node.scalar { return [scalar.string] }
        guard let sequence = node.sequence else {
            throw SitegenError("\(what) field \"\(key)\" must be a list of text", at: location(of: node), stage: .load)
        }
        var out: [String] = []
        for item in sequence {
            guard let scalar = item.scalar else {
                throw SitegenError("\(what) field \"\(key)\" must be a list of text; this item is a \(item.kindName)", at: location(of: item), stage: .load)
            }
            out.append(scalar.string)
        }
        return out
    }

    public func date(_ key: String, what: String) throws(SitegenError) -> ArticleDate? {
        guard let text = try string(key, what: what) else { return nil }
        guard let date = ArticleDate(parsing: text) else {
            throw SitegenError(
                "\(what) field \"\(key)\" is not a date: \"\(text)\" (write YYYY-MM-DD, optionally with a time such as 2021-01-02T11:24:00+08:00)",
                at: location(of: value(key)), stage: .load)
        }
        return date
    }
}

extension Node {
    var isNull: Bool {
        if let scalar, scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) {
            return true
        }
        return false
    }

    var kindName: String {
        switch self {
        case .scalar: return "text"
        case .mapping: return "mapping"
        case .sequence: return "list"
        case .alias: return "alias"
        }
    }
}

/// URLs a reader may be sent to: http(s) and mailto, or paths within the site.
public enum SafeURL {
    public static func isAllowed(_ url: String) -> Bool {
        let trimmed = url.trimmingSpaces
        guard !trimmed.isEmpty, !trimmed.unicodeScalars.contains(where: { $0.value < 0x20 || $0 == " " || $0 == "\\" }) else { return false }
        if let colon = trimmed.firstIndex(of: ":") {
            let scheme = trimmed[..<colon]
            let slash = trimmed.firstIndex(of: "/") ?? trimmed.endIndex
            if colon < slash {
                return ["http", "https", "mailto"].contains(scheme.lowercased())
            }
        }
        return true
    }
}

extension FrontMatter {
    /// Decodes and validates front matter YAML.
    public static func decode(yaml: String, path: String, firstLine: Int) throws(SitegenError) -> (FrontMatter, [SitegenWarning]) {
        let what = "front matter"
        var fields = try YAMLFields(yaml: yaml, path: path, firstLine: firstLine, what: what)
        fields.warnUnknown(FrontMatter.fields, what: what)
        var fm = FrontMatter()
        fm.title = try fields.string("title", what: what)
        if let title = fm.title, title.trimmingSpaces.isEmpty {
            throw SitegenError("front matter field \"title\" is empty", at: fields.location(of: fields.value("title")), stage: .load)
        }
        fm.date = try fields.date("date", what: what)
        fm.updated = try fields.date("updated", what: what)
        fm.authors = try fields.strings("author", what: what)
        fm.source = try fields.string("source", what: what)
        fm.sourceURL = try fields.string("source_url", what: what)
        if let url = fm.sourceURL, !SafeURL.isAllowed(url) || !(url.hasPrefix("http://") || url.hasPrefix("https://")) {
            throw SitegenError("front matter field \"source_url\" must be an http:// or https:// URL", at: fields.location(of: fields.value("source_url")), stage: .load)
        }
        fm.summary = try fields.string("summary", what: what)
        fm.tags = try fields.strings("tags", what: what)
        fm.slug = try fields.string("slug", what: what)
        if let slug = fm.slug, !Slug.isValid(slug) {
            throw SitegenError(
                "front matter field \"slug\" must be lower-case letters, digits and single hyphens, at most \(Slug.maxLength) bytes (got \"\(slug)\"; try \"\(Slug.make(slug))\")",
                at: fields.location(of: fields.value("slug")), stage: .load)
        }
        fm.draft = try fields.bool("draft", what: what) ?? false
        fm.related = try relatedLinks(fields, what: what)
        return (fm, fields.warnings)
    }

    static func relatedLinks(_ fields: YAMLFields, what: String) throws(SitegenError) -> [RelatedLink] {
        guard let node = fields.value("related"), !node.isNull else { return [] }
        guard let sequence = node.sequence else {
            throw SitegenError("front matter field \"related\" must be a list of titles or {title, url} mappings", at: fields.location(of: node), stage: .load)
        }
        var links: [RelatedLink] = []
        for item in sequence {
            if let scalar = item.scalar {
                links.append(RelatedLink(title: scalar.string))
                continue
            }
            guard let mapping = item.mapping, let title = mapping["title"]?.scalar?.string else {
                throw SitegenError("each item of \"related\" must be a title or a mapping with a \"title\"", at: fields.location(of: item), stage: .load)
            }
            var link = RelatedLink(title: title)
            if let urlNode = mapping["url"], !urlNode.isNull {
                guard let url = urlNode.scalar?.string, SafeURL.isAllowed(url) else {
                    throw SitegenError("\"url\" of a related link must be an http(s) URL or a path in the site", at: fields.location(of: urlNode), stage: .load)
                }
                link.url = url
            }
            links.append(link)
        }
        return links
    }
}
