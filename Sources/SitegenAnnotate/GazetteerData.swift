import Foundation
import SitegenCore
import Yams

/// Reads the gazetteer YAML files compiled into sitegen (Gazetteer/*.yaml) into entities.
enum GazetteerData {
    // The records are read from Yams' node tree, each mapping once into a dictionary: Codable through
    // Yams looks every key up in every mapping, which took most of a build's start-up once the data
    // reached thousands of entries.
    // Scalars are not tag-resolved (Resolver.basic); numbers and flags are read where a field wants them.

    struct CountryRecord {
        var code: String, name: String
        var official: String?, aliases: [String]?, demonyms: [String]?, prefixes: [String]?
        var ambiguous: Bool?, parent: String?
        /// A former state's years, "1922-1991" (its code is then ISO 3166-3's).
        var former: String?

        init(_ f: Fields) throws {
            code = try f.required("code")
            name = try f.required("name")
            official = try f.string("official")
            aliases = try f.strings("aliases")
            demonyms = try f.strings("demonyms")
            prefixes = try f.strings("prefixes")
            ambiguous = try f.bool("ambiguous")
            parent = try f.string("parent")
            former = try f.string("former")
        }
    }

    struct RegionRecord {
        var id: String, name: String, kind: String
        var official: String?, aliases: [String]?, adjectives: [String]?, members: [String]?
        var member_blocs: [String]?, parts: [String]?, ambiguous: Bool?

        init(_ f: Fields) throws {
            id = try f.required("id")
            name = try f.required("name")
            kind = try f.required("kind")
            official = try f.string("official")
            aliases = try f.strings("aliases")
            adjectives = try f.strings("adjectives")
            members = try f.strings("members")
            member_blocs = try f.strings("member_blocs")
            parts = try f.strings("parts")
            ambiguous = try f.bool("ambiguous")
        }
    }

    struct InitiativeRecord {
        var id: String, name: String
        var aliases: [String]?, type: String?, started: Int?, countries: [String]?, description: String?, parent: String?

        init(_ f: Fields) throws {
            id = try f.required("id")
            name = try f.required("name")
            aliases = try f.strings("aliases")
            type = try f.string("type")
            started = try f.int("started")
            countries = try f.strings("countries")
            description = try f.string("description")
            parent = try f.string("parent")
        }
    }

    struct OrganizationRecord {
        var id: String, name: String
        var aliases: [String]?, type: String?, country: String?, description: String?, ambiguous: Bool?, started: Int?

        init(_ f: Fields) throws {
            id = try f.required("id")
            name = try f.required("name")
            aliases = try f.strings("aliases")
            type = try f.string("type")
            started = try f.int("started")
            country = try f.string("country")
            description = try f.string("description")
            ambiguous = try f.bool("ambiguous")
        }
    }

    struct PersonRecord {
        var id: String, name: String
        var aliases: [String]?, family_name: String?, gender: String?, country: String?
        var roles: [Entity.Role]?, description: String?

        init(_ f: Fields) throws {
            id = try f.required("id")
            name = try f.required("name")
            aliases = try f.strings("aliases")
            family_name = try f.string("family_name")
            gender = try f.string("gender")
            country = try f.string("country")
            description = try f.string("description")
            roles = try f.list("roles").map { list in
                try list.map { role in
                    var r = Entity.Role(title: try role.required("title"))
                    r.country = try role.string("country")
                    r.from = try role.int("from")
                    r.to = try role.int("to")
                    return r
                }
            }
        }
    }

    /// One entry's fields by name, read once from its mapping.
    struct Fields {
        var values: [String: Node] = [:]
        let place: Place

        init(_ node: Node, at place: Place) throws {
            guard let m = node.mapping else { throw place.error("an entry is not a mapping") }
            self.place = place
            for (key, value) in m { if let k = key.scalar?.string { values[k] = value } }
        }

