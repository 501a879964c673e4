import Foundation
import SitegenCore

/// Everything the annotator knows about names: entities and their surface forms.
/// A value: build it once (built-in data plus a site's overrides) and share it.
public struct Gazetteer: Sendable {
    public internal(set) var entities: [String: Entity]
    var trie = TokenTrie()
    /// Region and bloc ids each entity is a member of.
    public internal(set) var memberOf: [String: [String]] = [:]
    /// People by the family name used for surname-only mentions.
    var peopleByFamilyName: [String: [String]] = [:]
    /// First words of organisations' names of two words or more ("Ford" of "Ford Motor Company"), worked out from
    /// the entities (not kept in a snapshot).
    var organizationOpeners: Set<String> = []

    static func openers(of entities: [String: Entity]) -> Set<String> {
        var out = Set<String>()
        for e in entities.values where e.kind == .organization {
            for form in [e.name] + e.aliases {
                guard let space = form.firstIndex(of: " ") else { continue }
                out.insert(String(form[..<space]))
            }
        }
        return out
    }

    /// People by their name and aliases, for names written with a middle initial ("Henry A. Kissinger").
    var peopleByName: [String: String] = [:]
    /// People by their names loosely written (see `looseName`): "Benigno Aquino" for
    /// Benigno Aquino III, "Masahiko Koumura" for Masahiko Komura.
    var peopleByLooseName: [String: [String]] = [:]
    /// National bodies by the generic name they go by at home, without their
    /// country ("Ministry of Commerce" -> the Chinese, the Indian ... ministry).
    var genericNames: [String: [String]] = [:]
    /// Bodies of one name in several countries, by that name: "Patriotic Front (Zambia)" and any
    /// other entity called "Patriotic Front" with a country, for the article's countries to decide.
    var namesakes: [String: [String]] = [:]
    /// Names several countries' own initiatives go by ("Look East Policy": India's, Malaysia's,
    /// Zimbabwe's), with those initiatives, for a name the article's countries decide.
    var sharedInitiativeNames: [String: [String]] = [:]
    /// Those of them that are no initiative's own name or alias: without a country to decide, no mention.
    var sharedOnlyNames: Set<String> = []
    /// Organisations' aliases that open with a country's possessive ("Indonesia's
    /// Ministry of Trade"): the country and the number of its tokens, so the country
    /// is a mention of its own.
    var possessiveAliases: [String: (country: String, tokens: Int)] = [:]
    /// Countries whose legislature the gazetteer knows.
    var legislatureCountries: Set<String> = []
    /// Initiatives between named countries by the endings of their names ("Mutual Defense
    /// Treaty" -> the Sino-American one, the US-Japan one, ...), for a short name whose
    /// parties the article names.
    var initiativeEndings: [String: [String]] = [:]
    /// Initiatives by the words of their names, whatever their order, spelling or
    /// parties ("Treaty of Good-Neighbourliness, Friendship and Cooperation between
    /// ..." -> the treaty known as "... of Good-Neighborliness and Friendly Cooperation").
    var initiativeWordKeys: [String: [String]] = [:]
    /// A version of the data, for caches keyed by content.
    public internal(set) var fingerprint: String = ""

    /// The gazetteer shipped with sitegen.
    public static func builtIn() throws -> Gazetteer {
        try BuiltIn.shared.get()
    }

    private final class BuiltIn: Sendable {
        static let shared = BuiltIn()
        let result: Result<Gazetteer, SitegenError>
        init() {
            do {
                let (entities, stops) = try GazetteerData.load()
                result = .success(Gazetteer(entities: entities, stopPhrases: stops))
            } catch let error as SitegenError {
                result = .failure(error)
            } catch {
                result = .failure(SitegenError("\(error)", stage: .annotate))
            }
        }
        func get() throws -> Gazetteer { try result.get() }
    }

    public init(entities list: [Entity], stopPhrases: [String] = []) {
        var entities: [String: Entity] = [:]
        for entity in list { entities[entity.id] = entity }
        self.entities = entities
        reindex(order: list.map(\.id), stopPhrases: stopPhrases)
    }

    /// Rebuilds the derived indexes. Entities are inserted in a fixed order, so a
    /// surface form claimed twice always resolves the same way (the later entity wins).
    /// "X Corporation" -> "X Corp", "X Corp."; "X Company" -> "X Co."; "X Limited" -> "X Ltd", "X Ltd.".
    /// Companies' legal forms and how they are abbreviated.
    static let legalFormAbbreviations: [(long: String, shorts: [String])] = [
        (" Corporation", [" Corp", " Corp."]), (" Company", [" Co.", " Co"]), (" Limited", [" Ltd", " Ltd."]), (" Incorporated", [" Inc", " Inc."]),
    ]

    /// The British spelling of a name's words that are often written otherwise there.
    static func britishSpelling(_ name: String) -> String {
        guard name.containsBytes("ooperat") || name.containsBytes("oordinat") || name.containsBytes("rganization") || name.containsBytes("oexist") else { return name }
        return name.replacingOccurrences(of: "Cooperat", with: "Co-operat").replacingOccurrences(of: "cooperat", with: "co-operat")
            .replacingOccurrences(of: "Coordinat", with: "Co-ordinat").replacingOccurrences(of: "coordinat", with: "co-ordinat")
            .replacingOccurrences(of: "Organization", with: "Organisation")
            // ("the Five Principles of Peaceful Co-existence".)
            .replacingOccurrences(of: "Coexist", with: "Co-exist").replacingOccurrences(of: "coexist", with: "co-exist")
    }

