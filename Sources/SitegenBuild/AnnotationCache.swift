import Foundation
import SitegenAnnotate
import SitegenCore
import SitegenLoad

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

    static let formatVersion = "sitegen-annotations-2"

    init(folder: URL, gazetteer: Gazetteer) {
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
        for entity in gazetteer.entities.values.sorted(by: { $0.id < $1.id }) {
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

    func path(_ key: String) -> URL { folder.appending(path: key + Self.suffix) }

    func load(_ key: String) -> ArticleAnnotations? {
        guard let data = try? Data(contentsOf: path(key)) else { return nil }
        return BinaryAnnotations.decode(Array(data), gazetteer: gazetteer)
    }

    /// Writes an entry atomically (a temporary file renamed into place).
    func store(_ annotations: ArticleAnnotations, key: String) {
        let data = Data(BinaryAnnotations.encode(annotations, gazetteer: gazetteer))
        let temporary = folder.appending(path: ".\(key).\(getpid()).tmp")
        do {
            try data.write(to: temporary)
            if rename(temporary.path, path(key).path) != 0 { unlink(temporary.path) }
        } catch {
            unlink(temporary.path)
        }
    }

    /// Creates the folder; false when it cannot be used (the build goes on without it).
    func prepare() -> Bool {
        (try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)) != nil
    }

    /// Removes entries no article of this build used, so the cache tracks the site.
    func prune(keeping keys: Set<String>) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where name.hasSuffix(Self.suffix) || name.hasSuffix(".tmp") || name.hasSuffix(".json") {
            if name.hasSuffix(Self.suffix), keys.contains(String(name.dropLast(Self.suffix.count))) { continue }
            unlink(folder.appending(path: name).path)
        }
    }
}
