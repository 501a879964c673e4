import SitegenCore

/// National bodies named without their country: "the Ministry of Commerce", "the
/// House of Representatives", "the National Assembly". Every country has one, so
/// the name alone would put the bodies of different countries on one page.
extension AnnotationRun {
    /// Gives each generic body its country: the one written before it ("Nigeria's",
    /// "Chinese"), the one its sentence opens with ("In Vietnam, the National
    /// Assembly"), else the country the article is mostly about. A body of that
    /// country the gazetteer knows takes the mention; otherwise the body is named
    /// with its country ("House of Representatives (Nigeria)"). A generic name with
    /// no country in sight stays as it is, or, when it is also a common phrase
    /// ("National Assembly" alone), is dropped.
    func qualifyGenericBodies() {
        markOneWordLegislatures()
        // ("the Ministry of Foreign Affairs (MFA)": a generic name the text gave an acronym is one too.)
        let candidates = spans.indices.filter { ["organization.name-pattern", "organization.generic", "organization.workplace", "acronym.long-form"].contains(spans[$0].rule) }
        guard !candidates.isEmpty else { return }
        let counts = countryCounts()
        let dominant = dominantCountry(counts)
        // ("THE HAGUE, Netherlands (AP) — The World Court ruled ... that the United States ... The House voted": a wire story
        // filed where the news broke, about another country it names far more, speaks of that country's legislature.)
        let dateline = datelineCountry()
        let legislatureDateline = dateline.flatMap { d -> String? in
            guard let top = rankedCountries(counts).first(where: { $0 != d }), (counts[d] ?? 0) <= 2,
                  (counts[top] ?? 0) >= 3 * max(1, counts[d] ?? 0) else { return d }
            return nil
        }
        // (Worked out once: it reads every token.)
        var home: String??
        // The paper's own country, and the mentions of each country's cities (read once, and only if a body needs them).
        let paper = outlet.flatMap { entity($0.id)?.countries.first }
        var citiesRead: [String: Int]?
        func cities() -> [String: Int] {
            if citiesRead == nil { citiesRead = cityCountries() }
            return citiesRead!
        }
        /// Country counts with the mentions of each country's cities added.
        func addingCities(_ counts: [String: Int]) -> [String: Int] {
            counts.merging(cities(), uniquingKeysWith: +)
        }
        var updated = spans
        var dropped = Set<Int>()
        // The countries the article names that have a body among `bodies`, each once, in the bodies' order.
        func namedCountries(of bodies: [String]) -> [String] {
            var named: [String] = []
            for c in bodies.compactMap({ entity($0)?.countries.first }) where counts[c] != nil && !named.contains(c) { named.append(c) }
            return named
        }
        for n in candidates {
            let span = spans[n]
            guard let body = local[span.entityID] else { continue }
            // ("la misión que el Consejo de Seguridad aprobó", "oficiales del Ejército de Tierra": the same bodies in another
            // language, by their English names.)
            let generic = Self.genericTranslations[body.name] ?? body.name
            let words = generic.split(separator: " ").map(String.init)
            // ("le ministère de la Santé": a French ministry, written in lower case, found below.)
            let french = span.rule == "organization.generic" && words.first == "Ministère"
            let ministry = words.first == "Ministry" || words.last == "Ministry" || words.first == "Department" || french
            let oneWord = span.rule == "organization.generic" && words.count == 1 && Lexicon.oneWordNationalBodies.contains(generic)
            // ("The Navy is monitoring the area": a country's armed service named by its branch alone.)
            let service = ["organization.generic", "organization.name-pattern"].contains(span.rule) && Lexicon.armedServices.contains(generic)
                && span.first > 0 && (tokens[span.unit][span.first - 1].is("the", "The")
                    || (generic != body.name && (Self.romanceGermanArticles.contains(lowerOf: tokens[span.unit][span.first - 1])
                        || tokens[span.unit][span.first - 1].is("del", "della", "do", "da", "de"))))
            guard Lexicon.isGenericInstitution(words) || oneWord || french || service else { continue }
            // ("National Bank for Economic and Social Development (BNDES)": an acronym the gazetteer knows names the body.)
            // (Only a body whose names share a word with the long form: "Ministry of Trade and Industry (MTI)" in Manila is
            // not Hungary's news agency MTI.)
            let longWords = Set(words.filter { $0.first?.isUppercase == true })
            if span.rule == "acronym.long-form", body.aliases.contains(where: { alias in
                let toks = Tokenizer.tokenize(alias)
                guard !toks.isEmpty, let (entry, end) = gazetteer.trie.longestMatch(in: toks, at: 0), end == toks.count, let known = entity(entry.entityID) else { return false }
                return ([known.name] + known.aliases).contains { !longWords.isDisjoint(with: $0.split(separator: " ").map(String.init)) }
            }) { continue }
            let candidates = gazetteer.genericNames[generic] ?? []
            // ("The Foreign Office in London said": an office is a ministry here.)
            var countryID = bodyCountries[span] ?? (ministry || words.last == "Office" ? placeAfterBody(span) : nil) ?? holderCountry(span) ?? spokespersonCountry(span)
            // ("ABUJA — Chinese President, Hu Jintao, yesterday told a joint session of the National Assembly": a legislature
            // the dateline's country has is that country's, whoever the sentence opens with.)
            if countryID == nil, let dateline = legislatureDateline, words.contains(where: { Lexicon.legislatureWords.contains($0) }),
               candidates.contains(where: { entity($0)?.countries.first == dateline }) {
                countryID = dateline
            }
            if countryID == nil { countryID = openingCountry(span) }
            // "The United States delegation, which ..., still faces a hostile Senate": a legislature in a sentence
            // whose subject is a country's delegation or government is that country's, when it has one of the name.
            if countryID == nil, words.contains(where: { Lexicon.legislatureWords.contains($0) }), let subject = subjectCountry(span),
               candidates.contains(where: { entity($0)?.countries.first == subject }) {
                countryID = subject
            }
            // The scene the story set, when that country has a body of this name the gazetteer knows.
            if countryID == nil, !oneWord, let scene = sceneCountry(span), candidates.contains(where: { entity($0)?.countries.first == scene }) {
                countryID = scene
            }
            // "The Indonesian Foreign Ministry summoned the ambassador. '...,' the Foreign Ministry said": the body of
            // that name the article last named with its country.
            // (Only "the": "a senior Foreign Ministry official here" in The Korea Times is Seoul's, whoever was named before.)
            if countryID == nil, span.first > 0, tokens[span.unit][span.first - 1].is("the", "The"),
               // ("the Estonian Foreign Intelligence Service ... director general of the Foreign Intelligence Service": also a body
               // this pass gave its country, which the gazetteer does not know.)
               // ("the Chinese Foreign Ministry ... The Department of Foreign Affairs (DFA)" in the Inquirer: a department is
               // another country's body than a ministry named before.)
               let earlier = updated.last(where: { s in
                   (s.unit, s.first) < (span.unit, span.first) && (words.first != "Department" || text(of: tokens[s.unit], from: s.first, to: s.last, in: s.unit).containsBytes("Department"))
                   && (candidates.contains(s.entityID)
                       || (s.entityID != span.entityID && local[s.entityID].map { $0.type == "found in text" && $0.name != body.name && $0.aliases.contains(body.name) } == true
                           // (Only one the text itself wrote with its country, not one whose country was worked out.)
                           && text(of: tokens[s.unit], from: s.first, to: s.last, in: s.unit) != body.name))
               }) {
                updated[n].entityID = earlier.entityID
                updated[n].rule = "organization.generic-name"
                continue
            }
            if oneWord {
                // "the European Parliament ... for Beijing and the Parliament to settle": a body of no one country named
                // before by a longer name ending in the word is meant.
                if countryID == nil, let earlier = spans.first(where: { s in (s.unit, s.first) < (span.unit, span.first) && s.entityID.hasBytePrefix("organization/")
                    && entity(s.entityID).map { $0.countries.isEmpty && $0.type == "legislature" && $0.name.hasSuffix(" " + generic) } == true }) {
                    updated[n].entityID = earlier.entityID
                    updated[n].rule = "organization.short-form"
                    continue
                }
                // "Congress" is a party in India and a legislature in the United States: only the country in
                // context, and only a body of it that the gazetteer knows by that word.
                // With no country in the sentence: the outlet's own country (a paper's "Parliament" is its country's), the
                // dateline's, then the country the article is mostly about; the first of them whose body the gazetteer knows.
                // ("The Drug Enforcement Administration chief told Congress", "The Reagan administration certified to
                // Congress": the one country whose body of the name the gazetteer knows, among the countries of the people,
                // bodies and countries the sentence names.)
                if countryID == nil, let own = sentenceBodyCountry(span, candidates) {
                    countryID = own
                }
                if home == nil { home = .some(outletHome(counts)) }
                // (Then the countries the article names most, in turn: in a story about China and Zimbabwe, "Parliament" is
                // Zimbabwe's, China's legislature having another name.)
                // ("tabled in Parliament" in a Colombo paper that names Sri Lanka once and China four times: its cities count
                // for the country here, as a national paper seldom names its own.)
                let withCities = countryID == nil ? addingCities(counts) : counts
                let placed = dominantCountry(withCities)
                // ("Kasaija apologises to Parliament" in the New Vision: a national paper's own parliament, when the story
                // names its country at all, however much more it names China and Kenya.)
                let paperCountry = paper.flatMap { withCities[$0] != nil ? $0 : nil }
                let primary = countryID.map { [$0] } ?? [home!, paperCountry, legislatureDateline, placed, dominant].compactMap { $0 }
                let context = primary + (countryID == nil ? rankedCountries(withCities).prefix(3).filter { (withCities[$0] ?? 0) >= 2 } : [])
                var known: [String] = []
                // (A party, "the Congress" of India, only for the country the story is about, not one of those it names most.)
                for (n, c) in context.enumerated() where known.isEmpty {
                    known = candidates.filter { entity($0)?.countries.first == c && (n < primary.count || entity($0)?.type != "party") }
                }
                // "the Diet" in a story mostly about China: the one body of that name of a country the article names.
                // (Not "the House", which many bodies and buildings are called: only the country in context's.)
                // (Nor a party, "the Congress" of India, in a story that names India only in passing.)
                if known.isEmpty, countryID == nil, generic != "House" {
                    known = candidates.filter { entity($0)?.type != "party" && entity($0)?.countries.first.map { counts[$0] != nil } ?? false }
                }
                if known.count == 1 {
                    updated[n].entityID = known[0]
                    updated[n].rule = "organization.generic-name"
                } else {
                    dropped.insert(n)
                }
                continue
            }
            // "a permanent seat in the Security Council": with no country of its own, the Security Council of
            // the news is the United Nations'.
            // "China took its seat in the General Assembly and the Security Council": in a story that names the UN or its
            // Security Council, the General Assembly is the UN's.
            if generic == "General Assembly", bodyCountries[span] == nil, gazetteer.entities["organization/unga"] != nil,
               spans.contains(where: { ["organization/un", "organization/unsc"].contains($0.entityID) })
                || tokens.contains(where: { toks in toks.indices.dropLast().contains { toks[$0].is("Security") && toks[$0 + 1].is("Council") } }),
               // (Not another body's assembly: Interpol's, the OAS's.)
               !spans.contains(where: { ["organization/interpol", "region/oas", "organization/oas", "organization/who"].contains($0.entityID) }) {
                updated[n].entityID = "organization/unga"
                updated[n].rule = "organization.generic-name"
                continue
            }
            if countryID == nil, generic == "Security Council", gazetteer.entities["organization/unsc"] != nil {
                updated[n].entityID = "organization/unsc"
                updated[n].rule = "organization.generic-name"
                continue
            }
            // "Dar es Salaam. ... the Ministry of Finance": a story datelined in a city speaks of its country's bodies.
            // (Not for a legislature the dateline's country does not have: "BEIJING — ... the National Assembly".)
            let legislature = words.contains(where: { Lexicon.legislatureWords.contains($0) })
            func lacks(_ country: String) -> Bool {
                legislature && gazetteer.legislatureCountries.contains(country) && !candidates.contains(where: { entity($0)?.countries.first == country })
            }
            // ("BEIJING - ... In a communique, the Ministry of Foreign Affairs said" from Algérie Presse Service: a national
            // outlet's own ministry, wherever the story is filed, when the story is about its country.)
            // ("BEIJING—... The Department of Foreign Affairs (DFA) later sought to clarify" in the Inquirer: the same, however
            // much more the story names China.)
            if countryID == nil, ministry, let dateline, let own = paper, own != dateline, (counts[own] ?? 0) + (cities()[own] ?? 0) >= 2 {
                countryID = own
            }
            // ("The Army is in good heart" in an Indian paper's story on China: a service named by its branch alone is the
            // writer's own country's: the paper's, else the dateline's, else the country the story names most; not another
            // country's that the gazetteer happens to know by the word.)
            if countryID == nil, service {
                if home == nil { home = .some(outletHome(counts)) }
                // ("for the Bolivian Army ... The commander of the Army": first, the service of that branch the story named, known
                // or found in the text.)
                if let earlier = updated.last(where: { s in
                    (s.unit, s.first) < (span.unit, span.first) && entity(s.entityID).map { ["military", "found in text"].contains($0.type) && $0.name.hasSuffix(" " + generic) } == true
                }) {
                    updated[n].entityID = earlier.entityID
                    updated[n].rule = "organization.generic-name"
                    continue
                }
                countryID = home! ?? paper.flatMap { counts[$0] != nil || cities()[$0] != nil ? $0 : nil } ?? dateline ?? dominant
            }
            // ("PEKING, Dec. 19 — ... members of the Legislative Council": a body other than a ministry that the dateline's
            // country has none of, when one country the story names has it, is that country's.)
            if countryID == nil, let dateline, !ministry, !candidates.contains(where: { entity($0)?.countries.first == dateline }) {
                let named = namedCountries(of: candidates)
                if named.count == 1 { countryID = named[0] }
            }
            // ("PEKING — ... The Department of Foreign Affairs said" in The Sun-Herald: a department the dateline's country
            // is known to have only as a ministry, as its name's variant, is no ground for that country.)
            let datelineBodies = candidates.compactMap { entity($0) }.filter { $0.countries.first == dateline }
            let variantOnly = words.first == "Department" && !datelineBodies.isEmpty
                && !datelineBodies.contains(where: { ([$0.name] + $0.aliases).contains(where: { $0.hasPrefix("Department") }) })
            if countryID == nil, let dateline, !lacks(dateline), !variantOnly { countryID = dateline }
            // ("Somaliland's Minister of Foreign Affairs and International Cooperation, Dr. Saad Ali Shire ... the Ministry of
            // Foreign Affairs and International Cooperation said": the ministry of the minister the text placed; of a place
            // that is no country the gazetteer knows, a body of its own, not Italy's of that name.)
            if countryID == nil, let placed = ministerPlace(portfolioOf: words) {
                guard let placed else { continue }
                countryID = placed
            }
            if countryID == nil {
                // The main country, unless the name is known for bodies of several countries and the article
                // names only one of them ("the Legislative Council" in a story about China and Hong Kong).
                // (Each country once: Britain has had two bodies called "the Foreign Office".)
                let named = namedCountries(of: candidates)
                // "a senior Foreign Ministry official" in The Korea Herald, on talks between Seoul and Peking: a
                // national paper's unqualified body is its own country's, when the story is about that country
                // (before the one country named whose body the gazetteer knows by that name, when many countries
                // have a body of that name: "the Ministry of Finance" in the Addis Standard is Ethiopia's, though only
                // China's is known; "the House of Commons" in a Hong Kong paper is still Britain's).
                if home == nil { home = .some(outletHome(counts)) }
                // (Before a named country's known body only for a ministry, which every country has: "the Legislative
                // Council" in The Irish Times on the Irish of Hong Kong is Hong Kong's.)
                // ("the Department of Finance (DOF)" in BusinessMirror is Manila's: a department's name, which the gazetteer
                // gives other countries' ministries only as a variant, is the paper's own country's first.)
                if let own = home!, named.count != 1 || (ministry && (candidates.count >= 3 || words.first == "Department")) {
                    countryID = own
                } else if named.count == 1, !(ministry && candidates.count >= 10
                                              && (counts[named[0]] ?? 0) * 3 <= (rankedCountries(counts).first.flatMap { counts[$0] } ?? 0)) {
                    countryID = named[0]
                } else if named.count == 1 {
                    // ("the Ministry of Labor" in a Liberian paper's story on China, which names Taiwan twice in passing: of a
                    // ministry most countries have, the gazetteer's knowing one minor country's is no ground for it; the
                    // country the story is about, its cities counted when two are named as often, else none.)
                    countryID = dominant ?? dominantCountry(addingCities(counts))
                } else {
                    countryID = dominant
                }
                // "the Ministry of Finance" in L'Express of Mauritius: a paper the gazetteer does not know (no wire, no Chinese
                // outlet) writes of its own country's ministries; in a story about China and one other country, that country's.
                // (Not when the sentence or the one before it is set in a Chinese city: "A Foreign Ministry spokesman in
                // Beijing said", "Beijing insists ... The Foreign Ministry said".)
                if ministry, let paper = outlet?.id, local[paper] != nil, local[paper]?.countries.isEmpty == true, countryID == "country/cn", dateline == nil || variantOnly,
                   let other = rankedCountries(counts).first(where: { $0 != "country/cn" }), (counts[other] ?? 0) >= 2, !nearChineseCity(span) {
                    countryID = other
                }
                // "the House of Representatives" in a story mostly about China is not China's: the gazetteer
                // knows China's legislature, and this name is not one of its names. The next country is meant.
                if let chosen = countryID, lacks(chosen) {
                    countryID = rankedCountries(counts).first { $0 != chosen && (counts[$0] ?? 0) >= 2 }
                }
                // "the Socialist Party" in a story about Li Peng in Paris: China has no party of that name the gazetteer
                // knows, France has; the country named most that has one is meant.
                if let chosen = countryID, words.last == "Party", !candidates.isEmpty, !candidates.contains(where: { entity($0)?.countries.first == chosen }),
                   let other = rankedCountries(counts).first(where: { c in candidates.contains { entity($0)?.countries.first == c } }) {
                    countryID = other
                }
            }
            guard let countryID, let country = entity(countryID) else {
                if span.rule == "organization.generic" { dropped.insert(n) }
                continue
            }
            var known = candidates.filter { entity($0)?.countries.first == countryID }
            // ("the Coast Guard" in a story from Puerto Rico: a territory's body that the gazetteer knows only of its sovereign
            // country is the sovereign's.)
            if known.isEmpty, let parent = country.parent, parent.hasBytePrefix("country/") {
                known = candidates.filter { entity($0)?.countries.first == parent }
            }
            // ("the Army" in a story about China is the People's Liberation Army: the one armed service of the country
            // whose name ends in the branch, when its name is not the country's adjective and the branch.)
            if service, known.isEmpty {
                let forces = gazetteer.entities.values.filter { e in
                    e.kind == .organization && e.type == "military" && e.countries.first == countryID && e.name.hasSuffix(" " + generic)
                }
                // (Only a service the gazetteer knows: a country without one of that name may have none, or call it otherwise.)
                guard forces.count == 1 else { dropped.insert(n); continue }
                known = forces.map(\.id)
            }
            // "the Foreign Office" in 1992 is the Foreign and Commonwealth Office, not the office that followed it in
            // 2020: of a country's bodies of one name, each with its year of founding, the latest founded by the
            // article's year (by today's, when the article has none).
            if known.count > 1, known.allSatisfy({ entity($0)?.started != nil }) {
                let then = known.filter { entity($0)!.started! <= (year ?? Int.max) }
                if let latest = then.max(by: { (entity($0)!.started!, $1) < (entity($1)!.started!, $0) }) { known = [latest] }
            }
            if known.count == 1 {
                updated[n].entityID = known[0]
            } else {
                let name = body.name + " (" + country.name + ")"
                let id = "organization/" + Slug.make(name)
                var qualified = local[id] ?? Entity(id: id, kind: .organization, name: name)
                qualified.aliases = [country.name + " " + body.name] + country.adjectives.prefix(1).map { $0 + " " + body.name } + [body.name + " of " + country.name]
                // The name as the text wrote it, and its other order ("Interior Ministry", "Ministry of Interior"), and its acronym.
                qualified.aliases.append(body.name)
                qualified.aliases += body.aliases.filter { !qualified.aliases.contains($0) }
                if words.count == 2, words[1] == "Ministry" {
                    qualified.aliases += ["Ministry of " + words[0], "Ministry of the " + words[0]]
                } else if words.count == 3, words[0] == "Ministry", words[1] == "of" {
                    qualified.aliases.append(words[2] + " Ministry")
                }
                qualified.countries = [countryID]
                qualified.type = "found in text"
                local[id] = qualified
                updated[n].entityID = id
            }
            updated[n].rule = "organization.generic-name"
        }
        // The acronym of a generic name given a country goes with it ("MFA" after "Ministry of Foreign Affairs (MFA)").
        var renamed: [String: String] = [:]
        for n in candidates where spans[n].rule == "acronym.long-form" && updated[n].entityID != spans[n].entityID && !dropped.contains(n) {
            renamed[spans[n].entityID] = updated[n].entityID
        }
        if !renamed.isEmpty {
            for n in updated.indices where updated[n].rule == "acronym.defined" { if let to = renamed[updated[n].entityID] { updated[n].entityID = to } }
            for (acronym, id) in acronyms { if let to = renamed[id] { acronyms[acronym] = to } }
        }
        setSpans(updated.indices.filter { !dropped.contains($0) }.map { updated[$0] })
    }

