import Foundation
import SitegenAnnotate
import SitegenCore
import SitegenLoad
import SitegenMarkdown
import SitegenModel

#if canImport(Glibc)
import Glibc
#endif

/// Annotations of earlier builds, one file per article, keyed by a hash of what
/// the annotator reads (the article's body and line layout) and of the annotator
/// itself (its gazetteers, the site's entity files, the sitegen executable).
/// An unchanged article is not annotated again. The cache is only ever an
/// optimisation: an unreadable or corrupt entry is ignored and rebuilt.
struct AnnotationCache: Sendable {
    let folder: URL
    /// Hash of the annotator's inputs other than the article.
    let fingerprint: UInt64
    let gazetteer: Gazetteer

    static let formatVersion = "sitegen-annotations-6"

    /// `overrides` are the site's own entities (entity files and topics); the built-in ones are
    /// covered by the built-in data files, hashed whole. `fingerprint` is `fingerprint(overrides:)`
    /// when the caller has it already.
    init(folder: URL, gazetteer: Gazetteer, overrides: [Entity], fingerprint: UInt64? = nil) {
        self.folder = folder
        self.gazetteer = gazetteer
        self.fingerprint = fingerprint ?? Self.fingerprint(overrides: overrides)
    }

    /// The hash of what makes the annotator: this format, the sitegen executable, the built-in
    /// data and the site's own entities.
    static func fingerprint(overrides: [Entity]) -> UInt64 {
        var h = FNV64()
        h.add(Self.formatVersion)
        // The executable stands for the annotator's code: a rebuilt sitegen starts afresh.
        var info = stat()
        if stat("/proc/self/exe", &info) == 0 {
            h.add("\(info.st_size) \(info.st_mtim.tv_sec) \(info.st_mtim.tv_nsec)")
        }
        for file in Gazetteer.builtInDataFiles {
            h.add(file.name)
            h.add(file.text)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        for entity in overrides {
            if let data = try? encoder.encode(entity) { h.add(data) }
        }
        return h.value
    }

    /// The key of one article: the hash of its file's text and line layout (`contentHash`, which covers
    /// the body, where it starts, and the front matter, whose outlet and year the annotator reads),
    /// known without reading the file again when the content index vouches for it.
    func key(for article: SourceArticle) -> String {
        var h = FNV64(seed: fingerprint)
        h.add(article.contentHash)
        h.add(UInt64(article.bodyFirstLine))
        return String(h.value, radix: 16) + "-" + String(article.contentHash, radix: 16)
    }

    static let suffix = ".sge"
    static let entryMagic: [UInt8] = Array("SGE2".utf8)

    /// The key of an article's rendered body and block texts: its annotations' key, its
    /// page (links in the body are relative to it) and the link style.
    func bodyKey(_ key: String, slug: String, linkStyle: String) -> String {
        var h = FNV64(seed: fingerprint)
        h.add(key)
        h.add(slug)
        h.add(linkStyle)
        return String(h.value, radix: 16)
    }

    /// One article's entry: its annotations and, when they were made for the same page and
    /// link style (`bodyKey`), what is known of its rendered body and block texts.
    struct Entry {
        var annotations: ArticleAnnotations
        var body: Body?
    }

    /// A rendered body and its block texts as an entry holds them: the texts stay in the entry's
    /// file (`texts`, at `html` and `units`) until a page needs them; the rest is read.
    struct Body {
        /// The rendered body with an empty `html`.
        var rendered: RenderedBody
        var texts: FileTexts
        var html: SpillRef
        var units: SpillRef
        var unitLengths: [Int]
        var unitHashes: [UInt64]
    }

    func path(_ key: String) -> URL { folder.appending(path: key + Self.suffix) }

    /// The entry of `key`, if there is a sound one; its body only if it was stored under `bodyKey`.
    /// A body's texts read later that are no longer what they were are noted in `problems`.
    func load(_ key: String, bodyKey: String, problems: FileTexts.Problems) -> Entry? {
        let url = path(key)
        guard let (bytes, identity) = ChecksummedFile.readWithIdentity(url), bytes.count >= Self.entryMagic.count,
              Array(bytes[0..<Self.entryMagic.count]) == Self.entryMagic else { return nil }
        var r = BinaryReader(bytes: bytes, at: Self.entryMagic.count)
        guard let n = r.int(), n >= 0, r.at + n <= bytes.count else { return nil }
        guard let annotations = BinaryAnnotations.decode(Array(bytes[r.at..<(r.at + n)]), gazetteer: gazetteer) else { return nil }
        r.at += n
        guard let storedBodyKey = r.string(), storedBodyKey == bodyKey else { return Entry(annotations: annotations, body: nil) }
        func section(_ r: inout BinaryReader) -> SpillRef? {
            guard let count = r.int(), count >= 0, r.at + count <= r.bytes.count else { return nil }
            defer { r.at += count }
            return SpillRef(offset: r.at, count: count)
        }
        guard let rendered = RenderedBody.decode(from: &r), let lengths = r.ints(), lengths.allSatisfy({ $0 >= 0 }),
              let hashes = r.list({ $0.fixed() }), hashes.count == lengths.count,
              let html = section(&r), let units = section(&r), units.count == lengths.reduce(0, +), r.isAtEnd
        else { return Entry(annotations: annotations, body: nil) }
        let texts = FileTexts(path: url.path, identity: identity, problems: problems)
        return Entry(annotations: annotations, body: Body(rendered: rendered, texts: texts, html: html, units: units, unitLengths: lengths, unitHashes: hashes))
    }

    /// Writes an entry atomically (a temporary file renamed into place): one file per article,
    /// so a first build creates as few files as it can (creating files is much of its system time).
    /// The body's HTML and the block texts come last, as they are, to be read from the file
    /// only when a page needs them.
    func store(_ annotations: ArticleAnnotations, body: RenderedBody, units: [String], key: String, bodyKey: String) {
        var w = BinaryWriter()
        w.bytes = Self.entryMagic
        let encoded = BinaryAnnotations.encode(annotations, gazetteer: gazetteer)
        w.int(encoded.count)
        w.bytes += encoded
        w.string(bodyKey)
        var meta = body
        meta.html = ""
        meta.encode(into: &w)
        w.ints(units.map(\.utf8.count))
        w.int(units.count)
        for unit in units { w.fixed(ArticlePage.hash(unit: unit)) }
        w.string(body.html)
        w.string(units.joined())
        ChecksummedFile.write(Data(w.bytes), to: path(key))
    }

    /// Creates the folder; false when it cannot be used (the build goes on without it).
    func prepare() -> Bool {
        (try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)) != nil
    }

    /// Removes entries no article of this build used, so the cache tracks the site.
    func prune(keeping keys: Set<String>) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        // (".sga" and ".sgb" are the two files per article of earlier versions.)
        for name in names where name.hasSuffix(Self.suffix) || name.hasSuffix(".sga") || name.hasSuffix(".sgb") || name.hasSuffix(".tmp") || name.hasSuffix(".json") {
            if name.hasSuffix(Self.suffix), keys.contains(String(name.dropLast(4))) { continue }
            unlink(folder.appending(path: name).path)
        }
    }
}
