import Foundation
import SitegenCore
import Yams

/// Reads the gazetteer YAML files compiled into sitegen (Gazetteer/*.yaml) into entities.
enum GazetteerData {
    struct CountryRecord: Decodable {
        var code: String
        var name: String
        var official: String?
        var aliases: [String]?
        var demonyms: [String]?
        var prefixes: [String]?
        var ambiguous: Bool?
        var note: String?
        var parent: String?
    }

    struct RegionRecord: Decodable {
        var id: String
        var name: String
        var kind: String
        var official: String?
        var aliases: [String]?
        var adjectives: [String]?
        var members: [String]?
        var member_blocs: [String]?
        var parts: [String]?
        var ambiguous: Bool?
        var note: String?
    }

    struct InitiativeRecord: Decodable {
        var id: String
        var name: String
        var aliases: [String]?
        var type: String?
        var started: Int?
        var countries: [String]?
        var description: String?
        var parent: String?
    }

    struct OrganizationRecord: Decodable {
        var id: String
        var name: String
        var aliases: [String]?
        var type: String?
        var country: String?
        var description: String?
        var ambiguous: Bool?
    }

    struct PersonRecord: Decodable {
        var id: String
        var name: String
        var aliases: [String]?
        var family_name: String?
        var gender: String?
        var country: String?
        var roles: [Entity.Role]?
        var description: String?
    }

    struct StopPhrases: Decodable {
        var phrases: [String]
    }

    static func decode<T: Decodable>(_ type: T.Type, file: String) throws -> T {
        guard let text = EmbeddedGazetteer.files[file] else {
            throw SitegenError("the built-in gazetteer has no \(file)", stage: .annotate)
        }
        do {
            return try YAMLDecoder().decode(T.self, from: text)
        } catch {
            throw SitegenError("the built-in gazetteer file \(file) is invalid: \(error)", stage: .annotate)
        }
    }

    static func countryID(_ code: String) -> String { "country/" + code.lowercased() }

    /// Every built-in entity, plus phrases that must never be read as one.
    /// The decoded files (decoding the YAML is most of a small site's build time: the files
    /// are decoded on every core at once).
    enum Decoded: @unchecked Sendable {
        case countries([CountryRecord]), regions([RegionRecord]), initiatives([InitiativeRecord])
        case organizations([OrganizationRecord]), people([PersonRecord]), stops([String])
    }

    static func decodeAll() throws -> [Decoded] {
        let jobs: [@Sendable () throws -> Decoded] = [
            { .organizations(try decode([OrganizationRecord].self, file: "organizations.yaml")) },
            { .people(try decode([PersonRecord].self, file: "people.yaml")) },
            { .initiatives(try decode([InitiativeRecord].self, file: "initiatives.yaml")) },
            { .regions(try decode([RegionRecord].self, file: "regions.yaml")) },
            { .countries(try decode([CountryRecord].self, file: "countries.yaml")) },
            { .stops(EmbeddedGazetteer.files["stopphrases.yaml"] == nil ? [] : try decode(StopPhrases.self, file: "stopphrases.yaml").phrases) },
        ]
        return try Parallel.map(jobs) { job in Result { try job() } }.map { try $0.get() }
    }

    static func load() throws -> (entities: [Entity], stopPhrases: [String]) {
        var countries: [CountryRecord] = [], regions: [RegionRecord] = [], initiatives: [InitiativeRecord] = []
        var organizations: [OrganizationRecord] = [], people: [PersonRecord] = [], stops: [String] = []
        for decoded in try decodeAll() {
            switch decoded {
            case .countries(let v): countries = v
            case .regions(let v): regions = v
            case .initiatives(let v): initiatives = v
            case .organizations(let v): organizations = v
            case .people(let v): people = v
            case .stops(let v): stops = v
            }
        }
        var entities: [Entity] = []
        for r in countries {
            var e = Entity(id: countryID(r.code), kind: .country, name: r.name)
            e.code = r.code.uppercased()
            e.aliases = unique(([r.official].compactMap { $0 }) + (r.aliases ?? []))
            e.adjectives = r.demonyms ?? []
            e.prefixes = r.prefixes ?? []
            e.ambiguous = r.ambiguous ?? false
            e.parent = r.parent.map(countryID)
            e.description = r.official.map { "Officially the \($0)." }
            entities.append(e)
        }
        for r in regions {
            var e = Entity(id: "region/" + r.id, kind: .region, name: r.name)
            e.type = r.kind
            e.aliases = unique(([r.official].compactMap { $0 }) + (r.aliases ?? []))
            e.adjectives = r.adjectives ?? []
            e.members = (r.members ?? []).map(countryID) + (r.member_blocs ?? []).map { "region/" + $0 }
            e.parts = (r.parts ?? []).map { "region/" + $0 }
            e.ambiguous = r.ambiguous ?? false
            if let official = r.official { e.description = official }
            entities.append(e)
        }
        for r in initiatives {
            var e = Entity(id: "initiative/" + r.id, kind: .initiative, name: r.name)
            e.aliases = r.aliases ?? []
            e.type = r.type
            e.started = r.started
            e.countries = (r.countries ?? []).map(countryID)
            e.description = r.description
            e.parent = r.parent.map { "initiative/" + $0 }
            entities.append(e)
        }
        for r in organizations {
            var e = Entity(id: "organization/" + r.id, kind: .organization, name: r.name)
            e.aliases = r.aliases ?? []
            e.type = r.type
            e.countries = r.country.map { [countryID($0)] } ?? []
            e.description = r.description
            e.ambiguous = r.ambiguous ?? false
            entities.append(e)
        }
        for r in people {
            var e = Entity(id: "person/" + r.id, kind: .person, name: r.name)
            e.aliases = r.aliases ?? []
            e.familyName = r.family_name
            e.gender = r.gender.flatMap(Entity.Gender.init(rawValue:))
            e.countries = r.country.map { [countryID($0)] } ?? []
            e.roles = r.roles ?? []
            e.description = r.description
            entities.append(e)
        }
        return (entities, stops)
    }

    static func unique(_ list: [String]) -> [String] {
        var seen = Set<String>()
        return list.filter { seen.insert($0).inserted }
    }
}