    /// Where the minister of a ministry's portfolio is placed in the text ("Somaliland's Minister of Foreign Affairs and
    /// International Cooperation", "Kenya's Minister for Trade"): nil when no such minister is written with a place;
    /// .some(nil) when the place is no country the gazetteer knows; else the country.
    func ministerPlace(portfolioOf words: [String]) -> String?? {
        guard words.count >= 3, words[0] == "Ministry", ["of", "for"].contains(words[1]) else { return nil }
        let portfolio = Array(words[2...])
        for (u, toks) in tokens.enumerated() {
            for m in toks.indices where toks[m].is("Minister") && m + 1 + portfolio.count <= toks.count && toks[m + 1].is("of", "for") {
                guard (0..<portfolio.count).allSatisfy({ toks[m + 2 + $0].text == portfolio[$0] }) else { continue }
                // "Somaliland's Minister", "the Somali Minister": the place just before the title.
                var k = m - 1
                if k >= 2, toks[k].is("s"), toks[k - 1].is("'", "\u{2019}") { k -= 2 }
                guard k >= 0, toks[k].isCapitalized, !Lexicon.titleWords.contains(toks[k]), !Lexicon.notNames.contains(toks[k]), !toks[k].lowerIs("the") else { continue }
                if let place = coveringSpan(u, k) {
                    return place.entityID.hasBytePrefix("country/") ? .some(place.entityID) : nil
                }
                return .some(nil)
            }
        }
        return nil
    }

    /// "The Patriotic Front (PF) government" in a Zambian paper is Zambia's Patriotic Front; "the Democratic
    /// Progressive Party (DPP)" in Malawi is not Taiwan's. A body whose name several countries' bodies go by
    /// is the one of the outlet's country, else of the country the article names most (China aside, unless
    /// one of them is China's). When that country has no body of the name, the mention stays as it was.
    func resolveNamesakes() {
        guard !gazetteer.namesakes.isEmpty else { return }
        var counts: [String: Int]?
        var home: String??
        var renamed: [String: String] = [:]
        var decided = Set<String>()
        for span in spans where span.entityID.hasBytePrefix("organization/") && decided.insert(span.entityID).inserted {
            guard let name = entity(span.entityID)?.name, let candidates = gazetteer.namesakes[name] else { continue }
            if counts == nil { counts = countryCounts() }
            if home == nil { home = .some(outletHome(counts!)) }
            let countryOf = { (id: String) in self.entity(id)?.countries.first }
            let china = candidates.contains { countryOf($0) == "country/cn" }
            // ("the Colorado Party" in ABC Color on Taiwan's president in Asunción: of the countries with a party of that
            // name, Paraguay, named five times, not Uruguay, named once, whatever country the story names most.)
            let ranked = rankedCountries(counts!)
            let namesakeCountries = ranked.filter { c in candidates.contains { countryOf($0) == c } }
            // (Only a country the story is much about: "the Democratic Party" in a story on Hong Kong or Serbia that names
            // the United States in passing is not the American one.)
            let top = ranked.first { china || $0 != "country/cn" }.flatMap { counts![$0] } ?? 0
            let byNamesakes = candidates.count > 1 && !namesakeCountries.isEmpty
                && (namesakeCountries.count == 1 || counts![namesakeCountries[0]]! > counts![namesakeCountries[1]]!)
                && counts![namesakeCountries[0]]! >= 3 && counts![namesakeCountries[0]]! * 2 >= top ? namesakeCountries.first : nil
            guard let country = home! ?? byNamesakes ?? ranked.first(where: { china || $0 != "country/cn" }) else { continue }
            let chosen = candidates.filter { countryOf($0) == country }
            if chosen.count == 1, chosen[0] != span.entityID { renamed[span.entityID] = chosen[0] }
        }
        renameEntities(renamed)
    }

    /// Words after "Labour" (or "Liberal", "Conservative") that make it the party ("Labour's spokesman", "the Labour
    /// leader", "the Liberal majority in the Senate"), besides its members' words below.
    static let labourPartyNouns: TokenSet = [
        "party", "Party", "leader", "leaders", "leadership", "government", "governments", "spokesman", "spokeswoman",
        "spokesperson", "frontbencher", "frontbench", "politician", "politicians", "member", "members", "candidate", "candidates",
        "deputy", "opposition", "councillor", "peer", "minister", "ministers", "delegation",
        "conference", "manifesto", "chairman", "veteran", "left", "right", "wing", "administration", "victory", "voters",
        "majority", "caucus", "senator", "senators", "Leader", "Leaders", "Government", "Opposition",
        "backbencher", "backbench", "whip", "whips", "supporters", "activists",
        "rebels", "benches", "Cabinet", "cabinet", "meeting", "rally",
    ]

    /// The party's members, in one word or two halves ("Labour MPs", "a Labour back-bencher", "Labour left-wingers").
    static let labourPartyMembers: TokenSet = ["MP", "MPs", "MLA", "MLAs", "frontbenchers", "backbenchers", "peers", "councillors"]
    /// "M.P." written with stops, from token `k` ("Labour M.P. for Blackburn").
    static func isMPInitials(_ toks: TokenList, at k: Int) -> Bool {
        k + 2 < toks.count && toks[k].is("M") && toks[k + 1].is(".") && toks[k + 2].is("P")
    }
    static let labourPartyCompounds: Set<String> = [
        "left-winger", "left-wingers", "right-winger", "right-wingers", "back-bencher", "back-benchers", "front-bencher", "front-benchers",
    ]

    /// Countries whose parties English calls by an English word alone ("the Liberals", "a Labour MP").
    static let englishPartyCountries: Set<String> = [
        "country/gb", "country/au", "country/ca", "country/nz", "country/ie", "country/za", "country/in", "country/us", "country/jm",
        "country/tt", "country/bb", "country/mt", "country/sg", "country/my", "country/ng", "country/gh", "country/ke", "country/zm",
        "country/zw", "country/fj", "country/pg", "country/bs", "country/bz", "country/gy", "country/lk", "country/ph",
    ]

    /// Party names many countries share, by the word that stands for them alone: "Labour" for the Labour Party
    /// (or Labor Party), "Liberal" for the Liberal Party, "Conservative" for the Conservative Party. The later ones are
    /// common words in more places ("National", "Democrat", "Republican", "NDP"), and stand for a party only in a story
    /// about a country that has one of the name (`strict`).
    static let sharedPartyWords: [(words: [String], names: [String], strict: Bool)] = [
        (["Labour", "Labor"], ["Labour Party", "Labor Party"], false),
        (["Liberal", "Liberals"], ["Liberal Party"], false),
        (["Conservative", "Conservatives", "Tory", "Tories"], ["Conservative Party"], false),
        (["National", "Nationals"], ["National Party"], true),
        (["Democrat", "Democrats"], ["Democratic Party"], true),
        (["Republican", "Republicans"], ["Republican Party"], true),
        (["NDP"], ["New Democratic Party"], true),
    ]

    /// Every family's words, probed by each token's key before its family's words are compared.
    static let anyPartyWord = TokenSet(sharedPartyWords.flatMap(\.words))

    /// The party words that stand for the party alone, without a noun after them: "the Conservatives would not", "the
    /// Liberals, who campaigned", "the Tories lost", "a Democrat who sits on".
    static let pluralPartyWords: TokenSet = ["Liberals", "Conservatives", "Tories", "Nationals", "Democrats", "Republicans", "Democrat", "Republican", "NDP"]

    /// Verbs that make a party word before them the party, the sentence's subject: "Labour said the delay had cost",
    /// "National will vote for it", "When Labor recognised Peking".
    static let partySubjectVerbs: TokenSet = [
        "said", "says", "has", "had", "have", "will", "would", "won", "lost", "gave", "used", "voted", "votes", "called", "wants",
        "wanted", "promised", "is", "was", "could", "should", "may", "might", "must", "did", "does", "led", "leads", "took",
        "opposed", "opposes", "supported", "supports", "backed", "backs", "argued", "argues", "claimed", "claims", "insisted",
        "accused", "welcomed", "recognised", "recognized", "formed", "held", "holds", "announced", "pledged", "vowed", "refused",
        "rejected", "demanded", "proposed", "agreed", "criticised", "criticized",
    ]

    /// Those of the verbs only a party (or a person) does.
    static let partyActs: TokenSet = [
        "said", "says", "will", "would", "won", "lost", "voted", "wants", "promised", "pledged", "vowed", "accused", "welcomed",
        "called", "opposed", "opposes", "supported", "supports", "backed", "argued", "argues", "claimed", "insisted", "refused",
        "rejected", "demanded", "proposed", "criticised", "criticized", "announced",
    ]

    /// "Labour's spokesman on foreign affairs", "the Labour leader", "the British Labour party", "Liberal Leader John
    /// Turner": "Labour" (or "Labor", "Liberal", "Conservative") alone, where the words after it make it a party, is the
    /// party of that name of the country named right before it, else of the paper's country, else of the country the
    /// story names most that has one. A common word otherwise: "Labour Day", "the Ministry of Labour" (names the
    /// gazetteer knows) and "Labour costs rose" at a sentence's start are left alone.
    func tagBareLabourParties() {
        // (One pass finds every family's words; each family then reads only its own.)
        var positions: [(unit: Int, token: Int)] = []
        for u in units.indices {
            let toks = tokens[u]
            for k in toks.indices where toks[k].isCapitalized && Self.anyPartyWord.contains(toks[k]) { positions.append((u, k)) }
        }
        guard !positions.isEmpty else { return }
        for family in Self.sharedPartyWords {
            let own = positions.filter { p in family.words.contains(where: { tokens[p.unit][p.token].is($0) }) }
            if !own.isEmpty { tagBareParties(family.words, names: family.names, strict: family.strict, at: own) }
        }
    }

