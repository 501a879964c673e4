import Foundation
import Testing
import SitegenCore

/// Every folder under Fixtures/invalid is a site that must fail to build with
/// the message in its expected-error.txt, leaving an existing output untouched.
@Suite("Invalid sites")
struct InvalidSiteTests {
    static let cases: [String] = {
        let folder = Paths.fixtures.appending(path: "invalid")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }()

    @Test("invalid fixture sites fail with their expected message", arguments: cases)
    func invalidSite(name: String) throws {
        let tmp = try TemporaryFolder()
        let root = try tmp.copy(site: Paths.fixtures.appending(path: "invalid/\(name)"))
        let expectedFile = root.appending(path: "expected-error.txt")
        try? FileManager.default.removeItem(at: expectedFile)

        // A previous good site in the output folder must survive the failed build.
        let output = root.appending(path: "public")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try Data("marker\n".utf8).write(to: output.appending(path: ".sitegen-output"))
        try Data("old site\n".utf8).write(to: output.appending(path: "index.html"))

        var message: String?
        do {
            try buildSite(root: root)
        } catch {
            message = errorText(error)
        }
        let actual = try #require(message, "\(name) built without an error")
        let golden = Paths.fixtures.appending(path: "invalid/\(name)/expected-error.txt")
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try Data((actual + "\n").utf8).write(to: golden)
        } else {
            let expected = try #require(try? readText(golden), "missing \(name)/expected-error.txt; RECORD_GOLDEN=1 records it")
            #expect(actual + "\n" == expected)
        }
        #expect(try readText(output.appending(path: "index.html")) == "old site\n")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.contains("sitegen-tmp") }
        #expect(leftovers.isEmpty)
    }
}
