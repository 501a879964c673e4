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

    static let formatVersion = "sitegen-annotations-7"

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
    static let entryMagic: [UInt8] = Array("SGE3".utf8)
    /// How much of an entry is read at first: its head (annotations and what is known of the body)
    /// is mostly shorter (7 KB for the median article of a generated corpus, 10 KB at the 95th
    /// percentile); the rest of a longer one takes a second read.
    static let firstRead = 8 * 1024

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
    ///
    /// An entry is its head, with a checksum of its own, then the body's HTML and block texts as they are
    /// (see `store`). Only the head is read and checked here, a few kilobytes of an entry ten times
    /// that size: a rebuild of an unchanged site reads about a quarter of the cache. The texts are checked
    /// against their checksums in the head when a page reads them; texts that are no longer what
    /// they were are noted in `problems` (the build then fails and removes the entry, never uses them).
    func load(_ key: String, bodyKey: String, problems: FileTexts.Problems) -> Entry? {
        let url = path(key)
        return ChecksummedFile.withRegularFile(url, minimumSize: 16) { fd, info in load(fd, info, url: url, bodyKey: bodyKey, problems: problems) }
    }

    private func load(_ fd: Int32, _ info: stat, url: URL, bodyKey: String, problems: FileTexts.Problems) -> Entry? {
        let size = Int(info.st_size)
        func read(_ ref: SpillRef) -> [UInt8]? {
            let bytes = SpillStore.bytes(fd, ref)
            return bytes.count == ref.count ? bytes : nil
        }
        guard var bytes = read(SpillRef(offset: 0, count: min(size, Self.firstRead))), bytes.starts(with: Self.entryMagic) else { return nil }
        var r = BinaryReader(bytes: bytes, at: Self.entryMagic.count)
        guard let headCount = r.int(), headCount >= 0, r.at + headCount + 8 <= size else { return nil }
        let headStart = r.at, headEnd = r.at + headCount
        if headEnd + 8 > bytes.count {
            guard let rest = read(SpillRef(offset: bytes.count, count: headEnd + 8 - bytes.count)) else { return nil }
            bytes += rest
        }
        let sound = bytes.withUnsafeBytes { raw in
            UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: headEnd, as: UInt64.self))
                == Checksum.of(UnsafeRawBufferPointer(rebasing: raw[headStart..<headEnd]))
        }
        guard sound else { return nil }
        var h = BinaryReader(bytes: Array(bytes[headStart..<headEnd]))
        guard let n = h.int(), n >= 0, h.at + n <= h.bytes.count,
              let annotations = BinaryAnnotations.decode(Array(h.bytes[h.at..<(h.at + n)]), gazetteer: gazetteer) else { return nil }
        h.at += n
        guard let storedBodyKey = h.string(), let rendered = RenderedBody.decode(from: &h),
              let lengths = h.ints(), lengths.allSatisfy({ $0 >= 0 }),
              let hashes = h.list({ $0.fixed() }), hashes.count == lengths.count,
              let htmlSum = h.fixed(), let unitsSum = h.fixed(), let unitSums = h.list({ $0.fixed() }), unitSums.count == lengths.count,
              let htmlCount = h.int(), htmlCount >= 0, h.isAtEnd,
              // The texts fill the rest, up to the file's own checksum: a file cut short or grown is not used.
              headEnd + 8 + htmlCount + lengths.reduce(0, +) + 8 == size
        else { return nil }
        guard storedBodyKey == bodyKey else { return Entry(annotations: annotations, body: nil) }
        let html = SpillRef(offset: headEnd + 8, count: htmlCount)
        let units = SpillRef(offset: html.offset + htmlCount, count: lengths.reduce(0, +))
        var checks = [(html, htmlSum), (units, unitsSum)]
        var offset = units.offset
        for (length, sum) in zip(lengths, unitSums) {
            checks.append((SpillRef(offset: offset, count: length), sum))
            offset += length
        }
        let texts = FileTexts(path: url.path, identity: FileIdentity(info), problems: problems, checks: checks)
        return Entry(annotations: annotations, body: Body(rendered: rendered, texts: texts, html: html, units: units, unitLengths: lengths, unitHashes: hashes))
    }

    /// Writes an entry atomically (a temporary file renamed into place): one file per article,
    /// so a first build creates as few files as it can (creating files is much of its system time).
    /// The head comes first, with its own checksum: the annotations, the body key and what is known
    /// of the body, with the checksums of its texts. The body's HTML and the block texts come last,
    /// as they are, to be read from the file only when a page needs them.
    func store(_ annotations: ArticleAnnotations, body: RenderedBody, units: [String], key: String, bodyKey: String) {
        var head = BinaryWriter()
        let encoded = BinaryAnnotations.encode(annotations, gazetteer: gazetteer)
        head.int(encoded.count)
        head.bytes += encoded
        head.string(bodyKey)
        var meta = body
        meta.html = ""
        meta.encode(into: &head)
        head.ints(units.map(\.utf8.count))
        head.int(units.count)
        for unit in units { head.fixed(ArticlePage.hash(unit: unit)) }
        let html = Array(body.html.utf8)
        let joined = Array(units.joined().utf8)
        head.fixed(html.withUnsafeBytes { Checksum.of($0) })
        head.fixed(joined.withUnsafeBytes { Checksum.of($0) })
        head.int(units.count)
        for unit in units { head.fixed(Array(unit.utf8).withUnsafeBytes { Checksum.of($0) }) }
        head.int(html.count)
        var w = BinaryWriter()
        w.bytes = Self.entryMagic
        w.int(head.bytes.count)
        w.bytes += head.bytes
        w.fixed(head.bytes.withUnsafeBytes { Checksum.of($0) })
        w.bytes += html
        w.bytes += joined
        _ = w.bytes.withUnsafeBytes { ChecksummedFile.write($0, to: path(key)) }
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
