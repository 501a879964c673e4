import ArgumentParser
import Foundation
import SitegenAnnotate
import SitegenBuild
import SitegenCore

public struct Annotate: ParsableCommand {
    public static let configuration = CommandConfiguration(
        abstract: "Annotate Markdown or text files and print what was found.",
        discussion: "Front matter is optional. json prints an array with one object per file (see README); text prints one line per mention and quote.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, text }

    @Argument(help: "Markdown or plain-text files.")
    var files: [String]

    @Option(name: .long, help: "json or text.")
    var format: Format = .json

    @Option(name: .long, help: ArgumentHelp("A site folder whose content/entities/ adds or overrides entities.", valueName: "dir"))
    var root: String?

    public init() {}

    public func run() throws {
        do {
            let annotator = try AnnotationService.annotator(siteRoot: root.map { URL(fileURLWithPath: $0) })
            var objects: [JSONValue] = []
            var text = ""
            for path in files {
                let (annotations, _) = try AnnotationService.annotate(file: URL(fileURLWithPath: path), displayPath: path, annotator: annotator)
                switch format {
                case .json: objects.append(AnnotationsJSON.object(path: path, annotations: annotations))
                case .text: text += AnnotationService.textReport(path: path, annotations: annotations)
                }
            }
            print(format == .json ? JSONValue.array(objects).serialized() : text, terminator: format == .json ? "\n" : "")
        } catch {
            printError(error)
            throw ExitCode(1)
        }
    }
}
