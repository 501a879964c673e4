import Foundation
import Testing
@testable import SitegenBuild
import SitegenCore
import SitegenModel
import SitegenPublish
import SitegenRender

/// Whole fixture sites built into a temporary folder, checked against golden files.
@Suite("End to end")
struct EndToEndTests {
    @Test("the basic fixture site matches its golden pages")
    func basicSiteGolden() throws {
        let tmp = try TemporaryFolder()
        let root = try tmp.copy(site: Paths.site("basic"))
        let report = try buildSite(root: root, baseURL: "https://news.example/sub/")
        #expect(report.articles == 3)  // the draft is left out
        let files = try tree(root.appending(path: "public"))
        #expect(Set(files.keys) == [
            ".sitegen-output", "index.html", "assets/site.css", "quotes/index.html", "404.html", "robots.txt", "sitemap.xml",
            "feed.xml", "search/index.html", "search/index.json", "search/index.js",
            "articles/kenya-rail-line/index.html", "articles/port-expansion/index.html", "articles/undated-note/index.html",
            "articles/kenya-rail-line/annotations.jsonld", "articles/port-expansion/annotations.jsonld", "articles/undated-note/annotations.jsonld",
        ])
        try assertGolden(String(decoding: files["feed.xml"]!, as: UTF8.self), "basic/feed.xml")
        try assertGolden(String(decoding: files["sitemap.xml"]!, as: UTF8.self), "basic/sitemap.xml")
        try assertGolden(String(decoding: files["index.html"]!, as: UTF8.self), "basic/index.html")
        try assertGolden(String(decoding: files["articles/kenya-rail-line/index.html"]!, as: UTF8.self), "basic/articles/kenya-rail-line/index.html")
        try assertGolden(String(decoding: files["articles/port-expansion/index.html"]!, as: UTF8.self), "basic/articles/port-expansion/index.html")
        try assertGolden(String(decoding: files["articles/undated-note/index.html"]!, as: UTF8.self), "basic/articles/undated-note/index.html")
    }

    @Test("drafts are built only when asked")
    func drafts() throws {
        let tmp = try TemporaryFolder()
        let root = try tmp.copy(site: Paths.site("basic"))
        try buildSite(root: root, drafts: true)
        #expect(FileManager.default.fileExists(atPath: root.appending(path: "public/articles/draft/index.html").path))
    }

    @Test("index lists articles newest first with summaries; undated last")
    func homeOrder() throws {
        let tmp = try TemporaryFolder()
        let root = try tmp.copy(site: Paths.site("basic"))
        try buildSite(root: root)
        let home = try readText(root.appending(path: "public/index.html"))
        let kenya = try #require(home.range(of: "articles/kenya-rail-line/"))
        let port = try #require(home.range(of: "articles/port-expansion/"))
        let note = try #require(home.range(of: "articles/undated-note/"))
        #expect(kenya.lowerBound < port.lowerBound && port.lowerBound < note.lowerBound)
        #expect(home.contains("A standard-gauge line opens a month ahead of schedule."))
        #expect(home.contains("Bids came from three continents."))  // summary from the first paragraph
    }

    @Test("values from front matter are escaped for their context")
    func escaping() throws {
        let tmp = try TemporaryFolder()
        let root = try tmp.copy(site: Paths.site("basic"))
        try buildSite(root: root)
        let page = try readText(root.appending(path: "public/articles/kenya-rail-line/index.html"))
        #expect(page.contains("<title>Kenya&#39;s new rail line opens &lt;early&gt; · Fixture Times</title>"))
        #expect(!page.contains("<early>"))
        #expect(page.contains("href=\"https://example.com/kenya-rail?x=1&amp;y=2\""))
        #expect(page.contains("<html lang=\"en-GB\">"))
        #expect(page.contains("<meta name=\"viewport\""))
        #expect(page.contains("<meta charset=\"utf-8\">"))
    }

    @Test("internal links are relative, so the site works at any sub-path")
    func relativeLinks() throws {
        let tmp = try TemporaryFolder()
        let root = try tmp.copy(site: Paths.site("basic"))
        try buildSite(root: root)
        let page = try readText(root.appending(path: "public/articles/kenya-rail-line/index.html"))
        #expect(page.contains("href=\"../../assets/site.css\""))
        #expect(page.contains("href=\"../../\""))
        // "READ MORE" with a title of this site resolves to the article; others stay external.
        #expect(page.contains("<a href=\"../port-expansion/\">Port expansion in Mombasa draws bids</a>"))
        #expect(page.contains("<a href=\"https://example.org/explainer\" rel=\"external\">An external explainer</a>"))
        for (path, data) in try tree(root.appending(path: "public")) where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            for href in hrefs(in: html) where !href.hasPrefix("http") && !href.hasPrefix("#") {
                #expect(!href.hasPrefix("/"), "absolute internal link \(href) in \(path)")
                let target = resolve(href, from: path, fileLinks: false)
                #expect(FileManager.default.fileExists(atPath: root.appending(path: "public/" + target).path), "broken link \(href) in \(path)")
            }
        }
    }

    @Test("--file-links names index.html so the site browses from disk")
    func fileLinks() throws {
        let tmp = try TemporaryFolder()
        let root = try tmp.copy(site: Paths.site("basic"))
        try buildSite(root: root, linkStyle: .file)
        let home = try readText(root.appending(path: "public/index.html"))
        #expect(home.contains("href=\"articles/kenya-rail-line/index.html\""))
        let page = try readText(root.appending(path: "public/articles/kenya-rail-line/index.html"))
        #expect(page.contains("href=\"../../index.html\""))
        for (path, data) in try tree(root.appending(path: "public")) where path.hasSuffix(".html") {
            for href in hrefs(in: String(decoding: data, as: UTF8.self)) where !href.hasPrefix("http") && !href.hasPrefix("#") {
                #expect(!href.hasSuffix("/"), "folder link \(href) in \(path) does not open from disk")
                let target = resolve(href, from: path, fileLinks: true)
                #expect(FileManager.default.fileExists(atPath: root.appending(path: "public/" + target).path), "broken link \(href) in \(path)")
            }
        }
    }

    @Test("--base-url adds canonical links")
    func canonical() throws {
        let tmp = try TemporaryFolder()
        let root = try tmp.copy(site: Paths.site("basic"))
        try buildSite(root: root, baseURL: "https://news.example/sub/")
        let page = try readText(root.appending(path: "public/articles/kenya-rail-line/index.html"))
        #expect(page.contains("<link rel=\"canonical\" href=\"https://news.example/sub/articles/kenya-rail-line/\">"))
    }

    @Test("a site's templates/ overrides the built-in theme file by file")
    func templateOverride() throws {
        let tmp = try TemporaryFolder()
        let root = try tmp.copy(site: Paths.site("override"))
        try buildSite(root: root)
        let page = try readText(root.appending(path: "public/articles/one/index.html"))
        #expect(page.contains("<h1 class=\"custom\">One</h1>"))
        #expect(page.contains("<title>One (custom)</title>"))
        #expect(page.contains("class=\"skip-link\""))  // layout still the built-in one
        let home = try readText(root.appending(path: "public/index.html"))
        #expect(home.contains("Latest articles"))  // index.mustache not overridden
    }

    @Test("a site without templates/ builds with the embedded theme")
    func embeddedTheme() throws {
        let tmp = try TemporaryFolder()
        try tmp.write("site/content/a.md", "# Alpha\n\nText.\n")
        let root = tmp.url.appending(path: "site")
        try buildSite(root: root)
        let page = try readText(root.appending(path: "public/articles/a/index.html"))
        #expect(page.contains("<h1 id=\"article-title\">Alpha</h1>"))
        #expect(FileManager.default.fileExists(atPath: root.appending(path: "public/assets/site.css").path))
    }

    @Test("the embedded theme is the top-level templates/ folder")
    func embeddedMatchesTemplatesFolder() throws {
        let theme = try Theme.builtIn()
        let folder = try tree(Paths.packageRoot.appending(path: "templates"))
        #expect(Set(theme.files.keys) == Set(folder.keys))
        for (name, data) in folder {
            #expect(theme.files[name] == String(decoding: data, as: UTF8.self), "\(name) differs from the embedded copy")
        }
    }

    @Test("two builds of the same input are byte-identical")
    func deterministic() throws {
        let tmp = try TemporaryFolder()
        let root = try tmp.copy(site: Paths.site("basic"))
        try buildSite(root: root, output: tmp.url.appending(path: "out1"))
        try buildSite(root: root, output: tmp.url.appending(path: "out2"))
        #expect(try tree(tmp.url.appending(path: "out1")) == tree(tmp.url.appending(path: "out2")))
    }
}

/// Every href="..." of a page.
func hrefs(in html: String) -> [String] {
    var out: [String] = []
    var rest = Substring(html)
    while let r = rest.range(of: "href=\"") {
        rest = rest[r.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { break }
        out.append(String(rest[..<end]).replacingOccurrences(of: "&amp;", with: "&"))
        rest = rest[end...]
    }
    return out
}

/// The output file a relative link from `page` points at.
func resolve(_ href: String, from page: String, fileLinks: Bool) -> String {
    var parts = page.split(separator: "/").dropLast().map(String.init)
    let path = href.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
    for part in path.split(separator: "/", omittingEmptySubsequences: false) {
        if part == ".." { if !parts.isEmpty { parts.removeLast() } } else if part != "." && !part.isEmpty { parts.append(String(part)) }
    }
    var target = parts.joined(separator: "/")
    if path.isEmpty || path.hasSuffix("/") || path == "." { target += target.isEmpty ? "index.html" : "/index.html" }
    return target
}
