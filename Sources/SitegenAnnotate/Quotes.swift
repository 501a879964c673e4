/// Quotes and who said them.
///
/// Attribution works the way a reader follows a story: every "X said" clause in
/// the text is a speech event, read in order, so that "he said" means the latest
/// fitting speaker. A quote takes its speaker from the clause that closes or opens
/// it, else from the paragraph's own speech clause, else (a paragraph that is only
/// a quote, right after a quote) from the quote before.
extension AnnotationRun {
    /// Who a clause says is speaking, before pronouns are resolved.
    enum SubjectRef: Equatable {
        case entity(String)
        case pronoun(Entity.Gender?)
        /// "the president"; "the Chinese president" also names the person's country.
        case personNoun(String, country: String? = nil)
        case organizationNoun(String)
        /// Someone the text describes but does not name ("A senior diplomat, speaking on condition of anonymity").
        case unnamed
    }

    struct SpeechEvent {
        var unit: Int
        /// Token index of the speech verb (or of "according").
        var token: Int
        var byteOffset: Int
        var speaker: String?
        var rule: String
        /// Someone the text does not name ("the official said" after "a senior official").
        var unnamed = false
        /// The noun the speaker was named by ("the spokesperson said").
        var noun: String?
    }

    // MARK: Finding speech clauses

    /// Byte ranges of a unit that are inside quotation marks.
    func quotedRanges(_ u: Int) -> [Range<Int>] {
        if let cached = quotedByUnit[u] { return cached }
        let ranges = rawQuotes(u).map { $0.open..<min($0.close + 1, unitBytes[u].count) }
        quotedByUnit[u] = ranges
        return ranges
    }

    /// Whether an offset lies in one of the (sorted, disjoint) ranges.
    func isInside(_ ranges: [Range<Int>], _ offset: Int) -> Bool {
        var lo = 0, hi = ranges.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if ranges[mid].upperBound <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < ranges.count && ranges[lo].contains(offset)
    }

    /// Every speech clause of the article, in reading order, speakers resolved.
    func speechEvents() -> [SpeechEvent] {
        var events: [SpeechEvent] = []
        for u in units.indices where units[u].kind == .paragraph || units[u].kind == .blockQuote {
            let toks = tokens[u]
            let quoted = quotedRanges(u)
            for k in toks.indices {
                // Only "according to" and speech verbs make events (tested first: this runs for every token).
                let according = toks[k].lowerIs("according")
                // "Según la agencia estatal Xinhua, ...", "selon le ministère": Spanish and French for "according to".
                // ('Per Fausto Bertinotti, segretario di Rifondazione comunista, la vendita «...»': Italian "Per" before a person,
                // opening a sentence.)
                let segun = toks[k].lowerIs("según") || toks[k].lowerIs("selon")
                    || (toks[k].is("Per") && language == "it" && (k == 0 || toks[k - 1].is(".", "\u{201D}", "»")) && k + 1 < toks.count
                        && coveringSpan(u, k + 1).map { $0.first == k + 1 && $0.entityID.hasBytePrefix("person/") } == true)
                // '"...," Mr. Nixon went on.': "went on" closing a clause speaks too.
                // ('Amaechi fired back, "..."': "fired back", "shot back", "hit back" before a quote or closing a clause.)
                let wentOn = (toks[k].is("went") && k + 1 < toks.count && toks[k + 1].is("on")
                    || toks[k].is("fired", "shot", "hit") && k + 1 < toks.count && toks[k + 1].is("back"))
                    && (k + 2 == toks.count || toks[k + 2].is(".", ",", ":", ";", "\""))
                // '"...," reads the statement.', 'the statement reads': a statement speaks for whoever issued it.
                let reads = toks[k].is("reads")
                    && ((k + 2 < toks.count && toks[k + 1].lowerIs("the") && toks[k + 2].is("statement")) || (k >= 1 && toks[k - 1].is("statement")))
                // "... was quoted as telling Li", "quoted him as replying": any verb of speech after "quoted as".
                // (Lengths first: this runs for every token.)
                let quotedAs = k >= 2 && toks[k].text.utf8.count >= 6 && toks[k - 1].is("as")
                    && (toks[k - 2].is("quoted") || (k >= 3 && toks[k - 3].is("quoted")))
                    && ["telling", "replying", "adding", "stating", "asking", "warning", "declaring"].contains(toks[k].text)
                // ('Prebisch called the conference "the most important economic meeting ..."': naming something in a quote is
                // saying it; not "called for", "called on", nor a quote that does not follow its object.)
                let calledIt = toks[k].is("called", "calls") && k + 2 < toks.count && !["for", "on", "off", "in", "up", "out", "back", "to", "it", "him", "her"].contains(toks[k + 1].text)
                    && ((k + 2)..<min(toks.count - 1, k + 6)).contains(where: { j in toks[j].is("\"", "\u{201C}") && toks[j].spaceBefore && isInside(quoted, toks[j + 1].start) })
                    && !((k + 1)..<min(toks.count, k + 6)).prefix(while: { j in !toks[j].is("\"", "\u{201C}") }).contains(where: { j in toks[j].kind == .punct })
                // ('„...“, hatte Regierungssprecher Klaus Bölling in Bonn bekanntgegeben.': German puts the participle of speaking
                // last; the auxiliary right after the quote stands for it.)
                let germanPerfect = toks[k].is("hatte", "hat", "habe") && k >= 2 && toks[k - 1].is(",") && toks[k - 2].is("\u{201C}", "\"", "«", "»")
                    && language == "de" && toks[(k + 1)...].prefix(while: { !$0.is(".", ";", "!", "?") }).contains { Self.germanSpeechParticiples.contains($0) }
                // ('„...“, teilte das Bundesamt für Sicherheit in der Informationstechnik in Bonn mit.': a German verb whose particle
                // closes the clause, "teilte ... mit", "gab ... bekannt".)
                let germanSeparable = toks[k].is("teilte", "teilt", "gab", "gibt") && k >= 1 && toks[k - 1].is(",") && language == "de"
                    && toks[(k + 1)...].prefix(while: { !$0.is(".", ";", "!", "?", "\u{201E}") }).last.map { $0.is("mit", "bekannt") } == true
                // ('La'o Hamutuk was similarly cautious, warning that Timor-Leste "..."': more participles of speaking, only
                // after a comma, sharing the sentence's subject.)
                let commaParticiple = k >= 3 && toks[k - 1].is(",") && Self.commaParticiples.contains(toks[k])
                // ('«...», si legge in un comunicato diffuso all'estero', '"...", se lee en un comunicado': what a statement reads
                // is the body the paragraph spoke of.)
                if toks[k].is("legge", "lee", "lê"), k >= 1, toks[k - 1].lowerIs("si", "se"), k + 3 < toks.count, toks[k + 1].is("in", "en", "em", "nel", "nella"),
                   toks[(k + 2)...(k + 3)].contains(where: { $0.is("comunicato", "nota", "documento", "dichiarazione") || $0.is("comunicado", "declaración", "declaração") }),
                   !isInside(quoted, toks[k].start) {
                    if let body = latestOrganizationSubject(before: (u, k)) {
                        events.append(SpeechEvent(unit: u, token: k, byteOffset: toks[k].start, speaker: body, rule: "statement-reads"))
                    }
                    continue
                }
                // ('In einer Mitteilung des Komitees heißt es: „...“', '„...“, hieß es in einer Erklärung des Presse- und
                // Informationsamtes der Bundesregierung': German "it says" in a body's statement is that body speaking, the one
                // the sentence names, else the body the paragraph spoke of.)
                if toks[k].is("heißt", "hieß"), language == "de", (k + 1 < toks.count && toks[k + 1].is("es")) || (k >= 1 && toks[k - 1].is("es")),
                   !isInside(quoted, toks[k].start) {
                    let s = sentenceStart(u, k)
                    // (Not what the statement says: "In der Erklärung heißt es, Russland habe die Grenze verletzt" is no word of Russia's.)
                    let e = ((k + 1)..<toks.count).first(where: { toks[$0].is(".", ";", ",", ":") && !isInside(quoted, toks[$0].start) }) ?? toks.count
                    let statement = (s..<e).first { j in
                        !isInside(quoted, toks[j].start) && toks[j].isCapitalized && Self.germanStatementNouns.contains(where: { toks[j].lower.hasSuffix($0) })
                    }
                    if let statement {
                        // (The body whose statement it is: named right after the noun, "des Presse- und Informationsamtes".)
                        let named = (statement + 1..<min(e, statement + 8)).lazy.filter({ !self.isInside(quoted, toks[$0].start) }).compactMap({ self.coveringSpan(u, $0) })
                            .first(where: { $0.entityID.hasBytePrefix("organization/") || $0.entityID.hasBytePrefix("country/") })?.entityID
                        let earlier = spansBefore((u, k)).prefix(80).first(where: { span in
                            span.unit == u && span.entityID.hasBytePrefix("organization/") && !self.isInside(quoted, toks[span.first].start)
                        })?.entityID
                        if let body = named ?? latestOrganizationSubject(before: (u, k)) ?? earlier {
                            events.append(SpeechEvent(unit: u, token: k, byteOffset: toks[k].start, speaker: body, rule: "statement-reads"))
                        }
                    }
                    continue
                }
                // ('"I come to India as a friend," the President began.': beginning a speech, right after the quote and its
                // subject.)
                let began = k >= 1 && toks[k].is("began") && k + 1 < toks.count && toks[k + 1].is(".", ",", ";")
                    && (max(1, k - 5)..<k).contains(where: { toks[$0].is("\"", "\u{201D}", "\u{2019}") && toks[$0 - 1].is(",", "!", "?") })
                // ('"...," the monitoring group NetBlocks reported.': "reported" closing the clause after a quote of the same
                // sentence, as a body's words.)
                let reported = k >= 1 && toks[k].is("reported", "reports") && (k + 1 == toks.count || toks[k + 1].is(".", ";"))
                    && (max(1, k - 8)..<k).contains(where: { toks[$0].is("\"", "\u{201D}", "\u{2019}") && toks[$0 - 1].is(",") })
                // ('with a pledge by the American Secretary of State, Dr. Henry Kissinger, that "within a decade ..."': a noun of
                // speaking and "by" its maker, when a quotation follows in the sentence.)
                if k + 2 < toks.count, toks[k + 1].is("by"), toks[k].isLowercase, Self.speechNouns.contains(toks[k]), !isInside(quoted, toks[k].start),
                   let open = ((k + 2)..<min(toks.count, k + 20)).first(where: { isInside(quoted, toks[$0].start) }),
                   sameSentence(u, from: toks[k].end, to: toks[open - 1].start),
                   // (The "that" right after the maker's name, or the comma closing its apposition: not "Acting on a complaint by
                   // Greenpeace, the court ruled that \"...\"".)
                   let that = (k + 2..<open).first(where: { toks[$0].is("that", ":") }), toks[that - 1].is(",") || isCovered(u, that - 1) {
                    if let ref = subjectAfter(u, k + 1, quoted: quoted), case .entity = ref {
                        events.append(SpeechEvent(unit: u, token: k, byteOffset: toks[k].start, speaker: nil, rule: "noun-by"))
                        events[events.count - 1].speaker = resolve(ref, at: (u, k), events: events)
                    }
                    continue
                }
                // ('Mr. Nash has been criticised ... since his remark early in the dispute that "we are not for the waterside workers,
                // ..."': a noun of speaking after "his" or "her", and "that" right before a quotation of the same sentence.)
                if k >= 1, toks[k - 1].is("his", "her"), toks[k].isLowercase, Self.speechNouns.contains(toks[k]), !isInside(quoted, toks[k].start),
                   let open = ((k + 1)..<min(toks.count, k + 10)).first(where: { isInside(quoted, toks[$0].start) }), open >= k + 3,
                   toks[open - 1].is("that") || (toks[open - 1].is("\"", "\u{201C}", "\u{2018}") && toks[open - 2].is("that")),
                   !((k + 1)..<open).contains(where: { toks[$0].is(".", ";", ",") || coveringSpan(u, $0) != nil }) {
                    events.append(SpeechEvent(unit: u, token: k, byteOffset: toks[k].start, speaker: nil, rule: "noun-possessive"))
                    events[events.count - 1].speaker = resolve(.pronoun(toks[k - 1].is("his") ? .male : .female), at: (u, k), events: events)
                    continue
                }
                let frenchIncise = isFrenchIncise(toks, k)
                // ('le président Kennedy a fait savoir au général de Gaulle que « ... »', '« ... », a fait savoir le gouvernement
                // espagnol': French "made known".)
                let madeKnown = k >= 1 && toks[k].is("savoir") && toks[k - 1].is("fait", "faire", "font") && language == "fr"
                // ('“... sul territorio nazionale”. Così il presidente della Regione Lazio, Nicola Zingaretti, in conferenza stampa':
                // Italian "Così" and who spoke, right after the quote, with no verb.)
                // (The token's own tests first: this runs for every token.)
                let cosi = toks[k].is("Così") && k >= 1
                    && (toks[k - 1].is("\u{201D}", "\"", "»") || (k >= 2 && toks[k - 1].is(".") && toks[k - 2].is("\u{201D}", "\"", "»"))) && language == "it"
                guard according || segun || wentOn || reads || quotedAs || calledIt || germanPerfect || germanSeparable || commaParticiple || began || reported
                        || frenchIncise || madeKnown || cosi || Lexicon.speechVerbs.contains(toks[k]), !isInside(quoted, toks[k].start) else { continue }
                let t = toks[k]
                // ("l'accord conclu le 30 mai avec le HCR", "el acuerdo firmado": a participle after an agreement's noun says what
                // was done to it; nobody speaks.)
                if k >= 1, Self.agreementNouns.contains(lowerOf: toks[k - 1]), t.isLowercase { continue }
                // The source is named after "according to", or after Spanish "según".
                // ('Selon l'Agence France-Presse, il aurait confié à ses proches : « ... »', 'According to Reuters, he told aides':
                // the source of the report, when a verb of speaking with its own subject follows in the sentence, is not the
                // speaker; that verb makes the event.)
                if segun || according, let comma = ((k + 1)..<min(toks.count, k + 9)).first(where: { toks[$0].is(",") }),
                   comma + 1 < toks.count, toks[comma + 1].lowerIs("il", "elle", "he", "she") || toks[comma + 1].lowerIs("él", "ella"),
                   ((comma + 2)..<min(toks.count, comma + 5)).contains(where: { Lexicon.speechVerbs.contains(toks[$0]) }) { continue }
                if let at = segun ? k : (according && k + 1 < toks.count && toks[k + 1].is("to") ? k + 1 : nil) {
                    // ("According to him, ...": the one the pronoun stands for.)
                    let pronoun: SubjectRef? = at + 1 < toks.count && toks[at + 1].is("him", "her") ? .pronoun(toks[at + 1].is("him") ? .male : .female) : nil
                    if let ref = pronoun ?? subjectAfter(u, at, quoted: quoted) ?? sourceAfterAccordingTo(u, at, quoted: quoted) {
                        events.append(SpeechEvent(unit: u, token: k, byteOffset: t.start, speaker: nil, rule: "according-to"))
                        events[events.count - 1].speaker = resolve(ref, at: (u, k), events: events)
                    }
                    continue
                }
                guard wentOn || reads || quotedAs || calledIt || germanPerfect || germanSeparable || commaParticiple || began || reported || frenchIncise || madeKnown || cosi || Lexicon.speechVerbs.contains(t) else { continue }
                // "who asked not to be identified", "asked for anonymity": a request, not speech.
                if t.is("asked", "asks"), k + 1 < toks.count, toks[k + 1].is("not", "to", "for", "that") { continue }
                // ("has so far said nothing in public": nothing was said.)
                if k + 1 < toks.count, toks[k + 1].is("nothing"), t.is("said", "says", "say") { continue }
                // ("without the agreement of the riparian states", "the member states", "its claims": a plural noun after a
                // determiner, or after an adjective after one, is no verb.)
                // ("the government states that": a verb before "that", a colon or a comma.)
                if t.is("states", "claims", "notes", "reports", "remarks", "comments") || t.is("answers", "replies", "statements"), k >= 1,
                   !(k + 1 < toks.count && toks[k + 1].is("that", ":", ",")),
                   // (After an adjective only "states": "the report states that" is a document speaking.)
                   Self.nounDeterminers.contains(toks[k - 1]) || (t.is("states") && k >= 2 && toks[k - 1].isLowercase && toks[k - 1].isWord
                        && !Self.speechNouns.contains(toks[k - 1]) && !Self.documentSubjects.contains(toks[k - 1]) && Self.nounDeterminers.contains(toks[k - 2])) {
                    continue
                }
                // ("Asked whether Mr. Beidas ... would be prosecuted, he said:": a participle opening the sentence is a question put
                // to the one who answers; whoever follows it is asked about.)
                if t.is("Asked", "Questioned", "Pressed"), k == 0 || toks[k - 1].is(".", "\"") { continue }
                // ("Mr. Beidas, who is believed to be abroad", "he was said to be ill": a passive verb before "to" reports what
                // others think, not what the subject said.)
                if k >= 1, k + 1 < toks.count, toks[k - 1].is("is", "was", "are", "were", "been", "be"), toks[k + 1].is("to") { continue }
                // "said X" when the verb opens its clause; otherwise "X said".
                // "told", "asked" take their listener after them, never the speaker.
                // (Right after a quote's closing mark they open the clause: '"How am I to compete?" asks Maria Semedo'.)
                let afterQuote = k >= 2 && toks[k - 1].is("\"", "\u{201D}") && toks[k - 2].is(",", "?", "!")
                let listenerVerb = Self.quoteListenerVerbs.contains(t.text)
                    && !(afterQuote && !t.is("told", "tells"))
                // ('..., bad year," Jose Dedeurwaerder, AMC's president, said in an interview': a comma that closes an
                // apposition after a person's name opens no clause; the name before it is the subject.)
                // ('"...," Yuthasak Supasorn, governor of the Tourism Authority of Thailand (TAT), said': or a body's acronym in
                // brackets closing it.)
                let closesApposition = k >= 2 && toks[k - 1].is(",") && !isInside(quoted, toks[k - 1].start)
                    && (toks[k - 2].isWord || (k >= 5 && toks[k - 2].is(")") && toks[k - 4].is("(") && toks[k - 3].isWord))
                    && !isInside(quoted, toks[k - 2].start) && (appositionAfterPerson(u, endingAt: k - 1, quoted: quoted)
                        // ("Spain's Minister of Agriculture, Fisheries and Food, Luis Planas, said his ministry ...": a name set off
                        // by commas right before the verb is its subject.)
                        || coveringSpan(u, k - 2).map { p in p.last == k - 2 && p.first > 0 && toks[p.first - 1].is(",") && p.entityID.hasBytePrefix("person/") } == true)
                // ('« ... », a déclaré le chef de l'Etat': the auxiliary before the participle opens the clause with it.)
                // ('«...», ha dichiarato un portavoce': Italian "ha", "hanno" the same.)
                let auxiliary = k >= 2 && toks[k - 1].is("a", "ont", "ha", "hanno") && (toks[k - 2].is(",", "\"") || isInside(quoted, toks[k - 2].start))
                    // ('« ... », a fait savoir le gouvernement espagnol': "a fait" before "savoir".)
                    || (madeKnown && k >= 3 && toks[k - 2].is("a", "ont") && (toks[k - 3].is(",", "\"") || isInside(quoted, toks[k - 3].start)))
                let opensClause = !listenerVerb && !closesApposition && (k == 0 || toks[k - 1].is(",", "\"", ":", ";", "(", "-") || isInside(quoted, toks[k - 1].start) || auxiliary)
                // "Mandelson said ... with Bo Xilai, ..., but warned that": the verb shares the sentence's subject.
                // ("El presidente de Repsol sostuvo que ..., y recordó que": Spanish, French, Italian and Portuguese too.)
                if k > 0, toks[k - 1].is("and", "but") || toks[k - 1].is("y", "pero", "et", "mais", "e"), let previous = events.last, previous.unit == u,
                   !(previous.token..<k).contains(where: { toks[$0].is(".", "!", "?", ";") && !isInside(quoted, toks[$0].start) }) {
                    events.append(SpeechEvent(unit: u, token: k, byteOffset: t.start, speaker: previous.speaker, rule: "coordinated"))
                    continue
                }
                var ref: SubjectRef?
                var rule = ""
                // ("Japan's Foreign Ministry welcomed it. '...,' a ministry spokesman said": a spokesman named by the body's
                // noun alone, right before the verb, speaks for the body of that kind named before.)
                if k >= 3, toks[k - 1].lower.hasPrefix("spokes"), toks[k - 2].isLowercase, Lexicon.organizationNouns.contains(toks[k - 2]),
                   toks[k - 3].lowerIs("a", "an"), !isInside(quoted, toks[k - 3].start) {
                    ref = .organizationNoun(toks[k - 2].lower)
                    rule = "name-verb"
                }
                // "the Office for Cooperation with the Media quoted him as saying": the one quoted speaks, not the one quoting.
                if t.is("saying") || quotedAs, k >= 3, toks[k - 1].is("as"), toks[k - 3].is("quoted", "quotes", "cited", "cites") {
                    if toks[k - 2].is("him", "her") {
                        ref = .pronoun(toks[k - 2].is("him") ? .male : .female)
                    } else if let span = coveringSpan(u, k - 2), span.last == k - 2, span.entityID.hasBytePrefix("person/") {
                        ref = .entity(span.entityID)
                    }
                    rule = "quoted-as-saying"
                }
                // "Hashimoto was quoted as telling Li by a senior official", "Li was quoted as replying": the one quoted.
                if ref == nil, k >= 4, toks[k - 1].is("as"), toks[k - 2].is("quoted"), toks[k - 3].is("was", "were", "is"),
                   let span = coveringSpan(u, k - 4), span.last == k - 4, span.entityID.hasBytePrefix("person/") || span.entityID.hasBytePrefix("organization/") {
                    ref = .entity(span.entityID)
                    rule = "quoted-as-saying"
                }
                // ('Joop Ave, was quoted by Reuters last month as saying: "..."': the one quoted speaks, not the agency that quoted;
                // with no one named before, nobody.)
                var quotedBy = false
                if ref == nil, t.is("saying") || quotedAs, k >= 4, toks[k - 1].is("as"),
                   let q = (max(1, k - 9)..<(k - 2)).last(where: { toks[$0].is("quoted", "cited") && toks[$0 + 1].is("by") && toks[$0 - 1].is("was", "were", "is", "been") }) {
                    quotedBy = true
                    // (Someone of this sentence: not one named before it.)
                    let s = sentenceStart(u, q - 1)
                    if case .entity(let id)? = subjectBefore(u, q - 1, quoted: quoted),
                       (s..<(q - 1)).contains(where: { coveringSpan(u, $0)?.entityID == id }) {
                        ref = .entity(id)
                    }
                    rule = "quoted-as-saying"
                }
                if quotedBy && ref == nil { continue }
                // ('Al-Ahram struck the same note, observing in an editorial that "..."', 'Mr Justice Murphy took the opposite view,
                // writing that ...': a participle of speaking after a comma shares the subject the sentence opens on.)
                if ref == nil, k >= 3, toks[k - 1].is(","), t.text.hasSuffix("ing") || Self.romanceSpeechGerunds.contains(t), let subject = openingSubject(u, k, quoted: quoted) {
                    ref = .entity(subject)
                    rule = "participle"
                }
                // ("He hailed the interactions, noting President Xi Jinping and ...": these participles speak only for the
                // sentence's subject; one named after them is what was noted.)
                if ref == nil, Self.participlesOfSubject.contains(t) {
                    let s = sentenceStart(u, k - 1)
                    guard k >= 3, toks[k - 1].is(","), toks[s].is("He", "She") else { continue }
                    ref = .pronoun(toks[s].is("He") ? .male : .female)
                    rule = "participle"
                }
                // ('He criticized some Western media outlets, saying they "are using ..."', 'The Minister, in turn, said that the
                // Ministry had informed the WHO, stressing that "..."': any participle of speaking after a comma speaks for the
                // "He", "She" or office holder the sentence opens on.)
                if ref == nil, k >= 3, toks[k - 1].is(","), t.text.hasSuffix("ing") || Self.romanceSpeechGerunds.contains(t), case let s = sentenceStart(u, k - 1) {
                    let clear = { (from: Int) in !(from..<(k - 1)).contains(where: { toks[$0].is(";", ":") || self.isInside(quoted, toks[$0].start) }) }
                    if toks[s].is("He", "She"), clear(s + 1) {
                        ref = .pronoun(toks[s].is("He") ? .male : .female)
                        rule = "participle"
                    } else if s + 2 < k - 1, toks[s].is("The"), Lexicon.personNouns.contains(lowerOf: toks[s + 1]), !isCovered(u, s + 1), clear(s + 2) {
                        ref = .personNoun(toks[s + 1].lower, country: nil)
                        rule = "participle"
                    }
                }
                // ('NASA is more restrained. "...," a spokesman in Washington said': a spokesman of no body named speaks for the
                // body a sentence of this paragraph opened on before.)
                if ref == nil, let body = unnamedSpokesmanBody(u, k, quoted: quoted) {
                    ref = .entity(body)
                    rule = "name-verb"
                }
                // ('« ... », a-t-il ajouté.', '« ... », dit-elle.': French puts the pronoun after the verb.)
                if ref == nil, let gender = Self.invertedFrenchPronoun(toks, verb: k) {
                    ref = .pronoun(gender)
                    rule = "inverted"
                    // ('L'association Survie ... reste sceptique. « ... », a-t-elle réagi': the body the sentence before opened on,
                    // when no one is named since.)
                    if let body = latestOrganizationSubject(before: (u, k)),
                       let at = spansBefore((u, k)).prefix(60).first(where: { $0.entityID == body && $0.unit == u }),
                       !spansBefore((u, k)).prefix(60).contains(where: { $0.unit == u && $0.first > at.first && $0.entityID.hasBytePrefix("person/") }) {
                        ref = .entity(body)
                    }
                }
                // ('A senior official, speaking on condition he not be identified, said the White House "is trying to learn
                // ...": a name after the verb that a quote opening in lower case follows is what the words are about.)
                func reportedSubject() -> Bool {
                    var j = k + 1
                    if j < toks.count, toks[j].is("the") { j += 1 }
                    // ('said the Government "has woken up to this crisis"', 'said the award "is a political award"': a noun the
                    // gazetteer does not know, the same; after "the", or capitalised, not 'said that "..."'.)
                    guard j < toks.count, case let last = coveringSpan(u, j).flatMap({ $0.first == j ? $0.last : nil }) ?? (toks[j].isWord && (toks[j].isCapitalized || j > k + 1) ? j : -1),
                          last >= j, last + 2 < toks.count,
                          toks[last + 1].is("\"", "\u{201C}"), toks[last + 2].isLowercase, toks[last + 2].isWord else { return false }
                    return isInside(quoted, toks[last + 2].start)
                }
                if ref == nil, cosi {
                    // (The person the phrase names, in apposition to an office or alone.)
                    let end = ((k + 1)..<toks.count).first(where: { toks[$0].is(".", ";", "!", "?") || isInside(quoted, toks[$0].start) }) ?? toks.count
                    if let person = ((k + 1)..<min(end, k + 14)).lazy.compactMap({ self.coveringSpan(u, $0) }).first(where: { $0.entityID.hasBytePrefix("person/") }) {
                        ref = .entity(person.entityID)
                    } else {
                        ref = subjectAfter(u, k, quoted: quoted)
                    }
                    if ref == nil { continue }
                    rule = "cosi"
                }
                if ref != nil {
                } else if calledIt {
                    // ("X called the verdict \"...\"": what follows the verb is what was named, never who named it.)
                    ref = subjectBefore(u, k, quoted: quoted)
                    rule = "name-verb"
                } else if opensClause, !reportedSubject(), let r = subjectAfter(u, k, quoted: quoted) {
                    ref = r
                    rule = "verb-name"
                } else if let r = subjectBefore(u, k, quoted: quoted) {
                    ref = r
                    rule = "name-verb"
                } else if !listenerVerb, !(madeKnown && k + 1 < toks.count && toks[k + 1].lowerIs("que", "qu")), !reportedSubject(), let r = subjectAfter(u, k, quoted: quoted) {
                    // ('C'est M. Waldheim lui-même qui a fait savoir que le gouvernement vietnamien s'efforcerait': not who the
                    // clause made known is about.)
                    ref = r
                    rule = "verb-name"
                }
                // ('“...”, señaló.': Spanish and Portuguese leave the subject out; the one speaking is meant.)
                // (Only someone named in the paragraph before the verb, outside quotes: with no one there, nobody.)
                // ('«...», ha detto ai giornalisti.': the ones spoken to may follow.)
                // ('«...», ha dichiarato ieri sera al «Giorno».', '«...», dice.': or when, or to whom, then the sentence's end, with
                // no one named; Italian leaves the subject out in the present too.)
                if ref == nil, isProDropSpeechVerb(t), k > 0,
                   case let verbAlone = k + 1 == toks.count || toks[k + 1].is(".", ",", ";")
                    || (k + 2 < toks.count && toks[k + 1].is("ai", "alla", "al", "agli", "alle") && toks[k + 2].isLowercase)
                    // ('«...», ha dichiarato a Paese Sera.': or a body it was said to, named, then the sentence's end.)
                    || (k + 3 < toks.count && toks[k + 1].is("a", "al", "alla", "ao", "à") && {
                        guard let to = coveringSpan(u, k + 2), to.first == k + 2, to.entityID.hasBytePrefix("organization/"), to.last + 1 < toks.count else { return false }
                        return toks[to.last + 1].is(".", ",", ";")
                    }())
                    || (Self.proDropLanguages.contains(language) && toks[k + 1].isLowercase
                        && (max(1, k - 3)..<k).contains(where: { toks[$0].is(",") && toks[$0 - 1].is("»", "\"", "\u{201D}") }) && {
                        // ('“...”, dijo ante los periodistas, sin esperar ...': to the clause's end.)
                        let end = toks[(k + 1)...].firstIndex { $0.is(".", ";", "!", "?", ",") } ?? toks.count
                        return end - k <= 8 && !((k + 1)..<end).contains { coveringSpan(u, $0)?.entityID.hasBytePrefix("person/") ?? false }
                            && !((k + 1)..<end).contains { toks[$0].isCapitalized && !isInside(quoted, toks[$0].start) && !toks[$0 - 1].is("«", "\"", "\u{201C}") }
                    }()),
                   verbAlone {
                    if let person = (0..<k).reversed().lazy.filter({ !self.isInside(quoted, toks[$0].start) })
                        .compactMap({ self.coveringSpan(u, $0) }).first(where: { $0.entityID.hasBytePrefix("person/") }) {
                        ref = .entity(proDropSubject(u, latest: person, quoted: quoted) ?? person.entityID)
                        rule = "verb-only"
                    } else if Self.proDropLanguages.contains(language), case let s0 = sentenceStart(u, k), case let s = s0 > 1 ? sentenceStart(u, s0 - 1) : s0,
                              let n = (s..<k).first(where: { j in j > 0 && toks[j].isLowercase && Lexicon.personNouns.contains(toks[j])
                                  && toks[j - 1].lowerIs("il", "la", "el", "o", "a") && !self.isInside(quoted, toks[j].start) }) {
                        // ('che secondo il sindaco ha fatto sparire ... «...», dice.': no one named, but the office this sentence or the
                        // one before spoke of.)
                        ref = .personNoun(toks[n].lower, country: nil)
                        rule = "verb-only"
                    }
                }
                // ('Temporão também pediu que ... evitem as emergências.' then '— Quem tem febre alta ... — disse.'): words that open
                // their paragraph, with the verb alone after them, go on with the person the paragraph before ended on.
                if ref == nil, Self.proDropLanguages.contains(language), u > 0, k + 1 == toks.count || toks[k + 1].is("."),
                   isProDropSpeechVerb(t),
                   (0..<k).allSatisfy({ isInside(quoted, toks[$0].start) || toks[$0].kind == .punct }) || (k >= 2 && toks[k - 1].is("ha", "a") && (0..<(k - 1)).allSatisfy({ isInside(quoted, toks[$0].start) || toks[$0].kind == .punct })),
                   let id = { () -> String? in
                       if case .entity(let id)? = sentenceSubject(u - 1), id.hasBytePrefix("person/") { return id }
                       // ('“...”, sostuvo el diputado nacional Carlos “Chacho” Álvarez, ... quien anunció que pedirá la interpelación de
                       // Camilión.' then '“...”, aclaró.': or the person who spoke last in it.)
                       if let last = events.last(where: { $0.unit == u - 1 }), let id = last.speaker, id.hasBytePrefix("person/") { return id }
                       // ('Petroselli parla in fretta ... Ogni bandierina è un borghetto.' then '«...», spiega.': or the one person
                       // the paragraph before names, outside quotes.)
                       let named = Set(spans.lazy.filter { $0.unit == u - 1 && $0.entityID.hasBytePrefix("person/") && !self.isInside(self.quotedRanges(u - 1), self.tokens[u - 1][$0.first].start) }.map(\.entityID))
                       return named.count == 1 ? named.first : nil
                   }() {
                    ref = .entity(id)
                    rule = "verb-only"
                }
                guard let ref else { continue }
                // "he told Tanaka": the listener named after the verb is not the "he".
                let listener = listenerVerb && ref.isPronoun && k + 1 < toks.count ? coveringSpan(u, k + 1).flatMap { $0.entityID.hasBytePrefix("person/") ? $0.entityID : nil } : nil
                let speaker = resolve(ref, at: (u, k), events: events, listener: listener)
                var event = SpeechEvent(unit: u, token: k, byteOffset: t.start, speaker: speaker, rule: rule + (ref.isPronoun ? "-pronoun" : ""))
                if case .personNoun(let noun, _) = ref {
                    event.noun = noun
                    if speaker == nil { event.unnamed = true }
                }
                if ref == .unnamed { event.unnamed = true }
                if speaker == nil, ref.isPronoun, let last = events.last, last.unnamed { event.unnamed = true }
                events.append(event)
            }
        }
        return events
    }

