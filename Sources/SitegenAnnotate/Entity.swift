/// A thing the annotator recognises: a country, region or bloc, initiative,
/// organisation, person or topic, with everything its page will show.
/// (Its fields live in one shared, copy-on-write box: the same entity is named in thousands of
/// articles, and each article's annotations hold it; a copy is then one reference, not some
/// 250 bytes, until one of them changes it.)
public struct Entity: Sendable, Hashable, Codable {
    struct Fields: Sendable, Hashable, Codable {
        /// `kind/slug`, e.g. `country/cn`, `region/asean`, `person/wang-yi`.
        var id: String
        var kind: EntityKind
        var name: String
        /// Other names it goes by (not demonyms).
        var aliases: [String] = []
        /// Adjectives and demonyms ("Chinese", "African").
        var adjectives: [String] = []
        /// Combining forms used only before a hyphen ("Sino-").
        var prefixes: [String] = []
        /// ISO 3166-1 alpha-2, for countries.
        var code: String?
        /// A finer kind: continent/region/bloc, ministry/media/party, treaty/forum ...
        var type: String?
        var description: String?
        /// Member entity ids (countries of a region or bloc, blocs of the G20).
        var members: [String] = []
        /// Sub-regions' entity ids.
        var parts: [String] = []
        /// The sovereign country of a territory, the initiative a sub-initiative belongs to ...
        var parent: String?
        /// Country ids an organisation, initiative or person belongs to.
        var countries: [String] = []
        /// The name used for surname-only mentions ("Wang" for Wang Yi).
        var familyName: String?
        var gender: Gender?
        var roles: [Role] = []
        var started: Int?
        /// True when a name is also a common word or first name (Chad, Jordan): mentions need context.
        var ambiguous: Bool = false
        /// Markdown introduction from a site's `content/entities/` file.
        var introduction: String?
    }

    final class Box: @unchecked Sendable {
        var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private var box: Box

    /// The fields, copied first if another entity shares them.
    private var unique: Fields {
        get { box.fields }
        _modify {
            if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
            yield &box.fields
        }
    }

    /// `kind/slug`, e.g. `country/cn`, `region/asean`, `person/wang-yi`.
    public var id: String { get { box.fields.id } _modify { yield &unique.id } }
    public var kind: EntityKind { get { box.fields.kind } _modify { yield &unique.kind } }
    public var name: String { get { box.fields.name } _modify { yield &unique.name } }
    /// Other names it goes by (not demonyms).
    public var aliases: [String] { get { box.fields.aliases } _modify { yield &unique.aliases } }
    /// Adjectives and demonyms ("Chinese", "African").
    public var adjectives: [String] { get { box.fields.adjectives } _modify { yield &unique.adjectives } }
    /// Combining forms used only before a hyphen ("Sino-").
    public var prefixes: [String] { get { box.fields.prefixes } _modify { yield &unique.prefixes } }
    /// ISO 3166-1 alpha-2, for countries.
    public var code: String? { get { box.fields.code } _modify { yield &unique.code } }
    /// A finer kind: continent/region/bloc, ministry/media/party, treaty/forum ...
    public var type: String? { get { box.fields.type } _modify { yield &unique.type } }
    public var description: String? { get { box.fields.description } _modify { yield &unique.description } }
    /// Member entity ids (countries of a region or bloc, blocs of the G20).
    public var members: [String] { get { box.fields.members } _modify { yield &unique.members } }
    /// Sub-regions' entity ids.
    public var parts: [String] { get { box.fields.parts } _modify { yield &unique.parts } }
    /// The sovereign country of a territory, the initiative a sub-initiative belongs to ...
    public var parent: String? { get { box.fields.parent } _modify { yield &unique.parent } }
    /// Country ids an organisation, initiative or person belongs to.
    public var countries: [String] { get { box.fields.countries } _modify { yield &unique.countries } }
    /// The name used for surname-only mentions ("Wang" for Wang Yi).
    public var familyName: String? { get { box.fields.familyName } _modify { yield &unique.familyName } }
    public var gender: Gender? { get { box.fields.gender } _modify { yield &unique.gender } }
    public var roles: [Role] { get { box.fields.roles } _modify { yield &unique.roles } }
    public var started: Int? { get { box.fields.started } _modify { yield &unique.started } }
    /// True when a name is also a common word or first name (Chad, Jordan): mentions need context.
    public var ambiguous: Bool { get { box.fields.ambiguous } _modify { yield &unique.ambiguous } }
    /// Markdown introduction from a site's `content/entities/` file.
    public var introduction: String? { get { box.fields.introduction } _modify { yield &unique.introduction } }

    public init(id: String, kind: EntityKind, name: String) {
        box = Box(Fields(id: id, kind: kind, name: name))
    }

    public static func == (a: Entity, b: Entity) -> Bool { a.box === b.box || a.box.fields == b.box.fields }
    public func hash(into hasher: inout Hasher) { hasher.combine(box.fields) }
    public init(from decoder: Decoder) throws { box = Box(try Fields(from: decoder)) }
    public func encode(to encoder: Encoder) throws { try box.fields.encode(to: encoder) }

    public enum Gender: String, Sendable, Hashable, Codable { case male, female }

    public struct Role: Sendable, Hashable, Codable {
        public var title: String
        public var country: String?
        public var from: Int?
        public var to: Int?
    }

    /// The type of a country that no longer exists (countries.yaml's `former`), whose code is ISO 3166-3's.
    public static let formerStateType = "former state"

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
