import Foundation
import Testing
@testable import SitegenLoad
import SitegenCore

@Suite("Loading content")
struct LoaderTests {
    func parse(_ text: String, path: String = "content/2021-01-02-the-slug.md") throws -> SourceArticle {
        try SourceArticle.parse(bytes: Array(text.utf8), path: path).0
    }

    @Test("front matter is decoded into typed fields")
    func fields() throws {
        let article = try parse("""
            ---
            title: "A: title"
            date: 2021-01-02T11:24:00+08:00
            updated: 2023-06-05
            author: Xinhua
            source: China Daily
            source_url: https://example.com/a
            summary: Short.
            tags: [one, two]
            related:
              - Plain title
              - {title: Linked, url: "https://example.org/x"}
            draft: false
            ---
            Body.
            """)
        let fm = article.frontMatter
        #expect(article.title == "A: title")
        #expect(fm.date?.iso8601 == "2021-01-02T11:24:00+08:00")
        #expect(fm.date?.display == "January 2, 2021")
        #expect(fm.updated?.iso8601 == "2023-06-05")
        #expect(fm.authors == ["Xinhua"])
        #expect(fm.source == "China Daily")
        #expect(fm.sourceURL == "https://example.com/a")
        #expect(fm.tags == ["one", "two"])
        #expect(fm.related == [RelatedLink(title: "Plain title"), RelatedLink(title: "Linked", url: "https://example.org/x")])
        #expect(article.body == "Body.")
        #expect(article.bodyFirstLine == 15)
        #expect(article.slug == "the-slug")
    }

    @Test("the slug is the slug field, else the file name without date and extension, never the title")
    func slugs() throws {
        #expect(try parse("---\ntitle: Different Title\n---\nx", path: "content/2021-01-02-wang-yi.md").slug == "wang-yi")
        #expect(try parse("---\ntitle: T\nslug: chosen\n---\nx", path: "content/2021-01-02-wang-yi.md").slug == "chosen")
        #expect(try parse("# T", path: "content/Hello World.md").slug == "hello-world")
        #expect(try parse("# T", path: "content/2021-01-02.md").slug == "2021-01-02")
        #expect(try parse("# T", path: "content/sub/notes.markdown").slug == "notes")
    }

    @Test("slugs join initialisms and drop accents and apostrophes")
    func slugText() {
        #expect(Slug.make("U.S. Geological Survey") == "us-geological-survey")
        #expect(Slug.make("the U.N. and the U.S.A.") == "the-un-and-the-usa")
        #expect(Slug.make("J. R. Smith, e.g. this") == "j-r-smith-eg-this")
        #expect(Slug.make("China's Álvarez") == "chinas-alvarez")
        #expect(Slug.make("a.b.c.d") == "abcd")
        #expect(Slug.make("version 2.0") == "version-2-0")
        #expect(Slug.make("Yapı Merkezi, Øresund, Łódź, Straße") == "yapi-merkezi-oresund-lodz-strasse")
        #expect(Slug.make("Ras al-Khaimah’s  --  port") == "ras-al-khaimahs-port")
        #expect(Slug.make("  São Tomé  ") == "sao-tome")
        #expect(Slug.make("Москва – Пекин, 2021") == "москва-пекин-2021")
        let long = Slug.make(String(repeating: "ab ", count: 100))
        #expect(long.utf8.count == 119 && long.hasPrefix("ab-ab") && !long.hasSuffix("-"))
    }

    @Test("front matter is optional: the title comes from a leading # heading")
    func noFrontMatter() throws {
        let article = try parse("\n# Heading Title #\n\nText\n", path: "content/x.md")
        #expect(article.title == "Heading Title")
        #expect(!article.body.contains("Heading Title"))
        #expect(article.body.split(separator: "\n", omittingEmptySubsequences: false).count == 5)  // line numbers kept
    }

    @Test("BOM, CRLF, lone CR and mixed endings give the same article as LF")
    func lineEndings() throws {
        let lf = "---\ntitle: T\ndate: 2020-01-01\n---\nOne\ntwo\n\nThree\n"
        let reference = try parse(lf)
        let variants = [
            "\u{FEFF}" + lf,
            lf.replacingOccurrences(of: "\n", with: "\r\n"),
            lf.replacingOccurrences(of: "\n", with: "\r"),
            "\u{FEFF}---\r\ntitle: T\ndate: 2020-01-01\r---\nOne\r\ntwo\r\rThree\n",
        ]
        for text in variants {
            var article = try parse(text)
            #expect(article.fileLineStarts.count == reference.fileLineStarts.count)
            article.fileLineStarts = reference.fileLineStarts  // byte offsets differ by design
            article.contentHash = reference.contentHash  // it covers the byte offsets too
            #expect(article == reference, "variant \(String(reflecting: text))")
        }
    }

    @Test("error lines are counted in the file, not in the YAML")
    func errorLines() throws {
        do {
            _ = try parse("---\ntitle: T\n\n\ndate: 2020-02-30\n---\n")
            Issue.record("expected an error")
        } catch let error as SitegenError {
            #expect(error.location == SitegenCore.SourceLocation(path: "content/2021-01-02-the-slug.md", line: 5, column: 7))
            #expect(error.message.contains("\"date\" is not a date"))
        }
    }