    /// The gender of a French subject pronoun joined to a speech verb by hyphens: before it after the
    /// auxiliary ("a-t-il ajouté", "a-t-elle déclaré") or after it ("dit-il", "ajoute-t-elle"); nil otherwise.
    static func invertedFrenchPronoun(_ toks: TokenList, verb k: Int) -> Entity.Gender? {
        func gender(_ t: Token) -> Entity.Gender? { t.is("il") ? .male : (t.is("elle") ? .female : nil) }
        func joined(_ i: Int) -> Bool { i < toks.count && !toks[i].spaceBefore }
        // "a-t-il ajouté": a, -, t, -, il before the participle.
        if k >= 5, toks[k - 5].lowerIs("a"), toks[k - 4].is("-"), toks[k - 3].is("t"), toks[k - 2].is("-"), joined(k - 4), joined(k - 1),
           let g = gender(toks[k - 1]) {
            return g
        }
        // ("« ... », avait-il déclaré": another auxiliary, the pronoun joined to it, then the participle.)
        if k >= 3, toks[k - 3].lowerIs("avait", "aurait", "aura", "avaient"), toks[k - 2].is("-"), joined(k - 2), joined(k - 1),
           let g = gender(toks[k - 1]) {
            return g
        }
        // "dit-il", "ajoute-t-elle": the pronoun right after the verb.
        if k + 2 < toks.count, toks[k + 1].is("-"), joined(k + 1) {
            if let g = gender(toks[k + 2]), joined(k + 2) { return g }
            if k + 4 < toks.count, toks[k + 2].is("t"), toks[k + 3].is("-"), joined(k + 4), let g = gender(toks[k + 4]) { return g }
        }
        return nil
    }

    /// A verb without its subject goes on with the subject of the sentence before: "Marco Marrone ... è riuscito a parlare
    /// con il comandante del peschereccio, Pietro Marrone. «...», ha raccontato." is Marco's. The person that sentence
    /// opens with, when the latest person named is in a phrase after a preposition (spoken to or about).
    func proDropSubject(_ u: Int, latest: Span, quoted: [Range<Int>]) -> String? {
        let toks = tokens[u]
        guard (max(0, latest.first - 7)..<latest.first).contains(where: { toks[$0].isLowercase && Self.proDropObjectPrepositions.contains(toks[$0]) }) else { return nil }
        let start = sentenceStart(u, latest.first)
        var k = start
        while k < latest.first, toks[k].isLowercase || Lexicon.titleWords.contains(toks[k]) || toks[k].is(".") { k += 1 }
        guard k < latest.first, !isInside(quoted, toks[k].start), let first = coveringSpan(u, k), first.first == k,
              first.entityID.hasBytePrefix("person/"), first.entityID != latest.entityID,
              first.last + 1 < toks.count, toks[first.last + 1].is(",") || toks[first.last + 1].isLowercase else { return nil }
        return first.entityID
    }

    /// "of", "about" and "by" in Spanish, Portuguese and Italian, before someone spoken of.
    static let ofPrepositions: TokenSet = ["de", "del", "sobre", "da", "do", "di", "della", "por", "pelo", "pela", "dos", "das"]

    /// Prepositions before someone spoken to or about, in the languages that leave out a verb's subject.
    static let proDropObjectPrepositions: TokenSet = ["con", "a", "al", "ai", "col", "coi", "com", "avec", "with", "to", "para", "per"]

    /// '« C'est un bon jour, a déclaré M. Sharp. Une organisation ... »': French sets the attribution inside the
    /// quotation marks, between commas, with the quote going on after it. The one it names speaks.
    func inciseSpeaker(_ raw: RawQuote, events: [SpeechEvent]) -> (speaker: String?, rule: String)? {
        let u = raw.unit
        let toks = tokens[u]
        let inner = tokens(u, startingIn: raw.innerStart, raw.innerEnd)
        guard inner.count > 6 else { return nil }
        for k in inner where k >= inner.lowerBound + 3 && (Lexicon.speechVerbs.contains(toks[k]) || isFrenchIncise(toks, k)) {
            // After a comma: the verb, or the auxiliary and the participle ("a déclaré", "a-t-il ajouté").
            let inverted = Self.invertedFrenchPronoun(toks, verb: k)
            var start = k
            if toks[k - 1].lowerIs("a", "ont") { start = k - 1 }
            // ('« ..., nous a confié M. Chevrier. ... »', '« ..., m'a dit le ministre »': the one told, as a pronoun, before the
            // auxiliary.)
            if start == k - 1, language == "fr", start - 1 > inner.lowerBound {
                if toks[start - 1].lowerIs("nous", "vous", "lui", "leur") { start -= 1 }
                else if start - 2 > inner.lowerBound, toks[start - 1].is("'", "\u{2019}"), toks[start - 2].lowerIs("m", "l") { start -= 2 }
            }
            // ('«... — ha detto — ...»', '«... —ha dicho—, ...»': the perfect's auxiliary in Italian and Spanish.)
            if Self.proDropLanguages.contains(language), toks[k - 1].lowerIs("ha", "hanno", "han", "hemos") { start = k - 1 }
            if inverted != nil, k >= 5, toks[k - 5].lowerIs("a") { start = k - 5 }
            if inverted != nil, k >= 3, toks[k - 3].lowerIs("avait", "aurait", "aura", "avaient"), toks[k - 2].is("-") { start = k - 3 }
            // ('«No se puede tolerar ... —dijo Bonino—. Lo que está en juego ...»': Spanish sets it off with dashes.)
            // (The tokenizer gives every dash as "-".)
            guard start > inner.lowerBound, toks[start - 1].is(",", "-") else { continue }
            // The attribution ends with a comma, a full stop or a dash, and the quote goes on after it.
            guard let stop = (k + 1..<min(inner.upperBound, k + 14)).first(where: { toks[$0].is(",", ".", "-") && !(toks[$0].is(".") && toks[$0 - 1].characterCount == 1 && toks[$0 - 1].isCapitalized) }),
                  stop + 2 < inner.upperBound, toks[stop + 1..<inner.upperBound].contains(where: \.isWord) else { continue }
            var ref: SubjectRef?
            if let g = inverted {
                ref = .pronoun(g)
            } else if let r = subjectAfter(u, k, quoted: []), !r.isPronoun {
                // The subject must close the attribution: "a déclaré M. Sharp." (not "said that ...").
                if case .entity(let id) = r {
                    // ('—declaró el señor Simó al enviado de LA VANGUARDIA, con la gorra en la mano—': or the one spoken to after it.)
                    guard let span = (k + 1..<stop).lazy.compactMap({ self.coveringSpan(u, $0) }).last(where: { $0.entityID == id }) ?? (k + 1..<stop).lazy.compactMap({ self.coveringSpan(u, $0) }).first(where: { $0.entityID == id }),
                          span.last + 1 == stop || (span.last + 2 < stop && Self.listenerPrepositions.contains(toks[span.last + 1])) else { continue }
                }
                ref = r
            }
            // ('Cesare Golfari chiede aiuto a Roma. «Da soli non ce la possiamo fare — ha detto — serve ...»': with no
            // subject, in a language that leaves it out, the one the paragraph named last before the quote, outside quotes.)
            if ref == nil, Self.proDropLanguages.contains(language), stop == k + 1 || (stop <= k + 3 && toks[k + 1].isLowercase && Self.listenerPrepositions.contains(toks[k + 1])),
               case let quoted = quotedRanges(u),
               let person = (0..<start).reversed().lazy.filter({ toks[$0].start < raw.open && !self.isInside(quoted, toks[$0].start) })
                .compactMap({ self.coveringSpan(u, $0) }).first(where: { $0.entityID.hasBytePrefix("person/") }) {
                ref = .entity(proDropSubject(u, latest: person, quoted: quoted) ?? person.entityID)
            }
            guard let ref else { continue }
            let before = events.filter { ($0.unit, $0.token) < (u, k) }
            return (resolve(ref, at: (u, k), events: before), "incise")
        }
        return nil
    }

    /// ('« ... », sourit-il.', '« X, observe-t-il. Y »', '« ... », tranche-t-elle': in French any verb after a comma with its
    /// subject pronoun joined after it sets off a quote, as only an attribution does.
    /// ('« Le pays, semble-t-il, va mal »': not the verbs of a parenthesis that says nothing of who speaks.)
    func isFrenchIncise(_ toks: TokenList, _ k: Int) -> Bool {
        language == "fr" && k >= 2 && toks[k - 1].is(",") && toks[k].isWord && toks[k].isLowercase && toks[k].characterCount >= 3
            && k + 2 < toks.count && toks[k + 1].is("-") && !toks[k + 1].spaceBefore && !Self.frenchParenthesisVerbs.contains(toks[k])
            && Self.invertedFrenchPronoun(toks, verb: k) != nil
    }
    static let frenchParenthesisVerbs: TokenSet = ["semble", "semblait", "paraît", "parait", "paraissait", "faut", "fallait", "reste", "suffit", "est", "était", "peut", "pouvait", "doit", "devait", "sait", "dirait", "voit", "croit-on"]

    /// German nouns for a body's statement ("Mitteilung", "Presseerklärung", "Stellungnahme", "Kommuniqué").
    static let germanStatementNouns = ["mitteilung", "erklärung", "stellungnahme", "kommuniqué", "communiqué", "verlautbarung", "telegramm", "bericht", "schreiben"]

    /// Languages that leave out a verb's subject ("«...», ha detto.", "“...”, dijo.").
    static let proDropLanguages: Set<String> = ["es", "pt", "it"]

    /// A speech verb whose subject may be left unsaid: the past tenses of Spanish, Portuguese and Italian, and the present
    /// of the article's own language ('«...», dice.', '“...”, diz.').
    func isProDropSpeechVerb(_ t: Token) -> Bool {
        Lexicon.proDropSpeechVerbs.contains(t) || (language == "it" && Lexicon.italianPresentSpeechVerbs.contains(t))
            || ((language == "pt" || language == "es") && Lexicon.iberianPresentSpeechVerbs.contains(t))
    }

    /// Words that open the phrase of the one spoken to after a speaker: "declaró el señor Simó al enviado de ...".
    static let listenerPrepositions: TokenSet = ["to", "al", "a", "ao", "à", "aux", "alla", "ai", "agli", "ante", "perante", "devant"]

    /// A lower-case word of a person's role: "member", "spokesman", "economist".
    static func isRoleWord(_ t: Token) -> Bool {
        Lexicon.personNouns.contains(t) || Lexicon.professionNouns.contains(t) || t.is("member", "members")
    }

    /// The comma after "one of them" ("l'un d'eux", "l'une d'elles", "uno de ellos") starting at `i`, if it is there.
    static func oneOfThemEnd(_ toks: TokenList, from i: Int) -> Int? {
        var j = i
        func apostrophe(_ k: Int) -> Bool { k < toks.count && toks[k].is("'", "\u{2019}") }
        if j + 1 < toks.count, toks[j].lowerIs("l"), apostrophe(j + 1) { j += 2 }
        guard j + 2 < toks.count, ["un", "une", "one", "uno", "una", "um", "uma"].contains(toks[j].lower) else { return nil }
        j += 1
        if toks[j].is("of", "de") { j += 1 } else if toks[j].is("d"), apostrophe(j + 1) { j += 2 } else { return nil }
        guard j + 1 < toks.count, ["them", "eux", "elles", "ellos", "ellas", "eles", "elas"].contains(toks[j].text), toks[j + 1].is(",") else { return nil }
        return j + 1
    }

    /// "said Chinese State Councilor and Foreign Minister Wang Yi": titles and
    /// adjectives may come between the verb and the name, a preposition may not.
    func subjectAfter(_ u: Int, _ k: Int, quoted: [Range<Int>]) -> SubjectRef? {
        let toks = tokens[u]
        var i = k + 1
        var steps = 0
        while i < toks.count, steps < 10 {
            let t = toks[i]
            if isInside(quoted, t.start) { return nil }
            // ("'...,' a spokesman said. Sir Alec Douglas-Home is expected to ...": a stop right after the verb ends its
            // sentence; whoever the next one names did not say it.)
            if i == k + 1, t.is(".", "!", "?") { return nil }
            // "dijo a Listín Diario la directora ...": in Spanish, "a" before a name is the one spoken to.
            // ('"...", afirmou ao Nexo.': Portuguese "ao", "à" too.)
            // ('«...», ha detto ieri a Tuttosport il commissario tecnico Enzo Bearzot': after a word of time too.)
            let afterVerb = i == k + 1 || (i == k + 2 && toks[k + 1].isLowercase && Self.timeAdverbs.contains(toks[k + 1]))
            if afterVerb, t.is("a", "ao", "à"), Lexicon.proDropSpeechVerbs.contains(toks[k]), i + 1 < toks.count, let listener = coveringSpan(u, i + 1), listener.first == i + 1 {
                i = listener.last + 1
                steps += 1
                continue
            }
            // ("aseguró a PERFIL el presidente de la comisión, ...": a listener the gazetteer does not know, in capitals, before
            // the subject's article.)
            if afterVerb, t.is("a", "ao", "à"), Lexicon.proDropSpeechVerbs.contains(toks[k]), i + 2 < toks.count, toks[i + 1].isCapitalized || toks[i + 1].isAllCaps,
               let after = (i + 2..<min(toks.count, i + 5)).first(where: { !(toks[$0].isCapitalized || toks[$0].isAllCaps) }),
               (i + 1..<after).allSatisfy({ toks[$0].isWord && !isCovered(u, $0) }), toks[after].is("el", "la") {
                i = after
                steps += 1
                continue
            }
            // ('“...”, señaló ayer la Secretaría de Relaciones Exteriores': a word of time between the verb and its subject.)
            if i <= k + 2, t.isLowercase, Self.timeAdverbs.contains(t) {
                i += 1
                steps += 1
                continue
            }
            // ('„...“, hatte Regierungssprecher Klaus Bölling ... bekanntgegeben': a German office in one word before the name.)
            if i == k + 1, language == "de", t.isCapitalized, t.characterCount >= 7, i + 1 < toks.count,
               Self.germanTitleEndings.contains(where: { t.text.hasSuffix($0) }),
               let person = coveringSpan(u, i + 1), person.first == i + 1, person.entityID.hasBytePrefix("person/") {
                return .entity(person.entityID)
            }
            // ('sagte Hochtief-Bauleiter Walter Jurecka': the office joined to its body by a hyphen.)
            if i == k + 1, language == "de", t.isCapitalized, i + 3 < toks.count, toks[i + 1].is("-"), !toks[i + 1].spaceBefore, !toks[i + 2].spaceBefore,
               toks[i + 2].characterCount >= 5, Self.germanNameTitleEndings.contains(where: { toks[i + 2].lower.hasSuffix($0) }),
               let person = coveringSpan(u, i + 3), person.first == i + 3, person.entityID.hasBytePrefix("person/") {
                return .entity(person.entityID)
            }
            // ('rief der DPS-Vorsitzende': the office in the body joined to it by a hyphen is a person, not the body; the
            // one named after it, or the holder the text named before.)
            if i == k + 1, language == "de", t.is("der", "die"), let body = coveringSpan(u, i + 1), body.first == i + 1,
               body.entityID.hasBytePrefix("organization/"), body.last + 2 < toks.count, toks[body.last + 1].is("-"),
               !toks[body.last + 1].spaceBefore, case let role = body.last + 2, !toks[role].spaceBefore,
               Self.germanRoleEndings.contains(where: { toks[role].lower.hasSuffix($0) }) {
                if role + 1 < toks.count, let person = coveringSpan(u, role + 1), person.first == role + 1, person.entityID.hasBytePrefix("person/") {
                    return .entity(person.entityID)
                }
                return .personNoun(toks[role].lower, country: nil)
            }
            // ('says SKA Organisation Director-General Professor Phil Diamond': a body, its officer's titles, then the person.)
            if i == k + 1, let body = coveringSpan(u, i), body.first == i, body.entityID.hasBytePrefix("organization/") {
                var j = body.last + 1
                var titled = false
                while j < min(toks.count, body.last + 8), !isCovered(u, j), (toks[j].isCapitalized && toks[j].isWord) || (toks[j].is("-") && !toks[j].spaceBefore) {
                    if Lexicon.titleWords.contains(toks[j]) || Self.officeHolderWords.contains(toks[j]) { titled = true }
                    j += 1
                }
                if titled, j < toks.count, let person = coveringSpan(u, j), person.first == j, person.entityID.hasBytePrefix("person/") {
                    return .entity(person.entityID)
                }
            }
            // ('said City Council member Mathieu Eugène, who ...': a body's capitalised words the gazetteer does not know, a
            // role in lower case, then the person.)
            // ('said Henderson retiree Dolores Kaminski': or a place and someone's walk of life.)
            if i == k + 1, (t.isCapitalized && !isCovered(u, i)) || (t.isLowercase && t.isWord) {
                var j = i
                while j < min(toks.count, i + 4), toks[j].isCapitalized, toks[j].isWord, !isCovered(u, j) { j += 1 }
                var role = false
                while j < min(toks.count, i + 7), toks[j].isLowercase, Self.isRoleWord(toks[j]) || Lexicon.unnamedPersonNouns.contains(toks[j]) { role = true; j += 1 }
                if role, j < toks.count, let person = coveringSpan(u, j), person.first == j, person.entityID.hasBytePrefix("person/") {
                    return .entity(person.entityID)
                }
            }
            // ('ha dichiarato a Washington un portavoce del Dipartimento di Stato': Italian "a" and a place before the subject.)
            if i == k + 1, t.is("a"), language == "it", i + 1 < toks.count, toks[i + 1].isCapitalized,
               Lexicon.places.contains(toks[i + 1]) || Lexicon.placeCountries[toks[i + 1].text] != nil {
                i += 2
                steps += 1
                continue
            }
            // ('ha detto il segretario comunista Alessandro Natta': an office, an adjective in lower case, then the name.)
            if t.is("il", "la", "el", "le", "o"), i + 3 < toks.count, Lexicon.personNouns.contains(toks[i + 1]), toks[i + 2].isLowercase,
               let person = coveringSpan(u, i + 3), person.first == i + 3, person.entityID.hasBytePrefix("person/") {
                return .entity(person.entityID)
            }
            // ('« ... », confiait samedi soir un diplomate d'un pays asiatique', '"...," said a diplomat': someone of a trade the
            // text does not name.)
            // (Not a spokesman, who speaks for a body; not Portuguese "a", the feminine "the": 'disse a governadora'.)
            if i <= k + 3, (t.lowerIs("a") && language != "pt") || t.lowerIs("an", "un", "une") || t.lowerIs("uno", "una", "um", "uma"), i + 1 < toks.count,
               toks[i + 1].isLowercase, Lexicon.personNouns.contains(toks[i + 1]) || Lexicon.professionNouns.contains(toks[i + 1]), !Self.spokesNouns.contains(toks[i + 1]),
               !(i + 2 < toks.count && coveringSpan(u, i + 2).map { $0.entityID.hasBytePrefix("person/") } == true) {
                return .unnamed
            }
            // ('"We have waited six years for this day," said one.': one of a group the text spoke of, not named.)
            if i == k + 1, t.lowerIs("one", "another"), i + 1 == toks.count || toks[i + 1].is(".", "!", "?", ";")
                || (toks[i + 1].is(",") && i + 2 < toks.count && toks[i + 2].lowerIs("a", "an", "who")) {
                return .unnamed
            }
            // "a déclaré l'un d'eux, Me Mbaye Sène,", "said one of them, Mr X,": one of a group, named after a comma.
            if i == k + 1, let comma = Self.oneOfThemEnd(toks, from: i), comma + 1 < toks.count {
                var j = comma + 1
                while j < min(toks.count, comma + 5), Lexicon.titleWords.contains(toks[j]) || (toks[j].is(".") && !toks[j].spaceBefore) { j += 1 }
                if j < toks.count, let person = coveringSpan(u, j), person.first == j, person.entityID.hasBytePrefix("person/") {
                    return .entity(person.entityID)
                }
            }
            // "dijo la directora ejecutiva de ProDominicana, Biviana Riveiro": a Spanish role, then the person's name.
            // ("Selon le directeur du MVP, le Dr Marc LaForce,": French, with an article and a title before the name.)
            // ("disse o presidente da Fiesp, Mário Amato": the same in Portuguese.)
            // ("el ministro de Agricultura, Pesca y Alimentación, Luis Atienza": a portfolio's list has commas of its own.)
            // ("sagte der verkehrspolitische Sprecher der Grünen-Bundestagsfraktion, Albert Schmidt,": German capitalises the
            // role, and adjectives may come before it.)
            var germanRole: Int?
            if i == k + 1, t.is("der", "die"), language == "de" {
                var j = i + 1
                while j < min(toks.count, i + 4), toks[j].isLowercase { j += 1 }
                if j < toks.count, toks[j].isCapitalized, Self.isRoleNoun(toks[j].text) { germanRole = j }
            }
            if let role = germanRole, role + 1 < toks.count, let person = coveringSpan(u, role + 1), person.first == role + 1,
               person.entityID.hasBytePrefix("person/") {
                return .entity(person.entityID)
            }
            // ("ha spiegato il direttore della Sala Stampa della Santa Sede, Alessandro Gisotti": Italian "il", "lo" too.)
            // ("a déclaré son président-directeur général, Ricus Grimbeek": a possessive before the office too.)
            // ("ha commentato l'arcivescovo di Torino, il cardinale ...": an elided article.)
            let elided = t.is("'", "\u{2019}") && i >= 1 && toks[i - 1].is("l") && !toks[i].spaceBefore
            if t.is("el", "la", "le") || t.is("il", "lo") || (t.is("o") || (t.is("a") && language == "pt")) || germanRole != nil || elided
                || t.is("son", "sa", "su") || t.is("seu", "sua", "suo"), i + 1 < toks.count,
               Lexicon.personNouns.contains(toks[i + 1]) || germanRole != nil {
                let from = (germanRole ?? i) + 2
                let end = (from..<min(toks.count, from + 14)).first(where: { toks[$0].is(".", ";") }) ?? min(toks.count, from + 14)
                for comma in from..<max(from, end) where toks[comma].is(",") {
                    var j = comma + 1
                    // (", il cardinale Anastasio Ballestrero": an article and a rank in lower case before the name.)
                    // (", die Tansanierin Gertrude Mongella,": a German article and a people's noun.)
                    if j < toks.count, toks[j].is("le", "la") || toks[j].is("il", "el") || (language == "de" && toks[j].is("die", "der")) { j += 1 }
                    if j + 1 < toks.count, let people = coveringSpan(u, j), people.first == j, people.last == j, people.entityID.hasBytePrefix("country/"),
                       toks[j].isCapitalized { j += 1 }
                    while j < min(toks.count, comma + 5), Lexicon.titleWords.contains(toks[j]) || Self.romanceRanks[toks[j].text] != nil
                            || (toks[j].is(".") && !toks[j].spaceBefore) { j += 1 }
                    if j < toks.count, let person = coveringSpan(u, j), person.first == j, person.entityID.hasBytePrefix("person/") {
                        return .entity(person.entityID)
                    }
                    // (Only commas of a list of capitalised words: "el ministro, que convocó ..." ends the office.)
                    if j < toks.count, !toks[j].isCapitalized { break }
                }
            }
            // "ha dichiarato la leader di Fratelli d'Italia Giorgia Meloni", "said the leader of the Greens Anna Berg.": an
            // article, a role, the body the role is in, then the person's name closing the clause.
            if i == k + 1, t.lowerIs("the", "la", "il", "el", "le") || t.lowerIs("lo", "a", "o"), i + 2 < toks.count, Lexicon.personNouns.contains(lowerOf: toks[i + 1]),
               Self.roleBodyLinks.contains(toks[i + 2].text) {
                var j = i + 3
                while j < min(toks.count, i + 14), !isInside(quoted, toks[j].start) {
                    if let person = coveringSpan(u, j), person.first == j, person.entityID.hasBytePrefix("person/") {
                        if person.last + 1 == toks.count || toks[person.last + 1].is(".", ",", ";") { return .entity(person.entityID) }
                        break
                    }
                    guard toks[j].isCapitalized || toks[j].isAllCaps || Self.nameInnerWords.contains(toks[j].text) else { break }
                    j += 1
                }
            }
            // "said chief negotiator Christian Etter", "said his daughter Angela Gui": a few words in lower case that
            // describe the speaker, then the name. (Not after a verb whose object is the one spoken to: "told his
            // counterpart Wang Yi"; not past a preposition or a clause's word: "said on behalf of", "said that".)
            if i == k + 1, !Self.listenerSpeechVerbs.contains(toks[k].text) {
                var j = i
                // ("said its acting secretary general Mirza Fakhrul Islam Alamgir": four words.)
                while j < toks.count, j - i < 4, toks[j].isLowercase, toks[j].isWord, !Self.clauseWords.contains(toks[j].text),
                      !Self.descriptionStoppers.contains(toks[j].text), !isInside(quoted, toks[j].start) {
                    j += 1
                }
                // ("said acting Comptroller Pablo Celi": an office in capitals between the description and the name.)
                if j > i {
                    var m = j
                    while m < toks.count, m - j < 3, toks[m].isCapitalized, !isCovered(u, m),
                          Lexicon.titleWords.contains(toks[m]) || Self.capitalOffices.contains(toks[m].text) || Self.isRoleNoun(toks[m].text) {
                        m += 1
                    }
                    if m > j, m < toks.count, let person = coveringSpan(u, m), person.first == m, person.entityID.hasBytePrefix("person/") { j = m }
                }
                if j > i, j < toks.count, let person = coveringSpan(u, j), person.first == j, person.entityID.hasBytePrefix("person/") {
                    return .entity(person.entityID)
                }
            }
            // ('said the Nigerian president and current chairman of the bloc, Bola Tinubu, whose ...': a description with a
            // role, then the person named after a comma.)
            if i == k + 1, t.lowerIs("the"), i + 2 < toks.count, let comma = (i + 2..<min(toks.count, i + 12)).first(where: { toks[$0].is(",") || toks[$0].is(".") || toks[$0].is(";") }),
               toks[comma].is(","), (i + 1..<comma).contains(where: { Self.isRoleNoun(toks[$0].text) || Lexicon.personNouns.contains(lowerOf: toks[$0]) }),
               !(i + 1..<comma).contains(where: { Self.clauseWords.contains(toks[$0].text) || (coveringSpan(u, $0)?.entityID.hasBytePrefix("person/") ?? false) }),
               comma + 1 < toks.count, let person = coveringSpan(u, comma + 1), person.first == comma + 1, person.entityID.hasBytePrefix("person/"),
               person.last + 1 == toks.count || toks[person.last + 1].is(",", ".", ";") {
                return .entity(person.entityID)
            }
            // ('"...", disse a governadora': in Portuguese "a" is the definite article, not the English indefinite one.)
            let indefinite = t.lowerIs("a", "an", "one") && !(language == "pt" && t.is("a"))
            // "said a museum curator, Ellen Marsh": the person named after the role.
            if indefinite, let noun = (i + 1..<min(toks.count, i + 5)).first(where: { Self.isRoleNoun(toks[$0].text) || Lexicon.unnamedPersonNouns.contains(toks[$0]) }),
               noun + 2 < toks.count, toks[noun + 1].is(","), let person = coveringSpan(u, noun + 2), person.first == noun + 2, person.entityID.hasBytePrefix("person/") {
                return .entity(person.entityID)
            }
            // "said a spokesman for the SDA": an unnamed spokesman speaks for the body.
            // ('ha dichiarato un portavoce del Dipartimento di Stato': the same in Italian.)
            // ('sagte ein Sprecher des chinesischen Außenministeriums', 'un portavoz de la Guardia Costera': German and Spanish,
            // with an article or a people's adjective before the body.)
            if t.lowerIs("a", "an") || t.is("un", "una") || t.is("ein", "eine", "um", "uma"), i + 3 < toks.count,
               toks[i + 1].lowerIs("spokesman", "spokeswoman", "spokesperson") || toks[i + 1].is("portavoce", "portavoz", "Sprecher", "Sprecherin"),
               toks[i + 2].is("for", "of") || toks[i + 2].is("del", "della", "dello", "dei", "di") || toks[i + 2].is("des", "der", "de", "do", "da") {
                var j = i + 3
                while j < min(toks.count, i + 6), toks[j].is("the", "la", "el") || toks[j].is("l", "'", "\u{2019}")
                        || (coveringSpan(u, j).map { $0.entityID.hasBytePrefix("country/") && $0.last == j } ?? false) {
                    j += 1
                }
                if j < toks.count, let body = coveringSpan(u, j), body.first == j, body.entityID.hasBytePrefix("organization/") {
                    return .entity(body.entityID)
                }
            }
            // "said a student at Peking University": someone unnamed, whatever body follows.
            // ("said a Kochi-based recruitment agent who ...": a hyphened place before the trade.)
            // ("said a U.S. defense official on Guam": initials with full stops before the trade.)
            if indefinite, case let hyphened = i + 3 < toks.count && (toks[i + 2].is("-") || toks[i + 3].is("-")),
               case let dotted = i + 2 < toks.count && toks[i + 1].characterCount == 1 && toks[i + 1].isCapitalized && toks[i + 2].is(".") && !toks[i + 2].spaceBefore,
               (i + 1..<min(toks.count, i + (hyphened || dotted ? 7 : 5))).prefix(while: { toks[$0].isWord || toks[$0].is("-") || (dotted && toks[$0].is(".") && !toks[$0].spaceBefore) })
                .contains(where: { Self.isRoleNoun(toks[$0].text) || Lexicon.unnamedPersonNouns.contains(toks[$0]) || Lexicon.unnamedTradeNouns.contains(toks[$0]) }) { return .unnamed }
            // "said the association's chairman, Mr Samuel Kiprono", "said Kenya's ambassador, X": the person named after the role.
            if let person = personAfterPossessiveRole(u, from: i) { return .entity(person) }
            if let ref = subjectRef(u, i) {
                // "according to the economist Abderrahmane Mebtoul": the person the noun introduces.
                if case .personNoun = ref, i + 1 < toks.count, let person = coveringSpan(u, i + 1), person.first == i + 1, person.entityID.hasBytePrefix("person/") {
                    return .entity(person.entityID)
                }
                // "said he was going home": a pronoun after the verb starts the reported clause.
                // (Not German "sagte er knapp": the pronoun after the verb is its subject, whatever follows.)
                if ref.isPronoun, i + 1 < toks.count, toks[i + 1].isWord, !(language == "de" && t.is("er", "sie")) { return nil }
                // "said ANC national executive member Pallo Jordan": the body's member, named after the office.
                if case .entity(let id) = ref, id.hasBytePrefix("organization/"), let body = coveringSpan(u, i) {
                    var j = body.last + 1
                    var office = false
                    // ("said MMD Kitwe district chairman Joseph Chanda": the place of the body's branch first.)
                    // ("said Liberal MP Lloyd Axworthy", "said Labour Leader Neil Kinnock": the office in capitals.)
                    while j < min(toks.count, body.last + 3), toks[j].isCapitalized, toks[j].spaceBefore, !isCovered(u, j) {
                        if Self.capitalOffices.contains(toks[j].text) || Lexicon.titleWords.contains(toks[j]) { office = true }
                        j += 1
                    }
                    while j < min(toks.count, body.last + 8), toks[j].isLowercase {
                        if Self.isRoleNoun(toks[j].text) || Lexicon.professionNouns.contains(toks[j]) { office = true }
                        j += 1
                    }
                    // ("said ACCCIM president Tan Sri William Cheng": titles between the office and the name.)
                    if office { while j < min(toks.count, body.last + 12), Lexicon.titleWords.contains(toks[j]) || (toks[j].is(".") && !toks[j].spaceBefore) { j += 1 } }
                    if office, j < toks.count, let person = coveringSpan(u, j), person.first == j, person.entityID.hasBytePrefix("person/") {
                        return .entity(person.entityID)
                    }
                    // '"...," the People's National Party (PNP) president said': the body's leader, a person already named.
                    if let leader = leaderNoun(u, after: body, before: toks.count) { return .personNoun(leader) }
                }
                return ref
            }
            if t.kind == .punct && !t.is("-") && !t.is("'") && !t.is(".") { return nil }
            // "said the transport minister": a few words between the article and the noun.
            // (An age written with hyphens, "the 41-year-old engineer", is one word of them.)
            // (Not past a verb or a conjunction: "said relations had grown since President Mubarak's visits" reports
            // what was said; the noun is not the speaker.)
            let nounSoon = (i..<min(i + 6, toks.count)).lazy.prefix { !Self.clauseWords.contains(toks[$0].text) }
                .contains { Lexicon.personNouns.contains(lowerOf: toks[$0]) || Lexicon.organizationNouns.contains(lowerOf: toks[$0]) }
            // ("said Chinese Ambassador to the UAE Ni Jian": the post's place after the title.)
            let postPlace = t.is("to", "in") && i > k + 1 && (Self.isRoleNoun(toks[i - 1].text) || Lexicon.titleWords.contains(toks[i - 1]))
            // ('"...", señaló el BCRA en un comunicado': Spanish and Portuguese articles before the body too.)
            // (And French and German ones: "indique la Commission", "erklärte die EG-Kommission".)
            if t.isLowercase && !["and", "the", "of", "for", "s", "el", "la", "los", "las", "del", "o", "os", "as", "do", "da", "le", "les", "die", "der", "das", "il", "lo", "gli", "l"].contains(t.text) && !nounSoon && !postPlace { return nil }
            i += 1
            steps += 1
        }
        return nil
    }

