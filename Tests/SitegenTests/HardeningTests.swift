import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import SitegenBuild
@testable import SitegenPublish
import SitegenCore

#if canImport(Glibc)
import Glibc
#endif

/// One test per numbered scenario of the hardening issue: bad input, faults and
/// hostile content never crash sitegen, lose data or escape public/.
@Suite("Hardening")
struct HardeningTests {
    func site(_ tmp: TemporaryFolder, _ files: [String: String]) throws -> URL {
        for (path, text) in files { try tmp.write("site/" + path, text) }
        return tmp.url.appending(path: "site")
    }

    /// Runs `sitegen build` in the site folder, so messages name files as `content/...`.
    func build(_ root: URL, _ arguments: [String] = []) throws -> (status: Int32, stdout: String, stderr: String) {
        try run(try sitegenBinary(), ["build", "--quiet"] + arguments, cwd: root)
    }

    @Test("1 invalid UTF-8 or NUL: U+FFFD with a warning naming the line; every output file is UTF-8")
    func s01InvalidUTF8() throws {
        let tmp = try TemporaryFolder()
        let root = try site(tmp, [:])
        try FileManager.default.createDirectory(at: root.appending(path: "content"), withIntermediateDirectories: true)
        var bytes = Array("---\ntitle: Bad \u{0} bytes\n---\nText ".utf8) + [0xC3, 0x28, 0xFF] + Array(" more.\n".utf8)
        bytes += []
        try Data(bytes).write(to: root.appending(path: "content/bad.md"))
        let result = try build(root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("content/bad.md:2:1: warning: NUL byte replaced by U+FFFD"))
        #expect(result.stderr.contains("content/bad.md:4:1: warning: invalid UTF-8 replaced by U+FFFD"))
        for (path, data) in try tree(root.appending(path: "public")) {
            #expect(String(validating: Array(data), as: UTF8.self) != nil, "\(path) is not UTF-8")
        }
    }