    func tagBareParties(_ words: [String], names: [String], strict: Bool, at positions: [(unit: Int, token: Int)]) {
        var candidates: [String]?
        var home: String??
        var pluralHome: String??
        var additions: [(Span, Entity)] = []
        var replaced: [Span] = []
        for (u, k) in positions {
            let toks = tokens[u]
            do {
                guard !isCovered(u, k) else { continue }
                // "The Conservatives would not", "the Tories lost": the plural after "the" is the party ("Tories" anywhere);
                // "a Democrat who sits on the committee"; "Labour said", "National will vote": a verb after the word alone.
                // ("Christian Democrats", "Senate Democrats": not after another capitalised word.)
                let afterName = k > 0 && toks[k - 1].isCapitalized && !toks[k - 1].is("The", "When", "While", "But", "And", "If") && !toks[k - 1].is("A")
                // ("The Republican said he would": a singular after "the" is a person; "a Democrat who" is a member.)
                let singular = toks[k].is("Democrat", "Republican")
                let standalone = !afterName && ((Self.pluralPartyWords.contains(toks[k])
                        && ((k > 0 && (singular ? toks[k - 1].is("a", "A") : toks[k - 1].is("the", "The"))) || toks[k].is("Tories", "NDP")))
                    // ("The National said" is a newspaper: no singular word after "the" before a verb.)
                    || (k + 1 < toks.count && Self.partySubjectVerbs.contains(toks[k + 1]) && !(k > 0 && toks[k - 1].is("of", "the", "The")) && !singular
                        // (At a sentence's start, only a verb of what a party does: "Labour said", not "Labour is scarce".)
                        && (!(k == 0 || toks[k - 1].is(".", ":", "\"")) || Self.partyActs.contains(toks[k + 1]))))
                let plural = standalone
                guard k + 1 < toks.count || plural else { continue }
                let possessive = k + 2 < toks.count && toks[k + 1].is("'") && !toks[k + 1].spaceBefore && toks[k + 2].is("s")
                // ("the Labour back benches": "back" only before benches; "Labour M.P. for Blackburn".)
                // ("Australia's National Cabinet" is no party's cabinet.)
                // ("Labour left-wingers", "one Labour back-bencher": a member's word in two halves.)
                let compound = k + 3 < toks.count && toks[k + 2].is("-") && !toks[k + 2].spaceBefore && !toks[k + 3].spaceBefore
                    && Self.labourPartyCompounds.contains(toks[k + 1].lower + "-" + toks[k + 3].lower)
                let member = compound || (k + 1 < toks.count && (Self.labourPartyMembers.contains(toks[k + 1]) || Self.isMPInitials(toks, at: k + 1)))
                let noun = k + 1 < toks.count && !(strict && toks[k + 1].lowerIs("cabinet")) && (Self.labourPartyNouns.contains(toks[k + 1]) || member
                    || (toks[k + 1].is("back", "front") && k + 2 < toks.count && toks[k + 2].is("benches", "bench")))
                    && toks[k + 1].spaceBefore
                guard possessive || noun || plural else { continue }
                // ("Labour costs rose": a sentence's first word is a party only before "'s", "party" or a title: "Liberal Leader John Turner".)
                // ('"...," Labour leader Sir Keir Starmer said': a quote that closes on a comma goes on into its attribution.)
                let starts = k == 0 || toks[k - 1].is(".", ":") || (toks[k - 1].is("\"") && !(k >= 2 && toks[k - 2].is(",")))
                // ("Labour left-wingers were in open revolt", "Labour MPs voted": the party's members, at the start too.)
                guard !starts || possessive || plural || member || toks[k + 1].lowerIs("party") || toks[k + 1].isCapitalized else { continue }
                if candidates == nil {
                    candidates = names.flatMap { gazetteer.namesakes[$0] ?? [] }
                }
                guard let all = candidates, !all.isEmpty else { return }
                // "the British Labour party": the country named right before it.
                let before = k > 0 ? coveringSpan(u, k - 1) : nil
                let named = before.flatMap { $0.last == k - 1 && $0.entityID.hasBytePrefix("country/") ? $0 : nil }
                // Else the paper's own country, else the country the story names most of those with such a party.
                if home == nil {
                    let homes = Set(all.compactMap { self.entity($0)?.countries.first })
                    let paper = outlet.flatMap { self.entity($0.id)?.countries.first }.flatMap { homes.contains($0) ? $0 : nil }
                    // ("Liberal MP for Truro" in an English paper that names Britain and Brazil once each: a party word
                    // used alone in English is an English-speaking country's party before another's.)
                    // (The people the story names count for their countries here: "the Labour front bench. Harold Wilson, who ..."
                    // in a story that names Britain and Australia once each.)
                    var people: [String: Int] = [:]
                    for span in spans where span.entityID.hasBytePrefix("person/") {
                        if let c = entity(span.entityID)?.countries.first { people[c, default: 0] += 1 }
                    }
                    let ranked = rankedCountries(countryCounts().merging(people, uniquingKeysWith: +))
                    let english = language == "en" ? ranked.first { homes.contains($0) && Self.englishPartyCountries.contains($0) } : nil
                    home = .some(paper ?? english ?? ranked.first { homes.contains($0) })
                    // ("Several opposition parties, among them the Liberals" in a Swedish paper's story that names Britain
                    // once: the plural with no word of party after it only for the paper's country or the one the story
                    // is most about, an English-speaking one in English.)
                    // (A paper's country that only its name's city gave, "The London Free Press", is no ground here.)
                    let counts = countryCounts()
                    let top = dominantCountry(withCityCountries(counts)).flatMap { homes.contains($0) && (language != "en" || Self.englishPartyCountries.contains($0)) ? $0 : nil }
                    pluralHome = .some(outletHome(counts).flatMap { homes.contains($0) ? $0 : nil } ?? top)
                }
                // (Not a party founded after the article's year: Nigeria's Labour Party of 2002 in a story of 1964.)
                guard let country = named?.entityID ?? (strict || (plural && !noun && !possessive) ? pluralHome! : home!),
                      let party = all.first(where: { entity($0)?.countries.first == country && entity($0)?.type == "party" && (entity($0)?.started ?? Int.min) <= (year ?? Int.max) }),
                      let e = entity(party) else { continue }
                let last = k + 1 < toks.count && toks[k + 1].lowerIs("party") ? k + 1 : k
                if let named { replaced.append(named) }
                additions.append((Span(unit: u, first: named?.first ?? k, last: last, entityID: party, rule: "organization.bare-party"), e))
            }
        }
        addFound(additions, replacing: replaced)
    }

    /// Words a party's name may be made of alone and still be the name of parties in many countries ("United Democratic
    /// Alliance", "National Democratic Congress", "People's Progressive Party").
    static let commonPartyNameWords: Set<String> = [
        "United", "Democratic", "Alliance", "National", "Party", "Congress", "People's", "Peoples", "Progressive", "Liberal", "Front",
        "Movement", "Union", "Republican", "Socialist", "Labour", "Labor", "Green", "Conservative", "Popular", "Patriotic", "Reform",
        "New", "Freedom", "Justice", "Development", "Forum", "Rally", "Citizens", "Unity", "Independent", "Social", "Christian",
        "Workers", "Federal", "Revolutionary", "Convention", "Coalition", "Change", "Renewal", "Action", "for", "and", "of", "the",
    ]

    /// "United Democratic Alliance (UDA) candidate Hakainde Hichilema" in a Zambian story: a known party whose name is made
    /// of words many countries' parties share, in a story that never names its country (the gazetteer's is Kenya's), is the
    /// party of that name of the country the story is about: found in the text, named with its country in brackets as
    /// the gazetteer names namesakes ("United Democratic Alliance (Zambia)").
    func resolveForeignNamesakeParties() {
        var counts: [String: Int]?
        var renamed: [String: String] = [:]
        var decided = Set<String>()
        for span in spans where span.entityID.hasBytePrefix("organization/") && decided.insert(span.entityID).inserted {
            guard let e = gazetteer.entities[span.entityID], e.type == "party", e.countries.count == 1,
                  e.name.split(separator: " ").allSatisfy({ Self.commonPartyNameWords.contains(String($0)) }) else { continue }
            if counts == nil { counts = countryCounts() }
            guard counts![e.countries[0]] == nil else { continue }
            let ranked = rankedCountries(counts!).filter { $0 != "country/cn" }
            guard let home = outletHome(counts!) ?? ranked.first, counts![home]! >= 2, ranked.count < 2 || counts![ranked[1]]! < counts![home]!,
                  let country = entity(home) else { continue }
            let name = e.name + " (" + country.name + ")"
            let id = "organization/" + Slug.make(name)
            var party = local[id] ?? Entity(id: id, kind: .organization, name: name)
            party.type = "found in text"
            party.countries = [home]
            party.aliases = e.aliases.filter { $0.allSatisfy { $0.isUppercase || $0.isNumber } }
            local[id] = party
            renamed[span.entityID] = id
        }
        renameEntities(renamed)
    }

    /// "A Foreign Ministry spokesman in Beijing", "the Ministry of Finance in Dar es Salaam": the country of the city
    /// the body, or one of its people, is said to be in. (Asked of ministries only: "the General Assembly in Dubai"
    /// is where a body met, not whose it is.)
    func placeAfterBody(_ span: Span) -> String? {
        let toks = tokens[span.unit]
        var k = span.last + 1
        while k < toks.count, k - span.last <= 2, toks[k].isLowercase, !toks[k].is("in") { k += 1 }
        guard k + 1 < toks.count, toks[k].is("in"), let code = Lexicon.placeCountriesByKey[Lexicon.placeKey(toks[k + 1].text)] else { return nil }
        return "country/" + code.lowercased()
    }

    /// Whether the sentence of a span, or the one before it, names a city of China ("a Foreign Ministry spokesman in Beijing").
    func nearChineseCity(_ span: Span) -> Bool {
        let toks = tokens[span.unit]
        let s = sentenceStart(span.unit, span.first)
        let from = s > 1 ? sentenceStart(span.unit, s - 2) : s
        var end = span.last + 1
        while end < toks.count, !toks[end].is(".", "!", "?") { end += 1 }
        return (from..<end).contains { Lexicon.placeCountries[toks[$0].text] == "CN" }
    }

    /// "the Senate", "Congress", "Parliament" standing alone, written with a capital inside a
    /// sentence: marked as a generic body for `qualifyGenericBodies` to give a country or drop.
    /// The English generic name of a ministry named by its portfolio in French, Spanish, Portuguese or Italian
    /// ("Affaires étrangères", "Relaciones Exteriores", "Negócios Estrangeiros", "Esteri"), when the gazetteer knows
    /// bodies by that name.
    func englishMinistry(portfolio: String) -> String? {
        guard let english = Self.foreignPortfolios[portfolio] ?? Self.foreignPortfolios[portfolio.lowercased()] else { return nil }
        return englishGeneric(english)
    }

    /// The first of an English generic name's usual forms that the gazetteer knows bodies by.
    func englishGeneric(_ name: String) -> String? {
        let forms = [name, name.replacingOccurrences(of: "Defence", with: "Defense"), name.replacingOccurrences(of: "the Interior", with: "Interior"),
                     name.replacingOccurrences(of: "Commerce", with: "Trade")]
        return forms.first { gazetteer.genericNames[$0] != nil }
    }

    static let romanceMinistryWords: TokenSet = ["Ministerio", "ministerio", "Ministério", "ministério", "Ministero", "ministero"]
    static let romancePortfolioLinks: TokenSet = ["de", "del", "da", "do", "das", "dos", "degli", "della", "dell", "dello", "delle", "dei"]

    /// Portfolios in French, Spanish, Portuguese and Italian, and the English generic ministry of each.
    static let foreignPortfolios: [String: String] = {
        var table: [String: String] = [:]
        let groups: [(String, [String])] = [
            ("Ministry of Foreign Affairs", ["Affaires étrangères", "Affaires Etrangères", "Relaciones Exteriores", "Asuntos Exteriores", "Exteriores",
                                              "Negócios Estrangeiros", "Relações Exteriores", "Esteri", "Affari Esteri"]),
            ("Ministry of the Interior", ["Intérieur", "Interior", "Interno", "Administração Interna"]),
            ("Ministry of Defence", ["Défense", "Armées", "Defensa", "Defesa", "Difesa"]),
            ("Ministry of Finance", ["Finances", "Hacienda", "Finanzas", "Finanças", "Fazenda", "Economia e delle Finanze"]),
            ("Ministry of Health", ["Santé", "Salud", "Sanidad", "Saúde", "Salute"]),
            ("Ministry of Justice", ["Justice", "Justicia", "Justiça", "Giustizia"]),
            ("Ministry of Economy", ["Économie", "Economie", "Economía", "Economia"]),
            // (Not "Comercio Exterior": a ministry of foreign trade is another body, often another country's.)
            ("Ministry of Commerce", ["Commerce", "Comercio", "Comércio", "Commercio"]),
            ("Ministry of Education", ["Éducation nationale", "Education nationale", "Éducation", "Educación", "Educação", "Istruzione"]),
            ("Ministry of Agriculture", ["Agriculture", "Agricultura", "Agricoltura"]),
            ("Ministry of Culture", ["Culture", "Cultura"]),
            ("Ministry of Transport", ["Transports", "Transportes", "Trasporti"]),
            ("Ministry of Energy", ["Énergie", "Energía", "Energia"]),
        ]
        for (english, names) in groups { for n in names { table[n] = english; table[n.lowercased()] = english } }
        return table
    }()

    /// International and national bodies in Spanish, Portuguese, Italian, French and German, by the English generic name
    /// the gazetteer's bodies go by.
    static let genericTranslations: [String: String] = {
        var table: [String: String] = [:]
        let groups: [(String, [String])] = [
            ("Security Council", ["Consejo de Seguridad", "Conselho de Segurança", "Consiglio di Sicurezza", "Conseil de sécurité", "Conseil de Sécurité", "Sicherheitsrat"]),
            ("General Assembly", ["Asamblea General", "Assembleia Geral", "Assemblea Generale", "Assemblée générale", "Assemblée Générale", "Generalversammlung", "Vollversammlung"]),
            ("Army", ["Ejército", "Ejército de Tierra", "Exército", "Esercito", "Armée de terre", "Armée de Terre"]),
            ("Navy", ["Armada", "Marinha", "Marina Militare", "Marine nationale", "Marine Nationale"]),
            ("Air Force", ["Ejército del Aire", "Fuerza Aérea", "Força Aérea", "Aeronautica Militare", "Armée de l'air", "Armée de l'Air"]),
        ]
        for (english, names) in groups { for n in names { table[n] = english } }
        return table
    }()

    /// German ministries written as one word (after "Bundes", and without an inflection's "s"), in English.
    static let germanMinistries: [String: String] = [
        "Außenministerium": "Ministry of Foreign Affairs", "Innenministerium": "Ministry of the Interior",
        "Verteidigungsministerium": "Ministry of Defence", "Finanzministerium": "Ministry of Finance",
        "Gesundheitsministerium": "Ministry of Health", "Justizministerium": "Ministry of Justice",
        "Wirtschaftsministerium": "Ministry of Economy", "Bildungsministerium": "Ministry of Education",
        "Landwirtschaftsministerium": "Ministry of Agriculture", "Agrarministerium": "Ministry of Agriculture",
        "Verkehrsministerium": "Ministry of Transport", "Handelsministerium": "Ministry of Commerce",
    ]

    /// A generic national body found in the text ("Foreign Ministry", "Parliament", "Ministère de la Santé"), to be given
    /// its country by `qualifyGenericBodies`.
    func addGenericBody(_ name: String, unit u: Int, first: Int, last: Int) {
        let id = "organization/" + Slug.make(name)
        if local[id] == nil {
            var e = Entity(id: id, kind: .organization, name: name)
            e.type = "found in text"
            local[id] = e
        }
        addSpan(Span(unit: u, first: first, last: last, entityID: id, rule: "organization.generic"))
    }

