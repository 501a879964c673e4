import SitegenCore
import SitegenMarkdown

/// The annotator: a pure function from an article's Markdown (as the markdown
/// stage gives it) and a gazetteer to annotations. No files, network or clock.
public struct Annotator: Sendable {
    public let gazetteer: Gazetteer
    /// Changes whenever rules change, so caches of annotations can be invalidated.
    public static let rulesVersion = "1"

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
    }

    /// A fingerprint of the rules and the data, for caches keyed by content.
    public var version: String { Annotator.rulesVersion + "-" + gazetteer.fingerprint }

    /// `outlet` is the publication the article comes from (front matter `source`): where the
    /// text names it ("told The Citizen"), that is the outlet, even when its name is a common
    /// word ("Dawn") or sitegen does not know it.
    /// `outlet` is the article's source (front matter), `year` the year it was published: "President Bush"
    /// in 1989 is not the one of 2003.
    public func annotate(_ document: MarkdownDocument, lines: LineIndex, outlet: String? = nil, year: Int? = nil) -> ArticleAnnotations {
        let run = AnnotationRun(gazetteer: gazetteer, units: QuoteStyle.normalized(document.textUnits()), lines: lines)
        run.year = year
        if let outlet { run.setOutlet(outlet) }
        run.tagEntities()
        run.findQuotes()
        return run.result()
    }

    /// Convenience for text: parses Markdown (front matter already removed) and annotates it.
    public func annotate(markdown: String, firstLine: Int = 1, fileLineStarts: [Int]? = nil, outlet: String? = nil, year: Int? = nil) -> ArticleAnnotations {
        let document = MarkdownDocument.parse(markdown, firstLine: firstLine)
        return annotate(document, lines: LineIndex(body: markdown, firstLine: firstLine, fileLineStarts: fileLineStarts), outlet: outlet, year: year)
    }
}

/// A tagged token span inside one unit, before positions are worked out.
struct Span: Hashable {
    var unit: Int
    var first: Int  // token index
    var last: Int  // token index, inclusive
    var entityID: String
    var rule: String
}

/// One article's annotation, step by step. A class used by one thread: the rules call
/// each other per token, and a struct this size was copied into every call from a
/// mutating rule to a reading one. Its state skips the runtime's exclusivity checks.
final class AnnotationRun {
    let gazetteer: Gazetteer
    let units: [TextUnit]
    let tokens: [TokenList]
    /// The UTF-8 bytes of each unit's text.
    let unitBytes: [[UInt8]]
    let lines: LineIndex
    // Indexes rebuilt on demand, so lookups stay proportional to the text and
    // never to (tokens x mentions) on long paragraphs.
    /// Per unit, per token: the index of the first span covering it, or -1.
    @exclusivity(unchecked) var coverage: [[Int32]] = []
    @exclusivity(unchecked) var coverageValid = false
    @exclusivity(unchecked) var quotedByUnit: [Int: [Range<Int>]] = [:]
    @exclusivity(unchecked) var rawQuotesByUnit: [Int: [RawQuote]] = [:]
    @exclusivity(unchecked) var fullNames: [String: NameCandidate?] = [:]
    @exclusivity(unchecked) var spans: [Span] = []
    /// Entities made for this article only (people found from context, acronyms it defines).
    @exclusivity(unchecked) var local: [String: Entity] = [:]
    /// Acronyms the article defines: token -> entity id.
    @exclusivity(unchecked) var acronyms: [String: String] = [:]
    /// Bodies found in the text by what it calls them ("Intraco, the ... trading company"): id -> that noun.
    @exclusivity(unchecked) var describedAs: [String: String] = [:]
    /// Acronyms the article defines for bodies sitegen does not know, which the gazetteer gives others ("VTV").
    @exclusivity(unchecked) var otherAcronyms: Set<String> = []
    /// Long forms of acronyms that name entities sitegen did not know.
    @exclusivity(unchecked) var longForms: [Span] = []
    @exclusivity(unchecked) var quotes: [Quote] = []
    /// The country written before a generic body's name ("Nigeria's", "Chinese").
    @exclusivity(unchecked) var bodyCountries: [Span: String] = [:]
    /// The outlet the article comes from: the words of its name and its entity.
    @exclusivity(unchecked) var outlet: (words: [String], id: String)?
    /// The initials a paper calls itself by ("THT" for The Himalayan Times), when made from three or more words.
    @exclusivity(unchecked) var outletInitials: String?
    /// The outlet's last word when it is a newspaper's ("Herald" of "The Miami Herald", "Post-Dispatch"), as the text
    /// writes it after "the".
    @exclusivity(unchecked) var outletShort: [String]?
    /// The outlet's names without a place or an article (see `outletShortForms`).
    @exclusivity(unchecked) var outletForms: [[String]] = []
    /// The outlet's short name stands without "the" ("Newsday" of "Trinidad Newsday").
    @exclusivity(unchecked) var outletShortBare = false
    /// The year the article was published, when known.
    var year: Int?

    init(gazetteer: Gazetteer, units: [TextUnit], lines: LineIndex) {
        self.gazetteer = gazetteer
        self.units = units
        self.tokens = units.map { TokenList(Tokenizer.tokenize($0.text)) }
        self.unitBytes = units.map { Array($0.text.utf8) }
        self.lines = lines
    }

    func entity(_ id: String) -> Entity? { local[id] ?? gazetteer.entities[id] }

    // MARK: - Entities

    func tagEntities() {
        findAcronymDefinitions()
        var gazetteerSpans: [Span] = []
        var ambiguous: [Span] = []
        // The outlet's name without its "The" ("By a Journal of Commerce Staff Writer"), when two words or more are left.
        let outletBare = outlet.flatMap { o in o.words.count >= 4 && o.words[0] == "The" ? Array(o.words.dropFirst()) : nil }
        let firstParagraph = units.firstIndex { $0.kind != .heading }
        for u in units.indices {
            let toks = tokens[u]
            var i = 0
            while i < toks.count {
                let match = gazetteerMatch(toks, at: i)
                if let outlet, let end = outletEnd(toks, at: i, words: outlet.words), end >= (match?.1 ?? i) {
                    gazetteerSpans.append(Span(unit: u, first: i, last: end - 1, entityID: outlet.id, rule: "organization.outlet"))
                    i = end
                    continue
                }
                // ("Special to The Times of the Americas": "The" before a name the source gives without it, which a shorter
                // known paper's name, "The Times", would otherwise take.)
                if let outlet, outlet.words.count >= 2, outlet.words[0] != "The", toks[i].lowerIs("the"), let end = outletEnd(toks, at: i + 1, words: outlet.words),
                   end >= (match?.1 ?? i) {
                    gazetteerSpans.append(Span(unit: u, first: i + 1, last: end - 1, entityID: outlet.id, rule: "organization.outlet"))
                    i = end
                    continue
                }
                if let bare = outletBare, let outlet, toks[i].is(bare[0]), i == 0 || !toks[i - 1].lowerIs("the"),
                   let end = outletEnd(toks, at: i, words: bare), end >= (match?.1 ?? i) {
                    gazetteerSpans.append(Span(unit: u, first: i, last: end - 1, entityID: outlet.id, rule: "organization.outlet"))
                    i = end
                    continue
                }
                // "London, 30 November (Argus) —": an agency's first word in brackets in the dateline.
                if u == firstParagraph, toks[i].is("("), i + 2 < toks.count, i < 12, toks[i + 2].is(")"), let outlet, outlet.words.count == 2,
                   toks[i + 1].is(outlet.words[0]), toks[i + 1].isCapitalized, !toks[i + 1].isAllCaps || toks[i + 1].characterCount > 3 {
                    gazetteerSpans.append(Span(unit: u, first: i + 1, last: i + 1, entityID: outlet.id, rule: "organization.outlet"))
                    i += 3
                    continue
                }
                // "OTTAWA (CP) —", "KARACHI, Sept. 19 (PTI).", "PEKING, Friday (AAP). —": a news agency's initials in brackets
                // after a dateline (a paragraph opening on a place and a date) credit the agency, whatever else the letters stand for.
                if toks[i].is("("), i + 2 < toks.count, toks[i + 2].is(")"), i >= 1, i <= 12, let id = Self.datelineAgencies[toks[i + 1].text],
                   gazetteer.entities[id] != nil, toks[0].isAllCaps || (toks[0].isCapitalized && toks[0..<i].contains(where: { $0.kind == .number })),
                   toks[0..<i].allSatisfy({ $0.isCapitalized || $0.isAllCaps || $0.kind == .number || $0.is(",", ".", "-", "'") }) {
                    gazetteerSpans.append(Span(unit: u, first: i + 1, last: i + 1, entityID: id, rule: "organization.dateline-agency"))
                    i += 3
                    continue
                }
                // "a Daily News correspondent" in the Chicago Daily News, "told Sun.Star" in Sun.Star Cebu, "sagte Schmidt der
                // WELT" in Die Welt: the paper's name without the place it is of, or without its article.
                if let outlet, !outletForms.isEmpty, match.map({ !$0.0.entityID.hasBytePrefix("organization/") }) ?? true,
                   i == 0 || !(toks[i - 1].isCapitalized && toks[i - 1].isWord && toks[i - 1].spaceBefore) || Self.outletArticles.contains(toks[i - 1]),
                   let end = outletForms.lazy.compactMap({ form in self.outletEnd(toks, at: i, words: form).flatMap { form.count >= 2 || (i > 0 && Self.outletArticles.contains(toks[i - 1])) ? $0 : nil } }).first,
                   end == toks.count || !(toks[end].isCapitalized && toks[end].isWord && toks[end].spaceBefore) {
                    gazetteerSpans.append(Span(unit: u, first: i, last: end - 1, entityID: outlet.id, rule: "organization.outlet"))
                    i = end
                    continue
                }
                // "told the Post-Dispatch": the paper by its last word.
                if let short = outletShort, let outlet, outletShortBare || (i > 0 && toks[i - 1].is("the", "The")), toks[i].text == short[0], let end = outletEnd(toks, at: i, words: short),
                   match.map({ $0.1 <= end }) ?? true, end == toks.count || !toks[end].isCapitalized {
                    gazetteerSpans.append(Span(unit: u, first: i, last: end - 1, entityID: outlet.id, rule: "organization.outlet"))
                    i = end
                    continue
                }
                // "told The Times" in the Times of Swaziland: "The" and the paper's word, which another paper's name would take.
                if let short = outletShort, let outlet, !outletShortBare, toks[i].is("the", "The"), i + 1 < toks.count, toks[i + 1].text == short[0],
                   let end = outletEnd(toks, at: i + 1, words: short), let (entry, known) = match, known == end, entry.entityID.hasBytePrefix("organization/"),
                   end == toks.count || !toks[end].isCapitalized {
                    gazetteerSpans.append(Span(unit: u, first: i + 1, last: end - 1, entityID: outlet.id, rule: "organization.outlet"))
                    i = end
                    continue
                }
                // "told THT": the paper by its initials.
                if let outlet, let initials = outletInitials, toks[i].text == initials, match == nil {
                    gazetteerSpans.append(Span(unit: u, first: i, last: i, entityID: outlet.id, rule: "organization.outlet"))
                    i += 1
                    continue
                }
                // ("he told an E.D.P. reporter" in the Eastern Daily Press: the initials with full stops.)
                if let outlet, let initials = outletInitials, initials.count >= 3, let end = Self.dottedInitialsEnd(toks, at: i, spelling: initials), (match?.1 ?? i) <= end {
                    gazetteerSpans.append(Span(unit: u, first: i, last: end, entityID: outlet.id, rule: "organization.outlet"))
                    i = end + 1
                    continue
                }
                // (An acronym the article defines for a body sitegen does not know names no other body.)
                if !otherAcronyms.isEmpty, otherAcronyms.contains(toks[i].text), acronyms[toks[i].text] == nil, (match?.1 ?? i + 1) <= i + 1 {
                    i += 1
                    continue
                }
                // (An acronym or short name the article defines starts with a capital: other tokens skip the look-up.)
                if !acronyms.isEmpty, toks[i].isWord, toks[i].isCapitalized, let id = acronyms[toks[i].text], (match?.1 ?? i + 1) <= i + 1 {
                    gazetteerSpans.append(Span(unit: u, first: i, last: i, entityID: id, rule: "acronym.defined"))
                    i += 1
                    continue
                }
                // "Indo-Pakistan talks", "Indo-China ties": "Indo-" before a country is India, one side of the pair.
                // ("Indo-China" alone is the region; before "ties", "border", ... it is India and China.)
                if toks[i].is("Indo"), i + 2 < toks.count, toks[i + 1].is("-"), !toks[i + 1].spaceBefore, !toks[i + 2].spaceBefore,
                   let (other, otherEnd) = gazetteer.trie.longestMatch(in: toks, at: i + 2), other.entityID.hasBytePrefix("country/"),
                   // (Not inside a longer known name: "the Indo-Soviet Treaty".)
                   !(match.map { $0.1 > otherEnd && !$0.0.entityID.hasBytePrefix("region/") && !$0.0.entityID.hasBytePrefix("country/") } ?? false),
                   match.map({ !$0.0.entityID.hasBytePrefix("region/") }) ?? true
                    || (otherEnd < toks.count && Self.pairNouns.contains(lowerOf: toks[otherEnd])) {
                    gazetteerSpans.append(Span(unit: u, first: i, last: i, entityID: "country/in", rule: "gazetteer.compound"))
                    i += 2
                    continue
                }
                // "the N.C.N.C. and the Action Group", "the I.L.O.": an acronym written with full stops, as papers of the 1950s to
                // the 1970s wrote them, is the body the gazetteer knows by the letters (not a person's initials).
                if match == nil, let (letters, last) = Self.dottedAcronym(toks, at: i),
                   let (known, knownEnd) = gazetteer.trie.longestMatch(in: Tokenizer.tokenize(letters), at: 0), knownEnd == 1, known.form != .stop,
                   !known.entityID.hasBytePrefix("person/") {
                    gazetteerSpans.append(Span(unit: u, first: i, last: last, entityID: known.entityID, rule: "gazetteer.dotted-acronym"))
                    i = last + 1
                    continue
                }
                // ("reçu l'abbé Pierre", "sœur Emmanuelle", "padre Pio": French, Italian and Spanish write a cleric's title in lower
                // case before the name, which the gazetteer knows with the title in capitals.)
                if match == nil, toks[i].isLowercase, Self.lowercaseClericalTitles.contains(toks[i]), i + 1 < toks.count, toks[i + 1].isCapitalized,
                   toks[i + 1].spaceBefore,
                   case let capitalised = Tokenizer.tokenize(toks[i].text.withCapitalFirst + " " + text(of: toks, from: i + 1, to: min(toks.count - 1, i + 3), in: u)),
                   let (entry, end) = gazetteer.trie.longestMatch(in: capitalised, at: 0), end >= 2, entry.entityID.hasBytePrefix("person/"), entry.form != .stop {
                    gazetteerSpans.append(Span(unit: u, first: i, last: i + end - 1, entityID: entry.entityID, rule: "gazetteer.name"))
                    i += end
                    continue
                }
                guard var (entry, end) = match else { i += 1; continue }
                // ("the Shatt al-Arab", "Jazirat al-Arab": a word after the Arabic article and its hyphen is part of a name.)
                if i >= 2, toks[i - 1].is("-"), !toks[i - 1].spaceBefore, !toks[i].spaceBefore, toks[i - 2].is("al", "el", "ul"), entry.form == .adjective,
                   !entry.entityID.hasBytePrefix("organization/") { i += 1; continue }
                // "the Gulf Cooperation Council": a form opening with "the" gives way to a longer name after it.
                if toks[i].lowerIs("the"), let after = gazetteer.trie.longestMatch(in: toks, at: i + 1), after.1 > end { i += 1; continue }
                // "Laos-China Railway": after "Laos-", only the country, not a longer name.
                if end - i > 1, i >= 2, toks[i - 1].is("-"), !toks[i - 1].spaceBefore, !toks[i].spaceBefore, toks[i - 2].isCapitalized {
                    guard let single = gazetteer.trie.longestMatch(in: Array(toks[i...i]), at: 0) else { i += 1; continue }
                    (entry, end) = (single.0, i + 1)
                }
                if entry.form == .stop { i = end; continue }
                // ("The Australian Prime Minister", "The Independent Commission Against Corruption", "The Australian flag": a
                // newspaper's name opening with "The" that runs on into a longer name, or that ends in a people's adjective
                // before a noun, is not the newspaper.)
                if toks[i].is("The"), end < toks.count, toks[end].spaceBefore, toks[end].isWord, let e = entity(entry.entityID), e.type == "media",
                   (toks[end].isCapitalized && !toks[end].isAllCaps)
                    || (toks[end].isLowercase && !isSpeechVerb(toks[end]) && !Self.newspaperVerbs.contains(toks[end])
                        && gazetteer.trie.longestMatch(in: toks, at: end - 1).map({ $0.0.form == .adjective && $0.1 == end }) ?? false) {
                    i += 1
                    continue
                }
                // ("Mario Ferrari Aggradi", "Pablo Ferrari, the head of ...": a known given name before a body's one-word name makes it
                // a person's family name, as Ford, Porsche and Disney were.)
                if end == i + 1, i > 0, toks[i - 1].isCapitalized, toks[i].spaceBefore, toks[i - 1].isWord, !toks[i].isAllCaps, toks[i].characterCount >= 3,
                   entry.form == .name || entry.form == .alias, entry.entityID.hasBytePrefix("organization/"),
                   Lexicon.isGivenName(toks[i - 1]) {
                    i = end
                    continue
                }
                // ("Jakarta's Soekarno-Hatta airport": a known person's name glued by a hyphen to another name is a place's.)
                if entry.entityID.hasBytePrefix("person/"), end + 1 < toks.count, toks[end].is("-"), !toks[end].spaceBefore, !toks[end + 1].spaceBefore,
                   toks[end + 1].isCapitalized, toks[end + 1].isWord {
                    i = end + 2
                    continue
                }
                // "Peter Kenilorea Jr": the known Peter Kenilorea's son, a person of his own (found from the text).
                if entry.entityID.hasBytePrefix("person/"), let suffix = (end < toks.count && !toks[end].is(",") ? end : end + 1) as Int?,
                   // ("Senator Teofisto Guingona III": not the known Teofisto Guingona Jr., his father.)
                   suffix < toks.count, toks[suffix].is("Jr", "Jnr") || toks[suffix].is("II", "III", "IV"), !(entity(entry.entityID)?.name.contains(toks[suffix].text) ?? true) {
                    i = end
                    continue
                }
                // ("Joseph Borg Cardona, managing director of an import company": a familiar form of a known person's name ("Joe
                // Borg") that runs on into another capitalised name is someone else's longer name.)
                if entry.form == .alias, entry.entityID.hasBytePrefix("person/"), end < toks.count, toks[end].spaceBefore, toks[end].isWord,
                   toks[end].isCapitalized, !toks[end].isAllCaps, let e = entity(entry.entityID), Gazetteer.isFamiliarVariant(entry.surface, of: e.name),
                   gazetteer.trie.longestMatch(in: toks, at: end) == nil {
                    i = end
                    continue
                }
                // ("Mr Robert Carr", the Home Secretary, in 1972: a familiar form of a known person's given name ("Bob Carr") fits
                // only someone in public life within twenty years of the article.)
                if familiarFormOutOfTime(entry) {
                    i = end
                    continue
                }
                // "the Portuguese acronym", "written in Portuguese.": a language, not the country.
                if entry.form == .adjective, entry.entityID.hasBytePrefix("country/"), isLanguageUse(toks, first: i, end: end) { i = end; continue }
                if !acceptsBoundary(toks, first: i, end: end, entry: entry) { i += 1; continue }
                // "Indonesia's Ministry of Trade": Indonesia is mentioned too.
                if entry.form == .alias, let split = gazetteer.possessiveAliases[entry.surface], i + split.tokens + 2 < end {
                    gazetteerSpans.append(Span(unit: u, first: i, last: i + split.tokens - 1, entityID: split.country, rule: "gazetteer.name"))
                    gazetteerSpans.append(Span(unit: u, first: i + split.tokens + 2, last: end - 1, entityID: entry.entityID, rule: "gazetteer.alias"))
                    i = end
                    continue
                }
                // "German Council on Foreign Relations": another country's body of the same name.
                if entry.form == .name || entry.form == .alias, let adjective = gazetteerSpans.last, adjective.unit == u, adjective.last == i - 1,
                   adjective.rule == "gazetteer.adjective", isOtherCountrysNamesake(toks, at: i, entityID: entry.entityID) {
                    let name = text(of: toks, from: adjective.first, to: end - 1, in: u)
                    let id = "organization/" + Slug.make(name)
                    var body = local[id] ?? Entity(id: id, kind: .organization, name: name)
                    body.type = "found in text"
                    body.countries = [adjective.entityID]
                    local[id] = body
                    gazetteerSpans[gazetteerSpans.count - 1] = Span(unit: u, first: adjective.first, last: end - 1, entityID: id, rule: "organization.namesake")
                    i = end
                    continue
                }
                // ("Health Minister Paul Martin" in 1955: a known person's name, in an article from before their time, is the
                // namesake of the time the gazetteer knows by the same name with "Sr." or "Jr.", the father or the son.)
                if entry.entityID.hasBytePrefix("person/"), entry.form == .name || entry.form == .alias, let namesake = namesakeOfTheTime(entry) {
                    gazetteerSpans.append(Span(unit: u, first: i, last: end - 1, entityID: namesake, rule: "person.namesake-of-the-time"))
                    i = end
                    continue
                }
                // ("the Garfield Sobers Gymnasium", "the Jomo Kenyatta Stadium": a place named after a known person is no mention of them.)
                if entry.entityID.hasBytePrefix("person/"), end < toks.count, toks[end].spaceBefore, Self.placesNamedAfterPeople.contains(toks[end]),
                   i > 0, toks[i - 1].lowerIs("the") {
                    i = end + 1
                    continue
                }
                // ("Leicester City Council": not the football club Leicester City, but a council whose name the text gives whole.)
                if end < toks.count, toks[end].is("Council"), toks[end].spaceBefore, toks[end - 1].is("City", "Town", "County", "Borough"),
                   entry.entityID.hasBytePrefix("organization/") {
                    i = end
                    continue
                }
                let span = Span(unit: u, first: i, last: end - 1, entityID: entry.entityID, rule: entry.form.rule)
                // ("in der Türkei", "Türkiye": a country's name in another language, or with letters English does not write, is
                // not the word or the given name its English name is.)
                if let e = entity(entry.entityID), e.ambiguous, entry.form != .adjective, toks[i..<end].count == 1,
                   toks[i].text == e.name || !(toks[i].text.utf8.contains { $0 >= 0x80 } || (language != "en" && e.kind == .country)) {
                    ambiguous.append(span)
                } else {
                    gazetteerSpans.append(span)
                }
                i = end
            }
        }
        // (A national body's dotted acronym only in a story that names its country: "the N.P.C." in a Lagos paper of 1965 is the
        // Northern People's Congress, not China's National People's Congress.)
        if gazetteerSpans.contains(where: { $0.rule == "gazetteer.dotted-acronym" }) {
            let named = Set(gazetteerSpans.lazy.filter { $0.entityID.hasBytePrefix("country/") }.map(\.entityID))
            gazetteerSpans.removeAll { $0.rule == "gazetteer.dotted-acronym" && (entity($0.entityID)?.countries.first.map { !named.contains($0) } ?? false) }
        }
        // Names inside a long form the text defined do not count on their own.
        setSpans(gazetteerSpans.filter { g in !longForms.contains { $0.unit == g.unit && $0.first <= g.first && g.last <= $0.last } } + longForms)
        tagTitleCaseAcronyms()
        dropTitlesOutOfTime()
        renameInitiativesOfOtherPairs()
        discoverCountryNamedParties()
        discoverDescribedBodies()
        discoverPeople()
        dropNamesInsideVenues()
        dropIndigenousIndians()
        discoverDocumentNames()
        discoverNamedPolicies()
        discoverNamedBodies()
        discoverAcronymDefinedBodies()
        tagLowercaseDocumentNames()
        bindRepeatedOwnerNamed()
        joinUnitsToKnownBodies()
        bindCountryNamedBodies()
        resolveAmbiguous(ambiguous)
        qualifyGenericBodies()
        tagLowercaseArmedServices()
        tagShortNamesOfFoundBodies()
        tagRepeatsOfDescribedBodies()
        resolveNamesakes()
        resolveForeignNamesakeParties()
        tagBareLabourParties()
        resolveSharedInitiativeNames()
        tagFreeTradeAgreementsByKind()
        bindInitialisms()
        resolveSurnames()
        tagKnightsByGivenName()
        tagLeadersByFamilyName()
        tagReigningMonarchs()
        tagReigningPope()
        spellOutLegalForms()
        tagCompaniesListedWithCompanies()
        tagCamelCaseBodies()
        tagStatementBodies()
        tagAffiliations()
        tagCompanyShortNames()
        resolveMissionAnaphora()
        resolveCongo()
        tagSeatsOfGovernment()
        tagElidedRegions()
        readSpanishEU()
        readCentralAfrican()
        dropItalianBorn()
        dropThingsNamedAfterPeople()
        dropShipNames()
        setSpans(spans.sorted { ($0.unit, $0.first) < ($1.unit, $1.first) })
    }

