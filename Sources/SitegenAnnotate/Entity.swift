/// A thing the annotator recognises: a country, region or bloc, initiative,
/// organisation, person or topic, with everything its page will show.
/// (Its fields live in one shared, copy-on-write box: the same entity is named in thousands of
/// articles, and each article's annotations hold it; a copy is then one reference, not some
/// 250 bytes, until one of them changes it.)
public struct Entity: Sendable, Hashable, Codable {
    final class Storage: @unchecked Sendable {
        var id: String
        var kind: EntityKind
        var name: String
        var aliases: [String] = []
        var adjectives: [String] = []
        var prefixes: [String] = []
        var code: String? = nil
        var type: String? = nil
        var description: String? = nil
        var members: [String] = []
        var parts: [String] = []
        var parent: String? = nil
        var countries: [String] = []
        var familyName: String? = nil
        var gender: Gender? = nil
        var roles: [Role] = []
        var started: Int? = nil
        var ambiguous: Bool = false
        var introduction: String? = nil

        init(id: String, kind: EntityKind, name: String) {
            self.id = id
            self.kind = kind
            self.name = name
        }

        func copy() -> Storage {
            let c = Storage(id: id, kind: kind, name: name)
            c.aliases = aliases
            c.adjectives = adjectives
            c.prefixes = prefixes
            c.code = code
            c.type = type
            c.description = description
            c.members = members
            c.parts = parts
            c.parent = parent
            c.countries = countries
            c.familyName = familyName
            c.gender = gender
            c.roles = roles
            c.started = started
            c.ambiguous = ambiguous
            c.introduction = introduction
            return c
        }
    }

    private var storage: Storage

    private mutating func unique() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    /// `kind/slug`, e.g. `country/cn`, `region/asean`, `person/wang-yi`.
    public var id: String {
        get { storage.id }
        set { unique().id = newValue }
        _modify { yield &unique().id }
    }
    public var kind: EntityKind {
        get { storage.kind }
        set { unique().kind = newValue }
        _modify { yield &unique().kind }
    }
    public var name: String {
        get { storage.name }
        set { unique().name = newValue }
        _modify { yield &unique().name }
    }
    /// Other names it goes by (not demonyms).
    public var aliases: [String] {
        get { storage.aliases }
        set { unique().aliases = newValue }
        _modify { yield &unique().aliases }
    }
    /// Adjectives and demonyms ("Chinese", "African").
    public var adjectives: [String] {
        get { storage.adjectives }
        set { unique().adjectives = newValue }
        _modify { yield &unique().adjectives }
    }
    /// Combining forms used only before a hyphen ("Sino-").
    public var prefixes: [String] {
        get { storage.prefixes }
        set { unique().prefixes = newValue }
        _modify { yield &unique().prefixes }
    }
    /// ISO 3166-1 alpha-2, for countries.
    public var code: String? {
        get { storage.code }
        set { unique().code = newValue }
        _modify { yield &unique().code }
    }
    /// A finer kind: continent/region/bloc, ministry/media/party, treaty/forum ...
    public var type: String? {
        get { storage.type }
        set { unique().type = newValue }
        _modify { yield &unique().type }
    }
    public var description: String? {
        get { storage.description }
        set { unique().description = newValue }
        _modify { yield &unique().description }
    }
    /// Member entity ids (countries of a region or bloc, blocs of the G20).
    public var members: [String] {
        get { storage.members }
        set { unique().members = newValue }
        _modify { yield &unique().members }
    }
    /// Sub-regions' entity ids.
    public var parts: [String] {
        get { storage.parts }
        set { unique().parts = newValue }
        _modify { yield &unique().parts }
    }
    /// The sovereign country of a territory, the initiative a sub-initiative belongs to ...
    public var parent: String? {
        get { storage.parent }
        set { unique().parent = newValue }
        _modify { yield &unique().parent }
    }
    /// Country ids an organisation, initiative or person belongs to.
    public var countries: [String] {
        get { storage.countries }
        set { unique().countries = newValue }
        _modify { yield &unique().countries }
    }
    /// The name used for surname-only mentions ("Wang" for Wang Yi).
    public var familyName: String? {
        get { storage.familyName }
        set { unique().familyName = newValue }
        _modify { yield &unique().familyName }
    }
    public var gender: Gender? {
        get { storage.gender }
        set { unique().gender = newValue }
        _modify { yield &unique().gender }
    }
    public var roles: [Role] {
        get { storage.roles }
        set { unique().roles = newValue }
        _modify { yield &unique().roles }
    }
    public var started: Int? {
        get { storage.started }
        set { unique().started = newValue }
        _modify { yield &unique().started }
    }
    /// True when a name is also a common word or first name (Chad, Jordan): mentions need context.
    public var ambiguous: Bool {
        get { storage.ambiguous }
        set { unique().ambiguous = newValue }
        _modify { yield &unique().ambiguous }
    }
    /// Markdown introduction from a site's `content/entities/` file.
    public var introduction: String? {
        get { storage.introduction }
        set { unique().introduction = newValue }
        _modify { yield &unique().introduction }
    }