    static func abbreviatedSuffixes(_ name: String) -> [String] {
        for (long, shorts) in legalFormAbbreviations where name.hasSuffix(long) && name.count > long.count + 2 {
            let stem = String(name.dropLast(long.count))
            return shorts.map { stem + $0 }
        }
        return []
    }

    /// English given names and the familiar forms papers print them in ("Jim Baker", "Bob Hawke", "Ted Heath").
    static let familiarGivenNames: [String: [String]] = [
        "James": ["Jim", "Jimmy"], "William": ["Bill", "Billy"], "Robert": ["Bob", "Bobby"], "Richard": ["Dick"],
        "Thomas": ["Tom"], "Michael": ["Mike"], "Joseph": ["Joe"], "Edward": ["Ted", "Ed"], "Anthony": ["Tony"],
        "David": ["Dave"], "Christopher": ["Chris"], "Stephen": ["Steve"], "Steven": ["Steve"], "Ronald": ["Ron"],
        "Donald": ["Don"], "Gerald": ["Jerry"], "Lawrence": ["Larry"], "Samuel": ["Sam"], "Benjamin": ["Ben"],
        "Alexander": ["Alex"], "Nicholas": ["Nick"], "Patrick": ["Pat"], "Margaret": ["Maggie"], "Elizabeth": ["Liz"],
        "Daniel": ["Dan"], "Matthew": ["Matt"], "Andrew": ["Andy"], "Timothy": ["Tim"], "Kenneth": ["Ken"],
        "Charles": ["Chuck"], "Frederick": ["Fred"], "Douglas": ["Doug"], "Gregory": ["Greg"], "Jeffrey": ["Jeff"],
        "Kathleen": ["Kathy"], "Katherine": ["Kate"], "Catherine": ["Cathy"], "Susan": ["Sue"], "Peter": ["Pete"],
        "Philip": ["Phil"], "Raymond": ["Ray"], "Leonard": ["Len"], "Malcolm": ["Mal"]
    ]

    /// Whether `form` is `name` with its given name in the other of its familiar and formal forms ("Robert Carr", "Bob Carr").
    static func isFamiliarVariant(_ form: String, of name: String) -> Bool {
        guard let a = form.firstIndex(of: " "), let b = name.firstIndex(of: " "), form[a...] == name[b...] else { return false }
        let (x, y) = (String(form[..<a]), String(name[..<b]))
        return x != y && (familiarGivenNames[x]?.contains(y) == true || familiarGivenNames[y]?.contains(x) == true)
    }

    /// A hash of every entity's names and of the stop phrases: what the annotator's output depends on.
    static func fingerprint(_ entities: [String: Entity], order: [String], stopPhrases: [String]) -> String {
        var hasher = FNV1a()
        for id in order.sorted() {
            guard let e = entities[id] else { continue }
            hasher.add(id); hasher.add(e.name)
            for a in e.aliases + e.adjectives + e.prefixes + e.members { hasher.add(a) }
            hasher.add(e.familyName ?? ""); hasher.add(e.ambiguous ? "1" : "0")
        }
        for phrase in stopPhrases { hasher.add(phrase) }
        return hasher.hex
    }

