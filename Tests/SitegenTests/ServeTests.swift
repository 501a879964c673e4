import Foundation
import Testing
@testable import SitegenServe

#if canImport(Glibc)
import Glibc
#endif

/// A port nobody is listening on right now.
func freePort() -> UInt16 {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(fd) }
    var addr = sockaddr_in()
    addr.sin_family = sa_family_t(AF_INET)
    addr.sin_addr.s_addr = inet_addr("127.0.0.1")
    addr.sin_port = 0
    _ = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
    var len = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafeMutablePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &len) } }
    return UInt16(bigEndian: addr.sin_port)
}

/// Sends bytes exactly as given (no client normalises the path) and returns the whole reply.
func rawRequest(port: UInt16, _ request: String) -> String {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(fd) }
    var addr = sockaddr_in()
    addr.sin_family = sa_family_t(AF_INET)
    addr.sin_addr.s_addr = inet_addr("127.0.0.1")
    addr.sin_port = port.bigEndian
    let ok = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
    guard ok == 0 else { return "" }
    var timeout = timeval(tv_sec: 5, tv_usec: 0)
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    let bytes = Array(request.utf8)
    _ = bytes.withUnsafeBytes { send(fd, $0.baseAddress, bytes.count, 0) }
    var reply: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = recv(fd, &buffer, buffer.count, 0)
        if n <= 0 { break }
        reply += buffer[0..<n]
    }
    return String(decoding: reply, as: UTF8.self)
}

func get(port: UInt16, _ path: String, host: String? = nil, method: String = "GET", headers: [String] = []) -> (status: Int, head: String, body: String) {
    let reply = rawRequest(port: port, "\(method) \(path) HTTP/1.1\r\nHost: \(host ?? "127.0.0.1:\(port)")\r\n\(headers.map { $0 + "\r\n" }.joined())Connection: close\r\n\r\n")
    let parts = reply.components(separatedBy: "\r\n\r\n")
    let head = parts.first ?? ""
    let status = Int(head.split(separator: " ").dropFirst().first ?? "") ?? 0
    return (status, head, parts.dropFirst().joined(separator: "\r\n\r\n"))
}

/// A `sitegen serve` process on a site of its own.
final class ServerProcess: @unchecked Sendable {
    let process = Process()
    let port: UInt16
    let root: URL
    let stderr = Pipe()

    init(root: URL, port: UInt16 = freePort()) throws {
        self.root = root
        self.port = port
        process.executableURL = URL(fileURLWithPath: try sitegenBinary())
        process.arguments = ["serve", "--root", root.path, "--port", String(port)]
        process.standardOutput = Pipe()
        process.standardError = stderr
        try process.run()
        // Wait until it answers.
        for _ in 0..<300 {
            if get(port: port, "/__sitegen/status").status == 200, status().version > 0 { return }
            usleep(100_000)
        }
        throw SitegenTestError("the server did not start")
    }

    func status() -> (version: Int, error: String?) {
        let body = get(port: port, "/__sitegen/status").body
        guard let data = body.data(using: .utf8), let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return (0, nil) }
        return (json["version"] as? Int ?? 0, json["error"] as? String)
    }

    /// Waits for the version to move past `old` (a rebuild), or for an error.
    func waitForChange(from old: Int, orError: Bool = false, seconds: Double = 20) -> (version: Int, error: String?) {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            let s = status()
            if s.version > old || (orError && s.error != nil) { return s }
            usleep(100_000)
        }
        return status()
    }

    func stop() {
        if process.isRunning { kill(process.processIdentifier, SIGINT) }
        process.waitUntilExit()
    }

    deinit { if process.isRunning { process.terminate() } }
}

struct SitegenTestError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}

@Suite("Preview server", .serialized)
struct ServeTests {
    func site(_ tmp: TemporaryFolder) throws -> URL {
        try tmp.write("site/content/2024-01-01-first.md", "---\ntitle: First article\ndate: 2024-01-01\n---\nKenya and China signed a deal.\n")
        try tmp.write("site/content/2024-01-02-second.md", "---\ntitle: Second article\ndate: 2024-01-02\n---\nA second story.\n")
        return tmp.url.appending(path: "site")
    }