    /// "the Simón Bolívar would be a white elephant", "aboard the Queen Elizabeth": a known person's full name right after
    /// "the" names a thing called after them (a satellite, a ship), when it opens with a given name ("the Dalai Lama" and
    /// "the Aga Khan" stay people).
    /// Articles and contractions of a preposition and an article that open sentences in Portuguese, Spanish, Italian and
    /// French ("Na", "Da", "La", "Nella", "Au"): before a capitalised word they are not a name's first word.
    static let romanceOpeningArticles: TokenSet = [
        "Na", "No", "Nas", "Nos", "Da", "Do", "Das", "Dos", "Pela", "Pelo", "Pelas", "Pelos", "Numa", "Num", "A", "O", "As", "Os",
        "La", "Las", "Los", "El", "Al", "Del", "Le", "Les", "Au", "Aux", "Du", "Des", "Il", "Lo", "Gli", "Nella", "Nel", "Della", "Dello",
        "Alla", "Allo", "Sulla", "Sul", "Dalla", "Dal",
    ]

    /// What a person's name may qualify and still be the person's: "the Bruce Golding administration".
    static let personsOwnNouns: TokenSet = [
        "administration", "government", "cabinet", "era", "years", "regime", "presidency", "team", "camp", "campaign", "doctrine",
        "plan", "visit", "family", "household", "estate", "case", "trial", "affair", "legacy", "premiership", "ministry",
    ]

    /// Prefixes of ships' names ("HMS", "USS", "MV"), written with or without full stops.
    static let shipPrefixes: Set<String> = ["HMS", "USS", "SS", "RMS", "HMAS", "HMCS", "HMNZS", "INS", "MV", "MS", "HMT", "USNS", "RFA"]

    /// "aboard the cruiser H.M.S. Mauritius", then "As the Mauritius moved down the Shatt-al-Arab": a ship named after a
    /// country or a place is the ship, there and wherever "the" names it again.
    func dropShipNames() {
        var ships = Set<String>()
        for u in units.indices {
            let toks = tokens[u]
            var k = 0
            while k < toks.count {
                // "HMS" or "H.M.S.": the prefix's letters, with or without full stops.
                var letters = ""
                var j = k
                while j < toks.count, toks[j].isAllCaps || (toks[j].characterCount == 1 && toks[j].isCapitalized) {
                    letters += toks[j].text
                    j += 1
                    if j < toks.count, toks[j].is("."), !toks[j].spaceBefore { j += 1 } else { break }
                }
                if Self.shipPrefixes.contains(letters), j < toks.count, toks[j].isCapitalized, toks[j].spaceBefore, let span = coveringSpan(u, j), span.first == j,
                   span.entityID.hasBytePrefix("country/") || span.entityID.hasBytePrefix("region/") {
                    ships.insert(text(of: toks, from: span.first, to: span.last, in: u))
                }
                k = max(j, k + 1)
            }
        }
        guard !ships.isEmpty else { return }
        let kept = spans.filter { span in
            guard span.entityID.hasBytePrefix("country/") || span.entityID.hasBytePrefix("region/") else { return true }
            let toks = tokens[span.unit]
            guard ships.contains(text(of: toks, from: span.first, to: span.last, in: span.unit)), span.first > 0 else { return true }
            let before = toks[span.first - 1]
            return !(before.is("the") || before.is(".") && span.first >= 2 && toks[span.first - 2].characterCount == 1 || before.isAllCaps && Self.shipPrefixes.contains(before.text))
        }
        if kept.count != spans.count { setSpans(kept) }
    }

    /// Nouns of places named after people: "the port of Lázaro Cárdenas", "the city of Ho Chi Minh".
    static let placeNounsBeforeNames: TokenSet = [
        "port", "ports", "city", "town", "village", "province", "municipality", "airport", "station", "district",
        "puerto", "puertos", "ciudad", "porto", "portos", "cidade", "città", "aeropuerto", "aeroporto",
    ]

    func dropThingsNamedAfterPeople() {
        let kept = spans.filter { span in
            guard span.entityID.hasBytePrefix("person/"), span.rule.hasPrefix("gazetteer."), span.first > 0, span.last > span.first else { return true }
            let toks = tokens[span.unit]
            // ("the Mia Amor Mottley administration" is the person's.)
            let after = span.last + 1 < toks.count ? toks[span.last + 1] : nil
            if let after, after.isLowercase, Self.personsOwnNouns.contains(after) { return true }
            // ('The B.E.A. Elizabethan airliner, named "Lord Burghley,"': a name in quotation marks given to a thing.)
            if span.first >= 2, toks[span.first - 1].is("\"", "\u{201C}", "\u{2018}", "'"), toks[span.first - 2].is("named", "christened", "renamed") { return false }
            // ("the ports of Manzanillo and Lázaro Cárdenas", "el puerto de Lázaro Cárdenas": a place named after the person.)
            var j = span.first - 1
            if j >= 2, toks[j].is("and", "y", "e"), toks[j - 1].isCapitalized { j -= 1; while j > 0, toks[j - 1].isCapitalized, toks[j].spaceBefore { j -= 1 }; j -= 1 }
            if j >= 1, toks[j].is("of", "de", "di"), Self.placeNounsBeforeNames.contains(lowerOf: toks[j - 1]) { return false }
            let first = toks[span.first].text
            return !(toks[span.first - 1].is("the")
                     && (Lexicon.givenNameGenders[first] ?? Lexicon.givenNameGenders[first.folding(options: .diacriticInsensitive, locale: nil)]) != nil)
        }
        if kept.count != spans.count { setSpans(kept) }
    }

    /// "Agriculture Minister Kaspars Gerhards (National Alliance)", "the mayor of Bor, Aleksandar Milikić (SNS),": capitalised
    /// words in brackets right after a person's name are the party or body the person belongs to (not a place, a state or
    /// a title: "Sen. John Tower (R-Texas)", "Patrick Lau (Hong Kong)").
    /// Single words that parties are called by, which are also common words.
    static let commonPartyWords: Set<String> = [
        "Centre", "Center", "Reform", "Labour", "Labor", "Liberal", "Liberals", "Conservative", "Conservatives", "Green", "Greens",
        "Left", "Right", "Independent", "Socialist", "Socialists", "Democrat", "Democrats", "Republican", "Unity", "Alliance", "Progress",
    ]

    /// "The Duke of Edinburgh" is Prince Philip in 1975, not in 2024: a person known by a title they held for a
    /// time is that person by the title only in an article from those years (or of no known year).
    func dropTitlesOutOfTime() {
        guard let year else { return }
        let kept = spans.filter { span in
            guard span.entityID.hasBytePrefix("person/"), span.rule == "gazetteer.alias", let e = entity(span.entityID) else { return true }
            let matched = text(of: tokens[span.unit], from: span.first, to: span.last, in: span.unit)
            guard let role = e.roles.first(where: { $0.title == matched }), role.from != nil || role.to != nil else { return true }
            return (role.from ?? Int.min) <= year && year <= (role.to ?? Int.max)
        }
        if kept.count != spans.count { setSpans(kept) }
    }

    func tagAffiliations() {
        var found: [String: Entity] = [:]
        for span in spans where span.entityID.hasBytePrefix("person/") {
            let toks = tokens[span.unit]
            let open = span.last + 1
            guard open + 2 < toks.count, toks[open].is("("), let close = (open + 2..<min(toks.count, open + 6)).first(where: { toks[$0].is(")") }) else { continue }
            let inner = (open + 1)..<close
            guard inner.allSatisfy({ toks[$0].isWord && toks[$0].kind != .number && (toks[$0].isCapitalized || toks[$0].is("of", "for", "and")) }),
                  toks[inner.lowerBound].isCapitalized, toks[inner.upperBound - 1].isCapitalized,
                  !inner.contains(where: { isCovered(span.unit, $0) || Lexicon.titleWords.contains(toks[$0]) }) else { continue }
            let name = text(of: toks, from: inner.lowerBound, to: inner.upperBound - 1, in: span.unit)
            guard Lexicon.placeCountries[name] == nil, !Lexicon.places.contains(name), !Lexicon.usStateNames.contains(name),
                  Lexicon.placeCountriesByKey[Lexicon.placeKey(name)] == nil, !["Jr", "Sr", "Retd", "Rtd", "Ret", "PhD", "DPhil", "MSc", "BSc", "MBA", "MPhil", "LLB", "LLM", "Hons"].contains(name),
                  // (Not initials, which are as often degrees and honours as parties: "(PhD)", "(SAN)", "(OBE)"; nor one word that is
                  // also a common one: "(Centre)", "(Reform)" stand for parties whose names the article does not give.)
                  !inner.contains(where: { toks[$0].isAllCaps }),
                  inner.count > 1 || !(Lexicon.genericInstitutionWords.contains(toks[inner.lowerBound]) || Lexicon.organizationHeads.contains(toks[inner.lowerBound])
                                       || Lexicon.causeWords.contains(toks[inner.lowerBound]) || Self.commonPartyWords.contains(name)) else { continue }
            let id = "organization/" + Slug.make(name)
            var e = found[id] ?? local[id] ?? gazetteer.entities[id] ?? Entity(id: id, kind: .organization, name: name)
            guard e.kind == .organization else { continue }
            if gazetteer.entities[id] == nil { e.type = e.type ?? "found in text" }
            found[id] = e
            addSpan(Span(unit: span.unit, first: inner.lowerBound, last: inner.upperBound - 1, entityID: id, rule: "organization.affiliation"))
        }
        for (id, e) in found where gazetteer.entities[id] == nil { local[id] = e }
    }

    /// "TransMilenio said in a statement": a word with a capital inside it after lower-case letters (a brand's
    /// spelling) that speaks is a body's name, unless it is a family name's ("McDonald", "DeSantis", "MacArthur").
    func tagCamelCaseBodies() {
        var found: [String: Entity] = [:]
        // Only words seen speaking ("TransMilenio said"): brand spellings also name products, places and
        // events ("CoronaVac", "KwaZulu", "GuptaLeaks").
        var speakers = Set<String>()
        for u in units.indices where units[u].kind != .heading {
            let toks = tokens[u]
            for k in toks.indices.dropLast() where toks[k].isWord && toks[k].isCapitalized && Lexicon.speechVerbs.contains(toks[k + 1]) && Self.isCamelCase(toks[k].text) {
                speakers.insert(toks[k].text)
            }
        }
        guard !speakers.isEmpty else { return }
        // "Centro de Exportación e Inversión de la República Dominicana (ProDominicana)": a spelling given in brackets
        // right after a body's name is that body's short name.
        var definedAs: [String: String] = [:]
        for u in units.indices where units[u].kind != .heading {
            let toks = tokens[u]
            for k in toks.indices where k >= 2 && k + 1 < toks.count && speakers.contains(toks[k].text) && toks[k - 1].is("(") && toks[k + 1].is(")") {
                if let body = coveringSpan(u, k - 2), body.last == k - 2, body.entityID.hasBytePrefix("organization/"), definedAs[toks[k].text] == nil {
                    definedAs[toks[k].text] = body.entityID
                }
            }
        }
        for u in units.indices where units[u].kind != .heading {
            let toks = tokens[u]
            for k in toks.indices where toks[k].isWord && toks[k].isCapitalized && !toks[k].isAllCaps && !isCovered(u, k) {
                let word = toks[k].text
                guard speakers.contains(word) else { continue }
                if let body = definedAs[word] {
                    addSpan(Span(unit: u, first: k, last: k, entityID: body, rule: "acronym.defined"))
                    continue
                }
                // Not a word of a longer capitalised name.
                if k > 0, toks[k - 1].isCapitalized, toks[k].spaceBefore, !(k == 1 || toks[k - 2].is(".", "\"", "\u{201C}")) { continue }
                if k + 1 < toks.count, toks[k + 1].isCapitalized, toks[k + 1].spaceBefore { continue }
                addOneWordBody(word, unit: u, at: k, rule: "organization.brand-spelling", found: &found)
            }
        }
        for (id, e) in found where gazetteer.entities[id] == nil { local[id] = e }
    }