    /// Puts one entity's names into the trie and the indexes of people and members (the first pass of `reindex`, and
    /// all that a site's new topics need when they are merged).
    mutating func indexForms(of e: Entity, id: String) {
        for form in e.adjectives { trie.insert(form, .init(entityID: id, form: .adjective, surface: form)) }
        for form in e.aliases { trie.insert(form, .init(entityID: id, form: .alias, surface: form)) }
        // Topic keywords are ordinary words: match them lower-case and capitalised too.
        if e.kind == .topic {
            for form in e.aliases + [e.name] {
                for variant in [form.lowercased(), form.withCapitalFirst] where variant != form {
                    trie.insert(variant, .init(entityID: id, form: .alias, surface: variant))
                }
            }
        }
        // "China National Chemical Corp", "Tata Sons Ltd.": companies' legal suffixes are often abbreviated.
        if e.kind == .organization {
            for form in [e.name] + e.aliases {
                for variant in Self.abbreviatedSuffixes(form) {
                    trie.insert(variant, .init(entityID: id, form: .alias, surface: variant))
                }
            }
        }
        // "Asean-China Free Trade Area", "Nato summit": British style writes acronyms of four letters or more
        // as words; names that contain one are matched in that style too.
        if e.kind == .initiative || e.kind == .organization {
            // ("ITAR-TASS" -> "Itar-Tass": a hyphen joins two such words as well as a space.)
            for form in [e.name] + e.aliases where form.containsBytes(" ") || form.containsBytes("-") {
                let variant = Self.acronymsAsWords(form)
                if variant != form { trie.insert(variant, .init(entityID: id, form: .alias, surface: variant)) }
            }
        }
        // "the Shanghai communique", "the Paris agreement": a named initiative with its kind in lower case.
        if e.kind == .initiative {
            for form in [e.name] + e.aliases {
                guard let space = form.lastIndex(of: " ") else { continue }
                let head = form[..<space], last = String(form[form.index(after: space)...])
                guard Self.lowercaseKindWords.contains(last), head.first?.isUppercase == true else { continue }
                let variant = head + " " + last.lowercased()
                if !trie.contains(variant) { trie.insert(variant, .init(entityID: id, form: .alias, surface: variant)) }
                // "the Japan-U.S. security treaty", "the China-Pakistan economic corridor": after the parties joined by a
                // hyphen, the words before the kind may be in lower case too.
                let words = form.split(separator: " ")
                guard words.count >= 3, words[0].containsBytes("-"), words[0].first?.isUppercase == true,
                      words.dropFirst().allSatisfy({ $0.first?.isUppercase == true && !$0.containsBytes("-") && $0.count > 2 }) else { continue }
                let lowered = String(words[0]) + " " + words.dropFirst().map { $0.lowercased() }.joined(separator: " ")
                if !trie.contains(lowered) { trie.insert(lowered, .init(entityID: id, form: .alias, surface: lowered)) }
            }
        }
        // "Gulf Co-operation Council", "Organisation for Economic Co-operation": British spellings of names.
        if e.kind != .person && e.kind != .country {
            for form in [e.name] + e.aliases {
                let variant = Self.britishSpelling(form)
                if variant != form { trie.insert(variant, .init(entityID: id, form: .alias, surface: variant)) }
                // "Growth & Transformation Plan", "Trade & Industry": an ampersand for "and".
                if form.containsBytes(" and ") {
                    let amp = form.replacingOccurrences(of: " and ", with: " & ")
                    if !trie.contains(amp) { trie.insert(amp, .init(entityID: id, form: .alias, surface: amp)) }
                }
                // "Plan Sénégal Emergent", "Etat": French capitals are often printed without their accents.
                if form.containsBytes("É") || form.containsBytes("È") {
                    let plain = form.replacingOccurrences(of: "É", with: "E").replacingOccurrences(of: "È", with: "E")
                    if !trie.contains(plain) { trie.insert(plain, .init(entityID: id, form: .alias, surface: plain)) }
                }
                // "Hongkong Trade Development Council": the older spelling, common in print until the 1990s.
                if form.containsBytes("Hong Kong") {
                    let older = form.replacingOccurrences(of: "Hong Kong", with: "Hongkong")
                    trie.insert(older, .init(entityID: id, form: .alias, surface: older))
                }
            }
        }
        trie.insert(e.name, .init(entityID: id, form: .name, surface: e.name))
        // "Kishida Fumio", "Orbán Viktor": Japanese and Hungarian outlets print their people's names family name first.
        if e.kind == .person, let country = e.countries.first, country == "country/jp" || country == "country/hu" {
            for form in [e.name] + e.aliases {
                let parts = form.split(separator: " ")
                guard parts.count == 2, parts.allSatisfy({ $0.first?.isUppercase == true }) else { continue }
                let reversed = String(parts[1]) + " " + String(parts[0])
                if !trie.contains(reversed) { trie.insert(reversed, .init(entityID: id, form: .alias, surface: reversed)) }
            }
        }
        for form in e.prefixes { trie.insert(form, .init(entityID: id, form: .prefix, surface: form)) }
        for member in e.members { memberOf[member, default: []].append(id) }
        if e.kind == .person, let family = e.familyName {
            peopleByFamilyName[family, default: []].append(id)
            // ("Deby, whose troops ...": a family name written without its accents, as many papers print it.)
            let plain = family.folding(options: .diacriticInsensitive, locale: nil)
            if plain != family { peopleByFamilyName[plain, default: []].append(id) }
        }
        if e.kind == .person {
            for form in [e.name] + e.aliases {
                peopleByName[form] = id
                let loose = Self.looseName(form)
                if !(peopleByLooseName[loose]?.contains(id) ?? false) { peopleByLooseName[loose, default: []].append(id) }
                // "George Bush" for George H. W. Bush (and for George W. Bush: the article's year decides).
                // ("Hassan Rowhani" for Hassan Rouhani, "Abd Rabbo Mansour Hadi" for Abdrabbuh Mansur Hadi: see `soundKey`.)
                if let sound = Self.soundKey(form), !(peopleByLooseName[sound]?.contains(id) ?? false) { peopleByLooseName[sound, default: []].append(id) }
                if let given = Self.givenNamesKey(form), !(peopleByLooseName[given]?.contains(id) ?? false) { peopleByLooseName[given, default: []].append(id) }
                let words = loose.split(separator: " ")
                let bare = words.filter { $0.count > 1 }
                if bare.count >= 2, bare.count < words.count {
                    let key = bare.joined(separator: " ")
                    if !(peopleByLooseName[key]?.contains(id) ?? false) { peopleByLooseName[key, default: []].append(id) }
                }
            }
        }
    }

