import SitegenCore
import SitegenLoad
import SitegenModel
import SitegenRender

/// Checks every internal link and fragment of the built site before it is
/// published: a broken one fails the build, named where it was written.
public enum LinkChecker {
    /// What the check needs of one page: the hashes of its ids and its distinct links.
    /// Pages are summarised as they are written, so the site never has to be held in memory.
    public struct PageLinks: Sendable {
        var ids: Set<UInt64>
        var hrefs: [String]
    }

    /// Collects page summaries and the set of written paths; reports broken links at the end.
    public struct Collector: Sendable {
        var pages: [String: PageLinks] = [:]
        var paths = Set<String>()
        var origins: [String: String] = [:]
        /// One copy of each distinct link text (most repeat from page to page).
        var interned = Set<String>()
        /// Pages kept from the last build as they were (their links passed its check).
        var kept = Set<String>()

        public init() {}

        public mutating func add(path: String, origin: String, links: PageLinks?, kept: Bool = false) {
            paths.insert(path)
            origins[path] = origin
            if kept { self.kept.insert(path) }
            guard var links else { return }
            links.hrefs = links.hrefs.map { href in
                if let existing = interned.firstIndex(of: href) { return interned[existing] }
                interned.insert(href)
                return href
            }
            pages[path] = links
        }

        /// Whether the links of the kept pages need no check: they resolved in the last build, whose
        /// files and ids (`previous`, each file's ids) this build still has, every one of them.
        /// A link resolves from the paths of the site and the ids of its target page only, so with
        /// none of those gone, a link that resolved then resolves now.
        func keptLinksHold(previous: [String: Set<UInt64>?]) -> Bool {
            for (path, ids) in previous {
                guard paths.contains(path) else { return false }
                if kept.contains(path) { continue }
                if let ids, !ids.isEmpty {
                    guard let now = pages[path], ids.isSubset(of: now.ids) else { return false }
                }
            }
            return true
        }

        /// The pages whose links are checked, in path order: all, or those not kept when `keptLinksHold`.
        public func pagesToCheck(previous: [String: Set<UInt64>?]?) -> [String] {
            let skipKept = !kept.isEmpty && previous.map { keptLinksHold(previous: $0) } == true
            return skipKept ? pages.keys.filter { !kept.contains($0) }.sorted() : pages.keys.sorted()
        }

        /// Broken links, in page order; links written in Markdown are reported at their file and line.
        /// `checking`: the pages to check (`pagesToCheck`), every page when nil.
        public func errors(articles: [ArticlePage], checking: [String]? = nil) -> [SitegenError] {
            let articleByPath = Dictionary(articles.map { ($0.route.file, $0) }, uniquingKeysWith: { a, _ in a })
            let pages = self.pages, paths = self.paths, origins = self.origins
            // Contiguous runs of pages (sorted paths: siblings together) share a memo of resolved links.
            let sorted = checking ?? pagesToCheck(previous: nil)
            let chunkSize = max(64, sorted.count / (Parallel.workers * 8) + 1)
            let chunks = stride(from: 0, to: sorted.count, by: chunkSize).map { Array(sorted[$0..<min(sorted.count, $0 + chunkSize)]) }
            let perPage: [[SitegenError]] = Parallel.map(chunks) { chunk in
                var errors: [SitegenError] = []
                var memo = ResolveMemo()
                for path in chunk {
                    // cmark empties links with unsafe schemes (javascript:, ...): reported as warnings by the build.
                    let neutralised = articleByPath[path]?.body.links.contains { !SafeURL.isAllowed($0.url) } ?? false
                    let folder = Folder(page: path)
                    for href in pages[path]!.hrefs {
                        if href.isEmpty && neutralised { continue }
                        guard let problem = problem(with: href, on: path, folder: folder, pages: pages, paths: paths, memo: &memo) else { continue }
                        if let article = articleByPath[path], let written = article.body.links.first(where: { $0.url == href }) {
                            errors.append(SitegenError(
                                "link \"\(href)\" \(problem)", at: SourceLocation(path: article.source.path, line: written.line, column: written.column), stage: .render))
                        } else {
                            errors.append(SitegenError("link \"\(href)\" on \(path) \(problem) (made by \(origins[path] ?? "a template"))", stage: .render))
                        }
                    }
                }
                return errors
            }
            let errors = perPage.flatMap { $0 }
            return errors
        }
    }

    /// The ids and distinct links (href and src, in order of first use) of a page written by sitegen.
    public static func summarize(_ html: [UInt8]) -> PageLinks {
        var ids = Set<UInt64>()
        var hrefs: [String] = []
        var seen = Set<String>()
        html.withUnsafeBufferPointer { b in
            let n = b.count
            var i = 0
            while i < n {
                // ` id="`, ` href="`, ` src="`
                guard b[i] == 0x20, i + 5 < n else { i += 1; continue }
                var valueStart = -1
                var isID = false
                if b[i + 1] == 0x69, b[i + 2] == 0x64, b[i + 3] == 0x3D, b[i + 4] == 0x22 {
                    valueStart = i + 5
                    isID = true
                } else if i + 7 < n, b[i + 1] == 0x68, b[i + 2] == 0x72, b[i + 3] == 0x65, b[i + 4] == 0x66, b[i + 5] == 0x3D, b[i + 6] == 0x22 {
                    valueStart = i + 7
                } else if i + 6 < n, b[i + 1] == 0x73, b[i + 2] == 0x72, b[i + 3] == 0x63, b[i + 4] == 0x3D, b[i + 5] == 0x22 {
                    valueStart = i + 6
                }
                guard valueStart >= 0 else { i += 1; continue }
                var j = valueStart
                while j < n, b[j] != 0x22 { j += 1 }
                let value = unescape(String(decoding: UnsafeBufferPointer(rebasing: b[valueStart..<j]), as: UTF8.self))
                if isID {
                    ids.insert(hash(value))
                } else if seen.insert(value).inserted {
                    hrefs.append(value)
                }
                i = j + 1
            }
        }
        return PageLinks(ids: ids, hrefs: hrefs)
    }

