import Foundation
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
        var ids: IDSet
        /// The links, as numbers in `table` (4 bytes each instead of a String's 16: every page's links
        /// stay in memory until the check at the end of the build).
        private(set) var hrefNumbers: [Int32]
        let table: Interner

        init(ids: IDSet, hrefs: [String], table: Interner) {
            self.ids = ids
            self.table = table
            hrefNumbers = hrefs.map(table.number)
        }

        /// Links already numbered in `table` (a manifest's links, numbered in its table of strings).
        init(ids: IDSet, numbers: [Int32], table: Interner) {
            self.ids = ids
            self.table = table
            hrefNumbers = numbers
        }

        var hrefs: [String] {
            let strings = table.strings
            return hrefNumbers.map { strings[Int($0)] }
        }
    }

    /// A page's ids (their hashes), sorted: half the memory of a Set, and every page's stay in memory
    /// until the check at the end of the build.
    public struct IDSet: Sendable, Equatable {
        private(set) var sorted: [UInt64]

        init<S: Sequence>(_ ids: S) where S.Element == UInt64 {
            var all = Array(ids)
            all.sort()
            var unique: [UInt64] = []
            unique.reserveCapacity(all.count)
            for id in all where unique.last != id { unique.append(id) }
            sorted = unique
        }

        var count: Int { sorted.count }
        var isEmpty: Bool { sorted.isEmpty }

        func contains(_ id: UInt64) -> Bool {
            var lo = 0, hi = sorted.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if sorted[mid] < id { lo = mid + 1 } else { hi = mid }
            }
            return lo < sorted.count && sorted[lo] == id
        }

        func isSubset(of other: IDSet) -> Bool {
            var j = 0
            for id in sorted {
                while j < other.sorted.count, other.sorted[j] < id { j += 1 }
                guard j < other.sorted.count, other.sorted[j] == id else { return false }
            }
            return true
        }
    }

    /// Collects page summaries and the set of written paths; reports broken links at the end.
    public struct Collector: Sendable {
        var pages: [String: PageLinks] = [:]
        var paths = Set<String>()
        var origins: [String: String] = [:]
        /// Pages kept from the last build as they were (their links passed its check).
        var kept = Set<String>()

        public init() {}

        public mutating func add(path: String, origin: String, links: PageLinks?, kept: Bool = false) {
            paths.insert(path)
            origins[path] = origin
            if kept { self.kept.insert(path) }
            guard let links else { return }
            pages[path] = links
        }

        /// The pages the last build wrote (`previous`, each with its ids) that a link may no longer
        /// reach: those gone, and the HTML pages that lost ids (which only links with a fragment can miss).
        func changedTargets(previous: [String: IDSet?]) -> (gone: [String], lostIDs: [String]) {
            var gone: [String] = [], lostIDs: [String] = []
            for (path, ids) in previous {
                guard paths.contains(path) else { gone.append(path); continue }
                if kept.contains(path) { continue }
                if let ids, !ids.isEmpty {
                    guard let now = pages[path], ids.isSubset(of: now.ids) else { lostIDs.append(path); continue }
                }
            }
            return (gone, lostIDs)
        }

        /// The word a link to a page ends with: its folder ("countries/is/index.html" -> "is"), or its
        /// file name; nil for the site's own index, which "../" links of any depth reach.
        static func linkName(_ path: String) -> Substring? {
            let words = path.split(separator: "/")
            if words.last == "index.html" { return words.count >= 2 ? words[words.count - 2] : nil }
            return words.last
        }

        /// Whether a link may point at a changed page (a cheap test on its text, true whenever it
        /// could): its path has one of `gone`'s names, or, with a fragment, one of `lostIDs`'; or it
        /// climbs to a folder ("../", "./") without naming it. It reads the bytes in place: it runs for
        /// every link of every kept page.
        static func mayReach(_ href: String, gone: [[UInt8]], lostIDs: [[UInt8]]) -> Bool {
            var href = href
            return href.withUTF8 { b -> Bool in
                let n = b.count
                var end = n
                var fragment = false
                for i in 0..<n where b[i] == 0x23 || b[i] == 0x3F {  // '#', '?'
                    end = i
                    fragment = b[i] == 0x23
                    break
                }
                if end == 0 { return false }  // a fragment of its own page, which is kept as it was
                for i in 0..<end {
                    if b[i] == 0x3A { return false }  // a scheme: not a link into the site
                    if b[i] == 0x2F { break }
                }
                // A percent-escaped path ("caf%C3%A9/") is not compared with the names as written: it is resolved.
                for i in 0..<end where b[i] == 0x25 { return true }
                func equals(_ from: Int, _ to: Int, _ name: [UInt8]) -> Bool {
                    guard to - from == name.count else { return false }
                    for k in 0..<name.count where b[from + k] != name[k] { return false }
                    return true
                }
                func dots(_ from: Int, _ to: Int) -> Bool { (to - from == 1 || to - from == 2) && (from..<to).allSatisfy { b[$0] == 0x2E } }
                var start = 0
                var last: (Int, Int)?
                var before: (Int, Int)?
                for i in 0...end where i == end || b[i] == 0x2F {
                    if i > start {
                        if gone.contains(where: { equals(start, i, $0) }) || (fragment && lostIDs.contains(where: { equals(start, i, $0) })) { return true }
                        before = last
                        last = (start, i)
                    }
                    start = i + 1
                }
                guard let last else { return true }
                if dots(last.0, last.1) { return true }
                if let before, dots(before.0, before.1), equals(last.0, last.1, Array("index.html".utf8)) { return true }
                return false
            }
        }

        /// The pages whose links are checked, in path order. Every page when there is no last build;
        /// otherwise the pages this build made, and those of the kept pages (whose links all resolved
        /// last time) with a link that may reach a page that is gone or lost ids.
        public func pagesToCheck(previous: [String: IDSet?]?) -> [String] {
            guard !kept.isEmpty, let previous else { return pages.keys.sorted() }
            let changed = changedTargets(previous: previous)
            var gone: [[UInt8]] = [], lostIDs: [[UInt8]] = []
            for path in changed.gone {
                guard let name = Self.linkName(path) else { return pages.keys.sorted() }
                if !gone.contains(Array(name.utf8)) { gone.append(Array(name.utf8)) }
            }
            var rootLostIDs = false
            for path in changed.lostIDs {
                if let name = Self.linkName(path) {
                    if !lostIDs.contains(Array(name.utf8)) { lostIDs.append(Array(name.utf8)) }
                } else {
                    rootLostIDs = true
                }
            }
            if gone.isEmpty && lostIDs.isEmpty && !rootLostIDs { return pages.keys.filter { !kept.contains($0) }.sorted() }
            // A kept page is checked whole when a link that may reach a changed page is broken (the few links
            // the cheap test lets through are resolved here).
            let pages = self.pages, paths = self.paths, keptPaths = self.kept
            let sorted = pages.keys.sorted()
            let chunks = Parallel.runs(count: sorted.count).map { Array(sorted[$0]) }
            let perChunk: [[String]] = Parallel.map(chunks) { chunk in
                var memo = ResolveMemo()
                return chunk.filter { path in
                    guard keptPaths.contains(path) else { return true }
                    let folder = Folder(page: path)
                    return pages[path]!.hrefs.contains { href in
                        Self.mayReach(href, gone: gone, lostIDs: lostIDs)
                            && LinkChecker.problem(with: href, on: path, folder: folder, pages: pages, paths: paths, memo: &memo) != nil
                    }
                }
            }
            return perChunk.flatMap { $0 }
        }

        /// Broken links, in page order; links written in Markdown are reported at their file and line.
        /// `checking`: the pages to check (`pagesToCheck`), every page when nil.
        public func errors(articles: [ArticlePage], checking: [String]? = nil) -> [SitegenError] {
            let articleByPath = Dictionary(articles.map { ($0.route.file, $0) }, uniquingKeysWith: { a, _ in a })
            let pages = self.pages, paths = self.paths, origins = self.origins
            // Contiguous runs of pages (sorted paths: siblings together) share a memo of resolved links.
            let sorted = checking ?? pagesToCheck(previous: nil)
            let chunks = Parallel.runs(count: sorted.count).map { Array(sorted[$0]) }
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
    /// One copy of each distinct link text across the pages summarised while a site is written (most
    /// links repeat from page to page: every page's navigation, every mention of a common entity).
    /// Safe to use from several threads.
    public final class Interner: @unchecked Sendable {
        private var numbers: [String: Int32] = [:]
        private var list: [String] = []
        /// Whether `numbers` holds every text of `list` (a table made from a list is indexed on first use).
        private var indexed = true
        let lock = NSLock()
        public init() {}

        /// A table whose texts are numbered as in `strings` (a manifest's, read at the start of a
        /// build, when most of its numbers are never looked up by text).
        init(strings: [String]) {
            list = strings
            indexed = strings.isEmpty
        }

        /// The number of a link text, given it on first sight.
        func number(_ s: String) -> Int32 {
            lock.lock()
            defer { lock.unlock() }
            if !indexed {
                numbers.reserveCapacity(list.count)
                for (n, text) in list.enumerated() where numbers[text] == nil { numbers[text] = Int32(n) }
                indexed = true
            }
            if let n = numbers[s] { return n }
            let n = Int32(list.count)
            numbers[s] = n
            list.append(s)
            return n
        }

        /// Every link text so far, by number.
        var strings: [String] {
            lock.lock()
            defer { lock.unlock() }
            return list
        }
    }

    public static func summarize(_ html: [UInt8], interner: Interner = Interner()) -> PageLinks {
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
        return PageLinks(ids: IDSet(ids), hrefs: hrefs, table: interner)
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
