import SitegenMarkdown

/// What the annotator finds in an article. The annotator itself lands with the
/// annotator issue; the value types are fixed here so later stages can rely on them.
public enum EntityKind: String, Sendable, Hashable, CaseIterable, Codable {
    case country, region, initiative, organization, person, topic
}

/// One tagged span of an article's text.
public struct Annotation: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case mention(EntityKind)
        case quote
    }
    public var kind: Kind
    /// Canonical id such as `country/cn` or `person/wang-yi`.
    public var entityID: String
    public var text: String
    public var range: SourceRange
    /// Byte offsets in the file.
    public var start: Int
    public var end: Int
    /// The rule that produced it, for debugging and review.
    public var rule: String

    public init(kind: Kind, entityID: String, text: String, range: SourceRange, start: Int, end: Int, rule: String) {
        self.kind = kind
        self.entityID = entityID
        self.text = text
        self.range = range
        self.start = start
        self.end = end
        self.rule = rule
    }
}
