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

    @Test("refuses the home folder")
    func home() throws {
        let home = try #require(ProcessInfo.processInfo.environment["HOME"])
        let p = Publisher(output: URL(fileURLWithPath: home), root: URL(fileURLWithPath: "/nonexistent/site"), displayOutput: "~")
        #expect(throws: SitegenError.self) { try p.validate() }
    }

    @Test("paths that would leave the output folder are refused", arguments: ["../x", "/abs", "a/../../x", "a//b", "a\\b", "a\u{0}b", "", "./a"])
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
