import Foundation
import Testing
@testable import SitegenBuild
import SitegenCore
import SitegenModel
import SitegenRender

/// Entity pages, quotes and link integrity on whole sites.
@Suite("Cross-linked site")
struct CrossLinkTests {
    /// A small site of articles about different partners.
    static func partnersSite(_ tmp: TemporaryFolder) throws -> URL {
        try tmp.write("site/sitegen.yml", "title: Partners\n")
        try tmp.write("site/content/2024-05-01-asean.md", """
            ---
            title: ASEAN ministers meet
            date: 2024-05-01
            ---
            Foreign ministers of Malaysia and Singapore met their ASEAN partners in Jakarta.

            "We will keep the South China Sea open to all," said Vivian Balakrishnan, Singapore's foreign minister.
            """)
        try tmp.write("site/content/2024-05-02-africa.md", """
            ---
            title: Kenya and China sign rail deal
            date: 2024-05-02
            ---
            Kenya and China signed a deal under the Belt and Road Initiative (BRI) to reach African markets.

            "This railway will carry Kenyan goods to the sea within two days," said Amina Otieno, a Kenyan trade official.
            """)
        try tmp.write("site/content/2024-05-03-more-africa.md", """
            ---
            title: More Kenyan trade with China
            date: 2024-05-03
            ---
            Kenyan exports to China rose again, officials in Kenya said, as the BRI line opened.
            """)
        return tmp.url.appending(path: "site")
    }

    @Test("every mentioned entity gets a page; kinds get index pages with counts")
    func entityPages() throws {
        let tmp = try TemporaryFolder()
        let root = try Self.partnersSite(tmp)
        try buildSite(root: root)
        let out = root.appending(path: "public")
        for page in ["countries/ke/index.html", "countries/cn/index.html", "countries/sg/index.html", "regions/asean/index.html",
                     "initiatives/bri/index.html", "people/vivian-balakrishnan/index.html", "people/amina-otieno/index.html",
                     "countries/index.html", "regions/index.html", "initiatives/index.html", "people/index.html", "quotes/index.html"] {
            #expect(FileManager.default.fileExists(atPath: out.appending(path: page).path), "missing \(page)")
        }
        let kenya = try readText(out.appending(path: "countries/ke/index.html"))
        #expect(kenya.contains("<h1 id=\"entity-title\">Kenya</h1>"))
        #expect(kenya.contains("<dd>KE</dd>"))
        // Both articles, with their mention counts, and each mention linked to its paragraph.
        #expect(kenya.contains("href=\"../../articles/more-africa/\">More Kenyan trade with China</a> <span class=\"count\">2 mentions</span>"))
        #expect(kenya.contains("href=\"../../articles/africa/#p1\">"))
        // Kenya's regions and blocs: linked when they have a page, named otherwise.
        #expect(kenya.contains("<a href=\"../../regions/africa/\">Africa</a>"))
        #expect(kenya.contains("African Union"))
        let index = try readText(out.appending(path: "countries/index.html"))
        #expect(index.contains("<a href=\"../countries/ke/\">Kenya</a>") || index.contains("<a href=\"ke/\">Kenya</a>"))
    }

    @Test("a former state's page gives its ISO 3166-3 code and its years; a present one's its ISO 3166-1 code")
    func formerStatePage() throws {
        let tmp = try TemporaryFolder()
        try tmp.write("site/sitegen.yml", "title: Archive\n")
        try tmp.write("site/content/1962-10-28-missiles.md", """
            ---
            title: Missiles to be withdrawn from Cuba
            date: 1962-10-28
            ---
            The Soviet Union agreed to remove its missiles from Cuba, and the United States promised not to invade the island.
            """)
        let root = tmp.url.appending(path: "site")
        try buildSite(root: root)
        let out = root.appending(path: "public")
        let ussr = try readText(out.appending(path: "countries/su/index.html"))
        #expect(ussr.contains("<dt>ISO 3166-3 code (former state)</dt>"))
        #expect(ussr.contains("<dd>SU</dd>"))
        #expect(ussr.contains("Union of Soviet Socialist Republics, a former state (1922\u{2013}1991)"))
        #expect(!ussr.contains("ISO 3166-1 code"))
        let cuba = try readText(out.appending(path: "countries/cu/index.html"))
        #expect(cuba.contains("<dt>ISO 3166-1 code</dt>"))
        #expect(!cuba.contains("former state"))
    }

    @Test("a bloc gathers the mentions of its members and links to them")
    func rollUp() throws {
        let tmp = try TemporaryFolder()
        let root = try Self.partnersSite(tmp)
        try buildSite(root: root)
        let asean = try readText(root.appending(path: "public/regions/asean/index.html"))
        #expect(asean.contains("Mentions of members"))
        #expect(asean.contains("<a href=\"../../countries/my/\">Malaysia</a>"))
        #expect(asean.contains("<a href=\"../../countries/sg/\">Singapore</a>"))
    }

