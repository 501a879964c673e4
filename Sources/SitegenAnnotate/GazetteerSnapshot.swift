import SitegenCore

/// A gazetteer as bytes, indexes and all, so that a rebuild need not read the built-in data's
/// YAML and index its 7,000-odd entities again (half a second of CPU, most of it on one core,
/// while the content loads). Dictionaries are written in key order: the same gazetteer always
/// gives the same bytes.
extension Gazetteer {
    static let snapshotMagic = "sitegen-gazetteer-2"

    public func snapshot() -> [UInt8] {
        var w = BinaryWriter()
        w.string(Self.snapshotMagic)
        w.strings(order)
        // Entities in `order` first, then any other (none today), each with every field.
        let ordered = Set(order)
        let ids = order.filter { entities[$0] != nil } + entities.keys.filter { !ordered.contains($0) }.sorted()
        w.int(ids.count)
        for id in ids { Self.write(entities[id]!, to: &w) }
        trie.write(to: &w)
        for map in [memberOf, peopleByFamilyName, peopleByLooseName, genericNames, sharedInitiativeNames, initiativeEndings, initiativeWordKeys, namesakes] {
            Self.write(map, to: &w)
        }
        w.int(peopleByName.count)
        for (key, value) in peopleByName.sorted(by: { $0.key < $1.key }) {
            w.string(key)
            w.string(value)
        }
        w.int(possessiveAliases.count)
        for (key, value) in possessiveAliases.sorted(by: { $0.key < $1.key }) {
            w.string(key)
            w.string(value.country)
            w.int(value.tokens)
        }
        for set in [sharedOnlyNames, legislatureCountries, partyWords] { w.strings(set.sorted()) }
        w.string(fingerprint)
        w.strings(stopPhrases)
        return w.bytes
    }

    /// The gazetteer `snapshot()` wrote, or nil if the bytes are not one.
    public init?(snapshot bytes: [UInt8]) {
        var r = BinaryReader(bytes: bytes)
        guard r.string() == Self.snapshotMagic, let order = r.strings(),
            let list = r.list({ Self.readEntity(&$0) }),
            let trie = TokenTrie(reading: &r)
        else { return nil }
        var maps: [[String: [String]]] = []
        for _ in 0..<8 {
            guard let map = Self.readMap(&r) else { return nil }
            maps.append(map)
        }
        guard let byName = r.list({ r -> (String, String)? in
                guard let key = r.string(), let value = r.string() else { return nil }
                return (key, value)
            }),
            let possessives = r.list({ r -> (String, (country: String, tokens: Int))? in
                guard let key = r.string(), let country = r.string(), let tokens = r.int() else { return nil }
                return (key, (country, tokens))
            }),
            let sharedOnly = r.strings(), let legislatures = r.strings(), let partyWords = r.strings(),
            let fingerprint = r.string(), let stopPhrases = r.strings(), r.isAtEnd
        else { return nil }
        var entities: [String: Entity] = [:]
        entities.reserveCapacity(list.count)
        for e in list { entities[e.id] = e }
        self.entities = entities
        organizationOpeners = Self.openers(of: entities)
        self.trie = trie
        (memberOf, peopleByFamilyName, peopleByLooseName, genericNames) = (maps[0], maps[1], maps[2], maps[3])
        (sharedInitiativeNames, initiativeEndings, initiativeWordKeys, namesakes) = (maps[4], maps[5], maps[6], maps[7])
        peopleByName = Dictionary(byName, uniquingKeysWith: { a, _ in a })
        possessiveAliases = Dictionary(possessives, uniquingKeysWith: { a, _ in a })
        sharedOnlyNames = Set(sharedOnly)
        legislatureCountries = Set(legislatures)
        self.partyWords = Set(partyWords)
        self.fingerprint = fingerprint
        self.stopPhrases = stopPhrases
        stopSet = Set(stopPhrases)
        self.order = order
    }

    private static func write(_ map: [String: [String]], to w: inout BinaryWriter) {
        w.int(map.count)
        for (key, value) in map.sorted(by: { $0.key < $1.key }) {
            w.string(key)
            w.strings(value)
        }
    }

    private static func readMap(_ r: inout BinaryReader) -> [String: [String]]? {
        guard let pairs = r.list({ r -> (String, [String])? in
            guard let key = r.string(), let value = r.strings() else { return nil }
            return (key, value)
        }) else { return nil }
        return Dictionary(pairs, uniquingKeysWith: { a, _ in a })
    }

    private static func write(_ e: Entity, to w: inout BinaryWriter) {
        w.string(e.id)
        w.string(e.kind.rawValue)
        w.string(e.name)
        for list in [e.aliases, e.adjectives, e.prefixes, e.members, e.parts, e.countries] { w.strings(list) }
        for value in [e.code, e.type, e.description, e.parent, e.familyName, e.gender?.rawValue, e.introduction] { w.optional(value) }
        w.optionalInt(e.started)
        w.int(e.ambiguous ? 1 : 0)
        w.int(e.roles.count)
        for role in e.roles {
            w.string(role.title)
            w.optional(role.country)
            w.optionalInt(role.from)
            w.optionalInt(role.to)
        }
    }

    private static func readEntity(_ r: inout BinaryReader) -> Entity? {
        guard let id = r.string(), let kind = r.string().flatMap(EntityKind.init(rawValue:)), let name = r.string() else { return nil }
        var lists: [[String]] = []
        for _ in 0..<6 {
            guard let list = r.strings() else { return nil }
            lists.append(list)
        }
        var optionals: [String?] = []
        for _ in 0..<7 {
            guard let value = r.optional() else { return nil }
            optionals.append(value)
        }
        guard let started = r.optionalInt(), let ambiguous = r.int(),
            let roles = r.list({ r -> Entity.Role? in
                guard let title = r.string(), let country = r.optional(), let from = r.optionalInt(), let to = r.optionalInt() else { return nil }
                return Entity.Role(title: title, country: country, from: from, to: to)
            })
        else { return nil }
        var gender: Entity.Gender?
        if let raw = optionals[5] {
            guard let g = Entity.Gender(rawValue: raw) else { return nil }
            gender = g
        }
        var e = Entity(id: id, kind: kind, name: name)
        (e.aliases, e.adjectives, e.prefixes, e.members, e.parts, e.countries) = (lists[0], lists[1], lists[2], lists[3], lists[4], lists[5])
        (e.code, e.type, e.description, e.parent, e.familyName, e.introduction) = (optionals[0], optionals[1], optionals[2], optionals[3], optionals[4], optionals[6])
        e.gender = gender
        e.started = started
        e.ambiguous = ambiguous != 0
        e.roles = roles
        return e
    }
}
