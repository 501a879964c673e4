import ArgumentParser
import Foundation
import SitegenBuild
import SitegenCore
import SitegenModel

public struct Sitegen: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "sitegen",
        abstract: "A static site generator for annotated news articles.",
        version: "0.1.0",
        subcommands: [Build.self, Annotate.self, Serve.self],
        defaultSubcommand: nil
    )

    public init() {}
}

/// Writes diagnostics to standard error, the way compilers do.
func printError(_ error: Error) {
    var text: String
    switch error {
    case let e as SitegenError: text = e.description
    case let e as SitegenErrors: text = e.description
    default: text = "error: \(error)"
    }
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

public struct Build: ParsableCommand {
    public static let configuration = CommandConfiguration(
        abstract: "Build the site in ROOT into the output folder.",
        discussion: "Reads content/**/*.md, renders every page and replaces the output folder in one step. On any error the previous output is left untouched.")

    @Option(name: .long, help: ArgumentHelp("The site folder (holding content/).", valueName: "dir"))
    var root: String = "."

    @Option(name: .long, help: ArgumentHelp("Where to write the site (default: ROOT/public).", valueName: "dir"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("Absolute URL the site is published at, for canonical links.", valueName: "url"))
    var baseURL: String?

    @Flag(name: .long, help: "Write links that name index.html, so the site can be browsed from disk without a server.")
    var fileLinks = false

    @Flag(name: .long, help: "Include articles marked draft: true.")
    var drafts = false

    @Option(name: .long, help: ArgumentHelp("Refuse articles larger than this many bytes.", valueName: "n"))
    var maxArticleBytes: Int = 10 * 1024 * 1024

    @Option(name: .long, help: ArgumentHelp("Refuse paragraphs larger than this many bytes.", valueName: "n"))
    var maxParagraphBytes: Int = 1024 * 1024

    @Option(name: .long, help: ArgumentHelp("Seconds one article may take to parse, annotate and render.", valueName: "s"))
    var articleTimeBudget: Double = 20

    @Option(name: .long, help: ArgumentHelp("Where to keep annotations between builds (default: ROOT/.sitegen-cache).", valueName: "dir"))
    var cache: String?

    @Flag(name: .long, help: "Annotate every article afresh, without reading or writing the cache.")
    var noCache = false

    @Flag(name: [.short, .long], help: "Print only errors and warnings.")
    var quiet = false

    public init() {}

    public func validate() throws {
        if let baseURL, SiteSettingsURL.normalize(baseURL) == nil {
            throw ValidationError("--base-url must be an absolute http:// or https:// URL")
        }
        if maxArticleBytes <= 0 || maxParagraphBytes <= 0 { throw ValidationError("--max-article-bytes and --max-paragraph-bytes must be positive") }
        if !(articleTimeBudget > 0) { throw ValidationError("--article-time-budget must be a positive number of seconds") }
    }

    public func run() throws {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let rootURL = URL(fileURLWithPath: root, relativeTo: cwd).standardizedFileURL
        let outputURL: URL
        let displayOutput: String
        if let output {
            outputURL = URL(fileURLWithPath: output, relativeTo: cwd).standardizedFileURL
            displayOutput = output
        } else {
            outputURL = rootURL.appending(path: "public")
            displayOutput = root == "." ? "public" : (root.hasSuffix("/") ? root + "public" : root + "/public")
        }
        var options = BuildOptions(root: rootURL, displayRoot: root, output: outputURL, displayOutput: displayOutput)
        options.baseURL = baseURL.flatMap(SiteSettingsURL.normalize)
        options.linkStyle = fileLinks ? .file : .pretty
        options.includeDrafts = drafts
        options.maxArticleBytes = maxArticleBytes
        options.maxParagraphBytes = maxParagraphBytes
        options.articleTimeBudget = articleTimeBudget
        options.keepModelUntilExit = true  // the process ends after this build
        if noCache {
            options.cache = nil
        } else if let cache {
            options.cache = URL(fileURLWithPath: cache, relativeTo: cwd).standardizedFileURL.appending(path: "annotations")
        }

        let builder = SiteBuilder(options: options)
        do {
            let report = try builder.build()
            for warning in report.warnings { FileHandle.standardError.write(Data((warning.description + "\n").utf8)) }
            if !quiet { print(BuildSummary.text(report, output: displayOutput)) }
        } catch {
            printError(error)
            throw ExitCode(1)
        }
    }
}