    @Test("2 BOM, CRLF, lone CR and mixed endings: the same page as with LF")
    func s02LineEndings() throws {
        let tmp = try TemporaryFolder()
        let lf = "---\ntitle: Endings\ndate: 2024-01-01\n---\nChina and Kenya.\n\n\"We agree on everything here,\" said Wang Yi.\n"
        let variants = ["lf": lf, "crlf": lf.replacingOccurrences(of: "\n", with: "\r\n"), "cr": lf.replacingOccurrences(of: "\n", with: "\r"),
                        "bom": "\u{FEFF}" + lf.replacingOccurrences(of: "\n\n", with: "\r\n\r")]
        var pages: [String: String] = [:]
        for (name, text) in variants {
            try tmp.write("\(name)/content/endings.md", text)
            let result = try build(tmp.url.appending(path: name))
            #expect(result.status == 0, "\(name): \(result.stderr)")
            pages[name] = try readText(tmp.url.appending(path: "\(name)/public/articles/endings/index.html"))
        }
        for name in ["crlf", "cr", "bom"] { #expect(pages[name] == pages["lf"], "\(name) differs from LF") }
    }

    @Test("3 front matter errors name the field with its line in the file")
    func s03FrontMatter() throws {
        // Each case is a fixture site under Fixtures/invalid with its expected message (see InvalidSiteTests).
        let folder = Paths.fixtures.appending(path: "invalid")
        for name in ["unclosed-front-matter", "toml-front-matter", "yaml-syntax-error", "title-is-a-list", "bad-date", "missing-title", "duplicate-key", "crlf-error-line"] {
            let expected = try readText(folder.appending(path: name + "/expected-error.txt"))
            #expect(expected.hasPrefix("content/a.md:"), "\(name): \(expected)")
        }
    }

    @Test("4 a YAML alias bomb and 10,000-deep nesting fail fast with a message")
    func s04YAMLBombs() throws {
        let tmp = try TemporaryFolder()
        var bomb = "---\ntitle: Bomb\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        for (prev, name) in zip("abcdefgh", "bcdefghi") { bomb += "\(name): &\(name) [" + Array(repeating: "*\(prev)", count: 9).joined(separator: ",") + "]\n" }
        bomb += "tags: *i\n---\nBody\n"
        let root = try site(tmp, ["content/bomb.md": bomb])
        let start = Date()
        let result = try build(root)
        #expect(Date().timeIntervalSince(start) < 5)
        #expect(result.status != 0)
        #expect(result.stderr.contains("content/bomb.md:") && result.stderr.contains("\"tags\" must be a list of text"))
        try tmp.write("site/content/bomb.md", "---\ntitle: Deep\ntags: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n---\nBody\n")
        let deep = try build(root)
        #expect(deep.status != 0)
        #expect(deep.stderr.contains("content/bomb.md:3:") && deep.stderr.contains("nesting"))
    }

    @Test("5 a huge article or a huge single line is refused, naming the configurable limit")
    func s05Huge() throws {
        let tmp = try TemporaryFolder()
        let root = try site(tmp, ["content/big.md": "# Big\n\n" + String(repeating: "word ", count: 2_300_000) + "\n"])
        let big = try build(root)
        #expect(big.status != 0)
        #expect(big.stderr.contains("over the limit of 10485760 bytes (raise it with --max-article-bytes)"))
        try tmp.write("site/content/big.md", "# Line\n\n" + String(repeating: "word ", count: 1_000_000) + "\n")
        let line = try build(root)
        #expect(line.status != 0)
        #expect(line.stderr.contains("content/big.md:3:1: error: paragraph is") && line.stderr.contains("--max-paragraph-bytes"))
    }

    @Test("6 cmark's pathological inputs finish or fail within the time budget; deep nesting never overflows")
    func s06Pathological() throws {
        let tmp = try TemporaryFolder()
        // The budget is measured against a build of a one-line article on the same machine at the same moment, so that
        // start-up (loading the gazetteers, slow in a debug build and slower still when other builds share the cores)
        // is not counted against it: the pathological article may cost its 2-second budget and a margin, not more.
        let quickFolder = try TemporaryFolder()
        let quick = try site(quickFolder, ["content/quick.md": "# Quick\n\nOne line.\n"])
        let baselineStart = Date()
        _ = try build(quick, ["--article-time-budget", "2"])
        let baseline = Date().timeIntervalSince(baselineStart)
        let root = try site(tmp, ["content/slow.md": "# Slow\n\n" + String(repeating: "![[]()", count: 80_000) + "\n"])
        let start = Date()
        let slow = try build(root, ["--article-time-budget", "2"])
        let extra = Date().timeIntervalSince(start) - baseline
        #expect(extra < 10, "the pathological article took \(extra) s more than a one-line one (\(baseline) s)")
        #expect(slow.status != 0)
        #expect(slow.stderr.contains("content/slow.md:1:1: error: took more than 2 seconds") && slow.stderr.contains("--article-time-budget"))
        for (name, text) in [
            ("quotes", String(repeating: "> ", count: 25_000) + "a\n"), ("brackets", String(repeating: "[", count: 25_000) + "a\n"),
            ("list", String(repeating: "- ", count: 20_000) + "x" + String(repeating: "\n", count: 20_000)),
            ("cdata", String(repeating: "a <![CDATA[", count: 20_000) + "\n"),
            ("emphasis", String(repeating: ">", count: 100_000) + String(repeating: "a*", count: 20_000) + "\n"),
        ] {
            try? FileManager.default.removeItem(at: root.appending(path: "content"))
            try tmp.write("site/content/\(name).md", "# \(name)\n\n" + text)
            let started = Date()
            let result = try build(root, ["--article-time-budget", "10"])
            #expect(Date().timeIntervalSince(started) < 30, "\(name) took too long")
            #expect(result.status == 0 || result.stderr.contains("--article-time-budget"), "\(name): \(result.stderr.prefix(300))")
        }
    }

    @Test("7 hostile values are neutralised or escaped in HTML, attributes, JSON-LD, feeds and the search index")
    func s07Hostile() throws {
        let tmp = try TemporaryFolder()
        let title = "</title><script>alert(1)</script>\"><svg onload=alert(2)>]]></script>\u{2028}{{site.title}}"
        let root = try site(tmp, [
            "sitegen.yml": "title: Safe\nbase_url: https://example.org/\n",
            "content/x.md": """
                ---
                title: '\(title.replacingOccurrences(of: "'", with: "''"))'
                author: '<img src=x onerror=alert(3)>'
                summary: '</script><script>alert(4)</script>'
                source_url: https://example.org/?a="b"&c=<d>
                ---
                <script>alert(5)</script>

                [click](javascript:alert(6)) [v](vbscript:x) [d](data:text/html,<b>x</b>) <img src=x onerror=alert(7)>

                Template syntax stays text: {{site.title}} {{{body}}}.
                """,
        ])
        let result = try build(root)
        #expect(result.status == 0, "\(result.stderr)")
        let page = try readText(root.appending(path: "public/articles/x/index.html"))
        #expect(!page.contains("<script>alert"))
        #expect(!page.contains("<img"))  // escaped text may say "onerror=", but never inside a tag
        #expect(!page.contains("<svg"))
        #expect(result.stderr.contains("content/x.md:9:1: warning: link \"javascript:alert(6)\" was removed"))
        #expect(!page.contains("javascript:") && !page.contains("vbscript:") && !page.contains("data:text/html"))
        #expect(page.contains("{{site.title}} {{{body}}}"))
        #expect(page.contains("<title>&lt;/title&gt;&lt;script&gt;"))
        // JSON-LD: no way out of its <script>.
        for block in page.components(separatedBy: "<script type=\"application/ld+json\">").dropFirst() {
            let json = block.components(separatedBy: "</script>")[0]
            #expect(!json.contains("<"), "JSON-LD contains <")
            #expect(!json.contains("\u{2028}"))
            #expect((try? JSONSerialization.jsonObject(with: Data(json.utf8))) != nil)
        }
        let feed = try Data(contentsOf: root.appending(path: "public/feed.xml"))
        let parser = XMLParser(data: feed)
        #expect(parser.parse(), "feed.xml is not well-formed XML")
        let index = try Data(contentsOf: root.appending(path: "public/search/index.json"))
        #expect((try? JSONSerialization.jsonObject(with: index)) != nil)
        #expect(!String(decoding: index, as: UTF8.self).contains("</script"))
    }

    @Test("8 slugs and paths from front matter or file names never leave the output folder")
    func s08Paths() throws {
        for slug in ["../../x", "/abs", "%2e%2e%2f", "..\\\\x", "\"\"", String(repeating: "a", count: 300)] {
            let tmp = try TemporaryFolder()
            let root = try site(tmp, ["content/a.md": "---\ntitle: A\nslug: \(slug)\n---\nText\n"])
            let result = try build(root)
            #expect(result.status != 0, "slug \(slug) accepted")
            #expect(result.stderr.contains("content/a.md:3:7: error:"), "\(slug): \(result.stderr)")
        }
        let tmp = try TemporaryFolder()
        let root = try site(tmp, ["content/..%2f..%2fescape.md": "# Escape\n", "content/" + String(repeating: "n", count: 200) + ".md": "# Long\n"])
        let result = try build(root)
        #expect(result.status == 0, "\(result.stderr)")
        let out = root.appending(path: "public").resolvingSymlinksInPath().path
        for (path, _) in try tree(root.appending(path: "public")) {
            let real = root.appending(path: "public/" + path).resolvingSymlinksInPath().path
            #expect(real.hasPrefix(out + "/"), "\(path) written outside the output")
        }
    }

    @Test("9 two articles mapping to one path fail naming both, whatever the order")
    func s09Collisions() throws {
        let tmp = try TemporaryFolder()
        let root = try site(tmp, ["content/Hello World.md": "# One\n", "content/hello-world.md": "# Two\n"])
        let result = try build(root)
        #expect(result.status != 0)
        #expect(result.stderr.contains("\"content/Hello World.md\" and \"content/hello-world.md\""))
        // NFC and NFD spellings compare equal as Swift strings, so write them one by one.
        let nfc = try TemporaryFolder()
        try nfc.write("site/content/caf\u{E9}.md", "# One\n")
        try nfc.write("site/content/cafe\u{301}.md", "# Two\n")
        let root2 = nfc.url.appending(path: "site")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root2.appending(path: "content").path).count == 2)
        let result2 = try build(root2)
        #expect(result2.status != 0)
        #expect(result2.stderr.contains("two articles would be written to articles/cafe/"))
    }

    @Test("10 symbolic links: never followed out of content/; cleaning removes a link, never its target")
    func s10Symlinks() throws {
        let tmp = try TemporaryFolder()
        try tmp.write("outside/secret.md", "# Secret\n")
        let root = try site(tmp, ["content/a.md": "# A\n"])
        try FileManager.default.createSymbolicLink(atPath: root.appending(path: "content/link.md").path, withDestinationPath: tmp.url.appending(path: "outside/secret.md").path)
        let result = try build(root)
        #expect(result.status != 0)
        #expect(result.stderr.contains("content/link.md:1:1: error: symbolic link points outside the site root"))
        try FileManager.default.removeItem(at: root.appending(path: "content/link.md"))
        #expect(try build(root).status == 0)
        try FileManager.default.createSymbolicLink(atPath: root.appending(path: "public/escape").path, withDestinationPath: tmp.url.appending(path: "outside").path)
        #expect(try build(root).status == 0)
        #expect(FileManager.default.fileExists(atPath: tmp.url.appending(path: "outside/secret.md").path))
        #expect(!FileManager.default.fileExists(atPath: root.appending(path: "public/escape").path))
    }

    @Test("11 special files and editor droppings are skipped; nothing hangs")
    func s11SpecialFiles() throws {
        let tmp = try TemporaryFolder()
        let root = try site(tmp, ["content/a.md": "# A\n", "content/.a.md.swp": "x", "content/a.md~": "x", "content/.DS_Store": "x", "content/folder.md/b.md": "# B\n"])
        #expect(mkfifo(root.appending(path: "content/pipe.md").path, 0o644) == 0)
        // A device node (the same as /dev/null); only root may make one.
        let device = geteuid() == 0
        if device { #expect(mknod(root.appending(path: "content/null.md").path, S_IFCHR | 0o644, dev_t((1 << 8) | 3)) == 0) }  // glibc makedev(1, 3)
        let result = try build(root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("content/pipe.md:1:1: warning: not a regular file"))
        if device { #expect(result.stderr.contains("content/null.md:1:1: warning: not a regular file")) }
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: root.appending(path: "public/articles").path)) == ["a", "b"])
    }

    @Test("11 unreadable files and folders fail the build naming each; the previous site stays")
    func s11Unreadable() throws {
        let tmp = try TemporaryFolder()
        let root = try site(tmp, ["content/a.md": "# A\n", "content/b.md": "# B\n", "content/sub/c.md": "# C\n"])
        // Permission bits do not stop root: as root, build as the unprivileged user "nobody".
        let asRoot = geteuid() == 0
        if asRoot { #expect(try run("/bin/chown", ["-R", "65534:65534", tmp.url.path]).status == 0) }
        func sitegen() throws -> (status: Int32, stdout: String, stderr: String) {
            guard asRoot else { return try build(root) }
            return try run("/usr/bin/setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", try sitegenBinary(), "build", "--quiet"], cwd: root)
        }
        let first = try sitegen()
        #expect(first.status == 0, "\(first.stderr)")
        let before = try tree(root.appending(path: "public"))
        #expect(before.count > 3)

        #expect(chmod(root.appending(path: "content/b.md").path, 0) == 0)
        let file = try sitegen()
        #expect(file.status != 0)
        #expect(file.stderr.contains("content/b.md:1:1: error: cannot read the file: Permission denied"), "\(file.stderr)")
        #expect(try tree(root.appending(path: "public")) == before)
        #expect(chmod(root.appending(path: "content/b.md").path, 0o644) == 0)

        #expect(chmod(root.appending(path: "content/sub").path, 0) == 0)
        let folder = try sitegen()
        #expect(folder.status != 0)
        #expect(folder.stderr.contains("content/sub:1:1: error: cannot list the folder: Permission denied"), "\(folder.stderr)")
        #expect(try tree(root.appending(path: "public")) == before)
        #expect(chmod(root.appending(path: "content/sub").path, 0o755) == 0)
        #expect(try sitegen().status == 0)
    }

    @Test("12 a bad article, kill -9 and a full disk leave the previous site byte-identical; leftovers are cleaned next time")
    func s12Faults() throws {
        let tmp = try TemporaryFolder()
        let root = try PartnersSiteTests.make(tmp, name: "site")
        #expect(try build(root).status == 0)
        let before = try tree(root.appending(path: "public"))
        // A bad article.
        try tmp.write("site/content/zz-bad.md", "---\ntitle: [x]\n---\n")
        #expect(try build(root).status != 0)
        #expect(try tree(root.appending(path: "public")) == before)
        try FileManager.default.removeItem(at: root.appending(path: "content/zz-bad.md"))
        // A full disk: writes beyond 4 KiB fail (SIGXFSZ ignored, so write() fails). A new
        // article changes the home page, which must be written (unchanged files are only linked).
        try tmp.write("site/content/zz-new.md", "---\ntitle: A new article\ndate: 2030-01-01\n---\nKenya and Brazil signed a trade deal.\n")
        let full = try run("/bin/bash", ["-c", "trap '' XFSZ; ulimit -f 4; exec \"$0\" build --quiet", try sitegenBinary()], cwd: root)
        #expect(full.status != 0)
        #expect(try tree(root.appending(path: "public")) == before)
        try FileManager.default.removeItem(at: root.appending(path: "content/zz-new.md"))
        // kill -9 in the middle of a build.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try sitegenBinary())
        process.arguments = ["build", "--quiet"]
        process.currentDirectoryURL = root
        try process.run()
        usleep(700_000)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(try tree(root.appending(path: "public")) == before)
        // The next build cleans what the killed one left.
        #expect(try build(root).status == 0)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.contains("sitegen-tmp") || $0.contains("sitegen-old") }
        #expect(leftovers.isEmpty)
    }

    @Test("13 dangerous --output folders are refused and nothing is deleted")
    func s13Outputs() throws {
        let tmp = try TemporaryFolder()
        let root = try site(tmp, ["content/a.md": "# A\n", "keep/file.txt": "keep", "gitty/.git/HEAD": "x"])
        let snapshot = try tree(tmp.url)
        for output in [".", "..", "content", "/", NSHomeDirectory(), "gitty", "keep"] {
            let result = try run(try sitegenBinary(), ["build", "--quiet", "--output", output], cwd: root)
            #expect(result.status != 0, "\(output) accepted")
            #expect(result.stderr.contains("refusing to use") && result.stderr.contains("nothing was deleted"), "\(output): \(result.stderr)")
        }
        #expect(try tree(tmp.url) == snapshot)
    }

    @Test("14 determinism under shuffled file order, locale and time zone (see the partners site)")
    func s14Determinism() throws {
        try PartnersSiteTests().deterministic()
    }

    @Test("15 no leaks (see the valgrind test) and open files stay flat during a 10,000-article build")
    func s15Resources() throws {
        let tmp = try TemporaryFolder()
        let content = tmp.url.appending(path: "site/content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        for n in 0..<10_000 {
            try Data("# Article \(n)\n\nChina and Kenya signed deal number \(n), said Wang Yi.\n".utf8).write(to: content.appending(path: "a\(n).md"))
        }
        let root = tmp.url.appending(path: "site")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try sitegenBinary())
        process.arguments = ["build", "--quiet", "--root", root.path]
        try process.run()
        // Sample the build's open descriptors every 20 ms until it ends.
        var samples: [Int] = []
        while process.isRunning {
            if let open = try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(process.processIdentifier)/fd").count { samples.append(open) }
            usleep(20_000)
        }
        #expect(process.terminationStatus == 0)
        #expect(samples.count > 100, "only \(samples.count) samples")
        // Flat: never more than a few dozen at once, and no more late in the build than early on.
        let most = samples.max() ?? 0
        #expect(most < 40, "up to \(most) open files")
        let quarter = samples.count / 4
        let early = samples.prefix(quarter).max() ?? 0, late = samples.suffix(quarter).max() ?? 0
        #expect(late <= early + 8, "open files grew from \(early) to \(late)")
        let pages = try FileManager.default.contentsOfDirectory(atPath: root.appending(path: "public/articles").path)
        #expect(pages.count == 10_000)
    }

    @Test("16 the Markdown path reproduces cmark for the CommonMark spec (see the conformance suite)")
    func s16Conformance() {
        #expect(ConformanceTests.examples().count == 652)
        #expect(ConformanceTests.knownDifferences == [354, 625, 626])
    }

    @Test("17 the preview server under 1,000 connections, a slow client and a client that disconnects")
    func s17Server() throws {
        var limit = rlimit()
        getrlimit(__rlimit_resource_t(RLIMIT_NOFILE.rawValue), &limit)
        limit.rlim_cur = min(limit.rlim_max, 8192)
        setrlimit(__rlimit_resource_t(RLIMIT_NOFILE.rawValue), &limit)
        let tmp = try TemporaryFolder()
        try tmp.write("site/content/a.md", "# A\n\nChina.\n")
        let server = try ServerProcess(root: tmp.url.appending(path: "site"))
        defer { server.stop() }
        var sockets: [Int32] = []
        for _ in 0..<1000 {
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var addr = sockaddr_in()
            addr.sin_family = sa_family_t(AF_INET)
            addr.sin_addr.s_addr = inet_addr("127.0.0.1")
            addr.sin_port = server.port.bigEndian
            _ = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
            sockets.append(fd)
        }
        // A slow client: half a request, then nothing.
        _ = "GET / HTTP/1.1\r\nHo".withCString { send(sockets[0], $0, 18, 0) }
        // A client that disconnects as soon as it has asked.
        for fd in sockets[1..<10] { _ = "GET / HTTP/1.1\r\nHost: 127.0.0.1:\(server.port)\r\n\r\n".withCString { send(fd, $0, strlen($0), 0) }; close(fd) }
        let start = Date()
        #expect(get(port: server.port, "/").status == 200)
        #expect(Date().timeIntervalSince(start) < 10)
        for fd in sockets[10...] { close(fd) }
        close(sockets[0])
        #expect(get(port: server.port, "/articles/a/").status == 200)
    }
}
