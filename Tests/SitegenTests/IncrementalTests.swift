import Foundation
import Testing
@testable import SitegenBuild
import SitegenCore
import SitegenModel
@testable import SitegenAnnotate
import SitegenLoad
import SitegenMarkdown

/// Annotations are cached by content: a rebuild annotates only what changed and
/// gives exactly the site a clean build gives.
@Suite("Incremental builds")
struct IncrementalTests {
    /// A clean build (no cache) of the same site into another folder.
    func cleanBuild(_ root: URL, into output: URL) throws -> BuildReport {
        var options = BuildOptions(root: root, displayRoot: "", output: output, displayOutput: "clean")
        options.cache = nil
        return try SiteBuilder(options: options).build()
    }

    @Test("an edited article is annotated again alone; the result is byte-identical to a clean build, also when an entity gains or loses its last mention")
    func editOneArticle() throws {
        let tmp = try TemporaryFolder()
        let root = try PartnersSiteTests.make(tmp)
        let public_ = root.appending(path: "public")
        let clean = tmp.url.appending(path: "clean")
        let articles = try FileManager.default.contentsOfDirectory(atPath: root.appending(path: "content").path).filter { $0.hasSuffix(".md") }.sorted()
        #expect(articles.count == 8)

        let first = try buildSite(root: root)
        #expect(first.annotated == 8 && first.fromCache == 0)
        #expect(FileManager.default.fileExists(atPath: root.appending(path: ".sitegen-cache/annotations").path))
        let firstTree = try tree(public_)

        // Nothing changed: nothing is annotated, the output is the same.
        let again = try buildSite(root: root)
        #expect(again.annotated == 0 && again.fromCache == 8)
        #expect(try tree(public_) == firstTree)

        // One article gains the only mention of Iceland in the site: Iceland gets a page.
        let edited = root.appending(path: "content/\(articles[0])")
        let original = try readText(edited)
        #expect(!firstTree.keys.contains("countries/is/index.html"))
        try Data((original + "\nIceland is said to follow the talks closely.\n").utf8).write(to: edited)
        let afterEdit = try buildSite(root: root)
        #expect(afterEdit.annotated == 1 && afterEdit.fromCache == 7)
        let editedTree = try tree(public_)
        #expect(editedTree.keys.contains("countries/is/index.html"))
        _ = try cleanBuild(root, into: clean)
        #expect(try tree(clean) == editedTree)

        // The mention goes again: the page goes with it, and the site is the first one again.
        try Data(original.utf8).write(to: edited)
        let afterRevert = try buildSite(root: root)
        #expect(afterRevert.annotated == 1 && afterRevert.fromCache == 7, "entries no article used were pruned")
        let revertedTree = try tree(public_)
        #expect(!revertedTree.keys.contains("countries/is/index.html"))
        #expect(revertedTree == firstTree)
        _ = try cleanBuild(root, into: clean)
        #expect(try tree(clean) == revertedTree)
    }

    /// Inode of each regular file of a folder, by relative path.
    func inodes(_ folder: URL) throws -> [String: UInt64] {
        try tree(folder).keys.reduce(into: [:]) { out, path in
            var info = stat()
            #expect(lstat(folder.appending(path: path).path, &info) == 0)
            out[path] = UInt64(info.st_ino)
        }
    }

    @Test("a rebuild keeps every file whose bytes did not change (same inode) and rewrites only the others")
    func unchangedFilesAreKept() throws {
        let tmp = try TemporaryFolder()
        let root = try PartnersSiteTests.make(tmp)
        let public_ = root.appending(path: "public")
        let first = try buildSite(root: root)
        #expect(first.unchanged == 0)
        let firstTree = try tree(public_)
        let firstInodes = try inodes(public_)

        // Nothing changed: every file is kept as it was.
        let again = try buildSite(root: root)
        #expect(again.unchanged == again.files)
        #expect(try inodes(public_) == firstInodes)

        // One article edited: its page and the pages that show it change; the rest are kept.
        let articles = try FileManager.default.contentsOfDirectory(atPath: root.appending(path: "content").path).filter { $0.hasSuffix(".md") }.sorted()
        let edited = root.appending(path: "content/\(articles[0])")
        try Data((try readText(edited) + "\nIceland is said to follow the talks closely.\n").utf8).write(to: edited)
        let afterEdit = try buildSite(root: root)
        let editedTree = try tree(public_)
        let editedInodes = try inodes(public_)
        var rewritten = 0
        for (path, bytes) in editedTree {
            if firstTree[path] == bytes {
                #expect(editedInodes[path] == firstInodes[path], "\(path) has the same bytes and was rewritten")
            } else {
                rewritten += 1
                #expect(editedInodes[path] != firstInodes[path], "\(path) changed but kept its old file")
            }
        }
        #expect(rewritten > 0 && rewritten < editedTree.count / 2)
        #expect(afterEdit.unchanged == afterEdit.files - rewritten)
        let clean = tmp.url.appending(path: "clean")
        _ = try cleanBuild(root, into: clean)
        #expect(try tree(clean) == editedTree)
    }

