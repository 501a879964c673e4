import Foundation
import SitegenCore

#if canImport(Glibc)
import Glibc
#endif

/// Everything read from a site folder, ready for the Markdown stage.
public struct LoadedSite: Sendable {
    public var settings: SiteSettings
    /// Published articles, sorted by path.
    public var articles: [SourceArticle]
    public var warnings: [SitegenWarning]
    /// Files that were read, for watching and caching later.
    public var inputFiles: [String]
    /// Every article file as read now (for the next build; see `ContentIndex`).
    public var index = ContentIndex()
    /// Articles taken from the last build's index without reading their files.
    public var reused = 0
}

/// Reads `content/**/*.md` (except `content/entities/`) and `sitegen.yml`.
public struct ContentLoader: Sendable {
    public let root: URL
    /// How paths are shown in messages: the root as the user named it ("" for the current folder).
    public let displayRoot: String
    public var includeDrafts = false
    /// Articles larger than this are refused (cmark is quadratic on some inputs).
    public var maxArticleBytes = 10 * 1024 * 1024
    /// Paragraphs (runs of non-blank lines) larger than this are refused.
    public var maxParagraphBytes = 1024 * 1024
    /// The last build's readings of the article files (nil: every file is read).
    public var previous: ContentIndex?

    /// What readings of the files depend on besides the files themselves (an index made otherwise is not used).
    public var indexSettings: String { "\(displayRoot)\u{0}\(maxArticleBytes)\u{0}\(maxParagraphBytes)" }

    /// Names that are never content: editor backups, swap files, OS litter.
    static func isIgnoredName(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~") || name.hasPrefix("#") || name.hasSuffix(".swp")
            || name.hasSuffix(".swx") || name.hasSuffix(".tmp") || name == "Thumbs.db"
    }

    public init(root: URL, displayRoot: String) {
        self.root = root.standardizedFileURL
        self.displayRoot = displayRoot
    }

    func display(_ relative: String) -> String {
        if displayRoot.isEmpty || displayRoot == "." { return relative }
        return displayRoot.hasSuffix("/") ? displayRoot + relative : displayRoot + "/" + relative
    }

    public func load() throws(SitegenErrors) -> LoadedSite {
        var errors: [SitegenError] = []
        var warnings: [SitegenWarning] = []
        var inputs: [String] = []

        var settings = SiteSettings()
        let settingsURL = root.appending(path: SiteSettings.fileName)
        if let bytes = try? Array(Data(contentsOf: settingsURL)) {
            inputs.append(SiteSettings.fileName)
            do {
                let (loaded, w) = try SiteSettings.decode(bytes: bytes, path: display(SiteSettings.fileName))
                settings = loaded
                warnings += w
            } catch {
                errors.append(error)
            }
        }

        let contentURL = root.appending(path: "content")
        var files: [String] = []
        var identities: [String: FileIdentity] = [:]
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: contentURL.path, isDirectory: &isDir), isDir.boolValue {
            walk(relative: "content", files: &files, identities: &identities, warnings: &warnings, errors: &errors)
        } else {
            warnings.append(SitegenWarning("no content/ folder: the site has no articles", at: nil))
        }

        // Files are read and parsed on every core; results keep the sorted file order.
        struct Outcome {
            var article: SourceArticle?
            var warnings: [SitegenWarning] = []
            var error: SitegenError?
            /// What the index keeps of the file (drafts included), and whether it came from the index.
            var entry: ContentIndex.Entry?
            var reused = false
        }
        let maxArticleBytes = self.maxArticleBytes, maxParagraphBytes = self.maxParagraphBytes, includeDrafts = self.includeDrafts
        let previous = self.previous?.settings == indexSettings ? self.previous : nil
        let outcomes: [Outcome] = Parallel.map(files) { relative in
            let shown = display(relative)
            // An unchanged file: its last reading stands (its body is read only if a later step needs it).
            if let identity = identities[relative], let entry = previous?.reusable(relative, identity: identity) {
                let published = entry.article.frontMatter.draft && !includeDrafts ? nil : entry.article
                return Outcome(article: published, warnings: entry.warnings, entry: entry, reused: true)
            }
            let url = root.appending(path: relative)
            let bytes: [UInt8]
            do {
                let data = try Data(contentsOf: url)
                guard data.count <= maxArticleBytes else {
                    return Outcome(error: SitegenError(
                        "article is \(data.count) bytes, over the limit of \(maxArticleBytes) bytes (raise it with --max-article-bytes)",
                        at: SourceLocation(path: shown), stage: .load))
                }
                bytes = Array(data)
            } catch {
                return Outcome(error: SitegenError("cannot read the file: \(systemReason(error))", at: SourceLocation(path: shown), stage: .load))
            }
            do throws(SitegenError) {
                var (article, w) = try SourceArticle.parse(bytes: bytes, path: shown)
                article.sitePath = relative
                if let (line, size) = Self.longestParagraph(article.body, over: maxParagraphBytes) {
                    return Outcome(warnings: w, error: SitegenError(
                        "paragraph is \(size) bytes, over the limit of \(maxParagraphBytes) bytes (raise it with --max-paragraph-bytes)",
                        at: SourceLocation(path: shown, line: article.bodyFirstLine + line - 1), stage: .load))
                }
                var kept = article
                kept.body = ""
                kept.bodyDeferred = true
                let entry = identities[relative].map { ContentIndex.Entry(identity: $0, article: kept, bodyBytes: article.body.utf8.count, warnings: w) }
                if article.frontMatter.draft && !includeDrafts { return Outcome(warnings: w, entry: entry) }
                return Outcome(article: article, warnings: w, entry: entry)
            } catch {
                return Outcome(error: error)
            }
        }
        inputs += files
        var articles: [SourceArticle] = []
        var index = ContentIndex()
        index.settings = indexSettings
        index.entries.reserveCapacity(files.count)
        var reused = 0
        for (relative, outcome) in zip(files, outcomes) {
            warnings += outcome.warnings
            if let error = outcome.error { errors.append(error) }
            if let article = outcome.article { articles.append(article) }
            if let entry = outcome.entry { index.entries[relative] = entry }
            if outcome.reused { reused += 1 }
        }
        // Saved only when a file was read afresh, or one is gone.
        index.changed = reused != files.count || reused != (previous?.entries.count ?? -1)

