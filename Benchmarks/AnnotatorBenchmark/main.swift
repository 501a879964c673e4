import Foundation
import SitegenAnnotate
import SitegenLoad
import SitegenMarkdown

// Usage: annotator-benchmark DIR [--repeat N]
// Reads every .md below DIR, parses them, then times the annotator alone on one
// core and prints words per second. A benchmark, not a test: it asserts nothing.
var arguments = Array(CommandLine.arguments.dropFirst())
var repeats = 3
if let i = arguments.firstIndex(of: "--repeat"), i + 1 < arguments.count, let n = Int(arguments[i + 1]) {
    repeats = max(1, n)
    arguments.removeSubrange(i...(i + 1))
}
guard let folder = arguments.first else {
    FileHandle.standardError.write(Data("usage: annotator-benchmark DIR [--repeat N]\n".utf8))
    exit(2)
}

func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

var paths: [String] = []
if let walker = FileManager.default.enumerator(atPath: folder) {
    for case let path as String in walker where path.hasSuffix(".md") { paths.append(folder + "/" + path) }
}
paths.sort()

let t0 = now()
let gazetteer = try Gazetteer.builtIn()
let annotator = Annotator(gazetteer: gazetteer)
let tGazetteer = now() - t0

var documents: [(MarkdownDocument, LineIndex)] = []
var words = 0
let t1 = now()
for path in paths {
    let bytes = Array(FileManager.default.contents(atPath: path) ?? Data())
    let source = SourceText(bytes: bytes, path: path)
    guard let split = try? FrontMatterSplit.split(source.text, path: path) else { continue }
    words += split.body.split(whereSeparator: { $0 == " " || $0 == "\n" }).count
    documents.append((MarkdownDocument.parse(split.body, firstLine: split.bodyFirstLine),
                      LineIndex(body: split.body, firstLine: split.bodyFirstLine, fileLineStarts: source.fileLineStarts)))
}
let tParse = now() - t1

var best = Double.infinity
var mentions = 0, quotes = 0
for _ in 0..<repeats {
    let start = now()
    mentions = 0
    quotes = 0
    for (document, lines) in documents {
        let a = annotator.annotate(document, lines: lines)
        mentions += a.mentions.count
        quotes += a.quotes.count
    }
    best = min(best, now() - start)
}

print("articles        \(documents.count)")
print("words           \(words)")
print(String(format: "gazetteer load  %.3f s", tGazetteer))
print(String(format: "markdown parse  %.3f s (%.0f words/s)", tParse, Double(words) / tParse))
print(String(format: "annotate        %.3f s, best of %d (%.0f words/s on one core)", best, repeats, Double(words) / best))
print("mentions        \(mentions)")
print("quotes          \(quotes)")
