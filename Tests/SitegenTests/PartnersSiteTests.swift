import Foundation
import Testing
@testable import SitegenBuild
import SitegenCore
import SitegenModel
import SitegenRender

/// The eight hand-labelled articles (Africa, Latin America, the Middle East,
/// Europe, South Asia, Southeast and Central Asia, China-US) built as one site.
@Suite("Partners site")
struct PartnersSiteTests {
    static func make(_ tmp: TemporaryFolder, name: String = "partners") throws -> URL {
        let root = tmp.url.appending(path: name)
        let content = root.appending(path: "content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        let folder = Paths.fixtures.appending(path: "articles")
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasSuffix(".md") {
            try FileManager.default.copyItem(at: folder.appending(path: file), to: content.appending(path: file))
        }
        try tmp.write("\(name)/sitegen.yml", """
            title: Partners
            description: China and its partners, annotated.
            base_url: https://partners.example/news/
            topics:
              trade: [trade, tariffs, exports, imports]
              debt: {name: Debt, keywords: [debt, loans, lending]}
            """)
        try tmp.write("\(name)/content/entities/kenya.md", """
            ---
            id: country/ke
            ---
            Kenya is East Africa's largest economy and a major partner of **China** in rail and port building.
            """)
        return root
    }

    @Test("golden pages: an article, an entity of each kind, the quote index, a feed and the sitemap")
    func golden() throws {
        let tmp = try TemporaryFolder()
        let root = try Self.make(tmp)
        try buildSite(root: root)
        let out = root.appending(path: "public")
        for page in [
            "articles/wire-africa/index.html", "countries/ke/index.html", "regions/african-union/index.html",
            "initiatives/focac/index.html", "organizations/mofcom/index.html", "people/amina-otieno/index.html",
            "topics/trade/index.html", "quotes/index.html", "feed.xml", "sitemap.xml", "countries/ke/feed.xml",
        ] {
            try assertGolden(try readText(out.appending(path: page)), "partners/" + page)
        }
    }

    @Test("topics from the site settings match their keywords in any case")
    func topics() throws {
        let tmp = try TemporaryFolder()
        let root = try Self.make(tmp)
        try buildSite(root: root)
        let trade = try readText(root.appending(path: "public/topics/trade/index.html"))
        #expect(trade.contains("<h1 id=\"entity-title\">Trade</h1>"))
        let debt = try readText(root.appending(path: "public/topics/debt/index.html"))
        #expect(debt.contains("<h1 id=\"entity-title\">Debt</h1>"))
        let kenya = try readText(root.appending(path: "public/countries/ke/index.html"))
        #expect(kenya.contains("major partner of <strong>China</strong>"))  // the entity file's introduction
    }

    @Test("a crawl of the built site finds no broken link or anchor, and every file is UTF-8")
    func crawl() throws {
        let tmp = try TemporaryFolder()
        let root = try Self.make(tmp)
        try buildSite(root: root)
        let files = try tree(root.appending(path: "public")).map { OutputFile(path: $0.key, bytes: Array($0.value), origin: "disk") }
        #expect(files.count > 100)
        #expect(LinkChecker.check(files, articles: []).map(\.description) == [])
        for f in files { #expect(String(validating: f.bytes, as: UTF8.self) != nil, "\(f.path) is not UTF-8") }
        // The same crawl with file links, as browsed from disk.
        try buildSite(root: root, output: tmp.url.appending(path: "disk"), linkStyle: .file)
        let disk = try tree(tmp.url.appending(path: "disk")).map { OutputFile(path: $0.key, bytes: Array($0.value), origin: "disk") }
        #expect(LinkChecker.check(disk, articles: []).map(\.description) == [])
        for f in disk where f.path.hasSuffix(".html") {
            for href in hrefs(in: String(decoding: f.bytes, as: UTF8.self)) where !href.contains(":") && !href.hasPrefix("#") {
                #expect(!href.split(separator: "#").first.map { $0.hasSuffix("/") }!, "\(href) in \(f.path) will not open from disk")
            }
        }
    }

    @Test("two builds are byte-identical whatever the file order, locale and time zone")
    func deterministic() throws {
        let binary = try sitegenBinary()
        let tmp = try TemporaryFolder()
        let a = try Self.make(tmp, name: "a")
        // The second copy writes its files in reverse order, so directory order differs.
        let b = tmp.url.appending(path: "b")
        try FileManager.default.createDirectory(at: b.appending(path: "content/entities"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: a.appending(path: "sitegen.yml"), to: b.appending(path: "sitegen.yml"))
        for file in try FileManager.default.contentsOfDirectory(atPath: a.appending(path: "content").path).sorted().reversed() where file.hasSuffix(".md") {
            try FileManager.default.copyItem(at: a.appending(path: "content/" + file), to: b.appending(path: "content/" + file))
        }
        try FileManager.default.copyItem(at: a.appending(path: "content/entities/kenya.md"), to: b.appending(path: "content/entities/kenya.md"))
        var env = ProcessInfo.processInfo.environment
        let first = try run(binary, ["build", "--quiet"], cwd: a, environment: env)
        env["TZ"] = "Pacific/Kiritimati"
        env["LANG"] = "tr_TR.UTF-8"
        env["LC_ALL"] = "tr_TR.UTF-8"
        let second = try run(binary, ["build", "--quiet"], cwd: b, environment: env)
        #expect(first.status == 0 && second.status == 0, "\(first.stderr)\(second.stderr)")
        #expect(try tree(a.appending(path: "public")) == tree(b.appending(path: "public")))
        // The site folder named by an absolute path, from elsewhere, on one thread and
        // without the cache: the same bytes, and no trace of where the site lives.
        env["SITEGEN_JOBS"] = "1"
        let third = try run(binary, ["build", "--quiet", "--no-cache", "--root", b.path, "--output", b.appending(path: "public-abs").path], cwd: tmp.url, environment: env)
        #expect(third.status == 0, "\(third.stderr)")
        let absolute = try tree(b.appending(path: "public-abs"))
        #expect(try absolute == tree(a.appending(path: "public")))
        #expect(!absolute.values.contains { String(decoding: $0, as: UTF8.self).contains(tmp.url.path) })
    }
}