    /// "Enemalta said in a statement that ...", "Animalia said in a press release": a single capitalised word the text names
    /// nothing else by, opening its sentence and speaking in a statement, is a body's name (people speak in statements too,
    /// but one named by a single word is found as a person first, from the full name the text gives elsewhere).
    func tagStatementBodies() {
        var found: [String: Entity] = [:]
        for u in units.indices where units[u].kind != .heading {
            let toks = tokens[u]
            for k in toks.indices where k + 5 < toks.count && toks[k].isWord && toks[k].isCapitalized && !toks[k].isAllCaps && !isCovered(u, k) {
                guard k == 0 || toks[k - 1].is(".", "\"", "\u{201C}", "\u{201D}"), toks[k + 1].is("said", "says"), toks[k + 2].is("in"),
                      toks[k + 3].is("a", "its"), Self.statementWords.contains(toks[k + 4]) || (toks[k + 4].is("press") && toks[k + 5].is("release")) else { continue }
                let word = toks[k].text
                guard word.count >= 4, Lexicon.givenNameGenders[word] == nil, !Lexicon.notNames.contains(toks[k]), !Lexicon.titleWords.contains(toks[k]),
                      Lexicon.placeCountries[word] == nil, !Lexicon.places.contains(toks[k]), Lexicon.pronounGender(word) == nil,
                      // (Nor a known family name: "Johnson said in a statement" is someone.)
                      gazetteer.peopleByFamilyName[word] == nil else { continue }
                // (Not a family name the text uses for someone: "Okonjo-Iweala said in a statement" after "Ngozi Okonjo-Iweala".)
                if spans.contains(where: { $0.entityID.hasBytePrefix("person/") && tokens[$0.unit][$0.last].text == word }) { continue }
                addOneWordBody(word, unit: u, at: k, rule: "organization.statement", found: &found)
            }
        }
        for (id, e) in found where gazetteer.entities[id] == nil { local[id] = e }
    }

    /// (Fewer than `statementNouns`, which the quote rules use: "said in an interview" or "in a speech" is as often a person.)
    static let statementWords: TokenSet = ["statement", "communique", "communiqué", "release", "letter"]

    /// A body found in the text by one word of its name, at token `k`: its entity (kept in `found`, then in `local`) and its span.
    func addOneWordBody(_ word: String, unit u: Int, at k: Int, rule: String, found: inout [String: Entity]) {
        let id = "organization/" + Slug.make(word)
        var e = found[id] ?? local[id] ?? Entity(id: id, kind: .organization, name: word)
        if gazetteer.entities[id] == nil { e.type = e.type ?? "found in text" }
        found[id] = e
        addSpan(Span(unit: u, first: k, last: k, entityID: id, rule: rule))
    }

    static func isCamelCase(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 6 else { return false }
        for prefix in ["Mc", "Mac", "De", "Di", "Du", "Da", "La", "Le", "Van", "Von", "Fitz", "St"] where word.hasPrefix(prefix) {
            if let next = word.unicodeScalars.dropFirst(prefix.count).first, next.properties.isUppercase { return false }
        }
        for i in 2..<scalars.count - 2 where scalars[i].properties.isUppercase && scalars[i - 1].properties.isLowercase && scalars[i + 1].properties.isLowercase {
            return true
        }
        return false
    }

    /// Nouns after a pair of countries: "Indo-China ties", "Sino-Indian border".
    static let pairNouns: TokenSet = [
        "ties", "relations", "relationship", "border", "boundary", "trade", "talks", "war", "friendship", "agreement", "summit",
        "dialogue", "cooperation", "co-operation", "rivalry", "conflict", "dispute", "standoff", "treaty", "accord", "partnership",
    ]

    /// Words before a list of companies: "a consortium of ...", "owned by ...", "made up of ...".
    static let companyListCues: TokenSet = [
        "consortium", "consortia", "companies", "firms", "owned", "made", "contractors", "investors", "shareholders", "lenders",
        "partners", "suppliers", "manufacturers", "carmakers", "automakers", "operators", "developers", "venture", "builders",
    ]

    /// "owned by China's Guangdong Yudean Group, Malaysia's YTL Power International and Estonia's Eesti Energia",
    /// "the consortium of China Harbour Engineering Company and Xi'an Metro": in a list of companies, after a word
    /// that announces them, capitalised names the text does not otherwise know are companies too.
    func tagCompaniesListedWithCompanies() {
        for u in units.indices where units[u].kind != .heading {
            let toks = tokens[u]
            var i = 0
            while i < toks.count {
                defer { i += 1 }
                guard Self.companyListCues.contains(lowerOf: toks[i]) else { continue }
                // The list starts after "of", "by" or ":" within a few words of the cue.
                var k = i + 1
                while k < toks.count, k - i <= 3, !toks[k].is("of", "by", ":", "include", "including") { k += 1 }
                guard k < toks.count, k - i <= 3 else { continue }
                k += 1
                // The items: an optional possessive place ("Malaysia's"), then a known body or capitalised words.
                var items: [(first: Int, last: Int, known: Bool)] = []
                while k < toks.count, items.count < 6 {
                    if let place = coveringSpan(u, k), place.first == k, place.entityID.hasBytePrefix("country/") || place.entityID.hasBytePrefix("region/"),
                       place.last + 2 < toks.count, toks[place.last + 1].is("'", "\u{2019}"), toks[place.last + 2].is("s") {
                        k = place.last + 3
                    }
                    guard k < toks.count else { break }
                    if let span = coveringSpan(u, k), span.first == k {
                        guard span.entityID.hasBytePrefix("organization/") else { break }
                        items.append((k, span.last, true))
                        k = span.last + 1
                    } else {
                        var e = k
                        while e < toks.count, e - k < 4, toks[e].isWord, toks[e].isCapitalized || toks[e].isAllCaps, !isCovered(u, e),
                              e > k || !Lexicon.notNames.contains(toks[e]), !Lexicon.calendarWords.contains(toks[e]) {
                            e += 1
                            // "Xi'an Metro": an apostrophe inside a word.
                            if e + 1 < toks.count, toks[e].is("'", "\u{2019}"), !toks[e].spaceBefore, !toks[e + 1].spaceBefore, toks[e + 1].isLowercase,
                               !toks[e + 1].is("s") { e += 2 }
                        }
                        guard e > k, e == toks.count || !toks[e].isWord || !toks[e].isCapitalized else { break }
                        items.append((k, e - 1, false))
                        k = e
                    }
                    // The connector to the next item.
                    guard k < toks.count else { break }
                    if toks[k].is(","), k + 1 < toks.count, toks[k + 1].is("and") { k += 2 }
                    else if toks[k].is(",", "and", "&") { k += 1 }
                    else { break }
                }
                guard items.count >= 2, items.contains(where: \.known) else { continue }
                for item in items where !item.known {
                    let words = toks[item.first...item.last].filter(\.isWord)
                    guard let first = words.first, !Lexicon.titleWords.contains(first), !Lexicon.places.contains(first),
                          Lexicon.pronounGender(first.text) == nil, !(words.count == 1 && first.characterCount < 3) else { continue }
                    let (span, entity) = body(u, item.first, item.last, rule: "organization.listed-with")
                    if local[entity.id] == nil && gazetteer.entities[entity.id] == nil { local[entity.id] = entity }
                    addSpan(span)
                }
            }
        }
    }

    /// Last words of a company's name that a story drops after the first mention ("Anjin Investments ... Anjin said").
    static let droppedCompanyWords: Set<String> = ["Investments", "Holdings", "Group", "Corporation", "Company", "Limited", "Mining", "Industries", "Enterprises", "Resources", "Incorporated"]

    /// Abbreviations of the last word of a company's name, written in full.
    static let companyAbbreviations: [String: String] = ["Co.": "Company", "Co": "Company", "Corp.": "Corporation", "Corp": "Corporation",
                                                         "Inc.": "Incorporated", "Inc": "Incorporated", "Ltd.": "Limited", "Ltd": "Limited"]

    /// A company found in the text, named by two words, goes by the first alone after its first mention,
    /// when no other body of the article begins with that word and the word is not a common one.
    func tagCompanyShortNames() {
        // (Keyed by the short name's words joined by spaces: "Placer Dome" of "Placer Dome Incorporated".)
        var owner: [String: String] = [:]
        var firstAt: [String: (Int, Int)] = [:]
        for s in spans where s.entityID.hasBytePrefix("organization/") {
            // (A company the gazetteer knows, by the name the story first gives it: "the Anaconda Co. ... an Anaconda
            // spokesman said".)
            let words: [String]
            if gazetteer.entities[s.entityID] == nil {
                guard let e = local[s.entityID] else { continue }
                words = e.name.split(separator: " ").map(String.init)
            } else {
                guard s.last > s.first, gazetteer.entities[s.entityID]?.type == "company" else { continue }
                var written = text(of: tokens[s.unit], from: s.first, to: s.last, in: s.unit).split(separator: " ").map(String.init)
                if let last = written.last, let full = Self.companyAbbreviations[last] { written[written.count - 1] = full }
                guard written.first != "The" else { continue }
                words = written
            }
            guard words.count == 2 || words.count == 3, let last = words.last, Self.droppedCompanyWords.contains(last), words[0].count >= 3,
                  words[0].first?.isUppercase == true, words.dropLast().allSatisfy({ $0.first?.isUppercase == true && !Self.droppedCompanyWords.contains($0) }),
                  words.count == 3 || (!Lexicon.notNames.contains(words[0]) && !Lexicon.places.contains(words[0])) else { continue }
            let short = words.dropLast().joined(separator: " ")
            // (Not a place named by the short form's words: "Hong Kong Limited".)
            if Lexicon.places.contains(short) { continue }
            if let other = owner[short], other != s.entityID { owner[short] = ""; continue }
            owner[short] = s.entityID
            if firstAt[short].map({ (s.unit, s.first) < $0 }) ?? true { firstAt[short] = (s.unit, s.first) }
        }
        owner = owner.filter { !$0.value.isEmpty }
        guard !owner.isEmpty else { return }
        var used = Set<String>()
        for u in units.indices {
            let toks = tokens[u]
            for i in toks.indices where toks[i].isWord && toks[i].isCapitalized {
                for n in [2, 1] where i + n <= toks.count {
                    guard (i..<(i + n)).allSatisfy({ toks[$0].isWord && ($0 == i || toks[$0].spaceBefore) }) else { continue }
                    let short = n == 1 ? toks[i].text : text(of: toks, from: i, to: i + n - 1, in: u)
                    guard let id = owner[short], let first = firstAt[short], (u, i) > first, !(i..<(i + n)).contains(where: { isCovered(u, $0) }) else { continue }
                    // A word of a longer name ("Anjin Mining Company") is not the short name.
                    if i + n < toks.count, toks[i + n].isCapitalized, toks[i + n].spaceBefore { break }
                    if i > 0, toks[i - 1].isCapitalized, toks[i].spaceBefore, !(i == 1 || toks[i - 2].is(".", "\"", "\u{201C}")) { break }
                    addSpan(Span(unit: u, first: i, last: i + n - 1, entityID: id, rule: "organization.short-name"))
                    if n > 1 { used.insert(short) }
                    break
                }
            }
        }
        // (A short name of two words is a name of the body: "Placer Dome" for "Placer Dome Incorporated".)
        for short in used.sorted() {
            guard let id = owner[short], var e = local[id], !e.aliases.contains(short) else { continue }
            e.aliases.append(short)
            local[id] = e
        }
    }

    /// "Korea Trade Promotion Corp": a body found in the text under an abbreviated legal form is named
    /// in full ("... Corporation"), with the abbreviation among its names, so that the two spellings
    /// are one body across articles.
    func spellOutLegalForms() {
        let forms = Gazetteer.legalFormAbbreviations.flatMap { form in form.shorts.map { ($0, form.long) } }
        var renamed: [String: String] = [:]
        for id in local.keys.sorted() {
            guard let e = local[id], e.kind == .organization, gazetteer.entities[id] == nil else { continue }
            guard let (short, long) = forms.first(where: { e.name.hasSuffix($0.0) }), e.name.count > short.count + 2 else { continue }
            // "Dresser Industries Inc. of Dallas ... Dresser Industries said": the body the article also names without its legal form.
            let baseID = "organization/" + Slug.make(String(e.name.dropLast(short.count)))
            if baseID != id, var base = local[baseID] ?? gazetteer.entities[baseID], base.kind == .organization {
                if local[baseID] != nil, !base.aliases.contains(e.name) { base.aliases.append(e.name); local[baseID] = base }
                renamed[id] = baseID
                continue
            }
            let name = String(e.name.dropLast(short.count)) + long
            let newID = "organization/" + Slug.make(name)
            guard newID != id else { continue }
            var full = local[newID] ?? gazetteer.entities[newID] ?? e
            if full.id != newID { full.id = newID; full.name = name }
            if !full.aliases.contains(e.name) { full.aliases.append(e.name) }
            local[newID] = full
            renamed[id] = newID
        }
        guard !renamed.isEmpty else { return }
        for old in renamed.keys { local[old] = nil }
        setSpans(spans.map { s in
            guard let to = renamed[s.entityID] else { return s }
            var s = s
            s.entityID = to
            return s
        })
    }

    /// The outlet of the article, named in front matter: "The Citizen", "RNZ", "The Star (Malaysia)".
    /// Its entity is the gazetteer's when the whole name is a known organisation's, else one made here.
    func setOutlet(_ source: String) {
        var toks = Tokenizer.tokenize(source)
        // "The Zimbabwe Independent", "Daily Mirror (Sri Lanka)", "The Philippine Star": a country in the name or its note.
        // ("Manila Bulletin", "Cape Times": a city of the country.)
        let namedCountry = toks.indices.lazy.compactMap { i in
            self.gazetteer.trie.longestMatch(in: toks, at: i).flatMap { $0.0.entityID.hasBytePrefix("country/") ? $0.0.entityID : nil }
        }.first ?? toks.lazy.compactMap { Lexicon.placeCountries[$0.text].map { "country/" + $0.lowercased() } }.first
        // "The Star (Malaysia)": the name without its note in brackets.
        if let paren = toks.firstIndex(where: { $0.is("(") }), paren > 0, toks.last?.text == ")" { toks.removeSubrange(paren...) }
        // "Kathimerini English Edition": the paper's name without its edition.
        if toks.count >= 3, toks[toks.count - 2].is("English"), toks[toks.count - 1].is("Edition", "edition", "Service", "service") {
            toks.removeLast(2)
        }
        let name = toks.isEmpty ? "" : String(decoding: Array(source.utf8)[toks[0].start..<toks[toks.count - 1].end], as: UTF8.self)
        guard !toks.isEmpty, toks.count <= 8, toks.contains(where: { $0.isWord && ($0.isCapitalized || $0.isAllCaps) }) else { return }
        let words = toks.map(\.text)
        // ("Daily Mail (Sierra Leone)" is not London's Daily Mail: a known paper of the name, unless the note names another country.)
        // ("The Times of Swaziland": a paper the gazetteer knows without its "The".)
        let named = toks.count > 2 && toks[0].is("The") && gazetteer.trie.longestMatch(in: toks, at: 0)?.1 != toks.count ? 1 : 0
        if let (entry, end) = gazetteer.trie.longestMatch(in: toks, at: named), end == toks.count, entry.entityID.hasBytePrefix("organization/"),
           namedCountry == nil || (gazetteer.entities[entry.entityID]?.countries).map({ $0.isEmpty || $0.contains(namedCountry!) }) ?? true {
            outlet = (words, entry.entityID)
            // ("told THT", "told the Star": a known paper goes by its initials and its last word in its own pages too.)
            shortForms(of: toks, known: true, namedCountry: namedCountry)
            return
        }
        var id = "organization/" + Slug.make(name)
        // (Another country's paper of the same name: "Daily Mail (Sierra Leone)" is not London's Daily Mail.)
        if let known = gazetteer.entities[id], let namedCountry, !known.countries.isEmpty, !known.countries.contains(namedCountry),
           let country = gazetteer.entities[namedCountry] {
            id = "organization/" + Slug.make(name + " " + country.name)
        }
        var body = gazetteer.entities[id] ?? Entity(id: id, kind: .organization, name: name)
        if gazetteer.entities[id] == nil {
            body.type = "news outlet"
            if let namedCountry { body.countries = [namedCountry] }
            // "The UB Post" is also "the UB Post" and "UB Post" in other stories.
            if name.hasPrefix("The "), name.count > 6 { body.aliases = [String(name.dropFirst(4))] }
            if let initials = Self.outletInitials(toks) {
                outletInitials = initials
                body.aliases.append(initials)
            }
        }
        local[id] = body
        outlet = (words, id)
        shortForms(of: toks, known: false, namedCountry: namedCountry)
    }

    /// News agencies by the initials their credits in datelines use.
    static let datelineAgencies: [String: String] = [
        "CP": "organization/the-canadian-press", "PTI": "organization/pti-agency", "UPI": "organization/united-press-international",
        "AAP": "organization/australian-associated-press", "AP": "organization/ap", "AFP": "organization/afp", "NZPA": "organization/new-zealand-press-association",
        "UNI": "organization/united-news-of-india", "IANS": "organization/ians", "ANI": "organization/ani", "APP": "organization/associated-press-of-pakistan",
        "KUNA": "organization/kuna", "WAFA": "organization/wafa", "SAPA": "organization/sapa", "Sapa": "organization/sapa", "NAN": "organization/news-agency-of-nigeria",
    ]

    /// "The Himalayan Times" as "THT", the News Agency of Nigeria as "NAN": the initials of a name of three capitalised
    /// words or more (the small words between them, "of", "and", have none).
    static func outletInitials(_ toks: [Token]) -> String? {
        let words = toks.filter(\.isWord)
        let capitals = words.filter(\.isCapitalized)
        // ("Correio da Manhã" as "CM", "Jornal do Brasil" as "JB": two capitalised words joined by a small word of its language.)
        let joined = capitals.count == 2 && words.count == 3 && words[1].isLowercase && Self.romanceNameConnectors.contains(words[1].text)
        guard capitals.count >= 3 || joined, words.allSatisfy({ $0.isCapitalized || ($0.isLowercase && (Self.titleSmallWords.contains($0) || joined)) }),
              words.first?.isCapitalized == true, words.last?.isCapitalized == true else { return nil }
        return String(capitals.compactMap(\.text.first))
    }

    static let romanceNameConnectors: Set<String> = ["da", "do", "de", "del", "di", "della", "du", "des"]

    /// The last token of initials written with full stops ("E.D.P.") that spell `initials`, starting at `i`.
    /// "N.C.N.C.", "I.L.O.": three letters or more, each a capital followed by a full stop, written together; the letters and
    /// the index of the last full stop. (Not after another such letter: the run starts at `i`.)
    static func dottedAcronym(_ toks: TokenList, at i: Int) -> (String, Int)? {
        guard i == 0 || toks[i].spaceBefore || !toks[i - 1].is("."), let last = Self.dottedAbbreviationEnd(toks, at: i), last - i >= 5 else { return nil }
        return (stride(from: i, to: last, by: 2).map { toks[$0].text }.joined(), last)
    }