    @Test("when the output already is the site, nothing is written; a stray, changed or missing file makes a real build")
    func outputAlreadyTheSite() throws {
        let tmp = try TemporaryFolder()
        let root = try PartnersSiteTests.make(tmp)
        let public_ = root.appending(path: "public")
        let first = try buildSite(root: root)
        #expect(!first.outputUnchanged)
        let firstTree = try tree(public_)
        let firstInodes = try inodes(public_)
        var folder = stat()
        #expect(lstat(public_.path, &folder) == 0)

        // Nothing changed: the output folder itself is left alone (no new folder swapped in).
        let again = try buildSite(root: root)
        #expect(again.outputUnchanged && again.files == first.files && again.bytes == first.bytes)
        var after = stat()
        #expect(lstat(public_.path, &after) == 0 && after.st_ino == folder.st_ino)
        #expect(try inodes(public_) == firstInodes)

        // Something in the output that a build would not write: a real build puts the site back.
        let stray = public_.appending(path: "articles/notes.txt")
        try Data("mine".utf8).write(to: stray)
        let withStray = try buildSite(root: root)
        #expect(!withStray.outputUnchanged)
        #expect(!FileManager.default.fileExists(atPath: stray.path))
        #expect(try tree(public_) == firstTree)

        // A page changed in place, an empty folder, a page deleted: each is put right by a real build.
        let page = firstTree.keys.first { $0.hasPrefix("articles/") && $0.hasSuffix("index.html") }!
        try Data("changed".utf8).write(to: public_.appending(path: page))
        #expect(!(try buildSite(root: root)).outputUnchanged)
        #expect(try tree(public_) == firstTree)
        try FileManager.default.createDirectory(at: public_.appending(path: "empty"), withIntermediateDirectories: true)
        #expect(!(try buildSite(root: root)).outputUnchanged)
        #expect(!FileManager.default.fileExists(atPath: public_.appending(path: "empty").path))
        try FileManager.default.removeItem(at: public_.appending(path: "index.html"))
        #expect(!(try buildSite(root: root)).outputUnchanged)
        #expect(try tree(public_) == firstTree)
        #expect((try buildSite(root: root)).outputUnchanged)
    }

    @Test("a file of the previous output reached through a symbolic link is never kept")
    func linkedFolderInOldOutputIsNotReused() throws {
        let tmp = try TemporaryFolder()
        let root = try PartnersSiteTests.make(tmp)
        let public_ = root.appending(path: "public")
        _ = try buildSite(root: root)
        // Someone moves the old assets elsewhere and leaves a symbolic link in their place.
        let outside = tmp.url.appending(path: "outside-assets")
        try FileManager.default.moveItem(at: public_.appending(path: "assets"), to: outside)
        try FileManager.default.createSymbolicLink(at: public_.appending(path: "assets"), withDestinationURL: outside)
        var before = stat()
        #expect(lstat(outside.appending(path: "site.css").path, &before) == 0)
        _ = try buildSite(root: root)
        var after = stat()
        #expect(lstat(public_.appending(path: "assets/site.css").path, &after) == 0)
        #expect((after.st_mode & S_IFMT) == S_IFREG)
        #expect(after.st_ino != before.st_ino, "the stylesheet must be written anew, not linked to a file outside the output")
        #expect(try readText(public_.appending(path: "assets/site.css")) == (try readText(outside.appending(path: "site.css"))))
    }

