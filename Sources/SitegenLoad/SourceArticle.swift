import SitegenCore

/// An article as read from `content/`: its front matter and Markdown body, with
/// enough position information to report errors in the file's own lines.
public struct SourceArticle: Hashable, Sendable {
    /// Path relative to the site root, with `/` separators (`content/2021-01-02-x.md`).
    public var path: String
    public var slug: String
    public var title: String
    public var frontMatter: FrontMatter
    /// The Markdown body, LF line endings, no BOM.
    public var body: String
    /// The line of the file on which `body` starts.
    public var bodyFirstLine: Int
    /// Byte offset in the file of each line (see `SourceText.fileLineStarts`).
    public var fileLineStarts: [Int] = []
    /// Characters (Unicode scalars) of the LF-normalised file before the body.
    public var bodyCharacterOffset: Int = 0
    /// The file's path inside the site folder (`content/...`), the same however the
    /// site folder was named on the command line; set by the loader ("" otherwise).
    public var sitePath: String = ""
    /// A hash of the file's text: with its path, what every page made from the
    /// article depends on (see the renderer's page fingerprints).
    public var contentHash: UInt64 = 0
    /// The body was not read: the article came from the last build's reading of an unchanged file
    /// (see `ContentIndex`), and `ContentLoader.body(of:root:)` reads it when it is needed.
    public var bodyDeferred = false

    public init(path: String, slug: String, title: String, frontMatter: FrontMatter, body: String, bodyFirstLine: Int) {
        self.path = path
        self.slug = slug
        self.title = title
        self.frontMatter = frontMatter
        self.body = body
        self.bodyFirstLine = bodyFirstLine
    }

    /// Reads an article from the bytes of its file. `fileName` is the last path
    /// component, from which the slug is derived when front matter gives none.
    public static func parse(bytes: [UInt8], path: String) throws(SitegenError) -> (SourceArticle, [SitegenWarning]) {
        let source = SourceText(bytes: bytes, path: path)
        var warnings = source.warnings
        let split = try FrontMatterSplit.split(source.text, path: path)
        var frontMatter = FrontMatter()
        if let yaml = split.yaml {
            let (decoded, fieldWarnings) = try FrontMatter.decode(yaml: yaml, path: path, firstLine: split.yamlFirstLine)
            frontMatter = decoded
            warnings += fieldWarnings
        }
        var body = split.body
        var title = frontMatter.title
        if title == nil, let (heading, lineIndex) = leadingHeading(body) {
            title = heading
            // Drop the heading (the page prints the title) but keep the line count.
            var lines = body.split(separator: "\n", omittingEmptySubsequences: false)
            lines[lineIndex] = ""
            body = lines.joined(separator: "\n")
        }
        guard let title else {
            let what = split.yaml == nil ? "the article has no title: add front matter with a \"title\" field, or start it with a \"# Heading\"" : "front matter has no \"title\" field"
            throw SitegenError(what, at: SourceLocation(path: path, line: 1, column: 1), stage: .load)
        }
        let fileName = path.split(separator: "/").last.map(String.init) ?? path
        let slug: String
        if let given = frontMatter.slug {
            slug = given
        } else {
            slug = Slug.make(slugBase(fileName: fileName))
            guard !slug.isEmpty else {
                throw SitegenError(
                    "cannot make a URL slug from the file name \"\(fileName)\"; rename the file or add a \"slug\" field",
                    at: SourceLocation(path: path, line: 1, column: 1), stage: .load)
            }
        }
        var article = SourceArticle(
            path: path, slug: slug, title: title, frontMatter: frontMatter,
            body: body, bodyFirstLine: split.bodyFirstLine)
        article.fileLineStarts = source.fileLineStarts
        var hash = FNV64()
        hash.add(source.text)  // as normalised: line endings and a BOM do not count
        for start in source.fileLineStarts { hash.add(UInt64(start)) }
        article.contentHash = hash.value
        // The body starts at line bodyFirstLine of the normalised text.
        var offset = 0, line = 1
        for scalar in source.text.unicodeScalars {
            if line >= split.bodyFirstLine { break }
            offset += 1
            if scalar == "\n" { line += 1 }
        }
        article.bodyCharacterOffset = offset
        return (article, warnings)
    }

    /// `2021-01-02-wang-yi.md` -> `wang-yi`: the extension and a leading date go.
    static func slugBase(fileName: String) -> String {
        var base = Substring(fileName)
        if let dot = base.lastIndex(of: "."), dot != base.startIndex { base = base[..<dot] }
        let chars = Array(base.utf8)
        if chars.count > 11 {
            let pattern: [Bool] = [true, true, true, true, false, true, true, false, true, true, false]
            var matches = true
            for (i, isDigit) in pattern.enumerated() {
                let c = chars[i]
                if isDigit ? !(c >= 0x30 && c <= 0x39) : c != 0x2D { matches = false; break }
            }
            if matches { base = base.dropFirst(11) }
        }
        return String(base)
    }

    /// The first non-blank line if it is an ATX level-1 heading.
    static func leadingHeading(_ body: String) -> (String, Int)? {
        for (index, line) in body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            var s = line.drop(while: { $0 == " " })
            guard line.count - s.count <= 3, s.hasPrefix("# ") || s == "#" else { return nil }
            s = s.dropFirst(1)
            var text = s.trimmingTrailingSpaces.drop(while: { $0 == " " || $0 == "\t" })
            // Closing sequence of #s.
            if let lastNonHash = text.lastIndex(where: { $0 != "#" }) {
                let tail = text[text.index(after: lastNonHash)...]
                if !tail.isEmpty && (text[lastNonHash] == " " || text[lastNonHash] == "\t") {
                    text = text[...lastNonHash].trimmingTrailingSpaces
                }
            } else {
                text = ""
            }
            let title = String(text)
            return title.isEmpty ? nil : (title, index)
        }
        return nil
    }
}
