import Foundation
import SitegenCore
import Yams

/// Site-wide settings from the optional `sitegen.yml` at the site root.
public struct SiteSettings: Hashable, Sendable {
    public static let fileName = "sitegen.yml"
    public static let fields = ["title", "description", "language", "base_url", "page_size", "topics"]

    /// A theme defined in the settings: `topics: {trade: [trade, tariffs, exports]}`
    /// or `topics: {trade: {name: Trade, keywords: [...]}}`.
    public struct Topic: Hashable, Sendable {
        public var id: String
        public var name: String
        public var keywords: [String]
    }

    public var title = "sitegen"
    public var description = "Annotated news articles"
    /// BCP 47 language tag for `<html lang>`.
    public var language = "en"
    /// Absolute URL the site is published at, for canonical links and feeds.
    public var baseURL: String?
    public var topics: [Topic] = []
    /// Articles per page of an entity's list of articles (the entity's own page shows this many,
    /// those that name it most, and their mentions in context; further pages list the rest).
    public var pageSize = 100
    public static let pageSizes = 1...10_000

    public init() {}

    public static func decode(bytes: [UInt8], path: String) throws(SitegenError) -> (SiteSettings, [SitegenWarning]) {
        let source = SourceText(bytes: bytes, path: path)
        let what = "site settings"
        var fields = try YAMLFields(yaml: source.text, path: path, firstLine: 1, what: what)
        fields.warnUnknown(SiteSettings.fields, what: what)
        var settings = SiteSettings()
        if let title = try fields.string("title", what: what) { settings.title = title }
        if let description = try fields.string("description", what: what) { settings.description = description }
        if let language = try fields.string("language", what: what) {
            guard !language.isEmpty, language.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else {
                throw SitegenError("site settings field \"language\" must be a language tag such as \"en\" or \"en-GB\"", at: fields.location(of: fields.value("language")), stage: .config)
            }
            settings.language = language
        }
        if let base = try fields.string("base_url", what: what) {
            guard let normalized = normalizeBaseURL(base) else {
                throw SitegenError("site settings field \"base_url\" must be an http:// or https:// URL", at: fields.location(of: fields.value("base_url")), stage: .config)
            }
            settings.baseURL = normalized
        }
        if let node = fields.value("page_size"), !node.isNull {
            guard let scalar = node.scalar, let size = Int(scalar.string), pageSizes.contains(size) else {
                throw SitegenError("site settings field \"page_size\" must be a whole number of articles from \(pageSizes.lowerBound) to \(pageSizes.upperBound)", at: fields.location(of: node), stage: .config)
            }
            settings.pageSize = size
        }
        if let node = fields.value("topics"), let mapping = node.mapping {
            for (key, value) in mapping {
                guard let id = key.scalar?.string, Slug.isValid(id) else {
                    throw SitegenError("each topic needs an id of lower-case letters, digits and hyphens", at: fields.location(of: key), stage: .config)
                }
                var topic = Topic(id: id, name: id.prefix(1).uppercased() + id.dropFirst().replacingOccurrences(of: "-", with: " "), keywords: [])
                if let list = value.sequence {
                    topic.keywords = list.compactMap { $0.scalar?.string }
                } else if let detail = value.mapping {
                    if let name = detail["name"]?.scalar?.string { topic.name = name }
                    topic.keywords = detail["keywords"]?.sequence?.compactMap { $0.scalar?.string } ?? []
                }
                guard !topic.keywords.isEmpty else {
                    throw SitegenError("topic \"\(id)\" has no keywords", at: fields.location(of: value), stage: .config)
                }
                settings.topics.append(topic)
            }
        } else if let node = fields.value("topics"), !node.isNull {
            throw SitegenError("site settings field \"topics\" must map topic ids to keyword lists", at: fields.location(of: node), stage: .config)
        }
        return (settings, source.warnings + fields.warnings)
    }


    /// An absolute http(s) URL ending in `/`, or nil.
    public static func normalizeBaseURL(_ text: String) -> String? {
        let t = text.trimmingSpaces
        guard (t.hasPrefix("http://") || t.hasPrefix("https://")), SafeURL.isAllowed(t), t.count > 8 else { return nil }
        return t.hasSuffix("/") ? t : t + "/"
    }
}