        func string(_ key: String) throws -> String? { try values[key].map { try place.string($0, key) } }
        func strings(_ key: String) throws -> [String]? { try values[key].map { try place.strings($0, key) } }
        func int(_ key: String) throws -> Int? { try values[key].map { try place.int($0, key) } }
        func bool(_ key: String) throws -> Bool? { try values[key].map { try place.bool($0, key) } }
        func required(_ key: String) throws -> String {
            guard let s = try string(key), !s.isEmpty else { throw place.error("an entry has no \(key)") }
            return s
        }
        /// A list of mappings ("roles").
        func list(_ key: String) throws -> [Fields]? {
            guard let value = values[key] else { return nil }
            guard let items = value.sequence else { throw place.error("\(key) is not a list") }
            return try items.map { try Fields($0, at: place) }
        }
    }

    /// Where a record is, for error messages: the file and the record's line.
    struct Place {
        var file: String
        var line: Int

        func error(_ what: String) -> SitegenError {
            SitegenError("the built-in gazetteer file \(file) is invalid at line \(line): \(what)", stage: .annotate)
        }
        func string(_ node: Node, _ field: String) throws -> String {
            guard let s = node.scalar?.string else { throw error("\(field) is not text") }
            return s
        }
        func strings(_ node: Node, _ field: String) throws -> [String] {
            guard let list = node.sequence else { throw error("\(field) is not a list") }
            return try list.map { try string($0, field) }
        }
        func int(_ node: Node, _ field: String) throws -> Int {
            guard let s = node.scalar?.string, let n = Int(s) else { throw error("\(field) is not a whole number") }
            return n
        }
        func bool(_ node: Node, _ field: String) throws -> Bool {
            switch node.scalar?.string {
            case "true", "True", "yes": return true
            case "false", "False", "no": return false
            default: throw error("\(field) is not true or false")
            }
        }
    }

    /// The entries of a gazetteer file: a list of mappings.
    static func entries(_ file: String) throws -> [Fields] {
        let root = try node(file)
        guard let list = root.sequence else { throw Place(file: file, line: 1).error("the file is not a list of entries") }
        return try list.map { try Fields($0, at: Place(file: file, line: $0.mark.map { $0.line } ?? 0)) }
    }

    static func node(_ file: String) throws -> Node {
        guard let text = EmbeddedGazetteer.files[file] else {
            throw SitegenError("the built-in gazetteer has no \(file)", stage: .annotate)
        }
        do {
            guard let root = try Yams.compose(yaml: text, .basic) else { throw Place(file: file, line: 1).error("the file is empty") }
            return root
        } catch let error as SitegenError {
            throw error
        } catch {
            throw SitegenError("the built-in gazetteer file \(file) is invalid: \(error)", stage: .annotate)
        }
    }

    static func stopPhrases() throws -> [String] {
        let place = Place(file: "stopphrases.yaml", line: 1)
        guard let list = try node("stopphrases.yaml").mapping?["phrases"] else { throw place.error("there is no list of phrases") }
        return try place.strings(list, "phrases")
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
            { .organizations(try entries("organizations.yaml").map(OrganizationRecord.init)) },
            { .people(try entries("people.yaml").map(PersonRecord.init)) },
            { .initiatives(try entries("initiatives.yaml").map(InitiativeRecord.init)) },
            { .regions(try entries("regions.yaml").map(RegionRecord.init)) },
            { .countries(try entries("countries.yaml").map(CountryRecord.init)) },
            { .stops(EmbeddedGazetteer.files["stopphrases.yaml"] == nil ? [] : try stopPhrases()) },
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
            if let years = r.former {
                e.type = Entity.formerStateType
                let span = years.replacingOccurrences(of: "-", with: "\u{2013}")
                e.description = r.official.map { "Officially the \($0), a former state (\(span))." } ?? "A former state (\(span))."
            }
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
            e.started = r.started
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