    @Test("quotes are listed by speaker and link to the quote in its paragraph")
    func quotesPage() throws {
        let tmp = try TemporaryFolder()
        let root = try Self.partnersSite(tmp)
        try buildSite(root: root)
        let quotes = try readText(root.appending(path: "public/quotes/index.html"))
        #expect(quotes.contains("<a href=\"../people/vivian-balakrishnan/\">Vivian Balakrishnan</a>"))
        #expect(quotes.contains("href=\"../articles/asean/#q1\""))
        let person = try readText(root.appending(path: "public/people/amina-otieno/index.html"))
        #expect(person.contains("Quotes by Amina Otieno"))
        let kenya = try readText(root.appending(path: "public/countries/ke/index.html"))
        #expect(kenya.contains("Quotes that mention Kenya"))
    }

    @Test("the quote index shows a speaker's newest quotes and links to all of them on the speaker's page")
    func quoteIndexIsBounded() throws {
        let tmp = try TemporaryFolder()
        var body = "Foreign Minister Amina Otieno spoke in Nairobi about Kenya and China.\n"
        for n in 1...12 { body += "\n\"Point number \(n) is that trade with China must grow,\" Otieno said.\n" }
        try tmp.write("site/content/talk.md", "---\ntitle: Twelve points\ndate: 2024-01-02\n---\n" + body)
        let root = tmp.url.appending(path: "site")
        _ = try buildSite(root: root)
        let quotes = try readText(root.appending(path: "public/quotes/index.html"))
        #expect(quotes.components(separatedBy: "<blockquote>").count - 1 == 10)
        #expect(quotes.contains("<a href=\"../people/amina-otieno/\">All 12 quotes by Amina Otieno</a>"))
        let person = try readText(root.appending(path: "public/people/amina-otieno/index.html"))
        #expect(person.components(separatedBy: "<blockquote>").count - 1 == 12)
    }

    @Test("mentions on article pages link to entity pages; related articles share entities")
    func articleLinks() throws {
        let tmp = try TemporaryFolder()
        let root = try Self.partnersSite(tmp)
        try buildSite(root: root)
        let page = try readText(root.appending(path: "public/articles/africa/index.html"))
        #expect(page.contains("<a class=\"mention mention-country\" href=\"../../countries/ke/\""))
        #expect(page.contains("Related articles"))
        let similar = try #require(page.components(separatedBy: "id=\"similar-heading\"").last)
        #expect(similar.contains("href=\"../more-africa/\""))
        #expect(!similar.contains("href=\"../asean/\"") || similar.range(of: "more-africa")!.lowerBound < similar.range(of: "asean")!.lowerBound)
    }

