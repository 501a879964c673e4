import Foundation
import SitegenCore
import Yams

/// Reads the gazetteer YAML files compiled into sitegen (Gazetteer/*.yaml) into entities.
enum GazetteerData {
    // The records are read from Yams' node tree key by key: Codable through Yams looks every key up
    // in every mapping, which took most of a build's start-up once the data reached thousands of entries.
    // Scalars are not tag-resolved (Resolver.basic); numbers and flags are read where a field wants them.

    struct CountryRecord {
        var code = "", name = ""
        var official: String?, aliases: [String]?, demonyms: [String]?, prefixes: [String]?
        var ambiguous: Bool?, parent: String?

        init(_ m: Node.Mapping, at place: Place) throws {
            for (key, value) in m {
                switch key.scalar?.string {
                case "code": code = try place.string(value, "code")
                case "name": name = try place.string(value, "name")
                case "official": official = try place.string(value, "official")
                case "aliases": aliases = try place.strings(value, "aliases")
                case "demonyms": demonyms = try place.strings(value, "demonyms")
                case "prefixes": prefixes = try place.strings(value, "prefixes")
                case "ambiguous": ambiguous = try place.bool(value, "ambiguous")
                case "parent": parent = try place.string(value, "parent")
                default: break
                }
            }
            try place.require(!code.isEmpty, "code")
            try place.require(!name.isEmpty, "name")
        }
    }

    struct RegionRecord {
        var id = "", name = "", kind = ""
        var official: String?, aliases: [String]?, adjectives: [String]?, members: [String]?
        var member_blocs: [String]?, parts: [String]?, ambiguous: Bool?

        init(_ m: Node.Mapping, at place: Place) throws {
            for (key, value) in m {
                switch key.scalar?.string {
                case "id": id = try place.string(value, "id")
                case "name": name = try place.string(value, "name")
                case "kind": kind = try place.string(value, "kind")
                case "official": official = try place.string(value, "official")
                case "aliases": aliases = try place.strings(value, "aliases")
                case "adjectives": adjectives = try place.strings(value, "adjectives")
                case "members": members = try place.strings(value, "members")
                case "member_blocs": member_blocs = try place.strings(value, "member_blocs")
                case "parts": parts = try place.strings(value, "parts")
                case "ambiguous": ambiguous = try place.bool(value, "ambiguous")
                default: break
                }
            }
            try place.require(!id.isEmpty, "id")
            try place.require(!name.isEmpty, "name")
            try place.require(!kind.isEmpty, "kind")
        }
    }

    struct InitiativeRecord {
        var id = "", name = ""
        var aliases: [String]?, type: String?, started: Int?, countries: [String]?, description: String?, parent: String?

        init(_ m: Node.Mapping, at place: Place) throws {
            for (key, value) in m {
                switch key.scalar?.string {
                case "id": id = try place.string(value, "id")
                case "name": name = try place.string(value, "name")
                case "aliases": aliases = try place.strings(value, "aliases")
                case "type": type = try place.string(value, "type")
                case "started": started = try place.int(value, "started")
                case "countries": countries = try place.strings(value, "countries")
                case "description": description = try place.string(value, "description")
                case "parent": parent = try place.string(value, "parent")
                default: break
                }
            }
            try place.require(!id.isEmpty, "id")
            try place.require(!name.isEmpty, "name")
        }
    }

    struct OrganizationRecord {
        var id = "", name = ""
        var aliases: [String]?, type: String?, country: String?, description: String?, ambiguous: Bool?

        init(_ m: Node.Mapping, at place: Place) throws {
            for (key, value) in m {
                switch key.scalar?.string {
                case "id": id = try place.string(value, "id")
                case "name": name = try place.string(value, "name")
                case "aliases": aliases = try place.strings(value, "aliases")
                case "type": type = try place.string(value, "type")
                case "country": country = try place.string(value, "country")
                case "description": description = try place.string(value, "description")
                case "ambiguous": ambiguous = try place.bool(value, "ambiguous")
                default: break
                }
            }
            try place.require(!id.isEmpty, "id")
            try place.require(!name.isEmpty, "name")
        }
    }

    struct PersonRecord {
        var id = "", name = ""
        var aliases: [String]?, family_name: String?, gender: String?, country: String?
        var roles: [Entity.Role]?, description: String?

        init(_ m: Node.Mapping, at place: Place) throws {
            for (key, value) in m {
                switch key.scalar?.string {
                case "id": id = try place.string(value, "id")
                case "name": name = try place.string(value, "name")
                case "aliases": aliases = try place.strings(value, "aliases")
                case "family_name": family_name = try place.string(value, "family_name")
                case "gender": gender = try place.string(value, "gender")
                case "country": country = try place.string(value, "country")
                case "description": description = try place.string(value, "description")
                case "roles":
                    guard let list = value.sequence else { throw place.error("roles is not a list") }
                    roles = try list.map { node in
                        guard let r = node.mapping else { throw place.error("a role is not a mapping") }
                        var role = Entity.Role(title: "")
                        for (k, v) in r {
                            switch k.scalar?.string {
                            case "title": role.title = try place.string(v, "title")
                            case "country": role.country = try place.string(v, "country")
                            case "from": role.from = try place.int(v, "from")
                            case "to": role.to = try place.int(v, "to")
                            default: break
                            }
                        }
                        try place.require(!role.title.isEmpty, "title")
                        return role
                    }
                default: break
                }
            }
            try place.require(!id.isEmpty, "id")
            try place.require(!name.isEmpty, "name")
        }
    }

    /// Where a record is, for error messages: the file and the record's line.
    struct Place {
        var file: String
        var line: Int

        func error(_ what: String) -> SitegenError {
            SitegenError("the built-in gazetteer file \(file) is invalid at line \(line): \(what)", stage: .annotate)
        }
        func require(_ ok: Bool, _ field: String) throws {
            if !ok { throw error("an entry has no \(field)") }
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
    static func entries(_ file: String) throws -> [(Node.Mapping, Place)] {
        let root = try node(file)
        guard let list = root.sequence else { throw Place(file: file, line: 1).error("the file is not a list of entries") }
        return try list.map { node in
            let place = Place(file: file, line: node.mark.map { $0.line } ?? 0)
            guard let m = node.mapping else { throw place.error("an entry is not a mapping") }
            return (m, place)
        }
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
            { .organizations(try entries("organizations.yaml").map { try OrganizationRecord($0.0, at: $0.1) }) },
            { .people(try entries("people.yaml").map { try PersonRecord($0.0, at: $0.1) }) },
            { .initiatives(try entries("initiatives.yaml").map { try InitiativeRecord($0.0, at: $0.1) }) },
            { .regions(try entries("regions.yaml").map { try RegionRecord($0.0, at: $0.1) }) },
            { .countries(try entries("countries.yaml").map { try CountryRecord($0.0, at: $0.1) }) },
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