    static func dottedInitialsEnd(_ toks: TokenList, at i: Int, spelling initials: String) -> Int? {
        var k = i
        for letter in initials {
            guard k + 1 < toks.count, toks[k].characterCount == 1, toks[k].text.first == letter, toks[k + 1].is("."), !toks[k + 1].spaceBefore,
                  k == i || !toks[k].spaceBefore else { return nil }
            k += 2
        }
        return k - 1
    }

    /// The short forms of the outlet's name that its own pages use: its initials (for a known paper; a paper found
    /// here has them among its aliases already) and its last word or its own word after a place.
    func shortForms(of toks: [Token], known: Bool, namedCountry: String?) {
        if known, let initials = Self.outletInitials(toks), gazetteer.trie.longestMatch(in: Tokenizer.tokenize(initials), at: 0) == nil {
            outletInitials = initials
        }
        // "told the Post-Dispatch", "the Herald reported": the paper by the last word of its name.
        let named = toks.first?.text == "The" ? Array(toks.dropFirst()) : toks
        let foreignArticle = toks.count >= 2 && ["Die", "Der", "Das", "Le", "La", "El", "Il", "O"].contains(toks[0].text) ? toks[0] : nil
        outletForms = outletShortForms(foreignArticle == nil ? named : Array(toks.dropFirst()), article: foreignArticle)
        if named.count >= 2, let last = named.lastIndex(where: { $0.isWord && $0.spaceBefore }), last > 0,
           let lastWord = named.last, Self.newspaperNouns.contains(lastWord.text) {
            outletShort = named[last...].map(\.text)
        }
        // "The Times of Swaziland", "The Times of India": "the Times" in its own pages ("told The Times").
        if named.count >= 3, Self.newspaperNouns.contains(named[0].text), named[1].is("of") {
            outletShort = [named[0].text]
        }
        // "Trend News Agency" is "Trend" in its own pages ("told Trend", "/Trend/"): the one word of its own before
        // "News Agency", when that word names nothing else.
        if named.count == 3, named[1].is("News"), named[2].is("Agency"), named[0].isWord, named[0].isCapitalized, named[0].characterCount >= 4,
           !Self.commonPaperWords.contains(named[0].text), Lexicon.placeCountries[named[0].text] == nil,
           gazetteer.trie.longestMatch(in: Array(named.prefix(1)), at: 0) == nil {
            outletShort = [named[0].text]
            outletShortBare = true
        }
        // "Trinidad Newsday" is "Newsday" in its own pages ("told Newsday yesterday"): a place, then one word of
        // its own that is no common word of papers' names.
        if named.count == 2, named[1].isWord, named[1].isCapitalized, named[1].characterCount >= 5, !Self.newspaperNouns.contains(named[1].text),
           !Self.commonPaperWords.contains(named[1].text), namedCountry != nil,
           gazetteer.trie.longestMatch(in: named, at: 0).map({ $0.1 == 1 && $0.0.entityID.hasBytePrefix("country/") }) == true || Lexicon.placeCountries[named[0].text] != nil {
            outletShort = [named[1].text]
            outletShortBare = true
        }
    }

    /// Articles before a paper's name in its own pages, in the languages the annotator reads.
    static let outletArticles: TokenSet = ["the", "The", "a", "der", "die", "den", "dem", "des", "le", "la", "du", "au", "el", "del", "al", "il", "o", "do", "da", "no", "na"]

    /// The outlet's other names in its own pages: without the city or country that opens or closes its name ("Daily News" of
    /// the Chicago Daily News, "Sun.Star" of Sun.Star Cebu, "Illustrated Weekly" of The Illustrated Weekly of India), and
    /// without its own article ("Welt" of Die Welt, matched after another article).
    func outletShortForms(_ named: [Token], article: Token?) -> [[String]] {
        var forms: [[String]] = []
        func isPlace(_ t: [Token]) -> Bool {
            let text = t.map(\.text).joined(separator: " ")
            return Lexicon.placeCountries[text] != nil || Lexicon.places.contains(text)
                || gazetteer.trie.longestMatch(in: t, at: 0).map { $0.1 == t.count && $0.0.entityID.hasBytePrefix("country/") } == true
        }
        let words = named.filter(\.isWord)
        if words.count >= 3, isPlace([named[0]]) { forms.append(named.dropFirst().map(\.text)) }
        if words.count >= 2, let last = named.last, last.isWord, last.spaceBefore, isPlace([last]) { forms.append(named.dropLast().map(\.text)) }
        if named.count >= 4, named[named.count - 2].is("of"), isPlace([named[named.count - 1]]) { forms.append(named.dropLast(2).map(\.text)) }
        if let article, ["Die", "Der", "Das", "Le", "La", "El", "Il", "O"].contains(article.text), !named.isEmpty { forms.append(named.map(\.text)) }
        return forms.filter { form in !form.isEmpty && form.first?.first?.isUppercase == true && !(form.count == 1 && Self.commonPaperWords.contains(form[0])) }
    }

    /// Words of many papers' names, which alone name none of them.
    static let commonPaperWords: Set<String> = [
        "News", "Today", "Daily", "Weekly", "Review", "Express", "Mail", "Nation", "Standard", "Business", "Reporter", "Record",
        "Times", "Tribune", "Voice", "Echo", "Mirror", "Leader", "Press", "Report", "Weekend", "Sunday", "Evening", "Morning",
    ]

    static let newspaperNouns: Set<String> = [
        "Herald", "Times", "Post", "Dispatch", "Tribune", "Globe", "Journal", "Chronicle", "Gazette", "Observer", "Bulletin",
        "Inquirer", "Courier", "Telegraph", "Independent", "Guardian", "Monitor", "Examiner", "Statesman", "Sun", "Star",
        "Mail", "Express", "Mirror", "Echo", "Argus", "Advertiser", "Sentinel", "Record", "Standard",
        // ("told the Mercury" in the Illawarra Mercury, "told The Defender" in the Chicago Defender.)
        "Mercury", "Defender", "Enquirer", "Register", "Ledger", "Clarion", "Banner", "Advocate", "Spectator", "Citizen", "Leader",
        "Review", "Nation", "Press", "Journal-Constitution", "Constitution", "Messenger", "Telegram",
    ]

    /// Where the outlet's name, written as in front matter, ends if it starts at `i` ("The Citizen"
    /// also as "the Citizen" inside a sentence).
    func outletEnd(_ toks: TokenList, at i: Int, words: [String]) -> Int? {
        guard i + words.count <= toks.count else { return nil }
        for (n, word) in words.enumerated() {
            let t = toks[i + n].text
            // "told O GLOBO", "told LA NACION": the name in capitals, perhaps without its accents.
            let inCapitals = toks[i + n].isAllCaps && t.count > 1 && t.first?.lowercased() == word.first?.lowercased() && Slug.make(t) == Slug.make(word)
            guard t == word || inCapitals || (n == 0 && words.count > 1 && word == "The" && t == "the") else { return nil }
        }
        let end = i + words.count
        // "the Times of India" is another paper than The Times.
        // ("The Times of the Americas": nor is one whose place follows "of the".)
        if end + 1 < toks.count, toks[end].lowerIs("of"), toks[end + 1].isCapitalized
            || (end + 2 < toks.count && toks[end + 1].is("the") && toks[end + 2].isCapitalized) { return nil }
        // "the Australian Wheat Board" (in The Australian), "the National Assembly" (in The National): a longer name.
        // ("told El Observador Martín Echenique": a name after the paper's is another.)
        if end < toks.count, toks[end].isCapitalized, toks[end].spaceBefore,
           toks[end..<min(end + 3, toks.count)].prefix(while: { $0.isCapitalized }).contains(where: { Lexicon.organizationHeads.contains($0) }) { return nil }
        // "at the European championship" (in The European), "the Australian dollar" (in The Australian): a people's adjective
        // before a noun, not the paper, which would be followed by its verb or a small word.
        if end < toks.count, toks[end].isWord, toks[end].isLowercase, toks[end].spaceBefore, !Lexicon.speechVerbs.contains(toks[end]),
           !Self.titleSmallWords.contains(toks[end]), !Self.finiteVerbs.contains(toks[end].lower), !toks[end].text.hasSuffix("ed"), !toks[end].text.hasSuffix("s"),
           !["that", "which", "who", "whose", "newspaper", "paper", "weekly", "daily"].contains(toks[end].lower),
           let (entry, adjectiveEnd) = gazetteer.trie.longestMatch(in: toks, at: end - 1), adjectiveEnd == end, entry.form == .adjective { return nil }
        return end
    }

    func isLanguageUse(_ toks: TokenList, first: Int, end: Int) -> Bool {
        if end < toks.count, Lexicon.languageNouns.contains(lowerOf: toks[end]) { return true }
        if end + 1 < toks.count, toks[end].is("-"), toks[end + 1].lowerIs("language", "speaking", "speakers") { return true }
        // ("The USMCA, known in Spanish as T-MEC".)
        // ("prononcée en anglais puis en français", "quelques mots de français": the same in French and Spanish.)
        if first > 0, toks[first - 1].lowerIs("en"), end == toks.count || toks[end].is(".", ",", ";", ")", ":") || toks[end].lowerIs("puis", "et", "y") { return true }
        if first > 1, toks[first - 1].is("de"), toks[first - 2].lowerIs("mots", "mot", "cours", "palabras") { return true }
        if first > 0, toks[first - 1].lowerIs("in"), end == toks.count || toks[end].is(".", ",", ";", ")", "and", "as"),
           first < 2 || !["invest", "invested", "investment", "investments", "stake", "stakes", "interest", "confidence", "trust"].contains(toks[first - 2].lower) {
            return true
        }
        return false
    }

    /// The successors of the states that ended around 1991 that an article of 1992 or before names ("Soviet", "USSR"):
    /// read once per article (see `namedCountryIDs`).
    lazy var formerStateCountries: Set<String> = {
        guard (year ?? 0) <= 1992 else { return [] }
        var named = Set<String>()
        for toks in tokens {
            for t in toks where t.isCapitalized || t.isAllCaps { if let code = Self.formerStates[t.text] { named.insert(code) } }
        }
        return named
    }()

    /// The article's language by its commonest small words ("es", "pt", "fr", "de", "it"), or "en".
    lazy var language: String = {
        // (Most words are none of these: one probe of all the languages' words decides, before a probe of each.)
        let languages = Self.languageWords, any = Self.anyLanguageWord
        var tally = [Int](repeating: 0, count: languages.count)
        for toks in tokens {
            for t in toks where t.isLowercase && t.text.utf8.count <= 4 && any.contains(t) {
                for (n, (_, words)) in languages.enumerated() where words.contains(t) { tally[n] += 1 }
            }
        }
        let ranked = zip(languages, tally).filter { $0.1 > 0 }.map { (key: $0.0.0, value: $0.1) }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        guard let top = ranked.first, top.value >= 12, ranked.count < 2 || top.value > 2 * ranked[1].value else { return "en" }
        return top.key
    }()
    /// Small words each language uses often and the others seldom.
    static let languageWords: [(String, TokenSet)] = [
        ("en", ["the", "and", "of", "to", "is", "was", "that", "with", "for", "his", "her", "said"]),
        ("es", ["el", "los", "las", "del", "que", "y", "por", "para", "una", "con", "su", "fue"]),
        ("pt", ["o", "os", "do", "da", "dos", "das", "não", "em", "uma", "com", "pelo", "pela"]),
        ("fr", ["le", "les", "du", "des", "et", "est", "une", "dans", "pour", "qui", "au", "sur"]),
        ("de", ["der", "die", "und", "das", "ist", "nicht", "mit", "den", "dem", "von", "auf", "sich"]),
        ("it", ["il", "della", "che", "di", "gli", "è", "non", "per", "una", "nel", "alla", "sono"]),
    ]

    static let anyLanguageWord = TokenSet(languageWords.flatMap(\.1.words))

    /// "the Central African people" in a story that names the Central African Republic (or Empire) is its people, not the
    /// region's (only before a word for the state or its people: "Central African countries" are the region's).
    func readCentralAfrican() {
        guard spans.contains(where: { $0.entityID == "country/cf" && $0.last > $0.first }) else { return }
        var updated = spans
        var changed = false
        for n in updated.indices where updated[n].entityID == "region/central-africa" && updated[n].last == updated[n].first + 1 {
            let toks = tokens[updated[n].unit], k = updated[n].first
            guard toks[k].is("Central"), toks[k + 1].is("African"), k + 2 < toks.count, Self.stateNouns.contains(toks[k + 2]) else { continue }
            updated[n].entityID = "country/cf"
            updated[n].rule = "country.central-african"
            changed = true
        }
        if changed { setSpans(updated) }
    }

    /// "Nato a Racconigi nel 1904" in Italian is "born at Racconigi", not NATO: a participle before a place or a date
    /// ("nato a", "nata il", "nati nel").
    func dropItalianBorn() {
        guard language == "it" else { return }
        let kept = spans.filter { span in
            guard span.entityID == "region/nato", span.first == span.last else { return true }
            let toks = tokens[span.unit], k = span.first
            return !(toks[k].is("Nato", "Nata", "Nati", "Nate") && k + 1 < toks.count && toks[k + 1].is("a", "il", "nel", "nella", "in", "ad"))
        }
        if kept.count != spans.count { setSpans(kept) }
    }

    static let stateNouns: TokenSet = [
        "people", "government", "army", "president", "President", "authorities", "troops", "soldiers", "capital", "leader",
        "regime", "forces", "officials", "minister", "citizens", "nation", "state", "Emperor", "emperor", "throne", "crown",
    ]

    /// "EU" in a Spanish-language paper is Estados Unidos, the United States (the European Union is "UE").
    /// "CEE" in French, Spanish, Italian or Portuguese is the European Economic Community (Communauté économique
    /// européenne, Comunidad/Comunità/Comunidade Económica Europea), not Central and Eastern Europe.
    func readSpanishEU() {
        let romance = ["es", "fr", "it", "pt"].contains(language)
        guard spans.contains(where: { ($0.entityID == "region/eu" && language == "es") || ($0.entityID == "region/cee" && romance) }) else { return }
        var updated = spans
        var changed = false
        for n in updated.indices where updated[n].first == updated[n].last {
            let t = tokens[updated[n].unit][updated[n].first]
            if updated[n].entityID == "region/eu", language == "es", t.is("EU") {
                updated[n].entityID = "country/us"
                updated[n].rule = "country.spanish-eu"
                changed = true
            } else if updated[n].entityID == "region/cee", romance, t.is("CEE") {
                updated[n].entityID = "region/eu"
                updated[n].rule = "region.romance-cee"
                changed = true
            }
        }
        if changed { setSpans(updated) }
    }

    /// "West and Central Africa", "South and Southeast Asia": the first compass word shares the region's name with
    /// the second, when that makes a region the gazetteer knows (West Africa, South Asia).
    func tagElidedRegions() {
        for u in units.indices {
            let toks = tokens[u]
            for k in toks.indices.dropLast(3) {
                guard Self.elidedCompassWords.contains(toks[k]), toks[k + 1].is("and"), !isCovered(u, k),
                      let region = coveringSpan(u, k + 2), region.first == k + 2, region.last > k + 2, region.entityID.hasBytePrefix("region/"),
                      Self.elidedCompassWords.contains(toks[k + 2]) else { continue }
                // ("South and South-East Asia": the second compass word may be written with a hyphen.)
                var j = k + 3
                while j < region.last, toks[j].is("-") || Self.elidedCompassWords.contains(toks[j]) { j += 1 }
                let base = text(of: toks, from: j, to: region.last, in: u)
                let words = Tokenizer.tokenize(toks[k].text + " " + base)
                guard let (entry, end) = gazetteer.trie.longestMatch(in: words, at: 0), end == words.count, entry.entityID.hasBytePrefix("region/"),
                      entry.form != .stop, entry.entityID != region.entityID else { continue }
                addSpan(Span(unit: u, first: k, last: k, entityID: entry.entityID, rule: "region.elided"))
            }
        }
    }
    static let elidedCompassWords: TokenSet = [
        "North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern", "Western", "Southeast", "Southwest",
        "Northeast", "Northwest", "South-East", "North-East", "South-West", "North-West",
    ]

    /// Capitals that stand for their governments in the news ("Moscow protested", "Washington will not"), with the
    /// country each stood for: (country, until year) pairs in order, the last with no end.
    static let seatsOfGovernment: [String: [(String, Int?)]] = [
        "Washington": [("us", nil)], "Moscow": [("su", 1991), ("ru", nil)], "Peking": [("cn", nil)], "Beijing": [("cn", nil)],
        "London": [("gb", nil)], "Paris": [("fr", nil)], "Tokyo": [("jp", nil)], "Bonn": [("de", nil)], "New Delhi": [("in", nil)],
        "Islamabad": [("pk", nil)], "Canberra": [("au", nil)], "Ottawa": [("ca", nil)], "Pretoria": [("za", nil)],
        "Tehran": [("ir", nil)], "Teheran": [("ir", nil)], "Baghdad": [("iq", nil)], "Damascus": [("sy", nil)], "Cairo": [("eg", nil)],
        "Ankara": [("tr", nil)], "Seoul": [("kr", nil)], "Pyongyang": [("kp", nil)], "Taipei": [("tw", nil)], "Hanoi": [("vn", nil)],
        "Havana": [("cu", nil)], "Warsaw": [("pl", nil)], "Prague": [("cs", 1992), ("cz", nil)], "Belgrade": [("yu", 2002), ("rs", nil)],
        "Riyadh": [("sa", nil)], "Jakarta": [("id", nil)], "Manila": [("ph", nil)], "Wellington": [("nz", nil)], "Kabul": [("af", nil)],
        "Brasilia": [("br", nil)], "Brasília": [("br", nil)], "Kyiv": [("ua", nil)], "Kiev": [("su", 1991), ("ua", nil)],
        "Budapest": [("hu", nil)], "Bucharest": [("ro", nil)], "Athens": [("gr", nil)], "Lisbon": [("pt", nil)], "Madrid": [("es", nil)],
        "Rome": [("it", nil)], "Tripoli": [("ly", nil)], "Khartoum": [("sd", nil)], "Nairobi": [("ke", nil)], "Addis Ababa": [("et", nil)],
    ]

    /// The country a seat stood for in the story's year: the first whose end is not before it (with no year, today's).
    static func seatCountry(_ countries: [(String, Int?)], in year: Int?) -> String {
        guard let year else { return countries.last!.0 }
        return countries.first { $0.1.map { year <= $0 } ?? true }!.0
    }