    mutating func reindex(order: [String], stopPhrases: [String]) {
        trie = TokenTrie()
        for phrase in stopPhrases { trie.insert(phrase, .init(entityID: "", form: .stop, surface: phrase)) }
        memberOf = [:]
        peopleByFamilyName = [:]
        peopleByName = [:]
        peopleByLooseName = [:]
        var seen = Set<String>()
        for id in order where seen.insert(id).inserted {
            guard let e = entities[id] else { continue }
            indexForms(of: e, id: id)
        }
        // "Jim Baker" for James Baker, "Ted Heath" for Edward Heath: the familiar form of an English given name, when no
        // entity goes by it (after every entity's own forms, so a real "Jim Baker" keeps his name).
        // ... and the other way: "James Carter" for Jimmy Carter, "William Clinton" for Bill Clinton.
        var formalGivenNames: [String: [String]] = [:]
        for (formal, nicks) in Self.familiarGivenNames.sorted(by: { $0.key < $1.key }) { for nick in nicks { formalGivenNames[nick, default: []].append(formal) } }
        for id in order where entities[id]?.kind == .person {
            guard let e = entities[id], let space = e.name.firstIndex(of: " "),
                  let nicks = Self.familiarGivenNames[String(e.name[..<space])] ?? formalGivenNames[String(e.name[..<space])] else { continue }
            for nick in nicks {
                let variant = nick + e.name[space...]
                guard !trie.contains(variant), peopleByName[variant] == nil else { continue }
                trie.insert(variant, .init(entityID: id, form: .alias, surface: variant))
                peopleByName[variant] = id
                let loose = Self.looseName(variant)
                if !(peopleByLooseName[loose]?.contains(id) ?? false) { peopleByLooseName[loose, default: []].append(id) }
            }
        }
        organizationOpeners = Self.openers(of: entities)
        possessiveAliases = [:]
        var countryForms: [String: String] = [:]
        for e in entities.values where e.kind == .country { for form in [e.name] + e.aliases { countryForms[form] = e.id } }
        for id in order where entities[id]?.kind == .organization {
            // (Most aliases have no possessive: the byte test skips Foundation's slow search for them.)
            for form in entities[id]?.aliases ?? [] where form.containsBytes("'s ") || form.containsBytes("\u{2019}s ") {
                let normal = form.replacingOccurrences(of: "\u{2019}", with: "'")
                guard let range = normal.range(of: "'s "), let country = countryForms[String(normal[..<range.lowerBound])] else { continue }
                possessiveAliases[form] = (country, Tokenizer.keys(String(normal[..<range.lowerBound])).count)
            }
        }
        legislatureCountries = Set(order.compactMap { id in entities[id].flatMap { $0.type == "legislature" ? $0.countries.first : nil } })
        initiativeEndings = [:]
        for id in order where entities[id]?.kind == .initiative {
            guard let e = entities[id], !e.countries.isEmpty else { continue }
            for ending in Set(([e.name] + e.aliases).flatMap(Self.nameEndings)) where !(initiativeEndings[ending]?.contains(id) ?? false) {
                initiativeEndings[ending, default: []].append(id)
            }
        }
        var partyWords: Set<String> = ["Sino", "Anglo", "Franco", "Indo", "Russo", "Soviet", "Americo"]
        for e in entities.values where e.kind == .country {
            for form in [e.name] + e.aliases + e.adjectives where !form.containsBytes(" ") { partyWords.insert(form) }
        }
        initiativeWordKeys = [:]
        for id in order where entities[id]?.kind == .initiative {
            guard let e = entities[id] else { continue }
            for key in Set(([e.name] + e.aliases).compactMap { Self.wordKey($0, partyWords: partyWords) }) {
                initiativeWordKeys[key, default: []].append(id)
            }
        }
        self.partyWords = partyWords
        genericNames = [:]
        var qualifiers: [String: (names: Set<String>, longest: Int)] = [:]
        func qualifiersOf(_ country: Entity) -> (names: Set<String>, longest: Int) {
            if let known = qualifiers[country.id] { return known }
            let names = Set([country.name] + country.aliases + country.adjectives)
            qualifiers[country.id] = (names, Self.longestWords(names))
            return qualifiers[country.id]!
        }
        for id in order where entities[id]?.kind == .organization {
            guard let e = entities[id], e.countries.count == 1, let country = entities[e.countries[0]] else { continue }
            let q = qualifiersOf(country)
            for name in Self.genericForms(of: e, qualifiers: q.names, longest: q.longest) where !(genericNames[name]?.contains(id) ?? false) {
                genericNames[name, default: []].append(id)
            }
        }
        // "Democratic Progressive Party (Malawi)": a name qualified by its country in brackets is written
        // without it at home; Taiwan's party of that name goes by it bare.
        namesakes = [:]
        var countryNames: [String: String] = [:]
        for e in entities.values where e.kind == .country { for n in [e.name] + e.aliases { countryNames[n] = e.id } }
        for id in order where entities[id]?.kind == .organization {
            // (An alias too: Nigeria's foreign ministry was its "Ministry of External Affairs (Nigeria)", as India's still is.)
            guard let e = entities[id], e.countries.count == 1 else { continue }
            for form in [e.name] + e.aliases where form.hasSuffix(")") {
                guard let open = form.range(of: " (", options: .backwards), countryNames[String(form[open.upperBound...].dropLast())] == e.countries[0] else { continue }
                let bare = String(form[..<open.lowerBound])
                if !(namesakes[bare]?.contains(id) ?? false) { namesakes[bare, default: []].append(id) }
            }
        }
        // "The Green Party" in a New Zealand paper is the Green Party of Aotearoa New Zealand, "the Labor Party" in an
        // Australian one the Australian Labor Party: a party whose name carries its country goes by the rest at home.
        for id in order where entities[id]?.kind == .organization {
            guard let e = entities[id], e.type == "party", e.countries.count == 1, let country = entities[e.countries[0]] else { continue }
            let (names, longest) = qualifiersOf(country)
            for form in [e.name] + e.aliases {
                // (The country's name first, or last after "of" or "of the".)
                let bares = Self.formsWithoutCountry(form, names: names, longest: longest, possessives: [], connectors: [["of"], ["of", "the"]])
                for bare in bares {
                    guard bare.hasSuffix(" Party"), bare.first?.isUppercase == true, !(namesakes[bare]?.contains(id) ?? false) else { continue }
                    namesakes[bare, default: []].append(id)
                }
            }
        }
        if !namesakes.isEmpty {
            for id in order where entities[id]?.kind == .organization {
                guard let e = entities[id], e.countries.count == 1 else { continue }
                for form in [e.name] + e.aliases where namesakes[form] != nil && !namesakes[form]!.contains(id) { namesakes[form]!.append(id) }
            }
        }
        var initiativeForms: [String: [String]] = [:]
        for id in order where entities[id]?.kind == .initiative {
            guard let e = entities[id], e.countries.count == 1, let country = entities[e.countries[0]] else { continue }
            // (The country's name first, with or without "'s", or last after "of" or "of the".)
            let (names, longest) = qualifiersOf(country)
            var forms = [e.name] + e.aliases
            for form in [e.name] + e.aliases {
                forms += Self.formsWithoutCountry(form, names: names, longest: longest, possessives: ["'s", "\u{2019}s"], connectors: [["of"], ["of", "the"]])
            }
            // ("Look East policy": the kind of initiative is often written in lower case.)
            for form in Set(forms) where form.containsBytes(" ") {
                initiativeForms[form, default: []].append(id)
                if let space = form.lastIndex(of: " "), case let last = form[form.index(after: space)...], Self.initiativeKindWords.contains(String(last)) {
                    let lower = String(form[...space]) + last.lowercased()
                    if !(initiativeForms[lower]?.contains(id) ?? false) { initiativeForms[lower, default: []].append(id) }
                }
            }
        }
        // "the Geneva Accords": initiatives of several countries that share a name or an alias (those of 1954 on Indochina,
        // those of 1988 on Afghanistan), for the article's year and countries to decide too.
        var exactForms: [String: [String]] = [:]
        for id in order where entities[id]?.kind == .initiative {
            guard let e = entities[id] else { continue }
            for form in [e.name] + e.aliases where !(exactForms[form]?.contains(id) ?? false) { exactForms[form, default: []].append(id) }
        }
        for form in exactForms.keys.sorted() where exactForms[form]!.count > 1 {
            for id in exactForms[form]! where !(initiativeForms[form]?.contains(id) ?? false) { initiativeForms[form, default: []].append(id) }
        }
        // A shared name no entity goes by alone ("Vision 2030") is matched too, for the article to decide; so is
        // one country's vision of a year without its country's name ("Vision 2020" for Malaysia's), kept only where
        // the article names that country. (Not forms without a year: "National Development Plan" is many countries'.)
        var claimed = Set<String>()
        for e in entities.values { claimed.insert(e.name); claimed.formUnion(e.aliases) }
        sharedInitiativeNames = initiativeForms.filter { $0.value.count > 1 || (!claimed.contains($0.key) && $0.key.hasPrefix("Vision ") && $0.key.contains(where: \.isNumber)) }
        sharedOnlyNames = []
        for (form, ids) in sharedInitiativeNames.sorted(by: { $0.key < $1.key }) where !claimed.contains(form) {
            trie.insert(form, .init(entityID: ids[0], form: .alias, surface: form))
            sharedOnlyNames.insert(form)
        }
        fingerprint = Self.fingerprint(entities, order: order, stopPhrases: stopPhrases)
        self.stopPhrases = stopPhrases
        self.stopSet = Set(stopPhrases)
        self.order = order
    }

