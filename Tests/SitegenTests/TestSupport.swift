import Foundation
import Testing
@testable import SitegenBuild
import SitegenCore
import SitegenModel

/// Paths of the package and its fixtures, found from this file.
enum Paths {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let packageRoot = testsFolder.deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = testsFolder.appending(path: "Fixtures")
    static let golden = testsFolder.appending(path: "Golden")
    static func site(_ name: String) -> URL { fixtures.appending(path: "sites/\(name)") }
}

/// A temporary folder removed when the value goes away.
final class TemporaryFolder: @unchecked Sendable {
    let url: URL
    init() throws {
        url = FileManager.default.temporaryDirectory.appending(path: "sitegen-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(at: url) }

    func write(_ relative: String, _ text: String) throws {
        let file = url.appending(path: relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }

    /// Copies a fixture site here and returns its new root.
    func copy(site: URL, as name: String = "site") throws -> URL {
        let target = url.appending(path: name)
        try FileManager.default.copyItem(at: site, to: target)
        return target
    }
}

/// Builds a site folder into `output` (default: ROOT/public) with messages relative to ROOT.
@discardableResult
func buildSite(root: URL, output: URL? = nil, linkStyle: LinkStyle = .pretty, baseURL: String? = nil, drafts: Bool = false) throws -> BuildReport {
    var options = BuildOptions(root: root, displayRoot: "", output: output ?? root.appending(path: "public"), displayOutput: "public")
    options.linkStyle = linkStyle
    options.baseURL = baseURL
    options.includeDrafts = drafts
    // Every page a rebuild keeps from the last build is also rendered and compared: a
    // fingerprint that misses something a page shows fails the test that rebuilt it.
    options.verifyKeptPages = true
    return try SiteBuilder(options: options).build()
}

/// The message a build failure prints, as the CLI would print it.
func errorText(_ error: Error) -> String {
    switch error {
    case let e as SitegenError: return e.description
    case let e as SitegenErrors: return e.description
    default: return "\(error)"
    }
}

/// All files under a folder, relative path -> bytes, hidden files included.
func tree(_ folder: URL) throws -> [String: Data] {
    var out: [String: Data] = [:]
    let base = folder.standardizedFileURL.path
    guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return out }
    for case let url as URL in walker where (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
        out[String(url.standardizedFileURL.path.dropFirst(base.count + 1))] = try Data(contentsOf: url)
    }
    return out
}

func readText(_ url: URL) throws -> String {
    String(decoding: try Data(contentsOf: url), as: UTF8.self)
}

/// Compares `actual` with a golden file; `RECORD_GOLDEN=1` rewrites the golden file instead.
func assertGolden(_ actual: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
    let file = Paths.golden.appending(path: name)
    if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(actual.utf8).write(to: file)
        return
    }
    guard let expected = try? readText(file) else {
        Issue.record("missing golden file \(name); run with RECORD_GOLDEN=1 to create it", sourceLocation: sourceLocation)
        return
    }
    if expected != actual {
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let firstDiff = zip(e, a).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(e.count, a.count)
        let show = { (lines: [Substring]) in firstDiff < lines.count ? String(lines[firstDiff]) : "<end of file>" }
        Issue.record(
            "\(name) differs from its golden file at line \(firstDiff + 1):\n expected: \(show(e))\n   actual: \(show(a))\n(RECORD_GOLDEN=1 re-records)",
            sourceLocation: sourceLocation)
    }
}

/// Runs a program, returning its exit status and output.
@discardableResult
func run(_ executable: String, _ arguments: [String], cwd: URL? = nil, environment: [String: String]? = nil) throws -> (status: Int32, stdout: String, stderr: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let cwd { process.currentDirectoryURL = cwd }
    if let environment { process.environment = environment }
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    // Read both pipes while the program runs so neither fills up.
    nonisolated(unsafe) var errData = Data()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
        errData = err.fileHandleForReading.readDataToEndOfFile()
        group.leave()
    }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
}

/// Finds a program on PATH.
func which(_ name: String) -> String? {
    for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
        let path = "\(dir)/\(name)"
        if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    return nil
}

/// The sitegen executable built beside the tests.
func sitegenBinary() throws -> String {
    let candidates = [
        Paths.packageRoot.appending(path: ".build/debug/sitegen").path,
        Bundle.main.bundleURL.appending(path: "sitegen").path,
    ]
    for path in candidates where FileManager.default.isExecutableFile(atPath: path) { return path }
    throw SitegenError("the sitegen executable is not built; run `swift build` first", stage: .config)
}

/// The text a reader sees in an HTML fragment: tags and visually hidden text removed.
func textContent(_ html: String) -> String {
    var s = html
    while let r = s.range(of: "<span class=\"visually-hidden\">") {
        guard let end = s.range(of: "</span>", range: r.upperBound..<s.endIndex) else { break }
        s.removeSubrange(r.lowerBound..<end.upperBound)
    }
    var out = ""
    var inTag = false
    for c in s {
        if c == "<" { inTag = true } else if c == ">" { inTag = false } else if !inTag { out.append(c) }
    }
    return out.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&quot;", with: "\"")
}