    func markOneWordLegislatures() {
        for u in units.indices where units[u].kind != .heading {
            let toks = tokens[u]
            // "foreign ministry spokesman Hong Lei", "a defence ministry official": a ministry named in lower case
            // by the role of someone speaking for it.
            // ("the health ministry hoped", "the Houthi-run health ministry in Sanaa": the same after "the", or after a
            // hyphened word of who runs it.)
            func definite(_ i: Int) -> Bool {
                i >= 2 && (toks[i - 2].lowerIs("the") || (i >= 4 && toks[i - 2].is("run", "led", "controlled") && toks[i - 3].is("-") && !toks[i - 3].spaceBefore))
            }
            for i in toks.indices where toks[i].is("ministry") && i > 0 && Lexicon.lowercaseMinistryPortfolios.contains(toks[i - 1])
                && ((i + 1 < toks.count && toks[i + 1].is("spokesman", "spokeswoman", "spokesperson", "official", "officials", "statement")) || definite(i))
                && !isCovered(u, i - 1) && !isCovered(u, i) {
                let name = toks[i - 1].text.withCapitalFirst + " Ministry"
                addGenericBody(name, unit: u, first: i - 1, last: i)
            }
            // "par le ministère de la Santé et ses partenaires": French writes its ministries in lower case; the name runs to
            // the portfolio's last capitalised word ("ministère de la Santé publique" is the "Ministère de la Santé").
            for i in toks.indices where toks[i].is("ministère") && i + 2 < toks.count && toks[i + 1].is("de", "du", "des") && !isCovered(u, i) {
                var k = i + 1
                var last: Int?
                while k < toks.count, k - i < 12, !isCovered(u, k) {
                    if toks[k].isCapitalized && toks[k].isWord { last = k } else if !(toks[k].is("de", "du", "des", "la", "l") || toks[k].is("'", "\u{2019}", "et", ",")) { break }
                    k += 1
                }
                guard var last else { continue }
                // ("ministère de la Santé publique" is Cameroon's "Ministère de la Santé publique" when the gazetteer knows that name.)
                if last + 1 < toks.count, toks[last + 1].isLowercase, toks[last + 1].isWord,
                   gazetteer.genericNames["Ministère " + text(of: toks, from: i + 1, to: last + 1, in: u)] != nil {
                    last += 1
                }
                let name = "Ministère " + text(of: toks, from: i + 1, to: last, in: u)
                if gazetteer.genericNames[name] != nil {
                    addGenericBody(name, unit: u, first: i, last: last)
                } else {
                    // ("le ministère des Affaires étrangères": a French name the gazetteer knows no body by, in English.)
                    var from = i + 2
                    if from + 1 < toks.count, toks[from].is("la") { from += 1 } else if from + 1 < toks.count, toks[from].is("l"), toks[from + 1].is("'", "\u{2019}") { from += 2 }
                    let longer = last + 1 < toks.count && toks[last + 1].isLowercase && toks[last + 1].isWord ? last + 1 : last
                    for end in Set([longer, last]).sorted(by: >) where from <= end {
                        if let english = englishMinistry(portfolio: text(of: toks, from: from, to: end, in: u)) {
                            addGenericBody(english, unit: u, first: i, last: end)
                            break
                        }
                    }
                }
            }
            // "el Ministerio de Relaciones Exteriores", "o Ministério dos Negócios Estrangeiros", "il ministero degli Esteri":
            // a ministry in Spanish, Portuguese or Italian, named by its portfolio, is the English generic body.
            // ("el Ministerio de Asuntos Exteriores que dirige Francisco Fernández Ordóñez": or the same name, found by its
            // capitals as a body of its own.)
            for i in toks.indices where Self.romanceMinistryWords.contains(toks[i]) && i + 2 < toks.count {
                let found = coveringSpan(u, i)
                guard found.map({ $0.first == i && $0.rule == "organization.name-pattern" && local[$0.entityID] != nil }) ?? true else { continue }
                func free(_ j: Int) -> Bool { found.map { j <= $0.last } ?? false || !isCovered(u, j) }
                var k = i + 1
                guard Self.romancePortfolioLinks.contains(toks[k]) else { continue }
                k += 1
                if k + 1 < toks.count, toks[k].is("'", "\u{2019}") { k += 1 }  // "dell'Interno"
                var best: (last: Int, english: String)?
                var j = k
                while j < min(toks.count, k + 7), free(j), toks[j].isWord || toks[j].is(",") {
                    if let english = englishMinistry(portfolio: text(of: toks, from: k, to: j, in: u)) { best = (j, english) }
                    j += 1
                }
                guard let best, found.map({ best.last >= $0.last }) ?? true else { continue }
                if let found { setSpans(spans.filter { $0 != found }) }
                addGenericBody(best.english, unit: u, first: i, last: best.last)
            }
            // "das Auswärtige Amt", "das chinesische Außenministerium": German ministries in one word (or two).
            // (Every such name has "ministerium" in it: tested on the bytes before any string is made.)
            for i in toks.indices where toks[i].isCapitalized && toks[i].characterCount >= 10 && toks[i].text.containsBytes("ministerium") && !isCovered(u, i) {
                var word = toks[i].text
                if word.hasPrefix("Bundes") { word = String(word.dropFirst(6)).withCapitalFirst }
                if word.hasSuffix("ums") { word = String(word.dropLast()) }
                guard let english = Self.germanMinistries[word], let known = englishGeneric(english) else { continue }
                addGenericBody(known, unit: u, first: i, last: i)
            }
            for i in toks.indices where i + 1 < toks.count && toks[i].is("Auswärtige", "Auswärtigen", "Auswärtiges") && toks[i + 1].is("Amt", "Amtes", "Amts")
                && !isCovered(u, i) && !isCovered(u, i + 1) {
                if let known = englishGeneric("Ministry of Foreign Affairs") { addGenericBody(known, unit: u, first: i, last: i + 1) }
            }
            // "The Navy is monitoring the area", "the Army's demand", "the Air Force's technical centre": an armed service by its
            // branch, after "the" (not "the Army Staff", "the Navy SEALs", "the Army of the Republic of Vietnam").
            for i in toks.indices where i > 0 && toks[i - 1].is("the", "The") && toks[i].is("Army", "Navy", "Air") && !isCovered(u, i) {
                var last = i
                if toks[i].is("Air") {
                    guard i + 1 < toks.count, toks[i + 1].is("Force"), !isCovered(u, i + 1) else { continue }
                    last = i + 1
                }
                if last + 1 < toks.count, toks[last + 1].spaceBefore, toks[last + 1].isCapitalized { continue }
                if last + 2 < toks.count, toks[last + 1].is("of"), toks[last + 2].isCapitalized { continue }
                addGenericBody(last == i ? toks[i].text : "Air Force", unit: u, first: i, last: last)
            }
            for i in toks.indices where Lexicon.oneWordNationalBodies.contains(toks[i]) && !isCovered(u, i) {
                // Not a word of a longer name ("Congress Party", "Parliament House", "European Parliament").
                if i > 0, toks[i - 1].isCapitalized, toks[i - 1].spaceBefore || i == 1, !toks[i - 1].is("The", "the"),
                   !(i == 1 || toks[i - 2].is(".", "\"", ":", "(", "\u{201C}")) { continue }
                if i > 0, toks[i - 1].isCapitalized, !toks[i - 1].is("The", "the"), !toks[i - 1].isWord || toks[i - 1].characterCount > 1 { continue }
                if i + 1 < toks.count, toks[i + 1].spaceBefore, toks[i + 1].isCapitalized { continue }
                if i + 2 < toks.count, toks[i + 1].is("of"), toks[i + 2].isCapitalized { continue }
                // A sentence's first word may be a plain word ("Parliament" rarely is, "Diet" may be food).
                if i == 0 || toks[i - 1].is(".", "\"", "\u{201C}"), toks[i].is("Diet", "House") { continue }
                // "the President's House", "the Prime Minister's House": a residence.
                if toks[i].is("House"), i >= 2, toks[i - 1].is("s", "'") || toks[i - 1].is("\u{2019}") { continue }
                if toks[i].is("Treasury"), i + 1 < toks.count, Lexicon.treasuryInstruments.contains(toks[i + 1]) { continue }
                // ("set up by Act of Parliament last year": a kind of law, named by the body that passes such laws.)
                if i >= 2, toks[i - 1].is("of"), toks[i - 2].is("Act", "Acts") { continue }
                let name = toks[i].text
                addGenericBody(name, unit: u, first: i, last: i)
            }
        }
    }

    /// The country with the most mentions, when it clearly leads (two or more,
    /// and more than any other).
    func countryCounts() -> [String: Int] {
        var counts: [String: Int] = [:]
        for span in spans where span.entityID.hasBytePrefix("country/") { counts[span.entityID, default: 0] += 1 }
        return counts
    }

    func rankedCountries(_ counts: [String: Int]) -> [String] {
        counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
    }

    /// The country of the article's outlet (front matter `source`, when the gazetteer knows it as a national
    /// body), if it is among the two countries the article names most, by name or by their cities.
    func outletHome(_ counts: [String: Int]) -> String? {
        guard let id = outlet?.id, let home = entity(id)?.countries.first, counts[home] != nil else { return nil }
        // Cities count for their countries here: "the most unusual document Seoul has signed".
        return rankedCountries(withCityCountries(counts)).prefix(2).contains(home) ? home : nil
    }

    /// Country counts with the mentions of each country's cities added.
    func withCityCountries(_ counts: [String: Int]) -> [String: Int] {
        counts.merging(cityCountries(), uniquingKeysWith: +)
    }

    /// Countries by the mentions of their cities ("Seoul", "Kinshasa"), as country ids.
    func cityCountries() -> [String: Int] {
        var counts: [String: Int] = [:]
        for toks in tokens {
            for t in toks where t.isCapitalized {
                if let code = Lexicon.placeCountries[t.text] { counts["country/" + code.lowercased(), default: 0] += 1 }
            }
        }
        return counts
    }

    func dominantCountry(_ counts: [String: Int]) -> String? {
        let ranked = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        guard let top = ranked.first, top.value >= 2 else { return nil }
        if ranked.count > 1, ranked[1].value == top.value { return nil }
        return top.key
    }

    /// "In Vietnam, the National Assembly ...": the country a sentence opens with.
    func openingCountry(_ span: Span) -> String? {
        let toks = tokens[span.unit]
        let s = sentenceStart(span.unit, span.first)
        guard s + 2 < span.first, toks[s].is("In", "At", "For") else { return nil }
        if let place = coveringSpan(span.unit, s + 1), place.first == s + 1, place.entityID.hasBytePrefix("country/"),
           place.last + 1 < toks.count, toks[place.last + 1].is(",") {
            return place.entityID
        }
        // "In Taipei, the Nationalist Government's Ministry of Foreign Affairs": a city opening the sentence.
        if toks[s].is("In"), let (country, last) = placeCountry(span.unit, from: s + 1), last + 1 < span.first, toks[last + 1].is(",") {
            return country
        }
        return nil
    }

    /// The country of a sentence's subject when it opens with a country's name or demonym and a noun in lower case
    /// ("The United States delegation", not "The Australian Government", a name of its own), before `span`.
    func subjectCountry(_ span: Span) -> String? {
        let toks = tokens[span.unit]
        var k = sentenceStart(span.unit, span.first)
        if k < toks.count, toks[k].is("The") { k += 1 }
        guard k < span.first, let place = coveringSpan(span.unit, k), place.first == k, place.entityID.hasBytePrefix("country/"),
              place.last + 1 < span.first, toks[place.last + 1].isLowercase, toks[place.last + 1].isWord,
              Self.subjectNouns.contains(toks[place.last + 1]) else { return nil }
        return place.entityID
    }
    static let subjectNouns: TokenSet = ["delegation", "government", "administration", "negotiators", "team", "president", "leader"]

    /// The one country among those of the people, bodies and countries named in the sentence before a span that has a
    /// body among `candidates` (not a party: "Rahul Gandhi said Congress" is for the story's country to settle).
    /// (Only before it: "the approval of Congress and of the Fund's board, where the United States is the largest
    /// shareholder" in an Argentine paper is Argentina's Congress.)
    func sentenceBodyCountry(_ span: Span, _ candidates: [String]) -> String? {
        let toks = tokens[span.unit]
        let bodies = Set(candidates.compactMap { id in entity(id).flatMap { $0.type == "party" ? nil : $0.countries.first } })
        guard !bodies.isEmpty else { return nil }
        var found: String?
        var k = sentenceStart(span.unit, span.first)
        while k < span.first {
            guard let other = coveringSpan(span.unit, k) else { k += 1; continue }
            let country: String?
            if other.entityID.hasBytePrefix("country/") { country = other.entityID }
            else if other.entityID.hasBytePrefix("person/") || other.entityID.hasBytePrefix("organization/") { country = entity(other.entityID)?.countries.first }
            else { country = nil }
            if let country, bodies.contains(country) {
                if let found, found != country { return nil }
                found = country
            }
            k = max(k + 1, other.last + 1)
        }
        return found
    }

    /// "In Taipei, Foreign Minister Chow Shu-kai summoned the American Ambassador ... '...,' the Foreign
    /// Ministry said": the scene the story last set with a sentence opening "In <place>," in this paragraph
    /// or the one before, when no other place opens a sentence in between.
    func sceneCountry(_ span: Span) -> String? {
        var u = span.unit
        var end = span.first
        while u >= 0, u >= span.unit - 1 {
            guard units[u].kind == .paragraph || u == span.unit else { break }
            let toks = tokens[u]
            var k = end - 1
            while k >= 0 {
                let s = sentenceStart(u, k)
                if s + 2 < toks.count, toks[s].is("In", "At") {
                    if let place = coveringSpan(u, s + 1), place.first == s + 1, place.entityID.hasBytePrefix("country/"),
                       place.last + 1 < toks.count, toks[place.last + 1].is(",") {
                        return place.entityID
                    }
                    if let (country, last) = placeCountry(u, from: s + 1), last + 1 < toks.count, toks[last + 1].is(",") { return country }
                }
                k = s - 1
            }
            u -= 1
            end = u >= 0 ? tokens[u].count : 0
        }
        return nil
    }

    /// The country of the city named from token `a` of a unit (its longest name there), with its last token.
    func placeCountry(_ u: Int, from a: Int) -> (String, Int)? {
        let toks = tokens[u]
        guard a < toks.count, toks[a].isCapitalized else { return nil }
        var b = min(toks.count - 1, a + 5)
        while b >= a {
            if toks[b].isWord, let code = Lexicon.placeCountriesByKey[Lexicon.placeKey(text(of: toks, from: a, to: b, in: u))] {
                let id = "country/" + code.lowercased()
                return gazetteer.entities[id] == nil ? nil : (id, b)
            }
            b -= 1
        }
        return nil
    }

    /// The country of the article's dateline: a city opening its first paragraph and followed by
    /// punctuation ("BEIJING (Reuters) -", "NAIROBI, Dec. 5 (Xinhua) --", "Dar es Salaam.").
    func datelineCountry() -> String? {
        guard let u = units.indices.first(where: { units[$0].kind == .paragraph }), let (country, last) = placeCountry(u, from: 0),
              last + 1 < tokens[u].count, tokens[u][last + 1].is(",", ".", "(", "-") else { return nil }
        return country
    }

    /// The country of the person whose office names the body: "Jiang Zemin, the Communist
    /// Party's general secretary" (a person the gazetteer places), "Hua Guofeng, the Chinese
    /// Prime Minister and Chairman of the Communist Party" (a title with its country).
    /// Verbs of visiting and meeting: what follows them is not where the subject holds office.
    static let visitVerbs: Set<String> = ["addressed", "addresses", "visited", "visits", "toured", "met", "meets", "briefed", "lobbied"]

    func holderCountry(_ span: Span) -> String? {
        let toks = tokens[span.unit]
        let start = max(sentenceStart(span.unit, span.first), span.first - 14)
        var k = span.first - 1
        var comma = false
        while k >= start {
            let t = toks[k]
            if t.is(";", ":", "\"", "(", ")") { return nil }
            // ("Chinese President, Hu Jintao, yesterday told a joint session of the National Assembly": a body the person
            // speaks to or visits is no office of theirs.)
            if Lexicon.speechVerbs.contains(t) || Self.visitVerbs.contains(t.text) { return nil }
            if t.is(",") {
                // Past the apposition's comma: the person it describes, if the gazetteer places them.
                if comma { return nil }
                comma = true
                if k > 0, let person = coveringSpan(span.unit, k - 1), person.entityID.hasBytePrefix("person/"),
                   let country = entity(person.entityID)?.countries.first {
                    return country
                }
            } else if !comma, let place = coveringSpan(span.unit, k), place.last == k, place.entityID.hasBytePrefix("country/"),
                      place.last + 1 < span.first, Self.titleTrie.longestMatch(in: toks, at: place.last + 1) != nil,
                      toks[(place.last + 1)..<span.first].contains(where: { $0.is("of", "'s") || $0.is("and") }),
                      !((place.last + 1)..<span.first).contains(where: { coveringSpan(span.unit, $0)?.entityID.hasBytePrefix("person/") ?? false }) {
                // "the Chinese Prime Minister and Chairman of the Communist Party" (not "Chinese Ambassador Yao Jing and
                // officials from the Ministry of Foreign Affairs": a title whose holder is named is done).
                return place.entityID
            }
            k -= 1
        }
        return nil
    }