    /// What joins a role to the body it is held in: "the leader of", "la leader di", "el presidente del".
    static let roleBodyLinks: Set<String> = ["of", "di", "de", "del", "della", "dello", "dei", "da", "do", "du", "des", "at", "for"]
    /// Small words and marks inside a body's name: "Fratelli d'Italia", "Party of the Regions".
    static let nameInnerWords: Set<String> = ["'", "\u{2019}", "-", "the", "of", "and", "di", "de", "del", "della", "d", "l"]

    /// Words that start or carry a clause, never inside the noun phrase of a speaker after "said".
    /// Speech verbs that close a quote and whose object is the one spoken to ("he told Tanaka").
    static let quoteListenerVerbs: Set<String> = ["told", "tells", "asked", "asks", "urged", "urges", "warned", "warns", "spoke", "speaks"]

    /// Speech verbs whose object is the one spoken to ("told his counterpart Wang Yi").
    static let listenerSpeechVerbs = quoteListenerVerbs.union([
        "assured", "assures", "reminded", "reminds", "informed", "informs", "thanked", "thanks", "briefed", "briefs",
        "congratulated", "congratulates", "quoted", "quotes", "cited", "cites",
    ])

    /// Words that end a description of the speaker after a speech verb: prepositions and conjunctions.
    static let descriptionStoppers: Set<String> = [
        "in", "on", "at", "to", "with", "by", "from", "about", "for", "of", "and", "or", "but", "into", "during", "over", "under",
        "through", "via", "without", "against", "among", "then", "again", "also", "later", "earlier", "recently", "today",
        "yesterday", "tonight", "previously", "once", "repeatedly", "publicly", "privately", "separately", "not", "it", "he", "she", "they", "we",
    ]

    static let clauseWords: Set<String> = [
        "had", "has", "have", "was", "were", "is", "are", "would", "will", "could", "should", "did", "does", "do", "may", "might",
        "since", "that", "when", "because", "after", "before", "if", "while", "although", "as", "until", "than",
    ]

    /// Offices held by one person who speaks for a body ("the party president", "the PNP leader"), unlike
    /// spokespeople and officials, who stand for the body itself.
    static let spanishLeaderNouns: Set<String> = ["presidente", "presidenta", "consejero", "consejera", "director", "directora", "jefe", "jefa", "líder", "secretario", "secretaria"]
    static let leaderNouns: Set<String> = [
        "president", "leader", "chairman", "chairwoman", "chairperson", "chief", "head", "secretary-general", "governor", "premier",
        "commander", "founder", "boss", "director",
    ]

    /// The leader's noun right after a body's name (and its acronym in brackets), before token `limit`:
    /// "the People's National Party (PNP) president".
    func leaderNoun(_ u: Int, after body: Span, before limit: Int) -> String? {
        let toks = tokens[u]
        var j = body.last + 1
        if j + 2 < toks.count, toks[j].is("("), toks[j + 2].is(")") { j += 3 }
        // (The acronym's own span, inside the brackets.)
        if j < toks.count, toks[j].is(")"), body.first > 0, toks[body.first - 1].is("(") { j += 1 }
        guard j < min(toks.count, limit), toks[j].isLowercase, Self.leaderNouns.contains(toks[j].text) else { return nil }
        // "the party president, Mr X," names the person: left to the rules for names.
        if j + 1 < toks.count, toks[j + 1].is(",") || coveringSpan(u, j + 1)?.entityID.hasBytePrefix("person/") == true { return nil }
        return toks[j].text
    }

    /// "the association's chairman, Mr Samuel Kiprono": someone's role, a comma and a
    /// named person (a title may come before the name); the person's id.
    /// "the Minister for Transport, Prof Makame Mbarawa": a role with "the" and its portfolio, the same.
    func personAfterPossessiveRole(_ u: Int, from i: Int) -> String? {
        let toks = tokens[u]
        // "said the leader of the Aliança Renovadora Nacional (Arena) in the Senate, Senator Petrônio Portella":
        // a role and the body it is held in, however long its name, then the person.
        if toks[i].lowerIs("the"), i + 2 < toks.count, Self.isRoleNoun(toks[i + 1].text), toks[i + 2].is("of", "in", "at", "for") {
            var j = i + 2
            while j < min(toks.count, i + 22), toks[j].isCapitalized || toks[j].isAllCaps || ["of", "the", "in", "at", "for", "and", "(", ")", "-", "'", "s"].contains(toks[j].text) { j += 1 }
            if j > i + 3, j + 1 < toks.count, toks[j].is(",") {
                var p = j + 1
                while p < toks.count, p - j <= 4, Lexicon.titleWords.contains(toks[p]) {
                    p += 1
                    if p < toks.count, toks[p].is("."), !toks[p].spaceBefore { p += 1 }
                }
                if p < toks.count, let span = coveringSpan(u, p), span.first == p, span.entityID.hasBytePrefix("person/"),
                   span.last + 1 == toks.count || toks[span.last + 1].is(",", ".", ";") {
                    return span.entityID
                }
            }
        }
        var j = i
        var possessive = false
        while j < min(toks.count, i + 8) {
            if toks[j].is("'"), j + 1 < toks.count, toks[j + 1].is("s") { possessive = true; j += 2; continue }
            if toks[j].is(","), j > i + 1, possessive || toks[i].lowerIs("the", "its", "his", "her", "their"), case let role = Self.roleEnd(toks, before: j), role > i,
               Self.isRoleNoun(toks[role].text) || Lexicon.titleWords.contains(toks[role]) {
                var p = j + 1
                // Titles before the name: "Prof", "Dr.", "Ms".
                while p < toks.count, p - j <= 4, Lexicon.titleWords.contains(toks[p]) {
                    p += 1
                    if p < toks.count, toks[p].is("."), !toks[p].spaceBefore { p += 1 }
                }
                if p < toks.count, let span = coveringSpan(u, p), span.first == p, span.entityID.hasBytePrefix("person/") { return span.entityID }
                return nil
            }
            if possessive, Self.isRoleNoun(toks[j].text), j + 2 < toks.count, toks[j + 1].is(",") {
                var p = j + 2
                if Lexicon.titleWords.contains(toks[p]) {
                    p += 1
                    if p < toks.count, toks[p].is(".") { p += 1 }
                }
                if p < toks.count, let span = coveringSpan(u, p), span.first == p, span.entityID.hasBytePrefix("person/") { return span.entityID }
                return nil
            }
            if toks[j].kind == .punct && !toks[j].is("-") { return nil }
            j += 1
        }
        return nil
    }

    /// Whether the article "a" or "an" at `k` opens an apposition after a person's name ("Lauren Easton, an AP spokesperson").
    func namedBeforeApposition(_ unit: Int, at k: Int) -> Bool {
        guard k >= 2, tokens[unit][k - 1].is(","), let span = coveringSpan(unit, k - 2) else { return false }
        return span.last == k - 2 && span.entityID.hasBytePrefix("person/")
    }

    /// The body of "a spokesman for X" (or "of X"), in this paragraph or the one before, when no person is named between
    /// it and `position` outside quotes and its noun fits the pronoun's gender.
    func spokesmanBodyGoingOn(before position: (Int, Int), gender: Entity.Gender?) -> String? {
        let (u, k) = position
        for unit in stride(from: u, through: max(0, u - 1), by: -1) {
            let toks = tokens[unit]
            let quoted = quotedRanges(unit)
            var i = (unit == u ? min(k, toks.count) : toks.count) - 1
            while i >= 0 {
                let t = toks[i]
                // ("A Havelock North sheep farmer, who did not want to be named, was blunter.": someone else unnamed since.)
                if t.is("A", "An", "One"), !isInside(quoted, t.start), unnamedOpener(unit, i) != nil { return nil }
                if i >= 1, !isInside(quoted, t.start) {
                    if let span = coveringSpan(unit, i), span.entityID.hasBytePrefix("person/") { return nil }
                    if t.lowerIs("spokesman", "spokeswoman", "spokesperson"), toks[i - 1].lowerIs("a", "an"), i + 2 < toks.count, toks[i + 1].is("for", "of") {
                        if (t.lowerIs("spokesman") && gender == .female) || (t.lowerIs("spokeswoman") && gender == .male) { return nil }
                        // ("Lauren Easton, a spokesperson for the AP, said": a named spokesperson's apposition; the pronoun is hers.)
                        if namedBeforeApposition(unit, at: i - 1) { return nil }
                        let j = toks[i + 2].is("the") ? i + 3 : i + 2
                        if j < toks.count, let body = coveringSpan(unit, j), body.first == j, body.entityID.hasBytePrefix("organization/") { return body.entityID }
                        return nil
                    }
                    // ("In Edmonton, a World Vision spokeswoman said ... '...,' she told The Journal": the body named before the noun.)
                    if t.lowerIs("spokesman", "spokeswoman", "spokesperson"), let body = coveringSpan(unit, i - 1), body.last == i - 1,
                       body.entityID.hasBytePrefix("organization/"), body.first >= 1, toks[body.first - 1].lowerIs("a", "an"),
                       i + 1 == toks.count || !(coveringSpan(unit, i + 1)?.entityID.hasBytePrefix("person/") ?? false) {
                        if (t.lowerIs("spokesman") && gender == .female) || (t.lowerIs("spokeswoman") && gender == .male) { return nil }
                        // ("Lauren Easton, an AP spokesperson, said the agency would keep showing up. '...,' she said.")
                        if namedBeforeApposition(unit, at: body.first - 1) { return nil }
                        return body.entityID
                    }
                }
                i -= 1
            }
        }
        return nil
    }

    /// The body of the latest unnamed "spokesperson for X" in this paragraph or the three before.
    func spokespersonBody(before position: (Int, Int)) -> String? {
        let (u, k) = position
        for unit in stride(from: u, through: max(0, u - 3), by: -1) {
            let toks = tokens[unit]
            let end = unit == u ? min(k, toks.count) : toks.count
            var i = end - 1
            while i >= 0 {
                // "A Chinese Foreign Ministry spokesman told ...", "the ministry's spokeswoman": the body before the noun,
                // unless a name follows it ("Foreign Ministry spokesman Geng Shuang").
                if toks[i].lower.hasPrefix("spokes"), i > 0 {
                    var owner = i - 1
                    if owner >= 2, toks[owner].is("s"), toks[owner - 1].is("'") { owner -= 2 }
                    if let span = coveringSpan(unit, owner), span.entityID.hasBytePrefix("organization/"), span.last == owner {
                        var m = i + 1
                        if m < toks.count, toks[m].is(",") { m += 1 }
                        if m < toks.count, let p = coveringSpan(unit, m), p.entityID.hasBytePrefix("person/") { return p.entityID }
                        return span.entityID
                    }
                }
                if toks[i].lower.hasPrefix("spokes"), i + 1 < toks.count, toks[i + 1].is("for", "of", "at") {
                    for j in (i + 2)..<min(i + 10, toks.count) {
                        if let span = coveringSpan(unit, j), span.entityID.hasBytePrefix("organization/") {
                            // "The Official Spokesperson of the Ministry of External Affairs, Shri Randhir Jaiswal,": named after all.
                            var m = span.last + 1
                            while m < min(toks.count, span.last + 12), !toks[m].is(".", ";", ":") {
                                if let p = coveringSpan(unit, m), p.entityID.hasBytePrefix("person/") { return p.entityID }
                                m += 1
                            }
                            return span.entityID
                        }
                        if let span = coveringSpan(unit, j), span.entityID.hasBytePrefix("person/") { break }
                    }
                }
                i -= 1
            }
        }
        return nil
    }

    /// The subject of a unit's last sentence: its first person, organisation or pronoun.
    func sentenceSubject(_ u: Int) -> SubjectRef? {
        let toks = tokens[u]
        var start = toks.count - 1
        // (Not at the stop of "Jr." or "Gen.", nor one inside a name: "Senate Minority Leader Aquilino Pimentel Jr. said in a statement:".)
        while start > 0, !(toks[start - 1].is(".") && start - 1 > 0 && toks[start - 2].characterCount > 1
                           && !Self.abbreviations.contains(toks[start - 2].text) && !(coveringSpan(u, start - 1)?.entityID.hasBytePrefix("person/") ?? false)) {
            start -= 1
        }
        // "..., and at the farewell banquet Chou offered a toast ...:": the last clause naming a person of its own.
        start = lastClauseNamingPerson(u, from: start, to: toks.count)
        // "In his titah at a state banquet ..., His Majesty said:": the subject follows a phrase of time or place.
        // ("Later, at a second event at Cobo Center in Detroit, Snyder was blunter:": one phrase after another.)
        var skipped = 0
        while start < toks.count, skipped < 3, Self.openingAdverbials.contains(toks[start]) || (skipped > 0 && toks[start].is("at", "in", "on", "during", "after", "before")),
              let comma = (start..<toks.count).first(where: { toks[$0].is(",") }),
              ((comma + 1)..<toks.count).contains(where: { subjectRef(u, $0) != nil }) {
            start = comma + 1
            skipped += 1
        }
        // ("One officer of the Queen's Own, who asked not to be named, put it plainly:", "As one former UN official put it
        // to me this week:": someone unnamed, whatever the words describing them name.)
        if unnamedOpener(u, start) != nil || (start + 1 < toks.count && toks[start].is("As") && unnamedOpener(u, start + 1, lowercase: true) != nil) {
            return .unnamed
        }
        for i in start..<toks.count {
            if let ref = subjectRef(u, i) {
                // "the Minister of Finance and leader of the LSSP, Dr. N. M. Perera, said:": the person the office is set beside.
                if case .personNoun = ref, let person = appositivePerson(u, after: i) { return .entity(person) }
                return ref
            }
        }
        return nil
    }

    /// The person named between commas right after the noun phrase at token `i` ("the Prime Minister,
    /// Mrs. Sirimavo Bandaranaike, recalled"), titles and their full stops aside.
    func appositivePerson(_ u: Int, after i: Int) -> String? {
        let toks = tokens[u]
        guard let comma = ((i + 1)..<min(toks.count, i + 20)).first(where: { toks[$0].kind == .punct && !toks[$0].is("(") && !toks[$0].is(")") && !toks[$0].is("-") && !toks[$0].is("'") }),
              toks[comma].is(",") else { return nil }
        var j = comma + 1
        while j < toks.count, Lexicon.titleWords.contains(toks[j]) || (toks[j].is(".") && !toks[j].spaceBefore) { j += 1 }
        guard j < toks.count, let person = coveringSpan(u, j), person.first == j, person.entityID.hasBytePrefix("person/"),
              person.last + 1 < toks.count, toks[person.last + 1].is(",") else { return nil }
        return person.entityID
    }

    /// Where the last clause of tokens `start..<end` of a unit that names a person opens, after "; ", ", and"
    /// or ", but" outside quotes (`start` when no later clause names one).
    func lastClauseNamingPerson(_ u: Int, from start: Int, to end: Int) -> Int {
        let toks = tokens[u]
        let quoted = quotedRanges(u)
        var clause = start
        for j in start..<max(start, end - 1) where !isInside(quoted, toks[j].start) && (toks[j].is(";") || (toks[j].is(",") && toks[j + 1].is("and", "but"))) {
            if ((j + 1)..<end).contains(where: { coveringSpan(u, $0)?.entityID.hasBytePrefix("person/") ?? false }) { clause = j + 1 }
        }
        return clause
    }

    /// Whether the comma at `comma` closes an apposition set off after a person's name: "Jose Dedeurwaerder,
    /// AMC's president and chief executive," (the name, a comma, then a few words with no verb of their own).
    func appositionAfterPerson(_ u: Int, endingAt comma: Int, quoted: [Range<Int>]) -> Bool {
        let toks = tokens[u]
        var j = comma - 1
        while j > 0, comma - j <= 10, !toks[j].is(","), !isInside(quoted, toks[j].start), !Self.sentenceBreaks.contains(toks[j]) { j -= 1 }
        guard j > 0, toks[j].is(","), comma - j >= 2 else { return false }
        if let person = coveringSpan(u, j - 1), person.last == j - 1, person.entityID.hasBytePrefix("person/") {
            return !((j + 1)..<comma).contains { Self.clauseWords.contains(toks[$0].text) || Lexicon.speechVerbs.contains(toks[$0]) }
        }
        // ("Sir Roy Welensky, the Federal Prime Minister, who flew to Ndola this afternoon, said": a relative clause after the
        // apposition.)
        guard toks[j + 1].is("who", "whose"), !((j + 1)..<comma).contains(where: { Lexicon.speechVerbs.contains(toks[$0]) }) else { return false }
        return appositionAfterPerson(u, endingAt: j, quoted: quoted)
    }

    /// "according to a press release issued by the Chinese Foreign Ministry": the
    /// first person or organisation before the clause ends.
    func sourceAfterAccordingTo(_ u: Int, _ k: Int, quoted: [Range<Int>]) -> SubjectRef? {
        let toks = tokens[u]
        var i = k + 1
        var document: Token?
        while i < toks.count, i - k < 16 {
            if isInside(quoted, toks[i].start) || toks[i].is(",", ".", ";", ":") { break }
            if let span = coveringSpan(u, i), span.entityID.hasBytePrefix("person/") || span.entityID.hasBytePrefix("organization/") { return .entity(span.entityID) }
            if i == k + 2, toks[k + 1].lowerIs("the", "his", "her", "its"), Self.documentNouns.contains(toks[i]) { document = toks[i] }
            i += 1
        }
        // "In a message read out on his behalf, Prime Minister Joseph Muscat congratulated ... According to the message, '...'":
        // the person an earlier sentence of the paragraph gave that message, letter or statement to.
        if let document {
            var j = k - 1
            while j >= 0 {
                if toks[j].text == document.text, !isInside(quoted, toks[j].start) {
                    let start = sentenceStart(u, j)
                    var end = j
                    while end + 1 < toks.count, !Self.sentenceBreaks.contains(toks[end + 1]) { end += 1 }
                    if let person = (start...end).lazy.compactMap({ self.coveringSpan(u, $0) }).first(where: {
                        $0.entityID.hasBytePrefix("person/") && !self.isInside(quoted, toks[$0.first].start) }) {
                        return .entity(person.entityID)
                    }
                }
                j -= 1
            }
        }
        return nil
    }

    /// "Wang said", "he said", "the ministry said in a statement", "Wang, the
    /// foreign minister, told reporters": the subject of the clause before the verb.
    /// A pronoun right before the verb wins; else the nearest person, else the
    /// nearest organisation, else a noun such as "the ministry".
    static let clauseBreaks: TokenSet = [".", ";", ":", "\""]
    static let sentenceBreaks: TokenSet = [".", ";", ":", "\"", "?", "!"]

    static let modals: TokenSet = ["would", "will", "could", "can", "did", "does", "might"]

    /// The person or body a sentence opens on, after an article, lower-case words and titles ("The newspaper Al-Ahram",
    /// "Mr Justice Murphy"), when no other verb of speaking and no quote stands between it and token `k`.
    func openingSubject(_ u: Int, _ k: Int, quoted: [Range<Int>]) -> String? {
        let toks = tokens[u]
        let j = titledStart(u, sentenceStart(u, k - 1), before: k - 1)
        guard let span = coveringSpan(u, j), span.first == j, span.last < k - 1,
              span.entityID.hasBytePrefix("person/") || span.entityID.hasBytePrefix("organization/"),
              !((span.last + 1)..<k).contains(where: { Lexicon.speechVerbs.contains(toks[$0]) || toks[$0].is(";", ":") || isInside(quoted, toks[$0].start) }) else { return nil }
        return span.entityID
    }
    static let honorificWords = TokenSet(honorificGenders.keys)
    /// The body an unnamed spokesman before the verb `k` speaks for ("a spokesman said", "a spokeswoman in Geneva told
    /// reporters"): the organisation the last sentence of the paragraph that opens on one opens on, before the spokesman.
    func unnamedSpokesmanBody(_ u: Int, _ k: Int, quoted: [Range<Int>]) -> String? {
        let toks = tokens[u]
        var j = k - 1
        // ("in Washington", "at the United Nations": where the spokesman spoke.)
        if j >= 3, toks[j].isCapitalized {
            var p = j
            while p > 0, k - p <= 4, toks[p].isCapitalized || toks[p].lowerIs("the") { p -= 1 }
            if toks[p].is("in", "at") { j = p - 1 }
        }
        guard j >= 1, toks[j].lowerIs("spokesman", "spokeswoman", "spokesperson"), toks[j - 1].lowerIs("a", "an"), !isInside(quoted, toks[j].start) else { return nil }
        for span in spansBefore((u, j - 1)) {
            guard span.unit == u else { break }
            guard span.entityID.hasBytePrefix("organization/"), !isInside(quoted, toks[span.first].start) else { continue }
            var s = sentenceStart(u, span.first)
            // ("In London, the Foreign Office declined to discuss the landings.": a short phrase of place or time first.)
            if let comma = (s..<span.first).first(where: { toks[$0].is(",") }), Self.openingPhrase(toks, beforeComma: comma, maxTokens: 5) == s {
                s = comma + 1
            }
            guard titledStart(u, s, before: span.first + 1) == span.first else { continue }
            return span.entityID
        }
        return nil
    }

    static let participlesOfSubject: TokenSet = ["observing", "writing", "noting", "explaining", "asserting"]
    /// People who work for someone ("an aide to Prime Minister X").
    static let aideNouns: TokenSet = ["aide", "adviser", "advisor", "assistant", "secretary", "friend", "relative", "bodyguard", "confidant", "associate"]
    /// Whether token `j` is such a noun after "a", "an" or "one" and before "to", "of" or "for" ("an aide to X").
    static func isAideOf(_ toks: TokenList, _ j: Int) -> Bool {
        j >= 1 && j + 1 < toks.count && toks[j].isLowercase && aideNouns.contains(toks[j]) && toks[j - 1].lowerIs("a", "an", "one")
            && toks[j + 1].is("to", "of", "for")
    }
    static let commaParticiples = TokenSet(romanceSpeechGerunds.words + [
        "warning", "adding", "conceding", "admitting", "recalling", "complaining", "predicting", "cautioning", "vowing",
        "pledging", "acknowledging", "maintaining", "protesting", "charging", "contending", "urging",
        // ("Khamenei himself sought to cool tempers in a speech, telling an audience in Tehran that '...'".)
        "telling", "reminding", "assuring",
    ])

    /// Gerunds of speaking in Italian, Spanish and Portuguese ('ha rivolto un appello ..., avvertendo che «...»').
    static let romanceSpeechGerunds: TokenSet = [
        "avvertendo", "sottolineando", "affermando", "dichiarando", "spiegando", "aggiungendo", "ricordando", "ribadendo", "precisando",
        "advirtiendo", "señalando", "añadiendo", "asegurando", "subrayando", "explicando", "recordando", "insistiendo", "afirmando", "declarando",
        "alertando", "acrescentando", "destacando", "ressaltando", "lembrando", "dizendo", "garantindo",
    ]

    /// The first token from `s` that a mention starts at, past an article, lower-case words and titles ("Foreign minister
    /// Alexander Downer", "The newspaper Al-Ahram", "Mr Justice Murphy"); `s` itself when another word comes first.
    func titledStart(_ u: Int, _ s: Int, before end: Int) -> Int {
        let toks = tokens[u]
        var j = s
        while j < min(end, s + 5), coveringSpan(u, j) == nil {
            let t = toks[j]
            guard t.lowerIs("the") || t.isLowercase || (t.is(".") && !t.spaceBefore) || Lexicon.titleWords.contains(t) || Self.honorificWords.contains(t) else { return s }
            j += 1
        }
        return coveringSpan(u, j) == nil ? s : j
    }

    /// The tokens of the short quoted terms between `a` and `b`: a quotation mark, one to three words (hyphens and
    /// apostrophes inside), and the closing mark.
    static func quotedTerms(_ toks: TokenList, from a: Int, to b: Int) -> Set<Int> {
        var terms = Set<Int>()
        var i = a
        while i < b {
            guard toks[i].is("\"", "\u{201C}", "\u{2018}", "'") else { i += 1; continue }
            var j = i + 1
            while j < b, j - i <= 6, toks[j].isWord || toks[j].is("-", "'", "\u{2019}") { j += 1 }
            if j < b, j > i + 1, j - i <= 6, toks[j].is("\"", "\u{201D}", "\u{2019}", "'") {
                for n in i...j { terms.insert(n) }
                i = j + 1
            } else {
                i += 1
            }
        }
        return terms
    }

