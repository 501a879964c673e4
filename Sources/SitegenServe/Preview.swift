import FlyingFox
import FlyingSocks
import Foundation
import SitegenBuild
import SitegenCore

#if canImport(Glibc)
import Glibc
#endif

actor StartFailure {
    var error: Error?
    func set(_ e: Error) { error = e }
}

/// `sitegen serve`: builds the site into a private folder, serves it, and
/// rebuilds once per burst of changes to content/, templates/ or sitegen.yml.
public final class Preview: @unchecked Sendable {
    public let root: URL
    public let displayRoot: String
    public let host: String
    public let port: UInt16
    public let folder: URL
    public let state = PreviewState()
    let log: @Sendable (String) -> Void
    var builder: SiteBuilder

    public init(root: URL, displayRoot: String, host: String, port: UInt16, options: (inout BuildOptions) -> Void = { _ in }, log: @escaping @Sendable (String) -> Void) {
        self.root = root.standardizedFileURL
        self.displayRoot = displayRoot
        self.host = host
        self.port = port
        self.log = log
        // Never the user's public/: a private folder of our own, removed on exit.
        folder = FileManager.default.temporaryDirectory.appending(path: "sitegen-serve-\(getpid())-\(UInt32.random(in: 0...UInt32.max))/site")
        var o = BuildOptions(root: self.root, displayRoot: displayRoot, output: folder, displayOutput: "(preview)")
        options(&o)
        builder = SiteBuilder(options: o)
    }

    /// Builds once; on failure the previous site stays and the error is shown.
    public func rebuild() async {
        do {
            let report = try builder.build()
            await state.succeeded()
            log("rebuilt \(report.articles) articles in \(Int((report.seconds * 1000).rounded())) ms")
        } catch {
            let message: String
            switch error {
            case let e as SitegenError: message = e.description
            case let e as SitegenErrors: message = e.description
            default: message = "\(error)"
            }
            await state.failed(message)
            log(message)
        }
    }

    /// What the watched files look like now: paths, sizes and modification times.
    func fingerprint() -> [String: String] {
        var out: [String: String] = [:]
        let fm = FileManager.default
        for top in ["content", "templates", "sitegen.yml"] {
            let url = root.appending(path: top)
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: url.path, isDirectory: &isDir) else { continue }
            var paths = [url.path]
            if isDir.boolValue, let walker = fm.enumerator(atPath: url.path) {
                for case let p as String in walker { paths.append(url.path + "/" + p) }
            }
            for p in paths {
                var info = stat()
                guard lstat(p, &info) == 0 else { continue }
                out[p] = "\(info.st_size):\(info.st_mtim.tv_sec):\(info.st_mtim.tv_nsec):\(info.st_ino)"
            }
        }
        return out
    }

    /// Polls the watched files; a change starts a rebuild once they have been
    /// quiet for `quiet` seconds, so a burst of saves builds once.
    func watch(interval: Double = 0.25, quiet: Double = 0.3) async {
        var last = fingerprint()
        while !Task.isCancelled {
            try? await Task.sleep(nanoseconds: UInt64(interval * 1e9))
            var current = fingerprint()
            guard current != last else { continue }
            // Wait for the burst to end.
            while !Task.isCancelled {
                try? await Task.sleep(nanoseconds: UInt64(quiet * 1e9))
                let next = fingerprint()
                if next == current { break }
                current = next
            }
            last = current
            await rebuild()
        }
    }

    /// Serves until the task is cancelled. Throws when the port cannot be bound.
    public func run(onListening: @escaping @Sendable () -> Void = {}) async throws {
        let handler = PreviewHandler(folder: folder, host: host, port: port, state: state)
        let address: any SocketAddress
        if host.contains(":") {
            address = try sockaddr_in6.inet6(ip6: host, port: port)
        } else {
            address = try sockaddr_in.inet(ip4: host == "localhost" ? "127.0.0.1" : host, port: port)
        }
        let server = HTTPServer(address: address, timeout: 30, logger: .disabled, handler: handler)
        let failure = StartFailure()
        let serverTask = Task {
            do { try await server.run() } catch { await failure.set(error); throw error }
        }
        // Report when listening, or the bind error (a busy port is an error, never another port).
        var waited = 0
        while await server.listeningAddress == nil {
            if let error = await failure.error {
                throw SitegenError("cannot listen on \(host):\(port): \(error) (is another program using the port? choose one with --port)", stage: .config)
            }
            waited += 1
            if waited > 500 { throw SitegenError("the server did not start listening on \(host):\(port)", stage: .config) }
            try? await Task.sleep(nanoseconds: 10_000_000)
        }
        // Listening first (a busy port fails fast), then the first build.
        await rebuild()
        let watcher = Task { await self.watch() }
        defer { watcher.cancel() }
        onListening()
        do {
            try await withTaskCancellationHandler {
                try await serverTask.value
            } onCancel: {
                serverTask.cancel()
            }
        } catch is CancellationError {
        } catch {
            if !Task.isCancelled {
                throw SitegenError("the server stopped: \(error)", stage: .config)
            }
        }
        await server.stop(timeout: 1)
    }

    /// Removes the private build folder.
    public func cleanUp() {
        try? FileManager.default.removeItem(at: folder.deletingLastPathComponent())
    }
}