    /// "foreign ministry spokesman Wang Wenbin", "Communist Party Chairman Hua Kuo-feng": the country of
    /// the person the gazetteer knows, named right after the body and their role.
    func spokespersonCountry(_ span: Span) -> String? {
        let toks = tokens[span.unit]
        var k = span.last + 1
        while k < toks.count, k - span.last <= 3,
              (toks[k].isLowercase && Self.isRoleNoun(toks[k].text)) || (toks[k].isCapitalized && Lexicon.titleWords.contains(toks[k])) { k += 1 }
        guard k > span.last + 1, k < toks.count, let person = coveringSpan(span.unit, k), person.first == k, person.entityID.hasBytePrefix("person/") else { return nil }
        return entity(person.entityID)?.countries.first
    }

    /// Titles abbreviated with a full stop that ends no sentence ("Mr. Guelleh", "Gen. Zamir").
    static let abbreviatedTitles: Set<String> = [
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Capt", "Maj", "Sgt", "Gov", "Amb", "Sen", "Rep", "Hon", "Rev",
        "Brig", "Adm", "Cdr", "Cde", "Engr", "Messrs", "Mme", "Mlle", "Pres", "Sec", "Supt", "Insp",
    ]

    /// The first token of the sentence holding token `i`.
    func sentenceStart(_ u: Int, _ i: Int) -> Int {
        let toks = tokens[u]
        var k = i
        while k > 0 {
            let t = toks[k - 1]
            if t.is(".", "!", "?"), toks[k].spaceBefore,
               !(k >= 2 && toks[k - 2].isWord && toks[k - 2].characterCount == 1),  // "U.S. officials"
               !(t.is(".") && k >= 2 && Self.abbreviatedTitles.contains(toks[k - 2].text) && toks[k].isCapitalized) {  // "Mr. Ismaïl Omar Guelleh"
                return k
            }
            k -= 1
        }
        return 0
    }

    /// "The Alassane Ouattara Olympic Stadium", "Cheikh Anta Diop University": a
    /// person's name inside the name of a place or a body is not a mention of them
    /// (the body's name is then found whole).
    /// A model's number: "747", "A380", "C-130", "Su-30" (not a year: "Boeing 2021 results").
    static func isModelNumber(_ toks: TokenList, at k: Int) -> Bool {
        let t = toks[k]
        let digits = t.text.utf8.filter { $0 >= 0x30 && $0 <= 0x39 }.count
        if t.kind == .number {
            // (Not a share or an amount: "Geely 18.8%", "Toyota 12 percent", "Boeing 40 billion".)
            if k + 1 < toks.count, toks[k + 1].is("%") || toks[k + 1].lowerIs("percent", "per", "million", "billion", "bn")
                || (toks[k + 1].is(".", ",") && !toks[k + 1].spaceBefore && k + 2 < toks.count && toks[k + 2].kind == .number && !toks[k + 2].spaceBefore) {
                return false
            }
            return !(t.text.utf8.count == 4 && (t.text.hasPrefix("19") || t.text.hasPrefix("20"))) && digits == t.text.utf8.count && digits >= 2
        }
        if t.isWord, digits > 0, digits < t.text.utf8.count, t.text.first?.isUppercase == true { return true }  // "A380"
        // "C-130", "Su-30": one or two letters, a hyphen and a number.
        return t.isWord && t.text.first?.isUppercase == true && t.text.utf8.count <= 2 && k + 2 < toks.count && toks[k + 1].is("-") && !toks[k + 1].spaceBefore
            && toks[k + 2].kind == .number && !toks[k + 2].spaceBefore
    }

    /// "Armed Indian rebels" in Chiapas, "the Indian communities" of Guatemala, "Indians" of the Amazon: in a story about
    /// the Americas that never names India itself (by its name, its capital or a body of it), "Indian" means the
    /// Americas' indigenous peoples, not the country.
    func dropIndigenousIndians() {
        let indian = spans.filter { $0.entityID == "country/in" }
        guard !indian.isEmpty, indian.allSatisfy({ $0.rule == "gazetteer.adjective" }),
              !spans.contains(where: { $0.entityID.hasBytePrefix("organization/") && entity($0.entityID)?.countries.contains("country/in") == true }),
              let americas = entity("region/americas")?.members,
              spans.contains(where: { $0.entityID == "country/us" || ($0.entityID.hasBytePrefix("country/") && americas.contains($0.entityID)) }) else { return }
        let capitals = ["New Delhi", "Delhi", "Mumbai", "Bombay", "Calcutta", "Kolkata", "Madras", "Chennai"]
        guard !units.contains(where: { u in capitals.contains { u.text.containsBytes($0) } }) else { return }
        setSpans(spans.filter { span in
            guard span.entityID == "country/in" else { return true }
            let toks = tokens[span.unit]
            // ("Indians", "Indian rebels", "the Indian peoples": a people, not a government.)
            return !(toks[span.first].is("Indians") || (span.last + 1 < toks.count && Self.indigenousNouns.contains(toks[span.last + 1])))
        })
    }
    static let indigenousNouns: TokenSet = [
        "rebels", "rebel", "peoples", "people", "communities", "community", "villages", "village", "villagers", "tribes", "tribe", "tribal",
        "reservation", "reservations", "leaders", "leader", "groups", "lands", "land", "territory", "territories", "peasants", "chiefs",
        "nations", "nation", "affairs", "Affairs", "women", "children", "families", "farmers", "languages", "language", "uprising",
        "population", "populations", "settlement", "settlements", "guerrillas", "workers", "majority", "organizations", "organisations",
    ]

    func dropNamesInsideVenues() {
        let kept = spans.filter { span in
            // "Chang'an Avenue", "Toyota Station": a body's name right before the word of a street or a
            // building names the place, not the body.
            if span.entityID.hasBytePrefix("organization/"), span.last + 1 < tokens[span.unit].count {
                let next = tokens[span.unit][span.last + 1]
                // "an El Al Boeing 747", "Airbus A380s": a maker's name before a model's number names the aircraft.
                if next.spaceBefore, entity(span.entityID)?.type == "company", Self.isModelNumber(tokens[span.unit], at: span.last + 1) {
                    return false
                }
                // ("the Dubai World Trade Centre": or a capitalised word or two between the name and the building's word.)
                let toks = tokens[span.unit]
                var k = span.last + 1
                while k < toks.count, k - span.last <= 3, toks[k].spaceBefore, toks[k].isCapitalized, toks[k].isWord {
                    if Lexicon.builtPlaceWords.contains(toks[k])
                        || (k > span.last + 1 && toks[k].is("Centre", "Center") && toks[k - 1].is("Trade", "Convention", "Exhibition", "Shopping")) { return false }
                    k += 1
                }
                return true
            }
            // "In Palestine, Texas", "Lebanon, Pa.": a country's name as an American town's, before its state.
            if span.entityID.hasBytePrefix("country/"), span.entityID != "country/us", span.last + 2 < tokens[span.unit].count, tokens[span.unit][span.last + 1].is(","),
               tokens[span.unit][span.first].isCapitalized, coveringSpan(span.unit, span.last + 2) == nil,
               // (Not a list of countries and capitals: "Azerbaijan, Georgia and Armenia", "Mexico, Washington and Ottawa".)
               !tokens[span.unit][span.last + 2].is("Georgia", "Washington"), case let toks = tokens[span.unit],
               let state = Lexicon.usStateNames.contains(toks[span.last + 2].text) ? span.last + 2
                : (span.last + 3 < toks.count && Lexicon.usStateNames.contains(toks[span.last + 2].text + " " + toks[span.last + 3].text) ? span.last + 3 : nil),
               state + 1 == toks.count || !toks[state + 1].is("and", "or", "&") {
                return false
            }
            // "the trawler Estonia", "i motopesca Antartide e Medinea": a country's name as a ship's.
            if span.entityID.hasBytePrefix("country/"), span.first > 0, Lexicon.vesselWords.contains(tokens[span.unit][span.first - 1]),
               tokens[span.unit][span.first - 1].isLowercase || tokens[span.unit][span.first - 1].isAllCaps, tokens[span.unit][span.first].isCapitalized {
                return false
            }
            guard span.entityID.hasBytePrefix("person/") else { return true }
            let toks = tokens[span.unit]
            // "the Canadian Coast Guard ship Sir Wilfred Grenfell", "the carrier USS Ronald Reagan": a ship's name.
            var b = span.first - 1
            while b >= 0, toks[b].isCapitalized, Lexicon.titleWords.contains(toks[b]), span.first - b <= 2 { b -= 1 }
            if b >= 0, Lexicon.vesselWords.contains(toks[b]), toks[b].isLowercase || toks[b].isAllCaps { return false }
            var k = span.last + 1
            var steps = 0
            while k < toks.count, steps < 3, toks[k].spaceBefore, toks[k].isCapitalized {
                if Lexicon.venueWords.contains(toks[k]) || Lexicon.featureWords.contains(toks[k]) { return false }
                k += 1
                steps += 1
            }
            return true
        }
        if kept.count != spans.count { setSpans(kept) }
    }

    /// "the Government's Look North policy", "India's Act East policy": two or three capitalised words the
    /// text does not otherwise know, before "policy" in lower case, name a policy.
    func discoverNamedPolicies() {
        var additions: [(Span, Entity)] = []
        for u in units.indices where units[u].kind != .heading {
            let toks = tokens[u]
            for k in toks.indices where toks[k].is("policy") && k >= 2 {
                var s = k - 1
                while s >= 0, k - s <= 3, toks[s].isWord, toks[s].isCapitalized, !isCovered(u, s), toks[s].spaceBefore || s == 0 { s -= 1 }
                let first = s + 1
                guard k - first >= 2, k - first <= 3, first > 0 else { continue }
                // Not at a sentence's start ("Foreign Affairs policy ..."), and not words of an office or a body.
                let before = toks[first - 1]
                guard !before.is(".", "\""), before.isLowercase || before.is("s", "'", "\u{2019}"),
                      !(first..<k).contains(where: { Lexicon.titleWords.contains(toks[$0]) || Lexicon.organizationHeads.contains(toks[$0]) || Lexicon.notNames.contains(toks[$0]) && $0 == first })
                else { continue }
                additions.append(foundInitiative(text(of: toks, from: first, to: k, in: u), unit: u, first: first, last: k, rule: "initiative.policy-name"))
            }
        }
        discoverSponsoredMeasures(into: &additions)
        discoverOperations(into: &additions)
        addFound(additions)
        discoverNamesKnownAs()
        discoverStatementBodies()
        discoverQuotedPolicyNames()
        discoverPlaceAccords()
        discoverNumberedResolutionsAndLaws()
        discoverDescribedTradeAgreements()
    }

    /// A measure named, in lower case, after the two legislators who put it forward: "the Byrd-Hagel resolution",
    /// "the Jackson-Vanik amendment", "the Helms-Burton law".
    static let sponsoredMeasures: TokenSet = ["resolution", "amendment", "bill", "act", "law", "legislation"]

    func discoverSponsoredMeasures(into additions: inout [(Span, Entity)]) {
        for u in units.indices where units[u].kind != .heading {
            let toks = tokens[u]
            for k in toks.indices where k >= 4 && toks[k - 2].is("-") && Self.sponsoredMeasures.contains(toks[k]) {
                let (a, hyphen, b) = (k - 3, k - 2, k - 1)
                guard !toks[hyphen].spaceBefore, !toks[b].spaceBefore, toks[k].spaceBefore,
                      toks[a].isWord, toks[a].isCapitalized, !toks[a].isAllCaps, toks[b].isWord, toks[b].isCapitalized, !toks[b].isAllCaps,
                      toks[a - 1].lowerIs("the"), !isCovered(u, a), !isCovered(u, b) else { continue }
                // (Not "the Sino-Japanese law" nor "the China-Pakistan agreement": the names of people, not of places.)
                if Lexicon.placeCountries[toks[a].text] != nil || Lexicon.placeCountries[toks[b].text] != nil { continue }
                if [a, b].contains(where: { gazetteer.trie.longestMatch(in: toks, at: $0) != nil }) { continue }
                let name = text(of: toks, from: a, to: b, in: u) + " " + toks[k].text.capitalized
                additions.append(foundInitiative(name, unit: u, first: a, last: k, rule: "initiative.sponsored-measure"))
            }
        }
    }

    /// "the Integrated National Security and Waterways Protection Infrastructure, also known as the Deep Blue Project":
    /// a name the text gives a programme after "known as" or "dubbed", ending in a programme's word.
    func discoverNamesKnownAs() {
        var additions: [(Span, Entity)] = []
        for u in units.indices where units[u].kind != .heading {
            let toks = tokens[u]
            for k in toks.indices.dropFirst() where (toks[k].is("as") && toks[k - 1].is("known")) || toks[k].is("dubbed", "nicknamed", "codenamed") {
                let first = k + 1 < toks.count && toks[k + 1].is("the") ? k + 2 : k + 1
                var end = first
                while end < toks.count, end - first < 6, toks[end].isCapitalized, toks[end].spaceBefore, !isCovered(u, end) { end += 1 }
                let last = end - 1
                guard last > first, Lexicon.initiativeHeads.contains(toks[last]) || toks[last].is("Project") else { continue }
                additions.append(foundInitiative(text(of: toks, from: first, to: last, in: u), unit: u, first: first, last: last, rule: "initiative.known-as"))
            }
        }
        addFound(additions)
    }

    /// "Australian Grape and Wine said in a statement": capitalised words joined by "and", "of" or "for" (or opening
    /// with a country's adjective) that speak "in a statement" or a press release name a body, whatever its words.
    func discoverStatementBodies() {
        var additions: [(Span, Entity)] = []
        for u in units.indices where units[u].kind != .heading {
            let toks = tokens[u]
            for k in toks.indices where k >= 2 && k + 3 < toks.count && toks[k].is("said", "says") && toks[k + 1].is("in")
                && (k + 2..<min(toks.count, k + 6)).contains(where: { toks[$0].is("statement", "release", "communiqué", "communique") }) {
                var first = k
                var connectors = 0
                while first > 0 {
                    let t = toks[first - 1]
                    if (t.isCapitalized || t.isAllCaps) && t.isWord { first -= 1; continue }
                    if t.is("and", "&", "of", "for"), first - 2 >= 0, toks[first - 2].isCapitalized { connectors += 1; first -= 1; continue }
                    break
                }
                guard k - first >= 2, toks[first].isCapitalized || toks[first].isAllCaps, !Lexicon.titleWords.contains(toks[first]) else { continue }
                // Nothing inside is a name already, but a country's adjective opening it ("Australian").
                let inner = (first..<k).compactMap { coveringSpan(u, $0) }
                let opensWithCountry = inner.first.map { $0.first == first && $0.last == first && $0.entityID.hasBytePrefix("country/") } ?? false
                // (Or a person found in the text from the words before "said": "Pear Growers said".)
                guard inner.allSatisfy({ $0.first == first && $0.last == first && $0.entityID.hasBytePrefix("country/")
                                        || connectors > 0 && $0.entityID.hasBytePrefix("person/") && $0.first > first && $0.last == k - 1 && gazetteer.entities[$0.entityID] == nil }),
                      connectors > 0 || opensWithCountry, !toks[k - 1].is("and", "&", "of", "for"),
                      // (A name with a body's word, "Latvian Ministry of Foreign Affairs", is left to the rules for those.)
                      !(first..<k).contains(where: { Lexicon.organizationHeads.contains(toks[$0]) || Lexicon.organizationFirstWords.contains(toks[$0])
                                                    || Lexicon.foreignOrganizationFirstWords.contains(toks[$0]) }) else { continue }
                // (Not a sentence's first word that is a common word: "The ...".)
                if toks[first].is("The") || Lexicon.notNames.contains(toks[first]) && !opensWithCountry { continue }
                // ("the Bangladesh Government said in a statement": a country's government is the country speaking, no body.)
                if opensWithCountry, k - first == 2, toks[k - 1].lowerIs("government") { continue }
                let name = text(of: toks, from: first, to: k - 1, in: u)
                let id = "organization/" + Slug.make(name)
                var e = local[id] ?? Entity(id: id, kind: .organization, name: name)
                e.type = "found in text"
                additions.append((Span(unit: u, first: first, last: k - 1, entityID: id, rule: "organization.statement"), e))
            }
        }
        addFoundReplacingInner(additions)
    }