    func subjectBefore(_ u: Int, _ k: Int, quoted: [Range<Int>]) -> SubjectRef? {
        let toks = tokens[u]
        // ('the singer Fairuz, whose voice, a Beirut taxi driver told me, "is the only thing ..."': someone unnamed right
        // before the verb is its subject, not a person named before them.)
        // (Not a spokesman, who may speak for the body named with him.)
        if k >= 2, toks[k - 1].isLowercase, Lexicon.unnamedPersonNouns.contains(toks[k - 1]), !toks[k - 1].lower.hasPrefix("spokes"), !isCovered(u, k - 1),
           let a = (max(0, k - 5)..<(k - 1)).reversed().first(where: { toks[$0].lowerIs("a", "an", "one") }),
           ((a + 1)..<(k - 1)).allSatisfy({ toks[$0].isWord && !(coveringSpan(u, $0)?.entityID.hasBytePrefix("person/") ?? false) }) {
            return .unnamed
        }
        // ('Some Conservative back-benchers had urged a postponement. "...," one of them said': one of a group, unnamed.)
        if k >= 3, toks[k - 1].is("them", "us"), toks[k - 2].is("of"), toks[k - 3].lowerIs("one", "another"), !isInside(quoted, toks[k - 3].start) {
            return .unnamed
        }
        // ("La Dirección General de Fabricaciones Militares, que conduce el interventor Luis Sarlenga, difundió anoche un
        // comunicado en el que aseguró que", "The ministry, which Mr Obi heads, said": a body the sentence opens on, with a
        // relative clause about it naming its head, is the subject of the verbs after the clause.)
        if k >= 6, case let s = sentenceStart(u, k - 1), let body = bodyOpening(u, at: s), body.last + 2 < k, toks[body.last + 1].is(","),
           toks[body.last + 2].lowerIs("que", "which", "qui", "che", "whose", "cuyo") || toks[body.last + 2].lowerIs("cuya", "dont"),
           let close = ((body.last + 3)..<k).first(where: { toks[$0].is(",") }), close + 1 < k,
           !((close + 1)..<k).contains(where: { i in isInside(quoted, toks[i].start) || toks[i].is(".", ";", ":")
               || (coveringSpan(u, i).map { $0.entityID.hasBytePrefix("person/") || $0.entityID.hasBytePrefix("organization/") } ?? false)
               || toks[i].lowerIs("he", "she", "they") || toks[i].lowerIs("il", "elle") || toks[i].lowerIs("él", "ella") }) {
            return .entity(body.entityID)
        }
        // ("An aide to Prime Minister Meles Zenawi said": someone unnamed who works for the person named, not the person.)
        if k >= 4, let person = coveringSpan(u, k - 1), person.last == k - 1, person.entityID.hasBytePrefix("person/") {
            var b = person.first - 1
            while b >= 0, Lexicon.titleWords.contains(toks[b]) || (toks[b].is(".") && !toks[b].spaceBefore) { b -= 1 }
            if b >= 1, Self.isAideOf(toks, b - 1) { return .unnamed }
        }
        // ("Il a déclaré : « ... »", "il aurait confié à ses proches", "M. Nkrumah a déclaré": a French subject, an auxiliary,
        // then the participle.)
        if k >= 2, language == "fr", toks[k - 1].is("a", "avait", "aurait", "aura"), !isInside(quoted, toks[k - 2].start) {
            if toks[k - 2].lowerIs("il") || toks[k - 2].lowerIs("elle") { return .pronoun(toks[k - 2].lowerIs("il") ? .male : .female) }
            // ("M. Denktash, lui, a jugé que": the stressed pronoun set off after the subject.)
            let end = k >= 5 && toks[k - 2].is(",") && toks[k - 3].is("lui", "elle") && toks[k - 4].is(",") ? k - 5 : k - 2
            if let person = coveringSpan(u, end), person.last == end, person.entityID.hasBytePrefix("person/") { return .entity(person.entityID) }
            // ("La souveraine a ajouté : « ... »", "Le ministre a déclaré": a person named by a noun, the same as after the verb.)
            if toks[end].isLowercase, Lexicon.personNouns.contains(toks[end]), case .personNoun(let noun, let country)? = subjectRef(u, end) {
                return .personNoun(noun, country: country)
            }
        }
        // ("Bo, 72, a veteran economic planner who ... returned to power under Vice Premier Deng Xiaoping, spoke through an
        // interpreter": the person the sentence opens on, set off by commas up to the verb, not one named inside.)
        // ('Alexander Downer, who for months dismissed warnings about the militias as "exaggerated", insisted': a word or two in
        // quotation marks inside is a term, not a quote.)
        if k >= 4, toks[k - 1].is(","), !isInside(quoted, toks[k - 1].start), case let s = titledStart(u, sentenceStart(u, k - 1), before: k - 1),
           let person = coveringSpan(u, s), person.first == s, person.entityID.hasBytePrefix("person/"), person.last + 1 < k - 1,
           toks[person.last + 1].is(","), k - s <= 45, case let terms = Self.quotedTerms(toks, from: person.last + 1, to: k - 1),
           // ("Armstrong, asked by the President how he felt, said:": a passive verb of speech is said to the subject.)
           !((person.last + 1)..<(k - 1)).contains(where: { !terms.contains($0) && (toks[$0].is(";", ":", "\"") || isInside(quoted, toks[$0].start))
               || (Lexicon.speechVerbs.contains(toks[$0]) && !($0 + 1 < k && toks[$0 + 1].is("by") && toks[$0 - 1].is(",")))
               || (toks[$0].is("and", "but") && $0 + 1 < toks.count && toks[$0 + 1].is("he", "she", "they")) }) {
            return .entity(person.entityID)
        }
        // ('Mr. Lloyd would say only: "..."', 'Mr. Lloyd would only say'): a modal between the person and the verb.
        if k >= 2, Self.modals.contains(toks[k - 1]) || (k >= 3 && toks[k - 1].is("only") && Self.modals.contains(toks[k - 2])),
           case let b = toks[k - 1].is("only") ? k - 3 : k - 2, b >= 0, let person = coveringSpan(u, b), person.last == b,
           person.entityID.hasBytePrefix("person/"), !isInside(quoted, toks[b].start) {
            return .entity(person.entityID)
        }
        // 'Zhou Jiping said ... "...," the head of CNPC said': the body's leader speaks, the person this paragraph
        // named last outside quotes (the body, when it names no one).
        // ('"...," the president of the Bahrain Center for Human Rights (BCHR) says': its acronym in brackets after it.)
        let bodyEnd = k >= 5 && toks[k - 1].is(")") && toks[k - 3].is("(") ? k - 4 : k - 1
        if k >= 4, let body = coveringSpan(u, bodyEnd), body.last == bodyEnd, body.entityID.hasBytePrefix("organization/") {
            var j = body.first - 1
            if j >= 0, toks[j].is("the") { j -= 1 }
            // ("El presidente de Repsol sostuvo que ...": the same in Spanish.)
            let spanish = j >= 2 && toks[j].is("de", "del") && Self.spanishLeaderNouns.contains(toks[j - 1].text) && toks[j - 2].lowerIs("el", "la", "su")
            if j >= 2, spanish || (toks[j].is("of") && toks[j - 1].isLowercase && Self.leaderNouns.contains(toks[j - 1].text) && toks[j - 2].lowerIs("the", "its", "their")),
               !isInside(quoted, toks[j - 1].start) {
                if let person = (0..<(j - 2)).reversed().lazy.filter({ !self.isInside(quoted, toks[$0].start) })
                    .compactMap({ self.coveringSpan(u, $0) }).first(where: { $0.entityID.hasBytePrefix("person/") }) {
                    return .entity(person.entityID)
                }
                // ('Nabeel Rajab has stopped noticing it. ¶ "...," the president of the Bahrain Center for Human Rights
                // says': a paragraph that names no one before, the one person the paragraph before it named.)
                if !spanish, u > 0 {
                    let outside = quotedRanges(u - 1)
                    let previous = Set(spansBefore((u, 0)).prefix(60).filter {
                        $0.unit == u - 1 && $0.entityID.hasBytePrefix("person/") && !isInside(outside, tokens[u - 1][$0.first].start)
                    }.map(\.entityID))
                    if previous.count == 1 { return .entity(previous.first!) }
                }
                // (A sentence that opens the paragraph: the person the text gave that office in the body before,
                // "Su presidente, Antonio Brufau, anunció ...".)
                if spanish, let person = spansBefore((u, j - 1)).prefix(200).first(where: { span in
                    guard span.entityID.hasBytePrefix("person/"), span.unit >= u - 3, span.first >= 2 else { return false }
                    let before = tokens[span.unit]
                    return before[span.first - 1].is(",") && before[span.first - 2].is(toks[j - 1].text)
                }) {
                    return .entity(person.entityID)
                }
            }
        }
        // ("Buttes Gas and Oil ... A Buttes spokesman in London said:": a body named before by its first word, then the
        // spokesman, and where he spoke.)
        if k >= 3, case let j = toks[k - 2].is("in", "at") && toks[k - 1].isCapitalized ? k - 3 : k - 1, j >= 2,
           toks[j].lowerIs("spokesman", "spokeswoman", "spokesperson"), toks[j - 2].lowerIs("a", "the"),
           toks[j - 1].isCapitalized, toks[j - 1].characterCount >= 3, !isCovered(u, j - 1),
           let body = spansBefore((u, j - 1)).prefix(200).first(where: { span in
               // ("The European Commission moved quickly ... A Commission spokesperson said": or by its last word.)
               span.unit >= u - 3 && span.entityID.hasBytePrefix("organization/") && span.last > span.first
                   && (tokens[span.unit][span.first].text == toks[j - 1].text || tokens[span.unit][span.last].text == toks[j - 1].text)
           }) {
            return .entity(body.entityID)
        }
        // '"...," a spokesman for the congress said' after "the World Jewish Congress": the body of that name the text
        // named last, in this paragraph or the two before.
        // ("A spokesman for the centre said:" after "the Chinese Centre for South African Studies": or a body's word inside
        // its name.)
        if k >= 5, toks[k - 2].lowerIs("the"), toks[k - 3].is("for", "of"), toks[k - 4].lowerIs("spokesman", "spokeswoman", "spokesperson"),
           toks[k - 5].lowerIs("a", "an"), toks[k - 1].isLowercase, toks[k - 1].isWord,
           let body = spansBefore((u, k - 1)).prefix(200).first(where: { span in
               span.unit >= u - 2 && span.entityID.hasBytePrefix("organization/") && (tokens[span.unit][span.last].lowerIs(toks[k - 1].lower)
                   || tokens[span.unit][span.first..<span.last].contains { $0.isCapitalized && Lexicon.organizationHeads.contains($0) && $0.lowerIs(toks[k - 1].lower) })
           }) {
            return .entity(body.entityID)
        }
        // "In a statement signed by its National Publicity Secretary, Alhaji Lai Mohammed, the party said": the body
        // right before the verb, after the phrase that opens the sentence, speaks.
        if k >= 3, toks[k - 2].lowerIs("the"), toks[k - 3].is(","), Lexicon.organizationNouns.contains(lowerOf: toks[k - 1]), coveringSpan(u, k - 1) == nil {
            return .organizationNoun(toks[k - 1].lower)
        }
        // "The Sierra Leone People's Party (SLPP), in a statement signed by its national publicity secretary, said:": the
        // subject stands before a phrase set off by commas that says how it spoke.
        if k >= 6, toks[k - 1].is(","),
           let j = (max(1, k - 20)..<(k - 4)).reversed().first(where: { toks[$0].is(",") && toks[$0 + 1].lowerIs("in") }),
           ["a", "an", "its", "their", "his", "her", "the"].contains(toks[j + 2].lower),
           (j + 3..<min(k - 1, j + 6)).contains(where: { Self.statementNouns.contains(toks[$0].lower) }),
           !(j + 1..<k).contains(where: { isInside(quoted, toks[$0].start) }) {
            var end = toks[j - 1].is(")") && j >= 3 ? j - 2 : j - 1
            // ("Swapo's leadership, in a statement issued in Luanda, said": the body whose leaders speak.)
            if end >= 3, Self.bodyPartNouns.contains(toks[end]), toks[end - 1].is("s"), toks[end - 2].is("'", "\u{2019}") { end -= 3 }
            if let span = coveringSpan(u, end), span.last == end, span.entityID.hasBytePrefix("organization/") || span.entityID.hasBytePrefix("person/") {
                return .entity(span.entityID)
            }
        }
        // "People's Daily, the newspaper of the Communist Party, said": the subject stands before the apposition.
        if k >= 4, toks[k - 1].is(",") {
            var j = k - 2
            while j > 0, k - j < 14, !toks[j].is(","), !isInside(quoted, toks[j].start), !Self.clauseBreaks.contains(toks[j]) { j -= 1 }
            // ('"...," Javid Faisal, spokesman for Chief Executive Abdullah Abdullah, said': or a role without its article.)
            if j > 0, toks[j].is(","), Self.articles.contains(toks[j + 1]) || (toks[j + 1].isLowercase && Self.isRoleNoun(toks[j + 1].text)), let span = coveringSpan(u, j - 1),
               span.entityID.hasBytePrefix("organization/") || span.entityID.hasBytePrefix("person/") {
                // "Mr Qian, who sat ... alongside Alexander Bessmertnykh, the other newcomer, told": the name is
                // inside a relative clause; the subject stands before it (the loop below finds it).
                var w = span.first - 1
                var inClause = false
                while w > 0, !Self.clauseBreaks.contains(toks[w]) {
                    if toks[w].is("who"), toks[w - 1].is(",") { inClause = true; break }
                    w -= 1
                }
                // ("Cesar Jaramillo, executive director of Project Ploughshares, a Waterloo-based peace group, told": the body
                // is the complement of the person's office, set off by commas before it; the person speaks.)
                var of = span.first - 1
                if of > 0, toks[of].lowerIs("the") { of -= 1 }
                if !inClause, of > 2, toks[of].is("of", "at", "for"),
                   let comma = (max(1, of - 8)..<of).reversed().first(where: { toks[$0].is(",") }),
                   (comma + 1..<of).contains(where: { Self.isRoleWord(toks[$0]) }),
                   let person = coveringSpan(u, comma - 1), person.last == comma - 1, person.entityID.hasBytePrefix("person/") {
                    return .entity(person.entityID)
                }
                if !inClause { return .entity(span.entityID) }
            }
        }
        var person: SubjectRef?, organization: SubjectRef?, noun: SubjectRef?
        var personAt: Int?
        var commaAfterNoun = false
        var i = k - 1
        var steps = 0
        // "An official in the Federal Ministry of Finance, who ..., said": the clause's subject is
        // someone unnamed; the body in the phrase that describes them is not the speaker.
        // ('"...," a government official in Berlin told DW': the same after a quote, in lower case.)
        if let opener = unnamedClauseStart(u, before: k, quoted: quoted),
           !(opener..<k).contains(where: { coveringSpan(u, $0)?.entityID.hasBytePrefix("person/") ?? false }),
           !(max(opener, k - 2)..<k).contains(where: { Lexicon.pronounGender(toks[$0].text) != nil }) {
            return .unnamed
        }
        // ('Senator Gareth Evans, who earned the nickname "Biggles" for ordering RAAF flights ..., said': a short quoted term
        // inside the clause does not end the search.)
        let terms = Self.quotedTerms(toks, from: max(0, k - 40), to: k)
        while i >= 0, steps < 40 {
            let t = toks[i]
            if isInside(quoted, t.start) {
                if terms.contains(i) { i -= 1; steps += 1; continue }
                break
            }
            if t.is(","), noun != nil, person == nil, organization == nil, !commaAfterNoun {
                commaAfterNoun = true
                // "At a state banquet given in his honour by Premier Chou on Thursday night, His Imperial Majesty said":
                // a person inside the phrase that opens the sentence is not its subject.
                if case .personNoun? = noun, let s = Self.openingPhrase(toks, beforeComma: i, maxTokens: 25),
                   (s..<i).contains(where: { coveringSpan(u, $0)?.entityID.hasBytePrefix("person/") ?? false }) {
                    return noun
                }
            }
            // "Babajide Sanwo-Olu, who is expected to join Mr Buhari ..., has said": names inside the
            // relative clause do not speak; the subject stands before it.
            // ("The Inkatha Freedom Party, whose leader Mangosuthu Buthelezi has long courted ..., said": the same.)
            // ("CITIC Group, which leads the consortium that also includes China Harbour Engineering Company, said".)
            // ("Asked whether the Fund would dictate the terms of the Budget, which is due on July 24, Dr Singh said": a
            // relative clause that closes before the subject found belongs to the phrase opening the sentence.)
            if t.is("who", "whose", "which"), i > 0, toks[i - 1].is(",") {
                // (Only a subject right before the verb: in "Marcelo, who welcomed Xi and his wife, Peng Liyuan, at Belém ...,
                // added:" the clause has commas of its own.)
                if let found = personAt, coveringSpan(u, found)?.last == k - 1, let close = (i + 1..<found).first(where: { toks[$0].is(",") }),
                   !(close + 1..<found).contains(where: { toks[$0].is(",") }), let person { return person }
                person = nil; organization = nil; noun = nil
            }
            // "the Ministry of Foreign Affairs (MFAFT), headed by Senator Kamina Johnson Smith, said": the person
            // who heads the body is inside a clause about it; the body is the subject.
            if t.is("by"), i >= 2, Self.agentVerbs.contains(lowerOf: toks[i - 1]), toks[i - 2].is(",") { person = nil }
            // "At the Mulungushi Centre, the Head of State said": a body in an earlier clause is not the subject.
            if commaAfterNoun, case .personNoun? = noun, let ref = subjectRef(u, i), case .entity(let id) = ref, id.hasBytePrefix("organization/") { return noun }
            // ("Foreign Affairs Secretary Perfecto Yasay Jr. said": the full stop of an abbreviation ends no sentence.)
            // ("Procter & Gamble Co. said", "X, director of Binh Thanh Rubber Co., told": nor that of a company's legal form.)
            if Self.sentenceBreaks.contains(t), !(i > 0 && t.is(".") && !t.spaceBefore && isAbbreviation(toks[i - 1])), !Self.isCompanyStop(toks, i) { break }
            // "the third party in Scholz's coalition, said": someone in the possessive is not the subject.
            let possessive = i + 2 < toks.count && toks[i + 1].is("'") && toks[i + 2].is("s")
            if !possessive, let ref = subjectRef(u, i) {
                switch ref {
                case .pronoun:
                    if k - i <= 3 && person == nil && organization == nil { return ref }
                case .entity(let id):
                    if id.hasBytePrefix("person/") {
                        if person == nil { person = ref; personAt = i }
                    } else if organization == nil, person == nil, let body = coveringSpan(u, i), let leader = leaderNoun(u, after: body, before: k) {
                        // "the People's National Party (PNP) president said": the body's leader speaks.
                        if noun == nil { noun = .personNoun(leader) }
                    } else if organization == nil {
                        organization = ref
                    }
                case .personNoun, .organizationNoun:
                    if noun == nil && person == nil && organization == nil { noun = ref }
                case .unnamed:
                    break
                }
            }
            i -= 1
            steps += 1
        }
        return person ?? organization ?? noun
    }

    static let definiteDeterminers: TokenSet = [
        "the", "The", "its", "his", "her",
        // Italian ("ha scritto il premier"). (Not Spanish "el", "la" yet: tried on the blind sets, "dijo el presidente"
        // went to the wrong person as often as to the right one.)
        "il", "lo",
    ]

    /// Abbreviations whose full stop does not end a sentence.
    static let abbreviations: Set<String> = ["Jr", "Sr", "Jnr", "Snr", "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Lt", "Col", "Sen", "Rep", "Gov", "Prof", "Rev", "Capt", "Maj", "Sgt", "Adm", "Co", "Inc", "Corp", "Ltd", "No", "Mt", "Ft"]

    /// Forms of address that stand for a monarch or a prince ("His Majesty", "Her Royal Highness").
    /// The possessives before them in French, German, Spanish, Italian and Portuguese ("Sa Majesté", "Seine Majestät").
    static let styleOpeners: TokenSet = ["Sa", "sa", "Son", "Seine", "seine", "Ihre", "ihre", "Su", "su", "Sua", "sua"]
    /// ("a déclaré Sa Majesté", "sagte Seine Majestät": the same in French, German, Spanish, Italian and Portuguese.)
    static let styleNouns: TokenSet = ["Majesty", "Highness", "Majesté", "Majestät", "Majestad", "Maestà", "Majestade"]

    /// The titles a noun for a person can stand for besides its own: "the diplomat" is the ambassador
    /// the text named, "His Majesty" the king or sultan.
    static let titleSynonyms: [String: Set<String>] = [
        "diplomat": ["ambassador", "envoy", "consul", "chargé", "attaché", "diplomat"],
        "envoy": ["ambassador", "envoy"],
        "majesty": ["king", "queen", "sultan", "emperor", "empress", "monarch"],
        "majesté": ["king", "queen", "emperor", "empress", "monarch", "roi", "reine", "empereur", "impératrice"],
        "sovereign": ["king", "queen", "emperor", "empress", "monarch", "sultan"],
        "souveraine": ["queen", "empress", "monarch", "reine", "impératrice"], "souverain": ["king", "emperor", "monarch", "roi", "empereur"],
        "reine": ["queen", "reine"], "roi": ["king", "roi"], "reina": ["queen", "reina"], "rey": ["king", "rey"], "regina": ["queen", "regina"],
        "rainha": ["queen", "rainha"], "rei": ["king", "rei"], "königin": ["queen", "königin"], "könig": ["king", "könig"],
        "majestät": ["king", "queen", "emperor", "empress", "monarch", "könig", "königin", "kaiser", "kaiserin"],
        "majestad": ["king", "queen", "emperor", "monarch", "rey", "reina", "emperador", "emperatriz"],
        "maestà": ["king", "queen", "emperor", "monarch", "re", "regina", "imperatore", "imperatrice"],
        "majestade": ["king", "queen", "emperor", "monarch", "rei", "rainha", "imperador", "imperatriz"],
        "highness": ["prince", "princess", "sultan", "emir", "sheikh", "sheikha"],
        "monarch": ["king", "queen", "sultan", "emperor", "empress", "monarch"],
        // Titles in Spanish, Portuguese and French ("Canciller Fernando Huanacuni ... the foreign minister told").
        "minister": ["minister", "canciller", "chanceler", "ministro", "ministra", "ministre"],
        // ("The Foreign Minister, Rafael Bielsa, ... said the canciller": the Spanish word for the foreign minister.)
        "canciller": ["canciller", "minister"], "chanceler": ["chanceler", "minister"],
        "ambassador": ["ambassador", "embajador", "embajadora", "embaixador", "ambassadeur"],
        "president": ["president", "presidente", "presidenta", "président", "présidente"],
        // ("The Nanong-Shumar MP asked ... he said": the Member of Parliament named before.)
        // ("member" alone is too wide a word: "A member of the committee ... the lawmaker said" is someone unnamed.)
        "mp": ["mp", "parliament", "parliamentarian"],
        // German ("Ministerpräsident Zhu Rongji ... sagte der Ministerpräsident"; Premier Zhu in the gazetteer's roles).
        "ministerpräsident": ["ministerpräsident", "premier", "prime"], "ministerpräsidentin": ["ministerpräsidentin", "premier", "prime"],
        "kanzler": ["kanzler", "bundeskanzler", "chancellor"], "bundeskanzler": ["kanzler", "bundeskanzler", "chancellor"],
        "kanzlerin": ["kanzlerin", "bundeskanzlerin", "chancellor"], "bundeskanzlerin": ["kanzlerin", "bundeskanzlerin", "chancellor"],
        "präsident": ["präsident", "president"], "präsidentin": ["präsidentin", "president"],
        "außenminister": ["außenminister", "foreign"], "außenministerin": ["außenministerin", "foreign"],
    ]

    /// Whether a word of a title (in lower case) is the noun a later reference uses, or one it stands for.
    static func title(_ word: String, fits noun: String) -> Bool {
        word == noun || (titleSynonyms[noun]?.contains(word) ?? false)
            // ("Bundeswirtschaftsminister Hans Friderichs ... sagte der Minister": a German title is one word, the office's
            // field before its noun; not a deputy's, "Vizepräsident".)
            || (word.utf8.count > noun.utf8.count + 3 && word.hasSuffix(noun) && !word.hasPrefix("vize") && !word.hasPrefix("vice")
                && noun.utf8.count >= 6 && germanTitleNouns.contains(noun))
    }
    /// Nouns of office that German writes at the end of one word with the office's field ("Bundesaußenminister",
    /// "Ministerpräsident", "Regierungssprecher").
    static let germanTitleNouns: Set<String> = ["minister", "präsident", "kanzler", "sprecher", "sprecherin", "ministerin", "präsidentin", "senator", "senatorin", "botschafter", "sekretär"]

    /// Words that make a title a deputy's ("Vice-President", "deputy minister"): another office than the one after them.
    static let deputyWords: Set<String> = ["vice", "deputy"]
    /// The same, as they open a title written in lower case (as the check on roles has always read them).
    static let deputyPrefixes = ["vice-", "vice ", "deputy "]