    @Test("serves like a static host: index.html, redirects, types, 404 page, HEAD, no-cache")
    func staticHost() throws {
        let tmp = try TemporaryFolder()
        let server = try ServerProcess(root: try site(tmp))
        defer { server.stop() }
        let home = get(port: server.port, "/")
        #expect(home.status == 200)
        #expect(home.head.contains("Content-Type: text/html; charset=utf-8"))
        #expect(home.head.contains("Cache-Control: no-cache"))
        #expect(home.body.contains("First article"))
        #expect(home.body.contains("/__sitegen/status"))  // live reload
        #expect(get(port: server.port, "/articles/first/").body.contains("Kenya"))
        let redirect = get(port: server.port, "/articles/first")
        #expect(redirect.status == 301)
        #expect(redirect.head.contains("Location: /articles/first/"))
        #expect(get(port: server.port, "/assets/site.css").head.contains("Content-Type: text/css; charset=utf-8"))
        let missing = get(port: server.port, "/no/such/page")
        #expect(missing.status == 404)
        #expect(missing.body.contains("Page not found"))
        let head = get(port: server.port, "/", method: "HEAD")
        #expect(head.status == 200 && head.body.isEmpty)
        #expect(head.head.contains("Content-Length: \(home.body.utf8.count)"))
        // Serving never writes into the site's own public/.
        #expect(!FileManager.default.fileExists(atPath: server.root.appending(path: "public").path))
    }

    @Test("refuses other Host names (DNS rebinding) and foreign Origins on the reload channel")
    func hostAndOrigin() throws {
        let tmp = try TemporaryFolder()
        let server = try ServerProcess(root: try site(tmp))
        defer { server.stop() }
        #expect(get(port: server.port, "/", host: "evil.example").status == 403)
        #expect(get(port: server.port, "/", host: "evil.example:\(server.port)").status == 403)
        #expect(get(port: server.port, "/", host: "localhost:\(server.port)").status == 200)
        #expect(get(port: server.port, "/__sitegen/status", headers: ["Origin: http://evil.example"]).status == 403)
        #expect(get(port: server.port, "/__sitegen/status", headers: ["Origin: http://127.0.0.1:\(server.port)"]).status == 200)
    }

    static let traversals = [
        "/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc/passwd", "/%252e%252e/%252e%252e/etc/passwd",
        "//etc/passwd", "/..\\..\\etc\\passwd", "/index.html%00.txt", "/articles/../../../../etc/passwd",
        "/%2E%2E/%2E%2E/etc/passwd", "/.%2e/.%2e/etc/passwd", "/etc/passwd", "/..;/..;/etc/passwd",
    ]

    @Test("raw traversal requests never get a byte from outside the served folder")
    func traversal() throws {
        let tmp = try TemporaryFolder()
        let server = try ServerProcess(root: try site(tmp))
        defer { server.stop() }
        for path in Self.traversals {
            let reply = get(port: server.port, path)
            #expect(!reply.body.contains("root:"), "\(path) leaked /etc/passwd")
            #expect([400, 404].contains(reply.status), "\(path) answered \(reply.status)")
        }
        // The server still works afterwards.
        #expect(get(port: server.port, "/").status == 200)
    }

    @Test("a symbolic link out of the served folder is not followed")
    func symlink() async throws {
        let tmp = try TemporaryFolder()
        try tmp.write("served/index.html", "<html><body>ok</body></html>")
        try tmp.write("secret.txt", "top secret")
        try FileManager.default.createSymbolicLink(atPath: tmp.url.appending(path: "served/leak.txt").path, withDestinationPath: tmp.url.appending(path: "secret.txt").path)
        let handler = PreviewHandler(folder: tmp.url.appending(path: "served"), host: "127.0.0.1", port: 8080, state: PreviewState())
        #expect(handler.read(tmp.url.appending(path: "served/leak.txt")) == nil)
        #expect(handler.read(tmp.url.appending(path: "served/index.html")) != nil)
        #expect(PreviewHandler.safeRelativePath("/a/../b") == nil)
        #expect(PreviewHandler.safeRelativePath("/a/b/") == "a/b")
    }

    @Test("an edit rebuilds once and pages reload; new, renamed and deleted articles follow")
    func editRebuild() throws {
        let tmp = try TemporaryFolder()
        let root = try site(tmp)
        let server = try ServerProcess(root: root)
        defer { server.stop() }
        var version = server.status().version
        // A burst of saves: one rebuild.
        for n in 0..<5 {
            try tmp.write("site/content/2024-01-01-first.md", "---\ntitle: First article, edit \(n)\ndate: 2024-01-01\n---\nKenya and China signed a deal.\n")
            usleep(50_000)
        }
        var now = server.waitForChange(from: version)
        #expect(now.version == version + 1)
        usleep(1_200_000)
        #expect(server.status().version == version + 1)  // no second build for the same burst
        #expect(get(port: server.port, "/articles/first/").body.contains("First article, edit 4"))
        version = now.version
        // Delete one, add one.
        try FileManager.default.removeItem(at: root.appending(path: "content/2024-01-02-second.md"))
        try tmp.write("site/content/2024-01-03-third.md", "---\ntitle: Third article\n---\nNew.\n")
        now = server.waitForChange(from: version)
        #expect(now.version > version)
        #expect(get(port: server.port, "/articles/second/").status == 404)
        #expect(get(port: server.port, "/articles/third/").status == 200)
        #expect(!get(port: server.port, "/").body.contains("Second article"))
    }