    /// Nouns that, after a name in quotation marks, say the name is a policy's or a programme's.
    static let quotedPolicyHeads: TokenSet = [
        "policy", "policies", "strategy", "doctrine", "programme", "program", "plan", "initiative", "campaign", "vision", "agenda",
        "project", "deal", "agreement", "pact", "concept",
        // (Not "principle": "the 'one China' principle", "the 'polluter pays' principle" name a doctrine, which most
        // labellers leave out when it is quoted.)
    ]
    /// Heads that, after a name in capitals the gazetteer does not know, make a policy of it (not "deal", "principle":
    /// "the 'Tehran' deal", "the 'Polluter Pays' principle" name no initiative a reader would look up).
    static let foundQuotedPolicyHeads: TokenSet = ["policy", "strategy", "doctrine", "programme", "program", "initiative", "agenda"]

    /// "Beijing's "going out" strategy", "a so-called "phase one" deal", "the "Look East" policy", "its 'Spring Sprout'
    /// program": a name in quotation marks before a lower-case noun. The known initiative it names with that noun
    /// ("Going Out strategy", in whatever case the text writes it); else, when every word of it is capitalised and the noun
    /// says policy or programme, a policy sitegen does not know. Lower-case quoted words ("open door" policy, "blue economy"
    /// concept) are a way of speaking, not a name.
    func discoverQuotedPolicyNames() {
        var additions: [(Span, Entity)] = []
        var replaced: [Span] = []
        for u in units.indices {
            let toks = tokens[u]
            for k in toks.indices where k >= 3 && toks[k].isLowercase && Self.quotedPolicyHeads.contains(toks[k]) {
                let close = k - 1
                guard toks[close].is("\"", "'"), !toks[close].spaceBefore, toks[k].spaceBefore else { continue }
                // The opening mark, one to five words before, with nothing but words and hyphens between.
                var open = close - 1
                var words = 0
                while open >= 0, close - open <= 9, !toks[open].is(toks[close].text) {
                    if toks[open].isWord { words += 1 } else if !toks[open].is("-") { open = -1; break }
                    open -= 1
                }
                guard open >= 0, toks[open].is(toks[close].text), (1...5).contains(words), !toks[open + 1].spaceBefore,
                      open == 0 || toks[open].spaceBefore else { continue }
                let first = open + 1, last = close - 1
                // Names inside it: places may stand inside a programme's name ("Regaining Sri Lanka"); other names may not.
                let inside = spans.filter { $0.unit == u && $0.last >= first && $0.first <= last }
                guard inside.allSatisfy({ $0.first >= first && $0.last <= last }) else { continue }
                let quoted = text(of: toks, from: first, to: last, in: u)
                let titled = (first...last).map { i -> String in
                    let w = toks[i].text
                    guard toks[i].isWord, toks[i].isLowercase, !Self.titleSmallWords.contains(toks[i]) else { return w }
                    return w.withCapitalFirst
                }.joined(separator: " ").replacingOccurrences(of: " - ", with: "-")
                let head = toks[k].text
                let headTitled = head.withCapitalFirst
                let forms = [quoted + " " + head, titled + " " + head, titled + " " + headTitled]
                if let known = forms.lazy.compactMap({ self.knownName($0) }).first, let e = entity(known), e.kind == .initiative {
                    replaced += inside
                    additions.append((Span(unit: u, first: open, last: k, entityID: known, rule: "initiative.quoted-name"), e))
                    continue
                }
                let capitalised = (first...last).allSatisfy { i in !toks[i].isWord || toks[i].isCapitalized || Self.titleSmallWords.contains(toks[i]) }
                guard capitalised, toks[first].isCapitalized, Self.foundQuotedPolicyHeads.contains(toks[k]),
                      inside.allSatisfy({ $0.entityID.hasBytePrefix("country/") || $0.entityID.hasBytePrefix("region/") }),
                      !(first...last).contains(where: { toks[$0].isWord && (Lexicon.titleWords.contains(toks[$0]) || Lexicon.organizationHeads.contains(toks[$0])) })
                else { continue }
                replaced += inside
                let found = foundInitiative(quoted + " " + head, unit: u, first: open, last: k, rule: "initiative.quoted-name")
                additions.append(found)
            }
        }
        addFound(additions, replacing: replaced)
    }

    static let accordNouns: TokenSet = ["accord", "accords", "agreement", "agreements"]

    /// "the Vladivostok accord Ford reached with Brezhnev", "the Helsinki agreement", "the Murree accord": a
    /// capitalised word the text does not otherwise know, between "the" and "accord" or "agreement" in lower
    /// case, names the agreement (the known one of that name when the gazetteer has it).
    func discoverPlaceAccords() {
        var additions: [(Span, Entity)] = []
        for u in units.indices where units[u].kind != .heading {
            let toks = tokens[u]
            for k in toks.indices where k >= 2 && toks[k].isLowercase && (6...10).contains(toks[k].text.utf8.count) && Self.accordNouns.contains(toks[k]) {
                let p = k - 1
                guard toks[p].isWord, toks[p].isCapitalized, !toks[p].isAllCaps, toks[p].spaceBefore, !isCovered(u, p), toks[p - 1].lowerIs("the"),
                      !Lexicon.notNames.contains(toks[p]), !Lexicon.calendarWords.contains(toks[p]), !Lexicon.titleWords.contains(toks[p]),
                      !isInside(quotedRanges(u), toks[p].start) else { continue }
                let place = toks[p].text
                let heads = toks[k].text.hasSuffix("s") ? ["Accords", "Agreements", "Accord", "Agreement"] : ["Accord", "Agreement", "Accords", "Agreements"]
                if let known = heads.lazy.compactMap({ self.knownName(place + " " + $0) }).first, let e = entity(known), e.kind == .initiative {
                    additions.append((Span(unit: u, first: p, last: k, entityID: known, rule: "initiative.place-accord"), e))
                    continue
                }
                additions.append(foundInitiative(place + " " + toks[k].text, unit: u, first: p, last: k, rule: "initiative.place-accord"))
            }
        }
        addFound(additions)
    }

    /// "under Resolution 1701", "Security Council Resolution 1244": a resolution named by its number; a law too ("Law 840").
    func discoverNumberedResolutionsAndLaws() {
        var additions: [(Span, Entity)] = []
        for u in units.indices where units[u].kind != .heading {
            let toks = tokens[u]
            for k in toks.indices where toks[k].is("Resolution") && k + 1 < toks.count && !isCovered(u, k) {
                let number = toks[k + 1]
                guard number.kind == .number, number.spaceBefore, (3...4).contains(number.text.utf8.count), !isCovered(u, k + 1) else { continue }
                additions.append(foundInitiative("Resolution " + number.text, unit: u, first: k, last: k + 1, rule: "initiative.numbered-resolution"))
            }
            // "approved Law 840", "Law No. 18,159": a law named by its number, as Latin American and French-speaking
            // countries name theirs.
            for k in toks.indices where toks[k].is("Law") && k + 1 < toks.count && !isCovered(u, k) {
                var n = k + 1
                if n + 2 < toks.count, toks[n].is("No", "Nº", "no"), toks[n + 1].is(".") { n += 2 }
                let first = n
                guard toks[n].kind == .number, toks[n].spaceBefore, toks[n].text.utf8.count <= 5, !isCovered(u, n) else { continue }
                // ("18,159": thousands after a comma.)
                while n + 2 < toks.count, toks[n + 1].is(","), !toks[n + 1].spaceBefore, toks[n + 2].kind == .number, !toks[n + 2].spaceBefore { n += 2 }
                // (A number glued to a unit, a letter or a hyphen is no law's.)
                guard n + 1 == toks.count || toks[n + 1].spaceBefore || toks[n + 1].is(",", ".", ";", ":", ")") else { continue }
                additions.append(foundInitiative("Law " + text(of: toks, from: first, to: n, in: u), unit: u, first: k, last: n, rule: "initiative.numbered-law"))
            }
        }
        addFound(additions)
    }

    /// "Operation Solomon", "Operation Phakisa": a named operation, military, humanitarian or economic, is an initiative.
    /// (Not a body: "the Operation Company"; nor "Operation" in another name: "Joint Operation Centre".)
    func discoverOperations(into additions: inout [(Span, Entity)]) {
        for u in units.indices where units[u].kind != .heading {
            let toks = tokens[u]
            for k in toks.indices where toks[k].is("Operation") && k + 1 < toks.count && !isCovered(u, k) {
                guard k == 0 || !(toks[k - 1].isCapitalized && toks[k - 1].isWord && toks[k - 1].spaceBefore == toks[k].spaceBefore && k - 1 > 0) || toks[k - 1].is("The") else { continue }
                var last = k
                while last + 1 < toks.count, last - k < 3, toks[last + 1].spaceBefore, toks[last + 1].isCapitalized, toks[last + 1].isWord, !isCovered(u, last + 1),
                      !Lexicon.calendarWords.contains(toks[last + 1]) {
                    last += 1
                }
                guard last > k, !(k + 1...last).contains(where: { Lexicon.organizationHeads.contains(toks[$0]) || Lexicon.notNames.contains(toks[$0]) && $0 == k + 1 }) else { continue }
                additions.append(foundInitiative(text(of: toks, from: k, to: last, in: u), unit: u, first: k, last: last, rule: "initiative.operation"))
            }
        }
    }

    /// An initiative the text names that the gazetteer does not know, and its mention.
    func foundInitiative(_ name: String, unit u: Int, first: Int, last: Int, rule: String) -> (Span, Entity) {
        let id = "initiative/" + Slug.make(name)
        var e = local[id] ?? Entity(id: id, kind: .initiative, name: name)
        e.type = "found in text"
        return (Span(unit: u, first: first, last: last, entityID: id, rule: rule), e)
    }

    /// Nouns that, after a name in lower case, say the name is a party's or a faction's.
    static let partyNouns: TokenSet = ["party", "faction", "bloc", "alliance", "movement", "coalition"]

    /// "the Bright Armenia faction", "the Prosperous Armenia party", "the European Georgia party": a party named with
    /// its country's name after a word or two of its own, as the lower-case noun after it says (not the country).
    func discoverCountryNamedParties() {
        var additions: [(Span, Entity)] = []
        var replaced: [Span] = []
        for u in units.indices where units[u].kind != .heading {
            let toks = tokens[u]
            for span in spans where span.unit == u && span.entityID.hasBytePrefix("country/") && span.rule != "gazetteer.adjective" {
                guard span.first >= 2, span.last + 1 < toks.count, toks[span.last + 1].isLowercase, Self.partyNouns.contains(toks[span.last + 1]) else { continue }
                var first = span.first
                while first > 0, span.first - first < 2, toks[first - 1].isWord, toks[first - 1].isCapitalized, toks[first].spaceBefore, !isCovered(u, first - 1),
                      !Self.determiners.contains(toks[first - 1]), !Lexicon.titleWords.contains(toks[first - 1]), !Lexicon.notNames.contains(toks[first - 1]) { first -= 1 }
                // (The party's own word stands inside a sentence, after "the" or another word in lower case.)
                guard first < span.first, first > 0, toks[first - 1].isLowercase || toks[first - 1].is(",", "The", "A") else { continue }
                let name = text(of: toks, from: first, to: span.last, in: u)
                let id = "organization/" + Slug.make(name)
                var e = local[id] ?? Entity(id: id, kind: .organization, name: name)
                e.type = "party"
                e.countries = [span.entityID]
                replaced.append(span)
                additions.append((Span(unit: u, first: first, last: span.last, entityID: id, rule: "organization.country-named-party"), e))
            }
        }
        addFound(additions, replacing: replaced)
    }

    /// Mentions found by a rule in place of the mentions they take in (`replaced`: "British" in "the British Labour party").
    func addFound(_ additions: [(Span, Entity)], replacing replaced: [Span]) {
        guard !additions.isEmpty else { return }
        if !replaced.isEmpty { setSpans(spans.filter { !replaced.contains($0) }) }
        addFound(additions)
    }

    /// Articles and prepositions (with their article) of the Romance languages, that stand before a body's name.
    static let romanceNameOpeners: TokenSet = [
        "il", "lo", "la", "le", "l", "del", "della", "dello", "dell", "dei", "degli", "delle", "al", "alla", "allo", "all", "dal",
        "dalla", "dallo", "dall", "nel", "nella", "nello", "nell", "sul", "sulla", "sull", "col", "el", "los", "las", "de", "du",
        "des", "au", "aux", "da", "do", "dos", "das", "na", "no", "pela", "pelo", "ao", "à", "con", "per", "tra", "fra", "por", "para",
    ]