    var stopPhrases: [String] = []
    var stopSet: Set<String> = []
    var order: [String] = []

    /// Adds or replaces entities (a site's `content/entities/` files). A replaced
    /// entity keeps the built-in fields the override does not set.
    public func merging(_ overrides: [Entity]) -> Gazetteer {
        if overrides.isEmpty { return self }  // the indexes stand as they are
        // Only new topics (a site's own, from sitegen.yml or content/entities/topics): no index but the trie and the
        // fingerprint knows topics, and a full re-index puts them last anyway, so they are added to the indexes as they
        // stand. (Re-indexing everything was most of a small site's build.)
        if overrides.allSatisfy({ $0.kind == .topic && entities[$0.id] == nil }), Set(overrides.map(\.id)).count == overrides.count {
            var copy = self
            for topic in overrides {
                copy.entities[topic.id] = topic
                copy.order.append(topic.id)
                copy.indexForms(of: topic, id: topic.id)
                // (A name an entity goes by is no name only shared initiatives have.)
                copy.sharedOnlyNames.subtract([topic.name] + topic.aliases)
            }
            copy.fingerprint = Self.fingerprint(copy.entities, order: copy.order, stopPhrases: copy.stopPhrases)
            return copy
        }
        var copy = self
        var order = self.order
        for override in overrides {
            if var existing = copy.entities[override.id] {
                existing.name = override.name.isEmpty ? existing.name : override.name
                existing.aliases = DedupList.merge(existing.aliases, override.aliases)
                existing.adjectives = DedupList.merge(existing.adjectives, override.adjectives)
                if !override.members.isEmpty { existing.members = override.members }
                if override.description != nil { existing.description = override.description }
                if override.introduction != nil { existing.introduction = override.introduction }
                if override.familyName != nil { existing.familyName = override.familyName }
                if override.gender != nil { existing.gender = override.gender }
                if override.type != nil { existing.type = override.type }
                copy.entities[override.id] = existing
            } else {
                copy.entities[override.id] = override
            }
            order.removeAll { $0 == override.id }
            order.append(override.id)
        }
        copy.reindex(order: order, stopPhrases: stopPhrases)
        return copy
    }

    public func entity(_ id: String) -> Entity? { entities[id] }

