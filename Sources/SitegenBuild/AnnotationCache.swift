import Foundation
import SitegenAnnotate
import SitegenCore
import SitegenLoad
import SitegenMarkdown

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

    static let formatVersion = "sitegen-annotations-3"

    /// `overrides` are the site's own entities (entity files and topics); the built-in ones are
    /// covered by the built-in data files, hashed whole.
    init(folder: URL, gazetteer: Gazetteer, overrides: [Entity]) {
        self.folder = folder
        self.gazetteer = gazetteer
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
        fingerprint = h.value
    }

    /// The key of one article: its body, where the body starts and the file's line layout.
    func key(for article: SourceArticle) -> String {
        var h = FNV64(seed: fingerprint)
        h.add(article.body)
        h.add("\u{0}\(article.bodyFirstLine)\u{0}\(article.bodyCharacterOffset)\u{0}")
        for start in article.fileLineStarts { h.add(UInt64(start)) }
        return String(h.value, radix: 16) + "-" + String(article.body.utf8.count, radix: 16)
    }

    static let suffix = ".sga"
    static let bodySuffix = ".sgb"
    static let bodyMagic: [UInt8] = Array("SGB1".utf8)

    /// The key of an article's rendered body and block texts: its annotations' key, its
    /// page (links in the body are relative to it) and the link style.
    func bodyKey(_ key: String, slug: String, linkStyle: String) -> String {
        var h = FNV64(seed: fingerprint)
        h.add(key)
        h.add(slug)
        h.add(linkStyle)
        return String(h.value, radix: 16)
    }

    func loadBody(_ key: String) -> (RenderedBody, [String])? {
        guard let bytes = ChecksummedFile.read(folder.appending(path: key + Self.bodySuffix)) else { return nil }
        guard bytes.count >= Self.bodyMagic.count, Array(bytes[0..<Self.bodyMagic.count]) == Self.bodyMagic else { return nil }
        var r = BinaryReader(bytes: bytes, at: Self.bodyMagic.count)
        guard let body = RenderedBody.decode(from: &r), let units = r.strings(), r.isAtEnd else { return nil }
        return (body, units)
    }

    func storeBody(_ body: RenderedBody, units: [String], key: String) {
        var w = BinaryWriter()
        w.bytes = Self.bodyMagic
        body.encode(into: &w)
        w.strings(units)
        ChecksummedFile.write(Data(w.bytes), to: folder.appending(path: key + Self.bodySuffix))
    }

    func path(_ key: String) -> URL { folder.appending(path: key + Self.suffix) }

    func load(_ key: String) -> ArticleAnnotations? {
        guard let bytes = ChecksummedFile.read(path(key)) else { return nil }
        return BinaryAnnotations.decode(bytes, gazetteer: gazetteer)
    }

    /// Writes an entry atomically (a temporary file renamed into place).
    func store(_ annotations: ArticleAnnotations, key: String) {
        ChecksummedFile.write(Data(BinaryAnnotations.encode(annotations, gazetteer: gazetteer)), to: path(key))
    }

    /// Creates the folder; false when it cannot be used (the build goes on without it).
    func prepare() -> Bool {
        (try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)) != nil
    }

    /// Removes entries no article of this build used, so the cache tracks the site.
    func prune(keeping keys: Set<String>) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where name.hasSuffix(Self.suffix) || name.hasSuffix(Self.bodySuffix) || name.hasSuffix(".tmp") || name.hasSuffix(".json") {
            if name.hasSuffix(Self.suffix) || name.hasSuffix(Self.bodySuffix), keys.contains(String(name.dropLast(4))) { continue }
            unlink(folder.appending(path: name).path)
        }
    }
}