    /// "il presidente del Coni", "la Figc", "dell'Uefa": Italian (and the other Romance languages' papers, now and then)
    /// write an acronym as a word with one capital. After an article or a preposition, a word whose capitals are an
    /// acronym the gazetteer knows a body by is that body. (Not in German, whose nouns all take a capital: "der Bund".)
    func tagTitleCaseAcronyms() {
        guard ["it", "fr", "es", "pt"].contains(language) else { return }
        var additions: [(Span, Entity)] = []
        // (The paper's own country too: "la Figc" in an Italian paper that never writes "Italia".)
        let named = namedCountryIDs().union(outlet.flatMap { entity($0.id)?.countries.first }.map { [$0] } ?? [])
        for u in units.indices {
            let toks = tokens[u]
            for k in toks.indices where k > 0 && toks[k].isCapitalized && toks[k].characterCount >= 3 && toks[k].characterCount <= 8 && !toks[k].isAllCaps {
                let before = toks[k - 1].is("'") && k >= 2 && !toks[k].spaceBefore ? toks[k - 2] : toks[k - 1]
                // ("Lula da Silva": after a particle that follows a name, a family name.)
                guard Self.romanceNameOpeners.contains(before), !isCovered(u, k),
                      !(before.is("de", "da", "do", "dos", "das", "del") && k >= 2 && toks[k - 2].isCapitalized),
                      k + 1 == toks.count || !(toks[k + 1].isCapitalized && toks[k + 1].spaceBefore) else { continue }
                let upper = toks[k].text.uppercased()
                guard upper.utf8.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }) else { continue }
                let probe = Tokenizer.tokenize(upper)
                guard probe.count == 1, let (entry, end) = gazetteer.trie.longestMatch(in: probe, at: 0), end == 1,
                      entry.entityID.hasBytePrefix("organization/") || entry.entityID.hasBytePrefix("region/"),
                      let e = entity(entry.entityID), e.aliases.contains(upper) || e.name == upper,
                      // (Not a city, "à Nice"; nor a national body of a country the story does not name: "il Pri" in l'Unità
                      // is Italy's Republicans, not Mexico's PRI.)
                      Lexicon.placeCountries[toks[k].text] == nil,
                      e.countries.isEmpty || e.countries.contains(where: { named.contains($0) }) else { continue }
                additions.append((Span(unit: u, first: k, last: k, entityID: e.id, rule: "acronym.title-case"), e))
            }
        }
        addFound(additions)
    }

    /// Mentions found by a rule that take the place of the mentions inside them ("Third United Nations Conference on
    /// the Law of the Sea" over "United Nations").
    func addFoundReplacingInner(_ additions: [(Span, Entity)]) {
        guard !additions.isEmpty else { return }
        let covered = additions.map(\.0)
        setSpans(spans.filter { s in !covered.contains { $0.unit == s.unit && $0.first <= s.first && s.last <= $0.last } } + covered)
        for (_, e) in additions where gazetteer.entities[e.id] == nil { local[e.id] = e }
    }

    /// Document words written in lower case after a place or a body ("the New York accords of December 1988", "the
    /// European Defense Community treaty"), and a law named after its sponsor ("the Hickenlooper Amendment").
    static let lowerDocumentNouns: [String: String] = [
        "accords": "Accords", "accord": "Accord", "agreement": "Agreement", "treaty": "Treaty", "declaration": "Declaration", "protocol": "Protocol",
        "protocols": "Protocols",
    ]

    /// (The nouns' words, probed by each token's key before the dictionary hashes its text.)
    static let lowerDocumentNounWords = TokenSet(lowerDocumentNouns.keys)

    func tagLowercaseDocumentNames() {
        var additions: [(Span, Entity)] = []
        var replaced: [Span] = []
        for u in units.indices where units[u].kind != .heading {
            let toks = tokens[u]
            for k in toks.indices where k >= 2 {
                var name: String?
                var first = k
                if Self.lowerDocumentNounWords.contains(toks[k]), let head = Self.lowerDocumentNouns[toks[k].text], !isCovered(u, k) {
                    // A place of one to three words ("New York", "Camp David" is in the gazetteer already) after "the", then
                    // "accords". (Not "the Washington agreement": an agreement already named, by where it was signed.)
                    for n in (1...3).reversed() where k - n >= 1 && head.hasPrefix("Accord") {
                        let place = text(of: toks, from: k - n, to: k - 1, in: u)
                        guard toks[k - n - 1].lowerIs("the"), (k - n..<k).allSatisfy({ toks[$0].isCapitalized && !isCovered(u, $0) }),
                              Lexicon.places.contains(place) || Lexicon.placeCountries[place] != nil else { continue }
                        name = place + " " + head
                        first = k - n
                        break
                    }
                    // A body the gazetteer knows by three words or more, after "the", then "treaty".
                    if name == nil, head == "Treaty", let body = coveringSpan(u, k - 1), body.last == k - 1, body.first >= 1, toks[body.first - 1].lowerIs("the"),
                       body.entityID.hasBytePrefix("organization/") || body.entityID.hasBytePrefix("region/"), body.last - body.first >= 2,
                       body.rule.hasPrefix("gazetteer.") || body.rule == "organization.name-pattern" {
                        name = text(of: toks, from: body.first, to: body.last, in: u) + " " + head
                        first = body.first
                        replaced.append(body)
                    }
                } else if toks[k].is("Amendment"), !isCovered(u, k), toks[k - 1].isCapitalized, toks[k - 1].characterCount >= 4,
                          !Lexicon.notNames.contains(toks[k - 1]), !Self.ordinalWords.contains(toks[k - 1].text) {
                    // "the Hickenlooper Amendment", "the Jackson-Vanik Amendment": the sponsors' names, then "Amendment".
                    var j = k - 1
                    while j >= 1, toks[j].isCapitalized || (toks[j].is("-") && !toks[j].spaceBefore), k - j <= 4 { j -= 1 }
                    guard toks[j].lowerIs("the"), !(j + 1..<k).contains(where: { isCovered(u, $0) && !(coveringSpan(u, $0)?.entityID.hasBytePrefix("person/") ?? false) }) else { continue }
                    name = text(of: toks, from: j + 1, to: k, in: u)
                    first = j + 1
                    for m in j + 1..<k { if let p = coveringSpan(u, m), !replaced.contains(p) { replaced.append(p) } }
                }
                guard let name else { continue }
                if let known = knownName(name), known.hasBytePrefix("initiative/") {
                    // (Not a known one of that name from after the article's year: the Paris Agreement of 2015 in 1973.)
                    if let year, let started = entity(known)?.started, started > year { replaced.removeAll { $0.unit == u && $0.first >= first }; continue }
                    additions.append((Span(unit: u, first: first, last: k, entityID: known, rule: "initiative.lower-case-head"), gazetteer.entities[known]!))
                    continue
                }
                let id = "initiative/" + Slug.make(name)
                var e = local[id] ?? Entity(id: id, kind: .initiative, name: name)
                e.type = "found in text"
                additions.append((Span(unit: u, first: first, last: k, entityID: id, rule: "initiative.lower-case-head"), e))
            }
        }
        addFound(additions, replacing: replaced)
    }

    /// Mentions found by a rule, with the entities found in the text that they name.
    /// Armed services written in lower case after a country or its people: "the Iraqi army", "the Pakistan army", "the
    /// Pakistani army", "the French navy", "the Indian air force": the service the gazetteer knows by the capitalised name
    /// ("Iraqi Army", "Pakistan Army"), in place of the country's mention inside it, as for the capitalised name.
    func tagLowercaseArmedServices() {
        var additions: [(Span, Entity)] = []
        var replaced: [Span] = []
        for span in spans where span.entityID.hasBytePrefix("country/") {
            let toks = tokens[span.unit]
            let k = span.last + 1
            guard k < toks.count, toks[k].isLowercase, toks[k].spaceBefore else { continue }
            var service: String?
            var last = k
            if toks[k].is("army") { service = "Army" } else if toks[k].is("navy") { service = "Navy" }
            else if toks[k].is("air"), k + 1 < toks.count, toks[k + 1].is("force") { service = "Air Force"; last = k + 1 }
            guard let service, last + 1 >= toks.count || !toks[last + 1].isCapitalized || !toks[last + 1].spaceBefore else { continue }
            let written = text(of: toks, from: span.first, to: span.last, in: span.unit)
            let names = [written, entity(span.entityID)?.name].compactMap { $0 }
            for name in names {
                let phrase = Tokenizer.tokenize(name + " " + service)
                guard let (entry, end) = gazetteer.trie.longestMatch(in: phrase, at: 0), end == phrase.count,
                      entry.entityID.hasBytePrefix("organization/"), let e = gazetteer.entities[entry.entityID] else { continue }
                additions.append((Span(unit: span.unit, first: span.first, last: last, entityID: e.id, rule: "organization.armed-service"), e))
                replaced.append(span)
                break
            }
        }
        addFound(additions, replacing: replaced)
    }

    func addFound(_ additions: [(Span, Entity)]) {
        for (span, e) in additions {
            if gazetteer.entities[e.id] == nil { local[e.id] = e }
            addSpan(span)
        }
    }

    /// "a free trade agreement between China and the Gulf Cooperation Council": a trade agreement described
    /// in lower case between two parties the gazetteer knows one of by name ("China-GCC Free Trade Agreement").
    func discoverDescribedTradeAgreements() {
        var additions: [(Span, Entity)] = []
        for u in units.indices where units[u].kind != .heading {
            let toks = tokens[u]
            for k in toks.indices where toks[k].is("between") && k >= 3 && k + 3 < toks.count
                && toks[k - 1].is("agreement", "pact", "deal", "area", "FTA") && toks[k - 2].lowerIs("trade") {
                guard toks[k - 3].lowerIs("free") || (k >= 4 && toks[k - 3].is("-") && toks[k - 4].lowerIs("free")) else { continue }
                var a = k + 1
                if toks[a].is("the") { a += 1 }
                guard let first = coveringSpan(u, a), first.first == a, first.entityID.hasBytePrefix("country/") || first.entityID.hasBytePrefix("region/"),
                      first.last + 2 < toks.count, toks[first.last + 1].is("and") else { continue }
                var b = first.last + 2
                if toks[b].is("the") { b += 1 }
                guard let second = coveringSpan(u, b), second.first == b, second.entityID.hasBytePrefix("country/") || second.entityID.hasBytePrefix("region/"),
                      let x = entity(first.entityID), let y = entity(second.entityID) else { continue }
                let xs = [x.name] + x.aliases.filter { !$0.containsBytes(" ") }
                let ys = [y.name] + y.aliases.filter { !$0.containsBytes(" ") }
                var known: String?
                search: for p in xs {
                    for q in ys {
                        for name in [p + "-" + q + " Free Trade Agreement", q + "-" + p + " Free Trade Agreement"] {
                            if let id = knownName(name), entity(id)?.kind == .initiative { known = id; break search }
                        }
                    }
                }
                guard let known, let e = entity(known) else { continue }
                let start = toks[k - 3].lowerIs("free") ? k - 3 : k - 4
                additions.append((Span(unit: u, first: start, last: k - 1, entityID: known, rule: "initiative.described-trade-agreement"), e))
            }
        }
        for (span, e) in additions where !(span.first...span.last).contains(where: { isCovered(span.unit, $0) }) { addSpan(span) }
    }

    static let placeNamedDocumentHeads: Set<String> = ["Treaty", "Convention", "Protocol", "Accord", "Accords", "Declaration", "Agreement", "Peace", "Memorandum", "Charter"]
    static let commonDocumentWords: Set<String> = ["Peace", "Friendship", "Amity", "Alliance", "Understanding", "Intent", "Principles", "Trade", "Commerce", "Navigation", "Rights", "Independence", "Union", "Accession", "Establishment", "Cooperation", "Co-operation"]

    /// "Declaration on the Establishment of the Shanghai Cooperation Organization",
    /// "Treaty of Friendship between China and Pakistan": a document's name runs
    /// through "of", "on", "the" and the names inside it, which do not count alone.
    func discoverDocumentNames() {
        var additions: [(Span, Entity)] = []
        for u in units.indices where units[u].kind != .heading {
            let toks = tokens[u]
            var i = 0
            while i + 2 < toks.count {
                defer { i += 1 }
                guard Lexicon.documentHeads.contains(toks[i]), !isCovered(u, i), toks[i + 1].is("on", "of", "for", "between") else { continue }
                var end = i
                var k = i + 1
                var capitals = 0
                while k < toks.count, k - i < 16 {
                    let t = toks[k]
                    if t.is("the"), toks[k - 1].is("of", "on", "for", "between", "in", "with") { k += 1; continue }
                    // "Agreement on Basic Principles Guiding the Settlement of ...": "the" after a capitalised verb in the name.
                    if t.is("the"), toks[k - 1].isCapitalized, toks[k - 1].text.hasSuffix("ing"), k + 1 < toks.count, toks[k + 1].isCapitalized { k += 1; continue }
                    // "and" joins words of one name, not two documents ("... Organization and the Shanghai Convention").
                    if t.is("and", "&"), k + 1 < toks.count, toks[k + 1].isCapitalized, !Lexicon.documentHeads.contains(toks[k + 1]) { k += 1; continue }
                    // "... between the People's Republic of China and the Republic of South Africa": the second party.
                    if t.is("and"), k + 2 < toks.count, toks[k + 1].is("the"), toks[k + 2].isCapitalized, !Lexicon.documentHeads.contains(toks[k + 2]),
                       (i + 1..<k).contains(where: { toks[$0].is("between") }) {
                        k += 2
                        continue
                    }
                    // ("... of Asian Civilizations in Beijing": a place after "in" is where, not part of the name.)
                    if t.is("in"), k + 1 < toks.count, Lexicon.places.contains(toks[k + 1]) || coveringSpan(u, k + 1).map({ $0.entityID.hasBytePrefix("country/") }) == true,
                       k + 2 >= toks.count || !toks[k + 2].isCapitalized { break }
                    // ("linking the National Development Strategy ... with the Belt and Road initiative": another initiative.)
                    if t.is("with"), case let j = k + 1 < toks.count && toks[k + 1].is("the") ? k + 2 : k + 1,
                       let span = coveringSpan(u, j), span.first == j, span.entityID.hasBytePrefix("initiative/") { break }
                    if t.is("of", "on", "for", "between", "in", "with") { k += 1; continue }
                    // "Charter of Punta del Este", "Declaration of Rio de Janeiro": a place's own connector between its capitals.
                    if t.is("del", "de", "da", "do", "dos") || t.is("es"), capitals > 0, toks[k - 1].isCapitalized, k + 1 < toks.count,
                       toks[k + 1].isCapitalized, toks[k + 1].spaceBefore { k += 1; continue }
                    // "Memorandum of Understanding on Cooperation under the Belt and Road Initiative": the initiative it serves.
                    if t.is("under"), capitals > 0, case let j = k + 1 < toks.count && toks[k + 1].is("the") ? k + 2 : k + 1,
                       let span = coveringSpan(u, j), span.first == j, span.entityID.hasBytePrefix("initiative/") {
                        end = span.last
                        k = span.last + 1
                        capitals += 1
                        continue
                    }
                    // ("... for 2018-2040": a span of years.)
                    if t.is("-"), !t.spaceBefore, k + 1 < toks.count, toks[k + 1].isCapitalized || (toks[k + 1].kind == .number && toks[k - 1].kind == .number) { k += 1; continue }
                    // "Agreement on Economic and Technical Co-operation": the British spelling, not the abbreviated "Co".
                    if t.is("-"), !t.spaceBefore, toks[k - 1].is("Co"), k + 1 < toks.count, !toks[k + 1].spaceBefore, toks[k + 1].isLowercase {
                        end = k + 1
                        k += 2
                        continue
                    }
                    // "... on Combating Terrorism, Separatism and Extremism": a list of capitalised words ending in "and X".
                    if t.is(","), capitals > 0, k + 1 < toks.count, toks[k + 1].isCapitalized {
                        var m = k + 1
                        while m < toks.count, toks[m].isCapitalized || toks[m].is(",") || (toks[m].is("-") && !toks[m].spaceBefore) { m += 1 }
                        if m + 1 < toks.count, toks[m].is("and"), toks[m + 1].isCapitalized { k += 1; continue }
                        break
                    }
                    // ("... signed the Agreement on Trade on Friday": a day or a month is no word of the name.)
                    guard t.isCapitalized || t.kind == .number, !Lexicon.calendarWords.contains(t) else { break }
                    if let span = coveringSpan(u, k), span.first == k { end = span.last; k = span.last + 1 } else { end = k; k += 1 }
                    capitals += 1
                }
                // "the Treaty of Turkmenchay", "the Treaty of Versailles": a treaty named after one place (not a common
                // word: "the Treaty of Friendship" says too little alone).
                let placeNamed = capitals == 1 && end == i + 2 && toks[i + 1].is("of") && Self.placeNamedDocumentHeads.contains(toks[i].text)
                    && toks[end].isCapitalized && !Lexicon.genericInstitutionWords.contains(toks[end]) && !Lexicon.notNames.contains(toks[end])
                    && !Self.commonDocumentWords.contains(toks[end].text) && !["ship", "tion", "ity", "ment", "ance", "ence", "ness", "ism"].contains(where: { toks[end].text.hasSuffix($0) })
                guard capitals >= 2 || placeNamed else { continue }
                var start = i
                // "Joint Declaration on ...", "Sino-British Joint Declaration on ...".
                while start > 0, toks[start - 1].isCapitalized, toks[start - 1].spaceBefore || !toks[start - 1].is("-"), !isCovered(u, start - 1),
                      !Lexicon.notNames.contains(toks[start - 1]) || toks[start - 1].is("Joint", "Final", "National") {
                    start -= 1
                }
                // "the Third United Nations Conference on the Law of the Sea", "the WTO Agreement on Agriculture": the
                // international body that convenes or holds it opens the name (with an ordinal before it).
                if start == i, start > 0, let body = coveringSpan(u, start - 1), body.last == start - 1, toks[body.first].isCapitalized || toks[body.first].isAllCaps,
                   body.entityID.hasBytePrefix("organization/") || body.entityID.hasBytePrefix("region/"),
                   entity(body.entityID).map({ $0.type == "international" || $0.kind == .region && !$0.members.isEmpty }) == true {
                    start = body.first
                    if start > 0, Self.ordinalWords.contains(toks[start - 1].text), !isCovered(u, start - 1) { start -= 1 }
                }
                let name = text(of: toks, from: start, to: end, in: u)
                // ("the Catholic Bishops Conference of Papua New Guinea": a conference of bishops is a body, not a meeting.)
                if toks[i].is("Conference"), (start..<i).contains(where: { toks[$0].is("Bishops", "Episcopal") }) {
                    let id = "organization/" + Slug.make(name)
                    var e = local[id] ?? Entity(id: id, kind: .organization, name: name)
                    e.type = "found in text"
                    additions.append((Span(unit: u, first: start, last: end, entityID: id, rule: "organization.name-pattern"), e))
                    i = end
                    continue
                }
                // "the 1978 Treaty of Peace and Friendship" in a story about Japan and China: the known treaty.
                if let known = knownInitiative(endingWith: name) ?? knownInitiative(wordedAs: name) {
                    additions.append((Span(unit: u, first: start, last: end, entityID: known.id, rule: "initiative.parties-named"), known))
                    i = end
                    continue
                }
                let id = "initiative/" + Slug.make(name)
                var e = local[id] ?? Entity(id: id, kind: .initiative, name: name)
                e.type = "found in text"
                // (The United Nations' conferences and conventions are as often written with "UN".)
                if name.containsBytes("United Nations "), case let short = name.replacingOccurrences(of: "United Nations ", with: "UN "), !e.aliases.contains(short) {
                    e.aliases.append(short)
                }
                additions.append((Span(unit: u, first: start, last: end, entityID: id, rule: "initiative.document-name"), e))
                i = end
            }
        }
        addFoundReplacingInner(additions)
    }
}