    /// "ASEAN-China Free Trade Area" -> "Asean-China Free Trade Area": each all-capital
    /// word of four letters or more written as a word.
    static func acronymsAsWords(_ name: String) -> String {
        // Without four capitals in a row (bytes beyond ASCII may be capitals) there is nothing to change.
        var run = 0, longest = 0
        for b in name.utf8 {
            run = (b >= 0x41 && b <= 0x5A) || b >= 0x80 ? run + 1 : 0
            longest = max(longest, run)
        }
        guard longest >= 4 else { return name }
        var out = ""
        var word = ""
        func flush() {
            if word.count >= 4, word.allSatisfy({ $0.isUppercase && $0.isLetter }) {
                out += word.prefix(1) + word.dropFirst().lowercased()
            } else {
                out += word
            }
            word = ""
        }
        for c in name {
            if c.isLetter { word.append(c) } else { flush(); out.append(c) }
        }
        flush()
        return out
    }

    /// A name of three words or more with its given names in alphabetical order, the family name last:
    /// "Sibusiso Barnabas Dlamini" for Barnabas Sibusiso Dlamini, whose given names papers write in either order.
    static func givenNamesKey(_ name: String) -> String? {
        let words = looseName(name).split(separator: " ")
        guard words.count >= 3, words.allSatisfy({ $0.count > 1 }) else { return nil }
        return "^" + (words.dropLast().sorted() + [words[words.count - 1]]).joined(separator: " ")
    }

    /// A person's name without what writers leave out or spell otherwise: a
    /// generational suffix (Jr., III), the full stops of initials, accents on long
    /// vowels and their doubled spellings ("Koumura", "Kōmura", "Komura"); lower-cased.
    static func looseName(_ name: String) -> String {
        var out = String.UnicodeScalarView()
        // ("Adel Abdul-Mahdi" is "Adel Abdul Mahdi": a hyphen separates words as a space does.)
        // ("Salman bin Abdul Aziz" is Salman bin Abdulaziz: "Abdul", "Abdel" run into the name after them.)
        var joinNext = false
        for word in name.lowercased().split(whereSeparator: { $0 == " " || $0 == "." || $0 == "-" }) {
            if looseSuffixes.contains(word) { continue }
            // ("Saadeddine El Othmani" is Saadeddine Othmani: the article of an Arabic name is often left out.)
            if word == "al" || word == "el" { continue }
            if !out.isEmpty && !joinNext { out.append(" ") }
            joinNext = word == "abdul" || word == "abdel" || word == "abdoul"
            for scalar in word.unicodeScalars {
                let s: Unicode.Scalar = switch scalar { case "ō": "o"; case "ū": "u"; case "ā": "a"; default: scalar }
                // "ou" is written "o"; a doubled letter once ("Borissov", "Borisov"; "Koomura", "Komura").
                if let last = out.last, (s == "u" && last == "o") || (s == last && s != " ") { continue }
                out.append(s)
            }
        }
        return String(out)
    }

    private static let looseSuffixes: Set<Substring> = ["jr", "jnr", "sr", "ii", "iii", "iv"]

