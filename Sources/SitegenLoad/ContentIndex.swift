import SitegenCore

#if canImport(Glibc)
import Glibc
#endif

/// Every article as the last build read it (its front matter, title, slug, line layout and
/// warnings, not its body), with the identity of its file. A rebuild takes an unchanged file's
/// article from here instead of reading and parsing it again; its body is read only when it is
/// needed (`ContentLoader.body(of:)`). The index is kept in the cache folder; a missing, damaged
/// or stale one only means the files are read again.
public struct ContentIndex: Sendable {
    public struct Entry: Sendable {
        public var identity: FileIdentity
        /// The article with an empty body (`bodyDeferred`), drafts included.
        public var article: SourceArticle
        /// The body's length in UTF-8 bytes.
        public var bodyBytes: Int
        public var warnings: [SitegenWarning]
    }

    /// Content paths (`content/...`) to what they held.
    public var entries: [String: Entry] = [:]
    /// What the readings depend on besides the files: how paths are shown and the loader's limits.
    public var settings: String = ""
    /// Whether this index differs from the one it was made from (and should be saved).
    public var changed = false
    /// The index file's own modification time when it was read: a file modified less than two
    /// seconds before it may have changed again within a coarse timestamp, and is read again.
    public var savedAt: Int = 0

    public init() {}

    static let magic: [UInt8] = Array("SGC1".utf8)

    /// Whether the entry of `path` can stand for the file as it is now.
    func reusable(_ path: String, identity: FileIdentity) -> Entry? {
        guard let entry = entries[path], entry.identity == identity, identity.modified < savedAt - 2, identity.changed < savedAt - 2 else { return nil }
        return entry
    }

    public func encode() -> [UInt8] {
        var w = BinaryWriter()
        w.bytes = Self.magic
        w.string(settings)
        w.int(entries.count)
        for path in entries.keys.sorted() {
            let e = entries[path]!
            w.string(path)
            let i = e.identity
            w.fixed(i.device); w.fixed(i.inode); w.int(i.size); w.int(i.modified); w.int(i.modifiedNanoseconds); w.int(i.changed); w.int(i.changedNanoseconds)
            w.int(e.bodyBytes)
            Self.write(e.article, to: &w)
            w.int(e.warnings.count)
            for warning in e.warnings {
                w.string(warning.message)
                if let l = warning.location { w.int(1); w.string(l.path); w.int(l.line); w.int(l.column) } else { w.int(0) }
            }
        }
        return w.bytes
    }

    /// The index in `bytes`, if they are sound and were made with the same `settings`.
    public static func decode(_ bytes: [UInt8], settings: String, savedAt: Int) -> ContentIndex? {
        guard bytes.count >= magic.count, Array(bytes[0..<magic.count]) == magic else { return nil }
        var r = BinaryReader(bytes: bytes, at: magic.count)
        guard let stored = r.string(), stored == settings, let count = r.int(), count >= 0, count <= bytes.count else { return nil }
        var index = ContentIndex()
        index.settings = settings
        index.savedAt = savedAt
        index.entries.reserveCapacity(count)
        for _ in 0..<count {
            guard let path = r.string(), let device = r.fixed(), let inode = r.fixed(), let size = r.int(), let modified = r.int(), let mns = r.int(),
                  let changed = r.int(), let cns = r.int(), let bodyBytes = r.int(), let article = read(&r), let warningCount = r.int(), warningCount >= 0 else { return nil }
            var warnings: [SitegenWarning] = []
            for _ in 0..<warningCount {
                guard let message = r.string(), let hasLocation = r.int() else { return nil }
                if hasLocation == 1 {
                    guard let p = r.string(), let line = r.int(), let column = r.int() else { return nil }
                    warnings.append(SitegenWarning(message, at: SourceLocation(path: p, line: line, column: column)))
                } else {
                    warnings.append(SitegenWarning(message))
                }
            }
            let identity = FileIdentity(device: device, inode: inode, size: size, modified: modified, modifiedNanoseconds: mns, changed: changed, changedNanoseconds: cns)
            index.entries[path] = Entry(identity: identity, article: article, bodyBytes: bodyBytes, warnings: warnings)
        }
        return r.isAtEnd ? index : nil
    }

    /// An article without its body.
    static func write(_ a: SourceArticle, to w: inout BinaryWriter) {
        w.string(a.path); w.string(a.slug); w.string(a.title)
        let f = a.frontMatter
        w.optional(f.title); write(f.date, to: &w); write(f.updated, to: &w)
        w.strings(f.authors); w.optional(f.source); w.optional(f.sourceURL); w.optional(f.summary); w.strings(f.tags)
        w.int(f.related.count)
        for link in f.related { w.string(link.title); w.optional(link.url) }
        w.optional(f.slug); w.int(f.draft ? 1 : 0)
        w.int(a.bodyFirstLine); w.ints(a.fileLineStarts); w.int(a.bodyCharacterOffset); w.string(a.sitePath); w.fixed(a.contentHash)
    }

    static func write(_ d: ArticleDate?, to w: inout BinaryWriter) {
        guard let d else { w.int(0); return }
        w.int(1)
        w.int(d.year); w.int(d.month); w.int(d.day); w.int(d.hour); w.int(d.minute); w.int(d.second)
        w.optionalInt(d.offsetMinutes); w.int(d.hasTime ? 1 : 0)
    }

    static func read(_ r: inout BinaryReader) -> SourceArticle? {
        guard let path = r.string(), let slug = r.string(), let title = r.string() else { return nil }
        var f = FrontMatter()
        guard let fTitle = r.optional(), let date = readDate(&r), let updated = readDate(&r), let authors = r.strings(), let source = r.optional(),
              let sourceURL = r.optional(), let summary = r.optional(), let tags = r.strings(), let relatedCount = r.int(), relatedCount >= 0 else { return nil }
        f.title = fTitle; f.date = date; f.updated = updated; f.authors = authors; f.source = source; f.sourceURL = sourceURL
        f.summary = summary; f.tags = tags
        for _ in 0..<relatedCount {
            guard let t = r.string(), let url = r.optional() else { return nil }
            f.related.append(RelatedLink(title: t, url: url))
        }
        guard let fSlug = r.optional(), let draft = r.int(), let bodyFirstLine = r.int(), let lineStarts = r.ints(), let offset = r.int(),
              let sitePath = r.string(), let contentHash = r.fixed() else { return nil }
        f.slug = fSlug
        f.draft = draft == 1
        var a = SourceArticle(path: path, slug: slug, title: title, frontMatter: f, body: "", bodyFirstLine: bodyFirstLine)
        a.fileLineStarts = lineStarts
        a.bodyCharacterOffset = offset
        a.sitePath = sitePath
        a.contentHash = contentHash
        a.bodyDeferred = true
        return a
    }

    /// nil: malformed; .some(nil): no date.
    static func readDate(_ r: inout BinaryReader) -> ArticleDate?? {
        guard let flag = r.int() else { return nil }
        if flag == 0 { return .some(nil) }
        guard let y = r.int(), let mo = r.int(), let d = r.int(), let h = r.int(), let mi = r.int(), let s = r.int(), let offset = r.optionalInt(),
              let hasTime = r.int() else { return nil }
        return .some(ArticleDate(year: y, month: mo, day: d, hour: h, minute: mi, second: s, offsetMinutes: offset, hasTime: hasTime == 1))
    }
}

extension ArticleDate {
    init(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, offsetMinutes: Int?, hasTime: Bool) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.offsetMinutes = offsetMinutes
        self.hasTime = hasTime
    }
}