extension AnnotationRun {
    /// "the China-Australia Strategic Economic Dialogue": a known bilateral initiative's name right after another pair
    /// of countries joined by a hyphen is that pair's own initiative of the name, found in the text (the known one is
    /// the U.S.-China Strategic Economic Dialogue). The pair and the name are one mention, as a known name that
    /// opens with its parties is.
    func renameInitiativesOfOtherPairs() {
        var removed = Set<Span>()
        var added: [Span] = []
        for span in spans where span.entityID.hasBytePrefix("initiative/") && span.rule.hasBytePrefix("gazetteer.") {
            let toks = tokens[span.unit]
            guard span.first >= 3, toks[span.first].spaceBefore,
                  let second = coveringSpan(span.unit, span.first - 1), second.last == span.first - 1, second.entityID.hasBytePrefix("country/"),
                  second.first >= 2, toks[second.first - 1].is("-"), !toks[second.first - 1].spaceBefore, !toks[second.first].spaceBefore,
                  let first = coveringSpan(span.unit, second.first - 2), first.last == second.first - 2, first.entityID.hasBytePrefix("country/"),
                  first.entityID != second.entityID, let known = entity(span.entityID), known.countries.count == 2,
                  Set(known.countries) != [first.entityID, second.entityID] else { continue }
            let name = text(of: toks, from: first.first, to: span.last, in: span.unit)
            let id = "initiative/" + Slug.make(name)
            var e = local[id] ?? Entity(id: id, kind: .initiative, name: name)
            e.type = "found in text"
            e.countries = [first.entityID, second.entityID]
            local[id] = e
            removed.formUnion([first, second, span])
            added.append(Span(unit: span.unit, first: first.first, last: span.last, entityID: id, rule: "initiative.pair-name"))
        }
        guard !added.isEmpty else { return }
        setSpans(spans.filter { !removed.contains($0) } + added)
    }

    /// Words that open the name of a unit of a body: "Al-Ahram Center for Political and Strategic Studies".
    static let unitHeads: TokenSet = ["Center", "Centre", "Institute", "School", "Foundation", "Academy", "College"]

    /// "the Al-Ahram Center for Political and Strategic Studies": a known body's name right before a
    /// name found in the text that opens with Center, Institute or School is one name, the unit's, not
    /// the known body (a newspaper) and a centre of its own.
    func joinUnitsToKnownBodies() {
        var joined: [(old: [Span], new: Span, entity: Entity)] = []
        let units = spans.filter { $0.rule == "organization.name-pattern" && Self.unitHeads.contains(tokens[$0.unit][$0.first]) && $0.first > 0 }
        var known: [Int: [Int: Span]] = [:]  // unit -> last token -> a known body's mention
        for s in spans where s.rule.hasPrefix("gazetteer.") && s.entityID.hasBytePrefix("organization/") { known[s.unit, default: [:]][s.last] = s }
        for span in units {
            let toks = tokens[span.unit]
            guard let before = known[span.unit]?[span.first - 1], toks[span.first].spaceBefore else { continue }
            let name = text(of: toks, from: before.first, to: span.last, in: span.unit)
            let id = "organization/" + Slug.make(name)
            var e = local[id] ?? Entity(id: id, kind: .organization, name: name)
            e.type = "found in text"
            joined.append(([before, span], Span(unit: span.unit, first: before.first, last: span.last, entityID: id, rule: "organization.unit-of-body"), e))
        }
        // "the Wessex Water Authority" is not Wessex Water, the company it became: a known body's name of two words or more
        // run on by a body's head that the text does not otherwise name is another body's name.
        for before in spans where before.rule.hasPrefix("gazetteer.") && before.entityID.hasBytePrefix("organization/") && before.last > before.first {
            let toks = tokens[before.unit]
            let k = before.last + 1
            guard k < toks.count, toks[k].spaceBefore, toks[k].is("Authority", "Board", "Commission", "Corporation", "Company", "Trust"), !isCovered(before.unit, k),
                  k + 1 == toks.count || !(toks[k + 1].isCapitalized && toks[k + 1].spaceBefore),
                  !toks[before.first..<k].contains(where: { $0.isAllCaps }) else { continue }
            let name = text(of: toks, from: before.first, to: k, in: before.unit)
            // ("the Coca-Cola Company": a company known by the longer name, written otherwise in the gazetteer, is itself.)
            if let known = entity(before.entityID), known.type == "company" && toks[k].is("Company", "Corporation")
                || ([known.name] + known.aliases).contains(where: { form in
                    let bare = form.hasPrefix("The ") ? String(form.dropFirst(4)) : form
                    return bare.lowercased() == name.lowercased()
                }) { continue }
            let id = "organization/" + Slug.make(name)
            var e = local[id] ?? Entity(id: id, kind: .organization, name: name)
            e.type = "found in text"
            joined.append(([before], Span(unit: before.unit, first: before.first, last: k, entityID: id, rule: "organization.longer-name"), e))
        }
        // "the Société Générale de Belgique": a known body's name run on with a connector of its language and a
        // capitalised word the text does not otherwise name is another body's name.
        for before in spans where before.rule.hasPrefix("gazetteer.") && before.entityID.hasBytePrefix("organization/") {
            let toks = tokens[before.unit]
            var k = before.last + 1
            guard k + 1 < toks.count, ["de", "du", "des", "di", "del", "da", "do", "dos"].contains(toks[k].text), toks[k].spaceBefore else { continue }
            k += 1
            if k + 1 < toks.count, toks[k].is("la", "le", "los", "las") { k += 1 }
            guard toks[k].isCapitalized, toks[k].spaceBefore else { continue }
            var last = k
            // ("de Belgique": the country in the language of the name is part of it, no mention of its own.)
            var country: Span?
            if isCovered(before.unit, k) {
                guard let c = coveringSpan(before.unit, k), c.first == k, c.entityID.hasBytePrefix("country/"), c.rule.hasPrefix("gazetteer.") else { continue }
                country = c
                last = c.last
            } else {
                while last + 1 < toks.count, toks[last + 1].isCapitalized, toks[last + 1].spaceBefore, !isCovered(before.unit, last + 1), last - k < 2 { last += 1 }
            }
            let name = text(of: toks, from: before.first, to: last, in: before.unit)
            let id = "organization/" + Slug.make(name)
            var e = local[id] ?? Entity(id: id, kind: .organization, name: name)
            e.type = "found in text"
            joined.append(([before] + [country].compactMap { $0 }, Span(unit: before.unit, first: before.first, last: last, entityID: id, rule: "organization.longer-name"), e))
        }
        guard !joined.isEmpty else { return }
        let old = Set(joined.flatMap(\.old))
        setSpans(spans.filter { !old.contains($0) } + joined.map(\.new))
        for j in joined {
            if local[j.entity.id] == nil { local[j.entity.id] = j.entity }
            // The centre's own entry, made by the rule before, goes if nothing else names it.
            if j.old.count > 1, let centre = j.old.last, !spans.contains(where: { $0.entityID == centre.entityID }) { local[centre.entityID] = nil }
        }
    }

    /// "Kenya Ports Authority" ... "KPA said": an acronym the article never defines that
    /// spells the initials of one organisation or initiative it names.
    func bindInitialisms() {
        var byInitials: [String: Set<String>] = [:]
        var named = Set<String>()
        for span in spans where span.entityID.hasBytePrefix("organization/") || span.entityID.hasBytePrefix("initiative/") {
            guard named.insert(span.entityID).inserted, let e = entity(span.entityID) else { continue }
            // (The name as the article writes it too: "the Australian Council of Social Service", which sitegen found as the
            // Council of Social Service of Australia.)
            let written = span.last > span.first ? [text(of: tokens[span.unit], from: span.first, to: span.last, in: span.unit)] : []
            for form in [e.name] + e.aliases + written {
                // The capitals that open its words (words split at spaces and hyphens), and the same with the O of "of"
                // ("Australian Council of Social Service ... ACOSS said").
                var capitals = String.UnicodeScalarView()
                var withOf = String.UnicodeScalarView()
                var words = 0
                var atStart = true
                var wordFirst: Unicode.Scalar = " ", wordSecond: Unicode.Scalar = " "
                var wordLength = 0
                for s in form.unicodeScalars {
                    if s == " " || s == "-" {
                        if wordLength == 2, wordFirst == "o", wordSecond == "f" { withOf.append("O") }
                        atStart = true
                        wordLength = 0
                        continue
                    }
                    wordLength += 1
                    if wordLength == 2 { wordSecond = s }
                    guard atStart else { continue }
                    atStart = false
                    wordFirst = s
                    words += 1
                    if s.value < 0x80 ? (s.value >= 0x41 && s.value <= 0x5A) : s.properties.isUppercase {
                        capitals.append(s)
                        withOf.append(s)
                    }
                }
                if words >= 2, capitals.count >= 2 {
                    byInitials[String(capitals), default: []].insert(e.id)
                    if withOf.count > capitals.count { byInitials[String(withOf), default: []].insert(e.id) }
                    // ("Defence Headquarters ... the DHQ said": "Headquarters" is abbreviated HQ.)
                    if form.hasSuffix(" Headquarters") { byInitials[String(capitals) + "Q", default: []].insert(e.id) }
                }
            }
        }
        guard !byInitials.isEmpty else { return }
        var additions: [Span] = []
        // "the Millennium Challenge Corporation ... MCC": a known acronym of another body (the Metallurgical Corporation of
        // China) that the article names by nothing else is the one whose initials the article spelled out.
        var replaced: [Span: Span] = [:]
        for span in spans where span.first == span.last && span.rule == "gazetteer.alias" && span.entityID.hasBytePrefix("organization/") {
            let t = tokens[span.unit][span.first]
            guard t.isAllCaps, t.characterCount >= 3, let ids = byInitials[t.text]?.subtracting([span.entityID]), ids.count == 1, let other = ids.first,
                  spans.allSatisfy({ $0.entityID != span.entityID || ($0.first == $0.last && tokens[$0.unit][$0.first].text == t.text) }) else { continue }
            replaced[span] = Span(unit: span.unit, first: span.first, last: span.last, entityID: other, rule: "acronym.initials")
        }
        if !replaced.isEmpty { setSpans(spans.map { replaced[$0] ?? $0 }) }
        for u in units.indices {
            for i in tokens[u].indices where tokens[u][i].isAllCaps {
                let t = tokens[u][i]
                // ("Nationalist Party MP Ryan Callus" in a story that names the Parliament of Malta: "MP" before a name is
                // a title, not the body's initials.)
                guard t.isWord, isAcronym(t.text), t.characterCount <= 6, !isCovered(u, i), !Lexicon.commonAcronyms.contains(t),
                      !(Lexicon.titleWords.contains(t) && i + 1 < tokens[u].count && tokens[u][i + 1].isCapitalized),
                      // ("**NEW POWERS**": a crosshead in capitals, words beside words, spells no one's initials.)
                      !(i > 0 && tokens[u][i - 1].isWord && tokens[u][i - 1].isAllCaps && tokens[u][i - 1].characterCount >= 2),
                      !(i + 1 < tokens[u].count && tokens[u][i + 1].isWord && tokens[u][i + 1].isAllCaps && tokens[u][i + 1].characterCount >= 2),
                      let ids = byInitials[t.text], ids.count == 1 else { continue }
                additions.append(Span(unit: u, first: i, last: i, entityID: ids.first!, rule: "acronym.initials"))
            }
        }
        for span in additions { addSpan(span) }
    }
}

extension AnnotationRun {
    /// A free trade agreement named by its kind alone, in English, Spanish, Portuguese and French.
    static let freeTradeAgreementForms: [[String]] = [
        ["free", "trade", "agreement"], ["free", "-", "trade", "agreement"], ["free", "trade", "pact"], ["free", "-", "trade", "pact"],
        ["free", "trade", "deal"], ["free", "-", "trade", "deal"], ["FTA"], ["TLC"],
        ["tratado", "de", "libre", "comercio"], ["Tratado", "de", "Libre", "Comercio"], ["acuerdo", "de", "libre", "comercio"],
        ["Acuerdo", "de", "Libre", "Comercio"], ["acordo", "de", "livre", "comércio"], ["Acordo", "de", "Livre", "Comércio"],
        ["accord", "de", "libre", "-", "échange"], ["Accord", "de", "libre", "-", "échange"],
    ]
    /// What points at one agreement the reader knows ("the", "their", "el", "du"), not at any ("a", "un").
    static let agreementDeterminers: TokenSet = [
        "the", "The", "their", "its", "this", "that", "el", "El", "del", "al", "este", "dicho", "su", "o", "O", "do", "ao", "le", "Le", "du", "cet", "leur",
    ]
    /// Words that may stand between the determiner and the kind ("the bilateral free trade agreement", "the 2010 FTA").
    static let agreementModifiers: TokenSet = ["bilateral", "existing", "current", "landmark", "bilateral", "vigente", "actual", "bilatéral", "actuel"]

    /// "optimise the free trade agreement", "optimizar el Tratado de Libre Comercio (TLC)": a free trade agreement named by
    /// its kind alone, after "the" or a possessive, is the one in force between countries the story names: the one the
    /// gazetteer knows whose parties the story names (most named first), if it was signed by the story's year.
    /// (The first words below in lower case: one probe rules out most tokens before the comparisons.)
    static let freeTradeFirstWords: TokenSet = ["free", "fta", "tlc", "tratado", "acuerdo", "acordo", "accord"]

    func tagFreeTradeAgreementsByKind() {
        var known: Entity??
        for u in units.indices where units[u].kind != .heading {
            let toks = tokens[u]
            var k = 0
            while k < toks.count {
                guard Self.freeTradeFirstWords.contains(lowerOf: toks[k]),
                      toks[k].is("free") || toks[k].is("FTA") || toks[k].is("TLC") || toks[k].lowerIs("tratado") || toks[k].lowerIs("acuerdo")
                        || toks[k].lowerIs("acordo") || toks[k].lowerIs("accord"),
                      let form = Self.freeTradeAgreementForms.first(where: { form in
                          k + form.count <= toks.count && form.indices.allSatisfy { toks[k + $0].is(form[$0]) && ($0 == 0 || form[$0] == "-" || form[$0 - 1] == "-" || toks[k + $0].spaceBefore) }
                      }) else { k += 1; continue }
                let last = k + form.count - 1
                guard !(k...last).contains(where: { isCovered(u, $0) }), last + 1 == toks.count || !toks[last + 1].isCapitalized || !toks[last + 1].spaceBefore else { k = last + 1; continue }
                var d = k - 1
                while d >= 0, k - d <= 3, Self.agreementModifiers.contains(toks[d]) || (toks[d].kind == .number && toks[d].characterCount == 4) { d -= 1 }
                // ("Tratado de Libre Comercio (TLC)": the acronym in brackets after the kind is the same agreement.)
                let bracketed = form.count == 1 && k >= 2 && toks[k - 1].is("(") && coveringSpan(u, k - 2)?.rule == "initiative.by-kind"
                let elided = d >= 1 && toks[d].is("'") && toks[d - 1].lowerIs("l")  // "l'accord de libre-échange"
                guard bracketed || elided || (d >= 0 && Self.agreementDeterminers.contains(toks[d])) else { k = last + 1; continue }
                if known == nil {
                    var e = knownInitiative(endingWith: "Free Trade Agreement")
                    if let started = e?.started, let year, started > year { e = nil }
                    // (Only an agreement between the countries the story names most: "el TLC" in a story on Uruguay and China
                    // that mentions Chile's is Uruguay's, which the gazetteer does not know.)
                    let ranked = rankedCountries(countryCounts())
                    if let parties = e?.countries, !parties.allSatisfy(ranked.prefix(max(2, parties.count)).contains) { e = nil }
                    known = .some(e)
                }
                guard let e = known! else { return }
                addSpan(Span(unit: u, first: k, last: last, entityID: e.id, rule: "initiative.by-kind"))
                k = last + 1
            }
        }
    }
}
