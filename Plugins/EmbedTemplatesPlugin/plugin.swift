import Foundation
import PackagePlugin

/// Compiles data folders into the target that uses them, so the `sitegen` binary
/// needs no files beside it: the top-level `templates/` (the default theme) for
/// the render stage, the gazetteers for the annotator.
@main
struct EmbedTemplatesPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let templates: URL
        let enumName: String
        if target.name == "SitegenAnnotate" {
            templates = context.package.directoryURL.appending(path: "Sources/SitegenAnnotate/Gazetteer")
            enumName = "EmbeddedGazetteer"
        } else {
            templates = context.package.directoryURL.appending(path: "templates")
            enumName = "EmbeddedTheme"
        }
        let output = context.pluginWorkDirectoryURL.appending(path: enumName + ".swift")
        var inputs: [URL] = []
        let fm = FileManager.default
        if let walker = fm.enumerator(at: templates, includingPropertiesForKeys: [.isRegularFileKey]) {
            for case let url as URL in walker {
                let isFile = (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) ?? false
                if isFile { inputs.append(url) }
            }
        }
        inputs.sort { $0.path < $1.path }
        return [
            .buildCommand(
                displayName: "Embedding \(enumName)",
                executable: try context.tool(named: "EmbedTemplates").url,
                arguments: [templates.path, output.path, enumName],
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