    /// Prepositions before a capital that make it a place ("in Moscow", "from Washington").
    static let seatPlacePrepositions: TokenSet = ["in", "at", "from", "to", "near", "outside", "via", "into", "of", "around", "across", "In", "At", "From"]

    /// Verbs (and auxiliaries) after which a capital is the government acting, not the city.
    static let seatActs: TokenSet = [
        "said", "says", "announced", "protested", "protests", "insisted", "insists", "warned", "warns", "accused", "accuses", "denied",
        "denies", "rejected", "rejects", "welcomed", "welcomes", "demanded", "demands", "refused", "refuses", "agreed", "agrees",
        "will", "would", "has", "had", "wants", "wanted", "may", "might", "could", "can", "must", "should", "sees", "saw", "regards",
        "hopes", "fears", "feared", "responded", "reacted", "retaliated", "recalled", "expelled", "recognised", "recognized",
        "signed", "approved", "blamed", "condemned", "threatened", "threatens", "claimed", "claims", "believes", "believed",
        "offered", "offers", "promised", "promises", "backed", "backs", "supported", "supports", "opposed", "opposes", "sought", "seeks",
    ]

    /// "Moscow protested", "What Moscow will do now", "Washington's support": a capital acting or owning is its country's
    /// government, and names the country (the Soviet Union's before 1992). A capital as a place ("talks in Nairobi") names none.
    func tagSeatsOfGovernment() {
        guard language == "en" else { return }
        let seats = Self.seatsOfGovernment, acts = Self.seatActs
        for u in units.indices where units[u].kind != .heading {
            let toks = tokens[u]
            for i in toks.indices where toks[i].isCapitalized && toks[i].isWord && !isCovered(u, i) {
                var last = i
                var entry = seats[toks[i].text]
                if entry == nil, i + 1 < toks.count, toks[i + 1].spaceBefore, let two = seats[toks[i].text + " " + toks[i + 1].text] { entry = two; last = i + 1 }
                guard let entry, last + 1 < toks.count, !isCovered(u, last) else { continue }
                // (Not part of a longer name: "George Washington said", "Washington Post", "the Moscow correspondent".)
                if i > 0, toks[i - 1].isCapitalized, toks[i].spaceBefore || toks[i - 1].isWord, !(i == 1 && toks[0].is("The", "But", "And", "What", "So")) { continue }
                if i > 0, Self.seatPlacePrepositions.contains(toks[i - 1]) { continue }
                let next = toks[last + 1]
                let possessive = next.is("'", "\u{2019}") && last + 2 < toks.count && toks[last + 2].is("s") && !toks[last + 2].spaceBefore
                    && last + 3 < toks.count && toks[last + 3].isLowercase
                guard possessive || (next.spaceBefore && acts.contains(next)) else { continue }
                addSpan(Span(unit: u, first: i, last: last, entityID: "country/" + Self.seatCountry(entry, in: year), rule: "country.seat-of-government"))
            }
        }
    }

    /// "Congolese President Félix Tshisekedi", "the Congo" in a story from Kinshasa: "Congo" and "Congolese"
    /// alone name either Congo, so the gazetteer lists them for neither; the article decides when all it says of
    /// either points one way (the Democratic Republic's or the Republic's people, cities or full names).
    func resolveCongo() {
        // (The cities are read once, and only for an article that has a bare name to resolve.)
        var cities: [String: Int]?
        resolveBareName(["country/cd", "country/cg"], words: ["Congo", "Congolese"], rule: "gazetteer.congo-context", cities: &cities)
        // "Korea is now one of the few countries ...", "A Korean consortium": South or North by the same evidence.
        resolveBareName(["country/kr", "country/kp"], words: ["Korea", "Korean", "Koreans"], rule: "gazetteer.korea-context", cities: &cities)
    }

    /// A name two countries share ("Congo", "Korea"), or its demonym, is the one of them the rest of the article
    /// points to, and only when it points to one: by name, by the people it names, by its cities, or by its outlet.
    func resolveBareName(_ countries: Set<String>, words: TokenSet, rule: String, cities: inout [String: Int]?) {
        guard tokens.indices.contains(where: { u in tokens[u].indices.contains { k in tokens[u][k].isCapitalized && words.contains(tokens[u][k]) && !isCovered(u, k) } }) else { return }
        // Evidence is weighed: the country named by a full name, a city of it or a bloc it belongs to counts one; a person
        // of it, or the outlet, two. ("Les Dépêches de Brazzaville" on Sassou Nguesso, naming the Democratic Republic once
        // and Kinshasa once: the Republic.)
        var weight: [String: Int] = [:]
        var people = Set<String>()
        for span in spans where countries.contains(span.entityID) { weight[span.entityID] = max(weight[span.entityID] ?? 0, 1) }
        for span in spans where span.entityID.hasBytePrefix("person/") && people.insert(span.entityID).inserted {
            if let c = entity(span.entityID)?.countries.first, countries.contains(c) { weight[c, default: 0] += 2 }
        }
        if let c = outlet.flatMap({ entity($0.id)?.countries.first }), countries.contains(c) { weight[c, default: 0] += 2 }
        // ("the CEMAC zone: Cameroon, Chad, Congo, ...": a bloc the article names that has one of them as a member.)
        var blocs = Set<String>()
        for span in spans where span.entityID.hasBytePrefix("region/") && blocs.insert(span.entityID).inserted {
            guard let bloc = entity(span.entityID), bloc.type == "bloc" else { continue }
            let members = countries.filter { bloc.members.contains($0) }
            if members.count == 1 { weight[members.first!, default: 0] += 1 }
        }
        if cities == nil { cities = cityCountries() }
        for city in cities!.keys where countries.contains(city) { weight[city, default: 0] += 1 }
        let ranked = weight.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        guard let top = ranked.first, ranked.count == 1 || top.value >= 2 * ranked[1].value else { return }
        let id = top.key
        for u in units.indices {
            let toks = tokens[u]
            for k in toks.indices where words.contains(toks[k]) && !isCovered(u, k) {
                // (Not "the Congo River", "Congo Brazzaville" written as a name of its own.)
                if k + 1 < toks.count, toks[k + 1].isCapitalized, toks[k + 1].spaceBefore, !Lexicon.titleWords.contains(toks[k + 1]) { continue }
                addSpan(Span(unit: u, first: k, last: k, entityID: id, rule: rule))
            }
        }
    }

    /// Gives every mention of an entity in `renamed` (and an acronym the article defined for it) the entity it maps to.
    func renameEntities(_ renamed: [String: String]) {
        guard !renamed.isEmpty else { return }
        setSpans(spans.map { s in
            guard let to = renamed[s.entityID] else { return s }
            var s = s
            s.entityID = to
            return s
        })
        for (acronym, id) in acronyms { if let to = renamed[id] { acronyms[acronym] = to } }
    }

    /// "a loan from China's Exim Bank ... 'The Exim Bank has confidence ...'": the name said again without its
    /// country is the body the possessive named.
    func bindRepeatedOwnerNamed() {
        var owned: [String: String] = [:]
        for span in spans where span.rule == "organization.owner-named" {
            owned[text(of: tokens[span.unit], from: span.first, to: span.last, in: span.unit)] = span.entityID
        }
        guard !owned.isEmpty else { return }
        var renamed: [String: String] = [:]
        for span in spans where span.rule == "organization.name-pattern" && local[span.entityID] != nil {
            if let known = owned[text(of: tokens[span.unit], from: span.first, to: span.last, in: span.unit)] { renamed[span.entityID] = known }
        }
        renameEntities(renamed)
    }

    /// What the gazetteer knows as "China Exim Bank" or "Exim Bank of China", for "China's Exim Bank".
    func ownerNamedKnown(_ name: String, of country: Entity, organizationOnly: Bool) -> String? {
        [country.name + " " + name, name + " of " + country.name].lazy.compactMap { self.knownName($0) }.first { !organizationOnly || $0.hasBytePrefix("organization/") }
    }

    /// "China’s Exim Bank": the body a name after a country's possessive stands for, when the gazetteer knows it
    /// as "China Exim Bank" or "Exim Bank of China".
    func ownerNamedBody(_ toks: TokenList, nameAt start: Int, name: String) -> String? {
        guard start >= 3, toks[start - 1].is("s"), toks[start - 2].is("'", "\u{2019}"), !toks[start - 2].spaceBefore else { return nil }
        for b in stride(from: start - 3, through: max(0, start - 6), by: -1) {
            guard let (entry, end) = gazetteer.trie.longestMatch(in: toks, at: b), end == start - 2 else { continue }
            guard entry.entityID.hasBytePrefix("country/"), let c = entity(entry.entityID) else { return nil }
            return ownerNamedKnown(name, of: c, organizationOnly: true)
        }
        return nil
    }

    /// Honorifics that only ever stand before a person's name.
    static let personalHonorifics: Set<String> = ["Mr", "Ms", "Mrs", "Dr"]

    /// Words that make a country's name the first word of a place's: a state, a river, a valley; a street or a district
    /// ("Somalia Drive", "Congo Town" in Monrovia); a sea or a channel ("the Mozambique Channel").
    /// Region adjectives that, with "the" and no noun, name a sea ("the Baltic", "the Mediterranean", "the Caribbean" is a region).
    static let seaAdjectives: Set<String> = ["Baltic", "Mediterranean", "Adriatic", "Aegean"]

    static let placeAfterCountryWords: Set<String> = ["State", "River", "Delta", "Basin", "Valley", "Hka", "Province", "Region",
                                                      "Drive", "Street", "Road", "Avenue", "Boulevard", "Lane", "Town", "Sea", "Channel"]
    /// The same for a region's adjective: "the Baltic Sea", "the Caribbean Sea" are seas.
    static let placeAfterRegionWords: Set<String> = ["Sea", "Channel"]

    /// Whether a trie match is a real mention where it stands.
    /// Quantifiers in capitals before "OF US" ("ALL OF US").
    static let capitalQuantifiers: TokenSet = ["ALL", "MANY", "SOME", "EACH", "MOST", "BOTH", "NONE", "ONE"]

    func acceptsBoundary(_ toks: TokenList, first: Int, end: Int, entry: TokenTrie.Entry) -> Bool {
        let next = end < toks.count ? toks[end] : nil
        // ("A QUESTION FOR ALL OF US", "LET US PRAY": the pronoun in a line set in capitals, not the United States.)
        if end == first + 1, toks[first].is("US"), first >= 1, toks[first - 1].is("LET")
            || (first >= 2 && toks[first - 1].is("OF") && Self.capitalQuantifiers.contains(toks[first - 2])) {
            return false
        }
        // "Foreign Office spokesperson Tasnim Aslam": a one-word body's name after a role noun, with a capitalised
        // word after it, is a given name.
        if end == first + 1, first > 0, let next, next.isWord, next.isCapitalized, next.spaceBefore, !next.isAllCaps,
           toks[first - 1].isLowercase, Self.isRoleNoun(toks[first - 1].text), entry.entityID.hasBytePrefix("organization/") {
            return false
        }
        // "SANA'A, June 25 —": a name written on into an apostrophe and more letters is another word (the city Sana'a),
        // not the acronym SANA; a possessive ("SANA's") still is.
        if let next, next.is("'", "\u{2019}"), !next.spaceBefore, end + 1 < toks.count, toks[end + 1].isWord, !toks[end + 1].spaceBefore,
           !toks[end + 1].is("s"), !toks[end + 1].is("S"), toks[end - 1].isAllCaps {
            return false
        }
        if entry.form == .prefix {
            // "Sino" only in "Sino-Russian".
            guard let next, next.is("-"), !next.spaceBefore, end + 1 < toks.count, !toks[end + 1].spaceBefore else { return false }
        }
        // "Western donors" is the West; "Western Australia", "Western Cape", "Western Union" are names of their own.
        if entry.form == .adjective, entry.entityID == "region/the-west", let next, next.isWord, next.isCapitalized, next.spaceBefore { return false }
        // ("the West Pakistan Water and Power Development Authority", "the West Bengal government": "the West" before a
        // name is a place's own compass point.)
        if entry.form != .adjective, entry.entityID == "region/the-west", toks[end - 1].is("West"), let next, next.isWord, next.isCapitalized,
           next.spaceBefore, !Lexicon.calendarWords.contains(next) {
            return false
        }
        // "the Ashanti, Western, Central and Eastern regions": a country's own regions or provinces, listed.
        if entry.form == .adjective, entry.entityID == "region/the-west", let next, next.is(",", "and") {
            var k = end
            while k < toks.count, k - end < 10, toks[k].isCapitalized || toks[k].is(",", "and") { k += 1 }
            if k < toks.count, toks[k].is("regions", "provinces", "states", "districts") { return false }
        }
        // "Ms. McKinsey said": after Mr, Ms or Dr, a company's name is a person's.
        if entry.entityID.hasBytePrefix("organization/"), end - first == 1, first >= 1,
           Self.personalHonorifics.contains(toks[first - 1].text) || (first >= 2 && toks[first - 1].is(".") && Self.personalHonorifics.contains(toks[first - 2].text)) {
            return false
        }
        // "Kitty McKinsey, UNHCR's regional spokeswoman, said": a name before a company's one-word name, the two set off
        // by a comma or followed by a speech verb, make a person's.
        // ("Vice-President Ali Mohamed Shein said": the name may have several words before the company's.)
        if entry.entityID.hasBytePrefix("organization/"), end - first == 1, first >= 1, toks[first].spaceBefore, let next,
           next.is(",") || Lexicon.speechVerbs.contains(next), case let w = toks[first - 1], w.isWord, w.isCapitalized, !w.isAllCaps,
           !Lexicon.notNames.contains(w), !Lexicon.titleWords.contains(w), gazetteer.trie.longestMatch(in: toks, at: first - 1) == nil,
           // ("Na Volkswagen, na Ford e na Mercedes-Benz, ...": an article or a contraction opening a sentence in Portuguese, Spanish,
           // Italian or French is no given name.)
           !(Self.romanceOpeningArticles.contains(w) && (first == 1 || toks[first - 2].is(".", "\"", "\u{201C}", "\u{00AB}"))) {
            var s = first - 1
            while s > 0, first - s < 3, toks[s].spaceBefore, toks[s - 1].isWord, toks[s - 1].isCapitalized, !toks[s - 1].isAllCaps,
                  !Lexicon.titleWords.contains(toks[s - 1]), !Lexicon.notNames.contains(toks[s - 1]), gazetteer.trie.longestMatch(in: toks, at: s - 1) == nil {
                s -= 1
            }
            if s == 0 || !toks[s - 1].isCapitalized || Lexicon.titleWords.contains(toks[s - 1]) { return false }
        }
        // ("CBI director U.S. Misra", "Mr U.K. Sinha": after a role or a title and before a family name, a country's dotted
        // initials are a person's.)
        if entry.entityID.hasBytePrefix("country/"), entry.form == .alias, first > 0, let next, next.spaceBefore, next.isCapitalized, next.isWord,
           end - first >= 3, toks[end - 1].is("."), toks[first].characterCount == 1,
           toks[first - 1].isLowercase ? Self.isRoleNoun(toks[first - 1].text) : toks[first - 1].is("Mr", "Mrs", "Ms", "Dr", "Shri", "Smt"),
           !Lexicon.titleWords.contains(next), !Lexicon.organizationHeads.contains(next), !Lexicon.notNames.contains(next),
           gazetteer.trie.longestMatch(in: toks, at: end) == nil {
            return false
        }
        // "the Niger at Onitsha", "crossing the Niger": the river (the country goes without "the", except "the Niger
        // Republic" and the like).
        if entry.entityID == "country/ne", entry.form == .name, first > 0, toks[first - 1].lowerIs("the"),
           !(next.map { $0.spaceBefore && $0.isCapitalized } ?? false) {
            return false
        }
        // "Niger State", "the Mali Hka", "Jordan River": a country's name inside a place's name.
        if entry.entityID.hasBytePrefix("country/"), entry.form == .name || (entry.form == .alias && !toks[first].isAllCaps), let next, next.spaceBefore, Self.placeAfterCountryWords.contains(next.text) { return false }
        if entry.entityID.hasBytePrefix("region/"), let next, next.spaceBefore, Self.placeAfterRegionWords.contains(next.text) { return false }
        // "between the Baltic, the Adriatic and the Black Sea": an adjective with "the" and no noun after it is the sea.
        if entry.entityID.hasBytePrefix("region/"), entry.form == .adjective, end - first == 1, first > 0, toks[first - 1].lowerIs("the"),
           Self.seaAdjectives.contains(toks[first].text), next.map({ !$0.isWord || $0.is("and", "or", "to", "in", "of") }) ?? true { return false }
        // "around the Gulf of Fonseca": a sea's word followed by "of" and a name is another sea.
        if entry.entityID.hasBytePrefix("region/"), let next, next.is("of"), end + 1 < toks.count, toks[end + 1].isCapitalized,
           Lexicon.featureWords.contains(toks[end - 1]) { return false }
        // "US$13 billion", "HK$", "US $800 million": a currency, not the country.
        if let next, next.is("$"), !next.spaceBefore || (entry.entityID.hasBytePrefix("country/") && end - first == 1 && toks[first].isAllCaps) { return false }
        // Glued to a longer word by an apostrophe or letters ("O'Neill") is not a match.
        // (An opening single quote is no apostrophe: "the 'Belt and Road' initiative".)
        // (But "l'Onu", "dell'Italia", "d'Italie": an elided article or preposition of French or Italian before it is no name's part.)
        if first >= 2, !toks[first].spaceBefore, toks[first - 1].is("'"), !toks[first - 1].spaceBefore, toks[first - 2].isWord,
           !(toks[first - 2].isLowercase && Self.elidedWords.contains(toks[first - 2].text)),
           // ("L'Organisation mondiale de la santé a souligné": the article opening a sentence; not "D'Souza", "O'Neill".)
           !(toks[first - 2].is("L") && (first == 2 || toks[first - 3].is(".", "\"", "(", "«") || !toks[first - 3].isWord)) { return false }
        return true
    }
    /// French and Italian words written elided before a vowel: "l'", "dell'", "d'", "qu'".
    static let elidedWords: Set<String> = ["l", "d", "dell", "all", "nell", "sull", "dall", "coll", "un", "qu", "j", "s", "c", "n", "jusqu", "lorsqu", "puisqu"]

    /// Whether the long form's words are a known body's words, all of them or all but one of four or more ("Tunisian Union
    /// of Industry, Trade and Handicrafts (UTICA)" for the "Tunisian Union of Industry, Commerce and Handicrafts").
    static func mostlyAmong(_ words: Set<String>, _ known: Set<String>) -> Bool {
        let missing = words.subtracting(known).count
        return missing == 0 || (words.count >= 4 && missing == 1)
    }

