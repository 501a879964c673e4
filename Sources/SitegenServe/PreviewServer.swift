import FlyingFox
import Foundation
import SitegenAnnotate
import SitegenBuild
import SitegenCore

#if canImport(Glibc)
import Glibc
#endif

/// The state the preview shows: the version of the last good build and the
/// error of the last build, if it failed.
public actor PreviewState {
    public private(set) var version = 0
    public private(set) var error: String?

    public init() {}

    func succeeded() {
        version += 1
        error = nil
    }

    func failed(_ message: String) { error = message }

    func snapshot() -> (Int, String?) { (version, error) }
}

/// Serves a built site from a folder, as a static host would, plus a small
/// status channel for live reload. Safe by default: only files inside the
/// folder, only requests addressed to this machine's name for the server.
public struct PreviewHandler: HTTPHandler {
    public let folder: URL
    public let allowedHosts: Set<String>
    public let state: PreviewState
    public static let statusPath = "/__sitegen/status"

    public init(folder: URL, host: String, port: UInt16, state: PreviewState) {
        self.folder = folder.standardizedFileURL
        var hosts: Set<String> = []
        for name in [host, "127.0.0.1", "localhost", "[::1]"] {
            hosts.insert("\(name):\(port)")
            if port == 80 { hosts.insert(name) }
        }
        self.allowedHosts = hosts
        self.state = state
    }