    /// FNV-1a of the text: the same on every run, unlike Hasher.
    static func hash(_ s: String) -> UInt64 {
        var h = FNV64()
        h.add(s.utf8)
        return h.value
    }

    /// Checks a whole rendered site held in memory (tests and small tools).
    public static func check(_ files: [OutputFile], articles: [ArticlePage]) -> [SitegenError] {
        var collector = Collector()
        for file in files {
            collector.add(path: file.path, origin: file.origin, links: file.path.hasSuffix(".html") ? summarize(file.bytes) : nil)
        }
        return collector.errors(articles: articles)
    }

    /// Resolved links by the part of the page's folder they keep and the link's path: a link
    /// that climbs `k` folders resolves the same from every page whose folder starts the same.
    typealias ResolveMemo = [String: Resolved]

    /// A page's folder: its parts, and each leading run of them joined (memo keys).
    struct Folder {
        var parts: [String]
        /// `prefixes[k]`: the first k parts joined with "/".
        var prefixes: [String]

        init(page: String) {
            parts = page.utf8.split(separator: 0x2F, omittingEmptySubsequences: false).dropLast().map { String(decoding: $0, as: UTF8.self) }
            prefixes = [""]
            for part in parts { prefixes.append(prefixes.count == 1 ? part : prefixes[prefixes.count - 1] + "/" + part) }
        }
    }

    /// Why a link does not resolve, or nil when it does (or is not internal).
    static func problem(with href: String, on page: String, folder: Folder, pages: [String: PageLinks], paths: Set<String>, memo: inout ResolveMemo) -> String? {
        if href.isEmpty { return "is empty" }
        let bytes = href.utf8
        if bytes.starts(with: [0x2F, 0x2F]) { return nil }
        // A scheme (http:, mailto:): a colon before any slash or hash.
        for byte in bytes {
            if byte == 0x3A { return nil }
            if byte == 0x2F || byte == 0x23 { break }
        }
        // Path, query and fragment are split on ASCII bytes: their indices are valid in the string.
        var pathPart = Substring(href)
        var fragment: Substring?
        if let hash = bytes.firstIndex(of: 0x23) {
            pathPart = href[..<hash]
            fragment = href[href.utf8.index(after: hash)...]
        }
        if let q = pathPart.utf8.firstIndex(of: 0x3F) { pathPart = pathPart[..<q] }
        var target = page
        if !pathPart.isEmpty {
            if pathPart.utf8.first == 0x2F { return "is absolute; links must be relative so the site works at any sub-path" }
            // Leading "../" count: the link depends only on the folder parts it does not climb out of.
            var climbs = 0
            var rest = pathPart.utf8[...]
            while rest.starts(with: [0x2E, 0x2E, 0x2F]) {
                climbs += 1
                rest = rest.dropFirst(3)
            }
            let kept = climbs <= folder.parts.count ? folder.prefixes[folder.parts.count - climbs] : "\u{1}"
            let key = kept + "\u{0}" + pathPart
            let result: Resolved
            if let known = memo[key] {
                result = known
            } else {
                result = resolve(String(pathPart), from: folder.parts)
                memo[key] = result
            }
            switch result {
            case .leaves: return "leaves the site"
            case .target(let resolved): target = resolved
            }
            if pathPart.utf8.last == 0x2F || pathPart == "." || pathPart == ".." || target.isEmpty {
                target = target.isEmpty ? "index.html" : target + "/index.html"
            } else if !paths.contains(target), paths.contains(target + "/index.html") {
                return "names a folder without a trailing slash"
            }
            guard paths.contains(target) else { return "points to \(target), which the site does not have" }
        }
        if let fragment, !fragment.isEmpty, let targetPage = pages[target] {
            if !targetPage.ids.contains(hash(String(fragment).removingPercentEncodingPortable)) { return "points to #\(fragment), which \(target) does not have" }
        }
        return nil
    }

    enum Resolved { case leaves, target(String) }

    /// The site path a relative link leads to from a page's folder.
    static func resolve(_ pathPart: String, from pageFolder: [String]) -> Resolved {
        do {
            var folder = pageFolder
            for part in pathPart.split(separator: "/", omittingEmptySubsequences: false) {
                if part == ".." {
                    if folder.isEmpty { return .leaves }
                    folder.removeLast()
                } else if part != "." && !part.isEmpty {
                    folder.append(String(part).removingPercentEncodingPortable)
                }
            }
            return .target(folder.joined(separator: "/"))
        }
    }

    static func unescape(_ s: String) -> String {
        guard s.utf8.contains(0x26) else { return s }
        return s.replacingAll("&quot;", "\"").replacingAll("&#39;", "'").replacingAll("&lt;", "<").replacingAll("&gt;", ">").replacingAll("&amp;", "&")
    }
}

extension String {
    func replacingAll(_ a: String, _ b: String) -> String { components(separatedBy: a).joined(separator: b) }

    /// %XX decoding without Foundation's locale-dependent helpers.
    var removingPercentEncodingPortable: String {
        guard utf8.contains(0x25) else { return self }
        var bytes: [UInt8] = []
        var it = Array(utf8)[...]
        while let b = it.popFirst() {
            if b == 0x25, it.count >= 2, let v = UInt8(String(decoding: it.prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(v)
                it = it.dropFirst(2)
            } else {
                bytes.append(b)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