    /// "Regional Comprehensive Economic Partnership (RCEP)": binds RCEP to the long
    /// form for this article; a long form sitegen does not know becomes a local entity.
    func findAcronymDefinitions() {
        for u in units.indices {
            let toks = tokens[u]
            var i = 0
            while i + 2 < toks.count {
                defer { i += 1 }
                guard toks[i].is("("), toks[i + 2].is(")"), toks[i + 1].isWord, isAcronym(toks[i + 1].text) || isShortName(toks[i + 1].text) else { continue }
                let acronym = toks[i + 1].text
                // The long form ends right before "(": find the longest gazetteer name ending there.
                var bound: String?
                // "GWADAR, Pakistan (Reuters)": a dateline's source is no short form; an acronym starts like its long form.
                func startsAlike(_ start: Int) -> Bool {
                    guard let word = toks[start..<i].first(where: { $0.isCapitalized || $0.isAllCaps }) else { return false }
                    return word.text.unicodeScalars.first.map { String($0).uppercased() } == acronym.unicodeScalars.first.map { String($0).uppercased() }
                }
                for start in stride(from: i - 1, through: max(0, i - 12), by: -1) {
                    // Acronyms of translated names may start otherwise ("Federation of German Industries (BDI)"), but never
                    // stand for a country or a region spelt otherwise ("Pakistan (AP)").
                    // ("... Bank of China (ICBC)" after a first word in capitals: ICBC is a known body's own name, not Bank of China's.)
                    let match = gazetteerMatch(toks, at: start)
                    // ("West African Economic and Monetary Union (UEMOA)": a bloc's long form, then a name the bloc also goes by.)
                    if let (entry, end) = match, end == i, entry.form != .stop, entry.form != .adjective,
                       startsAlike(start) || (isAcronym(acronym) && !entry.entityID.hasBytePrefix("country/") && !entry.entityID.hasBytePrefix("region/")
                                              && !namesAnotherEntity(toks, acronymAt: i + 1, than: entry.entityID))
                        || (entity(entry.entityID)?.aliases.contains(acronym) ?? false),
                       !isOtherCountrysNamesake(toks, at: start, entityID: entry.entityID),
                       // ("BUENOS AIRES, Argentina (AP) —": a country or region is short for its initials or a name it goes by,
                       // never for a word that merely starts alike.)
                       !(entry.entityID.hasBytePrefix("country/") || entry.entityID.hasBytePrefix("region/"))
                        || Self.initials(of: toks[start..<i]) == acronym.uppercased() || (entity(entry.entityID).map { ([$0.name] + $0.aliases).contains(acronym) } ?? false),
                       // ("Association des victimes des crimes du régime de Hissène Habré (AVCRHH)": a person ending a longer name
                       // is not what the acronym stands for, unless it spells the person's own initials.)
                       !entry.entityID.hasBytePrefix("person/") || Self.initials(of: toks[start..<i]) == acronym.uppercased()
                        || (entity(entry.entityID)?.aliases.contains(acronym) ?? false),
                       // ("... Olympic Committees of Africa (ANOCA)": a place ending a longer name is not what the acronym stands for.)
                       !(entry.entityID.hasBytePrefix("country/") || entry.entityID.hasBytePrefix("region/")) || start < 2
                        || !(toks[start - 1].is("of", "for", "in") && toks[start - 2].isCapitalized)
                        || Self.initials(of: toks[start..<i]) == acronym.uppercased() || (entity(entry.entityID).map { ([$0.name] + $0.aliases).contains(acronym) } ?? false) {
                        bound = entry.entityID
                    }
                }
                // "Comunidade dos Países de Língua Portuguesa (CPLP)": a bloc's acronym after its name in another language,
                // whose capitalised words spell it.
                if bound == nil, isAcronym(acronym), let (entry, end) = gazetteer.trie.longestMatch(in: toks, at: i + 1), end == i + 2, entry.form != .stop,
                   entry.entityID.hasBytePrefix("region/"),
                   let start = (max(0, i - 12)..<i).first(where: { s in toks[s].isCapitalized && toks[s].isWord && !toks[s..<i].contains { $0.kind == .punct }
                       && Self.initials(of: toks[s..<i]) == acronym.uppercased() }) {
                    bound = entry.entityID
                    longForms.append(Span(unit: u, first: start, last: i - 1, entityID: entry.entityID, rule: "acronym.long-form"))
                }
                if bound == nil, let (id, entity, start) = localEntity(forLongFormEndingAt: i, unit: u, acronym: acronym), startsAlike(start) || isAcronym(acronym) {
                    // "the Legislative Council (Legco)": the short form is a known body's name, and the long form is part of its name.
                    // "Federation of Economic Organizations (Keidanren)": a known body's one-word name (not an
                    // acronym, which many bodies share) after a long form the gazetteer does not know.
                    if let (entry, end) = gazetteer.trie.longestMatch(in: toks, at: i + 1), end == i + 2, let known = self.entity(entry.entityID), known.kind == entity.kind,
                       !isAcronym(acronym) || Self.mostlyAmong(longFormWords(u, start..<i), knownWords(known)) {
                        bound = known.id
                        longForms.append(Span(unit: u, first: start, last: i - 1, entityID: known.id, rule: "acronym.long-form"))
                    } else if let known = ownerNamedBody(toks, nameAt: start, name: entity.name) {
                        // "China’s Export-Import Bank (Eximbank)": the body the gazetteer knows as "Export-Import Bank of China".
                        bound = known
                        longForms.append(Span(unit: u, first: start, last: i - 1, entityID: known, rule: "acronym.long-form"))
                    } else {
                        local[id] = entity
                        bound = id
                        longForms.append(Span(unit: u, first: start, last: i - 1, entityID: id, rule: "acronym.long-form"))
                    }
                }
                // "Venezolana de Televisión (VTV)": an acronym the gazetteer gives another body (Vietnam Television),
                // defined here for a name of capitalised words that starts with its letter and that sitegen does not
                // know. The article means that body, so the other is not mentioned.
                if bound == nil, let (entry, end) = gazetteer.trie.longestMatch(in: toks, at: i + 1), end == i + 2, entry.form != .stop,
                   i >= 2, toks[i - 1].isCapitalized, !isCovered(u, i - 1), toks[i - 2].isCapitalized || Lexicon.foreignConnectors.contains(toks[i - 2]),
                   startsAlike(max(0, i - 4)), let known = entity(entry.entityID),
                   // (No word shared with the known body's names: "the Free Democrats (FDP)" are the Free Democratic Party.)
                   case let knownWords = Set(([known.name] + known.aliases).flatMap { $0.split(separator: " ").map(String.init) }),
                   !toks[max(0, i - 4)..<i].contains(where: { $0.isCapitalized && knownWords.contains($0.text) }) {
                    otherAcronyms.insert(acronym)
                }
                // "Entwicklungsländer aus Afrika, der Karibik und dem Pazifik (AKP)": the acronym spells the capitalised
                // words just before it, places among them, which no name of the known body it also spells contains.
                if bound == nil, acronym.utf8.count >= 3, isAcronym(acronym), let (entry, end) = gazetteer.trie.longestMatch(in: toks, at: i + 1), end == i + 2,
                   entry.form != .stop, let known = entity(entry.entityID), let words = spelledWords(toks, before: i, acronym: acronym),
                   case let knownWords = Set(([known.name] + known.aliases).flatMap { $0.split(separator: " ").map(String.init) }),
                   !words.contains(where: { knownWords.contains($0) }) {
                    otherAcronyms.insert(acronym)
                }
                if let bound { acronyms[acronym] = bound }
            }
        }
    }

    /// The capitalised words ending right before `paren` whose initials spell `acronym`, with only commas,
    /// "and" and lower-case articles or connectors between them ("Afrika, der Karibik und dem Pazifik"), or nil.
    func spelledWords(_ toks: TokenList, before paren: Int, acronym: String) -> [String]? {
        let letters = Array(acronym.uppercased())
        var words: [String] = []
        var k = paren - 1
        while k >= 0, words.count < letters.count {
            let t = toks[k]
            if t.isCapitalized, t.isWord {
                words.append(t.text)
            } else if !(t.is(",") || t.is("and", "&") || Lexicon.foreignConnectors.contains(t) || t.is("the", "of", "dem", "den")) {
                return nil
            }
            k -= 1
        }
        guard words.count == letters.count else { return nil }
        let initials = words.reversed().compactMap { $0.first.map { Character($0.uppercased()) } }
        return initials == letters ? words : nil
    }

    /// Whether the acronym at `k` is on its own the gazetteer's name of an entity other than `id`.
    func namesAnotherEntity(_ toks: TokenList, acronymAt k: Int, than id: String) -> Bool {
        guard let (entry, end) = gazetteer.trie.longestMatch(in: toks, at: k), end == k + 1 else { return false }
        return entry.entityID != id && entry.form != .stop
    }

    /// The longest gazetteer name at `i`; a lede's first word in capitals is read as a name's too.
    func gazetteerMatch(_ toks: TokenList, at i: Int) -> (TokenTrie.Entry, Int)? {
        let match = gazetteer.trie.longestMatch(in: toks, at: i)
        // "Operation Sea Angel II": a named operation or plan with a number after it is another one than the first.
        if let (entry, end) = match, end < toks.count, toks[end].spaceBefore, Self.romanNumerals.contains(toks[end]),
           entry.entityID.hasBytePrefix("initiative/"), toks[end - 1].isCapitalized {
            return nil
        }
        if match == nil, toks[i].is("The"), let capitalised = capitalisedTheMatch(toks, at: i) { return capitalised }
        return match == nil && i == 0 && toks[0].isAllCaps ? ledeMatch(toks) : match
    }

