import SitegenBuild
import SitegenLoad

enum SiteSettingsURL {
    static func normalize(_ text: String) -> String? { SiteSettings.normalizeBaseURL(text) }
}

/// A short account of a build, like Hugo's.
enum BuildSummary {
    static func text(_ report: BuildReport, output: String) -> String {
        let ms = { (s: Double) in String(Int((s * 1000).rounded())) + " ms" }
        var lines = [
            "Built \(report.articles) article\(report.articles == 1 ? "" : "s") into \(output)/",
            "  pages          " + report.pagesByKind.map { "\($0.count) \($0.kind)" }.joined(separator: ", "),
            report.outputUnchanged
                ? "  files written  none: the output already holds this site (\(report.files) files, \(report.bytes / 1024) KiB), left as it was"
                : "  files written  \(report.files) (\(report.bytes / 1024) KiB)" + (report.unchanged > 0 ? ", \(report.unchanged) unchanged and kept" : ""),
            "  annotations    \(report.annotated) annotated, \(report.fromCache) from the cache"
                + (report.gazetteerFromCache ? ", gazetteer from the cache" : ""),
        ]
        if report.unreadArticles > 0 {
            lines.append("  not read       \(report.unreadArticles) article files, unchanged since the last build (same size, times and inode)")
        }
        if report.reusedJobs > 0 {
            lines.append("  not rendered   \(report.reusedJobs) pages and feeds, made from what the last build had (kept as written)")
        }
        lines.append("  steps          " + report.steps.map { "\($0.name) \(ms($0.seconds))" }.joined(separator: ", "))
        lines.append("  total          \(ms(report.seconds))")
        return lines.joined(separator: "\n")
    }
}