    @Test("a build error is shown in the page and the last good site stays, until it is fixed")
    func buildError() throws {
        let tmp = try TemporaryFolder()
        let root = try site(tmp)
        let server = try ServerProcess(root: root)
        defer { server.stop() }
        let version = server.status().version
        try tmp.write("site/content/2024-01-01-first.md", "---\ntitle: First article\ndate: 2024-02-31\n---\nBroken date.\n")
        let failed = server.waitForChange(from: version, orError: true)
        #expect(failed.error?.contains("2024-01-01-first.md:3:7: error: front matter field \"date\" is not a date") == true)
        let page = get(port: server.port, "/articles/first/")
        #expect(page.status == 200)  // the last good site
        #expect(page.body.contains("id=\"sitegen-error\""))
        #expect(page.body.contains("is not a date"))
        // A folder deleted and a file saved half-way do not stop the server.
        try? FileManager.default.removeItem(at: root.appending(path: "templates"))
        try tmp.write("site/content/half.md", "---\ntitle: Half")
        usleep(800_000)
        #expect(get(port: server.port, "/").status == 200)
        try FileManager.default.removeItem(at: root.appending(path: "content/half.md"))
        try tmp.write("site/content/2024-01-01-first.md", "---\ntitle: First article fixed\ndate: 2024-01-01\n---\nFixed.\n")
        let fixed = server.waitForChange(from: version)
        #expect(fixed.error == nil)
        #expect(!get(port: server.port, "/articles/first/").body.contains("id=\"sitegen-error\""))
    }

    @Test("a busy port is an error, not silently replaced")
    func busyPort() throws {
        let tmp = try TemporaryFolder()
        let server = try ServerProcess(root: try site(tmp))
        defer { server.stop() }
        let second = try run(try sitegenBinary(), ["serve", "--root", server.root.path, "--port", String(server.port)])
        #expect(second.status != 0)
        #expect(second.stderr.contains("cannot listen on 127.0.0.1:\(server.port)"))
    }

    @Test("Ctrl-C stops it cleanly and removes its private build folder")
    func interrupt() throws {
        let tmp = try TemporaryFolder()
        let server = try ServerProcess(root: try site(tmp))
        let before = try FileManager.default.contentsOfDirectory(atPath: FileManager.default.temporaryDirectory.path).filter { $0.hasPrefix("sitegen-serve-\(server.process.processIdentifier)-") }
        #expect(before.count == 1)
        kill(server.process.processIdentifier, SIGINT)
        server.process.waitUntilExit()
        #expect(server.process.terminationStatus == 0)
        let after = try FileManager.default.contentsOfDirectory(atPath: FileManager.default.temporaryDirectory.path).filter { $0.hasPrefix("sitegen-serve-\(server.process.processIdentifier)-") }
        #expect(after.isEmpty)
    }

    @Test("it holds load: wrk -t2 -c64 -d10s gives no errors and no growth in open files")
    func load() throws {
        let wrk = try #require(which("wrk"), "wrk is not installed (scripts/test installs it)")
        let tmp = try TemporaryFolder()
        let server = try ServerProcess(root: try site(tmp))
        defer { server.stop() }
        let fds = { (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(server.process.processIdentifier)/fd").count) ?? -1 }
        let before = fds()
        let result = try run(wrk, ["-t2", "-c64", "-d10s", "http://127.0.0.1:\(server.port)/articles/first/"])
        #expect(result.status == 0)
        #expect(!result.stdout.contains("Socket errors"), "\(result.stdout)")
        #expect(!result.stdout.contains("Non-2xx"), "\(result.stdout)")
        let requests = result.stdout.split(separator: "\n").first { $0.contains("requests in") }
        #expect(requests != nil, "\(result.stdout)")
        usleep(500_000)
        #expect(fds() <= before + 4, "open files grew from \(before) to \(fds())")
        #expect(get(port: server.port, "/").status == 200)
    }
}