    public init(id: String, kind: EntityKind, name: String) {
        storage = Storage(id: id, kind: kind, name: name)
    }

    public static func == (a: Entity, b: Entity) -> Bool {
        if a.storage === b.storage { return true }
        let x = a.storage, y = b.storage
        return x.id == y.id && x.kind == y.kind && x.name == y.name && x.aliases == y.aliases && x.adjectives == y.adjectives && x.prefixes == y.prefixes && x.code == y.code && x.type == y.type && x.description == y.description && x.members == y.members && x.parts == y.parts && x.parent == y.parent && x.countries == y.countries && x.familyName == y.familyName && x.gender == y.gender && x.roles == y.roles && x.started == y.started && x.ambiguous == y.ambiguous && x.introduction == y.introduction
    }

    public func hash(into hasher: inout Hasher) {
        let x = storage
        hasher.combine(x.id)
        hasher.combine(x.kind)
        hasher.combine(x.name)
        hasher.combine(x.aliases)
        hasher.combine(x.adjectives)
        hasher.combine(x.prefixes)
        hasher.combine(x.code)
        hasher.combine(x.type)
        hasher.combine(x.description)
        hasher.combine(x.members)
        hasher.combine(x.parts)
        hasher.combine(x.parent)
        hasher.combine(x.countries)
        hasher.combine(x.familyName)
        hasher.combine(x.gender)
        hasher.combine(x.roles)
        hasher.combine(x.started)
        hasher.combine(x.ambiguous)
        hasher.combine(x.introduction)
    }

    enum CodingKeys: String, CodingKey {
        case id, kind, name, aliases, adjectives, prefixes, code, type, description, members, parts, parent, countries, familyName, gender, roles, started, ambiguous, introduction
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        storage = Storage(id: try c.decode(String.self, forKey: .id), kind: try c.decode(EntityKind.self, forKey: .kind),
                          name: try c.decode(String.self, forKey: .name))
        storage.aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
        storage.adjectives = try c.decodeIfPresent([String].self, forKey: .adjectives) ?? []
        storage.prefixes = try c.decodeIfPresent([String].self, forKey: .prefixes) ?? []
        storage.code = try c.decodeIfPresent(String.self, forKey: .code)
        storage.type = try c.decodeIfPresent(String.self, forKey: .type)
        storage.description = try c.decodeIfPresent(String.self, forKey: .description)
        storage.members = try c.decodeIfPresent([String].self, forKey: .members) ?? []
        storage.parts = try c.decodeIfPresent([String].self, forKey: .parts) ?? []
        storage.parent = try c.decodeIfPresent(String.self, forKey: .parent)
        storage.countries = try c.decodeIfPresent([String].self, forKey: .countries) ?? []
        storage.familyName = try c.decodeIfPresent(String.self, forKey: .familyName)
        storage.gender = try c.decodeIfPresent(Gender.self, forKey: .gender)
        storage.roles = try c.decodeIfPresent([Role].self, forKey: .roles) ?? []
        storage.started = try c.decodeIfPresent(Int.self, forKey: .started)
        storage.ambiguous = try c.decodeIfPresent(Bool.self, forKey: .ambiguous) ?? false
        storage.introduction = try c.decodeIfPresent(String.self, forKey: .introduction)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(storage.id, forKey: .id)
        try c.encode(storage.kind, forKey: .kind)
        try c.encode(storage.name, forKey: .name)
        try c.encode(storage.aliases, forKey: .aliases)
        try c.encode(storage.adjectives, forKey: .adjectives)
        try c.encode(storage.prefixes, forKey: .prefixes)
        try c.encodeIfPresent(storage.code, forKey: .code)
        try c.encodeIfPresent(storage.type, forKey: .type)
        try c.encodeIfPresent(storage.description, forKey: .description)
        try c.encode(storage.members, forKey: .members)
        try c.encode(storage.parts, forKey: .parts)
        try c.encodeIfPresent(storage.parent, forKey: .parent)
        try c.encode(storage.countries, forKey: .countries)
        try c.encodeIfPresent(storage.familyName, forKey: .familyName)
        try c.encodeIfPresent(storage.gender, forKey: .gender)
        try c.encode(storage.roles, forKey: .roles)
        try c.encodeIfPresent(storage.started, forKey: .started)
        try c.encode(storage.ambiguous, forKey: .ambiguous)
        try c.encodeIfPresent(storage.introduction, forKey: .introduction)
    }

    public enum Gender: String, Sendable, Hashable, Codable { case male, female }

    public struct Role: Sendable, Hashable, Codable {
        public var title: String
        public var country: String?
        public var from: Int?
        public var to: Int?
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