    /// A name of two words or more as it sounds, whatever the romanisation: "Rowhani" and "Rouhani",
    /// "Qaddafi" and "Gaddafi", "Kharrazi" and "Kharazi", "Abd Rabbo Mansour Hadi" and "Abdrabbuh Mansur
    /// Hadi" agree. Words run together, accents and Arabic articles go, h is silent, q and g are k, w is
    /// u, o is u, e and y are i, doubled letters count once. Marked with "~" (it shares a table with
    /// `looseName`); nil for a one-word name, which says too little.
    static func soundKey(_ name: String) -> String? {
        let words = name.lowercased().split(whereSeparator: { $0 == " " || $0 == "." || $0 == "-" || $0 == "'" || $0 == "\u{2019}" })
            .filter { !looseSuffixes.contains($0) && $0 != "al" && $0 != "el" }
        // ("Li Chiang" is not Li Qiang, nor "Lee Kah Seng" Li Ka-shing: names of one-syllable words, as Chinese and
        // Korean ones are, sound alike too often; the family name must have two syllables or more.)
        guard words.count >= 2, let last = words.last,
              last.split(whereSeparator: { !"aeiouy".contains($0) }).count >= 2 else { return nil }
        var out: [UInt8] = [UInt8(ascii: "~")]
        // ("Peter Osei" does not sound like Pete Rose: the words run together alike, but the family names do not; the key
        // ends with the family name's sound after a "/".)
        let joined = words.joined() + "/" + last
        // (Accents come off by decomposition, only needed beyond ASCII.) Only ASCII letters are kept, so the
        // key is built byte by byte: every byte of a letter beyond ASCII is 0x80 or more.
        for byte in (joined.utf8.allSatisfy { $0 < 0x80 } ? joined : joined.decomposedStringWithCanonicalMapping).utf8 {
            if byte == UInt8(ascii: "/") { out.append(byte); continue }
            let isLetter = (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            guard isLetter, byte != UInt8(ascii: "h") else { continue }
            let c: UInt8 = switch byte {
            case UInt8(ascii: "q"), UInt8(ascii: "g"), UInt8(ascii: "c"): UInt8(ascii: "k")
            case UInt8(ascii: "w"), UInt8(ascii: "o"): UInt8(ascii: "u")
            case UInt8(ascii: "e"), UInt8(ascii: "y"): UInt8(ascii: "i")
            case UInt8(ascii: "f"): UInt8(ascii: "p")
            default: byte
            }
            if out.last != c { out.append(c) }
        }
        return (out.firstIndex(of: UInt8(ascii: "/")) ?? out.count) > 6 ? String(decoding: out, as: UTF8.self) : nil
    }

    /// The endings of a name of two words or more that begin with a capital, without
    /// the name itself: "Mutual Defense Treaty" and "Defense Treaty" of "Sino-American
    /// Mutual Defense Treaty".
    /// An ending keeps the name's head, the word before its first "of", "on", "between"
    /// ...: "Line of Actual Control" is no short name of the "Agreement on ... along the
    /// Line of Actual Control".
    /// Words that name the parties of a treaty ("Sino-Soviet", "Japanese").
    var partyWords: Set<String> = []

    /// A document's name as the set of its words: the parties before its head ("Sino-Soviet") and after
    /// "between" left out, small words dropped, each word cut to six letters (so "Neighbourliness" and
    /// "Neighborliness", "Friendship" and "Friendly" agree), sorted. Nil for fewer than four words left:
    /// a short name says too little to be recognised in another wording.
    static func wordKey(_ name: String, partyWords: Set<String>) -> String? {
        // (Cut at "in" too, on both sides alike: the text's name may run on into "in Moscow".)
        let cut = [" between ", " Between ", " in "].compactMap { name.byteIndex(of: $0) }.min().map { String(name[..<$0]) } ?? name
        var words: [String] = []
        var parties = 0
        for raw in cut.split(whereSeparator: { $0 == " " || $0 == "," }) {
            let word = raw.hasPrefix("the ") ? raw.dropFirst(4) : raw[...]
            if word.containsBytes("-"), word.split(separator: "-").allSatisfy({ partyWords.contains(String($0)) }) { parties += word.split(separator: "-").count; continue }
            if partyWords.contains(String(word)) { parties += 1; continue }
            if ["of", "on", "and", "the", "for", "in", "with", "to", "&", "a", "an"].contains(word.lowercased()) { continue }
            if word.first?.isNumber == true { continue }
            for part in word.split(separator: "-") { words.append(String(part.lowercased().prefix(6))) }
        }
        // ("Nepal-China Boundary Treaty": two words are enough beside two parties, which the caller checks.)
        guard words.count >= 4 || (words.count >= 2 && parties >= 2) else { return nil }
        return Set(words).sorted().joined(separator: " ")
    }

    static func nameEndings(_ name: String) -> [String] {
        let words = name.split(separator: " ")
        // ("New Suez Canal" is not the Suez Canal: a word that makes a new thing of the rest.)
        guard words.count >= 3, !["New", "Second", "Third", "Greater", "Old"].contains(words[0]) else { return [] }
        // (And the connectors of names in French, Spanish, Portuguese and German: the ending of "boycott des Jeux olympiques de
        // Los Angeles" is no "Los Angeles".)
        let connectors: Set<Substring> = ["of", "on", "between", "for", "along", "in", "with", "to", "concerning", "regarding",
                                          "de", "des", "du", "del", "da", "do", "dos", "das", "sur", "entre", "pour", "para", "con", "com", "zwischen", "über", "der", "für"]
        let head = (words.firstIndex { connectors.contains($0) } ?? words.count) - 1
        guard head >= 1 else { return [] }
        return (1...min(head, words.count - 2)).compactMap { n in
            words[n].first?.isUppercase == true ? words[n...].joined(separator: " ") : nil
        }
    }

    /// "Ministry of Commerce" from "Ministry of Commerce of the People's Republic of
    /// China" or "Chinese Ministry of Commerce": a body's names without its country,
    /// kept when only generic words are left.
    static func genericForms(of e: Entity, country: Entity) -> [String] {
        let qualifiers = Set([country.name] + country.aliases + country.adjectives)
        return genericForms(of: e, qualifiers: qualifiers, longest: longestWords(qualifiers))
    }

    /// The most words any of `names` has.
    static func longestWords(_ names: Set<String>) -> Int {
        names.lazy.map { $0.utf8.reduce(1) { $1 == 0x20 ? $0 + 1 : $0 } }.max() ?? 1
    }

    /// Words that join a body's name to its country's after it: "Ministry of Health of Ghana", "Congreso Nacional de
    /// Honduras", "Ministère de la Santé du Burkina Faso", "Ministère de la Santé publique de Madagascar".
    static let countryConnectors: [[String]] = [["of"], ["of", "the"], ["de"], ["del"], ["do"], ["da"], ["du"], ["de", "la"], ["des"]]

    /// A name without its country's name (one of `names`, of at most `longest` words) at its start, bare or with a
    /// possessive ("Ghana Ministry of Health", "Ghana's ..."), or at its end after a connector ("Ministry of Health of
    /// Ghana"; with `elided`, French "de l'Estonie", "d'Haïti"). The name's first and last words are looked up, instead
    /// of every name of the country being searched for in it.
    static func formsWithoutCountry(_ form: String, names: Set<String>, longest: Int, possessives: [String], connectors: [[String]],
                                    elided: Bool = false) -> [String] {
        let words = form.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard words.count >= 2 else { return [] }
        var out: [String] = []
        for n in 1...min(longest, words.count - 1) {
            let head = words[0..<n].joined(separator: " ")
            let rest = words[n...].joined(separator: " ")
            if names.contains(head) { out.append(rest) }
            for p in possessives where head.hasSuffix(p) && names.contains(String(head.dropLast(p.count))) { out.append(rest) }
        }
        for n in 1...min(longest, words.count - 1) {
            let tail = words[(words.count - n)...].joined(separator: " ")
            let before = Array(words[..<(words.count - n)])
            if elided, tail.hasPrefix("l'") || tail.hasPrefix("d'") {
                if names.contains(String(tail.dropFirst(2))) {
                    if tail.hasPrefix("d'"), !before.isEmpty { out.append(before.joined(separator: " ")) }
                    if tail.hasPrefix("l'"), before.last == "de", before.count >= 2 { out.append(before.dropLast().joined(separator: " ")) }
                }
                continue
            }
            guard names.contains(tail) else { continue }
            // "Parlamento italiano", "Congreso estadounidense": a Romance demonym, in lower case, after the body's name.
            if n == 1, tail.first?.isLowercase == true, !before.isEmpty { out.append(before.joined(separator: " ")) }
            for connector in connectors where before.count > connector.count && Array(before.suffix(connector.count)) == connector {
                out.append(before.dropLast(connector.count).joined(separator: " "))
            }
        }
        return out
    }

    /// `qualifiers`: the country's names and adjectives.
    static func genericForms(of e: Entity, qualifiers: Set<String>, longest: Int) -> [String] {
        var out: [String] = []
        // "Ghana Ministry of Health", "Ghana's Ministry of Health", "Ministry of Health of Ghana", "Ministère de l'Intérieur
        // de l'Estonie", "Ministère des Affaires étrangères d'Haïti".
        for form in [e.name] + e.aliases {
            out += formsWithoutCountry(form, names: qualifiers, longest: longest, possessives: ["'s"], connectors: Self.countryConnectors, elided: true)
        }
        // "Foreign Ministry", "Ministry of Foreign Affairs" and "Foreign Affairs Ministry" are one body's names,
        // as are "Finance Ministry" and "Ministry of Finance".
        for name in out {
            let words = name.split(separator: " ").map(String.init)
            if words.count == 2, words[1] == "Ministry" {
                out += ["Ministry of " + words[0], "Ministry of " + words[0] + " Affairs", words[0] + " Affairs Ministry"]
            } else if words.count == 3, words[0] == "Ministry", words[1] == "of" {
                out.append(words[2] + " Ministry")
            } else if words.count == 4, words[0] == "Ministry", words[1] == "of", words[3] == "Affairs" {
                out += [words[2] + " Ministry", words[2] + " Affairs Ministry"]
            }
        }
        // "the Congress" in India: the Indian National Congress by its last word.
        if e.type == "party", out.contains("National Congress") { out.append("Congress") }
        // "the Commons": a House of Commons by its last word (Britain's, Canada's).
        if out.contains("House of Commons") { out.append("Commons") }
        // "the House and Senate": a lower house by its first word.
        if out.contains("House of Commons") || out.contains("House of Representatives") { out.append("House") }
        // "the Department of Foreign Affairs" in Jakarta in 1990: ministries were departments in many countries.
        for name in out where name.hasPrefix("Ministry of ") { out.append("Department of " + name.dropFirst("Ministry of ".count)) }
        // ... and the other way ("the Ministry of Foreign Affairs" in Manila in 1986 is today's Department of Foreign Affairs).
        for name in out where name.hasPrefix("Department of ") { out.append("Ministry of " + name.dropFirst("Department of ".count)) }
        var seen = Set<String>()
        return out.filter { name in
            // (A French ministry's name without its country, "Ministère de la Santé", is as generic.)
            name.first?.isUppercase == true && (Lexicon.isGenericInstitution(name.split(separator: " ").map(String.init)) || Lexicon.oneWordNationalBodies.contains(name) || Lexicon.armedServices.contains(name)
                || name.hasPrefix("Ministère de") || name.hasPrefix("Ministère du") || name.hasPrefix("Ministère des"))
                && seen.insert(name).inserted
        }
    }
}

enum DedupList {
    static func merge(_ a: [String], _ b: [String]) -> [String] {
        var seen = Set<String>()
        return (a + b).filter { seen.insert($0).inserted }
    }
}

/// A small stable hash (FNV-1a, 64 bit) for fingerprints; Swift's Hasher is seeded per process.
struct FNV1a {
    var value: UInt64 = 0xcbf2_9ce4_8422_2325
    mutating func add(_ s: String) {
        for b in s.utf8 {
            value ^= UInt64(b)
            value = value &* 0x100_0000_01b3
        }
        value ^= 0xFF
        value = value &* 0x100_0000_01b3
    }
    var hex: String {
        let s = String(value, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}

extension Gazetteer {
    /// Every built-in data file (gazetteers, lexicon, stop phrases) by name, sorted:
    /// with the code, what decides the annotator's output.
    /// Kinds of initiative a name may end with in lower case ("the Shanghai communique").
    static let lowercaseKindWords: Set<String> = ["Communique", "Communiqué", "Declaration", "Agreement", "Accord", "Accords", "Treaty", "Initiative", "Policy", "Plan", "Strategy", "Programme", "Program", "Doctrine", "Consensus", "Framework", "Vision", "Protocol", "Pact", "Charter", "Convention",
        // ("the China-Kyrgyzstan-Uzbekistan railway", "the Power of Siberia pipeline": a named project with its kind in lower case.)
        "Railway", "Railroad", "Pipeline", "Corridor", "Expressway", "Highway", "Project"]

    /// Last words of initiatives' names that say what kind of initiative it is.
    static let initiativeKindWords: Set<String> = ["Policy", "Plan", "Initiative", "Strategy", "Programme", "Program", "Doctrine", "Vision", "Agenda"]

    public static var builtInDataFiles: [(name: String, text: String)] {
        EmbeddedGazetteer.files.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}
