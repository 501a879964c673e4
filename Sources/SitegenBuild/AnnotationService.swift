import Foundation
import SitegenAnnotate
import SitegenCore
import SitegenLoad
import SitegenMarkdown

/// Annotating single files, for `sitegen annotate`.
public enum AnnotationService {
    public static func annotator(siteRoot: URL?) throws -> Annotator {
        var gazetteer = try Gazetteer.builtIn()
        if let siteRoot {
            let overrides = try EntityFiles.load(root: siteRoot, displayRoot: siteRoot.path)
            gazetteer = gazetteer.merging(overrides)
        }
        return Annotator(gazetteer: gazetteer)
    }

    public static func annotate(file: URL, displayPath: String, annotator: Annotator) throws -> (ArticleAnnotations, SourceText) {
        let data: Data
        do {
            data = try Data(contentsOf: file)
        } catch {
            throw SitegenError("cannot read the file: \(systemReason(error))", at: SourceLocation(path: displayPath), stage: .load)
        }
        let source = SourceText(bytes: Array(data), path: displayPath)
        let split = try FrontMatterSplit.split(source.text, path: displayPath)
        let document = MarkdownDocument.parse(split.body, firstLine: split.bodyFirstLine)
        let lines = LineIndex(body: split.body, firstLine: split.bodyFirstLine, fileLineStarts: source.fileLineStarts)
        // The outlet (front matter `source`) helps find the outlet named in the text, and the date tells
        // which of two people of one name is meant. Front matter
        // that does not decode is no reason to refuse plain annotation.
        let frontMatter = split.yaml.flatMap { try? FrontMatter.decode(yaml: $0, path: displayPath, firstLine: split.yamlFirstLine).0 }
        return (annotator.annotate(document, lines: lines, outlet: frontMatter?.source, year: frontMatter?.date?.year), source)
    }

    public static func textReport(path: String, annotations: ArticleAnnotations) -> String {
        var out = ""
        for m in annotations.mentions {
            out += "\(path):\(m.line):\(m.column): \(m.entityID) \"\(m.text)\" [\(m.rule)]\n"
        }
        for q in annotations.quotes {
            let speaker = q.speakerID.map { annotations.entity($0)?.name ?? $0 } ?? "unattributed"
            let excerpt = q.text.count > 70 ? String(q.text.prefix(70)) + "…" : q.text
            out += "\(path):\(q.line):\(q.column): quote \(q.id) by \(speaker) [\(q.rule)]: \(excerpt)\n"
        }
        return out
    }
}
