import Foundation
import Testing
@testable import SitegenPublish
import SitegenCore

@Suite("Publishing")
struct PublisherTests {
    func publisher(_ tmp: TemporaryFolder, output: String, root: String = "site") -> Publisher {
        Publisher(output: tmp.url.appending(path: output), root: tmp.url.appending(path: root), displayOutput: output)
    }

    @Test("the output replaces the old site completely and carries sitegen's marker")
    func replaces() throws {
        let tmp = try TemporaryFolder()
        let p = publisher(tmp, output: "site/public")
        try p.publish([("a.html", Array("A".utf8)), ("x/b.html", Array("B".utf8))])
        try p.publish([("c.html", Array("C".utf8))])
        #expect(try tree(tmp.url.appending(path: "site/public")).keys.sorted() == [".sitegen-output", "c.html"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.url.appending(path: "site").path) == ["public"])
    }

    @Test("refuses output folders whose replacement would destroy the user's files", arguments: [
        ("site", "it is the site folder itself"),
        (".", "it contains the site folder"),
        ("site/with-content", "it contains a content/ folder"),
        ("site/with-git", "it contains a .git folder"),
        ("site/not-ours", "it is not empty and was not made by sitegen"),
        ("/", "it is the file system root"),
    ])
    func refusals(output: String, reason: String) throws {
        let tmp = try TemporaryFolder()
        try tmp.write("site/content/a.md", "# A\n")
        try tmp.write("site/with-content/content/x.md", "x")
        try tmp.write("site/with-git/.git/HEAD", "x")
        try tmp.write("site/not-ours/keep.txt", "precious")
        let outputURL = output.hasPrefix("/") ? URL(fileURLWithPath: output) : tmp.url.appending(path: output)
        let p = Publisher(output: outputURL, root: tmp.url.appending(path: "site"), displayOutput: output)
        let before = try tree(tmp.url)
        #expect {
            try p.publish([("index.html", Array("new".utf8))])
        } throws: { error in
            "\(error)".contains(reason) && "\(error)".contains("nothing was deleted")
        }
        #expect(try tree(tmp.url) == before)
    }

    @Test("paths inside the output folder are accepted", arguments: ["index.html", "a/b/c.html", "...", "a/..b/.c", "feeds/x.y.xml", String(repeating: "x", count: 255)])
    func safePaths(path: String) {
        #expect(Publisher.isSafeRelativePath(path))
    }

    @Test("refuses the home folder")
    func home() throws {
        let home = try #require(ProcessInfo.processInfo.environment["HOME"])
        let p = Publisher(output: URL(fileURLWithPath: home), root: URL(fileURLWithPath: "/nonexistent/site"), displayOutput: "~")
        #expect(throws: SitegenError.self) { try p.validate() }
    }

    @Test("paths that would leave the output folder are refused", arguments: ["../x", "/abs", "a/../../x", "a//b", "a\\b", "a\u{0}b", "", "./a", "a/", "a/..", "a/.", String(repeating: "x", count: 256)])
    func unsafePaths(path: String) throws {
        #expect(!Publisher.isSafeRelativePath(path))
        let tmp = try TemporaryFolder()
        let p = publisher(tmp, output: "site/public")
        #expect(throws: SitegenError.self) { try p.publish([(path, Array("x".utf8))]) }
        #expect(!FileManager.default.fileExists(atPath: tmp.url.appending(path: "site/public").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.url.appending(path: "site").path).isEmpty)
    }

    @Test("temporary folders of killed builds are cleaned up on the next run")
    func staleTemporaries() throws {
        let tmp = try TemporaryFolder()
        // pid 2^22+1 is above Linux's default pid_max, so no process has it.
        try tmp.write("site/.public.sitegen-tmp-4194305-7/index.html", "half-written")
        try tmp.write("site/.public.sitegen-old-4194305-7/index.html", "old")
        try publisher(tmp, output: "site/public").publish([("index.html", Array("new".utf8))])
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.url.appending(path: "site").path) == ["public"])
    }

    /// The inode of a path (a folder kept in place keeps it; a swapped one does not).
    func inode(_ url: URL) -> UInt64 {
        var info = stat()
        return lstat(url.path, &info) == 0 ? UInt64(info.st_ino) : 0
    }

    @Test("an update moves only the changed files into place, keeps the others and deletes what the site no longer holds",
          arguments: [false, true])
    func updateInPlace(readAhead: Bool) throws {
        let tmp = try TemporaryFolder()
        let p = publisher(tmp, output: "site/public")
        let out = tmp.url.appending(path: "site/public")
        try p.publish([("index.html", Array("home".utf8)), ("a/index.html", Array("A".utf8)), ("b/index.html", Array("B".utf8)), ("c/d/index.html", Array("D".utf8))])
        try tmp.write("site/public/stray.txt", "left by hand")
        // (The output's tree as a build reads it ahead, while it makes the site.)
        let listing = readAhead ? try #require(p.readAhead()).value : nil
        if readAhead { #expect(listing != nil) }
        let folder = inode(out)
        let kept = inode(out.appending(path: "a/index.html"))
        let staging = try p.begin(update: true)
        #expect(staging.isUpdate)
        try staging.write(Array("home, new".utf8), to: "index.html")
        try staging.write(Array("A".utf8), to: "a/index.html")
        try staging.write(Array("E".utf8), to: "e/f/index.html")
        let identity = try #require(staging.identity(of: "e/f/index.html"))
        // Until the commit, the output is as it was.
        #expect(try readText(out.appending(path: "index.html")) == "home")
        try staging.commit(listing: listing)
        #expect(try tree(out).keys.sorted() == [".sitegen-output", "a/index.html", "e/f/index.html", "index.html"])
        #expect(try readText(out.appending(path: "index.html")) == "home, new")
        #expect(inode(out) == folder, "the output folder was replaced, not updated")
        #expect(inode(out.appending(path: "a/index.html")) == kept)
        #expect(Publisher.isFile(out.appending(path: "e/f/index.html").path, identity: identity))
        #expect(!FileManager.default.fileExists(atPath: out.appending(path: "c").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.url.appending(path: "site").path) == ["public"])
    }

    @Test("the output's tree read ahead finds the same stray entries as a walk made at the time")
    func listingFindsStrays() throws {
        let tmp = try TemporaryFolder()
        let base = tmp.url.appending(path: "out").path
        for file in ["index.html", "a/index.html", "a/extra.txt", "b/c/index.html", "b/c/old/x.html", "gone/deep/y.html", "file-for-folder", "z.css"] {
            try tmp.write("out/" + file, "x")
        }
        #expect(symlink("/etc", base + "/a/link") == 0)
        let expected: Set<String> = ["index.html", "a/index.html", "b/c/index.html", "file-for-folder/index.html", "new/index.html"]
        let walked = try #require(Publisher.strayEntries(in: base, expected: expected))
        let listing = try #require(Publisher.TreeListing(base: base))
        let listed = try #require(listing.strayEntries(expected: expected))
        #expect(listed.sorted() == ["a/extra.txt", "a/link", "b/c/old", "file-for-folder", "gone", "z.css"])
        #expect(walked.sorted() == listed.sorted())
        #expect(Publisher.TreeListing(base: base + "/missing") == nil)
    }

    @Test("an update that puts a file where a folder was, or changes many files, swaps the whole site")
    func updateFallsBackToSwap() throws {
        let tmp = try TemporaryFolder()
        let p = publisher(tmp, output: "site/public")
        let out = tmp.url.appending(path: "site/public")
        try p.publish([("x/index.html", Array("X".utf8)), ("y.html", Array("Y".utf8))])
        let folder = inode(out)
        let kept = inode(out.appending(path: "y.html"))
        let staging = try p.begin(update: true)
        try staging.write(Array("now a file".utf8), to: "x")
        var info = stat()
        #expect(lstat(out.appending(path: "y.html").path, &info) == 0)
        #expect(staging.keep([("y.html", Publisher.Staging.Identity(info))]))
        try staging.commit()
        #expect(try tree(out) == [".sitegen-output": Data(Publisher.markerText.utf8), "x": Data("now a file".utf8), "y.html": Data("Y".utf8)])
        #expect(inode(out) != folder)
        #expect(inode(out.appending(path: "y.html")) == kept, "a kept file is linked into the new site")
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.url.appending(path: "site").path) == ["public"])

        let many = try p.begin(update: true)
        for n in 0..<100 { try many.write(Array("page \(n)".utf8), to: "p\(n).html") }
        try many.commit()
        #expect(try tree(out).count == 101)
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.url.appending(path: "site").path) == ["public"])
    }

    @Test("an update killed once its journal was whole is finished by the next run; one killed before is dropped")
    func updateRecovery() throws {
        let tmp = try TemporaryFolder()
        let p = publisher(tmp, output: "site/public")
        let out = tmp.url.appending(path: "site/public")
        try p.publish([("index.html", Array("old".utf8)), ("gone/index.html", Array("G".utf8)), ("half.html", Array("H".utf8))])
        // pid 2^22+1 is above Linux's default pid_max, so no process has it. The first update was
        // killed half-way (half.html already moved), the second before its journal was written.
        try tmp.write("site/.public.sitegen-upd-4194305-1/site/index.html", "new")
        try tmp.write("site/.public.sitegen-upd-4194305-1/site/new/index.html", "N")
        try tmp.write("site/.public.sitegen-upd-4194305-1/journal", "gone\n")
        try tmp.write("site/.public.sitegen-upd-4194305-2/site/half.html", "never")
        try tmp.write("site/.public.sitegen-upd-4194305-2/journal.partial", "half.html\n")
        let staging = try p.begin(update: true)
        staging.discard()
        #expect(try tree(out) == [".sitegen-output": Data(Publisher.markerText.utf8), "index.html": Data("new".utf8), "new/index.html": Data("N".utf8), "half.html": Data("H".utf8)])
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.url.appending(path: "site").path) == ["public"])
    }

    @Test("a journal never deletes outside the output, and a moved file never goes through a link")
    func updateRecoveryStaysInside() throws {
        let tmp = try TemporaryFolder()
        try tmp.write("precious/file.txt", "keep me")
        let p = publisher(tmp, output: "site/public")
        let out = tmp.url.appending(path: "site/public")
        try p.publish([("index.html", Array("old".utf8))])
        try FileManager.default.createSymbolicLink(atPath: out.appending(path: "link").path, withDestinationPath: tmp.url.appending(path: "precious").path)
        try tmp.write("site/.public.sitegen-upd-4194305-1/site/link/file.txt", "overwritten")
        try tmp.write("site/.public.sitegen-upd-4194305-1/journal", "../../precious/file.txt\nlink/file.txt\n")
        let staging = try p.begin(update: true)
        staging.discard()
        #expect(try readText(tmp.url.appending(path: "precious/file.txt")) == "keep me")
        #expect(try readText(out.appending(path: "index.html")) == "old")
    }

    @Test("cleaning removes symbolic links in the old output, never their targets")
    func symlinksInOldOutput() throws {
        let tmp = try TemporaryFolder()
        try tmp.write("precious/file.txt", "keep me")
        let p = publisher(tmp, output: "site/public")
        try p.publish([("index.html", Array("v1".utf8))])
        try FileManager.default.createSymbolicLink(atPath: tmp.url.appending(path: "site/public/link").path, withDestinationPath: tmp.url.appending(path: "precious").path)
        try p.publish([("index.html", Array("v2".utf8))])
        #expect(try readText(tmp.url.appending(path: "precious/file.txt")) == "keep me")
        #expect(try readText(tmp.url.appending(path: "site/public/index.html")) == "v2")
    }

    @Test("a symbolic link as the output folder is refused")
    func symlinkOutput() throws {
        let tmp = try TemporaryFolder()
        try tmp.write("elsewhere/keep.txt", "x")
        try FileManager.default.createDirectory(at: tmp.url.appending(path: "site"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: tmp.url.appending(path: "site/public").path, withDestinationPath: tmp.url.appending(path: "elsewhere").path)
        #expect(throws: SitegenError.self) { try publisher(tmp, output: "site/public").publish([("index.html", [])]) }
        #expect(try readText(tmp.url.appending(path: "elsewhere/keep.txt")) == "x")
    }
}