    /// The names of the annotation cache's entries in `folder`, sorted.
    static func cacheEntries(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(AnnotationCache.suffix) }.sorted()
    }

    @Test("a corrupt or foreign cache entry is ignored and rebuilt, never trusted")
    func corruptCache() throws {
        let tmp = try TemporaryFolder()
        let root = try PartnersSiteTests.make(tmp)
        _ = try buildSite(root: root)
        let expected = try tree(root.appending(path: "public"))
        let cache = root.appending(path: ".sitegen-cache/annotations")
        let entries = try Self.cacheEntries(cache)
        #expect(entries.count == 8, "one entry per article: annotations, rendered body and block texts together")
        try Data("{not ours".utf8).write(to: cache.appending(path: entries[0]))
        var damaged = try Data(contentsOf: cache.appending(path: entries[1]))
        damaged[AnnotationCache.entryMagic.count + 4] ^= 0x01  // one flipped bit in the head, same length: caught by the head's checksum
        try damaged.write(to: cache.appending(path: entries[1]))
        var cut = try Data(contentsOf: cache.appending(path: entries[2]))
        cut.removeLast(cut.count / 3)
        try cut.write(to: cache.appending(path: entries[2]))
        let report = try buildSite(root: root)
        #expect(report.annotated == 3 && report.fromCache == 5)
        #expect(try tree(root.appending(path: "public")) == expected)
    }

    @Test("an entry whose head is longer than the first read is read whole and used")
    func longCacheHead() throws {
        let tmp = try TemporaryFolder()
        let root = tmp.url.appending(path: "site")
        try FileManager.default.createDirectory(at: root.appending(path: "content"), withIntermediateDirectories: true)
        let paragraphs = (1...300).map { "Kenya and China signed deal number \($0) in Nairobi, Foreign Minister Wang Yi said." }
        try Data(("---\ntitle: Talks\ndate: 2024-05-01\n---\n\n" + paragraphs.joined(separator: "\n\n") + "\n").utf8)
            .write(to: root.appending(path: "content/talks.md"))
        _ = try buildSite(root: root)
        let output = root.appending(path: "public")
        let expected = try tree(output)
        let folder = root.appending(path: ".sitegen-cache/annotations")
        let name = try #require(try Self.cacheEntries(folder).first)
        let bytes = try #require(ChecksummedFile.read(folder.appending(path: name)))
        var r = BinaryReader(bytes: bytes, at: AnnotationCache.entryMagic.count)
        let head = r.int() ?? 0
        #expect(head > AnnotationCache.firstRead, "the head (\(head) bytes) must need a second read")
        try FileManager.default.removeItem(at: output)
        let again = try buildSite(root: root)
        #expect(again.annotated == 0 && again.fromCache == 1)
        #expect(try tree(output) == expected)
    }

    @Test("a cache entry whose texts were damaged after its head was read fails the build that needs them, and is made again by the next")
    func damagedCachedTexts() throws {
        let tmp = try TemporaryFolder()
        let root = try PartnersSiteTests.make(tmp)
        _ = try buildSite(root: root)
        let output = root.appending(path: "public")
        let expected = try tree(output)
        let cache = root.appending(path: ".sitegen-cache/annotations")
        let entries = try Self.cacheEntries(cache)
        // One flipped bit near the end of an entry, in its block texts (the head, read at first, is sound).
        let url = cache.appending(path: entries[0])
        var damaged = try Data(contentsOf: url)
        damaged[damaged.count - 12] ^= 0x01
        try damaged.write(to: url)
        // Without the output every page is made again, so the damaged texts are read: never published.
        try FileManager.default.removeItem(at: output)
        #expect(throws: SitegenError.self) { _ = try buildSite(root: root) }
        #expect(!FileManager.default.fileExists(atPath: output.path), "nothing is published from a damaged entry")
        #expect(!FileManager.default.fileExists(atPath: url.path), "the damaged entry is removed")
        let again = try buildSite(root: root)
        #expect(again.annotated == 1 && again.fromCache == 7)
        #expect(try tree(output) == expected)
    }

    @Test("a cached body is read from its entry only when a page needs it; an entry rewritten or removed since is reported, never used")
    func lazyCachedTexts() throws {
        let tmp = try TemporaryFolder()
        let root = tmp.url.appending(path: "site")
        try FileManager.default.createDirectory(at: root.appending(path: "content"), withIntermediateDirectories: true)
        try Data("---\ntitle: Talks\ndate: 2024-05-01\n---\n\nKenya and China signed a deal, Foreign Minister Wang Yi said.\n".utf8)
            .write(to: root.appending(path: "content/talks.md"))
        _ = try buildSite(root: root)
        let folder = root.appending(path: ".sitegen-cache/annotations")
        let name = try #require(try Self.cacheEntries(folder).first)
        let key = String(name.dropLast(4))
        let cache = AnnotationCache(folder: folder, gazetteer: try Gazetteer.builtIn(), overrides: [])
        // The entry's own body key, as the build stored it (read back from the file's layout).
        let bytes = try #require(ChecksummedFile.read(folder.appending(path: name)))
        var r = BinaryReader(bytes: bytes, at: AnnotationCache.entryMagic.count)
        _ = r.int()  // the head's length
        let n = r.int() ?? 0
        r.at += n
        let storedKey = r.string()
        let bodyKey = try #require(storedKey)
        let problems = FileTexts.Problems()
        let body = try #require(cache.load(key, bodyKey: bodyKey, problems: problems)?.body)
        #expect(body.rendered.html.isEmpty, "the HTML stays in the file until it is read")
        let html = body.texts.get(body.html)
        #expect(html.contains("<p"))
        #expect(body.unitLengths.reduce(0, +) == body.units.count && body.unitHashes.count == body.unitLengths.count)
        #expect(problems.all.isEmpty)
        // The same bytes under a new inode (as another build's atomic rewrite leaves it): not trusted.
        let url = folder.appending(path: name)
        let copy = try Data(contentsOf: url)
        try FileManager.default.removeItem(at: url)
        try copy.write(to: url)
        #expect(body.texts.bytes(body.html).isEmpty)
        #expect(problems.all == [url.path])
        // Removed: reported as well.
        let other = FileTexts.Problems()
        let again = try #require(cache.load(key, bodyKey: bodyKey, problems: other)?.body)
        try FileManager.default.removeItem(at: url)
        #expect(again.texts.get(again.html).isEmpty && other.all == [url.path])
    }

    @Test("a rebuild reads only the article files that changed; an edit that keeps the size and modification time is still seen")
    func unreadArticles() throws {
        let tmp = try TemporaryFolder()
        let root = try PartnersSiteTests.make(tmp)
        // Files changed less than two seconds before the index was saved are always read again (coarse timestamps;
        // whole seconds are compared, so three seconds from now are sure to be past that).
        Thread.sleep(forTimeInterval: 3.1)
        let first = try buildSite(root: root)
        #expect(first.unreadArticles == 0)
        let again = try buildSite(root: root)
        #expect(again.unreadArticles == 8 && again.outputUnchanged)
        // Same size, same modification time, other words: the change time (which cannot be set back) tells.
        let content = root.appending(path: "content")
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: content.path).filter { $0.hasSuffix(".md") }.sorted().first)
        let file = content.appending(path: name)
        let text = try String(contentsOf: file, encoding: .utf8)
        let edited = text.replacingOccurrences(of: "China", with: "Japan")
        #expect(edited != text && edited.utf8.count == text.utf8.count)
        var before = stat()
        #expect(stat(file.path, &before) == 0)
        try Data(edited.utf8).write(to: file)
        var times = [before.st_atim, before.st_mtim]
        #expect(utimensat(AT_FDCWD, file.path, &times, 0) == 0)
        let afterEdit = try buildSite(root: root)
        #expect(afterEdit.unreadArticles == 7 && afterEdit.annotated == 1)
        let clean = tmp.url.appending(path: "clean")
        _ = try cleanBuild(root, into: clean)
        #expect(try tree(root.appending(path: "public")) == (try tree(clean)))
        // A theme of the site's own renders every page again: the unread articles' sources are read when their
        // pages (the Web Annotation exports) need them, and the site is the clean build's.
        try FileManager.default.createDirectory(at: root.appending(path: "templates"), withIntermediateDirectories: true)
        try Data((try readText(Paths.packageRoot.appending(path: "templates/article.mustache")) + "\n<!-- a theme of the site's own -->\n").utf8)
            .write(to: root.appending(path: "templates/article.mustache"))
        let themed = try buildSite(root: root)
        // (The file edited above is read again, or not once more than two seconds have passed on a busy machine.)
        #expect(themed.unreadArticles >= 7 && themed.reusedJobs == 0)
        let cleanThemed = tmp.url.appending(path: "clean-themed")
        _ = try cleanBuild(root, into: cleanThemed)
        #expect(try tree(root.appending(path: "public")) == (try tree(cleanThemed)))
    }

    @Test("the same site named by another path keeps every page (no page shows the path that messages use)")
    func rootSpelledDifferently() throws {
        let tmp = try TemporaryFolder()
        let root = try PartnersSiteTests.make(tmp)
        func build(shownAs displayRoot: String) throws -> BuildReport {
            var options = BuildOptions(root: root, displayRoot: displayRoot, output: root.appending(path: "public"), displayOutput: "public")
            options.verifyKeptPages = true
            return try SiteBuilder(options: options).build()
        }
        let first = try build(shownAs: "site")
        #expect(first.reusedJobs == 0)
        let again = try build(shownAs: "./site/")
        // The index of the article files was read with other paths in its messages: every file is read again.
        #expect(again.unreadArticles == 0 && again.annotated == 0)
        #expect(again.outputUnchanged && again.reusedJobs > 0 && again.files == first.files)
    }

    @Test("an unread article's body is read again only while its file is what the index says")
    func deferredBodies() throws {
        let tmp = try TemporaryFolder()
        let root = try PartnersSiteTests.make(tmp)
        var loader = ContentLoader(root: root, displayRoot: "")
        let loaded = try loader.load()
        let article = try #require(loaded.articles.first)
        var deferred = try #require(loaded.index.entries[article.sitePath]).article
        #expect(deferred.bodyDeferred && deferred.body.isEmpty)
        #expect(loader.body(of: deferred) == article.body)
        let problems = FileTexts.Problems()
        let reader = DeferredBody(loader: loader, article: deferred, problems: problems)
        #expect(reader.get(SpillRef(offset: 0, count: article.body.utf8.count)) == article.body && problems.all.isEmpty)
        try Data("---\ntitle: Other\n---\nOther words.\n".utf8).write(to: root.appending(path: article.sitePath))
        #expect(loader.body(of: deferred) == nil)
        #expect(reader.bytes(SpillRef(offset: 0, count: 3)).isEmpty && problems.all == [article.path])
        // An index made with other settings (another display root) is not used.
        loader.previous = loaded.index
        loader = ContentLoader(root: root, displayRoot: "elsewhere")
        loader.previous = loaded.index
        #expect(try loader.load().reused == 0)
        deferred.sitePath = ""
        #expect(ContentLoader(root: root, displayRoot: "").body(of: deferred) == nil)
    }

    @Test("a renamed article keeps its cached annotations; its body is made again for its new page")
    func renamedArticle() throws {
        let tmp = try TemporaryFolder()
        let root = try PartnersSiteTests.make(tmp)
        _ = try buildSite(root: root)
        let content = root.appending(path: "content")
        let name = try FileManager.default.contentsOfDirectory(atPath: content.path).filter { $0.hasSuffix(".md") }.sorted()[0]
        try FileManager.default.moveItem(at: content.appending(path: name), to: content.appending(path: "renamed-" + name))
        let report = try buildSite(root: root)
        #expect(report.annotated == 0 && report.fromCache == 8)
        let clean = tmp.url.appending(path: "clean")
        _ = try cleanBuild(root, into: clean)
        #expect(try tree(root.appending(path: "public")) == (try tree(clean)))
    }

    @Test("the cache's binary form gives back exactly the annotations, for every labelled article")
    func binaryRoundTrip() throws {
        let gazetteer = try Gazetteer.builtIn()
        let annotator = Annotator(gazetteer: gazetteer)
        let folder = Paths.fixtures.appending(path: "articles")
        var checked = 0
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where file.hasSuffix(".md") {
            let (article, _) = try SourceArticle.parse(bytes: Array(try Data(contentsOf: folder.appending(path: file))), path: file)
            let document = MarkdownDocument.parse(article.body, firstLine: article.bodyFirstLine)
            let a = annotator.annotate(document, lines: LineIndex(body: article.body, firstLine: article.bodyFirstLine, fileLineStarts: article.fileLineStarts))
            let bytes = BinaryAnnotations.encode(a, gazetteer: gazetteer)
            #expect(BinaryAnnotations.decode(bytes, gazetteer: gazetteer) == a, "\(file)")
            #expect(BinaryAnnotations.decode(Array(bytes.dropLast()), gazetteer: gazetteer) == nil)
            // An entity found only in the text is stored whole and comes back whole.
            var found = a
            var e = Entity(id: "person/test-person", kind: .person, name: "Test Pérson")
            e.roles = [Entity.Role(title: "minister", country: "country/cn", from: 2020, to: nil)]
            e.gender = .female
            e.started = -5
            found.entities.append(e)
            #expect(BinaryAnnotations.decode(BinaryAnnotations.encode(found, gazetteer: gazetteer), gazetteer: gazetteer) == found)
            checked += 1
        }
        #expect(checked == 8)
    }

    @Test("the gazetteer's snapshot gives back the same gazetteer: the same bytes again and the same annotations for every labelled article; a cut one is refused")
    func gazetteerSnapshotRoundTrip() throws {
        var intro = Entity(id: "initiative/lobito-corridor", kind: .initiative, name: "Lobito Corridor")
        intro.aliases = ["Lobito rail corridor"]
        intro.introduction = "A rail link."
        var person = Entity(id: "person/test-person", kind: .person, name: "Test Pérson")
        person.roles = [Entity.Role(title: "minister", country: "country/cn", from: 2020, to: nil)]
        person.gender = .female
        person.familyName = "Pérson"
        let gazetteers = [try Gazetteer.builtIn(), try Gazetteer.builtIn().merging([intro, person])]
        for gazetteer in gazetteers {
            let bytes = gazetteer.snapshot()
            let copy = try #require(Gazetteer(snapshot: bytes))
            #expect(copy.snapshot() == bytes)
            #expect(copy.fingerprint == gazetteer.fingerprint)
            #expect(copy.entities == gazetteer.entities)
            #expect(Gazetteer(snapshot: Array(bytes.dropLast())) == nil)
            #expect(Gazetteer(snapshot: Array(bytes.prefix(bytes.count / 2))) == nil)
            let original = Annotator(gazetteer: gazetteer), restored = Annotator(gazetteer: copy)
            var checked = 0
            for name in ["articles", "articles-blind", "articles-blind-30"] {
                let folder = Paths.fixtures.appending(path: name)
                for file in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where file.hasSuffix(".md") {
                    let text = try readText(folder.appending(path: file)) + "\n\nThe Lobito rail corridor, said Test Pérson. \"It runs,\" Pérson said.\n"
                    let (article, _) = try SourceArticle.parse(bytes: Array(text.utf8), path: file)
                    let document = MarkdownDocument.parse(article.body, firstLine: article.bodyFirstLine)
                    let lines = LineIndex(body: article.body, firstLine: article.bodyFirstLine, fileLineStarts: article.fileLineStarts)
                    #expect(restored.annotate(document, lines: lines) == original.annotate(document, lines: lines), "\(name)/\(file)")
                    checked += 1
                }
            }
            #expect(checked > 20)
        }
    }

    @Test("a rebuild reads the gazetteer from the cache's snapshot; one made for other entity files, or damaged, is not used")
    func gazetteerSnapshotInTheCache() throws {
        let tmp = try TemporaryFolder()
        let root = try PartnersSiteTests.make(tmp)
        let public_ = root.appending(path: "public")
        let snapshot = root.appending(path: ".sitegen-cache/gazetteer.snapshot")
        let first = try buildSite(root: root)
        #expect(!first.gazetteerFromCache)
        #expect(FileManager.default.fileExists(atPath: snapshot.path))
        let firstTree = try tree(public_)
        let again = try buildSite(root: root)
        #expect(again.gazetteerFromCache)
        #expect(try tree(public_) == firstTree)

        // An entity file the snapshot was not made with: the gazetteer is made again, with it.
        try tmp.write("partners/content/entities/lobito.md", "---\nid: initiative/lobito-corridor\nname: Lobito Corridor\n---\nA rail link.\n")
        let edited = root.appending(path: "content/" + (try FileManager.default.contentsOfDirectory(atPath: root.appending(path: "content").path).filter { $0.hasSuffix(".md") }.sorted()[0]))
        try Data((try readText(edited) + "\nThe Lobito Corridor is said to follow the talks.\n").utf8).write(to: edited)
        let withEntity = try buildSite(root: root)
        #expect(!withEntity.gazetteerFromCache)
        let withEntityTree = try tree(public_)
        #expect(withEntityTree.keys.contains("initiatives/lobito-corridor/index.html"))
        let clean = tmp.url.appending(path: "clean")
        _ = try cleanBuild(root, into: clean)
        #expect(try tree(clean) == withEntityTree)
        #expect(try buildSite(root: root).gazetteerFromCache)

        // A damaged snapshot (one flipped bit) is never used; the build is as before.
        var damaged = try Data(contentsOf: snapshot)
        damaged[damaged.count / 2] ^= 0x01
        try damaged.write(to: snapshot)
        let afterDamage = try buildSite(root: root)
        #expect(!afterDamage.gazetteerFromCache)
        #expect(try tree(public_) == withEntityTree)
        #expect(try buildSite(root: root).gazetteerFromCache)
    }

    /// Jobs that have a fingerprint: article pages, their annotations, entity pages and feeds, and the
    /// pages that list the site (home, quotes, an index per kind of entity, the search index).
    func fingerprinted(_ tree: [String: Data]) -> Int {
        tree.keys.filter { path in
            let depth = path.split(separator: "/").count
            return path.hasSuffix("index.html") && !path.hasPrefix("search/") && (depth == 3 || depth == 1 || (depth == 2 && path != "articles/index.html"))
                || path.hasSuffix("annotations.jsonld") || (path.hasSuffix("feed.xml") && path != "feed.xml")
        }.count + (tree["search/index.json"] == nil ? 0 : 1)
    }

    @Test("pages made from unchanged inputs are not rendered again; every kind of edit still gives the clean build's bytes")
    func unchangedPagesAreNotRendered() throws {
        let tmp = try TemporaryFolder()
        let root = try PartnersSiteTests.make(tmp)
        let public_ = root.appending(path: "public")
        let clean = tmp.url.appending(path: "clean")
        let content = root.appending(path: "content")
        let articles = try FileManager.default.contentsOfDirectory(atPath: content.path).filter { $0.hasSuffix(".md") }.sorted()
        let first = try buildSite(root: root)
        #expect(first.reusedJobs == 0)
        let firstTree = try tree(public_)
        let jobs = fingerprinted(firstTree)
        #expect(jobs > 50)

        // Nothing changed: no article, entity page or feed is rendered (buildSite also renders
        // each kept page and compares it with the kept file).
        let again = try buildSite(root: root)
        #expect(again.reusedJobs == jobs)
        #expect(try tree(public_) == firstTree)

        func expectClean(_ what: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> [String: Data] {
            let incremental = try tree(public_)
            _ = try cleanBuild(root, into: clean)
            let fresh = try tree(clean)
            #expect(incremental.keys.sorted() == fresh.keys.sorted(), "\(what): the same files", sourceLocation: sourceLocation)
            for (path, bytes) in fresh where incremental[path] != bytes {
                Issue.record("\(what): \(path) differs from a clean build", sourceLocation: sourceLocation)
            }
            return incremental
        }

        // A new title: the article's neighbours, the entity pages and feeds listing it change, the rest is kept.
        let retitled = content.appending(path: articles[3])
        let original = try readText(retitled)
        let firstTitle = original.split(separator: "\n").first { $0.hasPrefix("title:") }!
        try Data(original.replacingOccurrences(of: String(firstTitle), with: "title: \"A title changed by an editor\"").utf8).write(to: retitled)
        let afterTitle = try buildSite(root: root)
        #expect(afterTitle.reusedJobs > 0 && afterTitle.reusedJobs < jobs)
        _ = try expectClean("a changed title")

        // An entity gains its only mention (a new page), then the article goes altogether.
        try Data((original + "\nIceland is said to follow the talks closely.\n").utf8).write(to: retitled)
        _ = try buildSite(root: root)
        #expect(try tree(public_).keys.contains("countries/is/index.html"))
        _ = try expectClean("a new entity")
        try FileManager.default.removeItem(at: retitled)
        let afterRemoval = try buildSite(root: root)
        #expect(afterRemoval.articles == 7 && afterRemoval.reusedJobs > 0)
        #expect(try !tree(public_).keys.contains("countries/is/index.html"))
        _ = try expectClean("a removed article")
        try Data(original.utf8).write(to: retitled)
        _ = try buildSite(root: root)
        #expect(try tree(public_) == firstTree)

        // A page edited by hand in the output is not the file the manifest vouches for: rendered again.
        let page = public_.appending(path: "countries/ke/index.html")
        let handle = try FileHandle(forWritingTo: page)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("<!-- edited by hand -->".utf8))
        try handle.close()
        _ = try buildSite(root: root)
        #expect(try tree(public_) == firstTree)

        // A template or the site's settings change: every page is rendered again.
        try tmp.write("partners/templates/article.mustache", try readText(Paths.packageRoot.appending(path: "templates/article.mustache")) + "\n<!-- a theme of the site's own -->\n")
        let afterTemplate = try buildSite(root: root)
        #expect(afterTemplate.reusedJobs == 0)
        _ = try expectClean("a changed template")
        let settings = root.appending(path: "sitegen.yml")
        try Data(try readText(settings).replacingOccurrences(of: "title: Partners", with: "title: Partners Weekly").utf8).write(to: settings)
        let afterSettings = try buildSite(root: root)
        #expect(afterSettings.reusedJobs == 0)
        _ = try expectClean("a new site title")

        // A damaged manifest is ignored: everything is rendered, the site is the same.
        let cache = root.appending(path: ".sitegen-cache")
        let manifest = try #require(try FileManager.default.contentsOfDirectory(atPath: cache.path).first { $0.hasSuffix(".manifest") })
        var bytes = try Data(contentsOf: cache.appending(path: manifest))
        bytes[bytes.count / 2] ^= 0x01
        try bytes.write(to: cache.appending(path: manifest))
        let afterDamage = try buildSite(root: root)
        #expect(afterDamage.reusedJobs == 0)
        _ = try expectClean("a damaged manifest")
    }

    /// The articles an entity's page and its further pages list, page by page: each article's slug and its mentions.
    func pagedArticles(_ files: [String: Data], entity folder: String) -> [[(slug: String, mentions: Int)]] {
        var pages: [[(slug: String, mentions: Int)]] = []
        var n = 1
        while let data = files[n == 1 ? "\(folder)/index.html" : "\(folder)/page/\(n)/index.html"] {
            let html = String(decoding: data, as: UTF8.self)
            let list = html.components(separatedBy: "<h2 id=\"articles-heading\">")[1].components(separatedBy: "</ul>")[0]
            pages.append(list.components(separatedBy: "<li><a href=\"").dropFirst().map { row in
                let slug = String(row.prefix { $0 != "\"" }.split(separator: "/").last!)
                let count = row.components(separatedBy: "<span class=\"count\">")[1].prefix { $0.isNumber }
                return (slug, Int(count)!)
            })
            n += 1
        }
        return pages
    }

    @Test("an entity's articles are paged (page_size): each on one page, most mentions first; an edit re-renders the pages it changes, the rebuild is the clean build")
    func pagedEntityLists() throws {
        let tmp = try TemporaryFolder()
        let root = try PartnersSiteTests.make(tmp)
        let settings = root.appending(path: "sitegen.yml")
        try Data((try readText(settings) + "\npage_size: 2\n").utf8).write(to: settings)
        let public_ = root.appending(path: "public")
        let clean = tmp.url.appending(path: "clean")
        _ = try buildSite(root: root)
        let first = try tree(public_)
        // China is named in all eight articles ("a ruling Beijing rejects" in one): pages of 2, 2, 2 and 2, by mentions, then in
        // the home page's order.
        let pages = pagedArticles(first, entity: "countries/cn")
        #expect(pages.map(\.count) == [2, 2, 2, 2])
        #expect(first["countries/cn/page/5/index.html"] == nil)
        let listed = pages.flatMap { $0 }
        #expect(Set(listed.map(\.slug)).count == 8)
        let home = String(decoding: first["index.html"]!, as: UTF8.self)
        let order = home.components(separatedBy: "href=\"articles/").dropFirst().map { String($0.prefix { $0 != "/" }) }
        #expect(listed.map(\.slug) == listed.sorted { a, b in
            a.mentions != b.mentions ? a.mentions > b.mentions : order.firstIndex(of: a.slug)! < order.firstIndex(of: b.slug)!
        }.map(\.slug))
        let page3 = String(decoding: first["countries/cn/page/3/index.html"]!, as: UTF8.self)
        #expect(page3.contains("<a href=\"./\" aria-current=\"page\">Page 3</a>"))
        #expect(page3.contains("<a href=\"../2/\" rel=\"prev\">") && page3.contains("<a href=\"../4/\" rel=\"next\">") && page3.contains("<a href=\"../../\">Page 1</a>"))
        #expect(String(decoding: first["countries/cn/index.html"]!, as: UTF8.self).contains("<a href=\"page/2/\" rel=\"next\">"))
        #expect(String(decoding: first["sitemap.xml"] ?? Data(), as: UTF8.self).contains("https://partners.example/news/countries/cn/page/4/"))

        // The article on page 3 gets a new title: that page changes (and the first, whose quotes name their articles);
        // pages 2 and 4 are kept as they were.
        let edited = root.appending(path: "content/\(pages[2][0].slug).md")
        let original = try readText(edited)
        let title = original.split(separator: "\n").first { $0.hasPrefix("title:") }!
        try Data(original.replacingOccurrences(of: String(title), with: "title: \"A title changed by an editor\"").utf8).write(to: edited)
        let rebuilt = try buildSite(root: root)
        #expect(rebuilt.reusedJobs > 0)
        let after = try tree(public_)
        #expect(after["countries/cn/page/3/index.html"] != first["countries/cn/page/3/index.html"])
        for kept in ["countries/cn/page/2/index.html", "countries/cn/page/4/index.html"] {
            #expect(after[kept] == first[kept], "\(kept)")
        }
        _ = try cleanBuild(root, into: clean)
        #expect(after == (try tree(clean)))

        // More mentions of China in the last article move it up the pages; then two articles go, and the last page
        // with them. Each time the site is the clean build's, byte for byte.
        let last = root.appending(path: "content/\(pages[3][0].slug).md")
        let lastText = try readText(last)
        try Data((lastText + "\nChina is said to follow the talks closely. Chinese officials say China is ready.\n").utf8).write(to: last)
        _ = try buildSite(root: root)
        let moved = try tree(public_)
        #expect(pagedArticles(moved, entity: "countries/cn").flatMap { $0 }.map(\.slug) != listed.map(\.slug))
        _ = try cleanBuild(root, into: clean)
        #expect(moved == (try tree(clean)))
        let second = root.appending(path: "content/\(pages[0][1].slug).md")
        let secondText = try readText(second)
        try FileManager.default.removeItem(at: edited)
        try FileManager.default.removeItem(at: second)
        _ = try buildSite(root: root)
        let removed = try tree(public_)
        #expect(pagedArticles(removed, entity: "countries/cn").map(\.count) == [2, 2, 2])
        #expect(removed["countries/cn/page/4/index.html"] == nil)
        _ = try cleanBuild(root, into: clean)
        #expect(removed == (try tree(clean)))
        try Data(original.utf8).write(to: edited)
        try Data(secondText.utf8).write(to: second)
        try Data(lastText.utf8).write(to: last)
        _ = try buildSite(root: root)
        #expect(try tree(public_) == first)

        // A page size that is not a whole number of articles is refused, naming the file, line and column; the site stays.
        try Data(try readText(settings).replacingOccurrences(of: "page_size: 2", with: "page_size: many").utf8).write(to: settings)
        do {
            _ = try buildSite(root: root)
            Issue.record("a page size of \"many\" was accepted")
        } catch {
            let lines = try readText(settings).split(separator: "\n", omittingEmptySubsequences: false)
            let line = lines.firstIndex { $0.hasPrefix("page_size:") }! + 1
            #expect(errorText(error).contains("sitegen.yml:\(line):12"), "\(errorText(error))")
            #expect(errorText(error).contains("page_size"))
        }
        #expect(try tree(public_) == first)
    }

    @Test("a rebuild checks the links of the pages it made; kept pages too when an id or a file they could link to is gone")
    func incrementalLinkCheck() throws {
        let tmp = try TemporaryFolder()
        try tmp.write("site/content/alpha.md", "---\ntitle: Alpha\ndate: 2024-01-01\n---\n\nKenya and China signed a deal. See [the background](../beta/#background).\n")
        try tmp.write("site/content/beta.md", "---\ntitle: Beta\ndate: 2024-01-02\n---\n\nKenya met China.\n\n## Background\n\nThe talks began in 2019.\n")
        try tmp.write("site/content/gamma.md", "---\ntitle: Gamma\ndate: 2024-01-03\n---\n\nBrazil met India.\n")
        try tmp.write("site/content/delta.md", "---\ntitle: Delta\ndate: 2023-12-01\n---\n\nKenya spoke. More in [Gamma](../gamma/).\n")
        for (n, pair) in [("Japan", "Peru"), ("Chile", "Norway"), ("Egypt", "Fiji")].enumerated() {
            try tmp.write("site/content/other-\(n).md", "---\ntitle: Other \(n)\ndate: 2020-0\(n + 1)-01\n---\n\n\(pair.0) and \(pair.1) signed a treaty.\n")
        }
        let root = tmp.url.appending(path: "site")
        let first = try buildSite(root: root)
        #expect(first.linkCheckedPages > 10)
        // An edit that removes nothing: the kept pages' links are not checked again.
        try tmp.write("site/content/beta.md", "---\ntitle: Beta\ndate: 2024-01-02\n---\n\nKenya met China.\n\n## Background\n\nThe talks began in 2019 and went on.\n")
        let edited = try buildSite(root: root)
        #expect(edited.reusedJobs > 0)
        #expect(edited.linkCheckedPages > 0 && edited.linkCheckedPages < first.linkCheckedPages)
        // The heading alpha links to goes: alpha's page is kept, yet its link is found broken.
        try tmp.write("site/content/beta.md", "---\ntitle: Beta\ndate: 2024-01-02\n---\n\nKenya met China.\n\n## History\n\nThe talks began in 2019 and went on.\n")
        #expect {
            _ = try buildSite(root: root)
        } throws: { error in
            errorText(error).contains("alpha.md:6:36: error: link \"../beta/#background\" points to #background")
        }
        // An article removed: the kept pages that may link to it are checked again, and delta's link, kept from the
        // last build, is found broken.
        try tmp.write("site/content/beta.md", "---\ntitle: Beta\ndate: 2024-01-02\n---\n\nKenya met China.\n\n## Background\n\nThe talks began in 2019 and went on.\n")
        _ = try buildSite(root: root)
        try FileManager.default.removeItem(at: root.appending(path: "content/gamma.md"))
        #expect {
            _ = try buildSite(root: root)
        } throws: { error in
            errorText(error).contains("delta.md:6:22: error: link \"../gamma/\"")
        }
        // With delta's link gone too, the site builds, and only some kept pages are checked.
        try tmp.write("site/content/delta.md", "---\ntitle: Delta\ndate: 2023-12-01\n---\n\nKenya spoke.\n")
        let fixed = try buildSite(root: root)
        #expect(fixed.linkCheckedPages > 0, "checked \(fixed.linkCheckedPages) reused \(fixed.reusedJobs) files \(fixed.files)")
        #expect(fixed.linkCheckedPages < (try cleanBuild(root, into: tmp.url.appending(path: "clean"))).linkCheckedPages, "checked \(fixed.linkCheckedPages) reused \(fixed.reusedJobs) files \(fixed.files)")
    }

    @Test("a kept page's link is checked again when it may reach a page that is gone or lost ids")
    func linksThatMayReachChangedPages() {
        typealias C = LinkChecker.Collector
        #expect(C.linkName("countries/is/index.html") == "is")
        #expect(C.linkName("index.html") == nil)
        #expect(C.linkName("feed.xml") == "feed.xml")
        func reach(_ href: String, gone: [String] = [], lostIDs: [String] = []) -> Bool {
            C.mayReach(href, gone: gone.map { Array($0.utf8) }, lostIDs: lostIDs.map { Array($0.utf8) })
        }
        #expect(reach("../../countries/is/", gone: ["is"]))
        #expect(!reach("../../countries/cn/", gone: ["is"]))
        #expect(!reach("../../countries/", lostIDs: ["countries"]))
        #expect(reach("../../countries/#asia", lostIDs: ["countries"]))
        #expect(reach("../", gone: ["x"]))
        #expect(reach("../../index.html", gone: ["x"]))
        #expect(!reach("#p-3", gone: ["x"], lostIDs: ["x"]))
        #expect(reach("../caf%C3%A9/", gone: ["café"]))
        #expect(!reach("https://example.org/is/", gone: ["is"]))
    }

    @Test("the cache's binary integers round-trip at every size, hashes included")
    func binaryIntegers() {
        let values: [Int] = [0, 1, -1, 63, -64, 64, 1 << 40, -(1 << 40), (1 << 62) - 1, 1 << 62, -(1 << 62), Int.max, Int.min, Int(bitPattern: 0x9E37_79B9_7F4A_7C15)]
        var w = BinaryWriter()
        for v in values { w.int(v) }
        w.fixed(0xDEAD_BEEF_0123_4567)
        var r = BinaryReader(bytes: w.bytes)
        for v in values { #expect(r.int() == v) }
        #expect(r.fixed() == 0xDEAD_BEEF_0123_4567)
        #expect(r.isAtEnd)
    }

    @Test("a site whose cache folder cannot be created still builds")
    func unwritableCache() throws {
        let tmp = try TemporaryFolder()
        let root = try PartnersSiteTests.make(tmp)
        try tmp.write("partners/.sitegen-cache", "a file where the cache folder would go")
        let report = try buildSite(root: root)
        #expect(report.annotated == 8 && report.fromCache == 0)
    }
}