    /// Whether a role's title (in lower case) fits a noun: "minister" fits "foreign minister", "diplomat" fits "ambassador".
    static func role(_ title: String, fits noun: String) -> Bool {
        if title.contains(noun) {
            // ("the Head of State said" is not the "Vice-President and Minister for Finance": a deputy's title names another office.)
            var rest = title
            for deputy in Self.deputyPrefixes where rest.contains(deputy + noun) { rest = rest.replacingOccurrences(of: deputy + noun, with: "") }
            if rest.contains(noun) { return true }
        }
        // (Synonyms as whole words: "king" is no word of "Premier of the State Council, Peking".)
        guard let synonyms = titleSynonyms[noun] else { return false }
        let words = title.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "," })
        return synonyms.contains { synonym in
            synonym.containsBytes(" ") ? title.contains(synonym) : words.contains { $0 == synonym }
        }
    }

    /// What token `i` of unit `u` refers to, if it can be a speaker.
    /// Titles that stand alone for their holder, capitalised and without "the" ("Lyonpo said", "Dasho added").
    static let standaloneTitles: Set<String> = ["Lyonpo", "Lyonchhen", "Lyonchoen", "Dasho", "Beretitenti", "Palemia", "Ibedul", "Reklai"]

    /// The token after a short phrase of time at `i` ("on Friday", "on Friday night", "yesterday", "last week"), else `i`.
    static func afterTimePhrase(_ toks: TokenList, _ i: Int) -> Int {
        guard i < toks.count else { return i }
        if toks[i].is("yesterday", "today", "tonight") { return i + 1 }
        if i + 1 < toks.count, toks[i].is("last"), toks[i + 1].is("week", "month", "night", "year") { return i + 2 }
        if i + 1 < toks.count, toks[i].is("on"), Lexicon.weekdays.contains(toks[i + 1]) {
            return i + 2 < toks.count && toks[i + 2].is("night", "morning", "evening", "afternoon") ? i + 3 : i + 2
        }
        return i
    }

    func subjectRef(_ u: Int, _ i: Int) -> SubjectRef? {
        let t = tokens[u][i]
        if let span = coveringSpan(u, i), span.entityID.hasBytePrefix("person/") || span.entityID.hasBytePrefix("organization/") {
            // "Nationalist Party MP Ryan Callus ... said": a body, then the title of the person named after it, is the person.
            if span.entityID.hasBytePrefix("organization/") {
                let toks = tokens[u]
                var k = span.last + 1
                while k < toks.count, k - span.last <= 3, toks[k].spaceBefore, Lexicon.titleWords.contains(toks[k]) || Lexicon.titleAbbreviations[toks[k].text] != nil { k += 1 }
                if k > span.last + 1, k < toks.count, let person = coveringSpan(u, k), person.first == k, person.entityID.hasBytePrefix("person/") {
                    return .entity(person.entityID)
                }
            }
            return .entity(span.entityID)
        }
        // "Lagos said in a statement", "China says": a country, or its capital for its government, right before a verb
        // of speech is the country speaking.
        // (Only as the clause's subject: not "the Foreign Office in London said", "the President of China said".)
        // ("Morocco on Friday said it ...", "Lagos yesterday said": or with the day between them.)
        if i + 1 < tokens[u].count, t.isCapitalized, i == 0 || tokens[u][i - 1].kind == .punct,
           case let v = Self.afterTimePhrase(tokens[u], i + 1), v < tokens[u].count, Lexicon.speechVerbs.contains(tokens[u][v]) {
            if let span = coveringSpan(u, i), span.first == i, span.last == i, span.entityID.hasBytePrefix("country/"), span.rule != "gazetteer.adjective" {
                return .entity(span.entityID)
            }
            if !isCovered(u, i), let code = Lexicon.placeCountries[t.text], gazetteer.entities["country/" + code.lowercased()] != nil {
                return .entity("country/" + code.lowercased())
            }
        }
        // ('"...," the Morcha said in a statement', after "The Samyukt Kisan Morcha (SKM) welcomed ...": a body the text named
        // before, by the last word of its name after "the".)
        if t.isCapitalized, !t.isAllCaps, t.characterCount >= 4, i >= 1, tokens[u][i - 1].lowerIs("the"), !isCovered(u, i),
           !Lexicon.organizationNouns.contains(lowerOf: t), !Lexicon.personNouns.contains(lowerOf: t), !Lexicon.titleWords.contains(t),
           let span = spansBefore((u, i)).prefix(200).first(where: { s in
               s.entityID.hasBytePrefix("organization/") && s.last > s.first && tokens[s.unit][s.last].text == t.text
                   && !isInside(quotedRanges(s.unit), tokens[s.unit][s.first].start)
           }) {
            return .entity(span.entityID)
        }
        // "His Majesty said", "Her Royal Highness told ...": the monarch or prince the text names, not a pronoun.
        if t.is("His", "Her", "his", "her") || Self.styleOpeners.contains(t), i + 1 < tokens[u].count, Self.styleNouns.contains(tokens[u][i + 1])
            || (i + 2 < tokens[u].count && tokens[u][i + 1].is("Royal", "Imperial") && Self.styleNouns.contains(tokens[u][i + 2])) { return nil }
        if Self.styleNouns.contains(t), i >= 1, tokens[u][i - 1].is("His", "Her", "his", "her", "Royal", "Imperial") || Self.styleOpeners.contains(tokens[u][i - 1]) {
            return .personNoun(t.lower)
        }
        if let gender = Lexicon.pronounGender(t.text) { return .pronoun(gender) }
        // ('„...“, sagte er.', 'sagte sie': German, after a verb in the singular.)
        if language == "de", t.is("er", "sie"), i >= 1, Lexicon.speechVerbs.contains(tokens[u][i - 1]) { return .pronoun(t.is("er") ? .male : .female) }
        // ('"...", disse ele.', 'dijo ella': Portuguese and Spanish, after the verb.)
        if language == "pt" || language == "es", t.is("ele", "ela", "él", "ella"), i >= 1, Lexicon.speechVerbs.contains(tokens[u][i - 1]) {
            return .pronoun(t.is("ele", "él") ? .male : .female)
        }
        // "it said", "it added in a statement": a body speaking.
        if t.lowerIs("it"), i + 1 < tokens[u].count, Lexicon.speechVerbs.contains(tokens[u][i + 1]) { return .organizationNoun("it") }
        let lower = t.lower
        // '"...," the Head of Government pointed out': the head, not the government.
        if t.lowerIs("government", "state"), i >= 2, tokens[u][i - 1].is("of"), tokens[u][i - 2].lowerIs("head") { return subjectRef(u, i - 2) }
        // "Lyonpo said": a Dzongkha minister's title stands alone for the minister, without "the".
        if Self.standaloneTitles.contains(t.text) { return .personNoun(lower) }
        // ("In an unusual admission, the PM also said": the prime minister, by the initials British, Indian and
        // Australian papers use.)
        if t.is("PM"), i >= 1, tokens[u][i - 1].lowerIs("the") { return .personNoun("prime minister", country: nil) }
        // "the Brazilian Government said", "the British government said": a country's government speaks for the country.
        // ("The West German Government welcomed ..., but said": a compass word may stand before the adjective.)
        // ("the Bangladesh Government said": the country's name used as an adjective, after "the".)
        if t.lowerIs("government"), i >= 2, let d = coveringSpan(u, i - 1), d.last == i - 1,
           d.rule == "gazetteer.adjective" || (d.first >= 1 && tokens[u][d.first - 1].lowerIs("the")),
           d.entityID.hasBytePrefix("country/"),
           d.first >= 1 && tokens[u][d.first - 1].lowerIs("the")
            || (d.first >= 2 && tokens[u][d.first - 1].is("West", "East", "North", "South") && tokens[u][d.first - 2].lowerIs("the")) {
            return .entity(d.entityID)
        }
        // ('« ... », a fait savoir le gouvernement espagnol', 'dijo el gobierno chileno', 'o governo brasileiro': French, Spanish,
        // Portuguese and Italian put the country's adjective after the government.)
        if t.lowerIs("gouvernement") || t.lowerIs("gobierno") || t.lowerIs("governo"), i >= 1, tokens[u][i - 1].lowerIs("le", "el", "o", "il"),
           i + 1 < tokens[u].count, let d = coveringSpan(u, i + 1), d.first == i + 1, d.rule == "gazetteer.adjective", d.entityID.hasBytePrefix("country/") {
            return .entity(d.entityID)
        }
        // ('sagte die Grünen-Politikerin', 'sagte der Minister': a German article, then a person's role, capitalised as
        // German nouns are, perhaps after a party's name and a hyphen.)
        if language == "de", t.isCapitalized, i >= 1, tokens[u][i - 1].is("der", "die") || (i >= 3 && tokens[u][i - 1].is("-") && tokens[u][i - 3].is("der", "die")),
           i + 1 == tokens[u].count || tokens[u][i + 1].kind == .punct,
           Self.germanRoleEndings.contains(where: { t.lower.hasSuffix($0) }) {
            return .personNoun(t.lower, country: nil)
        }
        let personNoun = Lexicon.personNouns.contains(lowerOf: t), organizationNoun = Lexicon.organizationNouns.contains(lowerOf: t)
        guard personNoun || organizationNoun else { return nil }
        // "the minister" / "the ministry": a definite noun phrase, not "a minister".
        // ("the 41-year-old engineer": a hyphenated modifier stands between them.)
        var determiner = false
        // (Spanish "el", "la" only before a body, and only in an article in Spanish: "señaló la institución".)
        var spanishBody = false
        var j = i - 1
        while j >= max(0, i - 6), tokens[u][j].kind != .punct || (tokens[u][j].is("-") && !tokens[u][j].spaceBefore) {
            // (French "le", "la" only in an article in French: "a déclaré le président".)
            // (Capitalised, opening the sentence: "La souveraine a ajouté : « ... »", "Der Minister sagte".)
            let opening = j == 0 || tokens[u][j - 1].is(".", "!", "?", "\"", ":")
            if Self.definiteDeterminers.contains(tokens[u][j]) || ((tokens[u][j].is("le", "la") || (opening && tokens[u][j].is("Le", "La"))) && language == "fr")
                // (German "der", "die" only in an article in German: "sagte der Ministerpräsident".)
                || ((tokens[u][j].is("der", "die") || (opening && tokens[u][j].is("Der", "Die"))) && language == "de")
                || (personNoun && (tokens[u][j].is("el", "la") || (opening && tokens[u][j].is("El", "La"))) && language == "es")
                // ('"...", disse o senador à Gazeta do Povo': Portuguese "o", "a" the same.)
                || (personNoun && (tokens[u][j].is("o", "a") || (opening && tokens[u][j].is("O", "A"))) && language == "pt") { determiner = true; break }
            if organizationNoun, tokens[u][j].is("el", "la"), language == "es" { spanishBody = true; break }
            // ('"...", afirma a entidade em nota': Portuguese "o", "a" the same, in an article in Portuguese.)
            if organizationNoun, tokens[u][j].is("o", "a"), language == "pt" { spanishBody = true; break }
            if i - j >= 3 && !tokens[u][(j + 1)..<i].contains(where: { $0.is("-") }) { break }
            j -= 1
        }
        // "Iran's top diplomat told lawmakers", "China's foreign minister said": a country's possessive is the determiner and
        // names the country; a country's top diplomat is its foreign minister.
        if !determiner, personNoun, coveringSpan(u, i) == nil {
            var j = i - 1
            while j >= 1, i - j <= 2, tokens[u][j].isWord, tokens[u][j].isLowercase, !tokens[u][j].is("s") { j -= 1 }
            if j >= 2, tokens[u][j].is("s"), !tokens[u][j].spaceBefore, tokens[u][j - 1].is("'", "\u{2019}"),
               let c = coveringSpan(u, j - 2), c.last == j - 2, c.entityID.hasBytePrefix("country/") {
                return .personNoun(lower == "diplomat" && tokens[u][i - 1].lowerIs("top") ? "foreign minister" : lower, country: c.entityID)
            }
        }
        if determiner && personNoun && coveringSpan(u, i) == nil {
            // "said the manager of a meatpacking plant", "comentó el gerente de un frigorífico": a role in a body the text
            // has not named is someone new, not the last holder of that role.
            if i + 2 < tokens[u].count, tokens[u][i + 1].is("of", "de", "do", "da", "di", "d"),
               tokens[u][i + 2].is("a", "an", "un", "una") || tokens[u][i + 2].is("um", "uma", "uno", "une") {
                return .unnamed
            }
            // "the Chinese president": a demonym between the determiner and the noun.
            let country = (j + 1..<i).lazy.compactMap { self.coveringSpan(u, $0) }.first { $0.entityID.hasBytePrefix("country/") }?.entityID
            // "said the head of State": the president.
            if lower == "head", i + 2 < tokens[u].count, tokens[u][i + 1].is("of"), tokens[u][i + 2].lowerIs("state") {
                return .personNoun("president", country: country)
            }
            // ("a déclaré le chef de l'Etat": the same in French.)
            if lower == "chef", i + 4 < tokens[u].count, tokens[u][i + 1].is("de"), tokens[u][i + 2].is("l"), tokens[u][i + 3].is("'", "\u{2019}"),
               tokens[u][i + 4].is("Etat", "État", "etat", "état") {
                return .personNoun("president", country: country)
            }
            // "'...,' the Acting President said": the one the text titled "Acting President", not the late President it
            // also named.
            if i >= 1, tokens[u][i - 1].lowerIs("acting", "interim", "caretaker"),
               let id = qualifiedHolder(before: (u, i), qualifier: tokens[u][i - 1].lower, noun: lower) {
                return .entity(id)
            }
            // "the prime minister said": the office whole, so that a prime minister's role fits it and a foreign minister's does not.
            if lower == "minister", i >= 1, tokens[u][i - 1].lowerIs("prime") { return .personNoun("prime minister", country: country) }
            return .personNoun(lower, country: country)
        }
        if determiner || spanishBody, organizationNoun, coveringSpan(u, i) == nil { return .organizationNoun(lower) }
        return nil
    }

    /// The latest person the text titled with a qualified office ("Acting President Ghulam Ishaq Khan", "the Interim
    /// President, Mr X") before a position.
    func qualifiedHolder(before position: (Int, Int), qualifier: String, noun: String) -> String? {
        spansBefore(position).prefix(400).first { span in
            guard span.entityID.hasBytePrefix("person/"), (span.unit, span.first) < position, span.first >= 2 else { return false }
            let toks = tokens[span.unit]
            return (max(0, span.first - 4)..<(span.first - 1)).contains { k in toks[k].lower == qualifier && Self.title(toks[k + 1].lower, fits: noun) }
        }?.entityID
    }

    /// The latest person mentioned before a position whose country and one of whose roles fit
    /// ("the Chinese president": a Chinese person who has been president).
    func latestPerson(before position: (Int, Int), country: String, role noun: String) -> String? {
        for span in spansBefore(position).prefix(200) where span.entityID.hasBytePrefix("person/") && (span.unit, span.first) < position {
            guard let e = entity(span.entityID), e.countries.contains(country) || e.roles.contains(where: { $0.country.map { "country/" + $0.lowercased() } == country }) else { continue }
            if e.roles.contains(where: { $0.title.lowercased().contains(noun) }) { return span.entityID }
        }
        return nil
    }

    /// Resolves pronouns and nouns to the latest fitting speaker, else the latest fitting mention.
    /// `listener`: the person spoken to ("he told Tanaka"), who is not the one speaking.
    func resolve(_ ref: SubjectRef, at position: (Int, Int), events: [SpeechEvent], listener: String? = nil) -> String? {
        switch ref {
        case .entity(let id):
            return id
        case .unnamed:
            return nil
        case .pronoun(let gender):
            // ("A spokesman of the United States Embassy said afterwards that ... '...,' he said": the spokesman of a body,
            // with no one named since, goes on speaking for it.)
            if let body = spokesmanBodyGoingOn(before: position, gender: gender) { return body }
            // "A conductor was asked ... 'No,' she said": someone the text does not name.
            if unnamedPersonBefore(position) { return nil }
            // "The official traveling with the secretary, who briefed reporters on the understanding that he not be named, was
            // more candid. '...,' he said": the one the sentence before the quote keeps unnamed.
            if anonymousOneBefore(position) { return nil }
            // "An official of the secretariat, who did not wish to be named, welcomed the loan." then a paragraph
            // that opens '"...," he said': the unnamed one the paragraph before ended on, when this one names no one first.
            // (Only a sentence that opens on them and names no one: not "A farmer at Rokupr, Pa Santigie Kamara, said".)
            // ("At the graveside in Milltown an elderly woman in a headscarf stood apart", "When word came out, one young man in
            // a fur hat turned away": or after a phrase of place or time.)
            if position.0 > 0, tokens[position.0 - 1].count > 2, let last = finalSentence(of: position.0 - 1),
               unnamedOpener(position.0 - 1, last.lowerBound) != nil || unnamedSubjectAfterOpening(position.0 - 1, last.lowerBound),
               !last.contains(where: { coveringSpan(position.0 - 1, $0)?.entityID.hasBytePrefix("person/") ?? false }) {
                let quoted = quotedRanges(position.0)
                if !(0..<min(position.1, tokens[position.0].count)).contains(where: { !isInside(quoted, tokens[position.0][$0].start) && coveringSpan(position.0, $0) != nil }) { return nil }
            }
            // "... the official said. ... he said": the unnamed speaker goes on.
            if let last = events.last, last.unnamed, last.unit >= position.0 - 1,
               !spansBefore(position).prefix(50).contains(where: { $0.entityID.hasBytePrefix("person/") && ($0.unit, $0.first) > (last.unit, last.token) }) {
                return nil
            }
            // "M. Chou En-lai ... is touring Africa. He arrived as the guest of General Ibrahim Abboud, who gave a
            // dinner. '...,' he declared": sentences that open with the pronoun carry on the person before them.
            if let id = continuedSubject(at: position, gender: gender), id != listener { return id }
            // "A letter from Archbishop Francis Arinze ... reached London this week. '...,' he writes": who wrote what the
            // sentence before the quote brought.
            if let id = documentAuthor(before: position), fits(id, gender), id != listener { return id }
            // The latest speaker, or a person who since became the subject of a sentence.
            let speaker = events.last { ($0.speaker?.hasBytePrefix("person/") ?? false) && fits($0.speaker!, gender) && $0.speaker != listener }
            let subject = latestSubject(before: position, gender: gender, excluding: listener)
            // "The ambassador, who drew laughs ..., turned serious. '...,' he said": a sentence that opens with a person
            // named by office, after any named subject or speaker, is about the one who holds it.
            if let role = latestRoleSubject(before: position),
               subject.map({ (role.unit, role.token) > ($0.unit, $0.first) }) ?? true,
               speaker.map({ (role.unit, role.token) > ($0.unit, $0.token) }) ?? true,
               let id = resolve(.personNoun(role.noun, country: nil), at: (role.unit, role.token), events: events.filter { ($0.unit, $0.token) < (role.unit, role.token) }),
               id.hasBytePrefix("person/"), fits(id, gender), id != listener {
                return id
            }
            if let subject, speaker == nil || (subject.unit, subject.first) > (speaker!.unit, speaker!.token) {
                return subject.entityID
            }
            if let speaker { return speaker.speaker }
            return latestPersonOutsideQuotes(before: position, gender: gender, noun: nil, excluding: listener)
        case .personNoun(let noun, let country):
            // ('El Nobel portugués José Saramago publicó ... un texto. "...", escribió el autor de ...': a writer's trade, which no
            // office holds, is the one named last, in this paragraph or the one before.)
            if Lexicon.writerNouns.contains(noun) {
                return spansBefore(position).prefix(40).first(where: { span in
                    span.entityID.hasBytePrefix("person/") && span.unit >= position.0 - 1
                        && !isInside(quotedRanges(span.unit), tokens[span.unit][span.first].start)
                })?.entityID
            }
            // "a spokesperson for the ministry ... the spokesperson said": the body speaks.
            if noun.hasPrefix("spokes"), let body = spokespersonBody(before: position) { return body }
            // "Hu ... called the agreement ... '...,' the Chinese president said": the latest person of that country
            // who holds that office, whoever spoke last.
            if let country, let id = latestPerson(before: position, country: country, role: noun) { return id }
            // ('„...“, sagte der belgische Außenminister' after Spaak, with the Dutch foreign minister Luns named before: no one
            // of another country than the one the noun's adjective names.)
            let ofCountry = { (id: String?) -> String? in
                guard let id, let country else { return id }
                guard let e = self.entity(id), !e.countries.isEmpty else { return id }
                return e.countries.contains(country) ? id : nil
            }
            if country != nil, let id = spansBefore(position).prefix(60).first(where: { span in
                span.entityID.hasBytePrefix("person/") && span.unit >= position.0 - 1 && ofCountry(span.entityID) != nil
                    && entity(span.entityID).map { !$0.countries.isEmpty } == true
                    && !isInside(quotedRanges(span.unit), tokens[span.unit][span.first].start)
            })?.entityID, ofCountry(latestPersonTitledInText(before: position, noun: noun)?.entityID) == nil {
                return id
            }
            // "the Spokesperson said" again: whoever "the spokesperson" was last time.
            // (Unless the text has since given someone else that title: "the minister said" of the planning minister,
            // then "Canciller Fernando Huanacuni ..." and "the foreign minister told journalists".)
            if let earlier = events.last(where: { $0.noun == noun && $0.speaker != nil }) {
                // (Only someone titled so in this paragraph or the one before.)
                if let latest = latestPersonTitledInText(before: position, noun: noun), latest.unit >= position.0 - 1,
                   (latest.unit, latest.first) > (earlier.unit, earlier.token) {
                    return latest.entityID
                }
                return earlier.speaker
            }
            // "A finance department official ... 'No,' the official said": someone the text does not name.
            if unnamedPersonBefore(position) || introducedUnnamed(noun, before: position) { return nil }
            // "Chinese Ambassador Qi Zhenhong ... made light of the fuss. '...,' the ambassador said": a person this
            // paragraph names with that title, or whose office it is, before anyone who spoke earlier.
            if let id = titledPerson(inParagraphOf: position, noun: noun) { return id }
            // "the Minister of Foreign Trade, Mr Robert Urbain, ... Mr Urbain does not hide ... '...,' the minister
            // acknowledged": someone the text gave that title, mentioned since the last speaker whose office it is.
            let office = events.last { event in event.speaker.map { $0.hasBytePrefix("person/") && entity($0)?.roles.contains { Self.role($0.title.lowercased(), fits: noun) } == true } ?? false }
            if let latest = latestPersonTitledInText(before: position, noun: noun),
               office == nil || (latest.unit, latest.first) > (office!.unit, office!.token) {
                return latest.entityID
            }
            for event in events.reversed() {
                guard let id = event.speaker, id.hasBytePrefix("person/") else { continue }
                if entity(id)?.roles.contains(where: { Self.role($0.title.lowercased(), fits: noun) }) == true { return id }
            }
            return latestPersonOutsideQuotes(before: position, gender: nil, noun: noun)
        case .organizationNoun(let noun):
            // "President Reagan said in a written statement that ... '...,' the statement said": whoever issued it.
            // ("In a statement issued after the event, the embassy said ...": the statement may open the sentence.)
            // ("Mr. McCloy said in a statement. ... [a crosshead, a paragraph] ... '...,' the statement said": a few
            // paragraphs back.)
            if noun == "statement", let e = events.last(where: { e in
                e.speaker != nil && e.unit >= position.0 - 4 && (e.unit, e.token) < position
                    && (tokens[e.unit][(e.token + 1)..<min(tokens[e.unit].count, e.token + 6)].contains { $0.lowerIs("statement") }
                        || tokens[e.unit][max(0, e.token - 20)..<e.token].reversed().prefix { !$0.is(".") }.contains { $0.lowerIs("statement") })
            }) { return e.speaker }
            // ("The Governor-General, Ratu Sir Penaia Ganilau, ..., issued a statement. '...,' the statement said": whoever issued it.)
            if Self.statementNouns.contains(noun), let issuer = issuer(before: position) { return issuer }
            if noun == "statement", let e = events.last(where: { $0.speaker?.hasBytePrefix("organization/") ?? false }) { return e.speaker }
            // "The Chinese Embassy in Senegal rejects the notion. '...,' it said": the body last in subject position.
            // ("In a statement, the government said ... '...,' it said": with no body named as a subject, the body or country
            // that spoke earlier in the paragraph.)
            if noun == "it" {
                // "Rushdie issued the nearest thing to an apology he has ever written. '...,' it read": what someone issued
                // speaks for them.
                if let issuer = issuer(before: position) { return issuer }
                return latestOrganizationSubject(before: position) ?? events.last(where: { e in
                    e.unit == position.0 && (e.unit, e.token) < position && (e.speaker.map { $0.hasBytePrefix("organization/") || $0.hasBytePrefix("country/") } ?? false)
                })?.speaker
            }
            return latestOrganization(before: position, noun: noun)
        }
    }

    /// A person named at the start of a clause and followed by a verb-like word:
    /// "Bakhsh is less interested ...", "Vasconcelos does not dispute ...".
    /// Words opening a short phrase of time or place before a sentence's subject ("At 1am, ...").
    static let openingAdverbials: TokenSet = [
        "At", "In", "On", "After", "Before", "During", "Later", "Earlier", "Meanwhile", "Yesterday", "Today", "Then",
        "Afterwards", "Separately", "Last", "This", "Since", "By", "Until", "Within", "Outside", "Inside", "From",
        // "Speaking to APA, Ambassador ... Hong Jiuyin said", "Addressing the parade, the President said": a participle's phrase.
        "Speaking", "Addressing", "Talking", "Writing", "Responding", "Commenting", "Answering", "Reacting", "Asked",
        // Spanish and French: "Desde Bruselas, la Comisión Europea aplazó ...".
        "Desde", "Tras", "Durante", "Ayer", "Hoy", "Depuis", "Dans", "Après", "Hier",
    ]

    /// Where a phrase of time, place or manner opening the sentence starts, when the comma at `comma` ends one
    /// of at most `maxTokens` tokens ("At 1am,", "In a statement posted on its website,").
    static func openingPhrase(_ toks: TokenList, beforeComma comma: Int, maxTokens: Int) -> Int? {
        guard comma >= 1 else { return nil }
        var s = comma - 1
        while s > 0, comma - s <= maxTokens, !toks[s - 1].is(".", "\"", ",", ";", ":") { s -= 1 }
        guard s == 0 || toks[s - 1].is(".", "\""), openingAdverbials.contains(toks[s]) else { return nil }
        return s
    }

    /// Words opening a sentence whose subject comes after "was"/"were" ("Among those waiting was ...").
    static let invertedSubjectOpeners: TokenSet = ["Among", "Also", "Joining", "Present", "Standing", "Leading", "Watching", "Waiting", "Behind"]

    static let timeNouns: Set<String> = [
        "morning", "afternoon", "evening", "night", "day", "week", "month", "year", "weekend", "today", "yesterday",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]
    static let timePhraseOpeners: TokenSet = ["The", "That", "Last", "Next", "On", "Early", "Later", "This", "Each", "Every", "Late"]

    /// What a person sends or issues, before "from" and its author: "a letter from".
    static let documentNouns: TokenSet = ["letter", "message", "telegram", "cable", "note", "appeal", "memorandum", "statement"]

    /// The person named after "a letter from" in the sentence right before a quote that opens at `position`, outside quotes.
    func documentAuthor(before position: (Int, Int)) -> String? {
        let (u, k) = position
        guard u < tokens.count else { return nil }
        let toks = tokens[u]
        let quoted = quotedRanges(u)
        var end = min(k, toks.count) - 1
        // (From the verb after a quote: its pronoun, then the quote and its marks are skipped back over.)
        while end >= 0, Lexicon.pronounGender(toks[end].text) != nil { end -= 1 }
        while end >= 0, isInside(quoted, toks[end].start) || toks[end].is("\"", "'") || toks[end].is(",") { end -= 1 }
        guard end >= 1 else { return nil }
        let start = sentenceStart(u, end)
        for j in start..<end where toks[j].is("from") && j >= 1 && Self.documentNouns.contains(toks[j - 1]) && !isInside(quoted, toks[j].start) {
            var n = j + 1
            while n < end, Lexicon.titleWords.contains(toks[n]) || (toks[n].is(".") && !toks[n].spaceBefore) { n += 1 }
            if let person = coveringSpan(u, n), person.first == n, person.entityID.hasBytePrefix("person/") { return person.entityID }
        }
        return nil
    }

    /// Participles of leading a group, before "by" and its French and Spanish "par", "por".
    static let leadVerbs: Set<String> = ["led", "headed", "conduite", "conduit", "dirigée", "dirigé", "menée", "mené", "encabezada", "encabezado", "presidida", "presidido", "liderada", "liderado"]

    func latestSubject(before position: (Int, Int), gender: Entity.Gender?, excluding: String? = nil) -> Span? {
        spansBefore(position).prefix(400).first { span in
            guard span.entityID.hasBytePrefix("person/"), span.entityID != excluding, (span.unit, span.first) < position, units[span.unit].kind != .caption else { return false }
            let toks = tokens[span.unit]
            guard !isInside(quotedRanges(span.unit), toks[span.first].start) else { return false }
            // "Asked whether Mr. Beidas, who is believed to be abroad, would be prosecuted, he said:": one named in the
            // question that opens the pronoun's own sentence is asked about, not answering.
            if span.unit == position.0, let s = (max(0, span.first - 12)..<span.first).last(where: { toks[$0].is("Asked", "Questioned", "Pressed") }),
               s == 0 || toks[s - 1].is(".", "\""),
               !(s..<min(position.1, toks.count)).contains(where: { toks[$0].is(".", "!", "?") && !($0 > 0 && toks[$0 - 1].is("Mr", "Mrs", "Ms", "Dr")) }) {
                return false
            }
            // "former Prime Minister Naftali Bennett was blunter", "Mr Whitford expects", "WTO Director-General Mike Moore, ...":
            // titles, the body and the demonym before the name.
            var b = span.first - 1
            // "Singapore's Foreign Minister Wong Kan Seng called ...": the possessive of the body or place before the title.
            // ("Gen. Peron voted": the stop of an abbreviated title.)
            while b >= 0, Self.subjectTitleWords.contains(toks[b]) || (toks[b].is(".") && b > 0 && (toks[b - 1].is("Mr", "Mrs", "Ms", "Dr") || Self.abbreviations.contains(toks[b - 1].text)))
                    || (toks[b].is("s") && b >= 2 && toks[b - 1].is("'", "\u{2019}") && (coveringSpan(span.unit, b - 2).map { !$0.entityID.hasBytePrefix("person/") } ?? false))
                    || (toks[b].is("'", "\u{2019}") && b >= 1 && (coveringSpan(span.unit, b - 1).map { !$0.entityID.hasBytePrefix("person/") } ?? false))
                    || (toks[b].is("-") && !toks[b].spaceBefore) || (toks[b].isLowercase && Self.isRoleNoun(toks[b].text))
                    // ("Sports minister Jitendra Singh, whose ministry ..., welcomed": a portfolio in capitals before an office in lower case.)
                    || (toks[b].isCapitalized && Lexicon.genericInstitutionWords.contains(toks[b]) && b + 1 < span.first && toks[b + 1].isLowercase && Self.isRoleNoun(toks[b + 1].text))
                    // ("European Commissioner for Migration Dimitris Avramopoulos": a title's portfolio.)
                    || (toks[b].isCapitalized && Lexicon.genericInstitutionWords.contains(toks[b]) && b >= 2
                        && (b + 1..<span.first).allSatisfy({ toks[$0].isCapitalized })
                        && (b - 1...b).contains(where: { toks[$0 - 1].is("for", "of") }))
                    || (toks[b].is("for", "of") && b >= 1 && Self.subjectTitleWords.contains(toks[b - 1]) && b + 1 < span.first
                        && toks[b + 1].isCapitalized && Lexicon.genericInstitutionWords.contains(toks[b + 1]))
                    // ("Bhutan's prime minister Lotay Tshering, a surgeon by training, took to Twitter": a word that qualifies the role.)
                    || (toks[b].isLowercase && toks[b].isWord && b + 1 < span.first && toks[b + 1].isLowercase && Self.isRoleNoun(toks[b + 1].text)
                        && !Self.clauseWords.contains(toks[b].text) && !Self.descriptionStoppers.contains(toks[b].text)
                        && (b == 0 || !toks[b - 1].isLowercase || toks[b - 1].is("s")))
                    || (coveringSpan(span.unit, b).map { $0.rule == "gazetteer.adjective" || !$0.entityID.hasBytePrefix("person/") } ?? false) {
                b -= 1
            }
            // "VVD foreign affairs spokesman Sven Koopmans calls ...": the portfolio in lower case before the office,
            // and the body it is held in, opening the sentence.
            if b >= 1, b + 1 < span.first, toks[b + 1].isLowercase, Self.isRoleNoun(toks[b + 1].text), toks[b].isLowercase, toks[b].isWord {
                var c = b
                while c >= 0, b - c < 3, toks[c].isLowercase, toks[c].isWord, !Self.clauseWords.contains(toks[c].text), !Self.descriptionStoppers.contains(toks[c].text) { c -= 1 }
                if c >= 0, let body = coveringSpan(span.unit, c), body.entityID.hasBytePrefix("organization/"), body.first == 0 || toks[body.first - 1].is(".", "\"") {
                    b = body.first - 1
                }
            }
            // "In downtown San Salvador, shoe seller Roberto Antonio Chicas put it more simply": a trade in lower case
            // before the name, with the word it is of.
            if b >= 0, toks[b].isLowercase, Lexicon.walksOfLife.contains(toks[b]) || Lexicon.professionNouns.contains(toks[b]) {
                b -= 1
                if b >= 0, toks[b].isLowercase, toks[b].isWord, b == 0 || toks[b - 1].is(",", ".", "\"") { b -= 1 }
            }
            // "Cabinet Spokesman and Mass Media Minister Keheliya Rambukwella, addressing ..., said": a title's portfolio
            // and a second title joined by "and", in capitals, opening the sentence.
            if b >= 0, b + 1 < span.first, Lexicon.titleWords.contains(toks[b + 1]) {
                var c = b
                while c >= 0, span.first - c <= 10,
                      (toks[c].isWord && toks[c].isCapitalized && !(coveringSpan(span.unit, c)?.entityID.hasBytePrefix("person/") ?? false))
                        || (toks[c].is("and", "&") && c >= 1 && toks[c - 1].isCapitalized) {
                    c -= 1
                }
                if c < b, c < 0 || toks[c].is(".", "\"") { b = c }
            }
            // ("Der Einsatzleiter Ulrich Wegener wollte": German joins the office into one word, after its article.)
            if language == "de", b >= 0, b + 1 == span.first, toks[b].isCapitalized, toks[b].characterCount >= 6,
               Self.germanNameTitleEndings.contains(where: { toks[b].lower.hasSuffix($0) }) {
                b -= 1
                if b >= 0, toks[b].is("Der", "Die", "der", "die") { b -= 1 }
            }
            // ("Le pasteur Jean-Arnold de Clermont nous a reçus": a role in lower case after a capitalised article, in other languages.)
            if language != "en", b >= 0, b + 1 < span.first, toks[b].is("Le", "La", "El", "Il", "O", "A"), toks[b + 1].isLowercase, Self.isRoleNoun(toks[b + 1].text) {
                b -= 1
            }
            var before = b < 0 ? nil : toks[b]
            // "For Garba, the calculation is simpler.": a sentence about this person.
            // ("For Dr. Mariana Ruelas, a researcher at ..., López Obrador is ...": titles may stand between.)
            // ("For the internationalist Ana Lucía Herrera, ...": a lower-case description between.)
            if let bb = before, bb.isLowercase, b >= 2, toks[b - 1].is("the"), toks[b - 2].is("For", "To"),
               b == 2 || toks[b - 3].is(".", "\"") {
                b -= 2
                before = toks[b]
            }
            // ("For the economist Dieudonné Essomba, ...": the trade was read above, "the" is left.)
            if let bb = before, bb.is("the"), b >= 1, toks[b - 1].is("For", "To"), b == 1 || toks[b - 2].is(".", "\"") {
                b -= 1
                before = toks[b]
            }
            // ("Para Ramona Hiciano, presidenta de una cooperativa, la feria es ...": the same in Spanish and Portuguese.)
            if let bb = before, bb.is("For", "To", "Like", "Unlike", "Para", "Según"), b == 0 || toks[b - 1].is(".", "\""),
               span.last + 1 < toks.count, toks[span.last + 1].is(",") {
                before = b >= 1 ? toks[b - 1] : nil
            }
            // "In Israel, former Prime Minister Naftali Bennett ...": a place phrase opening the sentence.
            if let bb = before, bb.is(","), b >= 2, let place = coveringSpan(span.unit, b - 1), place.entityID.hasBytePrefix("country/"),
               place.first >= 1, toks[place.first - 1].is("In", "From", "At"), place.first == 1 || toks[place.first - 2].is(".", "\"") {
                before = place.first >= 2 ? toks[place.first - 2] : nil
            }
            // ("The host, President Urho Kekkonen of Finland, closed the meeting": a role with "the", set off by a comma before
            // the name, opening the sentence.)
            if let bb = before, bb.is(","), b >= 2, toks[b - 1].isLowercase, toks[b - 1].isWord, toks[b - 2].is("The"),
               b == 2 || toks[b - 3].is(".", "\"", "\u{201D}") {
                before = b >= 3 ? toks[b - 3] : nil
            }
            // "At 1am, Martin Lee, the leader of the Democratic Party, addressed ...", "On Monday, Wang said":
            // a short phrase of time or place opening the sentence.
            // ("From his exile in Madras, Mr. A. Amirthalingam ... condemned": up to six words.)
            if let bb = before, bb.is(","), let s = Self.openingPhrase(toks, beforeComma: b, maxTokens: 6),
               !(s..<b).contains(where: { coveringSpan(span.unit, $0)?.entityID.hasBytePrefix("person/") ?? false }) {
                before = s > 0 ? toks[s - 1] : nil
            }
            // ("In her closing remarks Miss Kenyatta thanked the delegates": a short phrase of a preposition and lower-case
            // words, without a comma, opening the sentence.)
            if let bb = before, bb.isLowercase, bb.isWord, b >= 1 {
                var s = b
                while s > 0, b - s < 5, toks[s - 1].isLowercase, toks[s - 1].isWord { s -= 1 }
                if s >= 1, toks[s - 1].is("In", "At", "During", "After", "On"), s == 1 || toks[s - 2].is(".", "\"", "\u{201D}") {
                    before = s >= 2 ? toks[s - 2] : nil
                }
            }
            // "The next morning Chou came straight to the point", "Last week Kakuei Tanaka arrived": a time phrase
            // without a comma opening the sentence.
            if let bb = before, bb.isWord, Self.timeNouns.contains(bb.lower), b >= 1 {
                var s = b
                while s > 0, b - s < 4, toks[s - 1].isWord { s -= 1 }
                if s == 0 || toks[s - 1].is(".", "\""), Self.timePhraseOpeners.contains(toks[s]) || Self.timeNouns.contains(toks[s].lower) {
                    before = s > 0 ? toks[s - 1] : nil
                }
            }
            // "Its deputy leader, Tang Shubei, who ..., grumbled", "The Chinese ambassador, Cui Jianchun, has said":
            // the name set off by commas after the role that opens the sentence.
            // ("China's ambassador in Buenos Aires, Wang Wei, was more direct": the role may end with where it is held.)
            let role = Self.roleEnd(toks, before: b)
            if let bb = before, bb.is(","), role >= 0, Self.isRoleNoun(toks[role].text) || Lexicon.titleWords.contains(toks[role])
                || (toks[role].is("number") && role >= 1 && toks[role - 1].is("opposite")),
               span.last + 1 < toks.count, toks[span.last + 1].is(",") {
                var s = role
                // (Counted from the role noun: "The general secretary of the Metal and Allied Namibian Workers Union
                // (MANWU), Justina Jonas, said" has a long body's name between the role and the comma.)
                while s > 0, role - s < 7, !toks[s - 1].is(".", "\"", ",") { s -= 1 }
                // ("..., and its export director, M. Paul Cordier, sees no reason": a clause after ", and".)
                // ("In Beijing, the spokesman of the Chinese Foreign Ministry, Qin Gang, was no less warm": after a short
                // phrase of time or place that opens the sentence.)
                if s == 0 || toks[s - 1].is(".", "\"") || (toks[s].is("and") && toks[s - 1].is(","))
                    || (toks[s - 1].is(",") && Self.openingPhrase(toks, beforeComma: s - 1, maxTokens: 4) != nil) { return fits(span.entityID, gender) }
            }
            // "The Vietnamese delegation, led by Deputy Foreign Minister Phan Hien, rejected ...", "La délégation vietnamienne,
            // conduite par le vice-ministre des affaires étrangères Phan Hien, a rejeté": the one who leads the subject.
            if span.last + 1 < toks.count, toks[span.last + 1].is(","), span.first >= 4 {
                var c = span.first - 1
                while c >= 1, span.first - c <= 10, !toks[c].is(",", ".", "\""), !(toks[c].is("by", "par", "por") && Self.leadVerbs.contains(toks[c - 1].lower)) { c -= 1 }
                if c >= 2, toks[c].is("by", "par", "por"), Self.leadVerbs.contains(toks[c - 1].lower), toks[c - 2].is(",") {
                    // (The subject that opens the sentence, in a few words and no comma: "The Vietnamese delegation,".)
                    let opener = ((0..<(c - 2)).last(where: { toks[$0].is(".", "\"") }) ?? -1) + 1
                    if c - 2 - opener <= 8, !(opener..<(c - 2)).contains(where: { toks[$0].is(",") }) { return fits(span.entityID, gender) }
                }
            }
            // "The executive board ... was told by Randolph that American labor must stand ...": the agent of a passive verb of
            // telling is the one who spoke.
            if let bb = before, bb.is("by"), b >= 2, toks[b - 1].is("told", "addressed", "informed", "warned") || toks[b - 1].is("urged", "assured", "reminded", "briefed"),
               toks[b - 2].is("was", "were", "been", "being") {
                return fits(span.entityID, gender)
            }
            // "Among the marchers on Sunday was Daw Lu Ja, 63, who ...", "Also present were ...": a subject after its verb.
            if let bb = before, bb.is("was", "were"), b >= 1 {
                var s = b - 1
                while s > 0, b - s < 20, !toks[s - 1].is(".", "\"", ";", ":") { s -= 1 }
                if s == 0 || toks[s - 1].is(".", "\""), Self.invertedSubjectOpeners.contains(toks[s]) {
                    return fits(span.entityID, gender)
                }
            }
            // ("PARIS — Le pasteur Jean-Arnold de Clermont nous a reçus": a dateline in capitals, then its dash, opens the paragraph.)
            if let bb = before, bb.is("-"), b >= 1, b <= 8, toks[0].isAllCaps, toks[0].isWord,
               toks[0..<b].allSatisfy({ $0.isAllCaps || $0.isCapitalized || $0.is(",", "(", ")", ".") }) {
                before = nil
            }
            let sentenceStart = before == nil || before!.is(".", "\"")
            let clauseStart = sentenceStart || before!.is(",", ";", ":")
            // "That phrase echoed Foreign Minister Yang Jiechi, who lost his temper ...": the subject of a relative clause.
            if span.last + 3 < toks.count, toks[span.last + 1].is(","), toks[span.last + 2].is("who"), toks[span.last + 3].isLowercase,
               !isInside(quotedRanges(span.unit), toks[span.last + 2].start) {
                return fits(span.entityID, gender)
            }
            guard clauseStart, span.last + 1 < toks.count else { return false }
            var next = toks[span.last + 1]
            // "Economy Minister Etienne Schneider (LSAP) rejects ...": a party or an age in brackets after the name.
            if next.is("("), let close = (span.last + 2..<min(toks.count, span.last + 8)).first(where: { toks[$0].is(")") }), close + 1 < toks.count {
                next = toks[close + 1]
            }
            if sentenceStart && next.is(",") { return fits(span.entityID, gender) }  // "Tung Chee-hwa, the ..., was sworn in"
            // "General Carlos P. Romulo of the Philippines, whose country ..., spoke": the name with its country or body.
            if sentenceStart, next.is("of") {
                var k = span.last + 2
                if k < toks.count, toks[k].is("the") { k += 1 }
                if k < toks.count, let place = coveringSpan(span.unit, k), place.first == k, !place.entityID.hasBytePrefix("person/"),
                   place.last + 1 < toks.count {
                    // ("Mr. A. Amirthalingam of the Tamil United Liberation Front (TULF) condemned": the body's acronym in brackets.)
                    var after = place.last + 1
                    if toks[after].is("("), after + 2 < toks.count, toks[after + 2].is(")") { after += 3 }
                    if after < toks.count, toks[after].is(",") || toks[after].isLowercase { return fits(span.entityID, gender) }
                }
                // ("Premier Joseph R. Smallwood of Newfoundland took a lighter view": a place the gazetteer does not know.)
                if k < toks.count, coveringSpan(span.unit, k) == nil, toks[k].isCapitalized, toks[k].isWord {
                    var after = k
                    while after < toks.count, after - k < 3, toks[after].isCapitalized, toks[after].isWord, coveringSpan(span.unit, after) == nil { after += 1 }
                    if after < toks.count, toks[after].isLowercase, !toks[after].is("and", "of", "or", "who", "whose", "s") { return fits(span.entityID, gender) }
                }
            }
            // "Mr Chou's reply ... was all smiles. He brought, he said, ...": the person whose words the sentence is about.
            if sentenceStart, next.is("'", "\u{2019}"), span.last + 2 < toks.count, toks[span.last + 2].is("s"),
               span.last + 3 < toks.count, ["reply", "answer", "response", "message", "speech", "remarks", "statement", "words", "tone", "view", "argument"].contains(toks[span.last + 3].lower) {
                return fits(span.entityID, gender)
            }
            // ("M. Güneş s'est montré plus offensif": French "s'" is the verb's reflexive pronoun, not a possessive.)
            if sentenceStart, language == "fr", next.is("s"), span.last + 3 < toks.count, toks[span.last + 2].is("'", "\u{2019}"), toks[span.last + 3].isLowercase {
                return fits(span.entityID, gender)
            }
            return next.isLowercase && !next.is("and", "of", "or", "s", "who", "whose") && fits(span.entityID, gender)
        }
    }

    /// The latest sentence before a position, in its paragraph or the one before, that opens with "The" and a noun
    /// for an office holder ("The ambassador, who ..., turned serious"), outside quotes.
    func latestRoleSubject(before position: (Int, Int)) -> (unit: Int, token: Int, noun: String)? {
        for u in stride(from: position.0, through: max(0, position.0 - 1), by: -1) where units[u].kind == .paragraph {
            let toks = tokens[u]
            let quoted = quotedRanges(u)
            let limit = u == position.0 ? min(position.1, toks.count) : toks.count
            var k = limit - 1
            while k >= 1 {
                // ("Le pasteur ne réclame pas sa suppression.", "Der Minister wies das zurück.": the same in other languages, with
                // their definite articles and their nouns for a person.)
                let foreign = language != "en" && (toks[k - 1].is("Le", "La", "Der", "Die") || toks[k - 1].is("El", "Il", "O", "A"))
                if foreign ? Lexicon.personNouns.contains(lowerOf: toks[k]) : (toks[k - 1].is("The") && Self.officeNouns.contains(toks[k])),
                   k + 1 < toks.count, toks[k + 1].is(",") || toks[k + 1].isLowercase,
                   k - 1 == 0 || toks[k - 2].is(".", "!", "?"), !isInside(quoted, toks[k].start) {
                    return (u, k, toks[k].lower)
                }
                k -= 1
            }
        }
        return nil
    }

    /// Nouns for a person by office that can open a sentence as its subject.
    static let officeNouns: TokenSet = ["ambassador", "envoy", "minister", "president", "premier", "chancellor", "governor", "senator", "diplomat", "secretary", "chairman", "chairwoman", "spokesman", "spokeswoman", "mayor", "prince", "king", "queen", "sultan", "emir"]

    /// Title words that can stand between a clause's start and its subject's name.
    static let subjectTitleWords = Lexicon.titleWords.union(["former", "Former", "then", "acting", "Acting", "late", "outgoing", "incoming", "new"])

    /// Spans that start before a position, latest first (spans are sorted once tagging ends).
    func spansBefore(_ position: (Int, Int)) -> ReversedCollection<ArraySlice<Span>> {
        var lo = 0, hi = spans.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if (spans[mid].unit, spans[mid].first) < position { lo = mid + 1 } else { hi = mid }
        }
        return spans[..<lo].reversed()
    }

    /// Prepositions after which an unnamed someone is no speaker introduced ("with one neighbour").
    static let objectPrepositions: Set<String> = ["with", "for", "from", "of", "against", "on", "at", "in", "into", "over", "between", "among", "about", "like"]

    /// The last sentence of paragraph `u`, as its tokens' range, when it has more than one token.
    func finalSentence(of u: Int) -> Range<Int>? {
        let n = tokens[u].count
        guard n > 1 else { return nil }
        return sentenceStart(u, n - 2)..<n
    }

    /// The sentence just before the quote that the speech verb at `position` attributes: in its paragraph, else the last
    /// of the paragraph before.
    func sentenceBeforeQuote(_ position: (Int, Int)) -> (unit: Int, range: Range<Int>)? {
        let u = position.0
        let quoted = quotedRanges(u)
        // Back over the attribution, then over the quote.
        var i = min(position.1, tokens[u].count) - 1
        while i >= 0, !isInside(quoted, tokens[u][i].start) { i -= 1 }
        guard i >= 0 else { return nil }
        while i >= 0, isInside(quoted, tokens[u][i].start) { i -= 1 }
        if i < 0 {
            guard u > 0, let range = finalSentence(of: u - 1) else { return nil }
            return (u - 1, range)
        }
        return (u, sentenceStart(u, i)..<(i + 1))
    }

    /// Whether the sentence just before the quote that the speech verb at `position` attributes says someone asked not to
    /// be named, and names no one but after a preposition ("a spokesman for Mr Adamson, who declined to be identified").
    func anonymousOneBefore(_ position: (Int, Int)) -> Bool {
        guard let (u, range) = sentenceBeforeQuote(position) else { return false }
        let toks = tokens[u]
        let (s, end) = (range.lowerBound, range.upperBound)
        guard s < end, mentionsAnonymity(u, from: s, to: end) else { return false }
        return !(s..<end).contains { j in
            guard let span = coveringSpan(u, j), span.first == j, span.entityID.hasBytePrefix("person/") else { return false }
            return j == 0 || !Self.objectPrepositions.contains(toks[j - 1].text) && !toks[j - 1].is("of", "for", "to", "by", "with")
        }
    }

    /// The paragraph introduces an unnamed person ("a conductor", "one resident") before this point and names nobody.
    func unnamedPersonBefore(_ position: (Int, Int)) -> Bool {
        let (u, k) = position
        let toks = tokens[u]
        let quoted = quotedRanges(u)
        // The nearest before the quote decides: someone unnamed ("a conductor", "a finance department
        // official", "An IMF staff member") or a person named since.
        var i = min(k, toks.count) - 1
        while i >= max(0, k - 200) {
            defer { i -= 1 }
            if isInside(quoted, toks[i].start) { continue }
            if let span = coveringSpan(u, i), span.entityID.hasBytePrefix("person/") {
                // "An adviser close to Dr Kaunda was frank": the person is in the unnamed one's description.
                let s = sentenceStart(u, span.first)
                // ("A student at Victoria University, Miss Alice Leung, told ...": the unnamed one named in apposition.)
                func inApposition(_ p: Span) -> Bool {
                    var before = p.first - 1
                    while before > s, Lexicon.titleWords.contains(toks[before]) || toks[before].is(".") { before -= 1 }
                    return before > s && toks[before].is(",") && p.last + 1 < toks.count && toks[p.last + 1].is(",")
                }
                if s < span.first, !inApposition(span), toks[s].is("A", "An", "One"),
                   // ("A letter from Archbishop Francis Arinze": a title of the one named is no unnamed one.)
                   (s + 1..<min(span.first, s + 5)).contains(where: { toks[$0].isLowercase && (Lexicon.unnamedPersonNouns.contains(toks[$0]) || Self.isRoleNoun(toks[$0].text)) }),
                   // ("A former diplomat ..., Mr. A.N. Ramaswamy, said the language echoed ... Jawaharlal Nehru": named earlier in the sentence.)
                   !spansBefore((u, span.first)).prefix(12).contains(where: { $0.unit == u && $0.first > s && $0.first < span.first && $0.entityID.hasBytePrefix("person/") && inApposition($0) }) {
                    return true
                }
                return false
            }
            // "The owner of a Kwun Tong toy exporter ... put it more bluntly": someone described by what they are of.
            if toks[i].is("The"), i + 3 < k, Lexicon.unnamedPersonNouns.contains(toks[i + 1]), toks[i + 2].is("of"),
               toks[i + 3].is("a", "an", "one"), i == 0 || toks[i - 1].is(".", "\"") {
                return true
            }
            // ("not allow its relations with one neighbour to affect another": someone after a preposition other than "to" is
            // what the sentence is about, not who speaks.)
            if toks[i].is("a", "an", "one"), i > 0, Self.objectPrepositions.contains(toks[i - 1].text) { continue }
            // ("Amina al-Sayyed, who came to Lebanon as a girl in 1948,", "the scheme is more than a refugee colony": what
            // someone or something was, not someone else; not "as a spokesman put it".)
            if toks[i].is("a", "an"), i > 0, toks[i - 1].is("as", "than"),
               !((i + 1)..<min(toks.count, i + 5)).contains(where: { Lexicon.speechVerbs.contains(toks[$0]) || toks[$0].is("put") }) { continue }
            // ('Um diretor de uma montadora, que pediu para não ser identificado, admitiu ...': Portuguese, Spanish and Italian too.)
            let romance = language != "en" && (toks[i].is("Um", "Uma", "um", "uma") || toks[i].is("Un", "Una", "un", "una"))
            if toks[i].is("a", "an", "A", "An", "one", "One") || romance {
                // "Jane Doe, 45, an economist at ...", "Tang Shubei, who is also a senior official": the role
                // of someone named just before, in the same sentence.
                var b = i - 1
                while b >= 0, i - b <= 8, !toks[b].is(".", "!", "?", ":", ";"), !isInside(quoted, toks[b].start) {
                    if let p = coveringSpan(u, b), p.entityID.hasBytePrefix("person/") { return false }
                    b -= 1
                }
                for j in (i + 1)..<min(i + 7, toks.count) {
                    if toks[j].is(",", ".", ";", ":", "\"") { break }
                    if Lexicon.unnamedPersonNouns.contains(toks[j]) || (toks[i].isCapitalized && Lexicon.unnamedTradeNouns.contains(toks[j]))
                        || (romance && j == i + 1 && Self.isRoleNoun(toks[j].text))
                        // ("A senator of the ruling Colorado Party, who asked not to be identified, was more direct.": an office
                        // holder unnamed, as the sentence's subject.)
                        || (toks[i].is("A", "An") && (i == 0 || toks[i - 1].is(".", "\"")) && toks[j].isLowercase && Self.isRoleNoun(toks[j].text)) {
                        // "an economist at the bank, Li Wei,": named after all.
                        var m = j + 1
                        while m < min(toks.count, j + 12), !toks[m].is(".", ";", ":") {
                            if let p = coveringSpan(u, m), p.entityID.hasBytePrefix("person/") { return false }
                            m += 1
                        }
                        return true
                    }
                }
            }
        }
        return false
    }

    /// "a senior official, who declined to be named, ..." in one of the paragraphs
    /// before: "the official" is that person, unless someone was named with the
    /// same noun since ("the official" after "an official, Li Wei,").
    func introducedUnnamed(_ noun: String, before position: (Int, Int)) -> Bool {
        let (u, k) = position
        for unit in stride(from: u, through: max(0, u - 8), by: -1) {
            let toks = tokens[unit]
            let quoted = quotedRanges(unit)
            let end = unit == u ? min(k, toks.count) : toks.count
            var i = end - 1
            while i >= 0 {
                if toks[i].lower == noun, !isInside(quoted, toks[i].start) {
                    // The noun's own phrase: "a senior official" / "the official" / "official Li Wei".
                    if i + 1 < toks.count, let span = coveringSpan(unit, i + 1), span.entityID.hasBytePrefix("person/") { return false }
                    var j = i - 1
                    while j >= 0, i - j <= 4, toks[j].isWord, !["a", "an", "one", "the", "The", "A", "An", "One"].contains(toks[j].text) { j -= 1 }
                    if j >= 0, toks[j].is("a", "an", "one", "A", "An", "One") { return true }
                }
                i -= 1
            }
        }
        return false
    }

    func fits(_ id: String, _ gender: Entity.Gender?) -> Bool {
        guard let gender, let known = personGender(id) else { return true }
        return known == gender
    }

    /// A person's gender: the one the gazetteer or the text gave, else the one their given name says ("Arturo Rivera y
    /// Damas" is a man; not for a name whose first word is the family name, "Lee Hsien Loong").
    func personGender(_ id: String) -> Entity.Gender? {
        guard let e = entity(id) else { return nil }
        if let g = e.gender { return g }
        return Lexicon.givenNameGender(of: e)
    }

    func latestPersonOutsideQuotes(before position: (Int, Int), gender: Entity.Gender?, noun: String?, excluding: String? = nil) -> String? {
        let candidates = spansBefore(position).prefix(400).lazy.filter { span in
            span.entityID.hasBytePrefix("person/") && span.entityID != excluding && self.units[span.unit].kind != .caption
                && !self.isInside(self.quotedRanges(span.unit), self.tokens[span.unit][span.first].start)
        }
        if let noun, let match = candidates.first(where: { entity($0.entityID)?.roles.contains { $0.title.lowercased().contains(noun) } ?? false }) {
            return match.entityID
        }
        // ("Prime Minister Giuseppe Conte ... the premier wrote": a head of government by the other word, when no one
        // has the title itself.)
        if let noun, let other = Self.officeSynonyms[noun], let match = candidates.first(where: { entity($0.entityID)?.roles.contains { $0.title.lowercased() == other } ?? false }) {
            return match.entityID
        }
        // "Prince Charles ... the Prince said", "President Jiang Zemin ... the president said": the noun was the title.
        if let noun, let match = candidates.prefix(30).first(where: { span in
            let toks = self.tokens[span.unit]
            return (max(0, span.first - 3)...span.last).contains { toks[$0].lower == noun }
        }) {
            return match.entityID
        }
        // (An office is not held by someone the gazetteer knows to hold none: "the President said" is not Leonardo da Vinci's.)
        return candidates.first { span in
            fits(span.entityID, gender) && (noun == nil || gazetteer.entities[span.entityID].map { !$0.roles.isEmpty } ?? true)
        }?.entityID
    }

    static let officeSynonyms: [String: String] = ["premier": "prime minister"]

    /// Abbreviations and initials whose full stop ends no sentence ("M. Chou", "Mr. Nehru", "J. Smith").
    static let stopAbbreviations: TokenSet = [
        "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Col", "Prof", "Sen", "Rep", "Gov", "Lt", "Capt", "Sgt", "Jr", "Sr", "Mme", "Messrs", "No", "Vol",
        "Assoc", "Asst", "Adm", "Maj", "Brig", "Cmdr", "Hon", "Rev", "Fr",
        // ("said Frank Iarossi, president of Exxon Shipping Co., at a news conference": a company's legal form.)
        "Co", "Corp", "Inc", "Ltd", "Bros",
    ]

    /// The person a run of sentences is about, for a pronoun speaking after them: going back sentence by
    /// sentence in the paragraph, those that open with a pronoun of that gender ("He arrived ...") are
    /// skipped, and the first that opens with a person's name (after titles) gives the person, if at
    /// least one pronoun sentence came between. "Her attorney, Thomas Hartwell, said ..." right before
    /// the quote gives the person it names.
    func continuedSubject(at position: (Int, Int), gender: Entity.Gender?) -> String? {
        let u = position.0
        guard u < tokens.count, let gender else { return nil }
        let toks = tokens[u]
        let quoted = quotedRanges(u)
        // Sentence starts outside quotes, up to the position.
        var starts = [0]
        var i = 0
        while i < min(position.1, toks.count) {
            let t = toks[i]
            if t.is(".", "!", "?"), !isInside(quoted, t.start), i + 1 < toks.count,
               !(i > 0 && isAbbreviation(toks[i - 1])) {
                var next = i + 1
                // A closing quotation mark belongs to the sentence it ends.
                while next < toks.count, !toks[next].spaceBefore, isInside(quoted, toks[next].start), toks[next].kind == .punct { next += 1 }
                starts.append(next)
            }
            i += 1
        }
        // The sentence of the quote itself, then the ones before it.
        let current = starts.lastIndex { $0 <= position.1 } ?? 0
        var pronouns = 0
        // ("Speaking at Friday prayers, he said:": the quote's own sentence opens with a phrase, then the pronoun.)
        let own = starts[current]
        if own < toks.count, Self.openingAdverbials.contains(toks[own]), toks[own].text.hasSuffix("ing"),
           let comma = (own..<min(toks.count, own + 12)).first(where: { toks[$0].is(",") }), comma + 1 < toks.count, comma + 1 < position.1,
           Lexicon.pronounGender(toks[comma + 1].text) == gender {
            pronouns = 1
        }
        var n = current - 1
        while n >= 0, current - n <= 4 {
            let s = starts[n]
            guard s < toks.count, !isInside(quoted, toks[s].start) else { return nil }
            let t = toks[s]
            if Lexicon.pronounGender(t.text) == gender, t.is("He", "She") {
                pronouns += 1
                n -= 1
                continue
            }
            // "Her attorney, Thomas Hartwell, said she would not comment.": a role and a name opening the sentence just before.
            if n == current - 1, t.is("Her", "His", "Their", "Its"), s + 3 < toks.count, Self.isRoleNoun(toks[s + 1].text),
               toks[s + 2].is(","), let span = coveringSpan(u, s + 3), span.first == s + 3, span.entityID.hasBytePrefix("person/"),
               span.last + 1 < toks.count, toks[span.last + 1].is(",") {
                // (Its gender may have been guessed from "said she would ...", about someone else.)
                return span.entityID
            }
            guard pronouns > 0 else { return nil }
            // "M. Chou En-lai, for his part, ...", "President Nyerere said ...": titles and honorifics before the name.
            var k = s
            // ("Two days later President Ali Khamenei seemed ...": a phrase of time before the subject.)
            if let later = (s + 1..<min(toks.count, s + 4)).first(where: { toks[$0].is("later", "earlier", "ago") }),
               (s..<later).allSatisfy({ toks[$0].isWord || toks[$0].kind == .number }) {
                k = later + 1
            }
            while k < toks.count, Self.subjectTitleWords.contains(toks[k]) || (toks[k].characterCount == 1 && toks[k].isCapitalized && k + 1 < toks.count && toks[k + 1].is("."))
                    || (toks[k].is(".") && k > s) || Self.honorificGenders[toks[k].text] != nil {
                k += 1
            }
            guard k < toks.count, let span = coveringSpan(u, k), span.first <= k, span.entityID.hasBytePrefix("person/"), fits(span.entityID, gender),
                  entity(span.entityID)?.gender == gender || entity(span.entityID)?.gender == nil else { return nil }
            return span.entityID
        }
        return nil
    }

    /// The latest person named in the quote's paragraph, outside quotes, with `noun` as the title written
    /// before the name or as one of the offices the gazetteer knows.
    /// The latest mention, outside quotes, of a person the text calls by `noun` somewhere before
    /// (within the eight words before one of their mentions, in its sentence).
    func latestPersonTitledInText(before position: (Int, Int), noun: String) -> Span? {
        let last = noun.split(separator: " ").last.map(String.init) ?? noun
        var titled = Set<String>(), qualified = Set<String>()
        let people = spansBefore(position).prefix(400).filter { span in
            span.entityID.hasBytePrefix("person/") && (span.unit, span.first) < position && units[span.unit].kind != .caption
                && !isInside(quotedRanges(span.unit), tokens[span.unit][span.first].start)
        }
        for span in people {
            let toks = tokens[span.unit]
            // (Back to the name before it: "Crown Prince Mohammed bin Salman and Xi" does not make Xi a prince.)
            // ("Sultan Hassanal Bolkiah": the title may be a word of the name the gazetteer knows.)
            // ("Sa Majesté la reine Elizabeth II": or a title in lower case the gazetteer's alias includes.)
            if (span.first...span.last).contains(where: { (Lexicon.titleWords.contains(toks[$0]) || toks[$0].isLowercase) && Self.title(toks[$0].lower, fits: last) }) {
                titled.insert(span.entityID)
                continue
            }
            // ("the Most Rev. Geoffrey Clayton, Archbishop of Cape Town, ... the Archbishop wrote": or the title set off by a
            // comma after the name, with "the" and a people's name before it or not.)
            if span.last + 2 < toks.count, toks[span.last + 1].is(",") {
                var j = span.last + 2
                if toks[j].lowerIs("the") { j += 1 }
                if j < toks.count, let d = coveringSpan(span.unit, j), d.first == j, d.rule == "gazetteer.adjective" { j = d.last + 1 }
                // (Not offices of a list's next person, "President Luis Abinader, the Chinese ambassador, Zhang Run,"; nor a
                // plural, "Alhaji Abubakar Tafawa Balewa, Federal Ministers,"; nor a body's office in lower case, "Mr. Eugene
                // Black, the president of the World Bank," before "the President" who is Egypt's.)
                let end = (j..<min(toks.count, j + 8)).first { toks[$0].is(",", ".", ";") } ?? min(toks.count, j + 8)
                let nextPerson = end + 1 < toks.count && toks[end].is(",") && (coveringSpan(span.unit, end + 1)?.entityID.hasBytePrefix("person/") ?? false)
                let bodyOffice = toks[j].isLowercase && j + 1 < end && toks[j + 1].is("of")
                    && ((j + 2)..<end).contains { coveringSpan(span.unit, $0)?.entityID.hasBytePrefix("organization/") ?? false }
                if j < toks.count, toks[j].isWord, Self.title(toks[j].lower, fits: last), !Self.deputyWords.contains(toks[j].lower),
                   !(j + 1 < toks.count && toks[j + 1].is("-")), !toks[j].lower.hasSuffix("s") || toks[j].lower.hasSuffix("ss"), !nextPerson, !bodyOffice {
                    titled.insert(span.entityID)
                    continue
                }
            }
            var k = span.first - 1
            var from = max(sentenceStart(span.unit, span.first), span.first - 8)
            var nearestComma: Int?
            // ("in the presence of His Imperial Majesty and Premier Chou": a title before "and" is another person's.)
            // ("la souveraine, le prince Philip, ... le président et Mme Mamie Eisenhower": in other languages too.)
            while k >= from, !toks[k].is("and", "or"), language == "en" || !toks[k].is("et", "und", "y", "e"), !(coveringSpan(span.unit, k)?.entityID.hasBytePrefix("person/") ?? false) {
                if toks[k].is(",") {
                    if let comma = nearestComma {
                        // "The President of the Republic, Head of Government, Mr. Ismaïl Omar Guelleh": titles of one
                        // person in a row, each set off by commas; the office before the earlier comma is his too.
                        guard Self.isTitlePhrase(toks, (k + 1)..<comma) else { break }
                        from = max(sentenceStart(span.unit, span.first), k - 8)
                    } else {
                        nearestComma = k
                        // ("received the President, First Lady Imelda Romualdez Marcos": a name with a title of its own after the
                        // comma is another person than the office before it; "the Minister, Mr Robert Urbain" is the minister.)
                        if ((k + 1)..<span.first).contains(where: { toks[$0].isCapitalized && AnnotationRun.honorificGenders[toks[$0].text] == nil }) { break }
                    }
                }
                // ("the Vice-President, Prof George Saitoti" holds no president's office.)
                if Self.title(toks[k].lower, fits: last),
                   !(k >= 1 && Self.deputyWords.contains(toks[k - 1].lower)), !(k >= 2 && toks[k - 1].is("-") && Self.deputyWords.contains(toks[k - 2].lower)) {
                    titled.insert(span.entityID)
                    // ("the Chinese president, Hu Jintao": an office qualified by a people's name.)
                    if k >= 1, let d = coveringSpan(span.unit, k - 1), d.rule == "gazetteer.adjective", d.entityID.hasBytePrefix("country/") { qualified.insert(span.entityID) }
                    break
                }
                k -= 1
            }
        }
        // "President Hugo Chávez announced ... the Chinese president, Hu Jintao ... '...,' said the President": a title
        // without a people's name before it means the office named so, not one the text qualified as another country's.
        if !qualified.isEmpty, let plain = people.first(where: { titled.contains($0.entityID) && !qualified.contains($0.entityID) }) { return plain }
        return people.first { titled.contains($0.entityID) }
    }

    /// Whether tokens are an office written as a title, set off by commas: "Head of Government", "Head of State",
    /// "Minister of Foreign Affairs" (capitalised words joined by "of", "for" or "and", starting with a title word).
    static func isTitlePhrase(_ toks: TokenList, _ range: Range<Int>) -> Bool {
        guard let first = range.first, toks[first].isCapitalized, Lexicon.titleWords.contains(toks[first]) else { return false }
        return range.allSatisfy { toks[$0].isCapitalized || toks[$0].is("of", "for", "and", "the") }
    }

    func titledPerson(inParagraphOf position: (Int, Int), noun: String) -> String? {
        let last = noun.split(separator: " ").last.map(String.init) ?? noun
        let toks = tokens[position.0]
        let quoted = quotedRanges(position.0)
        let people = spansBefore(position).prefix(40).filter { span in
            span.unit == position.0 && span.entityID.hasBytePrefix("person/") && !isInside(quoted, toks[span.first].start)
        }
        // (One the paragraph gives the title before one it only names: "The Prime Minister, Aly Maher Pasha, who was called
        // to office in succession to Ahmed Neguib el Hilaly Pasha, ... the Prime Minister told" is Aly Maher, though both
        // held the office that year.)
        if let titled = people.first(where: { span in (max(0, span.first - 3)..<span.first).contains(where: { Self.title(toks[$0].lower, fits: last) }) }) {
            return titled.entityID
        }
        let holders = people.filter { span in entity(span.entityID)?.roles.contains { Self.role($0.title.lowercased(), fits: noun) } ?? false }
        // (Of several in the paragraph who held the office, one the text gave the title earlier.)
        if Set(holders.map(\.entityID)).count > 1, let titled = latestPersonTitledInText(before: position, noun: noun),
           holders.contains(where: { $0.entityID == titled.entityID }) {
            return titled.entityID
        }
        return holders.first?.entityID
    }

    /// The body a sentence opens on at token `s`, after an article ("La Dirección General ...", "The ministry").
    func bodyOpening(_ u: Int, at s: Int) -> Span? {
        let toks = tokens[u]
        var i = s
        if i < toks.count, Self.articlesBeforeBodies.contains(toks[i]) || toks[i].is("A", "O", "Os", "As") { i += 1 }
        guard i < toks.count, let body = coveringSpan(u, i), body.first == i, body.entityID.hasBytePrefix("organization/") else { return nil }
        return body
    }

    /// The latest organisation opening a sentence, in this paragraph or the one before.
    func latestOrganizationSubject(before position: (Int, Int)) -> String? {
        spansBefore(position).prefix(60).first { span in
            guard span.entityID.hasBytePrefix("organization/"), span.unit >= position.0 - 1 else { return false }
            let toks = tokens[span.unit]
            guard !isInside(quotedRanges(span.unit), toks[span.first].start) else { return false }
            var b = span.first - 1
            // ("la Comisión Europea", "le ministère": the Spanish, French or Italian article.)
            // ("A Conferência Nacional dos Bispos do Brasil (CNBB) também se manifestou": Portuguese "a", "o".)
            if b >= 0, Self.articlesBeforeBodies.contains(toks[b]) || (language == "pt" && toks[b].lowerIs("a", "o", "os", "as")) { b -= 1 }
            if b >= 0, Self.alsoOpeners.contains(toks[b]) { b -= 1 }
            // ("L'association Survie, qui dénonce ..., reste sceptique": a French article, elided, and what the body is.)
            if language == "fr", b >= 2, toks[b].isLowercase, toks[b].isWord, toks[b - 1].is("'", "\u{2019}"), toks[b - 2].is("L") { b -= 3 }
            // "In a statement posted on its website on Tuesday evening, the embassy defended its conduct": a phrase of
            // time, place or manner opening the sentence before the body.
            if b > 0, toks[b].is(","), let s = Self.openingPhrase(toks, beforeComma: b, maxTokens: 15) { b = s - 1 }
            // "From Geneva the ICRC has answered": a place opening the sentence without a comma.
            var p = b
            while p >= 0, b - p < 3, toks[p].isCapitalized, toks[p].isWord, !toks[p].is("From", "In", "At") { p -= 1 }
            if p < b, p >= 0, toks[p].is("From", "In", "At"), p == 0 || toks[p - 1].is(".", "\"", ":", ";") { b = p - 1 }
            return b < 0 || toks[b].is(".", "\"", ":", ";")
        }?.entityID
    }

    /// Words of time that may stand between a speech verb and its subject.
    static let timeAdverbs: TokenSet = [
        "ayer", "hoy", "anoche", "anteayer", "ontem", "hoje", "hier", "aujourd'hui", "ieri", "oggi", "gestern", "heute",
        "yesterday", "today", "tonight", "later", "earlier", "afterwards", "recently",
        // ('», a déclaré mardi M. Bernard Cornut-Gentille': the weekdays of the languages that write them in lower case.)
        // ('», ha detto ieri sera Bonomi ai giornalisti': the part of the day after the day.)
        "sera", "mattina", "pomeriggio", "notte", "noche", "tarde", "noite", "manhã",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "soir", "matin",
        "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
        "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
    ]

    /// German participles of speaking, which close a clause in the perfect ("hat ... gesagt").
    static let germanSpeechParticiples: TokenSet = [
        "gesagt", "erklärt", "betont", "bekanntgegeben", "mitgeteilt", "versichert", "gewarnt", "angekündigt", "hinzugefügt",
        "erläutert", "verkündet", "bestätigt", "unterstrichen", "bekräftigt", "geschrieben", "gefordert",
    ]

    /// A person or body named in this paragraph or the one before, and no later than the last one, as issuing a
    /// document ("Rushdie issued ...", "the ministry released ..."), outside quotations: whom "it read" speaks for.
    func issuer(before position: (Int, Int)) -> String? {
        guard let span = spansBefore(position).prefix(40).first(where: { span in
            span.unit >= position.0 - 1 && (span.entityID.hasBytePrefix("person/") || span.entityID.hasBytePrefix("organization/"))
        }) else { return nil }
        let toks = tokens[span.unit]
        var k = span.last + 1
        // ("Ratu Sir Penaia Ganilau, who represents the Queen, issued a statement": a clause set off by commas between.)
        if k < toks.count, toks[k].is(","), let close = ((k + 1)..<min(toks.count, k + 16)).first(where: { toks[$0].is(",") || toks[$0].is(".") }),
           toks[close].is(","), close + 1 < toks.count, Self.issuingVerbs.contains(toks[close + 1]) {
            k = close + 1
        }
        if k < toks.count, toks[k].is("has", "had", "have") { k += 1 }
        // ("A telegram of congratulations arrived from the Taoiseach, Dr Garret FitzGerald. '...,' it read.": a document that came
        // from someone is theirs.)
        var from = span.first - 1
        while from >= 0, span.first - from <= 6, !toks[from].is("from", ".", ";"), toks[from].is(",", "the") || toks[from].isCapitalized || toks[from].is(".") && !toks[from].spaceBefore { from -= 1 }
        let sentFrom = from >= 2 && toks[from].is("from") && toks[from - 1].is("arrived", "came")
            && (max(0, from - 8)..<(from - 1)).contains(where: { toks[$0].is("telegram", "letter", "message", "cable", "note", "card") })
        guard k < toks.count && Self.issuingVerbs.contains(toks[k]) || sentFrom, !isInside(quotedRanges(span.unit), toks[span.first].start) else { return nil }
        // (The quote must follow: in the same paragraph with no other quotation between, or opening the next one after the
        // issuer's sentence closed the paragraph.)
        let after = toks[span.last].end
        if span.unit == position.0 {
            guard position.1 < toks.count, case let at = toks[position.1].start,
                  quotedRanges(span.unit).filter({ $0.lowerBound > after && $0.lowerBound < at }).count <= 1 else { return nil }
        } else {
            guard !quotedRanges(span.unit).contains(where: { $0.lowerBound > after }),
                  toks[(span.last + 1)...].filter({ $0.is(".", "!", "?") }).count <= 1 else { return nil }
        }
        return span.entityID
    }
    /// Documents that speak: "the report states that", "the law states".
    static let documentSubjects: TokenSet = ["report", "document", "letter", "communique", "communiqué", "resolution", "law", "constitution", "agreement", "treaty", "memorandum", "note", "study", "survey", "text", "article", "act", "bill", "decree", "judgment", "ruling", "verdict", "order", "plan", "policy", "charter"]
    /// Words that make the word after them (or after an adjective after them) a noun: "the riparian states".
    static let nounDeterminers: TokenSet = [
        "the", "The", "its", "Its", "their", "Their", "these", "These", "those", "Those", "his", "His", "her", "Her", "our", "Our", "other",
        "Other", "all", "All", "some", "Some", "many", "Many", "member", "Member", "such", "Such", "both", "Both", "several", "Several", "two", "three",
    ]
    static let issuingVerbs: TokenSet = ["issued", "released", "published", "posted", "signed", "sent", "circulated", "distributed", "put"]

    /// The articles a body's name may take: "the", and the Spanish, French and Italian ones ("la Comisión Europea").
    static let articlesBeforeBodies: TokenSet = ["the", "The", "la", "La", "el", "El", "le", "Le", "il", "Il", "i", "I", "gli", "Gli", "los", "Los", "las", "Las", "les", "Les"]
    /// Words for "also" that may open a sentence before its subject ("Anche i Montoneros ... hanno fatto sapere").
    static let alsoOpeners: TokenSet = ["Also", "Anche", "También", "Também", "Aussi", "Auch"]

    /// What a body or person speaks in ("in a statement", "in a communiqué").
    /// What speaks for a body when the text names it in the possessive: "Swapo's leadership", "the party's executive".
    static let bodyPartNouns: TokenSet = ["leadership", "leaders", "executive", "secretariat", "headquarters", "command", "spokesmen"]
    static let statementNouns: Set<String> = ["statement", "communiqué", "communique", "release", "letter", "interview", "speech", "message", "post", "tweet", "note", "declaration"]

    /// Kinds of body a noun can stand for: "the newspaper said" is the latest outlet named.
    static let organizationNounTypes: [String: Set<String>] = [
        "newspaper": ["media"], "agency": ["media", "government", "international"], "network": ["media"], "ministry": ["ministry"],
        "company": ["company"], "firm": ["company"], "group": ["company"], "bank": ["financial"], "party": ["party"],
        "army": ["military"], "military": ["military"], "university": ["university"], "fund": ["financial"],
        "airline": ["company"], "carrier": ["company"], "lender": ["financial", "company"], "insurer": ["financial", "company"],
        "carmaker": ["company"], "automaker": ["company"], "miner": ["company"], "developer": ["company"], "operator": ["company"],
        "conglomerate": ["company"], "paper": ["media"], "daily": ["media"], "magazine": ["media"], "broadcaster": ["media"],
        "weekly": ["media"], "tabloid": ["media"], "consortium": ["company"], "venture": ["company"],
        "compañía": ["company"], "empresa": ["company"], "petrolera": ["company"], "firma": ["company"], "ministerio": ["ministry"],
        "companhia": ["company"], "montadora": ["company"], "ministério": ["ministry"],
    ]

    /// The kind of a body found in the text, by the last word of its name.
    static let headTypes: [String: String] = [
        "Airways": "company", "Airlines": "company", "Air": "company", "Motors": "company", "Electric": "company", "Power": "company",
        "Chemical": "company", "Chemicals": "company", "Steel": "company", "Holdings": "company", "Industries": "company",
        "Corporation": "company", "Company": "company", "Pharmaceuticals": "company", "Telecom": "company", "Mining": "company",
        "Shipping": "company", "Logistics": "company", "Construction": "company", "Engineering": "company", "Enterprises": "company",
        "Bank": "financial", "Fund": "financial", "Ministry": "ministry", "Party": "party", "University": "university",
        "Army": "military", "Forces": "military", "Times": "media", "Post": "media", "Herald": "media", "Tribune": "media",
    ]

    /// Nouns that can stand for a body of any kind.
    static let anyBodyNouns: Set<String> = ["group", "association", "body", "organisation", "organization", "federation", "union", "lobby", "council", "alliance", "coalition",
                                            "institución", "organismo", "entidad", "organización",
                                            "instituição", "organização", "entidade", "federação", "confederação"]

    /// A body's kind: the gazetteer's, or for a body found in the text, that of the noun the text described it with.
    func bodyType(_ id: String) -> String {
        if let noun = describedAs[id], let type = Self.organizationNounTypes[noun]?.sorted().first { return type }
        // ("Esso Exploration and Production Chad Inc.": a body found in the text with a company's legal form is a company.)
        if let e = entity(id), e.type == "found in text", let last = e.name.split(separator: " ").last.map({ String($0.hasSuffix(".") ? $0.dropLast() : $0) }),
           Lexicon.companySuffixes.contains(last) || Lexicon.legalForms.contains(last) {
            return "company"
        }
        // ("Palau Pacific Airways (PPA) ... '...,' the airline said", "the ministry", "the bank": a body found in the text is
        // of the kind its last word names.)
        if let e = entity(id), e.type == "found in text" || e.type == nil, let last = e.name.split(separator: " ").last.map(String.init),
           let type = Self.headTypes[last] {
            return type
        }
        return entity(id)?.type ?? ""
    }

    func latestOrganization(before position: (Int, Int), noun: String) -> String? {
        let candidates = spansBefore(position).prefix(400).lazy.filter { $0.entityID.hasBytePrefix("organization/") }
        // "The court rejected every contention ... '...,' the judgment declared": the court, tribunal or chamber named last.
        if Lexicon.judgmentNouns.contains(noun) {
            return candidates.first(where: { span in
                entity(span.entityID).map { e in e.name.split(separator: " ").contains { ["Court", "Tribunal", "Chamber", "Chambers", "Cour", "Corte", "Tribunale"].contains(String($0)) } } ?? false
            })?.entityID
        }
        // ("the company said" after "Combustion Engineering Inc. ... said": not "Otis Elevator Company" of two paragraphs
        // before, when another body has opened a sentence since.)
        if let match = candidates.first(where: { entity($0.entityID)?.name.lowercased().contains(noun) ?? false }) {
            let since = candidates.prefix { ($0.unit, $0.first) > (match.unit, match.first) }
            if match.unit >= position.0 - 1 || !since.contains(where: { $0.first == 0 || tokens[$0.unit][$0.first - 1].is(".", "!", "?") }) { return match.entityID }
        }
        // "BP holds 30 percent of the consortium, BTC Co., ... '...,' the consortium said": the body the text named
        // right after that noun, in this paragraph or the two before.
        if let match = candidates.first(where: { span in
            guard span.unit >= position.0 - 2, span.first >= 2 else { return false }
            let toks = tokens[span.unit]
            return toks[span.first - 1].is(",") && toks[span.first - 2].lowerIs(noun)
        }) {
            return match.entityID
        }
        // "The People's Daily ... the newspaper said": the latest body of that kind, named in this paragraph or the two before.
        // "Saudi Aramco, which is building ... with Sinopec and ExxonMobil, welcomed ... '...,' the company said":
        // the body of that kind that opened the sentence, before others named after it.
        if let types = Self.organizationNounTypes[noun], let subject = latestOrganizationSubject(before: position), types.contains(bodyType(subject)) {
            return subject
        }
        if let types = Self.organizationNounTypes[noun],
           let match = candidates.first(where: { $0.unit >= position.0 - 2 && types.contains(bodyType($0.entityID)) }) {
            return match.entityID
        }
        // ("Ford-Werke was blunter. '...,' the company said", "TransMilenio said ... '...,' the company said": a body of no
        // known kind that opened a sentence of this paragraph or the one before is of the kind the noun says.)
        // (Not a body whose name says another kind: "the Ministry of Transport" is no company.)
        if Self.organizationNounTypes[noun] != nil, let subject = latestOrganizationSubject(before: position), bodyType(subject).isEmpty || bodyType(subject) == "found in text",
           !(entity(subject)?.name.split(separator: " ").contains { Lexicon.genericInstitutionWords.contains(String($0)) || Lexicon.organizationHeads.contains(String($0)) } ?? true),
           let at = candidates.first(where: { $0.entityID == subject }), at.unit >= position.0 - 1 {
            return subject
        }
        // ("In a statement, the government said ...": a story mostly about one country speaks of that country's government,
        // not of the body it named last.)
        if noun == "government", let country = dominantCountry(countryCounts()), gazetteer.entities[country] != nil { return country }
        if noun == "statement" || noun == "government" { return candidates.first?.entityID }
        // "The opposition Mouvement Militant Mauricien (MMM) ... In a communiqué the party said": a body the text called
        // the opposition or the ruling one, in this paragraph or the two before, is a party.
        if noun == "party", let match = candidates.first(where: { span in
            guard span.unit >= position.0 - 2, span.first >= 1 else { return false }
            return tokens[span.unit][span.first - 1].lowerIs("opposition", "ruling", "governing")
        }) {
            return match.entityID
        }
        // "Grain Producers Australia (GPA) said ... '...,' the group said": a body of any kind that opened a sentence here.
        if Self.anyBodyNouns.contains(noun) { return latestOrganizationSubject(before: position) }
        return nil
    }

    // MARK: Quotes

    func findQuotes() {
        let events = speechEvents()
        let eventsByUnit = Dictionary(grouping: events, by: \.unit)
        var found: [Quote] = []
        var previous: (unit: Int, speaker: String?, endedParagraph: Bool, attributionEnded: Bool)?
        var u = 0
        while u < units.count {
            guard units[u].kind == .paragraph || units[u].kind == .blockQuote else { u += 1; continue }
            let raws = rawQuotes(u)
            let unitEvents = eventsByUnit[u] ?? []
            var lastUnitUsed = u
            var previousInUnit: String??
            var interrupted: (index: Int, parts: [RawQuote], raw: Int)?
            for (n, raw) in raws.enumerated() {
                // '"It was never the job of politics," Gabriel told reporters, "but it was our job"': one
                // sentence broken by its attribution is one quote in two parts.
                if let m = interrupted, m.raw == n - 1, raw.closed, resumes(u, after: raws[n - 1], with: raw) {
                    found[m.index] = makeQuote(id: found[m.index].id, parts: m.parts + [raw], speaker: found[m.index].speakerID, rule: found[m.index].rule)
                    interrupted = nil
                    previous = (u, found[m.index].speakerID, endsParagraph(raw), attributionEndsParagraph(raw))
                    continue
                }
                // A quote left open at the end of a paragraph goes on when the next
                // paragraph opens with a quotation mark (news convention).
                var parts = [raw]
                if !raw.closed, n == raws.count - 1 {
                    var next = u + 1
                    while next < units.count, units[next].kind == units[u].kind, let first = rawQuotes(next).first, first.open == 0 {
                        parts.append(first)
                        lastUnitUsed = next
                        if first.closed { break }
                        next += 1
                    }
                }
                let last = parts[parts.count - 1]
                let nextOpen = raws.indices.contains(n + 1) ? raws[n + 1].open : Int.max
                let previousClose = n > 0 ? raws[n - 1].close : -1

                var speaker: String?
                var rule = "none"
                let lastEvents = last.unit == u ? unitEvents : (eventsByUnit[last.unit] ?? [])
                // A quote ending its sentence ('... move on." Lu Kang said ...') belongs to what introduced it, if anything did.
                let endsSentence = last.closed && last.innerEnd > last.innerStart && unitBytes[last.unit][last.innerEnd - 1] == 0x2E
                let introduced = endsSentence ? unitEvents.last(where: { $0.byteOffset < raw.open && $0.byteOffset > previousClose && introduces(u, eventOffset: $0.byteOffset, quoteOpen: raw.open) }) : nil
                if let e = introduced {
                    speaker = e.speaker
                    rule = "before." + e.rule
                } else if last.closed, let e = lastEvents.first(where: { $0.byteOffset > last.close && $0.byteOffset < nextOpen
                            && (sameSentence(last.unit, from: last.close, to: $0.byteOffset) || ($0.rule == "cosi" && tokens(last.unit, startingIn: last.close + 1, $0.byteOffset).count <= 1)) }),
                          // ('... to report to Untag." The movement's president, Mr Sam Nujoma, has insisted that ...': after a quote
                          // that closes its sentence, a verb well into the next one is that sentence's own.)
                          !(endsSentence && tokens(last.unit, startingIn: last.close + 1, e.byteOffset).count > 6),
                          // ('X warned that "...", and the government of Burundi ... continues to accuse': a verb in the next
                          // clause does not take a quote its own clause introduced.)
                          // ('he told guests that "...," remarks that several members of Mr. Obuchi's party later described as
                          // discourteous': nor does a verb in a clause about the quote.)
                          !((coordinated(last.unit, from: last.close, to: e.byteOffset) || relativeClauseBetween(last.unit, from: last.close, to: e.byteOffset))
                            && unitEvents.contains(where: { $0.byteOffset < raw.open && $0.byteOffset > previousClose && introduces(u, eventOffset: $0.byteOffset, quoteOpen: raw.open) })) {
                    speaker = e.speaker
                    rule = "after." + e.rule
                } else if let e = unitEvents.last(where: { $0.byteOffset < raw.open && $0.byteOffset > previousClose && introduces(u, eventOffset: $0.byteOffset, quoteOpen: raw.open) }) {
                    speaker = e.speaker
                    rule = "before." + e.rule
                } else if let incise = inciseSpeaker(raw, events: events) {
                    speaker = incise.speaker
                    rule = incise.rule
                } else if previousInUnit != nil, let ref = colonSubject(u, quoteOpen: raw.open, after: previousClose), case .entity(let id) = ref,
                          id.hasBytePrefix("person/") {
                    // ('„...“, sagte ein Sprecher. Staats- und Parteichef Jiang Zemin hatte die Konferenz ... eröffnet: „...“': a
                    // sentence of its own naming someone and closing on a colon introduces the quote, not the one before.)
                    speaker = id
                    rule = "introduced-by-colon"
                } else if let p = previousInUnit {
                    speaker = p
                    rule = "same-paragraph"
                } else if !unitEvents.isEmpty, let ref = colonSubject(u, quoteOpen: raw.open, after: previousClose), case .entity(let id) = ref, id.hasBytePrefix("person/") {
                    // ("Lagos says ... Mr Festus Marinho, managing director of the NNPC, put it more drily in a telex: '...'": the
                    // person whose sentence introduces the quote with a colon, not whoever spoke earlier in the paragraph.)
                    speaker = id
                    rule = "introduced-by-colon"
                } else if let e = nearestEvent(unitEvents, to: raw.open) {
                    speaker = e.speaker
                    rule = "paragraph." + e.rule
                } else if let p = previous, p.unit == u - 1, p.endedParagraph, raw.open <= 1 {
                    speaker = p.speaker
                    rule = "continuation"
                } else if let p = previous, p.unit == u - 1, p.attributionEnded, let s = p.speaker, s.hasBytePrefix("person/") || s.hasBytePrefix("organization/"), raw.open <= 1,
                          raws.count == 1, parts.count == 1 || rawQuotes(last.unit).count == 1, endsParagraph(last) {
                    // '"...," Sakamoto said.' then a paragraph that is only a quote: the same speaker goes on.
                    // (Also a quote running over paragraphs of nothing else.)
                    speaker = s
                    rule = "continuation"
                } else if raw.open <= 1, u > 0, units[u - 1].kind == units[u].kind || (units[u - 1].kind == .paragraph && units[u].kind == .blockQuote),
                          units[u - 1].text.hasSuffix(":"),
                          let ref = sentenceSubject(u - 1) {
                    // "He put it this way:" closing the paragraph before.
                    speaker = resolve(ref, at: (u - 1, tokens[u - 1].count - 1), events: events.filter { ($0.unit, $0.token) < (u - 1, tokens[u - 1].count) })
                    rule = "introduced-by-colon"
                } else if let ref = colonSubject(u, quoteOpen: raw.open, after: previousClose) {
                    // "PBoC governor Pan Gongsheng gave a rare nod to the debate in June: '...'"
                    let k = firstToken(u, atOrAfter: raw.open)
                    speaker = resolve(ref, at: (u, k), events: events.filter { ($0.unit, $0.token) < (u, k) })
                    rule = "introduced-by-colon"
                } else if let ref = partialQuoteSubject(u, quoteOpen: raw.open, after: previousClose) {
                    // 'Mr Colin Eglin ... accused the Government of "wanting to have its cake and eat it"'.
                    let k = firstToken(u, atOrAfter: raw.open)
                    speaker = resolve(ref, at: (u, k), events: events.filter { ($0.unit, $0.token) < (u, k) })
                    rule = "partial-quote-subject"
                } else if let ref = previousSentenceSubject(u, quoteOpen: raw.open, after: previousClose) {
                    // "Mr. Chisanga ticks off the problems on his fingers. '...'": the sentence before is about the speaker.
                    let k = firstToken(u, atOrAfter: raw.open)
                    speaker = resolve(ref, at: (u, k), events: events.filter { ($0.unit, $0.token) < (u, k) })
                    rule = "previous-sentence"
                } else if raw.open <= 1, u > 0, units[u - 1].kind == units[u].kind,
                          rawQuotes(u - 1).isEmpty || (unitEvents.isEmpty && rawQuotes(u - 1).allSatisfy({ wordCount(u - 1, $0.innerStart, $0.innerEnd) <= 3 })),
                          let e = eventsByUnit[u - 1]?.last, let s = e.speaker {
                    // "X said the framework had worked." then a paragraph of X's words.
                    // ('Fernando Nobre ... descreveu ao CM um cenário “apocalíptico”.' then his words: a quoted word or two
                    // in the paragraph before is a term, not a quote of its own.)
                    speaker = s
                    rule = "previous-paragraph"
                } else if raw.open <= 1, raws.count == 1, endsParagraph(last), u > 0, units[u - 1].kind == units[u].kind,
                          eventsByUnit[u - 1]?.isEmpty ?? true, let person = lastSentenceSubject(u - 1) {
                    // "López Portillo blamed the crisis on speculators." then a paragraph of nothing but a quote: the
                    // person the paragraph before ended on is the one speaking.
                    speaker = person
                    rule = "previous-paragraph.subject"
                }
                let attributed = rule != "none"
                // "'When the first bag reaches Lagos,' she said, 'then I will believe.'": the sentence goes on after the attribution.
                let continues = n > 0 && raw.open - raws[n - 1].close < 40 && previousInUnit != nil
                guard parts.count > 1 || isQuote(raw, attributed: attributed, continues: continues) else { continue }
                found.append(makeQuote(id: "q\(found.count + 1)", parts: parts, speaker: speaker, rule: rule))
                interrupted = parts.count == 1 && last.closed ? (found.count - 1, parts, n) : nil
                previousInUnit = .some(speaker)
                previous = (last.unit, speaker, endsParagraph(last), attributionEndsParagraph(last))
            }
            u = lastUnitUsed + 1
        }
        quotes = found
        attachPullQuotes()
    }

    /// 'Mr Colin Eglin, the Democratic Party's spokesman, accused the Government of "wanting to have its cake and eat it"':
    /// a partial quote (it opens in lower case) inside a sentence whose subject, a person or a body, speaks or does
    /// something with words (accused, called, stressed, expressed the wish that ...) is that subject's.
    func partialQuoteSubject(_ u: Int, quoteOpen: Int, after previousClose: Int) -> SubjectRef? {
        let toks = tokens[u]
        let k = firstToken(u, atOrAfter: quoteOpen)
        guard k >= 3, k + 1 < toks.count, toks[k + 1].isLowercase, toks[k + 1].isWord else { return nil }
        let s = sentenceStart(u, k)
        guard toks[s].start > previousClose else { return nil }
        let quoted = quotedRanges(u)
        // ("In a message addressed to Lieutenant-Colonel Kountché, the Chinese Premier, Mr Chou En-lai, expressed the wish
        // that « ... »": a phrase of place, time or manner opening the sentence is not its subject.)
        var i = s
        if Self.openingAdverbials.contains(toks[s]) || Self.frenchOpeningPrepositions.contains(toks[s]),
           let comma = (s..<k).first(where: { toks[$0].is(",") }) {
            i = comma + 1
        }
        // The subject comes first: a person or a body before any verb of words.
        var subject: String?
        var j = i
        while j < k, j - i < 24 {
            if isInside(quoted, toks[j].start) { return nil }
            if Lexicon.speechVerbs.contains(toks[j]) || Self.wordVerbs.contains(toks[j]) { break }
            // ("An aide to Prime Minister Meles Zenawi said": someone unnamed works for the one named.)
            if subject == nil, j + 1 < k, Self.isAideOf(toks, j) { return nil }
            if subject == nil, let span = coveringSpan(u, j), span.entityID.hasBytePrefix("person/") || span.entityID.hasBytePrefix("organization/") {
                subject = span.entityID
                j = span.last + 1
                continue
            }
            j += 1
        }
        // The verb comes before the quote, and the subject before the verb.
        guard let subject, j < k, Lexicon.speechVerbs.contains(toks[j]) || Self.wordVerbs.contains(toks[j]) else { return nil }
        return .entity(subject)
    }

    /// Verbs that do something with words, without being verbs of speech (`Lexicon.speechVerbs` has "hailed", "described",
    /// "salué" ...): '... accused the Government of "..."'.
    static let wordVerbs: TokenSet = [
        "accused", "accuses", "called", "calls", "expressed", "expresses", "thanked", "thanks", "praised", "praises", "condemned",
        "condemns", "welcomed", "welcomes", "voiced", "criticised", "criticized", "branded", "dubbed", "denounced", "lauded",
        "saluted", "exprimé", "qualifié",
    ]

    /// French prepositions that open a sentence with a phrase of place, time or manner ("Lors de sa visite, ...") before a
    /// partial quote's subject, beside `openingAdverbials` (which has "Dans", "Après", "Depuis" for every rule).
    static let frenchOpeningPrepositions: TokenSet = ["Lors", "En", "Au"]

    /// The person a quote's preceding sentence opens with, when that sentence ends right
    /// before the quote: "Mr. Chisanga ticks off the problems. '...'", "She shrugs. '...'".
    func previousSentenceSubject(_ u: Int, quoteOpen: Int, after previousClose: Int) -> SubjectRef? {
        let toks = tokens[u]
        let k = firstToken(u, atOrAfter: quoteOpen)
        guard k >= 3, toks[k - 1].is(".", "!", "?"), toks[k - 1].start > previousClose else { return nil }
        var s = k - 2
        while s > 0, !toks[s - 1].is(".", "!", "?", "\"") || (toks[s - 1].is(".") && s >= 2 && toks[s - 2].characterCount == 1 && !["I"].contains(toks[s - 2].text)) { s -= 1 }
        // The sentence must come after any quote before it in the paragraph, and be short.
        guard toks[s].start > previousClose, k - s <= 30 else { return nil }
        var i = s
        // "Mr. Chisanga", "Dr Lee": a title before the name.
        while i < k - 1, Lexicon.titleWords.contains(toks[i]) || (toks[i].is(".") && i > s) { i += 1 }
        if i == s, let gender = Lexicon.pronounGender(toks[i].text), i + 1 < toks.count, toks[i + 1].isLowercase { return .pronoun(gender) }
        // "Chea Sophal, deputy director of ..., is blunt about it." opens on the person too.
        guard let span = coveringSpan(u, i), span.first == i, span.entityID.hasBytePrefix("person/"), span.last + 1 < k - 1,
              toks[span.last + 1].isLowercase || toks[span.last + 1].is(","), !toks[span.last + 1].is("and", "or", "of", "s") else { return nil }
        return .entity(span.entityID)
    }

    /// The person the last sentence of a unit opens with, as its subject: "López Portillo culpó de la crisis a ...".
    func lastSentenceSubject(_ u: Int) -> String? {
        let toks = tokens[u]
        guard toks.count >= 3, toks[toks.count - 1].is(".", "!", "?") || toks[toks.count - 1].is("\"") else { return nil }
        var s = toks.count - 2
        while s > 0, !toks[s - 1].is(".", "!", "?") || (toks[s - 1].is(".") && s >= 2 && toks[s - 2].characterCount == 1 && !["I"].contains(toks[s - 2].text)) { s -= 1 }
        guard toks.count - s <= 60 else { return nil }
        var i = s
        while i < toks.count - 1, Lexicon.titleWords.contains(toks[i]) || (toks[i].is(".") && i > s) { i += 1 }
        // ("El Nobel portugués José Saramago publicó ...": an article, then capitalised words or a people's adjective.)
        if i == s, Self.sentenceArticles.contains(toks[s]), coveringSpan(u, s) == nil {
            var j = s + 1
            while j < min(toks.count - 1, s + 4), coveringSpan(u, j).map({ !$0.entityID.hasBytePrefix("person/") && $0.entityID.hasBytePrefix("country/") }) ?? (toks[j].isCapitalized && toks[j].isWord) { j += 1 }
            if j > s + 1, coveringSpan(u, j)?.entityID.hasBytePrefix("person/") == true { i = j }
        }
        // ("Para o sociólogo Simon Schwartzman, ..., faltou planejamento.", "For Mr Smith, the answer is clear.": whose view
        // the sentence gives.)
        if i == s, Self.viewPrepositions.contains(toks[s]) {
            var j = s + 1
            while j < min(toks.count - 1, s + 6), toks[j].isLowercase || Lexicon.titleWords.contains(toks[j]) || (toks[j].is(".") && !toks[j].spaceBefore) { j += 1 }
            if let person = coveringSpan(u, j), person.first == j, person.entityID.hasBytePrefix("person/"), person.last + 1 < toks.count, toks[person.last + 1].is(",") {
                return person.entityID
            }
        }
        guard let span = coveringSpan(u, i), span.first == i, span.entityID.hasBytePrefix("person/"), span.last + 2 < toks.count else { return nil }
        // ("Mr Cohn-Bendit, speaking to foreign journalists ..., was unrepentant.": a phrase between commas before the verb.)
        var verb = span.last + 1
        if toks[verb].is(","), let close = (verb + 1..<min(toks.count - 1, verb + 25)).first(where: { toks[$0].is(",") }),
           !(verb + 1..<close).contains(where: { toks[$0].is(";", ":", "\"") || (coveringSpan(u, $0)?.entityID.hasBytePrefix("person/") ?? false) }) {
            verb = close + 1
        }
        guard verb + 1 < toks.count, toks[verb].isLowercase, toks[verb].isWord, !toks[verb].is("and", "or", "of", "s"),
              !toks[verb].is("y", "e", "et", "und") else { return nil }
        return span.entityID
    }

    static let sentenceArticles: TokenSet = ["The", "El", "La", "Le", "Il", "O", "A", "Der", "Die"]
    static let viewPrepositions: TokenSet = ["For", "Para", "Pour", "Für", "Per"]

    /// Whether a quote ends its paragraph: left open, or closed with no word after it.
    /// A quote followed only by a short attribution that closes its paragraph ('"...," Sakamoto said.').
    /// Marks that end a sentence or a quotation (curly quotes are folded to straight ones).
    static let sentenceStops: TokenSet = [".", "!", "?", "\""]

    /// Whether a noun and a relative pronoun stand between two offsets of a unit, after a comma: '..., remarks that
    /// several members later described'.
    func relativeClauseBetween(_ u: Int, from a: Int, to b: Int) -> Bool {
        let toks = tokens[u]
        let range = tokens(u, startingIn: a, b)
        return range.contains { j in toks[j].is("that", "which", "who") && j >= 2 && toks[j - 1].isLowercase && toks[j - 1].isWord && toks[j - 2].is(",", "\"", "\u{201D}") }
    }

    /// Whether ", and" (or "; and") joins another clause between two offsets of a unit.
    func coordinated(_ u: Int, from a: Int, to b: Int) -> Bool {
        let toks = tokens[u]
        let range = tokens(u, startingIn: a, b)
        return range.contains { k in toks[k].is("and") && k > 0 && toks[k - 1].is(",", ";") }
    }

    func attributionEndsParagraph(_ quote: RawQuote) -> Bool {
        guard quote.closed else { return false }
        let endText = units[quote.unit].text.utf8.count
        let rest = tokens(quote.unit, startingIn: quote.close + 1, endText + 1)
        let words = rest.filter { tokens[quote.unit][$0].isWord }.count
        // (The stop of an initial or of "Mr." is none: "says Harsh V. Pant, director of studies at ...", "Mr. Mboya wrote.".)
        let toks = tokens[quote.unit]
        let stops = rest.filter { toks[$0].kind == .punct && Self.sentenceStops.contains(toks[$0])
            && !(toks[$0].is(".") && $0 > 0 && !toks[$0].spaceBefore && ((toks[$0 - 1].characterCount == 1 && toks[$0 - 1].isCapitalized) || Self.stopAbbreviations.contains(toks[$0 - 1]))) }.count
        // ('"...," said Rubens Vasconcellos Filho, a director of the Associação Comercial do Rio de Janeiro.':
        // one sentence of attribution, however long the speaker's description.)
        return words > 0 && words <= 24 && stops <= 1
    }

    func endsParagraph(_ quote: RawQuote) -> Bool {
        guard quote.closed else { return true }
        let endText = units[quote.unit].text.utf8.count
        return quote.close + 8 >= endText && !tokens(quote.unit, startingIn: quote.close + 1, endText + 1).contains { tokens[quote.unit][$0].isWord }
    }

    /// Whether `next` goes on with the sentence `quote` broke off: the first part ends with a comma,
    /// the second starts in lower case, and only a short attribution stands between them.
    func resumes(_ u: Int, after quote: RawQuote, with next: RawQuote) -> Bool {
        let bytes = unitBytes[u]
        guard quote.innerEnd > quote.innerStart, next.innerEnd > next.innerStart, next.open - quote.close < 160 else { return false }
        var e = quote.innerEnd - 1
        while e > quote.innerStart, bytes[e] == 0x20 { e -= 1 }
        let between = tokens(u, startingIn: quote.close + 1, next.open)
        let toks = tokens[u]
        // The comma inside the quotation marks, or (British style) right after them.
        guard bytes[e] == 0x2C || (between.first.map { toks[$0].is(",") } ?? false) else { return false }
        var b = next.innerStart
        while b < next.innerEnd, bytes[b] == 0x20 { b += 1 }
        guard b < next.innerEnd else { return false }
        if !(0x61...0x7A).contains(bytes[b]) {  // not a lower-case ASCII letter
            // ('"For Brazil and for its scientists," said Marcio Barbosa, director of INPE, "CBERS means ..."': after an
            // attribution that ends on a comma, a name or an acronym goes on the sentence.)
            let k = firstToken(u, atOrAfter: b)
            guard between.last.map({ toks[$0].is(",") }) == true, k < toks.count, toks[k].start == b,
                  (toks[k].isAllCaps && toks[k].characterCount >= 2) || (coveringSpan(u, k).map { $0.first == k } ?? false) else { return false }
        }
        // ("said Assoc. Prof. Elif Demirci, who teaches ...": the full stop of an abbreviation ends no sentence.)
        return between.contains { Lexicon.speechVerbs.contains(toks[$0]) } && !between.contains { k in
            toks[k].is(".", "!", "?", ";", ":") && !(toks[k].is(".") && k > 0 && isAbbreviation(toks[k - 1]))
        }
    }

    /// A word whose full stop ends no sentence: an initial or a short title ("J.", "Mr.", "Assoc. Prof.").
    func isAbbreviation(_ t: Token) -> Bool {
        (t.characterCount == 1 && t.isCapitalized) || Self.stopAbbreviations.contains(t)
    }

    /// No sentence ends between two offsets of a unit ("…,” he said." vs "….” Later, he said").
    /// The subject of the sentence a colon ends right before a quote opens.
    func colonSubject(_ u: Int, quoteOpen: Int, after previousClose: Int) -> SubjectRef? {
        let k = firstToken(u, atOrAfter: quoteOpen)
        guard k >= 2, tokens[u][k - 1].is(":"), tokens[u][k - 1].start > previousClose else { return nil }
        let toks = tokens[u]
        var s = k - 2
        // A quotation mark ends the sentence only after a full stop or a comma: a quoted term
        // ('called the agreement "a welcome step" and added:') is inside it.
        func ends(_ j: Int) -> Bool {
            let t = toks[j].text
            if t == "\"" { return j == 0 || toks[j - 1].is(".", "!", "?", ",") }
            return [".", "!", "?"].contains(t) && !(t == "." && j >= 1 && toks[j - 1].characterCount == 1)
        }
        while s > 0, !ends(s - 1) { s -= 1 }
        // "A senior Gulf diplomat, speaking to Gulf News on condition of anonymity, put it this way:".
        if unnamedOpener(u, s) != nil { return .unnamed }
        // ("As one Kuwaiti activist put it to the Yemen Times by telephone:": the same after "As".)
        if toks[s].is("As"), s + 1 < k, unnamedOpener(u, s + 1, lowercase: true) != nil { return .unnamed }
        // "Mao sent his guest off ..., and at the farewell banquet Chou offered a toast ...:": the last clause that
        // names a person of its own introduces the quote.
        s = lastClauseNamingPerson(u, from: s, to: k - 1)
        // A person in the sentence before a body ("PBoC governor Pan Gongsheng gave a nod:").
        var first: SubjectRef?
        // ("La CGT de los Argentinos, que orienta el gráfico Raimundo Ongaro, los reclamó como suyos en una declaración:": a
        // person inside a relative clause about the body the sentence opens on is not its subject.)
        var relativeEnd = -1
        for i in s..<(k - 1) {
            if i > s, toks[i - 1].is(","), toks[i].lowerIs("que", "which", "qui", "che", "whose", "cuyo") || toks[i].lowerIs("cuya"),
               (s..<(i - 1)).contains(where: { coveringSpan(u, $0)?.entityID.hasBytePrefix("organization/") ?? false }) {
                relativeEnd = (i..<(k - 1)).first(where: { toks[$0].is(",") }) ?? -1
            }
            if i < relativeEnd { continue }
            // 'X called the agreement "a welcome step" and added:': a quoted term in the sentence is skipped.
            if isInside(quotedRanges(u), toks[i].start) { continue }
            guard let ref = subjectRef(u, i) else { continue }
            // ("Consultado sobre la salida de Mancera, se limitó a responder:": in a language that leaves the subject out,
            // a person after a preposition is spoken of, not speaking.)
            if case .entity(let id) = ref, id.hasBytePrefix("person/"), Self.proDropLanguages.contains(language),
               case let at = coveringSpan(u, i)?.first ?? i, at > 0, Self.proDropObjectPrepositions.contains(toks[at - 1]) || Self.ofPrepositions.contains(toks[at - 1]) { continue }
            if case .entity(let id) = ref, id.hasBytePrefix("person/") { return ref }
            if first == nil { first = ref }
        }
        return first
    }

    /// The first token of the sentence that holds token `k` (quotes end sentences too).
    func clauseOpener(_ u: Int, before k: Int, quoted: [Range<Int>]) -> Int? {
        let toks = tokens[u]
        var i = k - 1
        while i >= 0 {
            if isInside(quoted, toks[i].start) || toks[i].is("\"") { return i + 1 < k ? i + 1 : nil }
            if toks[i].is(".", "!", "?", ";", ":"), !(i > 0 && toks[i - 1].characterCount == 1 && toks[i].is(".")) { return i + 1 < k ? i + 1 : nil }
            i -= 1
        }
        return 0
    }

    /// Where the clause before token `k` starts, when it opens on someone unnamed: "A senior
    /// diplomat ... said", or, right after a quote, '..., a government official told DW'.
    func unnamedClauseStart(_ u: Int, before k: Int, quoted: [Range<Int>]) -> Int? {
        guard var opener = clauseOpener(u, before: k, quoted: quoted) else { return nil }
        let toks = tokens[u]
        let afterQuote = opener > 0 && (isInside(quoted, toks[opener - 1].start) || toks[opener - 1].is("\u{201D}", "\""))
        if afterQuote, opener < k, toks[opener].is(",") { opener += 1 }
        return unnamedOpener(u, opener, lowercase: afterQuote) != nil ? opener : nil
    }

    /// "A senior Gulf diplomat", "An official in ...", "A person close to the talks": a sentence
    /// that opens on someone unnamed; the index of the noun.
    /// Someone unnamed ("an elderly woman", "one young man", "a young Kenyan student") as the subject of the sentence
    /// starting at `s`, after a phrase of place or time that opens it (a preposition's or a clause's, with or without a comma).
    func unnamedSubjectAfterOpening(_ u: Int, _ s: Int) -> Bool {
        let toks = tokens[u]
        // ("Among the Australians at Independence Hill was a Launceston-born patrol officer": someone among others, after the verb.)
        guard s < toks.count, Self.openingAdverbials.contains(toks[s]) || toks[s].is("When", "As", "While", "Outside", "Inside", "Near") || toks[s].is("Among")
        else { return false }
        var i = s + 1
        while i < min(toks.count, s + 25), !toks[i].is(".", "!", "?", ";") {
            if toks[i].is("a", "an", "one"), !Self.objectPrepositions.contains(toks[i - 1].text), !toks[i - 1].is("of", "to", "by"),
               let j = unnamedOpener(u, i, lowercase: true) {
                // (Its verb follows: "an elderly woman in a headscarf stood apart"; or went before it: "was a patrol officer".)
                if toks[i - 1].is("was", "stood", "sat") { return true }
                return (j + 1..<min(toks.count, j + 10)).contains { (toks[$0].isLowercase && toks[$0].text.hasSuffix("ed")) || Self.pastVerbsOfPresence.contains(toks[$0]) }
            }
            i += 1
        }
        return false
    }

    static let pastVerbsOfPresence: TokenSet = ["stood", "said", "was", "sat", "came", "went", "turned", "rose", "spoke", "told", "began", "got", "made"]

    func unnamedOpener(_ u: Int, _ s: Int, lowercase: Bool = false) -> Int? {
        let toks = tokens[u]
        // ("Un alto funcionario de la Secofi, que pidió el anonimato, lo resume así:": the indefinite articles of the
        // Romance languages the same, in an article in that language.)
        guard s < toks.count else { return nil }
        let romance = language != "en" && (toks[s].is("Un", "Una", "Um", "Uma", "Une", "Uno") || (lowercase && toks[s].is("un", "una", "um", "uma", "une", "uno")))
        // ("Ein Beamter im Bundeskanzleramt sagte dem KURIER nur:": German, whose nouns are capitalised.)
        if language == "de", toks[s].is("Ein", "Eine") || (lowercase && toks[s].is("ein", "eine")) {
            for j in (s + 1)..<min(s + 5, toks.count) {
                if toks[j].kind == .punct { break }
                if toks[j].text.hasPrefix("Sprecher") { return nil }
                if toks[j].isCapitalized, Self.germanUnnamedPersonNouns.contains(toks[j]) || Self.germanUnnamedPersonEndings.contains(where: { toks[j].text.hasSuffix($0) }) { return j }
            }
            return nil
        }
        guard toks[s].is("A", "An", "One", "Another") || (lowercase && toks[s].is("a", "an", "one", "another")) || romance else { return nil }
        // ("One, a retired teacher from Canarsie, said": one of a crowd, described after a comma.)
        if toks[s].is("One", "one"), s + 2 < toks.count, toks[s + 1].is(","), toks[s + 2].is("a", "an") { return unnamedOpener(u, s + 2, lowercase: true) }
        for j in (s + 1)..<min(s + 8, toks.count) {
            // ("A U.N. spokesman in Leopoldville": the stops of initials.)
            if toks[j].kind == .punct && !toks[j].is("-") && !(toks[j].is(".") && !toks[j].spaceBefore && toks[j - 1].characterCount == 1 && toks[j - 1].isCapitalized) { break }
            // "A spokeswoman for the ministry said": the body speaks (see spokespersonBody).
            if toks[j].lower.hasPrefix("spokes") || toks[j].is("portavoz", "portavoce", "porte-parole", "vocero", "vocera") { return nil }
            if toks[j].isLowercase, Lexicon.unnamedPersonNouns.contains(toks[j]) || Self.isRoleNoun(toks[j].text) || (romance && Lexicon.personNouns.contains(toks[j])) { return j }
            // ("A Sibu-based timber exporter, who asked not to be named, told ...": a trade, as the sentence's subject.)
            if toks[j].isLowercase, toks[s].isCapitalized, Lexicon.unnamedTradeNouns.contains(toks[j]) { return j }
        }
        // ("A delegate from a Georgia textile local, who asked that his name not be used, said": whatever the noun, one who
        // asked not to be named, before anyone named.)
        if let comma = (s + 1..<min(toks.count, s + 14)).first(where: { toks[$0].is(",") }), comma + 1 < toks.count, toks[comma + 1].is("who"),
           !(s..<comma).contains(where: { coveringSpan(u, $0)?.entityID.hasBytePrefix("person/") ?? false }),
           mentionsAnonymity(u, from: comma + 1, to: min(toks.count, comma + 16)) {
            return comma - 1
        }
        return nil
    }

    /// German nouns for someone a story does not name ("ein Beamter", "eine Anwohnerin"), and endings of such nouns
    /// ("Regierungsbeamter", "Polizeisprecherin" is a body's spokesman and not among them).
    static let germanUnnamedPersonNouns: TokenSet = [
        "Beamter", "Beamtin", "Diplomat", "Diplomatin", "Mitarbeiter", "Mitarbeiterin", "Polizist", "Polizistin", "Anwohner", "Anwohnerin",
        "Demonstrant", "Demonstrantin", "Arbeiter", "Arbeiterin", "Bauer", "Bäuerin", "Augenzeuge", "Augenzeugin", "Teilnehmer",
        "Teilnehmerin", "Vertreter", "Vertreterin", "Experte", "Expertin", "Offizier", "Soldat", "Soldatin", "Bewohner", "Bewohnerin",
        "Aktivist", "Aktivistin", "Student", "Studentin", "Arzt", "Ärztin", "Händler", "Händlerin", "Politiker", "Politikerin",
    ]
    static let germanUnnamedPersonEndings = ["beamter", "beamtin", "diplomat", "diplomatin", "politiker", "politikerin", "arbeiter", "arbeiterin"]

    /// Whether tokens `from..<to` of a unit say someone asked not to be named: "who asked not to be named", "who declined
    /// to be identified", "who asked that his name not be used", "speaking on condition of anonymity".
    func mentionsAnonymity(_ u: Int, from: Int, to: Int) -> Bool {
        let toks = tokens[u]
        for j in from..<to {
            if toks[j].is(".", ";", "\"") { return false }
            if toks[j].lowerIs("anonymity", "anonymous", "anonymously") || toks[j].is("anonimato", "anonymat", "anónimo", "anônimo", "anonimo") { return true }
            if toks[j].is("named", "identified", "quoted"), (max(from, j - 4)..<j).contains(where: { toks[$0].is("not", "declined", "refused") }) { return true }
            if toks[j].is("name", "names"), (j + 1..<min(to, j + 5)).contains(where: { toks[$0].is("used", "published", "withheld") }) { return true }
            if toks[j].is("name", "names"), (max(from, j - 4)..<j).contains(where: { toks[$0].is("give", "giving", "gave") }) { return true }
        }
        return false
    }

    func sameSentence(_ u: Int, from a: Int, to b: Int) -> Bool {
        let toks = tokens(u, startingIn: a + 1, b).prefix(40).map { tokens[u][$0] }
        var words = 0
        for (n, t) in toks.enumerated() {
            if t.isWord { words += 1 }
            // (A stop right after the closing mark ends the sentence too: '« ... ». L'OMS a souligné'.)
            // ('..., Mr. Mboya wrote.': not the stop of "Mr." or "Dr.", nor of "Co." before a comma or a word in lower case.)
            if t.is(".", "!", "?") && (n == 0 || toks[n - 1].characterCount > 1) && !(t.is(".") && n > 0 && !t.spaceBefore && Self.stopAbbreviations.contains(toks[n - 1]))
                && !Self.isCompanyStop(toks, n) { return false }
            if t.is("\"") || t.is("“") { return false }
        }
        return words <= 14
    }

    /// A speech clause right before a quote introduces it: "Wang said: “…”", "he said that “…”".
    func introduces(_ u: Int, eventOffset: Int, quoteOpen: Int) -> Bool {
        let between = tokens(u, startingIn: eventOffset + 1, quoteOpen).map { tokens[u][$0] }.filter { $0.end <= quoteOpen }
        guard let lastToken = between.last else { return true }
        // ("a souligné dans un communiqué que « ... »", "ha detto che «...»": French and Italian "that".)
        if lastToken.is(":", ",") || lastToken.is("that") || lastToken.is("que", "che") { return between.filter(\.isWord).count <= 12 }
        // ('Waldheim described the raid as "a serious violation ..."', 'called the verdict "a victory ..."': the quote names
        // what the verb's object is called, in the same sentence.)
        let verb = tokens[u][firstToken(u, atOrAfter: eventOffset)]
        if lastToken.is("as") || verb.is("called", "calls", "termed", "dubbed"),
           !between.contains(where: { $0.is(".", "!", "?", ";", "\"") }), between.filter(\.isWord).count <= 8 {
            let q = firstToken(u, atOrAfter: quoteOpen)
            if q + 1 < tokens[u].count, tokens[u][q + 1].isLowercase { return true }
        }
        // ('said its combatants "have been instructed to report to Untag"', 'said the decision "rewards a regime ..."': the
        // reported clause without "that", its subject a few words and its verb the quote's first, in lower case.)
        let k = firstToken(u, atOrAfter: quoteOpen)
        if Self.verbsOfReportedClauses.contains(verb), between.count <= 5,
           between.allSatisfy({ $0.isWord && !Self.notReportedClauseWords.contains($0) }),
           between.first?.isLowercase == true, k + 1 < tokens[u].count, tokens[u][k + 1].isLowercase {
            return true
        }
        if k + 1 < tokens[u].count, tokens[u][k + 1].isLowercase, between.contains(where: { $0.is("that") || $0.is("que", "che") }),
           !between.contains(where: { $0.is(".", "!", "?", ";", "\"") }) {
            return between.filter(\.isWord).count <= 12
        }
        return false
    }

    /// The stop of a company's legal form inside a sentence: "Co.", "Corp.", "Inc.", "Ltd." before a comma, a word in
    /// lower case or a verb of speaking ("Procter & Gamble Co. said").
    static func isCompanyStop<C: RandomAccessCollection>(_ toks: C, _ n: C.Index) -> Bool where C.Element == Token, C.Index == Int {
        guard n > toks.startIndex, n + 1 < toks.endIndex, toks[n].is("."), !toks[n].spaceBefore, toks[n - 1].is("Co", "Corp", "Inc", "Ltd", "Bros") else { return false }
        return toks[n + 1].is(",") || toks[n + 1].isLowercase
    }

    /// Nouns of speaking whose maker "by" names ("a pledge by X that ...").
    /// Nouns of those who speak for a body.
    static let spokesNouns: TokenSet = ["spokesman", "spokeswoman", "spokesperson", "spokesmen", "portavoce", "portavoz", "porta-voz", "porte-parole", "vocero", "vocera"]

    /// Nouns of agreements, before a participle that is no speech ("l'accord conclu").
    static let agreementNouns: TokenSet = ["accord", "accords", "traité", "acuerdo", "acuerdos", "accordo", "acordo", "contrat", "contrato", "agreement", "deal", "pacte", "pacto", "treaty"]

    static let speechNouns: TokenSet = [
        "pledge", "promise", "vow", "warning", "assurance", "appeal", "plea", "statement", "declaration", "announcement",
        "remark", "remarks", "claim", "admission", "complaint", "reply", "response", "message", "call", "insistence", "suggestion",
    ]

    static let verbsOfReportedClauses: TokenSet = ["said", "says", "insisted", "insists", "added", "argued", "warned", "claimed", "declared", "stated"]
    /// Words that do not make the subject of a reported clause: pronouns (the quote's own subject comes after them) and
    /// prepositions or conjunctions of a phrase between the verb and the quote ("said on Sunday", "said as he left").
    static let notReportedClauseWords: TokenSet = ["he", "she", "they", "it", "i", "we", "on", "in", "at", "after", "before", "during", "as", "when", "while", "of", "to", "with", "by", "from"]

    func nearestEvent(_ events: [SpeechEvent], to offset: Int) -> SpeechEvent? {
        events.filter { $0.speaker != nil }.min { abs($0.byteOffset - offset) < abs($1.byteOffset - offset) }
    }

    /// Pull-quote blocks: the same quote as a body quote when their words match;
    /// otherwise a quote of their own, spoken by the person in the attribution line.
    func attachPullQuotes() {
        // "> “We are one economy with two flags.”" with no attribution line, repeating a quote of the body:
        // counted once, as the body's, and linked to it.
        let repeats = quotes.indices.filter { i in
            quotes[i].parts.allSatisfy { units[$0.unit].kind == .blockQuote && units[$0.unit].quoteGroup == nil }
        }
        var dropped = Set<Int>()
        for i in repeats {
            let words = normalizedWords(quotes[i].text)
            guard !words.isEmpty, let body = quotes.indices.first(where: { j in
                j != i && !repeats.contains(j) && normalizedWords(quotes[j].text).contains(words)
            }) else { continue }
            quotes[body].pullQuoteUnits.append(quotes[i].parts[0].unit)
            dropped.insert(i)
        }
        if !dropped.isEmpty { quotes = quotes.indices.filter { !dropped.contains($0) }.map { quotes[$0] } }
        var groups: [Int: (paragraphs: [Int], attribution: Int?)] = [:]
        for (u, unit) in units.enumerated() {
            guard let group = unit.quoteGroup else { continue }
            if unit.kind == .attribution { groups[group, default: ([], nil)].attribution = u } else { groups[group, default: ([], nil)].paragraphs.append(u) }
        }
        for group in groups.keys.sorted() {
            let (paragraphs, attribution) = groups[group]!
            guard let firstParagraph = paragraphs.first else { continue }
            let pullText = normalizedWords(paragraphs.map { units[$0].text }.joined(separator: " "))
            if let index = quotes.firstIndex(where: { q in
                let body = normalizedWords(q.text)
                return !pullText.isEmpty && !body.isEmpty && (body.contains(pullText) || pullText.contains(body))
            }) {
                quotes[index].pullQuoteUnits.append(firstParagraph)
                if let attribution { quotes[index].pullQuoteAttributions.append(wholeUnitPart(attribution)) }
                continue
            }
            var speaker: String?
            if let attribution {
                speaker = spans.first { $0.unit == attribution && ($0.entityID.hasBytePrefix("person/") || $0.entityID.hasBytePrefix("organization/")) }?.entityID
            }
            let parts = paragraphs.map { p in
                RawQuote(unit: p, open: 0, close: units[p].text.utf8.count, closed: true, innerStart: 0, innerEnd: units[p].text.utf8.count)
            }
            var quote = makeQuote(id: "q\(quotes.count + 1)", parts: parts, speaker: speaker, rule: "pull-quote")
            quote.pullQuoteUnits = [firstParagraph]
            quotes.append(quote)
        }
    }

    func wholeUnitPart(_ u: Int) -> Quote.Part {
        let length = units[u].text.utf8.count
        let a = units[u].sourcePosition(0), b = units[u].sourcePosition(length)
        let start = SourcePoint(line: a.line, column: a.column), end = SourcePoint(line: b.line, column: b.column)
        return Quote.Part(unit: u, unitLine: units[u].line, unitStart: 0, unitEnd: length,
                          sourceStart: start, sourceEnd: end, markedStart: start, markedEnd: end)
    }

    func normalizedWords(_ text: String) -> String {
        String(String.UnicodeScalarView(text.lowercased().unicodeScalars.map { s in
            s.properties.isAlphabetic || s.properties.numericType != nil ? s : " "
        })).split(separator: " ").joined(separator: " ")
    }

    func makeQuote(id: String, parts raws: [RawQuote], speaker: String?, rule: String) -> Quote {
        let parts = raws.map { r -> Quote.Part in
            let unit = units[r.unit]
            let a = unit.sourcePosition(r.innerStart)
            let b = unit.sourcePosition(r.innerEnd)
            let bytes = unitBytes[r.unit]
            let closeWidth = r.closed && r.close < bytes.count ? (bytes[r.close] == 0x22 ? 1 : 3) : 0
            let ma = unit.sourcePosition(r.open)
            let mb = unit.sourcePosition(min(r.close + closeWidth, bytes.count))
            return Quote.Part(
                unit: r.unit, unitLine: unit.line, unitStart: r.innerStart, unitEnd: r.innerEnd,
                sourceStart: SourcePoint(line: a.line, column: a.column), sourceEnd: SourcePoint(line: b.line, column: b.column),
                markedStart: SourcePoint(line: ma.line, column: ma.column), markedEnd: SourcePoint(line: mb.line, column: mb.column))
        }
        let text = raws.map { r in
            String(decoding: unitBytes[r.unit][r.innerStart..<r.innerEnd], as: UTF8.self).trimming(" ")
        }.joined(separator: " ")
        let first = parts[0], last = parts[parts.count - 1]
        return Quote(
            id: id, text: text, speakerID: speaker,
            line: first.sourceStart.line, column: lines.characterColumn(line: first.sourceStart.line, byteColumn: first.sourceStart.column),
            start: lines.fileOffset(line: first.sourceStart.line, byteColumn: first.sourceStart.column),
            end: lines.fileOffset(line: last.sourceEnd.line, byteColumn: last.sourceEnd.column),
            rule: rule, parts: parts)
    }
}

extension AnnotationRun.SubjectRef {
    var isPronoun: Bool {
        if case .pronoun = self { return true }
        return false
    }
}
