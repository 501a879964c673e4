import SitegenCore
import SitegenLoad
import SitegenModel
import SitegenRender

/// Checks every internal link and fragment of the built site before it is
/// published: a broken one fails the build, named where it was written.
public enum LinkChecker {
    struct Page {
        var ids: Set<String>
        var links: [String]
    }

    /// `articles` maps article pages to their source, so links written in
    /// Markdown are reported at their file and line.
    public static func check(_ files: [OutputFile], articles: [ArticlePage]) -> [SitegenError] {
        var pages: [String: Page] = [:]
        var paths = Set<String>()
        for file in files {
            paths.insert(file.path)
            guard file.path.hasSuffix(".html") else { continue }
            let html = String(decoding: file.bytes, as: UTF8.self)
            pages[file.path] = Page(ids: Set(attributeValues("id", in: html)), links: attributeValues("href", in: html) + attributeValues("src", in: html))
        }
        let origins = Dictionary(files.map { ($0.path, $0.origin) }, uniquingKeysWith: { a, _ in a })
        let articleByPath = Dictionary(articles.map { ($0.route.file, $0) }, uniquingKeysWith: { a, _ in a })
        var errors: [SitegenError] = []
        var reported = Set<String>()
        for path in pages.keys.sorted() {
            // cmark empties links with unsafe schemes (javascript:, ...): reported as warnings by the build.
            let neutralised = articleByPath[path]?.body.links.contains { !SafeURL.isAllowed($0.url) } ?? false
            for href in pages[path]!.links {
                if href.isEmpty && neutralised { continue }
                guard let problem = problem(with: href, on: path, pages: pages, paths: paths) else { continue }
                let key = path + "\u{0}" + href
                guard reported.insert(key).inserted else { continue }
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

    /// Why a link does not resolve, or nil when it does (or is not internal).
    static func problem(with href: String, on page: String, pages: [String: Page], paths: Set<String>) -> String? {
        if href.isEmpty { return "is empty" }
        if href.hasPrefix("//") { return nil }
        if let colon = href.firstIndex(of: ":"), !href[..<colon].contains("/"), !href[..<colon].contains("#") { return nil }  // http:, mailto:
        let parts = href.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        var pathPart = String(parts[0])
        if let q = pathPart.firstIndex(of: "?") { pathPart = String(pathPart[..<q]) }
        let fragment = parts.count > 1 ? String(parts[1]) : nil
        var target = page
        if !pathPart.isEmpty {
            if pathPart.hasPrefix("/") { return "is absolute; links must be relative so the site works at any sub-path" }
            var folder = page.split(separator: "/").dropLast().map(String.init)
            for part in pathPart.split(separator: "/", omittingEmptySubsequences: false) {
                if part == ".." {
                    if folder.isEmpty { return "leaves the site" }
                    folder.removeLast()
                } else if part != "." && !part.isEmpty {
                    folder.append(String(part).removingPercentEncodingPortable)
                }
            }
            target = folder.joined(separator: "/")
            if pathPart.hasSuffix("/") || pathPart == "." || pathPart == ".." || target.isEmpty {
                target = target.isEmpty ? "index.html" : target + "/index.html"
            } else if !paths.contains(target), paths.contains(target + "/index.html") {
                return "names a folder without a trailing slash"
            }
            guard paths.contains(target) else { return "points to \(target), which the site does not have" }
        }
        if let fragment, !fragment.isEmpty, let targetPage = pages[target] {
            if !targetPage.ids.contains(fragment.removingPercentEncodingPortable) { return "points to #\(fragment), which \(target) does not have" }
        }
        return nil
    }

    /// The values of an attribute in HTML written by sitegen (double-quoted, escaped).
    static func attributeValues(_ name: String, in html: String) -> [String] {
        var out: [String] = []
        let needle = Array(" \(name)=\"".utf8)
        let bytes = Array(html.utf8)
        var i = 0
        while i + needle.count <= bytes.count {
            if bytes[i] == needle[0], bytes[i..<(i + needle.count)].elementsEqual(needle) {
                var j = i + needle.count
                while j < bytes.count, bytes[j] != 0x22 { j += 1 }
                out.append(unescape(String(decoding: bytes[(i + needle.count)..<j], as: UTF8.self)))
                i = j
            }
            i += 1
        }
        return out
    }

    static func unescape(_ s: String) -> String {
        guard s.contains("&") else { return s }
        return s.replacingAll("&quot;", "\"").replacingAll("&#39;", "'").replacingAll("&lt;", "<").replacingAll("&gt;", ">").replacingAll("&amp;", "&")
    }
}

extension String {
    func replacingAll(_ a: String, _ b: String) -> String { components(separatedBy: a).joined(separator: b) }

    /// %XX decoding without Foundation's locale-dependent helpers.
    var removingPercentEncodingPortable: String {
        guard contains("%") else { return self }
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
