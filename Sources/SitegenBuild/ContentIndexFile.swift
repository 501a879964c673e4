import Foundation
import SitegenCore
import SitegenLoad

#if canImport(Glibc)
import Glibc
#endif

/// Where the content index of a site is kept (in the cache folder, one per site folder), and its file.
enum ContentIndexFile {
    static func location(cache: URL, root: URL) -> URL {
        var h = FNV64()
        h.add(root.standardizedFileURL.path)
        return cache.appending(path: "content-" + String(h.value, radix: 16) + ".index")
    }

    /// The index, if the file is sound and was made with the same `settings`.
    static func load(_ url: URL, settings: String) -> ContentIndex? {
        guard let (bytes, identity) = ChecksummedFile.readWithIdentity(url) else { return nil }
        return ContentIndex.decode(bytes, settings: settings, savedAt: identity.modified)
    }

    /// Writes the index when it changed (or there is none yet); a failure leaves none (files are then read).
    static func save(_ index: ContentIndex, to url: URL) {
        guard index.changed || !FileManager.default.fileExists(atPath: url.path) else { return }
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        if !index.encode().withUnsafeBytes({ ChecksummedFile.write($0, to: url) }) { unlink(url.path) }
    }
}

/// The Markdown source of an article whose body was not read (`SourceArticle.bodyDeferred`): read
/// from its file when a page needs it, and checked to be what the index said (its content hash).
/// A file edited since is noted in `problems`, which fails the build, never gives a wrong page.
final class DeferredBody: TextSource, @unchecked Sendable {
    let loader: ContentLoader
    let article: SourceArticle
    let problems: FileTexts.Problems

    init(loader: ContentLoader, article: SourceArticle, problems: FileTexts.Problems) {
        self.loader = loader
        self.article = article
        self.problems = problems
    }

    func bytes(_ ref: SpillRef) -> [UInt8] {
        guard let body = loader.body(of: article) else {
            problems.add(article.path)
            return []
        }
        let bytes = Array(body.utf8)
        guard ref.offset >= 0, ref.offset + ref.count <= bytes.count else {
            problems.add(article.path)
            return []
        }
        return Array(bytes[ref.offset..<(ref.offset + ref.count)])
    }
}