    @Test("dates: accepted forms and impossible dates", arguments: [
        ("2021-01-02", "2021-01-02"), ("2021-01-02T11:24:00+08:00", "2021-01-02T11:24:00+08:00"),
        ("2021-01-02 11:24", "2021-01-02T11:24:00Z"), ("2021-01-02T11:24:00.123Z", "2021-01-02T11:24:00Z"),
        ("2024-02-29", "2024-02-29"),
    ])
    func dates(input: String, iso: String) {
        #expect(ArticleDate(parsing: input)?.iso8601 == iso)
    }

    @Test("impossible or malformed dates are rejected", arguments: ["2024-13-45", "2023-02-29", "2021-1-2", "tomorrow", "2021-01-02T25:00", "2021-01-02Tx", ""])
    func badDates(input: String) {
        #expect(ArticleDate(parsing: input) == nil)
    }

    @Test("dates in different offsets order by the instant")
    func dateOrder() throws {
        let beijing = try #require(ArticleDate(parsing: "2021-01-02T08:00:00+08:00"))
        let london = try #require(ArticleDate(parsing: "2021-01-02T01:00:00Z"))
        #expect(beijing < london)
        #expect(ArticleDate(parsing: "1970-01-01T00:00:00Z")?.epochSeconds == 0)
        #expect(ArticleDate(parsing: "2000-03-01")?.epochSeconds == 951_868_800)
    }

    @Test("unknown fields warn instead of being silently ignored")
    func unknownField() throws {
        let (_, warnings) = try SourceArticle.parse(bytes: Array("---\ntitle: T\ntitel: typo\n---\n".utf8), path: "a.md")
        #expect(warnings.map(\.description) == ["a.md:3:1: warning: unknown front matter field \"titel\" is ignored"])
    }

    @Test("unsafe URLs in front matter are refused")
    func unsafeURLs() {
        #expect(throws: SitegenError.self) { try parse("---\ntitle: T\nsource_url: javascript:alert(1)\n---\n") }
        #expect(throws: SitegenError.self) { try parse("---\ntitle: T\nrelated:\n  - {title: x, url: \"javascript:alert(1)\"}\n---\n") }
    }

    @Test("invalid UTF-8 and NUL become U+FFFD with a warning naming the line")
    func invalidUTF8() throws {
        var bytes = Array("---\ntitle: T\n---\nok\nbad ".utf8)
        bytes += [0xFF, 0xFE]
        bytes += Array("\nnul \u{0}\n".utf8)
        let (article, warnings) = try SourceArticle.parse(bytes: bytes, path: "a.md")
        #expect(article.body.contains("\u{FFFD}"))
        #expect(warnings.map(\.description).contains("a.md:6:1: warning: NUL byte replaced by U+FFFD"))
        #expect(warnings.map(\.description).contains("a.md:5:1: warning: invalid UTF-8 replaced by U+FFFD"))
    }

    @Test("the loader reads content/**/*.md, skips entities/, editor droppings and special files")
    func walking() throws {
        let tmp = try TemporaryFolder()
        try tmp.write("content/a.md", "# A\n")
        try tmp.write("content/deep/er/b.md", "# B\n")
        try tmp.write("content/entities/country.md", "---\nid: x\n---\n")
        try tmp.write("content/.hidden.md", "# H\n")
        try tmp.write("content/c.md~", "# C\n")
        try tmp.write("content/.c.md.swp", "x")
        try tmp.write("content/notes.txt", "x")
        try tmp.write("content/folder.md/d.md", "# D\n")
        #expect(mkfifo(tmp.url.appending(path: "content/pipe.md").path, 0o644) == 0)
        let site = try ContentLoader(root: tmp.url, displayRoot: "").load()
        #expect(site.articles.map(\.path) == ["content/a.md", "content/deep/er/b.md", "content/folder.md/d.md"])
        #expect(site.warnings.map(\.description).contains("content/pipe.md:1:1: warning: not a regular file (a pipe, socket or device); skipped"))
    }

    @Test("symbolic links out of the site root are refused, not followed")
    func symlinkOut() throws {
        let tmp = try TemporaryFolder()
        try tmp.write("outside/secret.md", "# Secret\n")
        try tmp.write("site/content/a.md", "# A\n")
        try FileManager.default.createSymbolicLink(atPath: tmp.url.appending(path: "site/content/link.md").path, withDestinationPath: tmp.url.appending(path: "outside/secret.md").path)
        #expect {
            _ = try ContentLoader(root: tmp.url.appending(path: "site"), displayRoot: "").load()
        } throws: { error in
            "\(error)".contains("content/link.md:1:1: error: symbolic link points outside the site root")
        }
    }

    @Test("errors of every bad article are reported together, sorted by path")
    func allErrors() throws {
        let tmp = try TemporaryFolder()
        try tmp.write("content/b.md", "---\ntitle: [x]\n---\n")
        try tmp.write("content/a.md", "no title here\n")
        #expect {
            _ = try ContentLoader(root: tmp.url, displayRoot: "").load()
        } throws: { error in
            let lines = "\(error)".split(separator: "\n")
            return lines.count == 2 && lines[0].hasPrefix("content/a.md:1:1") && lines[1].hasPrefix("content/b.md:2:8")
        }
    }

    @Test("articles over the size limit are refused naming the limit")
    func sizeLimit() throws {
        let tmp = try TemporaryFolder()
        try tmp.write("content/big.md", "# Big\n" + String(repeating: "word ", count: 400))
        var loader = ContentLoader(root: tmp.url, displayRoot: "")
        loader.maxArticleBytes = 1000
        #expect {
            _ = try loader.load()
        } throws: { error in
            "\(error)".contains("over the limit of 1000 bytes (raise it with --max-article-bytes)")
        }
    }
}