    static let romanNumerals: TokenSet = ["II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]

    /// "The West cannot go on ...", "The Gulf states ...": a name the gazetteer writes with "the" (the West,
    /// the Gulf), opening a sentence. Not when the words after "The" make a longer name of their own.
    func capitalisedTheMatch(_ toks: TokenList, at i: Int) -> (TokenTrie.Entry, Int)? {
        guard i + 1 < toks.count, toks[i + 1].isCapitalized else { return nil }
        var window: [Token] = []
        window.reserveCapacity(8)
        for k in i..<min(toks.count, i + 8) { window.append(toks[k]) }
        let the = window[0]
        window[0] = Token(start: the.start, end: the.end, text: "the", kind: the.kind, spaceBefore: the.spaceBefore)
        guard let (entry, end) = gazetteer.trie.longestMatch(in: window, at: 0), entry.form != .stop, end >= 2 else { return nil }
        if let (_, rest) = gazetteer.trie.longestMatch(in: toks, at: i + 1), rest >= i + end { return nil }
        return (entry, i + end)
    }

    /// "INDUSTRIAL and Commercial Bank of China said": a paragraph opening with its first word in
    /// capitals (a newspaper's lede) is matched as if that word were written with one capital.
    func ledeMatch(_ toks: TokenList) -> (TokenTrie.Entry, Int)? {
        guard let first = toks.first, first.isWord, first.isAllCaps, first.characterCount >= 3 else { return nil }
        var copy = toks.array
        copy[0] = Token(start: first.start, end: first.end, text: String(first.text.prefix(1)) + first.text.dropFirst().lowercased(), kind: .word, spaceBefore: first.spaceBefore)
        guard let (entry, end) = gazetteer.trie.longestMatch(in: copy, at: 0), entry.form != .stop,
              end > 1 || (entry.form == .name && entry.entityID.hasBytePrefix("country/")) else { return nil }
        return (entry, end)
    }

    /// "German Council on Foreign Relations": a demonym before a known body's name makes
    /// it another country's namesake body, not the known one (the Council on Foreign Relations is American).
    func isOtherCountrysNamesake(_ toks: TokenList, at start: Int, entityID: String) -> Bool {
        guard start >= 1, toks[start].spaceBefore, let known = entity(entityID), known.kind == .organization, !known.countries.isEmpty else { return false }
        // ("Anglo-Dutch Shell", "the American Boeing": a company goes by one name wherever its country is said to be.)
        guard known.type != "company" else { return false }
        for first in stride(from: start - 1, through: max(0, start - 3), by: -1) {
            if let (entry, end) = gazetteer.trie.longestMatch(in: toks, at: first), end == start, entry.form == .adjective, entry.entityID.hasBytePrefix("country/") {
                return !known.countries.contains(entry.entityID)
            }
        }
        return false
    }

    /// Titles of US legislators and governors, whose state may follow their name ("Senator Sam Nunn of Georgia").
    static let usOfficeTitles: Set<String> = ["Senator", "Sen", "Representative", "Rep", "Congressman", "Congresswoman", "Governor", "Gov"]

    /// "Afreximbank", "Mercosur": one capitalised word a long form is shortened to.
    func isShortName(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        return scalars.count >= 4 && scalars.count <= 14 && scalars.first!.properties.isUppercase && !Lexicon.notNames.contains(text)
    }

    func isAcronym(_ text: String) -> Bool {
        // Two to ten capitals or digits, the first a capital; one pass, ASCII without a table look-up.
        var n = 0
        for s in text.unicodeScalars {
            n += 1
            guard n <= 10 else { return false }
            switch s.value {
            case 0x41...0x5A: continue
            case 0x30...0x39: if n == 1 { return false }
            case 0..<0x80: return false
            default: if !s.properties.isUppercase { return false }
            }
        }
        return n >= 2
    }

    /// A capitalised long form ending in a word such as Agency or Initiative.
    /// The words of a long form, a country's demonym read as its name: "Indonesian Communist Party (PKI)"
    /// has the words of the known "Communist Party of Indonesia".
    /// The words of a known body's names, read as `longFormWords` reads a long form (a demonym as its country's name).
    func knownWords(_ known: Entity) -> Set<String> {
        var words = Set<String>()
        for form in [known.name] + known.aliases {
            for word in Tokenizer.tokenize(form) where word.isWord {
                // (Each word alone: the whole name may be one of the body's own names.)
                let toks = Tokenizer.tokenize(word.text)
                if let (entry, end) = gazetteer.trie.longestMatch(in: toks, at: 0), end == 1, entry.form == .adjective,
                   entry.entityID.hasBytePrefix("country/"), let e = entity(entry.entityID) {
                    for w in e.name.split(separator: " ") { words.insert(String(w)) }
                }
                words.insert(word.text)
            }
        }
        return words
    }

    func longFormWords(_ u: Int, _ range: Range<Int>) -> Set<String> {
        var words = Set<String>()
        // (Acronyms are read before the gazetteer's mentions are: the trie says which words are demonyms.)
        for k in range {
            if let (entry, end) = gazetteer.trie.longestMatch(in: tokens[u], at: k), end == k + 1, entry.form == .adjective,
               entry.entityID.hasBytePrefix("country/"), let e = entity(entry.entityID) {
                for w in e.name.split(separator: " ") { words.insert(String(w)) }
            } else if tokens[u][k].isWord {
                words.insert(tokens[u][k].text)
            }
        }
        return words
    }

    func localEntity(forLongFormEndingAt paren: Int, unit: Int, acronym: String) -> (String, Entity, Int)? {
        let toks = tokens[unit]
        // "Mouvement républicain populaire (MRP)", "Partido dos Trabalhadores (PT)": a name in another language,
        // written in sentence case, whose words other than its connectors spell the acronym.
        // ("Union pour le progrès et le changement (UPC)": "Union" too, which is also English, when the connectors are not.)
        if let f = (max(0, paren - 8)..<paren).reversed().first(where: { Lexicon.foreignOrganizationFirstWords.contains(toks[$0])
               || (toks[$0].is("Union") && $0 + 1 < paren && Lexicon.foreignConnectors.contains(toks[$0 + 1])) }), paren - f >= 2,
           // ("Observatoire de l'action gouvernementale (OAG)": an elided article's apostrophe among the words.)
           toks[f..<paren].allSatisfy({ $0.isWord || ($0.is("'", "\u{2019}") && !$0.spaceBefore) }) {
            let initials = String(toks[f..<paren].filter { $0.isWord && !Lexicon.foreignConnectors.contains($0) }.compactMap { $0.text.first.map { Character($0.uppercased()) } })
            if initials == acronym.uppercased(), !(f..<paren).contains(where: { isCovered(unit, $0) }) {
                let name = text(of: toks, from: f, to: paren - 1, in: unit)
                let id = "organization/" + Slug.make(name)
                var entity = local[id] ?? Entity(id: id, kind: .organization, name: name)
                entity.type = "found in text"
                return (id, entity, f)
            }
        }
        if language == "de", let found = germanLongForm(endingAt: paren, unit: unit, acronym: acronym) { return found }
        var start = paren
        var words: [String] = []
        var k = paren - 1
        while k >= 0 {
            let t = toks[k]
            // "the Treasury and the Kenya Ports Authority (KPA)": "and the" joins two names, never one.
            if t.is("the"), k > 0, !toks[k - 1].is("of", "for", "on", "in", "and") { break }
            if t.is("and"), k + 1 < paren, toks[k + 1].is("the") { break }
            // "Istanbul Textile and Apparel Exporters' Association (İTKİB)": a plural possessive inside the name.
            if t.is("'"), !t.spaceBefore, k > 0, toks[k - 1].isCapitalized, toks[k - 1].text.hasSuffix("s") { start = k; k -= 1; continue }
            // "People's National Party (PNP)": a singular possessive inside the name, when its word is one of the
            // acronym's letters ("China's Communist Party (CPC)" is the country's party, not a longer name).
            // ("Special Public Prosecutor's Office (SPO)": the words before the possessive may complete the acronym.)
            if t.is("s"), k >= 2, !t.spaceBefore, toks[k - 1].is("'"), !toks[k - 1].spaceBefore, toks[k - 2].isCapitalized,
               case let tail = Self.initials(of: toks[(k - 2)..<paren]), tail == acronym.uppercased() || (tail.count >= 2 && acronym.uppercased().hasSuffix(tail)) {
                start = k - 2
                k -= 3
                continue
            }
            // "Botswana Confederation of Commerce, Industry and Manpower (BOCCIM)": a list of capitalised words inside the name.
            // (Not a person's office after a comma: "Vu Tien Loc, Chairman of the Viet Nam Chamber of Commerce and Industry (VCCI)".)
            if t.is(","), k > 0, toks[k - 1].isCapitalized, k + 1 < paren, toks[k + 1].isCapitalized,
               Self.titleTrie.longestMatch(in: toks, at: k + 1).map({ $0.1 < paren && toks[$0.1].is("of", "at") }) != true,
               (k + 1..<paren).contains(where: { toks[$0].is("and") }) {
                start = k
                k -= 1
                continue
            }
            // ("Movement for Multi-party Democracy (MMD)": a hyphenated word's second half in lower case.)
            if t.isCapitalized || t.kind == .number || (t.is("-") && !t.spaceBefore) || ["of", "for", "and", "on", "the", "de", "in", "at"].contains(t.text)
                || (t.isLowercase && !t.spaceBefore && k >= 2 && toks[k - 1].is("-") && toks[k - 2].isCapitalized && !t.text.hasSuffix("ed")
                    && !t.is("run", "built", "made", "born", "held", "led"))
                || Lexicon.foreignConnectors.contains(t) {
                start = k
                k -= 1
            } else {
                break
            }
        }
        while start < paren, ["of", "for", "and", "on", "the", "The", "A", "An", "de", "in", "-"].contains(toks[start].text) { start += 1 }
        // "Special Economic Zone Authority at Duqm (SEZAD)": the place after "at" is part of the name only
        // when the acronym spells it.
        if let at = (start..<paren).last(where: { toks[$0].is("at") }), Self.initials(of: toks[start..<paren]) != acronym.uppercased() {
            start = at + 1
            // "... at The University of the West Indies (UWI)": the article is not part of the name.
            while start < paren, toks[start].is("the", "The") { start += 1 }
        }
        // "Police and Field Force Unit (FFU)", "Phillip Paulwell of the People's National Party (PNP)": a name after
        // "and", "of" or "the" that the acronym spells, not the words before it.
        if start < paren, Self.initials(of: toks[start..<paren]) != acronym.uppercased(),
           let s = (start + 1..<paren).first(where: { toks[$0 - 1].is("and", "of", "the") && toks[$0].isCapitalized
                && Self.initials(of: toks[$0..<paren]) == acronym.uppercased() }) {
            start = s
        }
        // "Miloš Vystrčil of the Civic Democratic Party (ODS)": a person's name of two or three words, then "of the" and a
        // body whose acronym is that of its name in its own language; the body's name starts after "of the".
        if start + 5 < paren, Self.initials(of: toks[start..<paren]) != acronym.uppercased(),
           let of = (start + 2..<(start + 4)).first(where: { toks[$0].is("of") }), of + 3 < paren, toks[of + 1].is("the"),
           toks[start..<of].allSatisfy({ $0.isWord && $0.isCapitalized && !$0.isAllCaps && !Lexicon.organizationHeads.contains($0) && !Lexicon.titleWords.contains($0) }),
           Lexicon.organizationHeads.contains(toks[paren - 1]) {
            start = of + 2
        }
        // "the Director General of the Workforce Development Authority (WDA)", "Head of the National Nutrition Agency (BGN)":
        // an office held in the body (a title, or a word such as "Head" before "of") is not part of its name.
        if start + 1 < paren {
            let title = Self.titleTrie.longestMatch(in: toks, at: start).flatMap { $0.1 < paren && toks[$0.1].is("of", "at") ? $0.1 : nil }
            if let end = title ?? (AnnotationRun.officesBeforeBody.contains(toks[start].text) && toks[start + 1].is("of") ? start + 1 : nil) {
                start = end + 1
                while start < paren, toks[start].is("the", "The") { start += 1 }
            }
        }
        guard paren - start >= 2 else { return nil }
        words = toks[start..<paren].map(\.text)
        // ("... Authority at Duqm": the word before "at" heads the name.)
        guard let head = words.lastIndex(of: "at").map({ words[max(0, $0 - 1)] }) ?? words.last else { return nil }
        let kind: EntityKind
        // "Hamburger Hafen und Logistik AG (HHLA)": a company's legal form ends its name.
        // ("Kachin Baptist Convention (KBC)": a church's convention is a body.)
        // ("Zimbabwe Coalition on Debt and Development (ZIMCODD)": a coalition, an alliance or a network, of whatever it is for.)
        if Lexicon.organizationHeads.contains(head) || Lexicon.legalForms.contains(head) || Lexicon.foreignOrganizationFirstWords.contains(words[0]) || words.contains(where: { ["Bank", "Ministry", "University", "Agency", "Council", "Commission", "Organization", "Organisation", "Association", "Federation", "Institute", "Fund", "Office", "Bureau", "Secretariat", "Confederation", "Chamber", "Party", "Corporation", "Union", "Committee", "Coalition", "Alliance", "Network", "Movement", "Centre", "Center", "Foundation", "League", "Society"].contains($0) })
            || (head == "Convention" && words.contains(where: { AnnotationRun.denominations.contains($0) }))
            // ("Centre for Policy Dialogue (CPD)": a body's word, then what it is for.)
            || (words.count >= 3 && Lexicon.organizationHeads.contains(words[0]) && ["for", "of", "on"].contains(words[1])) {
            kind = .organization
        } else if Lexicon.initiativeHeads.contains(head) {
            kind = .initiative
        } else if ["Unit", "Force", "Service", "Corps", "Guard", "Command", "Directorate", "Police", "Squad", "Brigade", "Government", "Administration"].contains(head)
                    || (Lexicon.causeWords.contains(head) && words.contains(where: { Lexicon.organizationHeads.contains($0) })),
                  Self.initials(of: toks[start..<paren]) == acronym.uppercased() {
            // ("Movement for Multi-party Democracy (MMD)": a party named for its cause.)
            // "Field Force Unit (FFU)", "National Intelligence Service (NIS)": a force or service the acronym spells.
            // ("Kurdistan Regional Government (KRG)", "Government of National Accord (GNA)": a government so named is a body.)
            kind = .organization
        } else if Self.initials(of: toks[start..<paren]) == acronym.uppercased(), words.count >= 3,
                  words.contains(where: { w in (w.first?.isUppercase == true && ["ers", "ors", "ists"].contains { w.hasSuffix($0) })
                    || ["Industry", "Industries", "Business", "Businesses", "Enterprises"].contains(w) }),
                  !["District", "Zone", "Area", "City", "Park", "Region", "Corridor", "Hub"].contains(words.last ?? "") {
            // ("Central Business District (CBD)" is a place.)
            kind = .organization
        } else if Self.initials(of: toks[start..<paren]) == acronym.uppercased(), words.count >= 3, words.dropLast().contains(where: { Lexicon.subsidiaryHeads.contains($0) }),
                  Lexicon.subsidiaryHeads.contains(toks[paren - 1]) || gazetteer.trie.longestMatch(in: toks, at: paren - 1).map({ $0.1 == paren && ($0.0.entityID.hasBytePrefix("country/") || $0.0.entityID.hasBytePrefix("region/")) }) == true {
            // "China Construction America (CCA)", "China Harbour Engineering (CHE)": a company's name of its trade and
            // market whose initials the acronym spells.
            // ("Meat Industry Ireland (MII)": a trade body named for its industry.)
            // "Grain Producers Australia (GPA)": a name of its members ("Producers", "Exporters", "Economists")
            // whose words spell the acronym is a body's.
            kind = .organization
        } else {
            return nil
        }
        let name = text(of: toks, from: start, to: paren - 1, in: unit)
        let id = "\(kind.rawValue)/\(Slug.make(name))"
        var entity = Entity(id: id, kind: kind, name: name)
        entity.aliases = [acronym]
        return (id, entity, start)
    }

    /// Words joining the words of a German body's name ("Partei des Saarlandes", "Bundesamt für Verfassungsschutz").
    static let germanNameConnectors: TokenSet = ["des", "der", "für", "und", "von", "vom", "zur", "zum", "im", "am", "auf", "in", "mit"]
    /// Words, or ends of compounds, that make a German name a body's ("Volkspartei", "Gewerkschaftsbund", "Bundesamt").
    static let germanBodyEndings = [
        "partei", "bund", "verband", "gewerkschaft", "vereinigung", "gesellschaft", "institut", "stiftung", "kammer", "rat",
        "gericht", "bank", "kommission", "front", "bewegung", "liga", "amt", "ministerium", "agentur", "behörde", "anstalt",
        "komitee", "organisation", "union", "zentrale", "polizei", "armee", "wehr", "konzern", "werke", "dienst", "verein",
        "akademie", "universität", "hochschule", "büro", "senat", "versammlung", "konferenz", "hilfe", "werk", "kasse", "bahn",
    ]

    /// German: "Die Christliche Volkspartei des Saarlandes (CVP)", "Sozialdemokratische Partei des Saarlandes (SPS)".
    /// Every noun is capitalised, so the English reading of a name (capitalised words and "of") finds none; the name runs
    /// back over capitalised words and German connectors, and is the shortest run whose letters spell the acronym in order,
    /// its first letter opening the name and a compound giving more than one ("Volkspartei": V, P), as in Schwartz and
    /// Hearst's reading of acronyms defined in text. A body's word, or a compound ending in one, makes it a body.
    func germanLongForm(endingAt paren: Int, unit: Int, acronym: String) -> (String, Entity, Int)? {
        let toks = tokens[unit]
        let letters = Array(acronym.lowercased().filter(\.isLetter))
        guard letters.count >= 2, paren >= 2 else { return nil }
        var f = paren
        while f > 0, paren - f < 8, case let t = toks[f - 1], t.isWord, !t.isAllCaps,
              (t.isCapitalized && !isCovered(unit, f - 1)) || (Self.germanNameConnectors.contains(t) && f < paren) { f -= 1 }
        func spells(_ s: Int) -> Bool {
            let name = Array(text(of: toks, from: s, to: paren - 1, in: unit).lowercased())
            var li = name.count - 1
            for (ai, c) in letters.enumerated().reversed() {
                while li >= 0, name[li] != c || (ai == 0 && li > 0 && name[li - 1].isLetter) { li -= 1 }
                if li < 0 { return false }
                li -= 1
            }
            return true
        }
        guard f < paren, let start = (f..<paren).reversed().first(where: { s in
            toks[s].isCapitalized && toks[s].text.lowercased().first == letters[0] && spells(s)
        }) else { return nil }
        let capitalised = toks[start..<paren].filter { $0.isWord && $0.isCapitalized }
        let words = capitalised.map { $0.text.lowercased() }
        // ("Stadtrat Peter Dietz (SPD)": a person's name and office spell a party's letters too; no body's name has a given name.)
        // (A body's word may take the genitive: "des Deutschen Gewerkschaftsbundes (DGB)".)
        guard words.count >= 2 || letters.count <= words.first.map({ w in w.count / 3 }) ?? 0,
              !capitalised.contains(where: { Lexicon.givenNameGenders[$0.text] != nil }),
              words.contains(where: { w in Self.germanBodyEndings.contains { w.hasSuffix($0) || w.hasSuffix($0 + "es") || w.hasSuffix($0 + "s") || w.hasSuffix($0 + "en") } })
        else { return nil }
        let name = text(of: toks, from: start, to: paren - 1, in: unit)
        let id = "organization/" + Slug.make(name)
        var entity = local[id] ?? Entity(id: id, kind: .organization, name: name)
        entity.aliases = [acronym]
        return (id, entity, start)
    }

    /// The first letters of a name's capitalised words, in capitals ("Grain Producers Australia" -> "GPA").
    static func initials(of toks: Slice<TokenList>) -> String {
        String(toks.filter { $0.isWord && $0.isCapitalized }.compactMap { $0.text.first }).uppercased()
    }

    /// The unit text from token `a` to token `b` inclusive.
    func text(of toks: TokenList, from a: Int, to b: Int, in unit: Int) -> String {
        String(decoding: unitBytes[unit][toks[a].start..<toks[b].end], as: UTF8.self)
    }

    func isCovered(_ unit: Int, _ index: Int) -> Bool {
        coveringIndex(unit, index) >= 0
    }

    func coveringSpan(_ unit: Int, _ index: Int) -> Span? {
        let i = coveringIndex(unit, index)
        return i < 0 ? nil : spans[i]
    }

    /// The index in `spans` of the first span covering the token, or -1.
    @inline(__always) func coveringIndex(_ unit: Int, _ index: Int) -> Int {
        if !coverageValid { rebuildCoverage() }
        return coverage.withUnsafeBufferPointer { units in
            guard unit >= 0, unit < units.count, index >= 0, index < units[unit].count else { return -1 }
            return Int(units[unit][index])
        }
    }

    func rebuildCoverage() {
        var coverage = tokens.map { [Int32](repeating: -1, count: $0.count) }
        for (n, span) in spans.enumerated() where span.unit < coverage.count {
            for k in span.first...min(span.last, coverage[span.unit].count - 1) where coverage[span.unit][k] < 0 { coverage[span.unit][k] = Int32(n) }
        }
        self.coverage = coverage
        coverageValid = true
    }

    /// Adds a span, keeping the coverage index current.
    func addSpan(_ span: Span) {
        spans.append(span)
        guard coverageValid, span.unit < coverage.count else { return }
        for k in span.first...min(span.last, coverage[span.unit].count - 1) where coverage[span.unit][k] < 0 {
            coverage[span.unit][k] = Int32(spans.count - 1)
        }
    }

    /// Replaces all spans (the coverage index is rebuilt when next needed).
    func setSpans(_ new: [Span]) {
        spans = new
        coverageValid = false
    }

    /// The first token of a unit starting at or after a byte offset (binary search).
    func firstToken(_ u: Int, atOrAfter offset: Int) -> Int {
        let toks = tokens[u]
        var lo = 0, hi = toks.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if toks[mid].start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Token indices whose start lies in [a, b).
    func tokens(_ u: Int, startingIn a: Int, _ b: Int) -> Range<Int> {
        let lo = firstToken(u, atOrAfter: a)
        return lo..<max(lo, firstToken(u, atOrAfter: b))
    }

    static let usStateOffices: Set<String> = ["senator", "governor", "congressman", "congresswoman", "representative", "delegation", "legislature", "senators", "democrats", "republicans"]

    /// Names such as Chad or Jordan count as places only with evidence.
    /// "the Look East Policy adopted by the late former President Robert Mugabe": a name several countries'
    /// initiatives go by is the one of the country the article names (the outlet's own, or the one named
    /// most, when it names several); with none of them named, the gazetteer's first stays.
    func resolveSharedInitiativeNames() {
        guard !gazetteer.sharedInitiativeNames.isEmpty else { return }
        var counts: [String: Int]?
        var updated = spans
        var dropped = Set<Int>()
        var changed = false
        for (n, span) in spans.enumerated() where span.entityID.hasBytePrefix("initiative/") {
            let name = text(of: tokens[span.unit], from: span.first, to: span.last, in: span.unit)
            // (A treaty between several countries found by another form of its name, "the Geneva agreements": the treaties
            // that share one of its names.)
            guard let ids = gazetteer.sharedInitiativeNames[name] ?? entity(span.entityID).flatMap({ e in
                e.countries.count > 1 ? ([e.name] + e.aliases).lazy.compactMap({ self.gazetteer.sharedInitiativeNames[$0] }).first { $0.contains(span.entityID) } : nil
            }) else { continue }
            if counts == nil { counts = countryCounts() }
            // (Not a treaty between several countries signed after the article was written: "the Geneva Accords" in 1954
            // are not those of 1988. A country's own policy may go by the name of the one it grew out of.)
            let then = ids.filter { (entity($0)?.countries.count ?? 0) < 2 || (entity($0)?.started ?? Int.min) <= (year ?? Int.max) }
            let pool = then.isEmpty ? ids : then
            // The mentions of its countries in the article ("the Geneva Accords" in a story about Pakistan and Afghanistan
            // are those of 1988, not those of 1954 on Indochina).
            func weight(_ id: String) -> Int { entity(id)?.countries.reduce(0) { $0 + (counts![$1] ?? 0) } ?? 0 }
            let named = pool.filter { weight($0) > 0 }
            guard !named.isEmpty else {
                if gazetteer.sharedOnlyNames.contains(name) {
                    dropped.insert(n); changed = true
                } else if !pool.contains(span.entityID), let latest = pool.max(by: { a, b in (entity(a)?.started ?? 0, b) < (entity(b)?.started ?? 0, a) }) {
                    updated[n].entityID = latest
                    updated[n].rule = "initiative.year-in-context"
                    changed = true
                }
                continue
            }
            let home = outletHome(counts!)
            let chosen = named.first { entity($0)?.countries.count == 1 && entity($0)?.countries.first == home }
                ?? named.max { a, b in (weight(a), b) < (weight(b), a) }!
            if chosen != span.entityID {
                updated[n].entityID = chosen
                updated[n].rule = "initiative.country-in-context"
                changed = true
            }
        }
        if changed { setSpans(updated.indices.filter { !dropped.contains($0) }.map { updated[$0] }) }
    }

    /// Words said of a country before its name, never of a person: "landlocked Chad", "neighbouring Georgia".
    static let countryAdjectives: TokenSet = [
        "landlocked", "neighbouring", "neighboring", "impoverished", "coastal",
    ]

    /// Words after "Commonwealth" that make it the bloc.
    static let commonwealthNouns: Set<String> = [
        "countries", "country", "nations", "members", "member", "leaders", "heads", "governments", "secretariat", "summit",
        "conference", "games", "ministers", "states", "partners", "citizens",
        "ambassador", "ambassadors", "envoy", "envoys", "observer", "observers", "delegation", "delegates", "tour", "realm", "realms",
    ]
    static let commonwealthVerbs: Set<String> = [
        "join", "joins", "joined", "joining", "rejoin", "rejoins", "rejoined", "leave", "leaves", "left", "leaving", "quit", "quits",
    ]

    /// Words after a newspaper's name that say it is the newspaper: "The Namibian reported", "The Australian has learned".
    static let newspaperVerbs: TokenSet = [
        "reported", "reports", "revealed", "reveals", "quoted", "quotes", "has", "had", "is", "was", "understands", "learned", "learnt",
        "published", "publishes", "wrote", "writes", "newspaper", "daily", "weekly", "editor", "editorial", "columnist", "reporter", "obtained",
    ]

    func resolveAmbiguous(_ candidates: [Span]) {
        // (What an earlier mention settled settles the later ones: "led by Woodside. Woodside said ...".)
        var certain = Set(spans.map(\.entityID))
        var personWords = Set<String>()
        for span in spans where span.entityID.hasBytePrefix("person/") {
            for k in span.first...span.last { personWords.insert(tokens[span.unit][k].text) }
        }
        // (Read once, and only when Georgia is among the candidates.)
        let georgia = candidates.contains { tokens[$0.unit][$0.first].is("Georgia") }
        // (Not "Washington", which is the capital far more often than the state.)
        let usStateNamed = georgia && tokens.contains { toks in toks.indices.contains { Lexicon.usStates.contains(toks[$0]) && !toks[$0].is("Washington") } }
        let caucasusNamed = georgia && tokens.contains { toks in toks.indices.contains { Lexicon.caucasusWords.contains(toks[$0]) } }
        for span in candidates {
            let toks = tokens[span.unit]
            let word = toks[span.first].text
            let prev = span.first > 0 ? toks[span.first - 1] : nil
            let next = span.last + 1 < toks.count ? toks[span.last + 1] : nil
            // ("From Chad to Zimbabwe, governments ...": a preposition opening the sentence too.)
            // ("landlocked Chad", "neighbouring Georgia": words said of a country, never of a person.)
            let prevIsPlaceWord = prev.map { Lexicon.placePrepositions.contains($0) || $0.is(",") || ((span.first == 1 || (span.first >= 2 && toks[span.first - 2].is(".", "!", "?"))) && Lexicon.placePrepositions.contains(lowerOf: $0)) } ?? false
                || (span.first >= 1 && Self.countryAdjectives.contains(toks[span.first - 1]))
            // "mills in Georgia and the Carolinas": a US state among US states.
            if (max(0, span.first - 6)..<min(toks.count, span.last + 7)).contains(where: { Lexicon.usStates.contains(toks[$0]) }) { continue }
            // ("Down in Georgia the local still meets in two rooms" in a Chicago paper that names Mississippi: in an article
            // that names another US state and nothing of the Caucasus, the state.)
            if word == "Georgia", usStateNamed && !caucasusNamed { continue }
            // "Senator Sam Nunn of Georgia": the state a US legislator or governor is of.
            if word == "Georgia", span.first >= 3, prev?.text == "of", (max(0, span.first - 7)..<(span.first - 1)).contains(where: { Self.usOfficeTitles.contains(toks[$0].text) }) { continue }
            // "the West Bank of the Jordan", "across the Jordan": the river (the country goes without "the").
            if word == "Jordan", let prev, prev.lowerIs("the"), !(next.map { $0.is("-") || $0.isCapitalized } ?? false) { continue }
            // "Georgia's Senator Walter George", "the Georgia delegation", "Georgia's senior senator": an office of the US state.
            if word == "Georgia", let k = next?.text == "'" && span.last + 3 < toks.count ? span.last + 3 : (next != nil ? span.last + 1 : nil),
               Self.usStateOffices.contains(toks[k].lower) || (k + 1 < toks.count && toks[k].isLowercase && Self.usStateOffices.contains(toks[k + 1].lower)) { continue }
            // Part of a person's name found in the text ("Georgia Lennox").
            if let covering = coveringSpan(span.unit, span.first), covering.entityID.hasBytePrefix("person/") { continue }
            // Part of a longer capitalised name ("Michael Jordan", "Jordan Peterson").
            if let prev, prev.isCapitalized, prev.spaceBefore || span.first == 1, !Lexicon.notNames.contains(prev), !isCovered(span.unit, span.first - 1), !prevIsPlaceWord { continue }
            if let next, next.isCapitalized, next.spaceBefore, !isCovered(span.unit, span.last + 1), !Lexicon.notNames.contains(next) { continue }
            // ("Chad's Mahamat Idriss Déby" is the country's, though a "Chad Mokoena" is named too.)
            let possessiveBeforePerson = next?.text == "'" && span.last + 3 < toks.count && toks[span.last + 2].is("s")
                && ((coveringSpan(span.unit, span.last + 3)?.entityID.hasBytePrefix("person/") ?? false) || Lexicon.titleWords.contains(toks[span.last + 3]))
            if personWords.contains(word) && !prevIsPlaceWord && !possessiveBeforePerson { continue }
            // A person speaking: "Chad said".
            if let next, Lexicon.speechVerbs.contains(next), !certain.contains(span.entityID) { continue }
            if word == "Commonwealth" {
                // "the two Commonwealth countries", "Commonwealth leaders": the bloc.
                // ("joins the Commonwealth from today", "readmitted to the Commonwealth", "left the Commonwealth": what countries do
                // with the bloc.)
                let joined = span.first >= 2 && prev?.lowerIs("the") == true && Self.commonwealthVerbs.contains(toks[span.first - 2].lower)
                if joined || next.map({ Self.commonwealthNouns.contains($0.lower) }) == true {
                    var accepted = span
                    accepted.rule += ".context"
                    addSpan(accepted)
                    continue
                }
                // "under the protection of the Commonwealth" in an Australian story: Australia's federal government, not the bloc.
                let home = outlet.flatMap { entity($0.id)?.countries.first } ?? dominantCountry(countryCounts())
                if home == "country/au" && !certain.contains(span.entityID) { continue }
            }
            // "Turkey and Egypt": coordinated with another place ("Chad and the Central African Republic": with "the" too).
            let coordinated = [span.first - 2, span.last + 2].contains { k in
                k >= 0 && k < toks.count && ["and", "or"].contains(toks[(k + (k < span.first ? 1 : -1))].text)
                    && (coveringSpan(span.unit, k)?.entityID.hasBytePrefix("country/") ?? false || coveringSpan(span.unit, k)?.entityID.hasBytePrefix("region/") ?? false)
            } || (span.last + 3 < toks.count && toks[span.last + 1].is("and", "or") && toks[span.last + 2].is("the")
                  && (coveringSpan(span.unit, span.last + 3).map { $0.first == span.last + 3 && $0.entityID.hasBytePrefix("country/") } ?? false))
            // "From Angola to Sudan and now Nigeria, China is locking up oil. Chad will be next": after a run of countries.
            // ("Israel sent several thousand Eritreans and Sudanese to Rwanda and Uganda": or before a run of them in its sentence.)
            var sentenceEnd = span.last + 1
            while sentenceEnd < toks.count, sentenceEnd - span.last < 25, !toks[sentenceEnd].is(".", "!", "?", ";") { sentenceEnd += 1 }
            let amongCountries = span.entityID.hasBytePrefix("country/") && (Set((max(0, span.first - 25)..<span.first).compactMap { k in
                coveringSpan(span.unit, k).flatMap { $0.entityID.hasBytePrefix("country/") && $0.entityID != "country/cn" ? $0.entityID : nil }
            }).count >= 2 || Set((span.last + 1..<sentenceEnd).compactMap { k in
                coveringSpan(span.unit, k).flatMap { $0.entityID.hasBytePrefix("country/") && $0.entityID != "country/cn" && $0.entityID != span.entityID ? $0.entityID : nil }
            }).count >= 3)
            if certain.contains(span.entityID) || prevIsPlaceWord || coordinated || amongCountries || (next.map { $0.is("'") || $0.is(",") || $0.is(".") } ?? true) {
                var accepted = span
                accepted.rule += ".context"
                addSpan(accepted)
                certain.insert(span.entityID)
            }
        }
    }

    // MARK: - Quotes

    struct RawQuote {
        var unit: Int
        var open: Int  // byte offset of the opening mark
        var close: Int  // byte offset of the closing mark, or text end when unclosed
        var closed: Bool
        var innerStart: Int
        var innerEnd: Int
    }

    /// Quotation-mark pairs of a unit.
    func rawQuotes(_ u: Int) -> [RawQuote] {
        if let cached = rawQuotesByUnit[u] { return cached }
        let found = findRawQuotes(u)
        rawQuotesByUnit[u] = found
        return found
    }

    func findRawQuotes(_ u: Int) -> [RawQuote] {
        if let dialogue = dashDialogue(u) { return [dialogue] }
        let bytes = unitBytes[u]
        // "o" open (“ and «), "c" close (” and »), "s" straight, "l" low open („, closed by ” in Polish
        // and by “ in German).
        var marks: [(offset: Int, width: Int, kind: Character)] = []
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x22 { marks.append((i, 1, "s")) }
            if bytes[i] == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80 {
                if bytes[i + 2] == 0x9C { marks.append((i, 3, "o")) }
                if bytes[i + 2] == 0x9D { marks.append((i, 3, "c")) }
                if bytes[i + 2] == 0x9E { marks.append((i, 3, "l")) }
            }
            if bytes[i] == 0xC2, i + 1 < bytes.count {
                if bytes[i + 1] == 0xAB { marks.append((i, 2, "o")) }
                if bytes[i + 1] == 0xBB { marks.append((i, 2, "c")) }
            }
            i += 1
        }
        var out: [RawQuote] = []
        var openMark: (offset: Int, width: Int, low: Bool)?
        for m in marks {
            let isOpen: Bool
            switch m.kind {
            case "l": isOpen = true
            case "o": isOpen = !(openMark?.low ?? false)
            case "c": isOpen = false
            default: isOpen = openMark == nil
            }
            if isOpen {
                if let o = openMark {  // an unclosed quote followed by a new one: close the first before it
                    out.append(RawQuote(unit: u, open: o.offset, close: m.offset, closed: false, innerStart: o.offset + o.width, innerEnd: m.offset))
                }
                openMark = (m.offset, m.width, m.kind == "l")
            } else if let o = openMark {
                out.append(RawQuote(unit: u, open: o.offset, close: m.offset, closed: true, innerStart: o.offset + o.width, innerEnd: m.offset))
                openMark = nil
            }
        }
        if let o = openMark {
            out.append(RawQuote(unit: u, open: o.offset, close: bytes.count, closed: false, innerStart: o.offset + o.width, innerEnd: bytes.count))
        }
        return out
    }

    /// '— Não adianta fechar tudo. ... — afirmou Terra, em entrevista.': Portuguese and Spanish papers set a speaker's
    /// words off with a dash opening the paragraph and close them with a dash before the verb of speaking. Only in an
    /// article in another language than English (where a dash opening a paragraph is a list's), and only with that
    /// closing attribution: a paragraph that merely opens on a dash ("— NZPA-AAP") is none.
    func dashDialogue(_ u: Int) -> RawQuote? {
        let bytes = unitBytes[u]
        // An em or en dash, then a space.
        guard bytes.count > 8, bytes[0] == 0xE2, bytes[1] == 0x80, bytes[2] == 0x94 || bytes[2] == 0x93, bytes[3] == 0x20,
              language != "en" else { return nil }
        let toks = tokens[u]
        guard toks.count > 6, toks[0].is("-"), toks[1].isCapitalized || toks[1].isAllCaps else { return nil }
        // The last dash with a space before it that a verb of speaking follows, in lower case ("— disse.", "— afirmou Terra"),
        // after the auxiliary too ("— ha detto —").
        guard let close = (2..<(toks.count - 1)).reversed().first(where: { k in
            guard toks[k].is("-"), toks[k].spaceBefore, toks[k + 1].isLowercase else { return false }
            let verb = k + 2 < toks.count && toks[k + 1].is("ha", "a", "han") ? k + 2 : k + 1
            return Lexicon.speechVerbs.contains(toks[verb])
        }) else { return nil }
        var end = toks[close].start
        while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
        return RawQuote(unit: u, open: 0, close: toks[close].start, closed: true, innerStart: 4, innerEnd: end)
    }

    func wordCount(_ u: Int, _ a: Int, _ b: Int) -> Int {
        tokens(u, startingIn: a, b).filter { tokens[u][$0].end <= b && (tokens[u][$0].kind == .word || tokens[u][$0].kind == .number) }.count
    }

    /// Whether a quoted span is a quote rather than a quoted term ("cloud diplomacy",
    /// "a century of humiliation", "in due course."). Short spans need to look like
    /// speech: a capital letter or closing punctuation, and a clause naming the speaker.
    /// Auxiliaries and common verbs that make a quoted phrase a clause ("the door to dialogue remains open").
    static let finiteVerbs: Set<String> = [
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "should", "must", "may",
        "might", "shall", "does", "do", "did", "remains", "remain", "needs", "means", "stands", "shows", "makes", "won't", "can't",
    ]

    /// Words left in lower case inside a title written in title case.
    static let titleSmallWords: TokenSet = ["of", "and", "the", "for", "in", "on", "with", "to", "a", "an", "by", "at", "or", "de", "la", "del", "y", "et", "du", "des", "le"]

    /// Words right before a quotation mark that make what follows a name or a term: 'known as the "Beijing jeep."'.
    static let namingWords: Set<String> = ["the", "as", "dubbed", "so-called", "nicknamed", "termed", "branded", "christened", "titled", "entitled"]

    /// Words after a person's name that make it a place's: "the Garfield Sobers Gymnasium".
    /// Clerics' titles that French, Italian, Spanish and Portuguese write in lower case before a name ("l'abbé Pierre").
    static let lowercaseClericalTitles: TokenSet = ["abbé", "abbe", "père", "mère", "sœur", "soeur", "frère", "padre", "madre", "suor", "fra", "frei", "don", "dom", "monseigneur", "mgr"]

    static let placesNamedAfterPeople: TokenSet = [
        "Gymnasium", "Stadium", "Airport", "Hospital", "Library", "Hall", "Bridge", "Highway", "Avenue", "Street", "Road", "Park",
        "Square", "Arena", "Museum", "Dam", "Barracks", "Boulevard", "Mausoleum", "Auditorium", "Pavilion",
        // ("the Abu Ali Mustafa Brigades", "the Abu Ali Mustafa list": an armed wing or an electoral list named after a leader.)
        "Brigades", "Brigade", "list",
    ]

    func isQuote(_ q: RawQuote, attributed: Bool, continues: Bool = false) -> Bool {
        let words = wordCount(q.unit, q.innerStart, q.innerEnd)
        let inner = unitBytes[q.unit][q.innerStart..<q.innerEnd]
        let endsLikeSentence = inner.last.map { [0x2E, 0x2C, 0x3F, 0x21].contains($0) } ?? false
        let firstInner = firstToken(q.unit, atOrAfter: q.innerStart)
        let startsCapital = firstInner < tokens[q.unit].count && (tokens[q.unit][firstInner].isCapitalized || tokens[q.unit][firstInner].kind == .number)
        if !q.closed { return words >= 3 }
        // 'pledging a "mutually beneficial relationship based on common strategic interests."': a noun
        // phrase after "a" or "an", in lower case, is a quoted term however long.
        let mark = firstToken(q.unit, atOrAfter: q.open)
        // ('Farid al-Jadir said that "the company now controls all of Kirkuk's oil fields"': what follows "said that" is a
        // clause someone said, whatever its first word.)
        if words >= 4, mark >= 2, mark <= tokens[q.unit].count, tokens[q.unit][mark - 1].is("that"),
           (max(0, mark - 5)..<(mark - 1)).contains(where: { Lexicon.speechVerbs.contains(tokens[q.unit][$0]) }) { return true }
        if !startsCapital, words < 12, mark > 0, mark <= tokens[q.unit].count, tokens[q.unit][mark - 1].lowerIs("a", "an") { return false }
        // 'the vehicle Chinese drivers know simply as the "Beijing jeep."', 'dubbed "Mr. Fix-It"': a few words named by the
        // words before them are a name for something, capitalised or not.
        if words <= 4, mark > 0, mark <= tokens[q.unit].count, Self.namingWords.contains(tokens[q.unit][mark - 1].lower) { return false }
        // ('The guideline, titled "Opinions on Further Reducing the Burden of Homework and Off-campus Training for Students in
        // Compulsory Education," was issued': what a document, a book or a report is titled is its title, however long.)
        if mark > 0, mark <= tokens[q.unit].count, tokens[q.unit][mark - 1].is("titled", "entitled", "headlined", "headed") { return false }
        // 'called China "a good friend and a good partner"', 'recognises Peking as "the sole legal government of
        // China"': a noun phrase in lower case, with its article and no verb of its own, is the same.
        if !startsCapital, words < 12, firstInner < tokens[q.unit].count, tokens[q.unit][firstInner].is("a", "an", "the") {
            let toks = tokens[q.unit]
            var k = firstInner
            var finite = false
            while k < toks.count, toks[k].start < q.innerEnd {
                if Self.finiteVerbs.contains(toks[k].lower) { finite = true; break }
                k += 1
            }
            if !finite { return false }
        }
        // '"Meet the Press."', '"One Belt, One Road"', '"Permanent Neutrality of Turkmenistan"': a name or a title in
        // title case (every word capitalised but the small ones, none of them "I" or "We") is no one's words.
        if words >= 2, words <= 12, !(inner.last.map { [0x3F, 0x21].contains($0) } ?? false) {
            let toks = tokens[q.unit]
            var k = firstInner
            var titleCase = true
            // (A name's words, not only those of names sitegen knows: '"Korea and China," he said, "have ..."' and
            // '"Linking the Belt and Road with the Eurasian Economic Union ..."' are words of someone's.)
            var ownWords = 0
            var last = firstInner
            while k < toks.count, toks[k].start < q.innerEnd, titleCase {
                let t = toks[k]
                if t.isWord, t.kind != .number, !(t.isCapitalized && !["I", "We", "You", "They", "He", "She", "It", "My", "Our"].contains(t.text)),
                   !Self.titleSmallWords.contains(t), !(k > 0 && toks[k - 1].is("-") && !t.spaceBefore) {
                    titleCase = false
                }
                if k > firstInner, t.isWord, t.isCapitalized, coveringSpan(q.unit, k) == nil { ownWords += 1 }
                if t.isWord { last = k }
                k += 1
            }
            // ('"One Belt, One Road"', '"Cuban Liberty and Democratic Solidarity Act,"': one known name, whole.)
            let oneName = coveringSpan(q.unit, firstInner).map { $0.first == firstInner && $0.last >= last && !$0.entityID.hasBytePrefix("country/") && !$0.entityID.hasBytePrefix("region/") } ?? false
            if titleCase, ownWords > 0 || oneName { return false }
        }
        if words >= 6 { return true }
        // A few words in lower case are a fragment worked into the sentence ("... rules they can count on."), not a quote.
        if words >= 4 { return attributed && (startsCapital || continues) }
        return words >= 2 && endsLikeSentence && startsCapital && attributed
    }

    // MARK: - Result

    func result() -> ArticleAnnotations {
        var mentions: [Mention] = []
        mentions.reserveCapacity(spans.count)  // (exactly: every article's mentions stay in memory for the whole build)
        for span in spans {
            let toks = tokens[span.unit]
            let unit = units[span.unit]
            let a = toks[span.first].start, b = toks[span.last].end
            let start = unit.sourcePosition(a)
            let end = unit.sourcePosition(b)
            mentions.append(Mention(
                entityID: span.entityID,
                text: String(decoding: unitBytes[span.unit][a..<b], as: UTF8.self),
                line: start.line, column: lines.characterColumn(line: start.line, byteColumn: start.column),
                start: lines.fileOffset(line: start.line, byteColumn: start.column),
                end: lines.fileOffset(line: end.line, byteColumn: end.column),
                unit: span.unit, unitLine: unit.line, rule: span.rule, unitStart: a, unitEnd: b,
                sourceStart: SourcePoint(line: start.line, column: start.column),
                sourceEnd: SourcePoint(line: end.line, column: end.column)))
        }
        var ids = Set(mentions.map(\.entityID))
        for q in quotes { if let s = q.speakerID { ids.insert(s) } }
        let entities = ids.sorted().compactMap { entity($0) }
        return ArticleAnnotations(mentions: mentions, quotes: quotes, entities: entities)
    }
}