    public func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        // DNS rebinding: a page on another site must not reach us under its own name.
        guard let host = request.headers[.host]?.lowercased(), allowedHosts.contains(host) else {
            return text(.forbidden, "This preview server only answers requests for \(allowedHosts.sorted().first ?? "localhost").\n")
        }
        guard request.method == .GET || request.method == .HEAD else {
            return text(.methodNotAllowed, "Only GET and HEAD.\n", headers: [HTTPHeader("Allow"): "GET, HEAD"])
        }
        let raw = request.target.path(percentEncoded: true)
        if raw == Self.statusPath { return await status(request) }
        guard let relative = Self.safeRelativePath(raw) else {
            return text(.badRequest, "Bad path.\n")
        }
        var file = folder.appending(path: relative)
        var info = stat()
        if lstat(file.path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR || (stat(file.path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR) {
            guard raw.hasSuffix("/") else {
                let query = request.target.query(percentEncoded: true)
                return HTTPResponse(statusCode: .movedPermanently, headers: [.location: raw + "/" + (query.isEmpty ? "" : "?" + query), .cacheControl: "no-cache"])
            }
            file = file.appending(path: "index.html")
        }
        if let data = read(file) {
            return await respond(request, .ok, data, type: Self.contentType(file.pathExtension), isHTML: file.pathExtension == "html")
        }
        let notFound = read(folder.appending(path: "404.html")) ?? Data("Not found.\n".utf8)
        return await respond(request, .notFound, notFound, type: "text/html; charset=utf-8", isHTML: true)
    }

    /// The request path as a path inside the folder, or nil when it could point
    /// anywhere else: `..`, encoded dots or slashes, backslashes, NUL, `//`.
    static func safeRelativePath(_ raw: String) -> String? {
        guard raw.hasPrefix("/"), !raw.hasPrefix("//"), !raw.contains("\\"), !raw.contains("\0") else { return nil }
        let lower = raw.lowercased()
        for bad in ["%2f", "%5c", "%00", "%2e"] where lower.contains(bad) { return nil }
        guard let decoded = raw.removingPercentEncoding, !decoded.contains("\0"), !decoded.contains("\\") else { return nil }
        var parts: [String] = []
        for part in decoded.split(separator: "/", omittingEmptySubsequences: false).dropFirst() {
            if part == ".." || part == "." { return nil }
            if part.isEmpty { continue }
            parts.append(String(part))
        }
        return parts.joined(separator: "/")
    }

    /// Reads a regular file whose real path lies inside the folder.
    func read(_ file: URL) -> Data? {
        guard let real = realpath(file.path, nil) else { return nil }
        defer { free(real) }
        guard let root = realpath(folder.path, nil) else { return nil }
        defer { free(root) }
        let path = String(cString: real), base = String(cString: root)
        guard path.hasPrefix(base + "/") else { return nil }
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return FileManager.default.contents(atPath: path)
    }

    func respond(_ request: HTTPRequest, _ code: HTTPStatusCode, _ data: Data, type: String, isHTML: Bool) async -> HTTPResponse {
        var body = data
        if isHTML {
            let (version, error) = await state.snapshot()
            body = Self.inject(into: data, version: version, error: error)
        }
        var headers: HTTPHeaders = [.contentType: type, .cacheControl: "no-cache", .contentLength: String(body.count)]
        headers[HTTPHeader("X-Content-Type-Options")] = "nosniff"
        if request.method == .HEAD { return HTTPResponse(statusCode: code, headers: headers) }
        return HTTPResponse(statusCode: code, headers: headers, body: body)
    }

    /// The live-reload channel: same-origin only.
    func status(_ request: HTTPRequest) async -> HTTPResponse {
        if let origin = request.headers[HTTPHeader("Origin")] {
            let allowed = allowedHosts.map { "http://" + $0 }
            guard allowed.contains(origin.lowercased()) else { return text(.forbidden, "Origin not allowed.\n") }
        }
        let (version, error) = await state.snapshot()
        var json = "{\"version\":\(version),\"error\":"
        json += error.map { JSONValue.string($0).serialized(pretty: false) } ?? "null"
        json += "}"
        return HTTPResponse(statusCode: .ok, headers: [.contentType: "application/json", .cacheControl: "no-store"], body: Data(json.utf8))
    }

    func text(_ code: HTTPStatusCode, _ message: String, headers: HTTPHeaders = [:]) -> HTTPResponse {
        var h = headers
        h[.contentType] = "text/plain; charset=utf-8"
        h[.cacheControl] = "no-cache"
        return HTTPResponse(statusCode: code, headers: h, body: Data(message.utf8))
    }

    /// Adds the build error (visible without JavaScript) and the reload script.
    static func inject(into html: Data, version: Int, error: String?) -> Data {
        var text = String(decoding: html, as: UTF8.self)
        var banner = ""
        if let error {
            banner = "<div id=\"sitegen-error\" role=\"alert\" style=\"position:sticky;top:0;z-index:1000;background:#7a0000;color:#fff;padding:1rem;font:14px/1.4 monospace;white-space:pre-wrap\"><strong>The last build failed; this is the previous version of the site.</strong>\n\(error.htmlEscaped)</div>"
        }
        let script = """
            <script>(function(){var v=\(version);function poll(){fetch("\(statusPath)",{cache:"no-store"}).then(function(r){return r.json()}).then(function(s){if(s.version!==v){location.reload();return}var b=document.getElementById("sitegen-error");if(s.error&&!b){location.reload();return}if(!s.error&&b){b.remove()}setTimeout(poll,500)}).catch(function(){setTimeout(poll,1500)})}setTimeout(poll,500)})();</script>
            """
        if let body = text.range(of: "<body>") {
            text.insert(contentsOf: banner, at: body.upperBound)
        } else {
            text = banner + text
        }
        if let end = text.range(of: "</body>", options: .backwards) {
            text.insert(contentsOf: script, at: end.lowerBound)
        } else {
            text += script
        }
        return Data(text.utf8)
    }

    static func contentType(_ ext: String) -> String {
        switch ext.lowercased() {
        case "html": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js": return "text/javascript; charset=utf-8"
        case "json": return "application/json"
        case "jsonld": return "application/ld+json"
        case "xml": return "application/xml; charset=utf-8"
        case "txt": return "text/plain; charset=utf-8"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "webp": return "image/webp"
        case "ico": return "image/x-icon"
        case "woff2": return "font/woff2"
        default: return "application/octet-stream"
        }
    }
}