        errors += Self.slugCollisions(articles)
        guard errors.isEmpty else { throw SitegenErrors(errors.sorted { ($0.location?.description ?? "") < ($1.location?.description ?? "") }) }
        return LoadedSite(settings: settings, articles: articles, warnings: warnings, inputFiles: inputs, index: index, reused: reused)
    }

    /// The body of an article taken from the index (`bodyDeferred`), read from its file again; nil when
    /// the file is no longer what the index says (edited during the build), or cannot be read.
    public func body(of article: SourceArticle) -> String? {
        guard !article.sitePath.isEmpty, let data = try? Data(contentsOf: root.appending(path: article.sitePath)),
              let (fresh, _) = try? SourceArticle.parse(bytes: Array(data), path: article.path), fresh.contentHash == article.contentHash else { return nil }
        return fresh.body
    }

    /// The first paragraph (1-based body line, size) larger than `limit` bytes.
    static func longestParagraph(_ body: String, over limit: Int) -> (Int, Int)? {
        guard body.utf8.count > limit else { return nil }
        var size = 0, start = 1, line = 1
        var lineHasText = false
        for b in body.utf8 {
            if b == 0x0A {
                if !lineHasText { size = 0; start = line + 1 }
                line += 1
                lineHasText = false
                continue
            }
            if b != 0x20 && b != 0x09 { lineHasText = true }
            size += 1
            if size > limit { return (start, size) }
        }
        return nil
    }

    /// Two articles whose URLs would be the same (also when they differ only in
    /// case or Unicode normalisation, which some file systems merge) are an error.
    static func slugCollisions(_ articles: [SourceArticle]) -> [SitegenError] {
        var byKey: [String: [SourceArticle]] = [:]
        for article in articles {
            byKey[article.slug.precomposedStringWithCanonicalMapping.lowercased(), default: []].append(article)
        }
        var errors: [SitegenError] = []
        for (key, group) in byKey where group.count > 1 {
            let sorted = group.sorted { $0.path < $1.path }
            let notes = sorted.dropFirst().map {
                SitegenError("\"\($0.path)\" also has the slug \"\($0.slug)\"", at: SourceLocation(path: $0.path), stage: .load)
            }
            errors.append(SitegenError(
                "two articles would be written to articles/\(key)/: \(sorted.map { "\"\($0.path)\"" }.joined(separator: " and ")); give one of them another \"slug\"",
                at: SourceLocation(path: sorted[0].path), stage: .load, notes: notes))
        }
        return errors
    }

    /// Collects `.md` files below `relative`, sorted by name so the order never
    /// depends on the file system. Symbolic links are followed only when they
    /// stay inside the site root; special files are never opened.
    func walk(relative: String, files: inout [String], identities: inout [String: FileIdentity], warnings: inout [SitegenWarning], errors: inout [SitegenError]) {
        let url = root.appending(path: relative)
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: url.path).sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        } catch {
            errors.append(SitegenError("cannot list the folder: \(systemReason(error))", at: SourceLocation(path: display(relative)), stage: .load))
            return
        }
        for name in names {
            let child = relative + "/" + name
            if Self.isIgnoredName(name) { continue }
            if relative == "content" && name == "entities" { continue }  // entity files: read by the annotator stage
            let childURL = root.appending(path: child)
            var info = stat()
            guard lstat(childURL.path, &info) == 0 else { continue }
            var mode = info.st_mode & S_IFMT
            if mode == S_IFLNK {
                guard let target = Self.realPath(childURL.path), Self.isInside(target, root: Self.realPath(root.path) ?? root.path) else {
                    errors.append(SitegenError("symbolic link points outside the site root; it is not followed", at: SourceLocation(path: display(child)), stage: .load))
                    continue
                }
                guard stat(target, &info) == 0 else { continue }
                mode = info.st_mode & S_IFMT
            }
            if mode == S_IFDIR {
                walk(relative: child, files: &files, identities: &identities, warnings: &warnings, errors: &errors)
            } else if mode == S_IFREG {
                if name.lowercased().hasSuffix(".md") || name.lowercased().hasSuffix(".markdown") {
                    files.append(child)
                    identities[child] = FileIdentity(info)
                }
            } else if name.lowercased().hasSuffix(".md") {
                warnings.append(SitegenWarning("not a regular file (a pipe, socket or device); skipped", at: SourceLocation(path: display(child))))
            }
        }
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = Glibc.realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func isInside(_ path: String, root: String) -> Bool {
        path == root || path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }
}
