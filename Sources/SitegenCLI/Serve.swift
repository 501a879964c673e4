import ArgumentParser
import Dispatch
import Foundation
import SitegenBuild
import SitegenCore
import SitegenServe

#if canImport(Glibc)
import Glibc
#endif

public struct Serve: ParsableCommand {
    public static let configuration = CommandConfiguration(
        abstract: "Build the site, serve it locally and rebuild on every change.",
        discussion: """
            Watches content/ (entities included), templates/ and sitegen.yml; a burst of saves rebuilds once, and open \
            pages reload when the rebuild has finished. A failed build keeps the last good site and shows the error in \
            the page. The site is built into a private temporary folder: public/ is not touched. Press Ctrl-C to stop.
            """)

    @Option(name: .long, help: ArgumentHelp("The site folder (holding content/).", valueName: "dir"))
    var root: String = "."

    @Option(name: .long, help: "The address to listen on. Anything but 127.0.0.1 or ::1 exposes the preview to your network.")
    var host: String = "127.0.0.1"

    @Option(name: .long, help: "The port to listen on; an error if it is busy.")
    var port: Int = 8080

    @Flag(name: .long, help: "Include articles marked draft: true.")
    var drafts = false

    public init() {}

    public func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port must be between 1 and 65535") }
    }

    /// Runs the async server on the cooperative pool while this thread waits, so
    /// the rest of the command line stays synchronous.
    public func run() throws {
        let semaphore = DispatchSemaphore(value: 0)
        let outcome = Outcome()
        let (root, host, port, drafts) = (self.root, self.host, self.port, self.drafts)
        Task {
            do { try await Self.serve(root: root, host: host, port: port, drafts: drafts) } catch { outcome.error = error }
            semaphore.signal()
        }
        semaphore.wait()
        if let error = outcome.error { throw error }
    }

    final class Outcome: @unchecked Sendable { var error: Error? }

    static func serve(root: String, host: String, port: Int, drafts: Bool) async throws {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let rootURL = URL(fileURLWithPath: root, relativeTo: cwd).standardizedFileURL
        let preview = Preview(root: rootURL, displayRoot: root, host: host, port: UInt16(port), options: { $0.includeDrafts = drafts }) { line in
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
        let shownHost = host.contains(":") ? "[\(host)]" : host
        let banner = "Serving \(root == "." ? "the site" : root) at http://\(shownHost):\(port)/ (Ctrl-C to stop)\n"
        let task = Task {
            try await preview.run {
                FileHandle.standardOutput.write(Data(banner.utf8))
            }
        }
        // Ctrl-C and SIGTERM stop the server cleanly.
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        let sources = [SIGINT, SIGTERM].map { sig -> DispatchSourceSignal in
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler { task.cancel() }
            source.resume()
            return source
        }
        defer { sources.forEach { $0.cancel() } }
        do {
            try await task.value
            preview.cleanUp()
        } catch {
            preview.cleanUp()
            printError(error)
            throw ExitCode(1)
        }
    }
}
