import Foundation
import Mustache
import SitegenCore

/// The templates and assets pages are rendered with: the default theme compiled
/// into sitegen, overridden file by file by the site's own `templates/` folder.
public struct Theme: Sendable {
    /// Relative path -> text, after overrides.
    public private(set) var files: [String: String]
    /// Where each file came from, for error messages.
    public private(set) var origins: [String: String]
    public let library: MustacheLibrary

    /// The default theme alone.
    public static func builtIn() throws(SitegenError) -> Theme {
        try Theme(overrides: [:], overrideFolder: "")
    }

    /// Reads `folder` (the site's templates/) when it exists and lays it over the default theme.
    public static func load(siteTemplates folder: URL, displayPath: String) throws(SitegenError) -> Theme {
        var overrides: [String: String] = [:]
        let fm = FileManager.default
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: folder.path, isDirectory: &isDir), isDir.boolValue,
           let walker = fm.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) {
            let base = folder.standardizedFileURL.path
            for case let url as URL in walker {
                guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
                let relative = String(url.standardizedFileURL.path.dropFirst(base.count + 1))
                if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) || relative.hasSuffix("~") { continue }
                guard let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8) else {
                    throw SitegenError("template is not readable UTF-8 text", at: SourceLocation(path: displayPath + "/" + relative), stage: .render)
                }
                overrides[relative] = text
            }
        }
        return try Theme(overrides: overrides, overrideFolder: displayPath)
    }

    init(overrides: [String: String], overrideFolder: String) throws(SitegenError) {
        var files = EmbeddedTheme.files
        var origins: [String: String] = [:]
        for name in files.keys { origins[name] = "(built-in theme)/" + name }
        for (name, text) in overrides {
            files[name] = text
            origins[name] = overrideFolder + "/" + name
        }
        var library = MustacheLibrary()
        Self.registerContentType
        for (name, text) in files.sorted(by: { $0.key < $1.key }) where name.hasSuffix(".mustache") {
            let templateName = String(name.dropLast(".mustache".count))
            do {
                // A standalone pragma line is removed whole: output and (shifted) line numbers are unchanged.
                try library.register(Self.pragma + text, named: templateName)
            } catch let error as MustacheTemplate.ParserError {
                throw SitegenError(
                    "template error: \(Self.explain(error.error))",
                    at: SourceLocation(path: origins[name]!, line: max(1, error.context.lineNumber - 1), column: error.context.columnNumber),
                    stage: .render)
            } catch {
                throw SitegenError("template error: \(error)", at: SourceLocation(path: origins[name]!), stage: .render)
            }
        }
        for required in ["article", "index"] where library.getTemplate(named: required) == nil {
            throw SitegenError("the theme has no \(required).mustache template", at: SourceLocation(path: overrideFolder), stage: .render)
        }
        self.files = files
        self.origins = origins
        self.library = library
    }

    /// Mustache's own HTML escaping walks grapheme clusters through a dictionary;
    /// this one escapes the same five characters byte by byte, many times faster.
    struct FastHTML: MustacheContentType {
        func escapeText(_ text: String) -> String { text.htmlEscaped }
    }

    static let pragma = "{{% CONTENT_TYPE: SITEGEN_HTML}}\n"
    static let registerContentType: Void = MustacheContentTypes.register(FastHTML(), named: "SITEGEN_HTML")

    static func explain(_ error: Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "a closing tag {{/name}} does not match the section it closes"
        case .unfinishedName: return "a tag is not closed with }}"
        case .expectedSectionEnd: return "a section {{#name}} or {{^name}} is never closed with {{/name}}"
        case .invalidSetDelimiter: return "a set-delimiter tag {{=<% %>=}} is malformed"
        case .transformAppliedToInheritanceSection: return "a transform cannot be applied to an inherited section"
        case .illegalTokenInsideInheritSection, .textInsideInheritSection:
            return "only {{$block}} overrides may appear inside {{<parent}} ... {{/parent}}"
        case .invalidConfigVariableSyntax, .unrecognisedConfigVariable: return "a {{% pragma }} tag is not understood"
        }
    }

    /// Files copied as they are into the output (everything under `assets/`).
    public var assets: [(path: String, text: String)] {
        files.filter { $0.key.hasPrefix("assets/") }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}

// Mustache renders a value it does not know through several failed casts and
// `String(describing:)`; text and numbers say how they render, which takes the
// library's direct path. The output is the same text.
extension String: @retroactive MustacheCustomRenderable {
    public var renderText: String { self }
    public var isNull: Bool { false }
}

extension Int: @retroactive MustacheCustomRenderable {
    public var renderText: String { String(self) }
    public var isNull: Bool { false }
}
