/// A thing the annotator recognises: a country, region or bloc, initiative,
/// organisation, person or topic, with everything its page will show.
public struct Entity: Sendable, Hashable, Codable {
    /// `kind/slug`, e.g. `country/cn`, `region/asean`, `person/wang-yi`.
    public var id: String
    public var kind: EntityKind
    public var name: String
    /// Other names it goes by (not demonyms).
    public var aliases: [String] = []
    /// Adjectives and demonyms ("Chinese", "African").
    public var adjectives: [String] = []
    /// Combining forms used only before a hyphen ("Sino-").
    public var prefixes: [String] = []
    /// ISO 3166-1 alpha-2, for countries.
    public var code: String?
    /// A finer kind: continent/region/bloc, ministry/media/party, treaty/forum ...
    public var type: String?
    public var description: String?
    /// Member entity ids (countries of a region or bloc, blocs of the G20).
    public var members: [String] = []
    /// Sub-regions' entity ids.
    public var parts: [String] = []
    /// The sovereign country of a territory, the initiative a sub-initiative belongs to ...
    public var parent: String?
    /// Country ids an organisation, initiative or person belongs to.
    public var countries: [String] = []
    /// The name used for surname-only mentions ("Wang" for Wang Yi).
    public var familyName: String?
    public var gender: Gender?
    public var roles: [Role] = []
    public var started: Int?
    /// True when a name is also a common word or first name (Chad, Jordan): mentions need context.
    public var ambiguous = false
    /// Markdown introduction from a site's `content/entities/` file.
    public var introduction: String?

    public enum Gender: String, Sendable, Hashable, Codable { case male, female }

    public struct Role: Sendable, Hashable, Codable {
        public var title: String
        public var country: String?
        public var from: Int?
        public var to: Int?
    }

    public init(id: String, kind: EntityKind, name: String) {
        self.id = id
        self.kind = kind
        self.name = name
    }

    /// The slug part of the id (`cn` of `country/cn`).
    public var slug: String { String(id.split(separator: "/", maxSplits: 1).last ?? Substring(id)) }
}

extension EntityKind {
    /// The folder of this kind's pages and the prefix of its ids' plural form.
    public var plural: String {
        switch self {
        case .country: return "countries"
        case .region: return "regions"
        case .initiative: return "initiatives"
        case .organization: return "organizations"
        case .person: return "people"
        case .topic: return "topics"
        }
    }

    public var label: String {
        switch self {
        case .country: return "country"
        case .region: return "region or bloc"
        case .initiative: return "initiative"
        case .organization: return "organisation"
        case .person: return "person"
        case .topic: return "topic"
        }
    }
}