    @Test("the Web Annotation export addresses each mention and quote in the Markdown source and links to its entity")
    func webAnnotations() throws {
        let tmp = try TemporaryFolder()
        let root = try Self.partnersSite(tmp)
        // Characters outside ASCII before the mentions: positions count code points, not bytes.
        let source = """
            ---
            title: Côte d’Ivoire 🇨🇮 and Kenya
            ---
            In Abidjan — Côte d’Ivoire’s capital 🇨🇮 — Kenya’s envoy met Chinese officials.

            “We will trade more with the African Union,” said Amina Otieno. “And with ASEAN.”

            """
        try tmp.write("site/content/2024-05-05-cote.md", source)
        try buildSite(root: root)
        let file = root.appending(path: "public/articles/cote/annotations.jsonld")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        let context = try #require(json["@context"] as? [Any])
        #expect(context.first as? String == "http://www.w3.org/ns/anno.jsonld")
        let collection = "urn:sitegen:partners:articles/cote/annotations.jsonld"
        #expect(json["id"] as? String == collection)
        // "this:m1" expands by the prefix to the collection's IRI and a fragment.
        let prefixes = try #require(context.last as? [String: String])
        #expect(prefixes == ["this": collection + "#"])
        let items = try #require((json["first"] as? [String: Any])?["items"] as? [[String: Any]])
        #expect(json["total"] as? Int == items.count)
        let ids = items.compactMap { $0["id"] as? String }
        #expect(ids.count == items.count && Set(ids).count == ids.count && ids.allSatisfy { $0.hasPrefix("this:") })
        let codePoints = Array(source.unicodeScalars)
        var labels: [String] = []
        for item in items {
            let target = try #require(item["target"] as? [String: Any])
            #expect(target["source"] as? String == "urn:sitegen:partners:content/2024-05-05-cote.md")
            let selectors = try #require(target["selector"] as? [[String: Any]])
            let quote = try #require(selectors.first { $0["type"] as? String == "TextQuoteSelector" })
            let position = try #require(selectors.first { $0["type"] as? String == "TextPositionSelector" })
            let start = try #require(position["start"] as? Int), end = try #require(position["end"] as? Int)
            try #require(0 <= start && start < end && end <= codePoints.count)
            let slice = String(String.UnicodeScalarView(codePoints[start..<end]))
            let before = String(String.UnicodeScalarView(codePoints[..<start]))
            let after = String(String.UnicodeScalarView(codePoints[end...]))
            let exact = try #require(quote["exact"] as? String)
            let body = try #require(item["body"] as? [String: Any])
            if item["motivation"] as? String == "identifying" {
                #expect(slice == exact, "\(exact) at \(start)..<\(end) is \(slice)")
                #expect(before.hasSuffix(try #require(quote["prefix"] as? String)))
                #expect(after.hasPrefix(try #require(quote["suffix"] as? String)))
                // The entity's page, relative to the export's own folder.
                let link = try #require(body["source"] as? String)
                let page = file.deletingLastPathComponent().appending(path: link).appending(path: "index.html").standardized
                #expect(FileManager.default.fileExists(atPath: page.path), "\(link) has no page")
                labels.append(try #require(body["label"] as? String) + " = " + exact)
            } else {
                #expect(item["motivation"] as? String == "highlighting")
                // A quote within one paragraph: its words without the quotation marks.
                #expect(slice == exact, "\(exact) at \(start)..<\(end) is \(slice)")
                #expect(before.hasSuffix("“") && after.hasPrefix("”"))
                #expect(body["label"] as? String == "quote by Amina Otieno")
                labels.append("quote = " + exact)
            }
        }
        #expect(labels == [
            "country: Côte d'Ivoire = Côte d’Ivoire", "country: Kenya = Kenya", "country: China = Chinese",
            "region: African Union = African Union", "person: Amina Otieno = Amina Otieno", "region: ASEAN = ASEAN",
            "quote = We will trade more with the African Union,", "quote = And with ASEAN.",
        ])
    }

    @Test("a broken link written in Markdown fails the build at its file and line")
    func brokenMarkdownLink() throws {
        let tmp = try TemporaryFolder()
        let root = try Self.partnersSite(tmp)
        try tmp.write("site/content/2024-05-04-links.md", "# Links\n\nSee [the deal](../africa/) and [nothing](../missing/) and [a paragraph](../africa/#p9).\n")
        #expect {
            try buildSite(root: root)
        } throws: { error in
            let text = errorText(error)
            return text.contains("content/2024-05-04-links.md:3:") && text.contains("link \"../missing/\" points to articles/missing/index.html, which the site does not have")
                && text.contains("link \"../africa/#p9\" points to #p9, which articles/africa/index.html does not have")
                && !text.contains("\"../africa/\" ")
        }
    }

    @Test("the link checker finds broken template links and fragments")
    func checker() {
        let files = [
            OutputFile(path: "index.html", text: "<a href=\"a/\">a</a> <a href=\"a/#x\">x</a> <a href=\"#top\">t</a> <a href=\"https://e.org/\">e</a>", origin: "index.mustache"),
            OutputFile(path: "a/index.html", text: "<p id=\"x\">x</p><a href=\"../b/\">b</a><a href=\"/abs\">abs</a>", origin: "article.mustache"),
        ]
        let errors = LinkChecker.check(files, articles: []).map(\.message)
        #expect(errors.count == 3)
        #expect(errors.contains { $0.contains("\"#top\" on index.html points to #top") })
        #expect(errors.contains { $0.contains("\"../b/\" on a/index.html points to b/index.html") && $0.contains("article.mustache") })
        #expect(errors.contains { $0.contains("\"/abs\"") && $0.contains("relative") })
    }
}

/// The search page in a real browser, opened from disk with --file-links.
@Suite("Search in a browser")
struct SearchBrowserTests {
    @Test("search works from file:// and filters by kind")
    func searchFromDisk() throws {
        let chromium = try #require(which("chromium") ?? which("chromium-browser"), "chromium is not installed (scripts/test installs it)")
        let tmp = try TemporaryFolder()
        let root = try CrossLinkTests.partnersSite(tmp)
        try buildSite(root: root, linkStyle: .file)
        let page = root.appending(path: "public/search/index.html").absoluteString + "?q=kenya"
        let result = try run(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files",
                                        "--virtual-time-budget=3000", "--dump-dom", page])
        #expect(result.status == 0, "\(result.stderr)")
        let dom = result.stdout
        #expect(dom.contains("<a href=\"../countries/ke/index.html\">Kenya</a>"), "\(dom.suffix(800))")
        #expect(dom.contains("Kenya and China sign rail deal"))
        #expect(dom.contains("results</p>") || dom.contains("results<"))
    }
}
