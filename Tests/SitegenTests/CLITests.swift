import Foundation
import Testing

/// The real executable, as a user runs it.
@Suite("Command line")
struct CLITests {
    @Test("a bad article prints path:line:col, exits non-zero and leaves public/ as it was")
    func badArticle() throws {
        let binary = try sitegenBinary()
        let tmp = try TemporaryFolder()
        let root = try tmp.copy(site: Paths.site("basic"))
        var result = try run(binary, ["build", "--quiet"], cwd: root)
        #expect(result.status == 0, "\(result.stderr)")
        let before = try tree(root.appending(path: "public"))
        try tmp.write("site/content/broken.md", "---\ntitle: Broken\ndate: 2024-02-31\n---\n")
        result = try run(binary, ["build"], cwd: root)
        #expect(result.status != 0)
        #expect(result.stderr.hasPrefix("content/broken.md:3:7: error: front matter field \"date\" is not a date"))
        #expect(try tree(root.appending(path: "public")) == before)
    }

    @Test("--root and --output name folders; the summary reports what was written")
    func options() throws {
        let binary = try sitegenBinary()
        let tmp = try TemporaryFolder()
        _ = try tmp.copy(site: Paths.site("basic"))
        let result = try run(binary, ["build", "--root", "site", "--output", "out/www", "--base-url", "https://example.com/news"], cwd: tmp.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Built 3 articles into out/www/"))
        #expect(result.stdout.contains("files written  16"))
        let page = try readText(tmp.url.appending(path: "out/www/articles/kenya-rail-line/index.html"))
        #expect(page.contains("href=\"https://example.com/news/articles/kenya-rail-line/\""))
        let errorsInRoot = try run(binary, ["build", "--root", "site", "--output", "site"], cwd: tmp.url)
        #expect(errorsInRoot.status != 0)
        #expect(errorsInRoot.stderr.contains("refusing to use \"site\" as the output folder: it is the site folder itself"))
        let badURL = try run(binary, ["build", "--base-url", "ftp://x"], cwd: tmp.url)
        #expect(badURL.status != 0)
        #expect(badURL.stderr.contains("--base-url must be an absolute http:// or https:// URL"))
    }
}
