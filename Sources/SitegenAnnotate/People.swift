import SitegenCore

/// People and organisations the gazetteer does not know, found the way a reader
/// spots them: titles ("Foreign Minister X"), speech ("X said"), appositions
/// ("X, a spokeswoman for ...", "X, 58,", "X, who ..."), surnames that point back
/// to a full name, and capitalised names ending in Ministry, Bank, Airlines ...
extension AnnotationRun {
    /// A token that can be part of a person's name.
    func isNameToken(_ t: Token) -> Bool {
        guard t.isWord, t.isCapitalized, !Lexicon.notNames.contains(t), !Lexicon.nameBlockers.contains(t) else { return false }
        // All-caps words longer than 3 letters are acronyms, not names.
        if t.isAllCaps && t.characterCount > 3 { return false }
        // ("Pastoralist Jim Harrod said", "Physicist Homi Bhabha": a calling in -ist or -ician opening a sentence.)
        if t.characterCount >= 7, Self.endsLikeCalling(t.text), Self.isRoleNoun(t.text) { return false }
        return true
    }

    /// Whether a word ends in "ist", "ists", "ician" or "icians" (the bytes only: the cheap test before `isRoleNoun`).
    @inline(__always) static func endsLikeCalling(_ word: String) -> Bool {
        var bytes = word.utf8.reversed().makeIterator()
        var b = bytes.next()
        if b == 0x73 { b = bytes.next() }  // a plural's "s"
        if b == 0x74 { return bytes.next() == 0x73 && bytes.next() == 0x69 }  // "ist"
        if b == 0x6E { return bytes.next() == 0x61 && bytes.next() == 0x69 && bytes.next() == 0x63 && bytes.next() == 0x69 }  // "ician"
        return false
    }

    /// The name starting at token `i`: capitalised words, initials, particles and
    /// hyphenated parts. Returns the index of its last token.
    @inline(__always) func nameEnd(_ toks: TokenList, unit: Int, from i: Int, maxWords: Int = 4) -> Int? {
        // Both kinds of start are capitalised: the cheap test first, inline, as this runs for nearly every token.
        guard i < toks.count, toks[i].isCapitalized else { return nil }
        // ("Non tutti sono soddisfatti. Per Fausto Bertinotti, ...": Italian "for", "according to", opening a sentence.)
        if toks[i].is("Per"), language == "it" { return nil }
        return capitalisedNameEnd(toks, unit: unit, from: i, maxWords: maxWords)
    }

    func capitalisedNameEnd(_ toks: TokenList, unit: Int, from i: Int, maxWords: Int) -> Int? {
        // ("I-Cheng Loh": a given name of one letter and a syllable, joined by a hyphen.)
        // (Not a party and a place: "Rep. Paul G. Rogers, D-West Palm Beach,", "(R-Texas)".)
        let hyphenedLetter = toks[i].characterCount == 1 && toks[i].isWord && i + 2 < toks.count && toks[i + 1].is("-") && !toks[i + 1].spaceBefore
            && !toks[i + 2].spaceBefore && toks[i + 2].isCapitalized && toks[i + 2].isWord
            && !(toks[i].is("D", "R") && i > 0 && toks[i - 1].is(",", "("))
        // ("the Chinese ambassador to Ireland, He Xiangdong, said": the family name He, not the pronoun, inside a sentence
        // and before a given name.)
        let familyNameHe = toks[i].is("He") && i > 0 && !Self.sentenceEnders.contains(toks[i - 1].text) && i + 1 < toks.count
            && toks[i + 1].spaceBefore && isNameToken(toks[i + 1]) && !isSpeechVerb(toks[i + 1])
        // ("Mr. A. Amirthalingam", "Dr I. Patel": the initials A and I, which are words too, after an honorific.)
        let honorificInitial = i >= 1 && toks[i].is("A", "I") && i + 2 < toks.count && toks[i + 1].is(".") && !toks[i + 1].spaceBefore
            && toks[i + 2].spaceBefore && toks[i + 2].characterCount > 1 && isNameToken(toks[i + 2])
            && (Self.initialHonorifics.contains(toks[i - 1]) || (i >= 2 && toks[i - 1].is(".") && Self.initialHonorifics.contains(toks[i - 2])))
        guard isNameToken(toks[i]) || isLeadingInitials(toks, at: i) || hyphenedLetter || familyNameHe || honorificInitial else { return nil }
        // ("the Baku-Tbilisi-Kars railway": a word glued to a hyphen carries on the word before it and starts no name.)
        if i >= 2, !toks[i].spaceBefore, toks[i - 1].is("-", "\u{2013}"), !toks[i - 1].spaceBefore, toks[i - 2].isWord { return nil }
        if let span = coveringSpan(unit, i), !span.entityID.hasBytePrefix("person/") { return nil }
        var end = i
        var words = 1
        var k = i + 1
        // (A part glued to the last word, "Molio'o", "Chee-hwa", is no word more.)
        while k < toks.count, words < maxWords || !toks[k].spaceBefore {
            let t = toks[k]
            let glued = !t.spaceBefore
            if t.is(".") && glued && toks[k - 1].characterCount == 1 && toks[k - 1].isCapitalized { end = k; k += 1; continue }  // initial "J."
            // "A.N. Ramaswamy", "P.V. Narasimha Rao": initials written together.
            if glued, t.characterCount == 1, t.isCapitalized, toks[k - 1].is("."), k + 1 < toks.count, toks[k + 1].is("."), !toks[k + 1].spaceBefore {
                end = k + 1; k += 2; continue
            }
            if t.is("-") && glued && k + 1 < toks.count && !toks[k + 1].spaceBefore && toks[k + 1].isCapitalized {
                end = k + 1; k += 2; continue  // Akufo-Addo
            }
            // "Tung Chee-hwa", "Chan Mei-ling", "Kim Woo-choong": a short lower-case syllable after a hyphen.
            if t.is("-") && glued && k + 1 < toks.count && !toks[k + 1].spaceBefore && toks[k + 1].isLowercase
                && toks[k + 1].characterCount <= 6 && !Self.hyphenSuffixes.contains(toks[k + 1]) {
                end = k + 1; k += 2; continue
            }
            // "Thomas d'Aquino", "Valéry Giscard d'Estaing": a lower-case elided particle opens the family name.
            if t.is("d", "l"), t.spaceBefore, k > i, k + 2 < toks.count, toks[k + 1].is("'", "\u{2019}"), !toks[k + 1].spaceBefore,
               !toks[k + 2].spaceBefore, toks[k + 2].isCapitalized, toks[k + 2].isWord {
                end = k + 2; k += 3; words += 1; continue
            }
            // O'Brien, D'Alema, Dell'Ambrogio: an elided particle glued to the name.
            if t.is("'") && glued && k + 1 < toks.count && !toks[k + 1].spaceBefore && toks[k + 1].isCapitalized
                && (toks[k - 1].characterCount <= 2 || toks[k - 1].is("Dell", "Dall", "Nell", "Sant", "Degl")) {
                end = k + 1; k += 2; continue
            }
            // "Njuguna Ndung'u", "Ng'ang'a": an apostrophe inside a Kikuyu name (not "'s", "'t" ...).
            // ("Tu‘i‘onetoa", "Ka‘ili": or a glottal stop inside a Polynesian one, written as a quotation mark.)
            if t.is("'") && glued && k + 1 < toks.count && !toks[k + 1].spaceBefore && toks[k + 1].isLowercase && toks[k + 1].characterCount <= 10
                && !["s", "t", "d", "m", "ll", "re", "ve"].contains(toks[k + 1].text) {
                end = k + 1; k += 2; continue
            }
            // "Achieng' Omolo": a final apostrophe in a Luo or Kikuyu name (not a plural possessive).
            if t.is("'") && glued && k + 1 < toks.count && toks[k + 1].spaceBefore && isNameToken(toks[k + 1]) && !toks[k - 1].text.hasSuffix("s")
                && !(coveringSpan(unit, k + 1).map { !$0.entityID.hasBytePrefix("person/") } ?? false) {
                end = k + 1; k += 2; words += 1; continue
            }
            // "al-Mazrouei", "el-Sisi": a particle glued to the next name part.
            if t.is("al", "el", "Al", "El", "bin", "ibn"), t.spaceBefore, k + 2 < toks.count, toks[k + 1].is("-"), !toks[k + 1].spaceBefore,
               !toks[k + 2].spaceBefore, toks[k + 2].isCapitalized {
                end = k + 2; k += 3; words += 1; continue
            }
            // ("Khalifa bin Jassim bin Mohammed Al Thani", "Abdul Rahman Bin Mohammed Al Owais": Arabic particles may be
            // capitalised inside a name; they are no word more.)
            if Lexicon.nameParticles.contains(t) || (k > i && t.is("Al", "Bin")), t.spaceBefore, k + 1 < toks.count, isNameToken(toks[k + 1]),
               // ("sagte Walter Jurecka der FR", "dem Spiegel": German "der", "den" alone are an article, not a particle; not
               // before a name in capitals either.)
               !(t.is("der", "den") && (toks[k + 1].isAllCaps || language == "de")) {
                k += 1; continue
            }
            // "Mario de las Casas", "Rafael van der Vaart": two particles in a row.
            if Lexicon.nameParticles.contains(t), t.isLowercase, t.spaceBefore, k + 2 < toks.count, Lexicon.nameParticles.contains(toks[k + 1]), toks[k + 1].isLowercase,
               isNameToken(toks[k + 2]) {
                k += 2; continue
            }
            // "Don St. Pierre", "Jill St. John": a family name that opens with "St." (Saint), after a given name.
            if t.is("St", "Ste"), t.spaceBefore, k + 2 < toks.count, toks[k + 1].is("."), !toks[k + 1].spaceBefore,
               toks[k + 2].spaceBefore, isNameToken(toks[k + 2]), coveringSpan(unit, k + 2) == nil {
                end = k + 2; k += 3; words += 1; continue
            }
            // ("Samuel D. Tweah, Jr.": American style sets the suffix off with a comma.)
            if t.is(","), k > i + 1, k + 1 < toks.count, toks[k + 1].is("Jr", "Jnr", "Sr"), toks[k + 1].spaceBefore {
                end = k + 1
                if k + 2 < toks.count, toks[k + 2].is("."), !toks[k + 2].spaceBefore { end = k + 2 }
                break
            }
            if t.is("Jr", "Jnr", "Sr", "II", "III") {
                end = k
                if k + 1 < toks.count, toks[k + 1].is("."), !toks[k + 1].spaceBefore { end = k + 1 }
                break
            }
            // "Fernando Chui Sai On,", "Kim Jong Un.": a last syllable of two letters that is also an English word, capitalised
            // inside a sentence, ending a name of three words or more before punctuation.
            if t.spaceBefore, t.isCapitalized, t.text.utf8.count == 2, k >= i + 2, k == end + 1, words < maxWords, !Lexicon.titleWords.contains(t),
               k + 1 == toks.count || toks[k + 1].is(",", ".", ")", ";"), !Self.sentenceEnders.contains(toks[k - 1].text),
               coveringSpan(unit, k) == nil {
                end = k
                break
            }
            // ("Sir Arnold Hall, the Director of ...", "Peter Hall said": a family name that is also a building's or a body's word,
            // right after a known given name, ending the name.)
            // (Not "Lady Margaret Hall", "the Queen Elizabeth Hall": a royal or a saint's title before the given name.)
            if t.spaceBefore, k == end + 1, k - 1 == i, Self.isGivenNameAndPlaceSurname(toks[k - 1].text, t),
               i == 0 || !Self.titlesOfPlaceNames.contains(toks[i - 1]),
               k + 1 == toks.count || !(toks[k + 1].isCapitalized && toks[k + 1].spaceBefore) && !toks[k + 1].is("of", "'", "\u{2019}"),
               coveringSpan(unit, k) == nil {
                end = k
                break
            }
            // ("Deputy Prime Minister Sok An, said", "Mr Sok An said": a name of two words after a title.)
            if t.spaceBefore, t.isCapitalized, t.text.utf8.count == 2, k == i + 1, k == end + 1, i > 0,
               Lexicon.titleWords.contains(toks[i - 1]) || (toks[i - 1].is(".") && i > 1 && Lexicon.titleWords.contains(toks[i - 2])),
               k + 1 == toks.count || toks[k + 1].is(",", ".", ")", ";") || isSpeechVerb(toks[k + 1]), coveringSpan(unit, k) == nil {
                end = k
                break
            }
            // "Patrick “Terror” Lekota": a nickname in quotation marks between the given and the family name.
            if t.is("\""), t.spaceBefore, k + 3 < toks.count, toks[k + 1].isCapitalized, !toks[k + 1].spaceBefore, toks[k + 2].is("\""),
               !toks[k + 2].spaceBefore, toks[k + 3].spaceBefore, isNameToken(toks[k + 3]) {
                k += 3
                continue
            }
            // "Maj. Ernesto (Che) Guevara": a nickname in brackets between the given and the family name.
            if t.is("("), t.spaceBefore, k == end + 1, k + 3 < toks.count, toks[k + 1].isCapitalized, toks[k + 1].isWord, !toks[k + 1].spaceBefore,
               toks[k + 2].is(")"), !toks[k + 2].spaceBefore, toks[k + 3].spaceBefore, isNameToken(toks[k + 3]), !toks[k + 1].isAllCaps,
               // (Not a title's note: "Justice (Retd) Amir-ul-Mulk Mengal".)
               !Lexicon.titleWords.contains(toks[k - 1]), !Lexicon.titleWords.contains(toks[k + 1]), !["Retd", "Rtd", "Ret", "Hon", "Dr"].contains(toks[k + 1].text) {
                k += 3
                continue
            }
            // "Nguyen Van The": a Vietnamese given name that is also an English word, after a middle name.
            if t.is("The"), t.spaceBefore, k == i + 2, Lexicon.vietnameseSurnames.contains(toks[i]), Self.vietnameseMiddleNames.contains(toks[i + 1]) {
                end = k
                k += 1
                words += 1
                continue
            }
            // A middle initial that is also a word: "Henry A. Kissinger".
            if t.spaceBefore, t.characterCount == 1, t.isCapitalized, k + 1 < toks.count, toks[k + 1].is("."), !toks[k + 1].spaceBefore,
               k + 2 < toks.count, isNameToken(toks[k + 2]) {
                end = k + 1; k += 2; continue
            }
            // "Piraeus Mayor Yiannis Moralis": a place or body, then a title, then the name; the name starts after the title.
            // ("Collie-Preston MLA Jodie Hanns": the place may be a hyphenated one.)
            if t.spaceBefore, Lexicon.titleWords.contains(t), k + 2 < toks.count, toks[k + 1].spaceBefore, isNameToken(toks[k + 1]),
               toks[k + 2].spaceBefore, isNameToken(toks[k + 2]), (i + 1..<k).allSatisfy({ !toks[$0].spaceBefore }) { break }
            guard t.spaceBefore, isNameToken(t) else { break }
            if let span = coveringSpan(unit, k), !span.entityID.hasBytePrefix("person/") { break }
            end = k
            words += 1
            k += 1
        }
        return end
    }

    /// "A.N." opening a name: a capital letter that is also a word ("A"), followed by more initials.
    func isLeadingInitials(_ toks: TokenList, at i: Int) -> Bool {
        // Cheap tests first: this runs for every token that does not start a name.
        i + 3 < toks.count && !toks[i + 1].spaceBefore && !toks[i + 2].spaceBefore && !toks[i + 3].spaceBefore
            && toks[i].text.utf8.count == 1 && toks[i + 2].text.utf8.count == 1 && toks[i].isCapitalized && toks[i + 2].isCapitalized
            && toks[i + 1].is(".") && toks[i + 3].is(".")
            // ("Prime Minister I K Gujral": initials without full stops, in the Indian press.)
            || (i + 2 < toks.count && toks[i].text.utf8.count == 1 && toks[i + 1].text.utf8.count == 1 && toks[i].isCapitalized
                && toks[i + 1].isCapitalized && toks[i + 1].spaceBefore && toks[i + 2].spaceBefore && toks[i + 2].isCapitalized && toks[i + 2].characterCount > 1)
            // ("Dr. A. H. Boerma": initials with full stops and spaces, then the family name.)
            || (i + 4 < toks.count && toks[i].text.utf8.count == 1 && toks[i].isCapitalized && toks[i + 1].is(".") && !toks[i + 1].spaceBefore
                && toks[i + 2].text.utf8.count == 1 && toks[i + 2].isCapitalized && toks[i + 2].spaceBefore && toks[i + 3].is(".") && !toks[i + 3].spaceBefore
                && toks[i + 4].spaceBefore && toks[i + 4].isCapitalized && toks[i + 4].characterCount > 1
                // (A family name the gazetteer knows is left to the known person's initials: "R. G. Casey".)
                && gazetteer.peopleByFamilyName[toks[i + 4].text] == nil)
    }

    func nameWords(_ toks: TokenList, _ a: Int, _ b: Int) -> [String] {
        toks[a...b].filter { $0.isWord && !Lexicon.nameParticles.contains($0) && !$0.is("Jr") && !$0.is("Sr") }.map(\.text)
    }

    /// The known person a name of three words is without its middle one: exactly so ("Pierre Damien Habumuremyi"), or,
    /// for a full middle name, as it sounds with the family name as written ("Abdulla Yacoub Bishara" for Abdullah
    /// Bishara; not Rómulo Betancourt for "Rómulo Escobar Bethancourt", nor John L. Lewis for "John P. Lewis").
    func knownWithoutMiddleName(_ parts: [String]) -> String? {
        // ("Raúl Pérez Reyes" is not the known Raúl Reyes: a Spanish patronymic in the middle is the first of two family
        // names, and the one Spanish usage keeps.)
        if parts[1].count >= 4, parts[1].hasSuffix("ez") { return nil }
        let short = parts[0] + " " + parts[2]
        if let known = gazetteer.peopleByName[short] { return known }
        guard parts[1].count > 2, !parts[1].hasSuffix("."), let ids = soundAlike(short), ids.count == 1,
              gazetteer.entities[ids[0]]?.familyName == parts[2] else { return nil }
        return ids[0]
    }

    /// "The Indonesian Minister of Tourism, Posts and Telecommunications, Joop Ave,": a title, then its portfolio's
    /// capitalised list with its own commas, right before the comma at `i`.
    static func portfolioBefore(_ toks: TokenList, _ i: Int) -> Bool {
        guard i >= 4, toks[i - 1].isCapitalized else { return false }
        var j = i - 1
        while j >= 1, i - j <= 12 {
            let t = toks[j]
            if t.is("of", "for") { return Lexicon.titleWords.contains(toks[j - 1]) || isRoleNoun(toks[j - 1].text) }
            guard t.isCapitalized || t.is("and", "&", ",", "the") else { return false }
            j -= 1
        }
        return false
    }

    /// Titles under which one name is the whole name the press gives: chiefs and village heads.
    static let singleNameTitles: Set<String> = ["Kgosi", "Kgosikgolo", "Village Head", "Group Village Head", "Senior Chief", "Paramount Chief", "Inkosi"]

    /// Bodies whose names list their fields with commas ("Ministry of Finance, Budget and National Planning").
    static let portfolioHeads: Set<String> = [
        "Ministry", "Department", "Minister", "Committee", "Union", "Commission", "Council", "Authority", "Board", "Agency",
        "Bureau", "Federation", "Chamber", "Confederation", "Institute", "Office", "Secretariat", "Directorate",
    ]

    /// Words that end a street's name.
    static let streetWords: Set<String> = ["Road", "Street", "Avenue", "Drive", "Lane", "Boulevard", "Square", "Crescent", "Terrace", "Highway"]

    /// Tokens after which a capitalised pronoun opens a sentence.
    static let sentenceEnders: Set<String> = [".", "!", "?", ":", ";", "\"", "(", "-"]

    /// Punctuation after which a clause starts.
    static let clauseOpeners: TokenSet = [".", ",", ";", ":", "\"", "(", "-"]

    /// Words that open a noun phrase and are never the first word of a name.
    static let determiners: TokenSet = ["The", "THE", "A", "An", "This", "That", "These", "Those", "Its", "Their", "Our", "His", "Her", "Every", "Each", "No", "Die", "Der", "Les"]

    /// Prepositions of place, time and the one spoken to after a speaker's name, in German and the Romance languages.
    static let placeTimeWordsAfterSpeaker: Set<String> = [
        "am", "im", "in", "bei", "beim", "vor", "nach", "auf", "dem", "der", "gegenüber", "zum", "zur",
        "en", "a", "al", "ao", "à", "ai", "alla", "em", "no", "na", "nel", "nella", "durante", "tras", "dopo", "ante", "perante",
        "devant", "lors", "après", "dans",
    ]

    /// Nouns of natural places written after a name in lower case ("the Perito Moreno glacier", "the Rufiji river").
    static let geographicNouns: TokenSet = [
        "glacier", "river", "lake", "mountain", "mountains", "valley", "basin", "delta", "desert", "island", "islands", "peninsula",
        "falls", "gorge", "bay", "coast", "plateau", "volcano", "forest", "park", "reserve", "strait", "sea", "gulf",
    ]

    /// Articles of the Romance languages, capitalised as they open a sentence: the definite ones (with their contractions,
    /// `romanceOpeningArticles`) and the indefinite ones.
    static let romanceArticles = romanceOpeningArticles.union(["Un", "Una", "Uno", "Um", "Uma", "Une"])

    /// The first words of bodies outside the state, in the Romance languages, that an article may open the sentence before.
    /// (Not a ministry, a chamber or a central bank: "o Ministério da Educação" is the country's, which the gazetteer knows.)
    static let civilBodyFirstWords: TokenSet = [
        "Sindicato", "Sindacato", "Syndicat", "Federación", "Federacion", "Federação", "Fédération", "Federazione", "Confederación",
        "Confederacion", "Confederação", "Confédération", "Confederazione", "Asociación", "Asociacion", "Associação", "Associazione",
        "Fundación", "Fundacion", "Fundação", "Fondation", "Fondazione", "Partido", "Partito", "Parti", "Movimiento", "Movimento", "Mouvement",
        "Frente", "Alianza", "Aliança", "Sociedad", "Sociedade", "Cooperativa", "Consorcio", "Empresa", "Compañía", "Companhia", "Compagnie",
        "Groupe", "Hospital", "Hôpital", "Ospedale", "Clínica", "Clinica", "Clinique", "Universidad", "Universidade", "Université", "Università",
        "Organización", "Organizacion", "Organização", "Organizzazione", "Conferência", "Conferencia", "Conférence", "Conferenza",
    ]

    /// Prepositions that open a sentence before a name and are no word of it ("At Meru District Hospital, the visitors").
    static let openingPrepositions: TokenSet = [
        "At", "In", "On", "From", "For", "With", "By", "To", "After", "Before", "During", "Near", "Since", "Until", "Amid",
        "Among", "Despite", "Without", "Within", "Inside", "Outside", "Through",
    ]

    /// Words after a hyphen that make a compound, not a name ("China-led", "Beijing-based").
    static let hyphenSuffixes: TokenSet = [
        "led", "based", "born", "era", "style", "type", "run", "owned", "made", "built", "backed", "wide", "level",
        "like", "free", "linked", "bound", "up", "in", "out", "off", "on", "over", "plus", "year", "old", "long", "scale",
        "funded", "listed", "driven", "signed", "headed", "minded", "hosted", "themed", "rooted", "sector", "facing",
        // ("Real-time data is only useful ...": an English compound opening a quote.)
        "time", "term", "range", "class", "party", "state", "world",
    ]

    /// "accompanied by his wife Ri Sol Ju and by Pak Pong Ju, Kim Yong Chol, Ri Su Yong, Ri Yong Ho, No Kwang Chol
    /// and other leading officials": in a list of names, joined by commas and "and", that names two people or more
    /// the gazetteer knows, the other names of two to four capitalised words are people too.
    func peopleInLists() -> [NameCandidate] {
        var out: [NameCandidate] = []
        for u in units.indices where units[u].kind != .heading {
            let toks = tokens[u]
            guard toks.count >= 8 else { continue }
            // Items: the stretches between commas and "and"; a list runs while items are joined by them.
            var items: [(first: Int, last: Int)] = []
            var lists: [[(first: Int, last: Int)]] = []
            var start = 0
            func close(_ end: Int, continues: Bool) {
                if end >= start { items.append((start, end)) }
                if !continues {
                    if items.count >= 3 { lists.append(items) }
                    items = []
                }
            }
            for (k, t) in toks.enumerated() {
                if t.is(",", "and") {
                    close(k - 1, continues: true)
                    start = k + 1
                } else if t.is(".", ";", ":", "(", ")", "\"") && !(t.is(".") && k > 0 && toks[k - 1].characterCount == 1)
                            // (A dash set off by spaces closes a list as a bracket would: "five MPs – Bridget Archer, ... and
                            // Katie Allen – crossed the floor".)
                            || (t.is("\u{2013}", "\u{2014}", "-") && t.spaceBefore && k + 1 < toks.count && toks[k + 1].spaceBefore) {
                    close(k - 1, continues: false)
                    start = k + 1
                }
            }
            close(toks.count - 1, continues: false)
            for list in lists {
                // Each item's name: its trailing run of capitalised words, after lower-case words at most.
                var known = 0
                var names: [(first: Int, last: Int)] = []
                // ("scattering debris across East Texas and into Louisiana and killing everyone on board, including commander
                // Rick Husband, ... Kalpana Chawla and Ilan Ramon": an item that names no one ends the run of names; only a run
                // with the people in it counts.)
                func flush() {
                    // ("four former commanders of the S.S. murder squads—Otto Ohlendorf, Paul Blobel, Werner Braune and Erich
                    // Naumann": three names or more, each opening with a given name, need no known person among them.)
                    let givenNamed = names.filter { Lexicon.givenNameGenders[toks[$0.first].text] != nil && $0.last > $0.first }
                    // ("Vyacheslav Chornovil, Ivan Svitlychny, Yevhen Sverstiuk and other writers": a known person counts among the three.)
                    if known >= 2 || givenNamed.count >= 3 || (known >= 1 && known + givenNamed.count >= 3) {
                        for name in known >= 2 ? names : givenNamed { out.append(NameCandidate(unit: u, first: name.first, last: name.last, rule: "person.list")) }
                    }
                    known = 0
                    names = []
                }
                for (n, item) in list.enumerated() {
                    var a = item.last
                    while a >= item.first, toks[a].isWord, toks[a].isCapitalized || (toks[a].is("-") && !toks[a].spaceBefore) { a -= 1 }
                    let first = a + 1
                    // (The first item may open with a clause: "He was accompanied by his wife Ri Sol Ju".)
                    // ("... into Russia—Otto Ohlendorf, Paul Blobel, ...": a dash may open the list.)
                    guard first <= item.last, a < item.first || (toks[a].isLowercase && (n == 0 || (item.first...a).allSatisfy({ toks[$0].isLowercase })))
                        || toks[a].is("-") else { flush(); continue }
                    if let span = coveringSpan(u, first), span.entityID.hasBytePrefix("person/"), span.first == first, span.last == item.last {
                        known += 1
                        continue
                    }
                    let words = toks[first...item.last].filter(\.isWord)
                    guard words.count >= 2, words.count <= 4, !(first...item.last).contains(where: { isCovered(u, $0) }),
                          !toks[first].is("The"), !Lexicon.organizationHeads.contains(toks[item.last]), !Lexicon.titleWords.contains(toks[first]),
                          !Lexicon.places.contains(text(of: toks, from: first, to: item.last, in: u)) else { flush(); continue }
                    names.append((first, item.last))
                }
                flush()
            }
        }
        return out
    }

    /// Where a name starts that a capitalised walk of life opens ("Boner Mohammad Hussain Jafari, 31,"): at the known given name after it.
    static func afterTrade(_ toks: TokenList, _ i: Int, _ last: Int) -> Int {
        i + 1 < last && isTradeBeforeGivenName(toks, i) ? i + 1 : i
    }

    /// Whether token `i` is a walk of life, capitalised, before a known given name ("Boner Mohammad ...", "Refugee Amina ...").
    static func isTradeBeforeGivenName(_ toks: TokenList, _ i: Int) -> Bool {
        i + 1 < toks.count && toks[i].isCapitalized && Lexicon.walksOfLife.contains(lowerOf: toks[i]) && Lexicon.givenNameGenders[toks[i + 1].text] != nil
    }

    /// Honorifics and offices before a person's name that no body is named after ("Sir Charles Court", "Senator Frank Church").
    /// Italian abbreviations of a degree or a style written in lower case before a name: ingegnere, onorevole, avvocato,
    /// dottore, professore, geometra, ragioniere, architetto, senatore, monsignore.
    static let italianStyleAbbreviations: TokenSet = ["ing", "on", "avv", "dott", "prof", "geom", "rag", "arch", "sen", "mons", "gen", "comm"]

    /// Honorifics before which a lone "A." or "I." is an initial: those before names, and the styles of courtesy and of
    /// South Asia that open one.
    static let initialHonorifics = TokenSet(honorificsBeforeNames.union(["Miss", "Dr", "Shri", "Smt", "Sri", "Justice"]))

    static let honorificsBeforeNames: Set<String> = [
        "Sir", "Dame", "Mr", "Mrs", "Ms", "Mme", "Madame", "Monsieur", "Senator", "Sen", "Representative", "Rep", "Congressman",
        "Congresswoman", "Governor", "Gov", "Mayor", "Judge", "Rev", "Reverend", "Pastor", "Professor", "Prof",
    ]

    /// Honorifics that open a name, not an office ("M. Hans Filbinger", "Mr. Smith").
    static let honorificsAfterOffice: TokenSet = ["M", "Mr", "Mrs", "Ms", "Mme", "Mlle", "Monsieur", "Madame", "Dr", "Herr", "Frau", "Sr", "Sra", "Sig", "Signor", "Don", "Doña"]

    /// Last words of bodies named after a person ("the Sir John Cass Foundation", "Sir Ratan Tata Trust").
    static let patronBodyWords: Set<String> = ["Trust", "Foundation", "University", "Institute", "Hospital", "School", "College", "Fund", "Centre", "Center", "Memorial", "Society", "Library", "Museum"]

    /// Parts of a body in lower case, after a place's word that names no body ("the Alabama branches", "its Lagos office").
    static let bodyBranchNouns: TokenSet = ["branch", "branches", "chapter", "chapters", "wing", "wings", "division", "divisions", "section", "sections", "affiliate", "affiliates", "subsidiary", "subsidiaries", "offices"]

    struct NameCandidate {
        var unit: Int, first: Int, last: Int
        var gender: Entity.Gender?
        var rule: String
        var title: String?
    }

    /// The last token of a known place written with small words ("Dar es Salaam", "Rio de Janeiro") at `k`.
    /// "U.S.S.R.", "U.K.": single capitals each followed by a full stop, at least two; the index of the last stop.
    static func dottedAbbreviationEnd(_ toks: TokenList, at k: Int) -> Int? {
        var j = k
        var letters = 0
        while j + 1 < toks.count, toks[j].isWord, toks[j].text.utf8.count == 1, toks[j].isCapitalized, toks[j + 1].is("."), !toks[j + 1].spaceBefore,
              j == k || !toks[j].spaceBefore {
            letters += 1
            j += 2
        }
        return letters >= 2 ? j - 1 : nil
    }

    static func placeWithParticles(_ toks: TokenList, at k: Int) -> Int? {
        guard k < toks.count, toks[k].isCapitalized else { return nil }
        var text = toks[k].text
        var j = k + 1
        var best: Int?
        while j < toks.count, j <= k + 3, toks[j].isWord {
            text += " " + toks[j].text
            if toks[j].isCapitalized, text.contains(where: { $0.isLowercase }) && Lexicon.places.contains(text) { best = j }
            j += 1
        }
        guard let best, toks[(k + 1)..<best].contains(where: { $0.isLowercase }) else { return nil }
        return best
    }

    /// "Nuku’alofa": a known place whose name has an apostrophe inside; the index of its last word.
    static func placeWithApostrophe(_ toks: TokenList, at k: Int) -> Int? {
        guard k < toks.count, toks[k].isCapitalized else { return nil }
        var j = k
        while j + 2 < toks.count, toks[j + 1].is("'", "\u{2019}"), !toks[j + 1].spaceBefore, toks[j + 2].isWord, !toks[j + 2].spaceBefore { j += 2 }
        guard j > k else { return nil }
        let written = (k...j).map { toks[$0].text }.joined()
        return Lexicon.placeCountriesByKey[Lexicon.placeKey(written)] != nil ? j : nil
    }

    /// Last words that make a capitalised phrase a meeting or a meeting's document: "the Jeddah Security and Development
    /// Summit", "the Madrid Peace Conference", "the New Zealand-China Joint Communiqué".
    static let meetingHeads: Set<String> = ["Summit", "Conference", "Communique", "Communiqué"]

    /// The closing bracket of a law's bracketed qualifier that opens at `k` ("(Maintenance)", "(Determination by
    /// Tribunals)", "(Minimum Service Levels)", "(Amendment)"), when the law's word comes right after it.
    static func bracketedLawQualifier(_ toks: TokenList, at k: Int) -> Int? {
        guard k + 3 < toks.count, toks[k + 1].isCapitalized, !toks[k + 1].spaceBefore else { return nil }
        var j = k + 2
        while j < toks.count, j - k <= 8 {
            if toks[j].is(")") { break }
            guard toks[j].spaceBefore, toks[j].isCapitalized || toks[j].is("of", "by", "and", "for") || toks[j].is("the", "on", "to", "in") else { return nil }
            j += 1
        }
        guard j + 1 < toks.count, toks[j].is(")"), toks[j + 1].spaceBefore, toks[j + 1].is("Act", "Bill", "Ordinance", "Regulations", "Decree") else { return nil }
        return j
    }

    /// A capitalised phrase ending in "Bill" or "Code" that names a bill or a code of law: "Channel Tunnel Bill",
    /// "Nationality and Borders Bill", "Indian Penal Code", "National Sports Development Code". Not a man's name
    /// ("Hillary and Bill", "President Bill") nor a code that is no law ("Dress Code", "Morse Code", "Zip Code").
    static func isNamedBillOrCode(_ words: [String]) -> Bool {
        guard words.count >= 2, let head = words.last, head == "Bill" || head == "Code" else { return false }
        let before = words[words.count - 2]
        if ["and", "of", "&", "the"].contains(before) { return false }
        if head == "Bill" {
            return Lexicon.givenNameGenders[before] == nil && !Lexicon.titleWords.contains(before) && !honorificsBeforeNames.contains(before)
                && !["Mr", "Uncle", "Big", "Wild", "Buffalo", "Old", "Little", "Young", "Sweet", "Brother", "Dear"].contains(before)
        }
        return !["Dress", "Morse", "Zip", "Area", "Source", "Bar", "QR", "Postal", "Country", "Da", "Vinci", "Genetic", "Colour", "Color", "Secret",
                 "Binary", "Machine", "Computer", "Access", "Security", "Error", "Time", "Style", "Honor", "Honour", "Omega", "Red", "Blue"].contains(before)
    }

    /// ", Budget and National Planning": capitalised words, then "and" and more capitalised
    /// words, ending the list; the index of its last word.
    static func portfolioList(_ toks: TokenList, from k: Int) -> Int? {
        var j = k
        var sawAnd = false
        var last: Int?
        var afterAnd: Int?
        while j < toks.count {
            let t = toks[j]
            if t.isCapitalized && t.isWord {
                last = j
                if sawAnd { afterAnd = j }
            } else if t.is("and", "&", ",") {
                if sawAnd { break }  // the list is over
                guard last == j - 1 else { return nil }
                sawAnd = !t.is(",")
                // ("Agriculture, Food and the Marine": the last item may take "the".)
                if sawAnd, j + 2 < toks.count, toks[j + 1].is("the"), toks[j + 2].isCapitalized { j += 1 }
            } else {
                break
            }
            j += 1
        }
        return afterAnd == last ? afterAnd : nil
    }

    static let titleTrie: TokenTrie = {
        var trie = TokenTrie()
        for title in Lexicon.titles {
            trie.insert(title, .init(entityID: title, form: .name, surface: title))
            // "trade minister Yeo Han-koo": titles are often written in lower case.
            if title.count > 3, title.first?.isUppercase == true, !["Mr", "Mrs", "Ms", "Dr", "King", "Queen", "Prince", "Princess", "General", "Major", "Judge", "Justice", "Chief", "Speaker", "Lord", "Lady", "Sir", "Dame", "Director", "Coach", "Editor", "Founder", "Captain", "Commander", "Colonel", "Deputy", "Father", "Sister"].contains(title) {
                let lower = title.lowercased()
                trie.insert(lower, .init(entityID: title, form: .name, surface: lower))
            }
        }
        return trie
    }()

    /// Whether another initial follows a one-letter word that ends at `end` ("M. R. Masani", "M K Narayanan"): the letter is
    /// an initial then, not a title such as the French "M.".
    static func initialFollows(_ toks: TokenList, _ end: Int) -> Bool {
        let k = end < toks.count && toks[end].is(".") && !toks[end].spaceBefore ? end + 1 : end
        return k + 1 < toks.count && toks[k].spaceBefore && toks[k].isWord && toks[k].characterCount == 1 && toks[k].isCapitalized
            && (toks[k + 1].is(".") || (toks[k + 1].isWord && toks[k + 1].isCapitalized))
    }

    /// Honorifics written inside Malay names, before the father's name ("Rosnah Hj Md Salleh").
    static let innerHonorifics: Set<String> = ["Hj", "Hj.", "Hjh", "Hjh."]

    /// Where the title after one to four capitalised words ends, if such a title follows
    /// ("Pekerma Laila Diraja Dato Seri Setia" ends after "Setia").
    static func conferredTitleEnd(_ toks: TokenList, from start: Int, titles: TokenTrie) -> Int? {
        var k = start
        while k < toks.count, k - start < 4, toks[k].isWord, toks[k].isCapitalized, toks[k].spaceBefore {
            k += 1
            // (Not to "Hj" or "Dr": short titles are also written inside names, as in "Mohammad Yasmin Hj Umar".)
            if k > start, k < toks.count, let (entry, next) = titles.longestMatch(in: toks, at: k), next - k <= 3, entry.surface.count >= 4,
               next < toks.count, toks[next].isCapitalized || toks[next].is("(") {
                return next
            }
        }
        return nil
    }

    static let ordinalWords: Set<String> = ["First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth", "Eleventh", "Twelfth"]

    /// Verbs whose object is a person: "replaced Pravin Gordhan", "congratulated X".
    static let personObjectVerbs: TokenSet = [
        "replaced", "replacing", "succeeded", "succeeding", "sacked", "dismissed", "ousted", "congratulated", "telephoned",
        "thanked", "praised", "criticised", "criticized", "interviewed", "impeached", "arrested", "pardoned", "appointed",
    ]

    /// Honorifics before a family name alone ("Mr. Townley").
    static let honorificsOfOneName: Set<String> = ["Mr", "Mrs", "Ms", "Miss", "Dr", "Mme", "Herr", "Frau"]
    /// Words after an honorific that name a title, a contest or a character, not a person ("Miss World", "Mr. Big").
    static let honorificsNamingNoOne: TokenSet = ["World", "Universe", "Olympia", "America", "Earth", "International", "Big", "Right", "Clean", "Bean", "President", "Speaker", "Chairman", "Justice"]

    static let maleTitles: TokenSet = ["Mr", "King", "Prince", "Sir", "Lord", "Sultan", "Emir", "Sheikh", "Shaikh", "Sheik", "Samdech", "Rra", "Ratu", "Mir", "spokesman", "Spokesman", "Congressman", "Chairman"]
    static let femaleTitles: TokenSet = ["Mrs", "Ms", "Miss", "Queen", "Princess", "Lady", "Dame", "Sheikha", "Shaikha", "Hajiya", "Hajah", "Hjh", "Mma", "Meme", "spokeswoman", "Spokeswoman", "Congresswoman", "Chairwoman"]

    func isSpeechVerb(_ t: Token) -> Bool { Lexicon.speechVerbs.contains(t) }

    /// The last word of the role before a comma at `k`: the word before it, or, when the role ends
    /// with where it is held ("China's ambassador in Buenos Aires, Wang Wei"), the role noun before that place.
    static func roleEnd(_ toks: TokenList, before k: Int) -> Int {
        // ("the president of the Rally for Democracy and Progress (RDP), Hidipo Hamutenya": the body's acronym.)
        // ("el presidente de la federación estadunidense (US Soccer), Carlos Cordeiro": or its name.)
        if k >= 4, toks[k - 1].is(")"), let open = (max(1, k - 6)..<(k - 2)).last(where: { toks[$0].is("(") }) { return roleEnd(toks, before: open) }
        guard k >= 3, toks[k - 1].isCapitalized else { return roleBeforeBody(toks, before: k) ?? k - 1 }
        var j = k - 1
        while j > 0, k - j <= 3, toks[j].isCapitalized { j -= 1 }
        // ("The Chinese Ambassador to Tanzania, Ms Chen Mingjian": the role may be capitalised.)
        if toks[j].is("in", "to", "at"), j > 0, isRoleNoun(toks[j - 1].text) { return j - 1 }
        // ("the Ambassador of the People's Republic of China to Yemen, Kang Yong": the country the office is of, too.)
        if toks[j].is("in", "to", "at"), j > 2 {
            var m = j - 1
            while m > 1, j - m <= 10, toks[m].isCapitalized || toks[m].is("the", "of", "'", "\u{2019}", "s") {
                if toks[m].is("of"), isRoleNoun(toks[m - 1].text) { return m - 1 }
                m -= 1
            }
        }
        // "his Senior Special Assistant on Media and Publicity, Garba Shehu": a capitalised role and its portfolio.
        var m = k - 1
        while m > 0, k - m <= 6, toks[m].isCapitalized || toks[m].is("and", "&") { m -= 1 }
        // ("the head of the MTC, Raúl Pérez Reyes", "the minister of Foreign Trade and Tourism, Desilú León": in lower case, with "the".)
        if toks[m].is("the"), m > 1, toks[m - 1].is("on", "for", "of") { m -= 1 }
        if toks[m].is("on", "for", "of"), m > 0, toks[m - 1].isCapitalized || toks[m - 1].isLowercase, isRoleNoun(toks[m - 1].text) { return m - 1 }
        // ("the president of the Rally for Democracy and Progress, Hidipo Hamutenya": a body's name with its own "for".)
        while m > 1, k - m <= 12, toks[m].isCapitalized || toks[m].is("and", "&", "of", "for", "on", "the") {
            if toks[m].is("of", "for"), toks[m - 1].isLowercase, isRoleNoun(toks[m - 1].text) { return m - 1 }
            m -= 1
        }
        return roleBeforeBody(toks, before: k) ?? k - 1
    }

    /// The role noun before "of" and the body it is held in, in any case and language, when the body ends at the
    /// comma at `k`: "the president of the federation, Carlos Cordeiro", "el presidente de la comisión, Ruperto Godoy",
    /// "der verkehrspolitische Sprecher der Grünen-Bundestagsfraktion, Albert Schmidt".
    static func roleBeforeBody(_ toks: TokenList, before k: Int) -> Int? {
        var m = k - 1
        while m > 0, k - m <= 8, toks[m].isWord || (toks[m].is("-", "'", "\u{2019}") && !toks[m].spaceBefore) {
            if toks[m].isLowercase, bodyPrepositions.contains(toks[m]), isRoleNoun(toks[m - 1].text) { return m - 1 }
            // ("il direttore ad interim della Sala Stampa della Santa Sede, Alessandro Gisotti": a qualifier of the role
            // between it and "of".)
            if toks[m].isLowercase, bodyPrepositions.contains(toks[m]), m >= 2, roleQualifiers.contains(toks[m - 1]) {
                var r = m - 1
                while r > 0, m - r <= 2, roleQualifiers.contains(toks[r]) { r -= 1 }
                if isRoleNoun(toks[r].text) { return r }
            }
            m -= 1
        }
        return nil
    }

    /// Last words of the names of churches' bodies, which end no person's name.
    static let churchBodyWords: Set<String> = [
        "Conference", "Church", "Diocese", "Archdiocese", "Vicariate", "Sisters", "Brothers", "Fathers", "Brotherhood", "Congregation",
        "Synod", "Symposium", "Mission", "Missions", "Order", "Seminary", "Parish", "Cathedral", "Abbey", "Monastery",
    ]

    /// Words that qualify a role after it: "ad interim", "par intérim", "general", "adjunto", "esecutivo".
    static let roleQualifiers: TokenSet = [
        "ad", "interim", "intérim", "par", "general", "generale", "général", "adjunto", "adjunta", "interino", "interina",
        "esecutivo", "ejecutivo", "executivo", "exécutif", "nacional", "nazionale", "national", "regional", "emeritus", "emérito",
    ]

    /// "of" in the languages of `roleBeforeBody`, with its article where the two are written as one.
    static let bodyPrepositions: TokenSet = ["of", "for", "de", "del", "della", "dello", "dei", "degli", "delle", "di", "du", "des", "do", "da", "dos", "das", "der"]

    /// The one leader (president, prime minister, ...) the gazetteer knows by this family name.
    /// Of known people who share a family name, those who held an office in the article's year, then (of several,
    /// or none in office) those of a country the article names; all of them when neither tells them apart.
    /// "the United States Secretary of State, Mr. Dulles": of namesakes, the one whose office the words just before name.
    func narrowByTitle(_ ids: [String], before position: (Int, Int)) -> [String] {
        guard ids.count > 1 else { return ids }
        let toks = tokens[position.0]
        for k in stride(from: position.1 - 1, through: max(0, position.1 - 10), by: -1) {
            guard let (entry, end) = Self.titleTrie.longestMatch(in: toks, at: k), end <= position.1 else { continue }
            let title = entry.surface.lowercased()
            guard title.count > 3, !["mr", "mrs", "ms", "dr", "miss", "sir"].contains(title) else { continue }
            let fitting = ids.filter { id in entity(id)?.roles.contains { $0.title.lowercased().contains(title) } ?? false }
            if fitting.count == 1 { return fitting }
        }
        return ids
    }

    func narrowNamesakes(_ ids: [String]) -> [String] {
        var ids = ids
        let active = inOffice(ids)
        if !active.isEmpty { ids = active }
        // ("Dr. Radhakrishnan, the Vice-President" in 1960: not the head of ISRO from 2009, whose first office came decades later.)
        if ids.count > 1, case let ofTheTime = ids.filter({ notYetInPublicLife($0) }), !ofTheTime.isEmpty { ids = ofTheTime }
        if ids.count > 1 {
            let counts = countryCounts()
            let named = ids.filter { id in entity(id)?.countries.contains { counts[$0] != nil } ?? false }
            if !named.isEmpty { ids = named }
        }
        return ids
    }

    func leader(familyName word: String) -> String? {
        let leaders = (gazetteer.peopleByFamilyName[word] ?? []).filter { id in
            gazetteer.entities[id]?.roles.contains { ["President", "Prime Minister", "Premier", "Chancellor"].contains($0.title) } ?? false
        }
        if leaders.count == 1 { return leaders[0] }
        // "the Aquino administration" in 2016: of two leaders of the name, the one in office in the article's year.
        guard let year, leaders.count > 1 else { return nil }
        let inOffice = leaders.filter { id in yearsInOffice(id).map { $0.first <= year && year <= $0.last } ?? false }
        return inOffice.count == 1 ? inOffice[0] : nil
    }

    /// "since the days of Mintoff", "under Mintoff's government" in a story about Malta: the family name alone of the one
    /// known head of government or state who bears it, when the story names that person's country at least twice and
    /// the person had come to office by the article's year. A name among other capitalised words is another's.
    /// Whether the honorific right before `k` ("Mr", "Mr.") says the sex of the known person `id`.
    func honorificFits(_ toks: TokenList, before k: Int, _ id: String) -> Bool {
        let h = k >= 2 && toks[k - 1].is(".") && !toks[k - 1].spaceBefore ? k - 2 : k - 1
        guard h >= 0, let said = Self.honorificGenders[toks[h].text], let said, let gender = entity(id)?.gender else { return false }
        return said == gender
    }

    func tagLeadersByFamilyName() {
        var counts: [String: Int]?
        for u in units.indices where units[u].kind != .heading {
            let toks = tokens[u]
            for k in toks.indices where toks[k].isCapitalized && !toks[k].isAllCaps && toks[k].text.utf8.count >= 4 && !isCovered(u, k) {
                guard let id = leader(familyName: toks[k].text), !Lexicon.notNames.contains(toks[k]),
                      // (Not "Mrs. Carter", the leader's wife, nor "Ford", a name the gazetteer gives a company too.)
                      // ("Mr Hawke told reporters": an honorific of the leader's own sex is the leader.)
                      k == 0 || !(toks[k - 1].isCapitalized && toks[k - 1].isWord) || toks[k - 1].is("\"") || honorificFits(toks, before: k, id),
                      !(k >= 2 && toks[k - 1].is(".") && Self.stopAbbreviations.contains(toks[k - 2])) || honorificFits(toks, before: k, id),
                      !(k >= 1 && toks[k - 1].is("(")),
                      // (Nor a place: "in Valencia", "a woman from Valencia", "families from Valencia".)
                      !(k >= 1 && toks[k - 1].is("in", "near", "outside")),
                      // (Nor a word glued to a hyphen: "les ports du Saint-Laurent" is no Louis St. Laurent.)
                      !(k >= 1 && !toks[k].spaceBefore && toks[k - 1].is("-")),
                      !(k >= 2 && toks[k - 1].is("from") && (Lexicon.unnamedPersonNouns.contains(toks[k - 2])
                          || Self.originPlurals.contains(toks[k - 2].lower))),
                      gazetteer.trie.longestMatch(in: toks, at: k) == nil, !gazetteer.organizationOpeners.contains(toks[k].text),
                      k + 1 == toks.count || !(toks[k + 1].isCapitalized && toks[k + 1].isWord && toks[k + 1].spaceBefore),
                      let person = entity(id), let country = person.countries.first else { continue }
                if let year, let (first, _) = yearsInOffice(id), year < first { continue }
                if counts == nil { counts = countryCounts() }
                // ("the Hawke Government ... Mr Hawke told reporters": or the leader the article names otherwise.)
                guard (counts![country] ?? 0) >= 2 || spans.contains(where: { $0.entityID == id }) else { continue }
                addSpan(Span(unit: u, first: k, last: k, entityID: id, rule: "person.leader-family-name"))
            }
        }
    }

    /// Spanish, Italian and German articles, before which capitalised words are a body's or a thing's name, not a person's.
    /// German's definite articles, in any case ("Die Politik Adenauers", "der Saarpolitik").
    static let germanArticles: TokenSet = ["der", "die", "das", "dem", "den", "des"]

    static let romanceGermanArticles: TokenSet = ["la", "el", "los", "las", "il", "lo", "gli", "der", "die", "das", "dem", "den", "des"]
    /// Honorifics written before a given name alone in Portuguese and Spanish: "dom Cláudio", "frei Betto", "don Ramón".
    static let givenNameHonorifics: TokenSet = ["dom", "Dom", "dona", "Dona", "frei", "Frei", "padre", "Padre", "don", "Don", "doña", "Doña"]

    /// Articles and possessives before an office: "son président-directeur général, X", "su director, X".
    static let officeDeterminers: TokenSet = ["le", "la", "son", "sa", "leur", "el", "su", "o", "a", "seu", "sua", "il", "lo", "suo", "its", "his", "her", "their"]

    /// A Russian, Ukrainian or Belarusian patronymic: "Vladimirovich", "Ilyinichna".
    static func isPatronymic(_ word: String) -> Bool {
        word.count >= 7 && word.first?.isUppercase == true
            && ["ovich", "evich", "ovna", "evna", "ichna", "inichna"].contains { word.hasSuffix($0) }
    }

    /// Titles in other languages, capitalised before a family name, with the English title of the role ("Bundeskanzler
    /// Adenauer" is Chancellor Adenauer).
    static let foreignTitlesInEnglish: [String: String] = [
        "Bundeskanzler": "Chancellor", "Bundeskanzlerin": "Chancellor", "Kanzler": "Chancellor", "Kanzlerin": "Chancellor",
        "Bundespräsident": "President", "Bundespräsidentin": "President", "Staatspräsident": "President", "Präsident": "President",
        "Präsidentin": "President", "Außenminister": "Foreign Minister", "Außenministerin": "Foreign Minister",
        "Président": "President", "Presidente": "President", "Ministre": "Minister", "Ministro": "Minister",
        // ("der italienische Ministerpräsident Segni": a government's head, in Italy or France as in a German Land.)
        "Ministerpräsident": "Prime Minister", "Ministerpräsidentin": "Prime Minister", "Premierminister": "Prime Minister",
        "Premierministerin": "Prime Minister",
    ]

    /// Heads' titles in French, Spanish and Portuguese, written in lower case, with the English title of their role.
    static let foreignPresidentTitles: [String: String] = [
        "président": "President", "presidente": "President", "chancelier": "Chancellor",
    ]

    /// People said to come from a place: "families from Valencia".
    static let originPlurals: Set<String> = ["people", "families", "refugees", "migrants", "villagers", "residents", "evacuees", "workers"]

    /// Monarchs' titles that name the one who reigns when written alone: "the Queen said".
    static let reigningTitles: TokenSet = ["King", "Queen", "Emperor", "Empress", "Emir", "Amir", "Sultan"]

    /// "THE Queen yesterday pressed a button ...": a monarch's title after "the", with no name after it, is the
    /// monarch who reigned in the article's year over a country the article names (the one it names most, the
    /// outlet's own on a tie). Nothing without a year, or when two monarchs of the countries named are as likely.
    /// "the Pope said", "the Holy Father's reply", "the pontiff": the pope in the article's year.
    func tagReigningPope() {
        guard let year else { return }
        var pope: String??
        for u in units.indices where units[u].kind != .heading {
            let toks = tokens[u]
            for k in toks.indices.dropFirst() where toks[k - 1].lowerIs("the") && !isCovered(u, k) {
                var last = k
                if toks[k].is("Pope", "Pontiff", "pontiff") {
                    // (Not "the Pope of Alexandria", "the Pope Paul VI Hall": a name or a see after it.)
                    if k + 1 < toks.count, toks[k + 1].isWord, toks[k + 1].isCapitalized || toks[k + 1].is("of") { continue }
                } else if toks[k].is("Holy"), k + 1 < toks.count, toks[k + 1].is("Father"), !isCovered(u, k + 1) {
                    last = k + 1
                } else {
                    continue
                }
                if pope == nil {
                    let reigning = gazetteer.entities.values.filter { e in
                        e.kind == .person && e.roles.contains { $0.title == "Pope" && ($0.from ?? Int.max) <= year && year <= ($0.to ?? Int.max) }
                    }
                    // (A year two popes reigned in is no ground for either.)
                    pope = .some(reigning.count == 1 ? reigning[0].id : nil)
                }
                guard let id = pope! else { return }
                addSpan(Span(unit: u, first: k, last: last, entityID: id, rule: "person.reigning-pope"))
            }
        }
    }

    func tagReigningMonarchs() {
        guard let year else { return }
        var reigning: [String: [(id: String, country: String)]]?
        var firstNamed: [String: Int]?
        var counts: [String: Int] = [:]
        for u in units.indices where units[u].kind != .heading {
            let toks = tokens[u]
            for k in toks.indices.dropFirst() where toks[k].isCapitalized && toks[k - 1].lowerIs("the") && Self.reigningTitles.contains(toks[k]) && !isCovered(u, k) {
                // (Not "the King of Jordan", "the Queen Mother", "the King David Hotel".)
                if k + 1 < toks.count, toks[k + 1].isWord, toks[k + 1].isCapitalized || toks[k + 1].is("of") { continue }
                if reigning == nil {
                    counts = countryCounts()
                    var found: [String: [(String, String)]] = [:]
                    for (id, e) in gazetteer.entities where e.kind == .person {
                        for role in e.roles where (role.from ?? Int.max) <= year && year <= (role.to ?? Int.max) {
                            guard let space = role.title.firstIndex(of: " "), role.title[space...].hasPrefix(" of "),
                                  let country = e.countries.first, counts[country] != nil else { continue }
                            found[String(role.title[..<space]), default: []].append((id, country))
                        }
                    }
                    reigning = found
                }
                let home = outlet.flatMap { entity($0.id)?.countries.first }
                // (Of two who reigned in the article's year, the one the text named first: "King Farouk abdicated ... in
                // favour of his son, Crown Prince Ahmed Fuad ... the King" is Farouk.)
                if firstNamed == nil {
                    var order: [String: Int] = [:]
                    for (n, span) in spans.enumerated() where span.entityID.hasBytePrefix("person/") && order[span.entityID] == nil { order[span.entityID] = n }
                    firstNamed = order
                }
                // (The country the article names most: "the King" in a London paper's story from Bangkok is Thailand's;
                // the outlet's own only breaks a tie.)
                let candidates = (reigning![toks[k].text] ?? []).sorted { a, b in
                    let (x, y) = (counts[a.country] ?? 0, counts[b.country] ?? 0)
                    if x != y { return x > y }
                    if (a.country == home) != (b.country == home) { return a.country == home }
                    let (p, q) = (firstNamed![a.id] ?? Int.max, firstNamed![b.id] ?? Int.max)
                    if p != q { return p < q }
                    return a.id < b.id
                }
                guard let best = candidates.first else { continue }
                if let second = candidates.first(where: { $0.id != best.id }), best.country != home, second.country != best.country, counts[second.country] == counts[best.country] { continue }
                addSpan(Span(unit: u, first: k, last: k, entityID: best.id, rule: "person.reigning-monarch"))
            }
        }
    }

    /// A role noun among the next eight tokens from `start`, before a comma or a full stop ("Malta's ambassador to the UN,").
    static func roleBeforeComma(_ toks: TokenList, from start: Int) -> Bool {
        var k = start
        while k < min(toks.count, start + 8), !toks[k].is(",", ".", ";") {
            if toks[k].isLowercase, isRoleNoun(toks[k].text) { return true }
            k += 1
        }
        return false
    }

    /// A role noun, singular or plural ("legislator", "legislators").
    /// The provinces and territories of Canada as its papers abbreviate them after a riding ("Malpeque, P.E.I.": the first
    /// letter of the dotted ones, which the tokenizer splits).
    static func isCanadianProvinceAbbreviation(_ toks: TokenList, at i: Int) -> Bool {
        if toks[i].is("Ont", "Que", "Alta", "Sask", "Man", "Nfld") || toks[i].is("Yukon", "Nunavut") { return true }
        guard i + 2 < toks.count, toks[i + 1].is(".") else { return false }
        // B.C., P.E.I., N.S., N.B., N.L., N.W.T. (not N.Y. or N.J.).
        return (toks[i].is("B") && toks[i + 2].is("C")) || (toks[i].is("P") && toks[i + 2].is("E")) || (toks[i].is("N") && toks[i + 2].is("S", "B", "L", "W"))
    }

    static func isRoleNoun(_ word: String) -> Bool {
        let w = word.lowercased()
        if Lexicon.roleNouns.contains(w) || (w.hasSuffix("s") && Lexicon.roleNouns.contains(String(w.dropLast()))) { return true }
        // ("Pastoralist Jim Harrod said", "the statistician, Ian Castles,": callings English makes with -ist and -ician;
        // only the endings no family or given name has: not "Gilchrist", "Vashist", "Felician".)
        // (The bytes first: this runs for many words, and few end so.)
        guard Self.endsLikeCalling(w) else { return false }
        let stem = w.hasSuffix("s") ? w.dropLast() : Substring(w)
        return stem.utf8.count >= 7 && Self.callingEndings.contains { stem.hasSuffix($0) }
    }
    /// Words for a woman or a man, which after "a" in an apposition say the name before it is a person's ("Bui Thi Lan, a
    /// Muong woman who runs a shop").
    static let personNouns: [String: Entity.Gender] = [
        "woman": .female, "mother": .female, "widow": .female, "grandmother": .female, "housewife": .female, "girl": .female,
        "man": .male, "father": .male, "widower": .male, "grandfather": .male, "boy": .male,
    ]
    /// Endings of callings in -ist and -ician: journalist, pastoralist, scientist, economist, activist, biologist, jurist;
    /// physician, musician, politician, statistician, technician, clinician, electrician, magician.
    static let callingEndings = ["alist", "ologist", "ntist", "nomist", "ivist", "urist", "onist", "orist", "icist", "emist",
                                 "sician", "tician", "nician", "rician", "gician"]

    /// "Comrades J. V. Stalin, G. M. Malenkov, V. M. Molotov": initials before a family name need no
    /// other context when they fit exactly one known person (the family name, and the given name's
    /// first letter); an initial that fits nobody, or several, is left to the other rules.
    /// 'Claudius "Claudie" Massop', 'R.F. "Pik" Botha', 'Carlos “Chacho” Álvarez': a nickname in quotation marks between
    /// a given name (or initials) and the family name. The person is the one the gazetteer knows by either name with the
    /// family name ("Pik Botha"), else someone the text names by the given and family names.
    static let nicknameOpenings: TokenSet = ["\"", "\u{201C}", "\u{2018}"]
    static let nicknameClosings: TokenSet = ["\"", "\u{201D}", "\u{2019}"]

    func tagNicknamedPeople() {
        let opening = Self.nicknameOpenings, closing = Self.nicknameClosings
        for u in units.indices where units[u].kind != .heading {
            let toks = tokens[u]
            var k = 1
            while k + 3 < toks.count {
                defer { k += 1 }
                guard opening.contains(toks[k]), toks[k].spaceBefore, isNameToken(toks[k + 1]), !toks[k + 1].spaceBefore,
                      closing.contains(toks[k + 2]), !toks[k + 2].spaceBefore, isNameToken(toks[k + 3]), toks[k + 3].spaceBefore,
                      toks[k + 3].characterCount >= 3 else { continue }
                // The given name or initials before the nickname ("R.F.", "Claudius", "Juan Carlos").
                var g = k
                while g > 0, k - g < 4, isNameToken(toks[g - 1]) || (toks[g - 1].is(".") && g >= 2 && toks[g - 2].characterCount == 1 && toks[g - 2].isCapitalized) {
                    g -= 1
                }
                while g < k, Lexicon.titleWords.contains(toks[g]) || toks[g].is(".") { g += 1 }
                guard g < k, toks[g].isWord, !(g...(k + 3)).contains(where: { isCovered(u, $0) }) else { continue }
                var end = k + 3
                if end + 1 < toks.count, toks[end + 1].spaceBefore, isNameToken(toks[end + 1]), !isCovered(u, end + 1),
                   Lexicon.givenNameGenders[toks[end + 1].text] == nil { end += 1 }
                let given = text(of: toks, from: g, to: k - 1, in: u)
                let family = text(of: toks, from: k + 3, to: end, in: u)
                let nickname = toks[k + 1].text
                let known = (gazetteer.peopleByFamilyName[toks[k + 3].text] ?? []).filter { id in
                    guard let e = gazetteer.entities[id] else { return false }
                    return ([e.name] + e.aliases).contains { $0 == given + " " + family || $0 == nickname + " " + family }
                }
                let id: String
                if known.count == 1 {
                    id = known[0]
                } else {
                    let name = given + " " + family
                    id = "person/" + Slug.make(name)
                    if gazetteer.entities[id] == nil, local[id] == nil {
                        var person = Entity(id: id, kind: .person, name: name)
                        person.aliases = [nickname + " " + family]
                        person.familyName = family
                        person.gender = Lexicon.givenNameGenders[toks[g].text]
                        person.type = "found in text"
                        local[id] = person
                    }
                }
                addSpan(Span(unit: u, first: g, last: end, entityID: id, rule: "person.nickname"))
            }
        }
    }

    func tagInitialledKnownPeople() {
        for u in units.indices {
            let toks = tokens[u]
            var i = 0
            while i + 2 < toks.count {
                // ("MK Narayanan", "MK Stalin": initials written together without full stops, as Indian papers write them, before
                // the family name of a known person whose given names they are.)
                if toks[i].spaceBefore || i == 0, toks[i].isWord, toks[i].isAllCaps, (2...3).contains(toks[i].text.utf8.count), !isCovered(u, i),
                   toks[i + 1].isWord, toks[i + 1].isCapitalized, !toks[i + 1].isAllCaps, toks[i + 1].spaceBefore, !isCovered(u, i + 1),
                   i + 2 == toks.count || !(toks[i + 2].isCapitalized && toks[i + 2].spaceBefore), let initial = toks[i].text.first,
                   let known = knownPerson(initial: initial, familyName: toks[i + 1].text), initialsFit(known, count: toks[i].text.count, initials: Array(toks[i].text)) {
                    addSpan(Span(unit: u, first: i, last: i + 1, entityID: known, rule: "person.initials"))
                    i += 2
                    continue
                }
                guard toks[i].spaceBefore || i == 0, toks[i].isWord, toks[i].text.utf8.count == 1, toks[i].isCapitalized, toks[i + 1].is("."),
                      !toks[i + 1].spaceBefore, !isCovered(u, i) else { i += 1; continue }
                // "George J. Mitchell": a middle initial after a given name is another rule's (a title such as "Comrades" may come first).
                if i > 0, toks[i - 1].isWord, toks[i - 1].isCapitalized, !Lexicon.titleWords.contains(toks[i - 1]),
                   !(toks[i - 1].text.hasSuffix("s") && Lexicon.titleWords.contains(String(toks[i - 1].text.dropLast()))) {
                    i += 2
                    continue
                }
                var k = i + 2
                while k + 1 < toks.count, toks[k].isWord, toks[k].text.utf8.count == 1, toks[k].isCapitalized, toks[k + 1].is("."), !toks[k + 1].spaceBefore { k += 2 }
                guard k < toks.count, toks[k].isWord, toks[k].isCapitalized, toks[k].text.utf8.count > 1, toks[k].spaceBefore, !isCovered(u, k),
                      k + 1 == toks.count || !(toks[k + 1].isCapitalized && toks[k + 1].spaceBefore),
                      let initial = toks[i].text.first else { i = k; continue }
                if let known = knownPerson(initial: initial, familyName: toks[k].text), initialsFit(known, count: (k - i) / 2, initials: stride(from: i, to: k, by: 2).compactMap { toks[$0].text.first }) {
                    addSpan(Span(unit: u, first: i, last: k, entityID: known, rule: "person.initials"))
                }
                i = k + 1
            }
        }
    }

    /// Whether the data writes a known person with middle initials, none of them one of those written ("Fred L. Hartley"
    /// of Union Oil is not the congressman Fred A. Hartley Jr.).
    func hasOtherMiddleInitial(_ id: String, than written: Set<Character>) -> Bool {
        guard let e = entity(id) else { return false }
        let theirs = Set(([e.name] + e.aliases).flatMap { name in name.split(separator: " ").dropFirst().filter { $0.utf8.count == 2 && $0.hasSuffix(".") }.compactMap(\.first) })
        return !theirs.isEmpty && theirs.isDisjoint(with: written)
    }

    /// "Neil A. Armstrong, Air Force Col. Edwin E. Aldrin Jr. and ...": a known person's given and family names with middle
    /// initials between, wherever they stand (the gazetteer writes "Neil Armstrong"); the person of the article's time.
    func tagMiddleInitialledKnownPeople() {
        for u in units.indices {
            let toks = tokens[u]
            var i = 0
            while i + 3 < toks.count {
                defer { i += 1 }
                // (The initial and its stop first: they are rare, a given name's probe hashes the word.)
                guard toks[i + 1].characterCount == 1, toks[i + 2].is("."), !toks[i + 2].spaceBefore, toks[i + 1].spaceBefore, toks[i + 1].isWord,
                      toks[i + 1].isCapitalized, toks[i].isWord, toks[i].isCapitalized, toks[i].characterCount >= 2,
                      Lexicon.givenNameGenders[toks[i].text] != nil, !isCovered(u, i) else { continue }
                var k = i + 3
                if k + 1 < toks.count, toks[k].isWord, toks[k].characterCount == 1, toks[k].isCapitalized, toks[k + 1].is("."), !toks[k + 1].spaceBefore { k += 2 }
                guard k < toks.count, toks[k].spaceBefore, toks[k].isWord, toks[k].isCapitalized, toks[k].characterCount >= 2, !isCovered(u, k),
                      let id = gazetteer.peopleByName[toks[i].text + " " + toks[k].text], notYetInPublicLife(id),
                      !hasOtherMiddleInitial(id, than: Set(stride(from: i + 1, to: k, by: 2).compactMap { toks[$0].text.first })),
                      !(k + 1 < toks.count && toks[k + 1].spaceBefore && toks[k + 1].isCapitalized && toks[k + 1].isWord && !toks[k + 1].is("Jr", "Sr")) else { continue }
                // ("Edwin E. Aldrin Jr.": the suffix is part of the name.)
                var last = k
                if k + 1 < toks.count, toks[k + 1].is("Jr", "Sr") { last = k + 2 < toks.count && toks[k + 2].is(".") && !toks[k + 2].spaceBefore ? k + 2 : k + 1 }
                addSpan(Span(unit: u, first: i, last: last, entityID: id, rule: "person.middle-initial"))
                i = last
            }
        }
    }

    /// "the outgoing Prime Minister, Sir Robert Muldoon, ... Sir Robert refused": a knight or dame is called by "Sir" or
    /// "Dame" and the given name, the one person of the article with that given name.
    func tagKnightsByGivenName() {
        var people: [String: Set<String>]?
        for u in units.indices {
            let toks = tokens[u]
            var i = 0
            while i + 1 < toks.count {
                defer { i += 1 }
                guard toks[i].is("Sir", "Dame"), toks[i + 1].spaceBefore, toks[i + 1].isWord, toks[i + 1].isCapitalized, toks[i + 1].characterCount >= 3,
                      !isCovered(u, i + 1), i + 2 == toks.count || !(toks[i + 2].isCapitalized && toks[i + 2].spaceBefore && toks[i + 2].isWord) else { continue }
                if people == nil {
                    var byGiven: [String: Set<String>] = [:]
                    for span in spans where span.entityID.hasBytePrefix("person/") {
                        let words = text(of: tokens[span.unit], from: span.first, to: span.last, in: span.unit).split(separator: " ")
                        guard words.count >= 2 else { continue }
                        let given = words.first { !["Sir", "Dame"].contains($0) }.map(String.init)
                        if let given { byGiven[given, default: []].insert(span.entityID) }
                    }
                    people = byGiven
                }
                guard let ids = people?[toks[i + 1].text], ids.count == 1, let id = ids.first else { continue }
                addSpan(Span(unit: u, first: i + 1, last: i + 1, entityID: id, rule: "person.given-name"))
            }
        }
    }

    /// Verbs whose agent after "by" is usually a person: "founded by X", "led by X".
    /// After "X of", the token after a body's name ("the Centre for Strategic and International Studies
    /// (CSIS)"): capitalised words, their connectors and an acronym in brackets, at most fourteen tokens.
    static func bodyThenSpeech(_ toks: TokenList, from start: Int) -> Int? {
        var k = start
        if k < toks.count, toks[k].is("the") { k += 1 }
        var capitals = 0
        while k < toks.count, k - start < 14 {
            let t = toks[k]
            if t.isCapitalized { capitals += 1; k += 1; continue }
            if capitals > 0, t.is("of", "for", "and", "&", "on", "the"), k + 1 < toks.count, toks[k + 1].isCapitalized { k += 1; continue }
            if capitals > 0, t.is("("), k + 2 < toks.count, toks[k + 2].is(")") { k += 3; continue }
            // ("of the Centre for Environment and Development (CED) in Yaounde said": the body's city.)
            if capitals > 0, t.is("in"), k + 1 < toks.count, toks[k + 1].isCapitalized, toks[k + 1].isWord { k += 1; continue }
            // ("of the People's National Party (PNP) said": a possessive inside the body's name.)
            if capitals > 0, t.is("'", "\u{2019}"), k + 2 < toks.count, toks[k + 1].is("s"), toks[k + 2].isCapitalized { k += 2; continue }
            break
        }
        return capitals > 0 && k < toks.count ? k : nil
    }

    /// The last words of ministries' portfolios, never of a person's name.
    /// Offices written in capitals after what they are of ("the UNC MP", "Trade CS"): never a name's last word.
    static let capitalOffices: Set<String> = ["MP", "MPs", "MEP", "MLA", "MNA", "CS", "PS", "CAS", "PM", "FM", "CEO", "MMC", "MEC"]
    /// Titles in the plural, before the names of those who hold them ("Sens. Bob Casey and John Fetterman").
    static let pluralTitles: TokenSet = ["Sens", "Senators", "Reps", "Representatives", "Govs", "Governors", "Messrs", "Drs", "Gens", "Generals", "Profs", "Justices"]
    /// A member of a legislature, by the letters of the seat ("the Labour MP for Liverpool Exchange").
    static let memberAbbreviations: Set<String> = ["MP", "MPs", "MEP", "MLA", "MNA", "MPP", "MHA", "MHK", "TD", "MSP", "MS"]

    /// Family names that are also words of buildings and bodies ("Hall", "Court").
    /// Titles that open the names of buildings and colleges ("Lady Margaret Hall", "the Queen Elizabeth Hall").
    static let titlesOfPlaceNames: TokenSet = ["Lady", "Queen", "King", "Prince", "Princess", "St", "Saint", "Duke", "Duchess"]

    /// (Not "Church": "Grace Church said" is a congregation.)
    static let surnamesOfPlaces: TokenSet = ["Hall", "Court", "Field", "House", "Street"]

    /// A known given name, then a family name that is a building's or a body's word ("Arnold Hall", "Charles Court").
    static func isGivenNameAndPlaceSurname(_ given: String, _ family: Token) -> Bool {
        surnamesOfPlaces.contains(family) && Lexicon.givenNameGenders[given] != nil
    }

    static let portfolioNouns: Set<String> = [
        "Industry", "Industries", "Affairs", "Trade", "Commerce", "Finance", "Development", "Planning", "Resources", "Infrastructure",
        "Transport", "Transportation", "Agriculture", "Education", "Energy", "Mining", "Mines", "Fisheries", "Tourism", "Communications",
        "Technology", "Environment", "Investment", "Cooperation", "Relations", "Telecommunications", "Aviation", "Livestock",
        "Creation", "Growth", "Employment", "Welfare", "Housing", "Security", "Justice", "Works", "Lands", "Innovation",
    ]

    static let agentVerbs: TokenSet = ["founded", "led", "headed", "chaired", "co-founded", "cofounded", "directed", "written", "painted", "composed", "coached", "captained"]

    /// Honorifics that say a person's gender.
    static let honorificGenders: [String: Entity.Gender?] = [
        "Mr": .male, "Mrs": .female, "Ms": .female, "Miss": .female, "Lady": .female, "Dame": .female, "Lord": .male, "Sir": .male,
        "Monsieur": .male, "Madame": .female, "Pandit": .male, "Dr": nil, "Prof": nil, "General": nil, "Marshal": nil, "Admiral": nil,
        "Cde": nil, "Comrade": nil, "M": .male, "Herr": .male, "Frau": .female, "Señor": .male, "Señora": .female, "Signor": .male,
        "Signora": .female, "Mwalimu": .male, "Professor": nil,
        // (Of other languages in English-language news: "Shri Mehr Chand Khanna ... he told", "Hajja Amina al-Sayyed ... she said".)
        "Shri": .male, "Smt": .female, "Haji": .male, "Hajji": .male, "Alhaji": .male, "Hajja": .female, "Hajjah": .female, "Alhaja": .female,
        "Encik": .male, "Puan": .female,
    ]

    /// Whether a known person, found by a name written otherwise, could be meant in the article's year: not one whose
    /// first office came more than twenty years later ("Mr Robert Carr", Home Secretary in 1972, is not Bob Carr, Australia's
    /// foreign minister from 2012).
    func notYetInPublicLife(_ id: String) -> Bool {
        guard let year, let (first, _) = yearsInOffice(id) else { return true }
        return first <= year + 20
    }

    /// Whether a gazetteer match is a familiar form of a known person's given name ("Robert Carr" for Bob Carr) in an
    /// article from before that person's time, so someone else.
    func familiarFormOutOfTime(_ entry: TokenTrie.Entry) -> Bool {
        guard entry.form == .alias, year != nil, entry.entityID.hasBytePrefix("person/"), let e = entity(entry.entityID) else { return false }
        return Gazetteer.isFamiliarVariant(entry.surface, of: e.name) && !notYetInPublicLife(entry.entityID)
    }

    /// For a known person's name written in an article from more than twenty years before their first office, the one other
    /// known person of the same name but for "Sr." or "Jr." (`Gazetteer.looseName`) who was in public life within fifteen
    /// years of the article; nil otherwise, or when the year is unknown.
    func namesakeOfTheTime(_ entry: TokenTrie.Entry) -> String? {
        guard let year, !notYetInPublicLife(entry.entityID), let ids = gazetteer.peopleByLooseName[Gazetteer.looseName(entry.surface)] else { return nil }
        let others = ids.filter { id in
            guard id != entry.entityID, let (first, last) = yearsInOffice(id) else { return false }
            return first - 15 <= year && year <= last + 15
        }
        return others.count == 1 ? others[0] : nil
    }

    /// Of several known people, those who held one of their roles in the article's year (none when the
    /// year is unknown, so that the caller's other tests decide).
    func inOffice(_ ids: [String]) -> [String] {
        guard let year else { return [] }
        return ids.filter { id in
            entity(id)?.roles.contains { r in (r.from != nil || r.to != nil) && (r.from ?? Int.min) <= year && year <= (r.to ?? Int.max) } ?? false
        }
    }

    /// A known person's years in office, from the first role's start to the last role's end (or start); nil when
    /// no role has a year.
    /// Whether a known person is of a country the story names (or of none) or held office near the story's year.
    func personFitsStory(_ id: String) -> Bool {
        guard let e = entity(id), !e.countries.isEmpty else { return true }
        let counts = countryCounts()
        if e.countries.contains(where: { counts[$0] != nil }) { return true }
        guard let year, let years = yearsInOffice(id) else { return false }
        return year >= years.first - 5 && year <= years.last + 10
    }

    func yearsInOffice(_ id: String) -> (first: Int, last: Int)? {
        guard let roles = entity(id)?.roles, let first = roles.compactMap(\.from).min() else { return nil }
        return (first, roles.compactMap { $0.to ?? $0.from }.max() ?? first)
    }

    /// Of several known people none of whom held office in the article's year, the one whose years in
    /// office are clearly nearest to it ("George Bush" in 1977 is the later Vice President, not his son).
    func nearestInTime(_ ids: [String]) -> [String] {
        guard let year, ids.count > 1 else { return [] }
        let distances: [(String, Int)] = ids.compactMap { id in
            guard let (first, last) = yearsInOffice(id) else { return nil }
            return (id, year < first ? first - year : (year > last ? year - last : 0))
        }.sorted { $0.1 < $1.1 }
        guard distances.count == ids.count, distances[1].1 - distances[0].1 >= 5 else { return [] }
        return [distances[0].0]
    }

    /// Known people whose name sounds like this one (`Gazetteer.soundKey`), romanised otherwise, and who were
    /// in public life within fifteen years of the article (the Sri Lankan Ali Sabry of 2022 is not the Egyptian Ali
    /// Sabri of the 1960s). Nil when there are none.
    func soundAlike(_ name: String) -> [String]? {
        guard let key = Gazetteer.soundKey(name) else { return nil }
        // ("Akbar Gandschi", "Mohammed Resa Chatami": German papers spell foreign names the German way; the English spelling
        // the gazetteer gives is "Ganji", "Khatami".)
        guard let ids = gazetteer.peopleByLooseName[key] ?? (language == "de" ? Gazetteer.soundKey(Self.englishSpelling(ofGerman: name)).flatMap { gazetteer.peopleByLooseName[$0] } : nil)
        else { return nil }
        let fitting = ids.filter { id in
            guard let year, let (first, last) = yearsInOffice(id) else { return true }
            return first - 15 <= year && year <= last + 15
        }
        return fitting.isEmpty ? nil : fitting
    }

    /// Whether a known person held, in the article's year, an office beyond a city's or a province's (not a mayor's, a
    /// governor's, a councillor's).
    func holdsNationalOffice(_ e: Entity) -> Bool {
        guard let year else { return false }
        return e.roles.contains { r in
            (r.from != nil || r.to != nil) && (r.from ?? Int.min) <= year && year <= (r.to ?? Int.max)
                && !["Mayor", "Governor", "Council", "Alderman", "Sheriff", "Provincial", "Municipal", "City", "County"].contains { r.title.contains($0) }
        }
    }

    /// A foreign name as English writes it, from its German spelling: "dsch" is "j", "tsch" is "ch", "sch" is "sh", "Ch"
    /// opening a word is "Kh", "w" is "v" ("Gandschi" Ganji, "Chatami" Khatami, "Schamsolwaesin" Shamsolvaesin).
    static func englishSpelling(ofGerman name: String) -> String {
        var out = name.replacingOccurrences(of: "dsch", with: "j").replacingOccurrences(of: "Dsch", with: "J")
            .replacingOccurrences(of: "tsch", with: "ch").replacingOccurrences(of: "Tsch", with: "Ch")
            .replacingOccurrences(of: "sch", with: "sh").replacingOccurrences(of: "Sch", with: "Sh")
            .replacingOccurrences(of: "w", with: "v").replacingOccurrences(of: "W", with: "V")
        if out.hasPrefix("Ch") { out = "Kh" + out.dropFirst(2) }
        return out.replacingOccurrences(of: " Ch", with: " Kh")
    }

    /// The one known person with this family name whose given name starts with `initial`, if exactly one.
    /// Several initials before a family name fit a known person with fewer given names only when the article names
    /// the person's country ("V. M. Molotov" beside "Soviet"; not "Mr J. T. Lang", Premier of New South Wales, for the
    /// French minister Jack Lang in a story about Australia), and only of someone whose years in office the article's year
    /// can be checked against ("Mr. R.L. Bhatia" is not the businessman Rahul Bhatia, who holds no office in the gazetteer).
    func initialsFit(_ id: String, count: Int, initials: [Character] = []) -> Bool {
        // (Initials name someone of the article's time: "J. C. Shah", the judge of 1977, is not the cricket official Jay Shah.)
        if let year, let (first, last) = yearsInOffice(id), !(first - 15 <= year && year <= last + 15) { return false }
        // ("Rev. Brother J. A. Kennedy" is not John F. Kennedy: a second initial that none of the known person's written
        // names has in its place.)
        if initials.count >= 2, let e = entity(id), let family = e.familyName {
            let givens = ([e.name] + e.aliases).filter { $0.hasSuffix(" " + family) }.map { $0.dropLast(family.count + 1).split(separator: " ").compactMap(\.first) }
            if givens.contains(where: { $0.count >= 2 }), !givens.contains(where: { $0.count < 2 || Array($0.prefix(initials.count)) == Array(initials.prefix($0.count)) }) {
                return false
            }
        }
        guard count >= 2, let e = entity(id), let family = e.familyName, !e.countries.isEmpty else { return true }
        let given = e.name.dropLast(family.count).split(separator: " ")
        guard given.count < count else { return true }
        // ("Mr. R.L. Bhatia" in 1993 is not the businessman Rahul Bhatia, of no office with years to check: more initials than
        // given names fit only someone whose time the article's year can be checked against.)
        if yearsInOffice(id) == nil { return false }
        let named = namedCountryIDs()
        return named.isEmpty || e.countries.contains { named.contains($0) }
    }

    func knownPerson(initial: Character, familyName: String) -> String? {
        guard let ids = gazetteer.peopleByFamilyName[familyName] else { return nil }
        let fitting = ids.filter { id in gazetteer.entities[id].map { $0.name.first == initial && $0.name.hasSuffix(" " + familyName) } ?? false }
        return fitting.count == 1 ? fitting[0] : nil
    }

    /// "State Secretary Moerdiono said", "Coordinating Minister Sudomo told reporters": one word after an office's title,
    /// speaking, is the whole name of someone known by one name (as many Indonesians and Burmese are) when it is no known
    /// person's family name and the article never writes it beside another name's word ("Murdani" of "Benny Murdani",
    /// "Xiao" of "Xiao Jianguo") nor in brackets after a name (a nickname).
    /// Honorifics ("Mr", "Dr") and titles in lower case say too little: a family name alone follows them.
    func isMononym(_ u: Int, _ i: Int, afterTitle title: String) -> Bool {
        let toks = tokens[u]
        guard let first = title.utf8.first, first >= 0x41 && first <= 0x5A, title.containsBytes(" ") || Self.officeTitles.contains(title),
              i + 1 < toks.count, isSpeechVerb(toks[i + 1]) || toks[i + 1].is("told") else { return false }
        return isOneName(u, i)
    }

    /// Whether the word at `i` can be someone's one name: no known person's family name, no place, not tagged, and
    /// never written beside another name's word nor in brackets after a name.
    func isOneName(_ u: Int, _ i: Int) -> Bool {
        let toks = tokens[u]
        guard toks[i].characterCount >= 4, toks[i].isCapitalized, !toks[i].isAllCaps, gazetteer.peopleByFamilyName[toks[i].text] == nil,
              !isCovered(u, i), Lexicon.placeCountries[toks[i].text] == nil, !Lexicon.places.contains(toks[i].text),
              !Lexicon.notNames.contains(toks[i]), !Lexicon.titleWords.contains(toks[i]) else { return false }
        let word = toks[i].text
        for v in units.indices {
            let other = tokens[v]
            for k in other.indices where other[k].text == word {
                // ("Benny Murdani", "Xiao Jianguo", "Odete Maria Freitas Belo": one word of a longer name; "Ahmed Mohamed Mohamoud
                // (Silanyo)": a nickname in brackets.)
                if k > 0, case let before = other[k - 1], isNameToken(before) && !Lexicon.titleWords.contains(before) && !titleTrie(endsAt: k - 1, in: other) || before.is("(") { return false }
                if k + 1 < other.count, other[k + 1].spaceBefore, isNameToken(other[k + 1]), !isSpeechVerb(other[k + 1]) { return false }
            }
        }
        return true
    }

    /// Titles of one word that name an office (not an honorific such as "Mr" or "Dr").
    static let officeTitles: Set<String> = [
        "Minister", "Secretary", "President", "Vice-President", "Premier", "Governor", "Ambassador", "General", "Admiral", "Marshal",
        "Chairman", "Chairwoman", "Speaker", "Mayor", "Commissioner", "Director", "Spokesman", "Spokeswoman", "Envoy", "Chancellor",
    ]

    /// Whether a title ends at token `k` ("Foreign Minister" before a name).
    func titleTrie(endsAt k: Int, in toks: TokenList) -> Bool {
        for s in max(0, k - 3)...k { if let (_, end) = Self.titleTrie.longestMatch(in: toks, at: s), end == k + 1 { return true } }
        return false
    }

    /// Finds people the gazetteer does not know and tags every mention of them.
    /// Lower-case nouns of settlements: "the Kakuma camp", "Um Rakuba, a camp".
    static let settlementNouns: TokenSet = ["camp", "camps", "village", "town", "township", "settlement", "district", "county", "city", "suburb", "slum", "shantytown"]

    /// Names of capitalised words that the text follows with a settlement's noun ("Um Rakuba camp") or sets beside one
    /// ("Um Rakuba, a camp"), as their words joined by spaces.
    func namesCalledSettlements() -> Set<String> {
        var out = Set<String>()
        for u in units.indices {
            let toks = tokens[u]
            for k in toks.indices.dropFirst() where toks[k].isLowercase && Self.settlementNouns.contains(toks[k]) {
                // ("Dr Ian MacQueen, the city's Medical Officer of Health": one of the city's, not the city.)
                if k + 2 < toks.count, toks[k + 1].is("'", "\u{2019}"), toks[k + 2].is("s") { continue }
                var end = k - 1
                var apposition = false
                if end >= 1, toks[end].is("a", "an", "the"), end >= 2, toks[end - 1].is(",") { end -= 2; apposition = true }
                guard end >= 0, toks[end].isCapitalized, toks[end].isWord, apposition || toks[k].spaceBefore else { continue }
                var start = end
                while start > 0, end - start < 3, toks[start - 1].isCapitalized, toks[start - 1].isWord, toks[start].spaceBefore { start -= 1 }
                // (A name from its first capital: "the Kakuma camp", not "the"; "in Hamdayet and Um Rakuba camps": each.)
                for s in start...end { out.insert(nameWords(toks, s, end).joined(separator: " ")) }
            }
        }
        return out
    }

    /// Companies' legal forms, which follow a company's name and never a person's ("Placer Dome Inc.").
    static let legalForms: TokenSet = [
        "Inc", "Ltd", "Corp", "Co", "plc", "PLC", "Plc", "SA", "AG", "GmbH", "LLC", "NV", "BV", "Pty", "Limited", "Incorporated",
        "Corporation",
    ]

    /// "of" in French, Spanish, Italian and Portuguese, with its article, before an office's portfolio.
    static let romancePortfolioOf: TokenSet = ["de", "del", "della", "dell", "degli", "dei", "delle", "di", "da", "do", "dos", "das", "des", "du"]

    static let romancePortfolioArticles: TokenSet = ["la", "l", "las", "los", "le", "les", "a", "o", "as", "os"]
    static let romancePortfolioJoiners: TokenSet = ["e", "ed", "y", "et", "i", ","]

    /// Endings of French adjectives, for portfolios in lower case after their noun ("Affaires étrangères", "Affaires sociales").
    static let frenchAdjectiveEndings = ["ères", "ère", "aux", "ales", "ale", "iques", "ique", "elles", "elle", "ennes", "enne", "ieures", "ieure",
                                         "ieur", "aines", "aine", "ains", "ain", "ées", "aires", "aire", "ives", "ive", "ifs", "if", "als"]

    /// After "ministro" and its "de" at `of`: the portfolio's words ("dell'Agricoltura", "de l'Intérieur", "des Affaires
    /// étrangères et européennes", "de Relaciones Exteriores y Culto"), then the first word of a name that opens with a known
    /// given name and has a word more; nil when anything else stands there.
    func romancePortfolioName(_ toks: TokenList, unit u: Int, after of: Int) -> Int? {
        var k = of + 1
        // The article, elided or not: "dell'", "de l'", "de la", "da".
        if k < toks.count, toks[k].is("'", "\u{2019}"), !toks[k].spaceBefore { k += 1 }
        else if k + 1 < toks.count, Self.romancePortfolioArticles.contains(toks[k]) {
            k += 1
            if toks[k].is("'", "\u{2019}"), !toks[k].spaceBefore { k += 1 }
        }
        guard k < toks.count, toks[k].isCapitalized, toks[k].isWord, !Lexicon.isGivenName(toks[k]) else { return nil }
        var portfolio = 0
        var afterAdjective = false
        while k < toks.count, portfolio <= 6 {
            let t = toks[k]
            if t.isCapitalized, t.isWord {
                // The name: a known given name with a capitalised word after it, not the first word of the portfolio.
                if portfolio > 0, t.spaceBefore, Lexicon.isGivenName(t), !isCovered(u, k),
                   let last = nameEnd(toks, unit: u, from: k), last > k {
                    return k
                }
                portfolio += 1
                afterAdjective = false
            } else if Self.romancePortfolioJoiners.contains(t) || Self.romancePortfolioOf.contains(t) || Self.romancePortfolioArticles.contains(t) || t.is("'", "\u{2019}") {
                afterAdjective = false
            } else if language == "fr", t.isLowercase, t.isWord, !afterAdjective, portfolio > 0, t.characterCount >= 5,
                      Self.frenchAdjectiveEndings.contains(where: { t.text.hasSuffix($0) }) {
                // ("des Affaires étrangères": French keeps the portfolio's adjectives in lower case.)
                afterAdjective = true
            } else {
                return nil
            }
            k += 1
        }
        return nil
    }

    func discoverPeople() {
        tagInitialledKnownPeople()
        tagMiddleInitialledKnownPeople()
        tagNicknamedPeople()
        var found: [NameCandidate] = []
        var singles: [(unit: Int, index: Int)] = []  // lone capitalised words used as speakers
        var chiefs: [NameCandidate] = []  // lone names after the title of a chief or village head
        var weak: [NameCandidate] = []
        // Static tables read into locals once (each read of a static is a call and a copy).
        let titleTrie = Self.titleTrie
        let clauseOpeners = Self.clauseOpeners, professionNouns = Lexicon.professionNouns, walksOfLife = Lexicon.walksOfLife
        let personObjectVerbs = Self.personObjectVerbs
        let isGerman = language == "de"
        for u in units.indices where units[u].kind != .heading {
            let toks = tokens[u]
            var i = 0
            while i < toks.count {
                // ("L'assessore regionale alla Sanità, Vittorio Rivolta": an elided article before a word in lower case starts no name.)
                if toks[i].characterCount == 1, toks[i].is("L", "D", "l", "d"), i + 2 < toks.count, toks[i + 1].is("'", "\u{2019}"), !toks[i + 1].spaceBefore,
                   !toks[i + 2].spaceBefore, toks[i + 2].isLowercase {
                    i += 2
                    continue
                }
                // ("the San Diego Padres shortstop", "In San Pedro de Macorís": a saint's name is a place's, not a person's.)
                if toks[i].is("San", "Santa", "Santo", "São", "Saint"), i + 1 < toks.count, toks[i + 1].spaceBefore, toks[i + 1].isCapitalized,
                   Lexicon.isGivenName(toks[i + 1]), !isCovered(u, i) {
                    i += 2
                    continue
                }
                let clauseStart = i == 0 || clauseOpeners.contains(toks[i - 1])
                // "Russian Anna Smirnova", "Ukrainian saber fencer Olha Kharlan": a people's adjective, then a name of two words
                // or more whose first is a known given name.
                if i + 2 < toks.count, toks[i + 1].spaceBefore, toks[i + 1].isCapitalized, Lexicon.givenNameGenders[toks[i + 1].text] != nil,
                   let d = coveringSpan(u, i), d.last == i, d.rule == "gazetteer.adjective", d.entityID.hasBytePrefix("country/"),
                   !isCovered(u, i + 1), let last = nameEnd(toks, unit: u, from: i + 1), last > i + 1 {
                    found.append(NameCandidate(unit: u, first: i + 1, last: last, gender: Lexicon.givenNameGenders[toks[i + 1].text], rule: "person.nationality"))
                    i = last + 1
                    continue
                }
                // ("FPÖ-Chef Heinz-Christian Strache", "Grünen-Chefin Eva Glawischnig", "Landeshauptfrau-Stellvertreter Wilfried
                // Haslauer": German joins an office or a role to its body or its place with a hyphen, before a name of two words
                // or more.)
                if isGerman, toks[i].isCapitalized || toks[i].isAllCaps, i + 4 < toks.count, toks[i + 1].is("-"), !toks[i + 1].spaceBefore,
                   !toks[i + 2].spaceBefore, toks[i + 2].isCapitalized, toks[i + 2].characterCount >= 4,
                   Self.germanNameTitleEndings.contains(where: { toks[i + 2].lower.hasSuffix($0) }),
                   toks[i + 3].spaceBefore, toks[i + 3].isCapitalized, !isCovered(u, i + 3),
                   let last = nameEnd(toks, unit: u, from: i + 3), last > i + 3 {
                    found.append(NameCandidate(unit: u, first: i + 3, last: last, gender: Lexicon.givenNameGenders[toks[i + 3].text], rule: "person.title"))
                    i = last + 1
                    continue
                }
                // "Kulturstaatsministerin Claudia Roth", "Außenminister Geoffrey Onyeama": German joins the office into one
                // word that ends like a title.
                // ("Hochtief-Bauleiter Walter Jurecka", "Konzernsprecher Alexander Machowetz": or a role's word, joined to its
                // body or not, before a known given name.)
                if isGerman, toks[i].isCapitalized, toks[i].characterCount >= 6, i + 1 < toks.count, toks[i + 1].spaceBefore,
                   (toks[i].characterCount >= 7 && Self.germanTitleEndings.contains(where: { toks[i].text.hasSuffix($0) }))
                    || (Lexicon.givenNameGenders[toks[i + 1].text] != nil && Self.germanNameTitleEndings.contains(where: { toks[i].lower.hasSuffix($0) })),
                   let last = nameEnd(toks, unit: u, from: i + 1), last > i + 1 {
                    found.append(NameCandidate(unit: u, first: i + 1, last: last, rule: "person.title"))
                    i = last + 1
                    continue
                }
                // ("Bundesminister für Inneres Oskar Helmer berichtete": the office's portfolio after "für", "des" or "der", then a
                // name that opens with a known given name.)
                if isGerman, toks[i].isCapitalized, toks[i].characterCount >= 7, i + 3 < toks.count, toks[i + 1].is("für", "des", "der"),
                   Self.germanTitleEndings.contains(where: { toks[i].text.hasSuffix($0) }),
                   let g = (i + 2..<min(toks.count, i + 8)).first(where: { j in Lexicon.givenNameGenders[toks[j].text] != nil && j > i + 2 }),
                   (i + 2..<g).allSatisfy({ toks[$0].isWord && (toks[$0].isCapitalized || toks[$0].is("und", "für", "der", "des", "die")) }),
                   !isCovered(u, g), let last = nameEnd(toks, unit: u, from: g), last > g {
                    found.append(NameCandidate(unit: u, first: g, last: last, gender: Lexicon.givenNameGenders[toks[g].text], rule: "person.title"))
                    i = last + 1
                    continue
                }
                // ("l'amministratore delegato, ing. Fedele Cova,", "on. Armando Angelini": Italian papers abbreviate a person's
                // degree or style in lower case before the name.)
                // (The token's own tests first: this runs for every token.)
                if i + 3 < toks.count, toks[i + 1].is("."), !toks[i + 1].spaceBefore, toks[i].isLowercase, toks[i + 2].spaceBefore, toks[i + 2].isCapitalized,
                   language == "it", Self.italianStyleAbbreviations.contains(toks[i]), !isCovered(u, i + 2),
                   let last = nameEnd(toks, unit: u, from: i + 2), last > i + 2 {
                    found.append(NameCandidate(unit: u, first: i + 2, last: last, rule: "person.title"))
                    i = last + 1
                    continue
                }
                // ("Sens. Bob Casey and John Fetterman of Pennsylvania, Marco Rubio of Florida and Josh Hawley of Missouri": a title
                // in the plural, then the names it is the title of, each perhaps with its place, joined by commas and "and".)
                // (The token's own test first: this runs for every token.)
                if toks[i].isCapitalized, Self.pluralTitles.contains(toks[i]), i + 2 < toks.count, !isCovered(u, i) {
                    var k = i + 1
                    if toks[k].is("."), !toks[k].spaceBefore { k += 1 }
                    var names: [(Int, Int)] = []
                    while k < toks.count, names.count < 8 {
                        if let known = coveringSpan(u, k), known.first == k, known.entityID.hasBytePrefix("person/") {
                            k = known.last + 1
                        } else if !isCovered(u, k), let last = nameEnd(toks, unit: u, from: k), last > k, !toks[k].is("The") {
                            names.append((k, last))
                            k = last + 1
                        } else {
                            break
                        }
                        if k + 1 < toks.count, toks[k].is("of"), toks[k + 1].isCapitalized {
                            k += 2
                            while k < toks.count, toks[k].isCapitalized, toks[k].spaceBefore { k += 1 }
                        }
                        if k + 1 < toks.count, toks[k].is(",") { k += toks[k + 1].is("and") ? 2 : 1; continue }
                        if k < toks.count, toks[k].is("and") { k += 1; continue }
                        break
                    }
                    if !names.isEmpty {
                        for (a, b) in names { found.append(NameCandidate(unit: u, first: a, last: b, rule: "person.title")) }
                        i = names[names.count - 1].1 + 1
                        continue
                    }
                }
                // Title + Name: "Foreign Minister Wang Yi", "Mr. Smith".
                // (Burmese "U" only before a word of its own: not the "U" of "U.S.S.R." or "U-turn".)
                // ("Mr. M. R. Masani", "M. R. Masani": a letter before another initial is an initial too, not the French "M.".)
                if let (entry, end) = titleTrie.longestMatch(in: toks, at: i), !isCoveredByNonPerson(u, i),
                   entry.surface != "U" || (end < toks.count && toks[end].spaceBefore && toks[end].isWord && toks[end].characterCount > 1),
                   entry.surface.count > 1 || !Self.initialFollows(toks, end) {
                    var start = end
                    if start < toks.count, toks[start].is("."), !toks[start].spaceBefore { start += 1 }
                    // "Chief of Staff Lt. Gen. Eyal Zamir": titles one after another.
                    var chained = 1
                    while start < toks.count {
                        if toks[start].spaceBefore, let (title, next) = titleTrie.longestMatch(in: toks, at: start), next - start <= 3,
                           title.surface.count > 1 || !Self.initialFollows(toks, next) {
                            start = next
                        } else if toks[start].is("("), let (_, close) = titleTrie.longestMatch(in: toks, at: start + 1), close < toks.count, toks[close].is(")") {
                            start = close + 1  // "Dato Seri Setia (Dr) Hj Awg Mohammad Yasmin": a title in brackets
                        } else if chained >= 3, let next = Self.conferredTitleEnd(toks, from: start, titles: titleTrie) {
                            // "Yang Berhormat Pehin Orang Kaya Pekerma Laila Diraja Dato Seri Setia Lim Jock Seng": in a long
                            // chain of honorifics, the words of a conferred title stand between two titles.
                            start = next
                        } else {
                            break
                        }
                        chained += 1
                        if start < toks.count, toks[start].is("."), !toks[start].spaceBefore { start += 1 }
                    }
                    // "Minister of Construction Tran Quoc Khanh", "Secretary for Foreign Affairs X": the portfolio belongs to the title.
                    if start < toks.count, toks[start].is("of", "for") {
                        var k = start + 1
                        if k < toks.count, toks[k].is("the") { k += 1 }
                        var portfolio = 0
                        // ("The Minister of Power, Engr. Abubakar Aliyu": a comma goes on with the portfolio only before another
                        // portfolio word, not before a name.)
                        while k < toks.count, (toks[k].isCapitalized && Lexicon.genericInstitutionWords.contains(toks[k]))
                                // ("Minister of Housing and Urban-Rural Development Chen Zhenggao": words joined by a hyphen.)
                                || (portfolio > 0 && toks[k].is("-") && !toks[k].spaceBefore && k + 1 < toks.count && !toks[k + 1].spaceBefore && toks[k + 1].isCapitalized)
                                || (portfolio > 0 && toks[k].isCapitalized && !toks[k].spaceBefore && toks[k - 1].is("-"))
                                || (portfolio > 0 && toks[k].is("and", "&", ",") && k + 1 < toks.count && toks[k + 1].isCapitalized
                                    && (!toks[k].is(",") || Lexicon.genericInstitutionWords.contains(toks[k + 1])))
                                // ("Minister of Industry, Investment, Trade and the Digital Economy Moulay Hafid Elalamy": "the" after "and".)
                                || (portfolio > 0 && toks[k].is("the") && toks[k - 1].is("and", "&") && k + 1 < toks.count
                                    && toks[k + 1].isCapitalized && Lexicon.genericInstitutionWords.contains(toks[k + 1])) {
                            if toks[k].isCapitalized { portfolio += 1 }
                            k += 1
                        }
                        if portfolio > 0, k < toks.count, toks[k].spaceBefore, isNameToken(toks[k]) { start = k }
                    }
                    // ("il ministro dell'Agricoltura Mario Ferrari Aggradi", "le ministre des Affaires étrangères Maurice Couve de
                    // Murville", "el ministro de Relaciones Exteriores Dante Caputo": French, Spanish, Italian and Portuguese give the
                    // portfolio after "de" and run on into the name with no comma; the name opens with a known given name.)
                    if start + 2 < toks.count, start > end || toks[start].spaceBefore, toks[start].isLowercase, Self.romancePortfolioOf.contains(toks[start]),
                       let g = romancePortfolioName(toks, unit: u, after: start) {
                        start = g
                    }
                    // "The Ambassador of the People's Republic of China to Kuwait Li Minggang": the country the office is of.
                    if start + 2 < toks.count, toks[start].is("of") {
                        let k = toks[start + 1].is("the") ? start + 2 : start + 1
                        if let place = coveringSpan(u, k), place.first == k, place.entityID.hasBytePrefix("country/"), place.last + 1 < toks.count,
                           toks[place.last + 1].is("to", "in", "at") || (toks[place.last + 1].spaceBefore && isNameToken(toks[place.last + 1]) && !isCovered(u, place.last + 1)) {
                            start = place.last + 1
                        }
                    }
                    // "Ambassador to Jamaica Tian Qi", "Consul General in Lagos Chu Maoming": the post's place belongs to the title.
                    if start < toks.count, toks[start].is("to", "in", "at"), start + 2 < toks.count {
                        var k = start + 1
                        // ("Chinese Ambassador to the UAE Ni Jian": the place may take "the".)
                        if toks[k].is("the"), let place = coveringSpan(u, k + 1), place.first == k + 1, place.entityID.hasBytePrefix("country/") || place.entityID.hasBytePrefix("region/") {
                            k = place.last + 1
                        } else if let place = coveringSpan(u, k), place.first == k, place.entityID.hasBytePrefix("country/") || place.entityID.hasBytePrefix("region/") {
                            k = place.last + 1
                        } else if let (_, last) = placeCountry(u, from: k) {
                            k = last + 1
                        } else if let (entry, end) = gazetteer.trie.longestMatch(in: toks, at: k), entry.entityID.hasBytePrefix("country/"), entry.form == .name {
                            k = end  // ("Ambassador to Jordan Pan Weifang": a country whose name is also a person's, not yet decided.)
                        }
                        if k > start + 1, k < toks.count, toks[k].spaceBefore, isNameToken(toks[k]) { start = k }
                    }
                    if start < toks.count, toks[start].spaceBefore || start > end, let last = nameEnd(toks, unit: u, from: start) {
                        let gender: Entity.Gender? = Self.maleTitles.contains(entry.surface) ? .male : (Self.femaleTitles.contains(entry.surface) ? .female : nil)
                        found.append(NameCandidate(unit: u, first: start, last: last, gender: gender, rule: "person.title", title: entry.surface))
                        // "Mr Mandelson": one word after a title points back to the full name ("Peter Mandelson").
                        if last == start {
                            singles.append((u, start))
                            if Self.singleNameTitles.contains(entry.surface) || isMononym(u, start, afterTitle: entry.surface) {
                                chiefs.append(NameCandidate(unit: u, first: start, last: last, rule: "person.title-single", title: entry.surface))
                            } else if Self.honorificsOfOneName.contains(entry.surface), toks[start].characterCount >= 3, !toks[start].isAllCaps,
                                      gazetteer.peopleByFamilyName[toks[start].text] == nil, !Self.honorificsNamingNoOne.contains(toks[start]),
                                      Self.speaks(toks, after: last) || (i > 0 && toks[i - 1].is("(") && last + 1 < toks.count && toks[last + 1].is(")")) {
                                // ('"...," Mr. Townley said.', 'the Minister for Defence (Mr. Townley)': an honorific and a family name the
                                // article never writes in full, speaking or set in brackets after an office, is someone of that name.)
                                let gender: Entity.Gender? = Self.maleTitles.contains(entry.surface) ? .male : (Self.femaleTitles.contains(entry.surface) ? .female : nil)
                                chiefs.append(NameCandidate(unit: u, first: start, last: last, gender: gender, rule: "person.title-single", title: entry.surface))
                            }
                        }
                        i = last + 1
                        continue
                    }
                }
                // "The United States Ambassador, James R. Sasser, and ...", "one of its correspondents, Shao Yunhuan,":
                // a role, then a name set off by commas.
                // ("Japan's chief representative in the case, Koji Tsuruoka,": what the role is in, after it.)
                if toks[i].is(","), i > 0, case let roleEnd = i >= 5 && toks[i - 1].isLowercase && toks[i - 2].is("the") && toks[i - 3].is("in", "at", "on", "for")
                    && Self.isRoleNoun(toks[i - 4].text) ? i - 4 : Self.roleEnd(toks, before: i),
                   Self.isRoleNoun(toks[roleEnd].text) || Lexicon.titleWords.contains(toks[roleEnd]) || Self.portfolioBefore(toks, i),
                   // (A title after the comma is the title rule's: "..., Deputy Ulysses Guimarães,".)
                   // (Not the initial of "M K Narayanan", which the title "M." is not.)
                   i + 1 < toks.count, titleTrie.longestMatch(in: toks, at: i + 1).map({ $0.0.surface.count > 1 || ($0.1 < toks.count && toks[$0.1].is(".")) }) != true,
                   let last = nameEnd(toks, unit: u, from: i + 1), last > i + 1, last + 1 < toks.count,
                   // ("the mayor of Bor, Aleksandar Milikić (SNS), welcomed": the party in brackets after the name.)
                   toks[last + 1].is(",", ".") || (toks[last + 1].is("(") && (last + 2..<min(toks.count - 1, last + 7)).contains(where: { toks[$0].is(")") && toks[$0 + 1].is(",", ".") }))
                    // ("the court's president, Peter Tomka of Slovakia, said": the country the person is of.)
                    || (toks[last + 1].is("of") && coveringSpan(u, last + 2).map { $0.first == last + 2 && $0.entityID.hasBytePrefix("country/")
                        && $0.last + 1 < toks.count && toks[$0.last + 1].is(",") } == true)
                    // ("Errichetti's lawyer, Raymond A. Brown of Newark, argued": or the town or the firm the person is of.)
                    || (toks[last + 1].is("of") && last + 2 < toks.count && toks[last + 2].isCapitalized && toks[last + 2].isWord
                        && (last + 3..<min(toks.count, last + 6)).first(where: { !toks[$0].isCapitalized || !toks[$0].isWord }).map { toks[$0].is(",") } == true)
                    // ("The camp's manager, Karen Doyle of the department's Newcastle office, said": or the office, after "the".)
                    || (toks[last + 1].is("of") && last + 3 < toks.count && toks[last + 2].is("the")
                        && (last + 3..<min(toks.count, last + 10)).first(where: { !toks[$0].isWord && !toks[$0].is("'", "\u{2019}", "-") }).map { toks[$0].is(",") } == true) {
                    found.append(NameCandidate(unit: u, first: i + 1, last: last, rule: "person.apposition"))
                    i = last + 1
                    continue
                }
                // The name starting here, if any (asked twice below, worked out once).
                let nameHere = nameEnd(toks, unit: u, from: i)
                // "Duncan Edwards, the 21-year-old England wing-half", "Mahsa Amini, a 22-year-old Kurdish woman": a name set
                // off by an age.
                if let last = nameHere, last > i, i == 0 || !toks[i - 1].isCapitalized, last + 7 < toks.count, toks[last + 1].is(","),
                   toks[last + 2].is("a", "an", "the"), toks[last + 3].kind == .number || toks[last + 3].isLowercase,
                   toks[last + 4].is("-"), toks[last + 5].is("year"), toks[last + 6].is("-"), toks[last + 7].is("old"),
                   !(i...last).contains(where: { isCovered(u, $0) }) {
                    found.append(NameCandidate(unit: u, first: i, last: last, rule: "person.age"))
                    i = last + 1
                    continue
                }
                // "Xu Xinghu and his wife": someone's spouse.
                if let last = nameHere, last > i, last + 3 < toks.count, toks[last + 1].is("and"),
                   toks[last + 2].is("his", "her"), toks[last + 3].is("wife", "husband", "son", "daughter", "family", "children") {
                    found.append(NameCandidate(unit: u, first: i, last: last, rule: "person.family"))
                    i = last + 1
                    continue
                }
                // "la proclamation du général Challe", "les généraux Zeller et Jouhaud", "el general Prats", "il generale Dalla Chiesa":
                // a rank in lower case after an article of the article's language, then a family name (or two joined by "and").
                if toks[i].isLowercase, i > 0, language != "en", let rank = Self.romanceRanks[toks[i].text], rank.0 == language,
                   Self.romanceRankArticles.contains(toks[i - 1]), i + 1 < toks.count, toks[i + 1].spaceBefore {
                    // ("le général de Gaulle": a known family name with its particle.)
                    if toks[i + 1].isLowercase, Lexicon.nameParticles.contains(toks[i + 1]), i + 2 < toks.count, toks[i + 2].isCapitalized,
                       !isCovered(u, i + 2), let known = gazetteer.peopleByFamilyName[toks[i + 1].text + " " + toks[i + 2].text],
                       case let ids = known.filter({ entity($0)?.roles.contains { $0.title.contains(rank.1) } ?? false }), Set(ids.isEmpty ? known : ids).count == 1 {
                        addSpan(Span(unit: u, first: i + 1, last: i + 2, entityID: (ids.isEmpty ? known : ids)[0], rule: "person.title-surname"))
                        i += 3
                        continue
                    }
                }
                if toks[i].isLowercase, i > 0, language != "en", let rank = Self.romanceRanks[toks[i].text], rank.0 == language,
                   Self.romanceRankArticles.contains(toks[i - 1]), i + 1 < toks.count, toks[i + 1].spaceBefore, toks[i + 1].isCapitalized,
                   !isCovered(u, i + 1), let last = nameEnd(toks, unit: u, from: i + 1) {
                    found.append(NameCandidate(unit: u, first: i + 1, last: last, rule: "person.title", title: rank.1))
                    if last == i + 1 { singles.append((u, i + 1)) }
                    var next = last + 1
                    if next + 1 < toks.count, toks[next].is("et", "y", "e"), toks[next + 1].isCapitalized, !isCovered(u, next + 1),
                       let second = nameEnd(toks, unit: u, from: next + 1) {
                        found.append(NameCandidate(unit: u, first: next + 1, last: second, rule: "person.title", title: rank.1))
                        if second == next + 1 { singles.append((u, next + 1)) }
                        next = second + 1
                    }
                    i = next
                    continue
                }
                // "economist María Fernanda Paredes", "Kenyan lawyer Achieng Omolo": a profession used as a title.
                // "Activist Okiya Omtatah, who ...": the same, capitalised, opening the sentence.
                // ("publisher Jacobo Timerman", not "publisher Random House": a trade of bodies too only before a given name.)
                // ("Boner Mohammad Hussain Jafari, 31, from Ghazni": a walk of life too, before a known given name.)
                if toks[i].isLowercase ? professionNouns.contains(toks[i]) || walksOfLife.contains(toks[i])
                    : (clauseStart && (professionNouns.contains(lowerOf: toks[i])
                        || Self.isTradeBeforeGivenName(toks, i))),
                   i + 1 < toks.count, toks[i + 1].spaceBefore,
                   let last = nameEnd(toks, unit: u, from: i + 1), last > i + 1,
                   !Self.personalTrades.contains(lowerOf: toks[i]) || Lexicon.givenNameGenders[toks[i + 1].text] != nil {
                    found.append(NameCandidate(unit: u, first: i + 1, last: last, rule: "person.profession"))
                    i = last + 1
                    continue
                }
                // "Deputy governors Abul Quasem and Nazneen Sultana": a profession in the plural before two names joined by "and".
                if toks[i].isLowercase || clauseStart, toks[i].text.utf8.count > 4, toks[i].text.hasSuffix("s"),
                   case let singular = String(toks[i].lower.dropLast()), professionNouns.contains(singular) || Self.isRoleNoun(singular),
                   i + 1 < toks.count, toks[i + 1].spaceBefore, let last = nameEnd(toks, unit: u, from: i + 1), last > i + 1,
                   last + 2 < toks.count, toks[last + 1].is("and"), let second = nameEnd(toks, unit: u, from: last + 2), second > last + 2 {
                    found.append(NameCandidate(unit: u, first: i + 1, last: last, rule: "person.profession"))
                    found.append(NameCandidate(unit: u, first: last + 2, last: second, rule: "person.profession"))
                    i = second + 1
                    continue
                }
                // "le magistrat burkinabè Gberdao Gustave Kam", "la juge sénégalaise ...": French puts the people's adjective
                // after the profession.
                // ("il segretario comunista Alessandro Natta": or a party's adjective.)
                if toks[i].isLowercase, professionNouns.contains(toks[i]), i + 2 < toks.count, toks[i + 1].isLowercase,
                   Self.partyAdjectives.contains(toks[i + 1].text)
                    || coveringSpan(u, i + 1).map({ $0.first == i + 1 && $0.last == i + 1 && $0.entityID.hasBytePrefix("country/") }) == true,
                   toks[i + 2].spaceBefore, toks[i + 2].isCapitalized, let last = nameEnd(toks, unit: u, from: i + 2), last > i + 2 {
                    found.append(NameCandidate(unit: u, first: i + 2, last: last, rule: "person.profession"))
                    i = last + 1
                    continue
                }
                // "le vice-ministre des affaires étrangères Phan Hien": French style writes the portfolio in lower case, and
                // the name may follow it without a comma.
                if toks[i].isLowercase, professionNouns.contains(toks[i]), i + 3 < toks.count, toks[i + 1].is("des", "du", "de") {
                    var k = i + 2
                    if toks[k].is("la") { k += 1 } else if k + 1 < toks.count, toks[k].is("l"), toks[k + 1].is("'", "\u{2019}") { k += 2 }
                    let portfolio = k
                    while k < toks.count, k - portfolio < 4, toks[k].isLowercase, toks[k].isWord || toks[k].is("-") { k += 1 }
                    if k > portfolio, k < toks.count, toks[k].isCapitalized, toks[k].spaceBefore, !isCovered(u, k),
                       let last = nameEnd(toks, unit: u, from: k), last > k, last + 1 == toks.count || toks[last + 1].is(",", ".", ";") || toks[last + 1].isLowercase {
                        found.append(NameCandidate(unit: u, first: k, last: last, rule: "person.profession"))
                        i = last + 1
                        continue
                    }
                }
                // "a déclaré son président-directeur général, Ricus Grimbeek.", "dijo su director ejecutivo, Juan Pérez,": an
                // office after an article or a possessive, a word or two more in lower case, then the name set off by a comma.
                if toks[i].isLowercase, professionNouns.contains(toks[i]), i > 0, Self.officeDeterminers.contains(toks[i - 1]) {
                    var k = i + 1
                    while k < min(toks.count, i + 5), toks[k].isLowercase && toks[k].isWord || (toks[k].is("-") && !toks[k].spaceBefore) { k += 1 }
                    if k + 2 < toks.count, toks[k].is(","), toks[k + 1].isCapitalized, !isCovered(u, k + 1), titleTrie.longestMatch(in: toks, at: k + 1) == nil,
                       let last = nameEnd(toks, unit: u, from: k + 1), last >= k + 2, !toks[(k + 1)...last].contains(where: { $0.is("y", "e", "et") }),
                       last + 1 == toks.count || toks[last + 1].is(",", ".", ";") {
                        found.append(NameCandidate(unit: u, first: k + 1, last: last, rule: "person.office-apposition"))
                        i = last + 1
                        continue
                    }
                }
                // "la ministra de Economía, Azucena Arbeleche,", "el ministro de Ganadería, Agricultura y Pesca, Fernando Mattos":
                // a Spanish or Portuguese office with its portfolio, then the name set off by commas.
                // ("la directora ejecutiva de ProDominicana, Biviana Riveiro": an adjective or two may follow the office.)
                if toks[i].isLowercase, professionNouns.contains(toks[i]),
                   let de = (i + 1..<min(toks.count, i + 4)).first(where: { toks[$0].is("de", "del", "da", "do", "du", "des")
                       || (language == "it" && Self.italianPortfolioPrepositions.contains(toks[$0])) }),
                   (i + 1..<de).allSatisfy({ toks[$0].isLowercase && toks[$0].isWord }), de + 2 < toks.count,
                   toks[de + 1].isCapitalized || (toks[de + 1].is("la", "el", "los", "las", "a", "o") && toks[de + 2].isCapitalized)
                    // (French "le ministre de l'Economie": the elided article.)
                    || (de + 3 < toks.count && toks[de + 1].is("l") && toks[de + 2].is("'", "\u{2019}") && toks[de + 3].isCapitalized) {
                    var k = de + 1
                    var hit: (Int, Int)?
                    while k < toks.count, k - i < 16, hit == nil {
                        let t = toks[k]
                        if t.is(","), k + 2 < toks.count, toks[k + 1].isCapitalized, titleTrie.longestMatch(in: toks, at: k + 1) == nil,
                           let last = nameEnd(toks, unit: u, from: k + 1), last >= k + 2, !toks[(k + 1)...last].contains(where: { $0.is("y", "e") }),
                           last + 1 == toks.count || toks[last + 1].is(",", ".", ";", "y", "e") {
                            hit = (k + 1, last)
                        } else if !(t.isCapitalized || t.is(",") || ["y", "e", "de", "del", "la", "las", "los", "el", "da", "do", "a", "o", "et", "du", "des", "l", "'", "\u{2019}", "en"].contains(t.text)) {
                            break
                        }
                        k += 1
                    }
                    if let (first, last) = hit {
                        found.append(NameCandidate(unit: u, first: first, last: last, rule: "person.office-apposition"))
                        i = last + 1
                        continue
                    }
                }
                // "the volunteer group founded by Serikzhan Bilash.": two or three capitalised words after "founded by",
                // "led by", ... that close the clause (bodies and places are left out by the checks on every candidate).
                if toks[i].lowerIs("by"), i > 0, Self.agentVerbs.contains(lowerOf: toks[i - 1]), i + 1 < toks.count, toks[i + 1].spaceBefore,
                   titleTrie.longestMatch(in: toks, at: i + 1) == nil, let last = nameEnd(toks, unit: u, from: i + 1), last > i + 1, last - i <= 3,
                   last + 1 == toks.count || toks[last + 1].is(",", ".", ";", ")") {
                    found.append(NameCandidate(unit: u, first: i + 1, last: last, rule: "person.agent"))
                    i = last + 1
                    continue
                }
                // ("fisherman Suryadi, 38, told The New Paper": a trade in lower case, then one name and an age set off by commas.)
                if i + 4 < toks.count, toks[i + 3].kind == .number, toks[i + 2].is(","), toks[i + 4].is(","), toks[i].isLowercase,
                   Self.isRoleNoun(toks[i].text) || Lexicon.walksOfLife.contains(toks[i]), isNameToken(toks[i + 1]), toks[i + 1].spaceBefore, !isCovered(u, i + 1),
                   toks[i + 1].characterCount >= 3, !Lexicon.titleWords.contains(toks[i + 1]) {
                    chiefs.append(NameCandidate(unit: u, first: i + 1, last: i + 1, rule: "person.title-single"))
                    i += 2
                    continue
                }
                // "a fisherman who gave his name as Abu Haider", "a woman who identified herself only as Fatima": the name someone
                // gives, one to three capitalised words closing the clause (an "Abu" or "Umm" of an Arabic name too).
                if toks[i].is("as"), i >= 3, i + 1 < toks.count, toks[i + 1].spaceBefore, toks[i + 1].isCapitalized,
                   (toks[i - 1].is("name") && toks[i - 2].is("his", "her", "first", "full") && toks[(max(0, i - 4))..<(i - 1)].contains(where: { $0.is("gave", "giving", "gives", "give") }))
                    || (toks[i - 1].is("only") && toks[i - 2].is("identified")) || (toks[i - 1].is("himself", "herself") && toks[i - 2].is("identified", "introduced"))
                    || (toks[i - 1].is("only") && toks[i - 2].is("himself", "herself") && toks[i - 3].is("identified", "introduced")),
                   case let last = nameEnd(toks, unit: u, from: i + 1) ?? i + 1, last - i <= 3, (i + 1...last).allSatisfy({ toks[$0].isCapitalized && toks[$0].isWord }),
                   last + 1 == toks.count || toks[last + 1].is(",", ".", ";", ")") || toks[last + 1].isLowercase, !isCovered(u, i + 1) {
                    // (The gender the words say: "his name", "herself".)
                    let said = toks[max(0, i - 3)..<i]
                    let gender: Entity.Gender? = said.contains(where: { $0.is("his", "himself") }) ? .male : said.contains(where: { $0.is("her", "herself") }) ? .female : nil
                    if last > i + 1 {
                        found.append(NameCandidate(unit: u, first: i + 1, last: last, gender: gender, rule: "person.given-name-as"))
                    } else {
                        chiefs.append(NameCandidate(unit: u, first: i + 1, last: last, gender: gender, rule: "person.title-single"))
                    }
                    i = last + 1
                    continue
                }
                // "who replaced Pravin Gordhan in the March reshuffle", "congratulated Mahinda Rajapaksa.": two or three
                // capitalised words after a verb done to a person, closing the clause.
                if personObjectVerbs.contains(toks[i]), i + 1 < toks.count, toks[i + 1].spaceBefore, titleTrie.longestMatch(in: toks, at: i + 1) == nil,
                   let last = nameEnd(toks, unit: u, from: i + 1), last > i + 1, last - i <= 3,
                   last + 1 == toks.count || [",", ".", ";", ")", "in", "on", "as", "at", "who", "after", "last", "during"].contains(toks[last + 1].text) {
                    found.append(NameCandidate(unit: u, first: i + 1, last: last, rule: "person.object"))
                    i = last + 1
                    continue
                }
                // "The BBC's Louisa Lim in Beijing says", "CNN's Kristie Lu Stout reported": a news outlet's journalist.
                if toks[i].is("s"), i >= 2, !toks[i].spaceBefore, toks[i - 1].is("'", "\u{2019}"), let outlet = coveringSpan(u, i - 2),
                   outlet.last == i - 2, outlet.entityID.hasBytePrefix("organization/"), ["media", "news outlet"].contains(entity(outlet.entityID)?.type ?? ""),
                   i + 2 < toks.count, toks[i + 1].spaceBefore, let last = nameEnd(toks, unit: u, from: i + 1), last > i + 1, last + 1 < toks.count,
                   isSpeechVerb(toks[last + 1]) || (toks[last + 1].is("in") && (last + 2..<min(toks.count, last + 6)).contains(where: { isSpeechVerb(toks[$0]) })) {
                    found.append(NameCandidate(unit: u, first: i + 1, last: last, rule: "person.journalist"))
                    i = last + 1
                    continue
                }
                // "said X", "according to X" (the name closes the clause).
                if isSpeechVerb(toks[i]) || (toks[i].lowerIs("to") && i > 0 && toks[i - 1].lowerIs("according")) || toks[i].lowerIs("según") {
                    // "said Rep. Stephen J. Solarz": the title branch reads the name.
                    if i + 1 < toks.count, titleTrie.longestMatch(in: toks, at: i + 1) != nil { i += 1; continue }
                    // "said Rina, 29, a bank employee": one name with an age is a person.
                    if i + 4 < toks.count, isNameToken(toks[i + 1]), toks[i + 2].is(","), toks[i + 3].kind == .number, toks[i + 4].is(","),
                       !isCovered(u, i + 1) {
                        found.append(NameCandidate(unit: u, first: i + 1, last: i + 1, rule: "person.age-single"))
                        i += 2
                        continue
                    }
                    if i + 1 < toks.count, let last = nameEnd(toks, unit: u, from: i + 1) {
                        let closes = last + 1 == toks.count || [",", ".", ";", ":", "\"", "(", "-", "'"].contains(toks[last + 1].text)
                            || ["who", "in", "on", "at", "during", "after", "adding", "noting", "told", "when"].contains(toks[last + 1].text)
                            // ('„...“, sagte Karl Blecha am Abend', '“...”, dijo Juan Pérez en la conferencia': the words of place and
                            // time, and the one spoken to, in the other languages.)
                            || (language != "en" && Self.placeTimeWordsAfterSpeaker.contains(toks[last + 1].text))
                            // ('said Ross Anthony of the Centre for Chinese Studies': a name of two words or more, then where the person is from.)
                            || (last > i + 1 && toks[last + 1].is("of", "from") && last + 2 < toks.count
                                && (toks[last + 2].is("the") || coveringSpan(u, last + 2)?.entityID.hasBytePrefix("organization/") == true))
                        if closes {
                            // '"...," said Abdurehim, a young Uighur guide from CITS': one word set off by a comma before a role
                            // is someone's one name (see `isOneName`).
                            if last == i + 1, last + 3 < toks.count, toks[last + 1].is(","), toks[last + 2].is("a", "an"),
                               toks[(last + 3)..<min(toks.count, last + 9)].prefix(while: { !$0.is(",") && !$0.is(".") }).contains(where: { Self.isRoleNoun($0.text) }),
                               isOneName(u, last) {
                                chiefs.append(NameCandidate(unit: u, first: last, last: last, rule: "person.title-single"))
                            }
                            if last > i + 1 { found.append(NameCandidate(unit: u, first: i + 1, last: last, rule: "person.speech-verb")) } else { singles.append((u, i + 1)) }
                            i = last + 1
                            continue
                        }
                    }
                }
                if let last = nameHere {
                    let after: Int? = last + 1 < toks.count ? last + 1 : nil  // (an index: a copy of the token retains its strings)
                    let isMulti = last > i
                    // "X said", "X told".
                    // ("a village near Buin Zahra told a Reuter correspondent": not a place after a preposition of place.)
                    if let after, isSpeechVerb(toks[after]), !(i > 0 && toks[i - 1].is("near", "outside", "around", "beyond")) {
                        if isMulti { found.append(NameCandidate(unit: u, first: i, last: last, rule: "person.speech-verb")) } else { singles.append((u, i)) }
                        i = last + 1
                        continue
                    }
                    // ("Cooder, who has recorded in Havana several times, was blunt", "Imamura, speaking through an interpreter,
                    // was drier": one word opening the sentence with a "who" after it is someone's name, written in full
                    // elsewhere: "with Ry Cooder".)
                    if !isMulti, i == 0 || toks[i - 1].is(".", "\""), let after, toks[after].is(","), after + 2 < toks.count,
                       toks[after + 1].is("who") || toks[after + 1].is("speaking"), toks[after + 2].isLowercase, toks[i].characterCount >= 3 {
                        singles.append((u, i))
                    }
                    // "in succession to Ahmed Neguib el Hilaly Pasha": names of two words or more before an honorific that
                    // follows only a person's name. (Not "Mustapha Pasha Barracks": one word, a place named after him.)
                    if isMulti, let after, toks[after].is("Pasha", "Bey", "Effendi"), toks[after].spaceBefore,
                       !(after + 1 < toks.count && toks[after + 1].spaceBefore && toks[after + 1].isCapitalized && Lexicon.organizationHeads.contains(toks[after + 1])) {
                        found.append(NameCandidate(unit: u, first: i, last: last, rule: "person.honorific"))
                        i = last + 1
                        continue
                    }
                    // "Jusuf Wanandi of the Centre for Strategic and International Studies (CSIS) said": a name, the body
                    // the person is from, and a speech verb.
                    // ("Bobby Godsell of Anglo American, one of Saccola's senior negotiators, said": or the body, a role set off by
                    // commas, then the verb.)
                    if isMulti, let after, toks[after].is("of", "from", "at"), let verb = Self.bodyThenSpeech(toks, from: last + 2),
                       isSpeechVerb(toks[verb]) || (toks[verb].is(",") && {
                           guard let close = ((verb + 2)..<min(toks.count - 1, verb + 12)).first(where: { toks[$0].is(",") }) else { return false }
                           return isSpeechVerb(toks[close + 1]) && ((verb + 1)..<close).contains(where: { Self.isRoleNoun(toks[$0].text) })
                       }()) {
                        found.append(NameCandidate(unit: u, first: i, last: last, rule: "person.affiliation"))
                        i = last + 1
                        continue
                    }
                    // "a garrison on Itu Aba, said", "the Organization of Turkic States, whose": a place or a body's name.
                    // "out of the Cultural Revolution, agreed": a name after "the" is a thing's, not a person's.
                    // ("the Escola Superior de Guerra, who ...": the rest of a body's name after its first word.)
                    let afterPreposition = i > 0 && (Self.placePrepositions.contains(toks[i - 1])
                        || Lexicon.foreignOrganizationFirstWords.contains(toks[i - 1]) || Lexicon.organizationFirstWords.contains(toks[i - 1]))
                    // "Tommy Koh of Singapore, the conference president,": a name, its country, and a role after the comma.
                    if isMulti, !afterPreposition, let after, toks[after].is("of"), last + 2 < toks.count, let place = coveringSpan(u, last + 2), place.first == last + 2,
                       place.entityID.hasBytePrefix("country/"), place.last + 2 < toks.count, toks[place.last + 1].is(","),
                       toks[place.last + 2].lowerIs("the", "a", "an"), Self.roleBeforeComma(toks, from: place.last + 3) {
                        found.append(NameCandidate(unit: u, first: i, last: last, rule: "person.apposition"))
                        i = last + 1
                        continue
                    }
                    // "Arvid Pardo, then Malta's ambassador to the UN,": a role held then, or now.
                    // ("Betty Lockwood, until recently the Labour Party's chief woman officer.")
                    if isMulti, !afterPreposition, let after, toks[after].is(","), last + 3 < toks.count,
                       toks[last + 2].is("then", "now", "formerly", "currently", "later") || toks[last + 2].is("recently", "previously", "until"),
                       case let from = toks[last + 2].is("until") && last + 4 < toks.count && toks[last + 3].is("recently") ? last + 4 : last + 3,
                       !toks[last + 2].is("until") || from == last + 4,
                       Self.roleBeforeComma(toks, from: from) {
                        found.append(NameCandidate(unit: u, first: i, last: last, rule: "person.apposition"))
                        i = last + 1
                        continue
                    }
                    if isMulti, !afterPreposition, let after, toks[after].is(","), last + 2 < toks.count {
                        let next = toks[last + 2]
                        // "X, said": the end of an apposition before the name ("..., Amina Otieno, said").
                        if isSpeechVerb(next) {
                            found.append(NameCandidate(unit: u, first: Self.afterTrade(toks, i, last), last: last, rule: "person.apposition"))
                            i = last + 1
                            continue
                        }
                        // "Khuda Bakhsh, 58,"
                        // ("Sergey Vladimirovich Cherkasov, 37 anos,": the years named in Portuguese, Spanish, French, Italian.)
                        if next.kind == .number, last + 3 < toks.count, toks[last + 3].is(",")
                            || (last + 4 < toks.count && (toks[last + 3].is("anos", "años", "ans", "anni") || toks[last + 3].is("Jahre")) && toks[last + 4].is(",")) {
                            found.append(NameCandidate(unit: u, first: Self.afterTrade(toks, i, last), last: last, rule: "person.age"))
                            i = last + 1
                            continue
                        }
                        // "X, who ...", "X, a spokeswoman for ...", "X, the ministry's chief spokesperson"
                        // ("Der Hamburger Sicherheitsexperte Ralph Langner, der den Code ... untersucht": German "der", "die"
                        // before a word in lower case.)
                        // (Only a name with a known given name in it: German capitalises its nouns, "Anführer der Entführer, der ...".)
                        // (The name starts at the given name: "bei der Familie von Jürgen Schumann, der ...".)
                        // (Or after an office's word: "Der Hamburger Sicherheitsexperte Ralph Langner, der ...".)
                        let given = language == "de" && next.is("der", "die") && last + 3 < toks.count && toks[last + 3].isLowercase
                            ? (i..<last).first(where: { Lexicon.givenNameGenders[toks[$0].text] != nil })
                                ?? (i..<(last - 1)).last(where: { toks[$0].characterCount >= 7 && Self.germanNameTitleEndings.contains(where: toks[$0].lower.hasSuffix) }).map { $0 + 1 }
                            : nil
                        if next.is("who", "whose") || given != nil {
                            found.append(NameCandidate(unit: u, first: given ?? i, last: last, rule: "person.apposition"))
                            i = last + 1
                            continue
                        }
                        // "Gourangalal Das, Joint Secretary (East Asia)", "X, Director-General of ...": a title after the comma.
                        // ("Le ministre-président du Bade-Wurtemberg, M. Hans Filbinger": not what an office is of, before an honorific
                        // that opens its holder's name.)
                        if titleTrie.longestMatch(in: toks, at: last + 2) != nil || (last + 3 < toks.count && next.isCapitalized
                            && titleTrie.longestMatch(in: toks, at: last + 3).map { $0.0.surface.first?.isUppercase == true } == true),
                           !Lexicon.places.contains(text(of: toks, from: i, to: last, in: u)),
                           !(i > 0 && Self.bodyPrepositions.contains(toks[i - 1]) && Self.honorificsAfterOffice.contains(next)) {
                            found.append(NameCandidate(unit: u, first: i, last: last, rule: "person.apposition"))
                            i = last + 1
                            continue
                        }
                        // "X, Saudi Arabia's national security adviser", "Giancarlo Ferrante, Euratex's director-general,":
                        // the role after a possessive place or body (tagged, or one capitalised word).
                        let owner = coveringSpan(u, last + 2)
                        let ownerEnd = owner == nil ? (next.isCapitalized ? last + 2 : nil)
                            : (owner!.first == last + 2 && !owner!.entityID.hasBytePrefix("person/") ? owner!.last : nil)
                        if let ownerEnd, ownerEnd + 2 < toks.count, toks[ownerEnd + 1].is("'"), toks[ownerEnd + 2].is("s"),
                           toks[(ownerEnd + 3)..<min(toks.count, ownerEnd + 7)].contains(where: { Self.isRoleNoun($0.text) }) {
                            found.append(NameCandidate(unit: u, first: i, last: last, rule: "person.apposition"))
                            i = last + 1
                            continue
                        }
                        let roleSoon = toks[(last + 2)..<min(toks.count, last + 5)].contains { Self.isRoleNoun($0.text) }
                        // "Tom Pemberton, Asia economist at Capital Economics,": a role after a capitalised word or two.
                        let capitalisedRole = next.isCapitalized && last + 4 < toks.count
                            && (toks[last + 3].isLowercase && Self.isRoleNoun(toks[last + 3].text) || toks[last + 4].isLowercase && Self.isRoleNoun(toks[last + 4].text))
                            && toks[(last + 3)...(last + 4)].contains { $0.is("at", "of", "for", "with") || $0.is(",") }
                        // ("Rustam Kholmatov, one of the drivers of the first convoy,": one of a group named by its role.)
                        let oneOf = next.is("one") && last + 3 < toks.count && toks[last + 3].is("of")
                        if next.is("a", "an", "the") || Self.isRoleNoun(next.text) || capitalisedRole || oneOf
                            || (next.isLowercase && roleSoon && !["where", "which", "when", "while", "as", "whose", "whom"].contains(next.text)) {
                            let window = toks[(last + 2)..<min(toks.count, last + 11)]
                            // ("Brett Schaefer, a longtime U.N. watcher now at ...": not the full stops of initials.)
                            let stop = window.indices.first { w in toks[w].is(",") || (toks[w].is(".") && !(toks[w - 1].characterCount == 1 && toks[w - 1].isAllCaps && !toks[w].spaceBefore)) } ?? window.endIndex
                            let role = window[window.startIndex..<stop]
                            // ("Hutchison Whampoa, the conglomerate controlled by a tycoon,": a body's word heads the apposition,
                            // before any role.)
                            let firstRole = role.firstIndex { Self.isRoleNoun($0.text) }
                            // (Not the body of the role: "the company's deputy general manager", "the company president".)
                            let bodyHead = firstRole.map { r in (role.startIndex..<r).contains { b in
                                toks[b].isLowercase && Lexicon.organizationDescriptors.contains(toks[b]) && b + 1 < r
                                    && !toks[b + 1].is("'", "\u{2019}") && !Self.isRoleNoun(toks[b + 1].text) } } ?? false
                            // ("Bui Thi Lan, a Muong woman who now runs a small shop,": a word for a woman or a man among the first
                            // words after the article.)
                            let kin = next.is("a", "an") ? role.prefix(4).first(where: { $0.isLowercase && Self.personNouns[$0.text] != nil }) : nil
                            if !bodyHead, kin != nil || role.contains(where: { Self.isRoleNoun($0.text) || (oneOf && $0.text.hasSuffix("s") && Self.isRoleNoun(String($0.text.dropLast()))) }) {
                                let gender: Entity.Gender? = kin.flatMap { Self.personNouns[$0.text] }
                                    ?? (role.contains { $0.is("spokeswoman") || $0.is("chairwoman") || $0.is("businesswoman") } ? .female
                                    : (role.contains { $0.is("spokesman") || $0.is("chairman") || $0.is("businessman") } ? .male : nil))
                                found.append(NameCandidate(unit: u, first: i, last: last, gender: gender, rule: "person.apposition"))
                                i = last + 1
                                continue
                            }
                            // '"...," Pape Mbaye Diouf, a wrestling promoter from Guédiawaye, told Seneweb': an apposition of any
                            // trade, closed by a comma and a speech verb, after a name that closes a quotation's attribution (or
                            // opens with a known given name). (Not a body: "Jumia Technologies, an online marketplace, said".)
                            if next.is("a", "an", "the"), stop < window.endIndex, toks[stop].is(","), stop + 1 < toks.count, isSpeechVerb(toks[stop + 1]),
                               (i >= 2 && Self.nicknameClosings.contains(toks[i - 1]) && toks[i - 2].is(",")) || Lexicon.givenNameGenders[toks[i].text] != nil,
                               !role.contains(where: { Lexicon.organizationDescriptors.contains($0) || Lexicon.organizationHeads.contains($0) }),
                               // (A word for a person in the role: "promoter", "novelist", "veteran"; not "Tower Hamlets, the east
                               // London borough", "Hugo Boss, the German fashion brand".)
                               role.contains(where: { w in w.isLowercase && w.isWord && (Lexicon.walksOfLife.contains(w) || Lexicon.unnamedPersonNouns.contains(w)
                                   || ["er", "or", "ist", "ian", "man", "woman", "ant", "ent"].contains(where: { w.text.hasSuffix($0) && w.text.count > 4 })) }),
                               !toks[i...last].contains(where: { Lexicon.organizationHeads.contains($0) || Lexicon.companySuffixes.contains($0) || Lexicon.legalForms.contains($0) }) {
                                found.append(NameCandidate(unit: u, first: i, last: last, rule: "person.apposition"))
                                i = last + 1
                                continue
                            }
                        }
                    }
                    // "Noy Sisavath sells rice": kept only if a he/she refers back to it.
                    // ("Salman Rushdie, Bombay-born, Cambridge-educated and a British citizen, cancelled": or set off by a comma,
                    // when a known given name opens it.)
                    if isMulti, clauseStart, let after, toks[after].isLowercase && !Self.notAfterSubject.contains(toks[after])
                        || (toks[after].is(",") && Lexicon.givenNameGenders[toks[i].text] != nil),
                       !toks[i...last].contains(where: { Lexicon.organizationHeads.contains($0) || Lexicon.strongInitiativeHeads.contains($0) }) {
                        weak.append(NameCandidate(unit: u, first: i, last: last, rule: "person.subject"))
                        i = last + 1
                        continue
                    }
                    // ("... getting ready in Manchester under Betty Lockwood. 'The law can open doors,' she told a press conference":
                    // a known given name and one family name anywhere, kept only if a pronoun of that name's gender follows.)
                    if last == i + 1, let gender = Lexicon.givenNameGenders[toks[i].text], toks[last].characterCount >= 3, !afterPreposition || toks[i - 1].is("of"),
                       Lexicon.placeCountries[toks[last].text] == nil,
                       !toks[i...last].contains(where: { Lexicon.organizationHeads.contains($0) || Lexicon.strongInitiativeHeads.contains($0) || Lexicon.genericInstitutionWords.contains($0) }) {
                        weak.append(NameCandidate(unit: u, first: i, last: last, gender: gender, rule: "person.given-name"))
                        i = last + 1
                        continue
                    }
                }
                i += 1
            }
        }

        found += peopleInLists()

        // A lone word used as a speaker ("Vasconcelos said") names the person
        // written in full elsewhere in the article ("Helena Vasconcelos").
        for (u, k) in singles {
            let word = tokens[u][k].text
            // "officials in Tehran say", "Beijing says": a capital speaks for its government; it names no person.
            if Lexicon.placeCountries[word] != nil || (k > 0 && tokens[u][k - 1].is("in", "from", "at")) { continue }
            // ("The Pirates said in a statement": a word after "the" is a body's or a team's, not a person's family name.)
            if k > 0, tokens[u][k - 1].lowerIs("the") { continue }
            if let full = fullName(endingWith: word) { found.append(full) }
        }
        // "Group Village Head Chimwala ... Chimwala said", "Kgosi Mmusi": a chief known by one name, written in full
        // nowhere, is that name when the article names him again.
        for c in chiefs {
            let word = tokens[c.unit][c.first].text
            // (The full name found may be this very mention, title and all: "Kgosi Chimwala".)
            // (A one-name official speaking after an office's title, see `isMononym`, needs no second mention.)
            guard fullName(endingWith: word).map({ $0.unit == c.unit && $0.last == c.last }) ?? true, Lexicon.placeCountries[word] == nil,
                  !Self.singleNameTitles.contains(c.title ?? "") || tokens.joined().lazy.filter({ $0.text == word }).prefix(2).count == 2 else { continue }
            found.append(c)
        }
        for candidate in weak {
            var c = candidate
            if let gender = pronounFollows(candidate) {
                // (For a known given name anywhere, only the pronoun of that name's gender: "his" after "Victoria Falls" is
                // someone else's.)
                if candidate.rule == "person.given-name", gender != candidate.gender { continue }
                // (A given name that says the gender says more than the pronoun, which may be someone else's: "Catherine
                // Deneuve, handing Kiarostami his half of the prize, kissed him".)
                c.gender = candidate.last > candidate.first ? Lexicon.givenNameGenders[tokens[candidate.unit][candidate.first].text] ?? gender : gender
            } else {
                // ("Mordechai Vanunu walked out of Shikma prison ... Vanunu told ... adopted Vanunu as a son": a known given
                // name, then a family name the article goes on to use alone at least twice.)
                let toks = tokens[candidate.unit]
                guard let gender = Lexicon.givenNameGenders[toks[candidate.first].text], candidate.last > candidate.first,
                      case let family = toks[candidate.last], family.characterCount >= 3 else { continue }
                // ('La CGT de los Argentinos, que orienta el gráfico Raimundo Ongaro,': Spanish, Portuguese and Italian leave
                // out the pronouns that would vouch for a name; a known given name and a family name of four letters or more
                // that names no place do, outside a body's or a place's name.)
                if Self.proDropLanguages.contains(language), candidate.rule == "person.given-name", family.characterCount >= 4,
                   Lexicon.placeCountries[family.text] == nil, !Lexicon.places.contains(family.text), !Lexicon.notNames.contains(family),
                   // (Not after an article, nor elided: "il sequestro dell'Achille Lauro" is the ship.)
                   candidate.first == 0 || !(Self.romanceGermanArticles.contains(toks[candidate.first - 1]) || toks[candidate.first - 1].isCapitalized
                                             || toks[candidate.first - 1].is("'", "\u{2019}")) {
                    c.gender = gender
                    c.rule = "person.subject"
                    found.append(c)
                    continue
                }
                var alone = 0
                for (u, other) in tokens.enumerated() {
                    for k in other.indices where other[k].text == family.text && !(u == candidate.unit && k == candidate.last) {
                        if k > 0, other[k - 1].isCapitalized, other[k].spaceBefore, isNameToken(other[k - 1]) { continue }
                        alone += 1
                    }
                }
                guard alone >= 2 else { continue }
                c.gender = gender
            }
            c.rule = "person.subject"
            found.append(c)
        }

        let singleWords = Set(singles.map { tokens[$0.unit][$0.index].text })
        var names: [String: String] = [:]  // full name -> id
        var surnameSpans: [Span] = []
        let roleWords = Lexicon.titleWordsLowercased
        // The people already tagged, in the order of their first mention, with their names in lower case.
        var knownPeople: [(id: String, name: String)] = []
        var seenPeople = Set<String>()
        var seenForms = Set<String>()
        for span in spans where span.entityID.hasBytePrefix("person/") {
            guard let e = entity(span.entityID) else { continue }
            let name = e.name.lowercased()
            if seenPeople.insert(span.entityID).inserted { knownPeople.append((span.entityID, name)) }
            // ("Mmamoloko Kubayi-Ngubane", the gazetteer's Mmamoloko Kubayi by an alias, ... "said Kubayi-Ngubane": the name as
            // the article writes it.)
            if span.last > span.first, span.rule == "gazetteer.alias", case let written = text(of: tokens[span.unit], from: span.first, to: span.last, in: span.unit).lowercased(),
               written != name, seenForms.insert(written).inserted {
                knownPeople.append((span.entityID, written))
            }
        }
        var placeNamed: Set<String>?  // read once, and only if a candidate gets this far
        for var f in found {
            let toks = tokens[f.unit]
            // ("Un portavoz de la Guardia Costera advirtió": a Spanish, Italian or German article before capitalised words makes
            // them a body's name or a thing's, never a person's, unless a title came between.)
            if f.first > 0, f.title == nil, toks[f.first - 1].isLowercase, Self.romanceGermanArticles.contains(toks[f.first - 1]) { continue }
            // A title caught inside the name ("said Senator Liza Magbanua") is not part of it.
            while true {
                // "Associate Justice Antonio Carpio", "Acting President X": a qualified title.
                var at = f.first
                while at < f.last, Lexicon.titleModifiers.contains(toks[at]) { at += 1 }
                guard let (entry, end) = titleTrie.longestMatch(in: toks, at: at), end <= f.last,
                      // ("M K Narayanan": an initial, not the French "M", before another initial.)
                      !(entry.surface.count == 1 && toks[end].characterCount == 1) else { break }
                f.first = end < toks.count && toks[end].is(".") && end < f.last ? end + 1 : end
                if f.title == nil { f.title = entry.surface }
            }
            // ("Grünen-Chefin Eva Glawischnig sagte": an office joined to its body by a hyphen is not part of the name either.)
            if language == "de", f.first + 3 < f.last, toks[f.first + 1].is("-"), !toks[f.first + 1].spaceBefore, !toks[f.first + 2].spaceBefore,
               Self.germanNameTitleEndings.contains(where: { toks[f.first + 2].lower.hasSuffix($0) }), toks[f.first + 3].spaceBefore {
                f.first += 3
            }
            // "Minister of Construction Tran Quoc Khanh": the portfolio before a name is not part of it.
            // ("Minister of Economy and Sustainable Development Dimitri Kumsishvili": each word of the portfolio.)
            var inPortfolio = false
            // ("Minister for Agriculture, Food and the Marine Michael Creed": "the" inside the portfolio.)
            while f.first < f.last, f.first > 0, inPortfolio || toks[f.first - 1].is("of", "for", "and", "&")
                    // ("Secretary to the Treasury Felix Nkulukusa".)
                    || (f.first > 1 && toks[f.first - 1].is("the") && toks[f.first - 2].is("of", "for", "and", "&", "to"))
                    // ("... and the Digital Economy Moulay Hafid Elalamy": the portfolio's word before is one of its words too.)
                    || (toks[f.first - 1].isCapitalized && toks[f.first].spaceBefore && Lexicon.genericInstitutionWords.contains(toks[f.first - 1])),
                  Lexicon.genericInstitutionWords.contains(toks[f.first]), toks[f.first].isCapitalized {
                f.first += 1
                inPortfolio = true
            }
            // ("Director of National Parks Sally Barnes", "Speaker of the Majlis Gholam-Ali Haddad-Adel": up to two capitalised words
            // of what an office is of, then a known given name; the name starts at the given name.)
            // ("Chairman of the Board of Trustees Mark Smith": the office's "of" may come further back.)
            func given(_ k: Int) -> Bool {
                Lexicon.givenNameGenders[toks[k].text] != nil
                    || (toks[k].text.contains("-") && toks[k].text.split(separator: "-").contains { Lexicon.givenNameGenders[String($0)] != nil })
                    || (k + 2 < toks.count && toks[k + 1].is("-") && !toks[k + 1].spaceBefore && Lexicon.givenNameGenders[toks[k + 2].text] != nil)
            }
            if f.last - f.first >= 2, f.first >= 2,
               let o = (max(1, f.first - 6)..<f.first).first(where: { toks[$0].is("of", "for") && (Lexicon.titleWords.contains(toks[$0 - 1]) || Self.isRoleNoun(toks[$0 - 1].text) || Self.isRoleNoun(toks[$0 - 1].lower) || toks[$0 - 1].is("Speaker", "Chairman", "Chairwoman", "Chair")) }),
               (o + 1..<f.first).allSatisfy({ toks[$0].isCapitalized || toks[$0].is("the", "of", "and") }),
               let g = (f.first + 1..<min(f.last, f.first + 3)).first(where: given),
               (f.first..<g).allSatisfy({ !given($0) && toks[$0].isWord }), toks[g].spaceBefore {
                f.first = g
            }
            // "Iran's ambassador to Beijing Mehdi Safari": the city of the post before the name is not part of it.
            if f.first > 0, f.last - f.first >= 2, toks[f.first - 1].is("to", "in"), Lexicon.placeCountries[toks[f.first].text] != nil,
               toks[f.first + 1].spaceBefore {
                f.first += 1
            }
            // "Leader of the Opposition Lennox Linton": the last word of a title written with small words is no part of the name.
            if f.first >= 3, f.last - f.first >= 2, (max(0, f.first - 4)..<f.first).contains(where: { s in
                toks[s].isCapitalized && Self.titleTrie.longestMatch(in: toks, at: s).map { $0.1 == f.first + 1 } == true }) {
                f.first += 1
            }
            // "Chinas Ministerpräsident Zhu", "Bayerns Ministerpräsident Edmund Stoiber": a place in the genitive, then a title;
            // the name starts after the title.
            if f.last > f.first + 1, toks[f.first].text.hasSuffix("s"),
               let t = (f.first + 1..<f.last).first(where: { toks[$0].isCapitalized && Lexicon.titleWords.contains(toks[$0]) && toks[$0].characterCount > 3 }) {
                f.first = t + 1
            }
            // "On Thursday evening in Alexandria Colonel Nasser told a vast crowd": a place, then a title; the name starts after
            // the title.
            if f.last > f.first + 1,
               let t = (f.first + 1..<f.last).first(where: { toks[$0].isCapitalized && Lexicon.titleWords.contains(toks[$0]) && toks[$0].characterCount > 3 }),
               case let place = text(of: toks, from: f.first, to: t - 1, in: f.unit), Lexicon.places.contains(place) || Lexicon.placeCountries[place] != nil
                || (t - f.first <= 2 && f.first > 0 && toks[f.first - 1].is("in", "at", "from")) {
                f.first = t + 1
            }
            // "sagte Konzernsprecher Alexander Machowetz", "Projektleiter Mahmud Dschafari": German writes an office in one
            // capitalised word before the name; it is no given name.
            // ("Der Hamburger Sicherheitsexperte Ralph Langner": after an adjective of place, too.)
            if language == "de", f.last > f.first,
               let p = (f.first..<min(f.last, f.first + 3)).last(where: { toks[$0].isCapitalized && toks[$0].characterCount >= 7 && toks[$0 + 1].isCapitalized
                   && Lexicon.givenNameGenders[toks[$0].text] == nil && Self.germanNameTitleEndings.contains(where: toks[$0].text.hasSuffix) }) {
                f.first = p + 1
            }
            let words = nameWords(toks, f.first, f.last)
            guard words.count >= 2 || f.rule == "person.age-single" || f.rule == "person.title-single" else { continue }
            // "ante la Corte de La Haya", "el Palacio San Martín": in a Spanish article, an article or a saint's "San" before a
            // capitalised word opens a body's or a place's name, not a person's (a person's given name comes first).
            // ("the \"Saint-Sylvestre coup\"": a saint's name joined by a hyphen is a French place's, feast's or street's.)
            if words.count == 2, ["San", "Santa", "Santo", "São", "Saint", "Sainte"].contains(words[0]),
               language == "es" || language == "pt" || language == "it" || language == "fr" || (toks[f.first + 1].is("-") && !toks[f.first + 1].spaceBefore) { continue }
            if words.count == 2, language == "es", ["La", "El", "Los", "Las"].contains(words[0]) { continue }
            if words.count == 1, words[0].hasPrefix("Saint-") || words[0].hasPrefix("Sainte-") { continue }
            // ("The Member for Murray-Darling, Mr Bill Beckroge,", "the seat of Wentworth": a constituency, not a person.)
            if f.first >= 2, toks[f.first - 1].is("for", "of"), Self.constituencyHolders.contains(toks[f.first - 2]) { continue }
            // ('the "Red Maulana" of East Bengal politics': a nickname in quotation marks is no one's name.)
            if f.first > 0, f.last + 1 < toks.count, toks[f.first - 1].is("\"", "\u{201C}", "'", "\u{2018}"), toks[f.last + 1].is("\"", "\u{201D}", "'", "\u{2019}") { continue }
            // "Sen. John Tower (R-Texas)": a party and a state, not a name.
            if toks[f.first].characterCount == 1, f.first < f.last, f.first > 0, toks[f.first + 1].is("-"), toks[f.first].is("R", "D", "I"),
               toks[f.first - 1].is(",", "("), f.last + 1 < toks.count, toks[f.last + 1].is(",", ")"),
               // ("Rep. Don Bonker, D-Vancouver,": a home town instead of the state, in one word.)
               Lexicon.usStateNames.contains(text(of: toks, from: f.first + 2, to: f.last, in: f.unit)) || f.last == f.first + 2 { continue }
            // ("the Thatcher Ferry, which has carried vehicles", after Maurice H. Thatcher: a person's family name the article gave,
            // then another word, after "the", is a thing named after them.)
            if words.count == 2, f.first > 0, toks[f.first - 1].lowerIs("the"), !Lexicon.isGivenName(words[0]),
               writtenAsFamilyName(words[0], before: (f.unit, f.first)) { continue }
            // ("A Dunstable couple who returned on Monday from the Costa Brava said": a name of two words after a preposition
            // and "the", whose first word is neither a known given name nor a title, is a place's or a thing's.)
            if words.count == 2, f.first >= 2, toks[f.first - 1].is("the"), Self.objectPrepositions.contains(toks[f.first - 2].text),
               !Lexicon.isGivenName(words[0]), !Lexicon.titleWords.contains(toks[f.first]), gazetteer.peopleByName[words.joined(separator: " ")] == nil { continue }
            // ("Daryl Kramp (Prince Edward-Hastings, Ont.)": a Canadian member's riding and province in brackets, not a name.)
            if f.last + 2 < toks.count, toks[f.last + 1].is(","), Self.isCanadianProvinceAbbreviation(toks, at: f.last + 2),
               (max(0, f.first - 3)..<f.first).contains(where: { toks[$0].is("(") }) { continue }
            // "Cooperatives and Poverty Alleviation. She ...": an abstract noun ends no one's name.
            if let last = words.last, last.count >= 9, ["ation", "ition", "ment", "ness", "ship"].contains(where: { last.hasSuffix($0) }) { continue }
            // ("The Samyukt Kisan Morcha (SKM), the platform of ...": a name its initials follow in brackets is a body's.)
            if words.count >= 2, f.last + 3 < toks.count, toks[f.last + 1].is("("), toks[f.last + 3].is(")"), toks[f.last + 2].isAllCaps,
               toks[f.last + 2].text == String(words.compactMap(\.first).filter(\.isUppercase)) { continue }
            // "Turkic States", "Gulf Emirates": a body's or a place's words, not a person's.
            // ("A spokesman for the Blue Funnel Line said": a shipping line.)
            // ("the 20-Point Programme announced on July 1": a programme's words after a number and a hyphen, not a person's.)
            if f.first >= 2, toks[f.first - 1].is("-"), !toks[f.first - 1].spaceBefore, toks[f.first - 2].kind == .number,
               Lexicon.initiativeHeads.contains(toks[f.last]) { continue }
            // (Not "Sir Charles Court", "Arnold Hall": a known given name before a family name that is a body's word.)
            if let last = words.last, Lexicon.organizationHeads.contains(last) || ["States", "Nations", "Emirates", "Republics", "Kingdom", "Territories", "Line"].contains(last),
               !(words.count == 2 && Self.isGivenNameAndPlaceSurname(words[0], toks[f.last]) && (f.first == 0 || !toks[f.first - 1].lowerIs("the"))) { continue }
            // "Américas de la Organización de los Estados Americanos": a body's first word inside, after a particle, is a
            // body's name, not a person's.
            if words.dropFirst().contains(where: { Lexicon.foreignOrganizationFirstWords.contains($0) }) { continue }
            // "the UNC MP said", "the Trade CS said": an office written in capitals ends no name.
            if let last = words.last, Self.capitalOffices.contains(last) { continue }
            // "this Slav Pope", "the Ecumenical Patriarch", "the Holy Father said": a see's office ends no name.
            if let last = words.last, ["Pope", "Pontiff", "Patriarch", "Archbishop", "Catholicos"].contains(last) || words == ["Holy", "Father"] { continue }
            // ("the Catholic Bishops Conference", "the Anglican Church": a church's bodies are no one's name.)
            // (Not "Senator Frank Church": a given name first.)
            if let last = words.last, Self.churchBodyWords.contains(last), !Lexicon.isGivenName(words[0]) { continue }
            // "... Ministry of Mining and Heavy Industry said": a portfolio's words, not a person's.
            if let last = words.last, Self.portfolioNouns.contains(last) { continue }
            // ("Archbishop Helder Camara ... Dom Helder is unimpressed": an honorific that goes with a given name, and the given
            // name of someone the article names, is that person, not a new one.)
            if words.count == 2, Self.givenNameHonorifics.contains(words[0]), language != "en" || !["Don", "Dona"].contains(words[0]), spans.contains(where: { span in
                span.entityID.hasBytePrefix("person/") && span.last > span.first && tokens[span.unit][span.first].text == words[1]
            }) { continue }
            // ("Rep. Paul G. Rogers, D-West Palm Beach,": a party's letter and a place, not a name.)
            if f.first > 0, f.first < f.last, toks[f.first].is("D", "R"), toks[f.first + 1].is("-"), toks[f.first - 1].is(",", "(") { continue }
            // ("Die Politik Adenauers": a German noun and a known person's family name in the genitive, not a new person.)
            if language == "de", words.count == 2, f.first > 0, Self.germanArticles.contains(lowerOf: toks[f.first - 1]),
               let last = words.last, last.count > 3, last.hasSuffix("s"), gazetteer.peopleByFamilyName[last] == nil,
               gazetteer.peopleByFamilyName[String(last.dropLast())] != nil, !Lexicon.isGivenName(words[0]) { continue }
            // "The Ministry of Electric Power said": whatever follows a ministry's or a department's "of" is its portfolio.
            if f.first >= 2, toks[f.first - 1].is("of", "for"), toks[f.first - 2].is("Ministry", "Ministries", "Department", "Bureau", "Secretariat") { continue }
            // "the Cultural Revolution", "the Boxer Uprising": an event, not a person.
            // (Not a known given name and a family name that is such a word, not after "the": "Dick Spring, speaking for the
            // European Union", not "the Prague Spring".)
            if let last = words.last, Lexicon.eventWords.contains(last) || Lexicon.causeWords.contains(last),
               !(words.count == 2 && Lexicon.isGivenName(words[0]) && (f.first == 0 || !toks[f.first - 1].lowerIs("the"))) { continue }
            // "the U.S. Table Tennis Association": words right before a body's head are part of the body's name.
            if f.last + 1 < toks.count, toks[f.last + 1].spaceBefore, toks[f.last + 1].isCapitalized, Lexicon.organizationHeads.contains(toks[f.last + 1]),
               f.rule != "person.title" { continue }
            // "a T shirt that said LET IT BE": words in capitals, one of them a small English word, are a slogan or a title.
            if words.count >= 2, (f.first...f.last).allSatisfy({ !toks[$0].isWord || toks[$0].isAllCaps }),
               words.contains(where: { Self.smallCapitalWords.contains($0) }) { continue }
            // "the Mining Marshals", "Cabinet Secretaries": a title in the plural names a group, not a person.
            if let last = words.last, last.count > 4, last.hasSuffix("s"),
               Lexicon.titleWords.contains(String(last.dropLast())) || (last.hasSuffix("ies") && Lexicon.titleWords.contains(String(last.dropLast(3)) + "y")) { continue }
            // "the Frente Amplio said": a body's first word in Spanish or Portuguese.
            // ("the NAFO, la Organización de Pesquerías del Atlántico Noroeste,": longer too.)
            if let first = words.first, words.count <= 5, Lexicon.foreignOrganizationFirstWords.contains(first), toks[f.first].spaceBefore || f.first == 0 {
                let (span, entity) = body(f.unit, f.first, f.last, rule: "organization.name-pattern")
                if local[entity.id] == nil { local[entity.id] = entity }
                surnameSpans.append(span)
                continue
            }
            // "Washington, D.C.": initials alone are no name.
            if words.allSatisfy({ $0.count == 1 }) { continue }
            // "En Ottawa, el ministro ...": Spanish or French "in" before a city opens a sentence; it names nobody.
            if words.count == 2, words[0] == "En", Lexicon.places.contains(words[1]) || Lexicon.placeCountries[words[1]] != nil { continue }
            // "Mr. Kenneth Younger, Labour M.P. for Grimsby": a member's party and "M.P." name nobody.
            if words.count >= 3, words.suffix(2) == ["M", "P"] { continue }
            // "the frigate H.M.S. Eastbourne": the last letter of a ship's prefix written with full stops is no initial.
            if f.first >= 2, toks[f.first].characterCount == 1, !toks[f.first].spaceBefore, toks[f.first - 1].is("."), !toks[f.first - 1].spaceBefore,
               toks[f.first - 2].characterCount == 1, toks[f.first - 2].isCapitalized { continue }
            // A crosshead of two or three capitalised words ("Freeman Estimate") names nobody the text does not name again
            // in full.
            if f.first == 0, f.last == toks.count - 1, words.count <= 3, units[f.unit].kind == .paragraph, f.rule != "person.title",
               gazetteer.peopleByName[words.joined(separator: " ")] == nil { continue }
            // "Oman Wanfang LLC", "Edra Global Energy Bhd": a company's legal form ends the name.
            if let last = words.last, Lexicon.legalForms.contains(last) || Lexicon.companySuffixes.contains(last) { continue }
            // "Second Thomas Shoal", "Scarborough Reef": a natural feature, not a person.
            if let last = words.last, Lexicon.featureWords.contains(last) || Lexicon.builtPlaceWords.contains(last) { continue }
            // "Um Rakuba camp", "moved to Um Rakuba, a camp 70 kilometres from the border": a name the text calls a
            // settlement anywhere is a place.
            if placeNamed == nil { placeNamed = namesCalledSettlements() }
            if placeNamed!.contains(words.joined(separator: " ")) { continue }
            // "the Consulate-General said": a mission, not a person titled General.
            if words.contains(where: { Lexicon.missionHeads.contains($0) }) { continue }
            // "officials of the Guangxi Zhuang Autonomous Region": the first words of a place's name.
            if f.last + 1 < toks.count, toks[f.last + 1].spaceBefore, Lexicon.builtPlaceWords.contains(toks[f.last + 1]) { continue }
            // A role written with capitals ("the Official Spokesperson said") names nobody.
            if words.allSatisfy({ roleWords.contains($0.lowercased()) || Self.isRoleNoun($0) }) { continue }
            // "Opposition Akel, which ...": a party described, not a person.
            if words.count == 2, ["Opposition", "Ruling"].contains(words[0]) { continue }
            // "the Deputy Chief Martial Law Administrator": a long office's name ends in the role (short ones are
            // family names too: Bishop, Judge).
            if words.count >= 2, let last = words.last, last.count >= 8, Self.isRoleNoun(last) { continue }
            // A city standing for its government ("Abu Dhabi said") is not a person.
            // ("Analysts in Nur-Sultan say", "Nuku’alofa": a capital written with a hyphen or an apostrophe too.)
            let placeKey = Lexicon.placeKey(text(of: toks, from: f.first, to: f.last, in: f.unit))
            if Lexicon.places.contains(words.joined(separator: " ")) || Lexicon.placeCountriesByKey[placeKey] != nil { continue }
            // ("the Indo-Sri Lankan Maritime Boundary Agreement": the first words of an agreement's or a plan's name.)
            // (Not a person's name, which a law may bear: "the Feroze Gandhi Act".)
            if f.last + 1 < toks.count, toks[f.last + 1].spaceBefore, Lexicon.strongInitiativeHeads.contains(toks[f.last + 1]), !toks[f.last + 1].is("Law", "Paper"),
               !Lexicon.isGivenName(words[0]) { continue }
            // ("Tamil Nadu's fishermen", "CORNER BROOK, Nfld.": a town or a country's division of two words or more.)
            // (Not a family name of a person the gazetteer or the article knows: "Castelo Branco said", "Saint Malo told".)
            if words.count >= 2, !Lexicon.isGivenName(words[0]), Lexicon.multiWordPlaceKeys.contains(placeKey),
               case let joined = words.joined(separator: " "), gazetteer.peopleByFamilyName[joined] == nil,
               !knownPeople.contains(where: { $0.name.contains(joined) }), !local.values.contains(where: { $0.kind == .person && $0.name.contains(joined) }) { continue }
            // ("the resort of Sharm El-Sheikh": the last words of a place's name.)
            if f.first > 0, toks[f.first - 1].isCapitalized, toks[f.first].spaceBefore, Lexicon.places.contains(text(of: toks, from: f.first - 1, to: f.last, in: f.unit)) { continue }
            // "Von der Leyen said" at the start of a sentence: the family name of a person
            // already named ("Ursula von der Leyen"), whatever the case of its particle.
            let lowered = " " + text(of: toks, from: f.first, to: f.last, in: f.unit).lowercased()
            if let known = knownPeople.first(where: { $0.name.hasSuffix(lowered) }) {
                surnameSpans.append(Span(unit: f.unit, first: f.first, last: f.last, entityID: known.id, rule: "person.surname"))
                continue
            }
            // "Sultan Ahmed bin Sulayem ... Bin Sulayem said": an Arabic name's last part with its particle, of a person found earlier.
            // ("Yusuf bin Alawi bin Abdullah ... Bin Alawi said": or the part after the given name.)
            if words.count == 2, Self.arabicParticles.contains(words[0]),
               let earlier = local.values.filter({ $0.kind == .person && (" " + $0.name.lowercased()).hasSuffix(lowered) }).map(\.id).min()
                ?? knownPeople.first(where: { $0.name.split(separator: " ").count >= 3 && ($0.name.hasSuffix(lowered) || $0.name.contains(lowered + " ")) })?.id {
                surnameSpans.append(Span(unit: f.unit, first: f.first, last: f.last, entityID: earlier, rule: "person.surname"))
                continue
            }
            // "Datuk Seri Syed Hamid Albar ... Syed Hamid said": the first words of a longer name named before
            // (Malay, Arabic and Indonesian usage).
            if words.count == 2, case let given = String(lowered.dropFirst()) + " ",
               let earlier = knownPeople.first(where: { $0.name.hasPrefix(given) && $0.name.split(separator: " ").count > 2 })?.id
                ?? local.values.filter({ $0.kind == .person && $0.name.lowercased().hasPrefix(given) && $0.name.split(separator: " ").count > 2 }).map(\.id).min() {
                surnameSpans.append(Span(unit: f.unit, first: f.first, last: f.last, entityID: earlier, rule: "person.given-names"))
                continue
            }
            if let span = coveringSpan(f.unit, f.first), span.entityID.hasBytePrefix("person/") { continue }  // a known person
            if let (entry, end) = gazetteer.trie.longestMatch(in: toks, at: f.first), end > f.last, entry.entityID.hasBytePrefix("person/"),
               // (Not a familiar form of a known person's name long before their time, which is someone else's.)
               !familiarFormOutOfTime(entry) { continue }
            let written = text(of: toks, from: f.first, to: f.last, in: f.unit)
            var name = written
            // ("der DPS Dr. Heinrich Schneiders" in German: the genitive's s after a family name the article also writes without it.)
            if language == "de", f.last > f.first, toks[f.last].characterCount >= 5, toks[f.last].text.hasSuffix("s"), !toks[f.last].text.hasSuffix("ss"),
               case let stem = String(toks[f.last].text.dropLast()), tokens.contains(where: { unit in unit.contains { $0.text == stem } }) {
                name = String(name.dropLast())
            }
            // ("Patrick “Terror” Lekota" is Patrick Lekota, "Ernesto (Che) Guevara" Ernesto Guevara.)
            if let open = written.firstIndex(of: "("), let close = written[open...].firstIndex(of: ")") {
                name = String(written[..<open]).trimmingCharacters(in: .whitespaces) + " " + String(written[written.index(after: close)...]).trimmingCharacters(in: .whitespaces)
            }
            if let open = name.firstIndex(where: { $0 == "\"" || $0 == "\u{201C}" }),
               let close = name[name.index(after: open)...].firstIndex(where: { $0 == "\"" || $0 == "\u{201D}" }) {
                let after = name.index(after: close)
                name = String(name[..<open]) + String(name[after...]).drop { $0 == " " }
            }
            // "Henry A. Kissinger": a known person written with a middle initial.
            let parts = name.split(separator: " ")
            // ("I K Gujral": initials may come without full stops.)
            let isInitial = { (part: Substring) in (part.count <= 2 && part.hasSuffix(".")) || (part.count == 1 && part.first!.isUppercase) }
            let withoutInitials = parts.filter { !isInitial($0) }
            // (Not one the data writes with another middle initial: "Fred L. Hartley" of Union Oil is not the congressman
            // Fred A. Hartley Jr.)
            if parts.count >= 3, let known = gazetteer.peopleByName[withoutInitials.filter { $0.count > 1 }.joined(separator: " ")],
               !hasOtherMiddleInitial(known, than: Set(parts.filter(isInitial).compactMap(\.first))) {
                surnameSpans.append(Span(unit: f.unit, first: f.first, last: f.last, entityID: known, rule: "person.middle-initial"))
                continue
            }
            // "G. M. Malenkov", "V. M. Molotov": initials and a family name are the one known person of that
            // family name whose given name starts with the first initial.
            if parts.count >= 2, withoutInitials.count == 1, let family = withoutInitials.first, let initial = parts.first?.first,
               let known = knownPerson(initial: initial, familyName: String(family)), initialsFit(known, count: parts.count - 1, initials: parts.dropLast().compactMap(\.first)) {
                surnameSpans.append(Span(unit: f.unit, first: f.first, last: f.last, entityID: known, rule: "person.initials"))
                continue
            }
            // ("President Jose Lopez Portillo ... But Lopez Portillo, who greeted him": a family name of two words, alone, is the
            // one person of that family name the article named.)
            if parts.count >= 2, let ids = gazetteer.peopleByFamilyName[name], case let named = ids.filter({ id in knownPeople.contains { $0.id == id } }),
               named.count == 1 {
                surnameSpans.append(Span(unit: f.unit, first: f.first, last: f.last, entityID: named[0], rule: "person.surname"))
                continue
            }
            // "President Benigno Aquino" (Benigno Aquino III), "Masahiko Koumura" (Komura): the one known person
            // whose name, loosely written, is this one.
            // ("George Bush" in 1989: of the two, the one in office that year.)
            // ("Peter Kenilorea Jr" is not the known Peter Kenilorea, his father.)
            // ("Sibusiso Barnabas Dlamini": given names in another order, see `Gazetteer.givenNamesKey`.)
            if parts.count >= 2, !parts.contains(where: { ["Jr", "Jr.", "Jnr"].contains($0) }),
               let ids = gazetteer.peopleByLooseName[Gazetteer.looseName(name)] ?? soundAlike(name) ?? Gazetteer.givenNamesKey(name).flatMap({ gazetteer.peopleByLooseName[$0] }), case let inYear = ids.count == 1 ? ids.filter(notYetInPublicLife) : inOffice(ids), case let fitting = inYear.isEmpty ? nearestInTime(ids) : inYear, fitting.count == 1,
               // ("Teofisto Guingona III" is not the known Teofisto Guingona Jr.: a numeral the known name does not end in.)
               !(parts.last.map { ["II", "III", "IV"].contains($0) } == true && entity(fitting[0])?.name.split(separator: " ").contains(parts.last!) == false) {
                surnameSpans.append(Span(unit: f.unit, first: f.first, last: f.last, entityID: fitting[0], rule: "person.name-variant"))
                // ("Saadeddine El Othmani ... El Othmani said": the name as written, for its later short forms.)
                knownPeople.append((fitting[0], name.lowercased()))
                continue
            }
            // "Tuila’epa", "Fiamē Naomi Mata’afa": a glottal stop the gazetteer's spelling leaves out (Tuilaepa).
            if name.containsBytes("'") || name.containsBytes("\u{2019}") || name.containsBytes("\u{2018}") || name.containsBytes("\u{02BB}") {
                let plain = Self.withoutApostrophes(name)
                // "Fergus O’Brien ... O’Brien said", "Pohiva Tu‘i‘onetoa ... Tu‘i‘onetoa said": a family name alone is first of all
                // the one person of that family name the article has named, not a namesake the gazetteer knows.
                let ending = " " + plain.lowercased()
                // ("House Speaker Thomas P. O'Neill Jr. ... O'Neill said": a generational suffix after the family name.)
                func family(_ name: String) -> String {
                    var words = name.split(separator: " ")
                    while words.count > 1, let last = words.last, Self.generationalSuffixes.contains(last.lowercased()) { words.removeLast() }
                    return Self.withoutApostrophes(words.joined(separator: " "))
                }
                let own = parts.count == 1
                    ? Set(knownPeople.filter { family($0.name).hasSuffix(ending) }.map(\.id)
                        + local.values.filter { $0.kind == .person && family($0.name.lowercased()).hasSuffix(ending) }.map(\.id))
                    : []
                if own.count == 1 {
                    surnameSpans.append(Span(unit: f.unit, first: f.first, last: f.last, entityID: own.first!, rule: "person.surname"))
                    continue
                }
                var ids = gazetteer.peopleByName[plain].map { [$0] } ?? gazetteer.peopleByLooseName[Gazetteer.looseName(plain)]
                    ?? (parts.count == 1 ? gazetteer.peopleByFamilyName[plain] : nil) ?? []
                // ("Tuilaepa Dr Sa’ilele Malielegaoi": the end of a known name whose first words the article also has,
                // a title between them.)
                if ids.isEmpty, parts.count >= 2 {
                    ids = Array(Set(gazetteer.peopleByName.filter { key, _ in
                        key.hasSuffix(" " + plain) && key.dropLast(plain.count + 1).split(separator: " ").allSatisfy { word in
                            tokens.contains { toks in toks.contains { $0.text == word } }
                        }
                    }.values))
                }
                // ("La’auli Leuatea Schmidt ... La’auli said": a Samoan title, the first word of a name the article gave, stands
                // for its holder.)
                if ids.isEmpty, parts.count == 1 {
                    let lower = Self.foldApostrophes(name).lowercased() + " "
                    ids = Array(Set(knownPeople.filter { Self.foldApostrophes($0.name).hasPrefix(lower) }.map(\.id)))
                    if ids.isEmpty { ids = gazetteer.peopleByFamilyName[Self.foldApostrophes(name)] ?? [] }
                }
                // ("Mr Hawke" in 1984: Bob Hawke, not Alex Hawke, a minister from 2020; "Mr Howard" in Adelaide: the
                // Australian, not the British Howard.)
                if ids.count > 1, parts.count == 1 { ids = narrowNamesakes(ids) }
                if ids.count == 1 {
                    surnameSpans.append(Span(unit: f.unit, first: f.first, last: f.last, entityID: ids[0], rule: "person.name-variant"))
                    continue
                }
            }
            // "Pierre Damien Habumuremyi" is the known Pierre Habumuremyi: a middle name the gazetteer leaves out.
            // ("Abdulla Yacoub Bishara" is the known Abdullah Bishara: the two names loosely or as they sound, when one person fits.)
            // (Only someone of a country the story names or of the story's time: "Tim Marcus Clark" of an Adelaide bank in 1991 is
            // not the Emirates airline's Tim Clark, in office from 2003.)
            if parts.count == 3, let known = knownWithoutMiddleName(parts.map(String.init)), personFitsStory(known),
               !hasOtherMiddleInitial(known, than: Set(parts[1].prefix(1))) {
                surnameSpans.append(Span(unit: f.unit, first: f.first, last: f.last, entityID: known, rule: "person.middle-name"))
                continue
            }
            // "President Carlos Flores" is the known Carlos Roberto Flores, "Eduardo Frei" in 1969 Eduardo Frei Montalva: the
            // text leaves out a middle name or a second family name the gazetteer gives (the one such person, or the one in
            // office in the article's year).
            if parts.count == 2, gazetteer.peopleByName[Self.withoutApostrophes(name)] == nil, case let (given, last) = (String(parts[0]), String(parts[1])),
               let family = gazetteer.peopleByFamilyName[last] {
                var fitting = family.filter { id in
                    guard let e = gazetteer.entities[id] else { return false }
                    let words = e.name.split(separator: " ").map(String.init)
                    return words.count == 3 && words[0] == given && (words[1] == last || words[2] == last)
                }
                // (Only someone of the article's time, from a country it names: not Carlos Andrés Pérez in a story of 2019 about
                // Ecuador's Carlos Pérez, nor Mark Malloch Brown for the Cook Islands' Mark Brown.)
                // (And someone the gazetteer gives offices with their years: "John Walker" of the National Gallery is not the
                // spy John Anthony Walker, who held none.)
                fitting = fitting.filter { id in yearsInOffice(id).map { years in year.map { $0 >= years.first - 15 && $0 <= years.last + 10 } ?? true } ?? false }
                if fitting.count > 1 { fitting = narrowNamesakes(fitting) }
                if fitting.count == 1, let e = entity(fitting[0]), !e.countries.isEmpty {
                    let counts = countryCounts()
                    if !e.countries.contains(where: { counts[$0] != nil }) { fitting = [] }
                }
                if fitting.count == 1 {
                    surnameSpans.append(Span(unit: f.unit, first: f.first, last: f.last, entityID: fitting[0], rule: "person.middle-name"))
                    continue
                }
            }
            // "James R. Sasser" and "James Sasser" are one person: middle initials stay out of the id.
            // ("Mohammad Yasmin Hj Umar" is Mohammad Yasmin Umar: "Hj", Haji, marks the father's pilgrimage.)
            // ("Sergey Vladimirovich Cherkasov" is Sergey Cherkasov: a Russian patronymic between the names stays out of it too.)
            let bare = parts.count >= 3 ? withoutInitials.enumerated().filter { $0.offset == 0 || !Self.innerHonorifics.contains(String($0.element)) }
                .filter { $0.offset == 0 || $0.offset == withoutInitials.count - 1 || !Self.isPatronymic(String($0.element)) }
                .map(\.element).joined(separator: " ") : name
            var id = "person/" + Slug.make(bare)
            // ("Fred L. Hartley" of Union Oil, when the gazetteer's Fred Hartley is another: the initials keep the ids apart.)
            if gazetteer.entities[id] != nil, bare != name { id = "person/" + Slug.make(name) }
            guard id != "person/" else { continue }
            names[written] = id
            if local[id] == nil {
                var person = Entity(id: id, kind: .person, name: name)
                // "Md Khurshed Alam" is also written "Khurshed Alam": "Md", "Mohd" and "Mst" abbreviate a name many share.
                if words.count >= 3, ["Md", "Mohd", "Muhd", "Mst"].contains(words[0].trimmingCharacters(in: ["."])) {
                    person.aliases.append(words.dropFirst().joined(separator: " "))
                }
                // "Angelica Dizon-Reyes" goes by "Dizon-Reyes"; a suffix such as Jr is not a family name.
                let parts = name.split(separator: " ").map(String.init).filter { !Self.generationalSuffixes.contains($0.lowercased()) }
                let lastPart = parts.last.map { String($0.drop { !$0.isLetter }) }.flatMap { $0.isEmpty ? nil : $0 }
                // The family name comes first when the list says so, or when the article itself calls
                // the person by the first word alone ("Koo Chen-fu ... Mr Koo", "Hua Guofeng ... Mr Hua").
                let firstUsedAlone = singleWords.contains(words[0]) && !singleWords.contains(lastPart ?? words[words.count - 1])
                person.familyName = (Lexicon.familyNameFirst.contains(words[0]) || firstUsedAlone) && words.count <= 3 ? words[0] : (lastPart ?? words.last)
                person.gender = f.gender
                if let title = f.title { person.roles = [Entity.Role(title: title)] }
                local[id] = person
            } else if local[id]?.gender == nil, let g = f.gender {
                local[id]?.gender = g
            }
        }
        for span in surnameSpans where !(span.first...span.last).contains(where: { isCovered(span.unit, $0) }) { addSpan(span) }
        guard !names.isEmpty else { return }
        // "Dizon-Reyes" found apart from "Angelica Dizon-Reyes": the same person.
        for (name, id) in names {
            // (Only when one person's name ends so: "Mizzi" beside "Joe Mizzi" and "Konrad Mizzi" is neither, and a
            // choice between them would depend on the order of a hash table.)
            let ending = Set(names.filter { $0.key.count > name.count && $0.key.hasSuffix(" " + name) }.values)
            if ending.count == 1, let longer = ending.first {
                // ("F. Umiich Sengebau" and "Umiich Sengebau" are one id already: nothing to join, and nothing to drop.)
                if longer != id {
                    names[name] = longer
                    if !names.values.contains(id) { local[id] = nil }
                }
                continue
            }
            // "Georges Chikoti" after "Georges Rebelo Chikoti": the one longer name with the same first and last words.
            let words = name.split(separator: " ")
            guard words.count == 2 else { continue }
            let longer = Set(names.filter { key, other in
                let w = key.split(separator: " ")
                return other != id && w.count >= 3 && w.first == words[0] && w.last == words[1]
            }.values)
            if longer.count == 1, let other = longer.first {
                names[name] = other
                if !names.values.contains(id) { local[id] = nil }
            }
        }
        // A name the article also writes with a company's legal form after it ("Placer Dome Inc. of Vancouver ...
        // Placer Dome said") is the company's, not a person's.
        var candidates = TokenTrie()
        for (name, id) in names { candidates.insert(name, .init(entityID: id, form: .name, surface: name)) }
        var companies = Set<String>()
        // ("El ministro de Información y Turismo, señor Fraga Iribarne": a minister's portfolio, wherever the name stands after
        // a role and "of", is no one's name.)
        var portfolio: [String: Bool] = [:]
        for u in units.indices {
            let toks = tokens[u]
            for i in toks.indices where toks[i].isCapitalized {
                guard let (entry, end) = candidates.longestMatch(in: toks, at: i) else { continue }
                if end < toks.count, toks[end].spaceBefore, Self.legalForms.contains(toks[end]) || Lexicon.legalForms.contains(toks[end]) {
                    companies.insert(entry.entityID)
                }
                // ("PT Pasifik Satelit Nusantara ... Pasifik Satelit Nusantara said": an Indonesian company's form comes first.)
                if i > 0, toks[i - 1].is("PT") { companies.insert(entry.entityID) }
                let afterRole = i >= 2 && toks[i - 1].is("de", "del", "of") && Lexicon.personNouns.contains(lowerOf: toks[i - 2])
                portfolio[entry.entityID] = (portfolio[entry.entityID] ?? true) && afterRole
            }
        }
        companies.formUnion(portfolio.filter(\.value).keys)
        if !companies.isEmpty {
            names = names.filter { !companies.contains($0.value) }
            for id in companies where !names.values.contains(id) { local[id] = nil }
        }
        // Every occurrence of a discovered full name is a mention.
        var discovered = TokenTrie()
        for (name, id) in names { discovered.insert(name, .init(entityID: id, form: .name, surface: name)) }
        for u in units.indices {
            let toks = tokens[u]
            var i = 0
            while i < toks.count {
                if let (entry, end) = discovered.longestMatch(in: toks, at: i), !(i..<end).contains(where: { isCovered(u, $0) }) {
                    addSpan(Span(unit: u, first: i, last: end - 1, entityID: entry.entityID, rule: "person.discovered"))
                    i = end
                } else {
                    i += 1
                }
            }
        }
        inferGenders(Set(names.values))
    }

    /// The gender of the first he/she/his/her after a name, in its paragraph or
    /// the next, before any other capitalised name.
    func pronounFollows(_ c: NameCandidate) -> Entity.Gender? {
        var u = c.unit
        var k = c.last + 1
        while u < units.count, u <= c.unit {
            let toks = tokens[u]
            let quoted = quotedRanges(u)
            while k < toks.count {
                let t = toks[k]
                if !isInside(quoted, t.start) {
                    switch t.text {
                    case "he", "He", "his", "His", "him": return .male
                    case "she", "She", "her", "Her": return .female
                    default: break
                    }
                    if k + 1 < toks.count, isNameToken(t), isNameToken(toks[k + 1]), toks[k + 1].spaceBefore {
                        // Another name may be whom the pronoun means, unless it is a body's, a law's or a place's: "Rachel
                        // Hendry did not stay up to watch the debate on the Religious Discrimination Bill. She read about it".
                        var j = k + 1
                        while j + 1 < toks.count, isNameToken(toks[j + 1]), toks[j + 1].spaceBefore { j += 1 }
                        let run = k...j
                        let notPerson = run.contains { Lexicon.organizationHeads.contains(toks[$0]) || Lexicon.strongInitiativeHeads.contains(toks[$0]) }
                            || Self.isNamedBillOrCode(run.map { toks[$0].text })
                            || run.allSatisfy { i in coveringSpan(u, i).map { !$0.entityID.hasBytePrefix("person/") } ?? false }
                        guard notPerson else { return nil }
                        k = j
                    }
                }
                k += 1
            }
            u += 1
            k = 0
        }
        return nil
    }

    /// Companies and bodies described as such: "the planemaker Embraer", "mining
    /// company Vale", "Vale, the Brazilian miner".
    static let missionWords: TokenSet = ["embassy", "consulate"]
    static let atOf: TokenSet = ["at", "of"]
    /// Words before a capitalised name that make it a place's or a thing's ("a garrison on Itu Aba", "out of the Cultural Revolution").
    static let placePrepositions: TokenSet = ["on", "in", "at", "near", "into", "across", "off", "of", "the"]
    /// Words after a capitalised name that make it no subject of a clause ("Noy Sisavath and ...", "Laos of ...").
    static let notAfterSubject: TokenSet = ["and", "of", "or", "s", "in", "on", "at"]
    /// Words of a job title, which make a capitalised run an office, not a body.
    /// The last words of a body's name that a holder's title can follow: "Communist Party Chairman Hua Kuo-feng".
    static let bodyWordsBeforeTitles: TokenSet = [
        "Party", "Ministry", "Department", "Committee", "Commission", "Council", "Office", "Bureau", "Agency", "Bank", "Assembly",
        "Congress", "Parliament", "Union", "Front", "Movement", "Corporation", "Company", "Group", "University", "Institute",
        "Authority", "Federation", "Association", "Court", "Secretariat", "Board", "Administration", "Organization", "Organisation",
    ]
    /// Suffixes after a family name that are no part of it ("Thomas P. O'Neill Jr."), in lower case.
    static let generationalSuffixes: Set<String> = ["jr", "jr.", "jnr", "sr", "sr.", "ii", "iii"]

    /// Adjectives of a party after an office in French, Italian, Spanish and Portuguese ("le secrétaire socialiste").
    static let partyAdjectives: Set<String> = [
        "comunista", "socialista", "democristiano", "democristiana", "repubblicano", "repubblicana", "liberale", "radicale",
        "communiste", "socialiste", "gaulliste", "centriste", "écologiste", "laborista", "peronista", "conservador", "conservadora",
        "liberal", "socialdemócrata", "socialdemocrata", "petista", "tucano",
    ]
    static let officeHolderWords: TokenSet = [
        "Minister", "President", "Secretary", "Director", "Chairman", "Ambassador", "Governor", "Spokesperson", "Envoy", "Commissioner", "CE", "CEO", "PM",
        "FM", "Adviser", "Advisor", "Counsellor", "Counselor", "Coordinator", "Representative",
    ]
    /// "whose firm, Downs Wool Traders,": what a body set off by commas is called.
    static let employerNouns: TokenSet = ["firm", "company", "employer", "parent", "subsidiary", "consortium"]
    static let indefinite: TokenSet = ["a", "an"]
    static let arabicParticles: Set<String> = ["Bin", "Bint", "Ibn", "Abu", "Al", "El"]
    /// Words that name a document or programme when what it is about follows: "Plan for the Western Balkans",
    /// "Declaration on the China-Arab States Cooperation Forum", "Act Governing Relations ...". The initiatives' own last
    /// words, but for works and groups ("Railway", "Caucus") and a few never followed by a subject, and with a
    /// communiqué's, a statement's and a resolution's.
    static let initiativeHeadsBeforeConnector = TokenSet(
        Lexicon.strongInitiativeHeads.words.filter { !["Corridor", "Railway", "Pipeline", "Caucus", "Grouping", "Decision", "Projects", "Scheme", "Amendments"].contains($0) }
            + ["Communique", "Communiqué", "Statement", "Resolution"])
    static let genericDocumentSubjects: TokenSet = [
        "Understanding", "Intent", "Action", "Cooperation", "Co-operation", "Collaboration", "Disengagement", "Dismantling", "Principles",
        "Implementation", "Intention", "Agreement", "Accession",
    ]
    static let initiativeConnectors: TokenSet = ["for", "on", "of", "between", "against", "concerning", "Governing", "Concerning", "Between", "Regarding"]
    /// Whether a name found in the text has a document's word before a connector and what the document is about
    /// ("Economic and Investment Plan for the Western Balkans"), with no body's word before it ("Council on ...") and no
    /// body right after it ("Act of Parliament": a law a body passed, named by the body).
    static func initiativeHeadBeforeConnector(_ toks: TokenList, from i: Int, to end: Int) -> Bool {
        // (Not a name cut short at a connector: "the Act Governing Relations Between | the People of ...".)
        if initiativeConnectors.contains(toks[end]) { return false }
        var k = i
        while k < end {
            if Lexicon.organizationHeads.contains(toks[k]) { return false }
            if initiativeHeadsBeforeConnector.contains(toks[k]), toks[k + 1].spaceBefore, initiativeConnectors.contains(toks[k + 1]) {
                var next = k + 2
                if next <= end, toks[next].lowerIs("the") { next += 1 }
                guard next <= end, toks[next].isCapitalized, !Lexicon.organizationHeads.contains(toks[next]) else { return false }
                // ("a Memorandum of Understanding", "Guidelines for Cooperation": what any such paper is about names none.)
                return next < end || !genericDocumentSubjects.contains(toks[next])
            }
            k += 1
        }
        return false
    }
    /// Whether the words after `end` make what ends there a speaker: "X said", "X, in a statement issued later, said".
    static func speaks(_ toks: TokenList, after end: Int) -> Bool {
        guard end + 1 < toks.count else { return false }
        if Lexicon.speechVerbs.contains(toks[end + 1]) { return true }
        guard toks[end + 1].is(",") else { return false }
        var k = end + 2
        while k + 1 < toks.count, k - end < 16, !toks[k].is(".") {
            if toks[k].is(","), Lexicon.speechVerbs.contains(toks[k + 1]) { return true }
            k += 1
        }
        return false
    }

    /// Offices named with the body they are held in: "Head of the National Nutrition Agency".
    static let officesBeforeBody: Set<String> = ["Head", "Heads", "Chairman", "Chairperson", "Chairwoman", "Director", "Chief", "Governor", "Commissioner"]

    static let denominations: Set<String> = ["Baptist", "Methodist", "Lutheran", "Presbyterian", "Anglican", "Catholic", "Pentecostal", "Evangelical", "Adventist"]
    static let vietnameseMiddleNames: TokenSet = ["Van", "Văn", "Thi", "Thị", "Duc", "Đức", "Huu", "Hữu", "Minh", "Quoc", "Quốc", "Xuan", "Xuân"]
    /// Nouns that say a name set off by commas is a body: "X, a company linked to ...".
    /// Words before "for" or "of" and a constituency's name: "the Member for Murray-Darling", "the seat of Wentworth".
    static let constituencyHolders: TokenSet = ["Member", "member", "MP", "MLA", "MHA", "MHR", "MPP", "MNA", "seat", "electorate", "constituency", "riding"]
    static let appositiveBodyNouns: TokenSet = ["company", "firm", "conglomerate", "consortium", "contractor", "miner", "lender", "subsidiary", "corporation", "bank"]
    /// Words that can follow such a noun, so that it ends the description's head ("a company director" is a person).
    static let afterAppositiveBody: TokenSet = ["linked", "owned", "based", "that", "which", "controlled", "run", "founded", "registered", "with", "in", "from", "whose", "close", "backed", "listed"]
    static let articles: TokenSet = ["a", "an", "the"]
    static let unitNouns: TokenSet = ["unit", "subsidiary", "affiliate", "division", "arm"]
    /// Who works "at" a body ("an analyst at Rabobank") and who leads one ("chief executive of ...").
    static let workersAt: TokenSet = ["analyst", "fellow", "economist", "strategist", "researcher", "professor", "director", "manager", "partner", "executive", "official"]
    static let leadersOf: TokenSet = ["executive", "chairman", "chairwoman", "chair", "founder", "leader", "head", "director", "president", "secretary-general"]

    /// "the opposition Democratic Party of Socialists (DPS)" in a story about Montenegro: a body found in the text
    /// whose name, with "of" and a country the article names, is a known body's of that country, is that body.
    func bindCountryNamedBodies() {
        var rebound: [String: String] = [:]
        var counts: [String: Int]?
        for span in spans where rebound[span.entityID] == nil && span.entityID.hasBytePrefix("organization/") && gazetteer.entities[span.entityID] == nil {
            // (Names of three words or more, not generic ones such as "Ministry of Foreign Affairs", which other rules give
            // their country, and only for the two countries the article names most: "Democratic Party" is many countries'.)
            guard let body = local[span.entityID], body.countries.isEmpty, case let words = body.name.split(separator: " ").map(String.init),
                  words.count >= 3, !Lexicon.isGenericInstitution(words) else { continue }
            if counts == nil { counts = countryCounts() }
            let known = rankedCountries(counts!).prefix(2).lazy.compactMap { c -> String? in
                guard let place = self.entity(c), let id = self.knownName(body.name + " of " + place.name) ?? self.knownName(body.name + " of the " + place.name),
                      self.entity(id)?.countries.first == c else { return nil }
                return id
            }.first
            if let known { rebound[span.entityID] = known }
        }
        guard !rebound.isEmpty else { return }
        setSpans(spans.map { span in
            guard let known = rebound[span.entityID] else { return span }
            var s = span
            s.entityID = known
            s.rule = "organization.country-named"
            return s
        })
        for (old, known) in rebound {
            local[old] = nil
            for (acronym, id) in acronyms where id == old { acronyms[acronym] = known }
        }
    }

    /// "The Chinese Embassy in Harare ... In a statement, the embassy said": "the embassy" (or "the consulate")
    /// after a mission the article has named is that mission, so that what it says is its own.
    func resolveMissionAnaphora() {
        let missions = spans.filter { span in
            span.entityID.hasBytePrefix("organization/") && entity(span.entityID).map { $0.name.containsBytes("Embassy") || $0.name.containsBytes("Consulate") } == true
        }
        guard !missions.isEmpty else { return }
        for u in units.indices where units[u].kind != .heading {
            let toks = tokens[u]
            // ("The Embassy said in a statement": capitalised too, when no name goes on after it.)
            for k in toks.indices.dropFirst() where (toks[k].isLowercase && Self.missionWords.contains(toks[k])
                    || (toks[k].is("Embassy", "Consulate") && (k + 1 == toks.count || !(toks[k + 1].isCapitalized || toks[k + 1].is("of", "in", "to")))))
                    && toks[k - 1].lowerIs("the") && !isCovered(u, k) {
                let word = toks[k].lowerIs("embassy") ? "Embassy" : "Consulate"
                guard let earlier = missions.last(where: { ($0.unit, $0.first) < (u, k) && (entity($0.entityID)?.name.contains(word) ?? false) }) else { continue }
                addSpan(Span(unit: u, first: k, last: k, entityID: earlier.entityID, rule: "organization.mission-anaphora"))
            }
        }
    }

    /// Endings of German offices, in lower case, shared by the two lists below.
    static let germanOfficeEndings = [
        "minister", "ministerin", "präsident", "präsidentin", "kanzler", "kanzlerin", "sprecher", "sprecherin",
        "botschafter", "botschafterin", "vorsitzende", "vorsitzender",
    ]

    /// Endings of German offices written as one word before a name ("Außenministerin", "Bundespräsident", "Regierungssprecher").
    static let germanTitleEndings = germanOfficeEndings + ["sekretär", "sekretärin", "direktor", "direktorin", "kapitän", "kapitänin", "kommandeur", "kommandant",
        // ("Generalstabschef Edmund Entacher", "Landeshauptfrau Gabi Burgstaller", "Bürgermeister Michael Häupl".)
        "chef", "chefin", "hauptmann", "hauptfrau", "bürgermeister", "bürgermeisterin"]

    /// Military ranks a leader may still be called by ("Colonel Nasser", "General Franco", "Marshal Tito").
    static let militaryRankTitles: Set<String> = [
        "Colonel", "Col", "General", "Gen", "Marshal", "Major", "Maj", "Captain", "Capt", "Lieutenant", "Brigadier", "Admiral", "Commander",
    ]

    /// Endings of German offices and trades written in one word before a name ("Konzernsprecher", "Projektleiter").
    static let germanNameTitleEndings = germanTitleEndings + [
        "leiter", "leiterin", "stellvertreter", "stellvertreterin", "experte", "expertin", "forscher", "forscherin", "berater", "beraterin",
        "ingenieur", "ingenieurin", "gründer", "gründerin", "manager", "managerin", "analyst", "analystin",
        // ("sagte der Publizist Günther Nenning", "Der Nobelpreisträger Konrad Lorenz", "Gewerkschafter Anton Benya".)
        "publizist", "publizistin", "journalist", "journalistin", "schriftsteller", "schriftstellerin", "autor", "autorin",
        "preisträger", "preisträgerin", "aktivist", "aktivistin", "gewerkschafter", "gewerkschafterin", "funktionär", "funktionärin",
        "anwalt", "anwältin", "professor", "professorin", "künstler", "künstlerin", "regisseur", "regisseurin", "sänger", "sängerin",
        "trainer", "trainerin", "arzt", "ärztin", "bischof", "kardinal", "unternehmer", "unternehmerin", "ökonom", "ökonomin",
    ]

    /// Endings of German nouns for a person's role ("die Grünen-Politikerin", "der Minister").
    static let germanRoleEndings = germanOfficeEndings + ["politiker", "politikerin", "chef", "chefin", "abgeordnete", "abgeordneter"]

    /// Italian prepositions before an office's portfolio ("l'assessore regionale alla Sanità").
    static let italianPortfolioPrepositions: TokenSet = ["alla", "al", "allo", "agli", "alle", "della", "dello", "degli", "delle", "per"]

    /// Military ranks in lower case, by the language that writes them so, and the title they stand for.
    static let romanceRanks: [String: (String, String)] = [
        "général": ("fr", "General"), "généraux": ("fr", "General"), "maréchal": ("fr", "Marshal"), "amiral": ("fr", "Admiral"),
        "colonel": ("fr", "Colonel"), "colonels": ("fr", "Colonel"),
        "general": ("es", "General"), "generales": ("es", "General"), "mariscal": ("es", "Marshal"), "almirante": ("es", "Admiral"),
        "coronel": ("es", "Colonel"), "generale": ("it", "General"), "generali": ("it", "General"), "maresciallo": ("it", "Marshal"),
        "ammiraglio": ("it", "Admiral"), "colonnello": ("it", "Colonel"),
        // Churchmen ("il cardinale Anastasio Ballestrero", "el arzobispo Óscar Romero", "l'archevêque Marcel Lefebvre").
        "cardinale": ("it", "Cardinal"), "arcivescovo": ("it", "Archbishop"), "vescovo": ("it", "Bishop"),
        "arzobispo": ("es", "Archbishop"), "obispo": ("es", "Bishop"), "archevêque": ("fr", "Archbishop"), "évêque": ("fr", "Bishop"),
    ]
    /// Articles (and articles joined to prepositions) before such a rank.
    static let romanceRankArticles: TokenSet = [
        "le", "du", "au", "les", "des", "aux", "Le", "Les", "el", "del", "al", "los", "El", "il", "dal", "col", "i", "dei", "Il",
        // ("l'arcivescovo di Torino", "dell'arcivescovo": an elided article.)
        "'", "\u{2019}",
    ]

    /// Descriptors of a body that also name a person's trade ("publisher Jacobo Timerman", "developer Donald Trump").
    static let personalTrades: TokenSet = [
        "publisher", "producer", "developer", "builder", "operator", "exporter", "importer", "miner", "retailer", "supplier",
        "contractor", "shipper", "maker", "manufacturer", "trader",
    ]

    func discoverDescribedBodies() {
        var additions: [(Span, Entity)] = []
        var throughPlaces: [(Span, Entity)] = []
        var missions: [(Span, Entity, Span)] = []
        var workplaces: [(Span, Entity)] = []
        // Static tables read into locals once (this loop runs for every token).
        let organizationDescriptors = Lexicon.organizationDescriptors, missionWords = Self.missionWords, atOf = Self.atOf, employerNouns = Self.employerNouns
        for u in units.indices where units[u].kind != .heading {
            let toks = tokens[u]
            for k in toks.indices {
                // descriptor + Name
                // ("to exchange Ambassadors": a role, not a name.)
                // ("small exporter Chad Mokoena, who sells rooibos": a trade, then a person.)
                if toks[k].isLowercase, organizationDescriptors.contains(toks[k]), k + 1 < toks.count, toks[k + 1].spaceBefore,
                   !Self.isRoleNoun(toks[k + 1].text), !Lexicon.titleWords.contains(toks[k + 1]),
                   let end = capitalisedRun(toks, unit: u, from: k + 1),
                   !(Lexicon.walksOfLife.contains(toks[k]) && end + 2 < toks.count && toks[end + 1].is(",") && toks[end + 2].is("who")),
                   // ("newspaper publisher Jacobo Timerman": a trade a person may ply, then a given name and one or two more.)
                   !(Self.personalTrades.contains(toks[k]) && end > k + 1 && end <= k + 3 && Lexicon.givenNameGenders[toks[k + 1].text] != nil
                     && !toks[(k + 1)...end].contains(where: { Lexicon.organizationHeads.contains($0) })) {
                    // "the residents' group Save Malaysia Stop Lynas", "the campaign group Free Tibet": a place's name
                    // inside the body's name, right after its first words (not a place's possessive).
                    if end + 1 < toks.count, toks[end + 1].spaceBefore, let place = coveringSpan(u, end + 1), place.first == end + 1,
                       place.entityID.hasBytePrefix("country/") || place.entityID.hasBytePrefix("region/"),
                       !(place.last + 1 < toks.count && toks[place.last + 1].is("'", "\u{2019}")) {
                        var last = place.last
                        // ("... Stop Lynas": a company's name may end it.)
                        while last + 1 < toks.count, last - place.last < 3, toks[last + 1].spaceBefore, toks[last + 1].isCapitalized,
                              !Lexicon.notNames.contains(toks[last + 1]) {
                            if let inner = coveringSpan(u, last + 1) {
                                guard inner.first == last + 1, inner.entityID.hasBytePrefix("organization/") else { break }
                                last = inner.last
                                break
                            }
                            last += 1
                        }
                        throughPlaces.append(body(u, k + 1, last, rule: "organization.descriptor"))
                        continue
                    }
                    additions.append(body(u, k + 1, end, rule: "organization.descriptor"))
                    continue
                }
                // "whose firm, Downs Wool Traders, shipped ...", "its parent company, Avic International,": the descriptor,
                // a comma and the name set off by commas.
                // ("The state broadcaster, Télé Sahel, said": a body's descriptor after "the" and a word in lower case, then its name
                // of two words or more, not a person's.)
                let described = organizationDescriptors.contains(toks[k]) && k > 1 && toks[k - 1].isLowercase && toks[k - 1].isWord
                    && toks[k - 2].lowerIs("the") && k + 2 < toks.count && Lexicon.givenNameGenders[toks[k + 2].text] == nil
                if toks[k].isLowercase, employerNouns.contains(toks[k]) || described, k > 0,
                   ["whose", "his", "her", "its", "their", "the", "parent"].contains(toks[k - 1].lower) || described, k + 2 < toks.count, toks[k + 1].is(","),
                   let run = capitalisedRun(toks, unit: u, from: k + 2),
                   // ("Télé Sahel": a place's name may end it.)
                   case let end = run + 1 < toks.count && toks[run + 1].spaceBefore ? coveringSpan(u, run + 1).map({ place in
                       place.first == run + 1 && (place.entityID.hasBytePrefix("country/") || place.entityID.hasBytePrefix("region/")) ? place.last : run }) ?? run : run,
                   end > k + 2, end + 1 < toks.count, toks[end + 1].is(","),
                   Self.titleTrie.longestMatch(in: toks, at: k + 2) == nil {
                    if end > run { throughPlaces.append(body(u, k + 2, end, rule: "organization.descriptor")) } else { additions.append(body(u, k + 2, end, rule: "organization.descriptor")) }
                    continue
                }
                // "the Chinese embassy in Canberra", "the US consulate": a country's mission, written in lower case.
                // ("the US Embassy in Kingston said": a country's short form before the capitalised word, which no name pattern reads.)
                if toks[k].isLowercase && missionWords.contains(toks[k]) || (toks[k].is("Embassy", "Consulate") && k > 0 && coveringSpan(u, k - 1)?.rule != "gazetteer.adjective"),
                   k > 0, let country = coveringSpan(u, k - 1),
                   country.last == k - 1, country.entityID.hasBytePrefix("country/"), let c = entity(country.entityID) {
                    var end = k
                    var place: String?
                    if k + 2 < toks.count, toks[k + 1].is("in"), toks[k + 2].isCapitalized, !isCovered(u, k + 2) || coveringSpan(u, k + 2)?.entityID.hasBytePrefix("country/") == true {
                        end = coveringSpan(u, k + 2)?.last ?? k + 2
                        // ("the Chinese embassy in Kuala Lumpur": a city of two words.)
                        if end == k + 2, k + 3 < toks.count, toks[k + 3].spaceBefore, toks[k + 3].isCapitalized,
                           Lexicon.places.contains(text(of: toks, from: k + 2, to: k + 3, in: u)) { end = k + 3 }
                        // ("the United States Embassy in Dar es Salaam": a city written with small words.)
                        if end == k + 2, let last = Self.placeWithParticles(toks, at: k + 2) { end = max(end, last) }
                        place = text(of: toks, from: k + 2, to: end, in: u)
                    }
                    let adjective = country.rule == "gazetteer.adjective" || toks[k].isCapitalized ? text(of: toks, from: country.first, to: country.last, in: u) : (c.adjectives.first ?? c.name)
                    let name = adjective + " " + (toks[k].lowerIs("embassy") ? "Embassy" : "Consulate") + (place.map { " in " + $0 } ?? "")
                    let id = "organization/" + Slug.make(name)
                    var e = Entity(id: id, kind: .organization, name: name)
                    e.type = "found in text"
                    e.countries = [country.entityID]
                    missions.append((Span(unit: u, first: country.first, last: end, entityID: id, rule: "organization.mission"), e, country))
                    continue
                }
                // "an analyst at Rabobank", "chief executive of Australian Grape and Wine": where a person works.
                if k >= 1, atOf.contains(toks[k]), case let the = k + 2 < toks.count && toks[k + 1].is("the") ? 1 : 0, k + 1 + the < toks.count, toks[k + 1 + the].isCapitalized, toks[k + 1 + the].spaceBefore,
                   toks[k].is("at") ? Lexicon.professionNouns.contains(toks[k - 1]) || Self.workersAt.contains(toks[k - 1]) : Self.leadersOf.contains(toks[k - 1]),
                   let last = workplaceEnd(toks, unit: u, from: k + 1 + the) {
                    let name = text(of: toks, from: k + 1 + the, to: last, in: u)
                    // ("director of the Miami office of the Coordination Council": a place's branch of a body named after it.)
                    // ("former head of the Alabama branches of the NAACP": a place's word before a body's parts in lower case.)
                    let branch = last + 2 < toks.count && toks[last + 1].is("office", "bureau", "branch", "offices") && toks[last + 2].is("of")
                        || (last == k + 1 + the && last + 1 < toks.count && toks[last + 1].spaceBefore && Self.bodyBranchNouns.contains(toks[last + 1]))
                    // ("the leader of the U.P.G.A.": a dotted acronym's first letter is no body's name.)
                    if !Lexicon.places.contains(name), !(last == k + 1 + the && Lexicon.notNames.contains(toks[last])), !branch,
                       !(last == k + 1 + the && toks[last].characterCount == 1) {
                        let (span, entity) = body(u, k + 1 + the, last, rule: "organization.workplace")
                        workplaces.append((span, entity))
                        continue
                    }
                }
                // "Matt Bronze, a company linked to Zimbabwe Defence Industries": a name set off as a company.
                if toks[k].is(","), k >= 2, k + 3 < toks.count, Self.indefinite.contains(toks[k + 1]),
                   let d = ((k + 2)...min(k + 3, toks.count - 2)).first(where: { Self.appositiveBodyNouns.contains(toks[$0]) }),
                   Self.afterAppositiveBody.contains(toks[d + 1]) || toks[d + 1].is(",", ".") {
                    var start = k - 1
                    while start > 0, k - start < 5, toks[start - 1].isCapitalized, toks[start - 1].isWord, toks[start].spaceBefore, !isCovered(u, start - 1) { start -= 1 }
                    if toks[k - 1].isCapitalized, toks[k - 1].isWord, !isCovered(u, k - 1), (start..<k).allSatisfy({ !isCovered(u, $0) }),
                       !Lexicon.notNames.contains(toks[start]), start == 0 || !toks[start - 1].isCapitalized {
                        additions.append(body(u, start, k - 1, rule: "organization.apposition"))
                        continue
                    }
                }
                // "..., Minister Rokas Masiulis said on Monday, BNS reports.": a name after a comma that "reports" what the
                // sentence said is a news agency.
                if k >= 1, toks[k - 1].is(","), toks[k].isWord, toks[k].isCapitalized, !isCovered(u, k), k + 2 < toks.count,
                   toks[k + 1].is("reports", "reported"), toks[k + 2].is("."), !Lexicon.notNames.contains(toks[k]),
                   toks[k].isAllCaps || toks[k].text.utf8.count > 3 {
                    var found = body(u, k, k, rule: "organization.reporter")
                    found.1.type = "media"
                    additions.append(found)
                    continue
                }
                // "the CBC consortium", "the CATL-led CBC consortium": an acronym named by what it is.
                if toks[k].isAllCaps, toks[k].isWord, (2...6).contains(toks[k].characterCount), !Lexicon.commonAcronyms.contains(toks[k]), !isCovered(u, k),
                   k > 0, toks[k - 1].is("the", "The") || (k > 2 && toks[k - 1].is("led") && toks[k - 2].is("-")),
                   k + 1 < toks.count, toks[k + 1].isLowercase, organizationDescriptors.contains(toks[k + 1]) {
                    additions.append(body(u, k, k, rule: "organization.descriptor"))
                    continue
                }
                // "Uranium One, a unit of ...", "Brunp, a subsidiary of ...".
                if toks[k].isCapitalized, k == 0 || !toks[k - 1].isCapitalized, let end = capitalisedRun(toks, unit: u, from: k),
                   end + 3 < toks.count, toks[end + 1].is(","), Self.articles.contains(toks[end + 2]),
                   Self.unitNouns.contains(toks[end + 3]), end + 4 < toks.count, toks[end + 4].is("of") {
                    additions.append(body(u, k, end, rule: "organization.descriptor"))
                    continue
                }
                // Name, the ... descriptor
                // ("Mrs. Ruth E. Chandler, a Salem importer": the family name after a middle initial is a person's.)
                // ("the Society for the Protection of Birds, a body": not the end of a longer name after "of" or "for the".)
                if toks[k].isCapitalized, k == 0 || !toks[k - 1].isCapitalized, !endsLongerName(toks, unit: u, at: k),
                   !(k >= 2 && toks[k - 1].is(".") && !toks[k - 1].spaceBefore && toks[k - 2].characterCount == 1 && toks[k - 2].isCapitalized),
                   let end = capitalisedRun(toks, unit: u, from: k) ?? (k > 0 && toks[k - 1].isWord ? capitalisedRun(toks, unit: u, from: k, commonFirstWord: true) : nil),
                   end + 2 < toks.count, toks[end + 1].is(","), toks[end + 2].is("the", "a", "an") {
                    // "Kuka, the German maker of industrial robots", "BudgIT, a Lagos-based civic-tech organisation":
                    // the noun phrase ends at a preposition, a relative word or punctuation (joining hyphens aside).
                    // "Jardine Matheson, the oldest of the British trading houses": a superlative "of the" group.
                    let superlative = end + 4 < toks.count && toks[end + 3].text.hasSuffix("est") && toks[end + 4].is("of")
                    let windowStart = superlative ? end + 5 : end + 3
                    let window = toks[windowStart..<min(toks.count, windowStart + 8)]
                    let stop = window.firstIndex { t in
                        (t.kind == .punct && !(t.is("-") && !t.spaceBefore)) || ["of", "that", "which", "in", "with", "whose", "for", "from", "and"].contains(t.text)
                    } ?? window.endIndex
                    // "Amin Nasser, the company's president": the descriptor owns the role, the name is a person's.
                    if stop - window.startIndex <= 8, window[window.startIndex..<stop].last.map({ organizationDescriptors.contains($0)
                        || (superlative && $0.text.hasSuffix("s") && (organizationDescriptors.contains(String($0.text.dropLast()))
                            || organizationDescriptors.contains(String($0.text.dropLast(2))))) }) == true,
                       !(stop < window.endIndex && toks[stop].is("'")),
                       // ("Chief Okey Nwankwo, an Abuja-based mineral exporter": a title makes the name a person's.)
                       // ("W/ro Tigist Haile, a vendor": so does one just before it.)
                       Self.titleTrie.longestMatch(in: toks, at: k) == nil,
                       !(max(0, k - 3)..<k).contains(where: { s in Self.titleTrie.longestMatch(in: toks, at: s).map { $0.1 == k } ?? false }),
                       // ("Zahid Hussain Bhatti, a Faisalabad textile exporter": a trade people ply too, after a name of three
                       // words or more with no word of a body's name, is a person's.)
                       !(stop > window.startIndex && Lexicon.walksOfLife.contains(toks[stop - 1]) && (k...end).filter({ toks[$0].isWord }).count >= 3
                         && !(k...end).contains(where: { Lexicon.organizationHeads.contains(toks[$0]) || Lexicon.organizationCores.contains(toks[$0]) })),
                       // ('..." said Chad Go, a hardware importer': a trade after a name that speaks, the same.)
                       !(stop > window.startIndex && Lexicon.walksOfLife.contains(toks[stop - 1]) && k > 0 && isSpeechVerb(toks[k - 1])
                         && !(k...end).contains(where: { Lexicon.organizationHeads.contains(toks[$0]) || Lexicon.organizationCores.contains(toks[$0]) })) {
                        let found = body(u, k, end, rule: "organization.descriptor")
                        additions.append(found)
                        // ("Intraco, the Government-backed trading company, ... The company said": what it was described as.)
                        if stop > window.startIndex { describedAs[found.0.entityID] = toks[stop - 1].text }
                    }
                }
            }
        }
        // A demonym inside a workplace's name is part of it ("Australian Grape and Wine"), and the country of a
        // generic one ("the Afghan Ministry of Commerce and Industry").
        for (span, entity) in workplaces where !(span.first...span.last).contains(where: { k in
            // ("the Penang Chinese Chamber of Commerce": or inside it, before more of the name.)
            coveringSpan(span.unit, k).map { !($0.entityID.hasBytePrefix("country/") && $0.rule == "gazetteer.adjective" && ($0.first == span.first || $0.last < span.last))
                && !($0.entityID.hasBytePrefix("country/") && $0.last == span.last && $0.first > span.first && tokens[span.unit][$0.first - 1].is("of")) } ?? false
        }) {
            var entity = entity
            var span = span
            if let leading = coveringSpan(span.unit, span.first), leading.entityID.hasBytePrefix("country/"), leading.last < span.last {
                let rest = text(of: tokens[span.unit], from: leading.last + 1, to: span.last, in: span.unit)
                if Lexicon.isGenericInstitution(rest.split(separator: " ").map(String.init)) {
                    let id = "organization/" + Slug.make(rest)
                    entity = Entity(id: id, kind: .organization, name: rest)
                    entity.type = "found in text"
                    span.entityID = id
                    span.rule = "organization.generic"
                    bodyCountries[span] = leading.entityID
                }
            }
            setSpans(spans.filter { !($0.unit == span.unit && $0.first >= span.first && $0.last <= span.last) } + [span])
            if local[entity.id] == nil { local[entity.id] = entity }
        }
        // The country inside a mission's name is part of it ("the Chinese embassy").
        // ("the Chinese embassy in Canberra ... the Chinese embassy said": the one mission of that country and kind the
        // article placed before is meant.)
        for (n, (span, entity, country)) in missions.enumerated() {
            var span = span
            var entity = entity
            if !entity.name.containsBytes(" in ") {
                let kind = entity.name.containsBytes("Embassy") ? "Embassy" : "Consulate"
                let placed = Set(missions[..<n].map(\.1).filter { $0.countries == entity.countries && $0.name.contains(kind + " in ") }.map(\.id))
                if placed.count == 1, let earlier = missions[..<n].last(where: { $0.1.id == placed.first! }) {
                    entity = earlier.1
                    span.entityID = entity.id
                }
            }
            setSpans(spans.filter { $0 != country } + [span])
            if local[entity.id] == nil { local[entity.id] = entity }
        }
        // The place inside such a name is part of it.
        for (span, entity) in throughPlaces where (span.first...span.last).allSatisfy({ k in
            coveringSpan(span.unit, k).map { $0.first >= span.first && $0.last <= span.last && !$0.entityID.hasBytePrefix("person/") } ?? true
        }) {
            setSpans(spans.filter { !($0.unit == span.unit && $0.first >= span.first && $0.last <= span.last) } + [span])
            if local[entity.id] == nil { local[entity.id] = entity }
        }
        var named: [String: String] = [:]  // acronym -> entity
        for (span, entity) in additions where !(span.first...span.last).contains(where: { isCovered(span.unit, $0) }) {
            if local[entity.id] == nil { local[entity.id] = entity }
            addSpan(span)
            if span.first == span.last, tokens[span.unit][span.first].isAllCaps { named[tokens[span.unit][span.first].text] = entity.id }
        }
        // An acronym named once as a body is that body wherever it stands alone.
        guard !named.isEmpty else { return }
        for u in units.indices {
            for (k, t) in tokens[u].enumerated() where t.isAllCaps {
                if let id = named[t.text], !isCovered(u, k) { addSpan(Span(unit: u, first: k, last: k, entityID: id, rule: "organization.acronym")) }
            }
        }
    }

    /// The end of an employer's name after "at" or "of": capitalised words (a demonym
    /// may open it), "and"/"of"/"&" between them, hyphenated parts; up to six words.
    /// Whether the text wrote `word` before this point as the family name after a known given name or an initial
    /// ("Maurice H. Thatcher").
    func writtenAsFamilyName(_ word: String, before position: (Int, Int)) -> Bool {
        for u in 0...position.0 {
            let toks = tokens[u]
            for j in toks.indices where j >= 2 && (u, j) < position && toks[j].text == word {
                if Lexicon.isGivenName(toks[j - 1]) || (toks[j - 1].is(".") && !toks[j - 1].spaceBefore && toks[j - 2].characterCount == 1 && toks[j - 2].isCapitalized) {
                    return true
                }
            }
        }
        return false
    }

    /// Whether the capitalised word at `k` carries on a name before it through "of", "for", "of the", "for the" ("the
    /// Society for the Protection of Birds").
    /// (Not after a name already found: "Manana Kochladze of Green Alternative", "Luxembourg for Finance".)
    func endsLongerName(_ toks: TokenList, unit u: Int, at k: Int) -> Bool {
        guard k >= 2, toks[k - 1].is("of", "for", "the") else { return false }
        let joiner = toks[k - 1].is("the") ? k - 2 : k - 1
        guard joiner >= 1, toks[joiner].is("of", "for") else { return false }
        guard toks[joiner - 1].isCapitalized, toks[joiner - 1].isWord, !isCovered(u, joiner - 1) else { return false }
        // (A body's head word in the words before: "Society", "Commission".)
        var j = joiner - 1
        while j >= 0, joiner - j <= 8, toks[j].isCapitalized || toks[j].is("of", "for", "the", "and") {
            if toks[j].isCapitalized, Lexicon.organizationHeads.contains(toks[j]) { return true }
            j -= 1
        }
        return false
    }

    func workplaceEnd(_ toks: TokenList, unit: Int, from i: Int) -> Int? {
        guard i < toks.count, toks[i].isCapitalized, !Lexicon.notNames.contains(toks[i]) else { return nil }
        if let span = coveringSpan(unit, i), !(span.entityID.hasBytePrefix("country/") && span.rule == "gazetteer.adjective") { return nil }
        var end = i
        var k = i + 1
        var words = 1
        while k < toks.count, words < 6 {
            let t = toks[k]
            if t.is("-"), !t.spaceBefore, k + 1 < toks.count, !toks[k + 1].spaceBefore, toks[k + 1].isCapitalized { end = k + 1; k += 2; continue }
            // ("head of the Socialist People's Party": a possessive inside the name, before its next capitalised word.)
            if t.is("'", "\u{2019}"), !t.spaceBefore, k + 2 < toks.count, toks[k + 1].is("s"), !toks[k + 1].spaceBefore, toks[k - 1].is("People", "Workers", "Women"),
               toks[k + 2].isCapitalized, toks[k + 2].spaceBefore { end = k + 2; k += 3; words += 1; continue }
            if t.is("and", "of", "&", "for", "on"), k + 1 < toks.count, toks[k + 1].isCapitalized, !isCovered(unit, k + 1),
               !Lexicon.calendarWords.contains(toks[k + 1]) { k += 1; continue }
            // ("chairman of the High Commission for the Development of Arriyadh": "for the", "of the" inside the name, before a
            // capitalised word.)
            if t.is("of", "for"), end > i || Lexicon.organizationHeads.contains(toks[end]), k + 2 < toks.count, toks[k + 1].is("the"),
               toks[k + 2].isCapitalized, toks[k + 2].spaceBefore, !isCovered(unit, k + 2), !Lexicon.calendarWords.contains(toks[k + 2]) { k += 2; continue }
            // "a researcher at the Diplomatic Academy of Vietnam": the country is part of the body's name.
            if t.is("of"), Lexicon.organizationHeads.contains(toks[end]), k + 1 < toks.count, let place = coveringSpan(unit, k + 1), place.first == k + 1,
               place.entityID.hasBytePrefix("country/"), place.rule != "gazetteer.adjective" {
                end = place.last
                break
            }
            // "vice president of the Federation of Filipino-Chinese Chambers of Commerce": a demonym inside the name.
            if t.is("of", "for"), k + 1 < toks.count, let demonym = coveringSpan(unit, k + 1), demonym.first == k + 1,
               demonym.entityID.hasBytePrefix("country/"), demonym.rule == "gazetteer.adjective" {
                var last = demonym.last
                // ("Filipino-Chinese": two demonyms joined.)
                if last + 2 < toks.count, toks[last + 1].is("-"), !toks[last + 1].spaceBefore, let other = coveringSpan(unit, last + 2),
                   other.first == last + 2, other.entityID.hasBytePrefix("country/") { last = other.last }
                if last + 1 < toks.count, toks[last + 1].spaceBefore, toks[last + 1].isCapitalized, !isCovered(unit, last + 1) {
                    end = last + 1
                    k = last + 2
                    words += 2
                    continue
                }
            }
            // "Universidad de San Andrés", "Fundação Getulio Vargas": connectors of the name's language.
            if Lexicon.foreignOrganizationFirstWords.contains(toks[i]), Lexicon.foreignConnectors.contains(t) {
                // ("an official at the Caisse Autonome d'Amortissement": an elided article before the next word.)
                if t.is("d", "l"), k + 2 < toks.count, toks[k + 1].is("'", "\u{2019}"), !toks[k + 1].spaceBefore, !toks[k + 2].spaceBefore,
                   toks[k + 2].isCapitalized, !isCovered(unit, k + 2) {
                    end = k + 2
                    k += 3
                    words += 1
                    continue
                }
                var j = k + 1
                if j < toks.count, Lexicon.foreignConnectors.contains(toks[j]) { j += 1 }
                if j < toks.count, toks[j].isCapitalized, !isCovered(unit, j) { k = j; continue }
            }
            // "the president of the Penang Chinese Chamber of Commerce": a demonym inside the name, after its first words.
            if t.spaceBefore, let demonym = coveringSpan(unit, k), demonym.first == k, demonym.entityID.hasBytePrefix("country/"), demonym.rule == "gazetteer.adjective",
               demonym.last + 1 < toks.count, toks[demonym.last + 1].spaceBefore, toks[demonym.last + 1].isCapitalized, !isCovered(unit, demonym.last + 1) {
                end = demonym.last + 1
                k = demonym.last + 2
                words += 2
                continue
            }
            guard t.spaceBefore, t.isCapitalized, !isCovered(unit, k), !Self.determiners.contains(t) else { break }
            end = k
            k += 1
            words += 1
        }
        // A demonym alone is no employer ("an analyst at Chinese ..."), nor is a place
        // in a compound ("head of the Monterrey-based consultancy").
        if end == i, isCovered(unit, i) { return nil }
        if end + 2 < toks.count, toks[end + 1].is("-"), !toks[end + 1].spaceBefore, toks[end + 2].isLowercase { return nil }
        // ("the director of Gansu's provincial foreign affairs office": the place owns the workplace, which has no name.)
        if end + 3 < toks.count, toks[end + 1].is("'", "\u{2019}"), toks[end + 2].is("s"), toks[end + 3].isLowercase { return nil }
        return end
    }

    func body(_ u: Int, _ a: Int, _ b: Int, rule: String) -> (Span, Entity) {
        let name = text(of: tokens[u], from: a, to: b, in: u)
        let id = "organization/" + Slug.make(name)
        var e = Entity(id: id, kind: .organization, name: name)
        e.type = "found in text"
        return (Span(unit: u, first: a, last: b, entityID: id, rule: rule), e)
    }

    /// Capitalised words from `i` (up to four), none of them a tagged name.
    /// With `commonFirstWord`, a name may open with a common word ("Global Fishing Watch") when
    /// three capitalised words or more make it.
    func capitalisedRun(_ toks: TokenList, unit: Int, from i: Int, commonFirstWord: Bool = false) -> Int? {
        guard i < toks.count, toks[i].isCapitalized, !isCovered(unit, i) else { return nil }
        let common = Lexicon.notNames.contains(toks[i])
        if common && !commonFirstWord { return nil }
        var end = i
        var k = i + 1
        while k < toks.count, k - i < 4, toks[k].isCapitalized, toks[k].spaceBefore, !isCovered(unit, k) {
            end = k
            k += 1
        }
        if common && end - i < 2 { return nil }
        // "HLSI Security Systems and Technologies", "Procter & Gamble Services": "and" before a word companies end in.
        if end + 2 < toks.count, toks[end + 1].is("and", "&"), Self.companyTailWords.contains(toks[end + 2].text), !isCovered(unit, end + 2),
           end + 3 == toks.count || !(toks[end + 3].isCapitalized && toks[end + 3].spaceBefore) {
            end += 2
        }
        return end
    }
    static let companyTailWords: Set<String> = [
        "Technologies", "Technology", "Services", "Solutions", "Industries", "Systems", "Resources", "Holdings", "Investments",
        "Logistics", "Engineering", "Communications", "Products", "Consulting", "Trading", "Construction", "Energy", "Sons",
    ]

    /// "Helena Vasconcelos" for "Vasconcelos": capitalised name words right before
    /// the word, anywhere; failing that, "Somphone Keomany" for "Somphone" (many
    /// Lao, Thai and Indonesian names are used by the given name).
    func fullName(endingWith word: String) -> NameCandidate? {
        if let cached = fullNames[word] { return cached }
        let found = findFullName(word)
        fullNames[word] = .some(found)
        return found
    }

    func findFullName(_ word: String) -> NameCandidate? {
        if let found = fullNameEnding(word) { return found }
        let key = Tokenizer.key(word)
        for u in units.indices where units[u].kind != .heading {
            let toks = tokens[u]
            for k in toks.indices where toks[k].key == key && toks[k].text == word && k + 1 < toks.count && toks[k + 1].spaceBefore {
                // At most three words ("Koo Chen-fu": a hyphenated given name is one word).
                if let end = nameEnd(toks, unit: u, from: k), end > k, toks[(k + 1)...end].filter(\.spaceBefore).count <= 2 {
                    return NameCandidate(unit: u, first: k, last: end, rule: "person.full-name")
                }
            }
        }
        return nil
    }

    func fullNameEnding(_ word: String) -> NameCandidate? {
        let key = Tokenizer.key(word)
        for u in units.indices where units[u].kind != .heading {
            let toks = tokens[u]
            for k in toks.indices where toks[k].key == key && toks[k].text == word && k > 0 && toks[k].spaceBefore {
                var start = k
                while start > 0, isNameToken(toks[start - 1]) || (Lexicon.nameParticles.contains(toks[start - 1]) && start > 1 && isNameToken(toks[start - 2])),
                      toks[start].spaceBefore, !isCoveredByNonPerson(u, start - 1), k - start < 3,
                      // ("Economist Chikondi Phiri told ...": a profession opening the sentence is not the given name.)
                      !(toks[start - 1].isCapitalized && Lexicon.professionNouns.contains(lowerOf: toks[start - 1])),
                      // ("Boner Mohammad Hussain Jafari, 31,": nor a walk of life before a known given name.)
                      !Self.isTradeBeforeGivenName(toks, start - 1) {
                    // "Ambassador to Georgia Ji Yanchi": a country after "to" or "in" (one whose name is also a person's,
                    // not decided yet) is the post's, not the first word of the name.
                    if start > 1, toks[start - 2].is("to", "in", "of", "from", "at"),
                       let (entry, _) = gazetteer.trie.longestMatch(in: toks, at: start - 1), entry.entityID.hasBytePrefix("country/") { break }
                    start -= 1
                }
                if start < k, nameEnd(toks, unit: u, from: start) == k { return NameCandidate(unit: u, first: start, last: k, rule: "person.full-name") }
            }
        }
        return nil
    }

    /// The gender of people found in the text, from the first he/his or she/her
    /// that follows their first mention before anyone else is named.
    func inferGenders(_ ids: Set<String>) {
        let ordered = spans.filter { $0.entityID.hasBytePrefix("person/") }.sorted { ($0.unit, $0.first) < ($1.unit, $1.first) }
        for id in ids where local[id]?.gender == nil {
            guard let first = ordered.first(where: { $0.entityID == id }) else { continue }
            // "his wife Loki Schmidt", "her husband, Denis Thatcher": kinship before the name says the gender.
            if let kin = ordered.lazy.filter({ $0.entityID == id }).compactMap({ self.kinshipGender($0) }).first {
                local[id]?.gender = kin
                continue
            }
            // "Professor Henry Bedson. How the virus reached her is not yet known.": a given name that says the gender says
            // more than the pronoun after the name, which may be about someone else.
            if let e = local[id], let g = Lexicon.givenNameGender(of: e) {
                local[id]?.gender = g
                continue
            }
            let nextOther = ordered.first { ($0.unit, $0.first) > (first.unit, first.last) && $0.entityID != id }
            var u = first.unit
            var k = first.last + 1
            search: while u < units.count, u <= first.unit + 1 {
                let toks = tokens[u]
                let quoted = quotedRanges(u)
                while k < toks.count {
                    if let other = nextOther, (u, k) >= (other.unit, other.first) { break search }
                    if !isInside(quoted, toks[k].start) {
                        switch toks[k].text {
                        case "he", "He", "his", "His", "him": local[id]?.gender = .male; break search
                        case "she", "She", "her", "Her", "hers": local[id]?.gender = .female; break search
                        default: break
                        }
                    }
                    k += 1
                }
                u += 1
                k = 0
            }
        }
    }

    static let kinshipGenders: [String: Entity.Gender] = [
        "wife": .female, "widow": .female, "daughter": .female, "mother": .female, "sister": .female, "granddaughter": .female,
        "husband": .male, "widower": .male, "son": .male, "father": .male, "brother": .male, "grandson": .male,
        "grandmother": .female, "aunt": .female, "niece": .female, "grandfather": .male, "uncle": .male, "nephew": .male,
    ]

    /// The gender a kinship noun right before a mention gives ("his wife Loki Schmidt", "her son, Rajiv").
    func kinshipGender(_ span: Span) -> Entity.Gender? {
        let toks = tokens[span.unit]
        var b = span.first - 1
        if b >= 0, toks[b].is(",") { b -= 1 }
        guard b >= 1, let gender = Self.kinshipGenders[toks[b].lower], ["his", "her", "their", "whose", "the", "His", "Her", "Their", "The"].contains(toks[b - 1].text) else { return nil }
        return gender
    }

    /// Whether a name is given as someone's relative ("whose grandfather Vytautas Landsbergis", "daughter of
    /// Nepali Congress President Girija Prasad Koirala"): a kinship noun a few words before it, in its clause.
    func namedAsRelative(_ span: Span) -> Bool {
        let toks = tokens[span.unit]
        var k = span.first - 1
        while k >= 0, span.first - k <= 7, !toks[k].is(".", ";", ",", "\"") || (toks[k].is(",") && k == span.first - 1) {
            if Self.kinshipGenders[toks[k].lower] != nil { return true }
            k -= 1
        }
        return false
    }

    func isCoveredByNonPerson(_ unit: Int, _ index: Int) -> Bool {
        if let span = coveringSpan(unit, index) { return !span.entityID.hasBytePrefix("person/") }
        return false
    }

    /// Surname-only mentions ("Wang said") of people named in full in the article;
    /// when two share a surname, the one named most recently. Also a lone first name
    /// used as a speaker ("Dewi said"), and title + surname of a known person ("President Xi").
    func resolveSurnames() {
        var fullMentions: [String: [(Int, Int)]] = [:]  // family name -> positions of full mentions
        var owners: [String: [String]] = [:]
        var firstNames: [String: Set<String>] = [:]
        var seen = Set<String>()
        for span in spans where span.entityID.hasBytePrefix("person/") {
            guard let e = entity(span.entityID) else { continue }
            if let family = e.familyName {
                fullMentions[family, default: []].append((span.unit, span.first))
                if !(owners[family]?.contains(span.entityID) ?? false) { owners[family, default: []].append(span.entityID) }
                // ("Mario Abdo Benítez ... Abdo said": of two family names, Spanish and Portuguese papers use the first alone.)
                let parts = family.split(separator: " ")
                if parts.count == 2, let first = parts.first.map(String.init), first.count > 2, first.first?.isUppercase == true,
                   parts[1].first?.isUppercase == true, !Lexicon.nameParticles.contains(first.lowercased()),
                   !(owners[first]?.contains(span.entityID) ?? false) {
                    owners[first, default: []].append(span.entityID)
                }
            }
            // "Chou En-lai" for Zhou Enlai: a spelling whose family name comes first goes by that first word ("Mr Chou").
            if let family = e.familyName, e.name.hasPrefix(family + " "), span.last > span.first {
                let written = text(of: tokens[span.unit], from: span.first, to: span.last, in: span.unit).split(separator: " ")
                if written.count >= 2, let first = written.first.map(String.init), first != family, first.count > 1, first.first?.isUppercase == true,
                   !Lexicon.nameParticles.contains(first), !(owners[first]?.contains(span.entityID) ?? false) {
                    owners[first, default: []].append(span.entityID)
                }
            }
            // "Mohamed Morsy" (the gazetteer's Mohamed Morsi, by another spelling) ... "Morsy said": the family name as
            // this article spells it.
            if let family = e.familyName, span.last > span.first, span.rule.hasPrefix("gazetteer.") || span.rule == "person.name-variant",
               let last = text(of: tokens[span.unit], from: span.first, to: span.last, in: span.unit).split(separator: " ").last.map(String.init),
               last != family, last.count > 2, last.first?.isUppercase == true, !Lexicon.nameParticles.contains(last),
               !e.name.split(separator: " ").contains(Substring(last)), !(owners[last]?.contains(span.entityID) ?? false) {
                owners[last, default: []].append(span.entityID)
            }
            // "Ahmed Mohamed Mohamoud (Silanyo) said ... President Silanyo told": a name in brackets after a person's is
            // what the text goes on to call them.
            let toks = tokens[span.unit]
            if span.last + 3 < toks.count, toks[span.last + 1].is("("), toks[span.last + 3].is(")"), case let nick = toks[span.last + 2],
               nick.isCapitalized, !nick.isAllCaps, nick.characterCount > 2, !isCovered(span.unit, span.last + 2), !Lexicon.notNames.contains(nick),
               // ("Urmas Reinsalu (Isamaa)": a party in brackets is an affiliation, not a name.)
               gazetteer.trie.longestMatch(in: toks, at: span.last + 2) == nil,
               // (Only a name the text goes on to use: "Urmas Reinsalu (Isamaa)" names his party once.)
               tokens.indices.contains(where: { v in tokens[v].indices.contains { k in (v, k) != (span.unit, span.last + 2) && tokens[v][k].text == nick.text } }),
               !(owners[nick.text]?.contains(span.entityID) ?? false) {
                owners[nick.text, default: []].append(span.entityID)
            }
            // The rest depends on the person only, not on this mention.
            guard seen.insert(span.entityID).inserted else { continue }
            // "Gonzalo Arancibia Terán" ... "Arancibia said": Spanish and Portuguese names go by the first of two surnames.
            let parts = e.name.split(separator: " ").map(String.init)
            if local[span.entityID] != nil, parts.count >= 3, let first = parts.dropLast().last, first != e.familyName, first.count > 2,
               first.first?.isUppercase == true, !Lexicon.nameParticles.contains(first), !(owners[first]?.contains(span.entityID) ?? false) {
                owners[first, default: []].append(span.entityID)
            }
            // "Papa Francesco ... ha detto Bergoglio": a pope, a monarch or anyone known by a name of office goes also by the family
            // name of the full name the gazetteer gives as theirs ("Jorge Mario Bergoglio", "Joseph Ratzinger").
            if let e = gazetteer.entities[span.entityID], e.roles.contains(where: { ["Pope", "King", "Queen", "Emperor"].contains($0.title) || $0.title.hasPrefix("King of") || $0.title.hasPrefix("Queen of") }) {
                for alias in e.aliases {
                    let parts = alias.split(separator: " ").map(String.init)
                    guard parts.count >= 2, parts.allSatisfy({ $0.first?.isUppercase == true }), let last = parts.last, last.count >= 4,
                          last != e.familyName, !Lexicon.nameParticles.contains(last), !Lexicon.titleWords.contains(last),
                          !["II", "III", "IV", "VI", "XVI", "XXIII", "XIV", "XII"].contains(last), last.allSatisfy({ $0.isLetter }),
                          !(owners[last]?.contains(span.entityID) ?? false) else { continue }
                    owners[last, default: []].append(span.entityID)
                }
            }
            // "Hor Namhong" ... "Namhong told reporters": a family name of two words (as the gazetteer gives some
            // Cambodian and Malay names) is also written as its last word alone.
            if let family = e.familyName, family.containsBytes(" "), let last = family.split(separator: " ").last.map(String.init), last.count > 2,
               last.first?.isUppercase == true, !Lexicon.nameParticles.contains(last), !(owners[last]?.contains(span.entityID) ?? false) {
                owners[last, default: []].append(span.entityID)
            }
            // "Tran Quoc Khanh" ... "Khanh said": Vietnamese names go by the given name, written last.
            if local[span.entityID] != nil, parts.count == 3, Lexicon.vietnameseSurnames.contains(parts[0]), let given = parts.last,
               given != e.familyName, !(owners[given]?.contains(span.entityID) ?? false) {
                owners[given, default: []].append(span.entityID)
            }
            if let given = e.name.split(separator: " ").first, e.name.split(separator: " ").count >= 2, String(given) != e.familyName {
                firstNames[String(given), default: []].insert(span.entityID)
                // (The given name as the text wrote it: "Helder Camara" for Hélder Câmara.)
                let written = tokens[span.unit][span.first].text
                if span.last > span.first, written != String(given), written != e.familyName, written.first?.isUppercase == true,
                   !Lexicon.titleWords.contains(tokens[span.unit][span.first]), given.folding(options: .diacriticInsensitive, locale: nil) == written {
                    firstNames[written, default: []].insert(span.entityID)
                }
            }
        }
        let personSpans = spans.filter { $0.entityID.hasBytePrefix("person/") }
        let titleWords = Lexicon.titleWords
        var namedCountries: Set<String>?  // made when first needed
        // "the late Chiang Kai-shek", "the late leader Deng Xiaoping": people the article says are dead.
        let deceased = Set(personSpans.filter { span in
            let toks = tokens[span.unit]
            var k = span.first - 1
            while k >= 0, k >= span.first - 3, toks[k].isCapitalized || titleWords.contains(toks[k]) || Lexicon.roleNouns.contains(lowerOf: toks[k]) { k -= 1 }
            return k >= 1 && toks[k].lowerIs("late") && toks[k - 1].lowerIs("the")
        }.map(\.entityID))
        // "Prime Minister Nepal said" after "Madhav Kumar Nepal": a family name that is a country's, after a title.
        var titledCountries: [Span] = []
        for span in spans where span.first == span.last && span.first > 0 && span.entityID.hasBytePrefix("country/") && span.rule == "gazetteer.name" {
            let toks = tokens[span.unit]
            guard Lexicon.titleWords.contains(toks[span.first - 1]), owners[toks[span.first].text]?.count == 1 else { continue }
            titledCountries.append(span)
        }
        // "Jean-François Ferrari, the Designated Minister, said ... 'Ferrari said'": a family name of one person named in full
        // before, speaking, is that person, not a body the gazetteer knows by the same one word (the carmaker).
        let speakingNamesakes = spans.filter { span in
            guard span.first == span.last, span.entityID.hasBytePrefix("organization/"), span.rule == "gazetteer.name" || span.rule == "gazetteer.alias" else { return false }
            let toks = tokens[span.unit]
            let i = span.first
            guard toks[i].isCapitalized, !toks[i].isAllCaps, let people = owners[toks[i].text], people.count == 1,
                  i == 0 || !toks[i - 1].lowerIs("the"),
                  (i + 1 < toks.count && isSpeechVerb(toks[i + 1])) || (i > 0 && isSpeechVerb(toks[i - 1]) && (i + 1 == toks.count || !toks[i + 1].isCapitalized)) else { return false }
            return personSpans.contains { $0.entityID == people[0] && $0.last > $0.first && ($0.unit, $0.first) < (span.unit, i) }
        }
        // Both are the one person whose family name the word is.
        let ownedBySurname = titledCountries + speakingNamesakes
        if !ownedBySurname.isEmpty {
            setSpans(spans.filter { !ownedBySurname.contains($0) })
            for span in ownedBySurname {
                addSpan(Span(unit: span.unit, first: span.first, last: span.last, entityID: owners[tokens[span.unit][span.first].text]![0], rule: "person.surname"))
            }
        }
        for u in units.indices {
            let toks = tokens[u]
            for i in toks.indices where toks[i].isWord && toks[i].isCapitalized && !isCovered(u, i) {
                var word = toks[i].text
                if word == "He" || word == "She" { continue }
                // ("der Saarpolitik Dr. Adenauers": German puts a family name in the genitive with an "s".)
                // (Not a plural after its article: "Die Fans in Tokio jubelten".)
                if language == "de", word.count > 3, word.hasSuffix("s"), owners[word] == nil, gazetteer.peopleByFamilyName[word] == nil,
                   i == 0 || !(Self.germanArticles.contains(lowerOf: toks[i - 1]) || toks[i - 1].lowerIs("viele") || toks[i - 1].lowerIs("alle")
                       || toks[i - 1].lower.hasPrefix("ein")),
                   case let base = String(word.dropLast()), owners[base] != nil || gazetteer.peopleByFamilyName[base] != nil { word = base }
                // ("*Dal nostro inviato*" with Luciano Dal Falco named: a family name's particle before a word in lower case.)
                if Lexicon.nameParticles.contains(word.lowercased()) || word == "Dal", i + 1 < toks.count, toks[i + 1].isLowercase { continue }
                // "Long" opening a sentence is a word; after '...," ' it is a speaker ("Long told reporters").
                let afterQuoteComma = i >= 2 && toks[i - 1].is("\"") && toks[i - 2].is(",", "?", "!")
                // ("said Mr. Sun.": the full stop of an abbreviated title ends no sentence.)
                let afterTitle = i >= 2 && toks[i - 1].is(".") && !toks[i - 1].spaceBefore && Lexicon.titleWords.contains(toks[i - 2])
                if Lexicon.wordSurnames.contains(word), !afterQuoteComma, !afterTitle, i == 0 || toks[i - 1].is(".", "\"", ":", "!", "?") || !toks[i - 1].isWord { continue }
                // Not the first word of a longer capitalised name ("Wang Wenbin" when only Wang Yi is known).
                if i + 1 < toks.count, toks[i + 1].spaceBefore, toks[i + 1].isCapitalized, !isCovered(u, i + 1), !Lexicon.notNames.contains(toks[i + 1]),
                   !Lexicon.leaderGovernmentWords.contains(lowerOf: toks[i + 1]) { continue }
                // "President Carter" in a story that also names the spokesman Hodding Carter III: the known
                // president, when no one of that name in the article is given the office.
                let office = i > 0 && toks[i - 1].is("President", "Premier", "Chancellor", "King", "Queen", "Minister") ? toks[i - 1].text : nil
                let ownersLackOffice = office.map { office in
                    !(owners[word] ?? []).isEmpty && !(owners[word] ?? []).contains { id in entity(id)?.roles.contains { $0.title.split(separator: " ").contains(Substring(office)) } ?? false }
                        && (gazetteer.peopleByFamilyName[word] ?? []).contains { id in entity(id)?.roles.contains { $0.title.split(separator: " ").contains(Substring(office)) } ?? false }
                } ?? false
                // "Ms Li said" after Ambassador Li Li and Premier Li Keqiang; "Mrs. Carter" beside the President: an
                // honorific's gender leaves out the people of the other.
                let titleAt = i >= 2 && toks[i - 1].is(".") && !toks[i - 1].spaceBefore ? i - 2 : i - 1
                let titleGender = titleAt >= 0 ? Self.honorificGenders[toks[titleAt].text] ?? nil : nil
                let fittingOwners = owners[word].map { people in people.filter { id in titleGender == nil || entity(id)?.gender == nil || entity(id)?.gender == titleGender } }
                if let people = fittingOwners, !people.isEmpty, !ownersLackOffice {
                    let id: String?
                    if people.count == 1 {
                        id = people[0]
                    } else {
                        // The one whose full name came most recently before, leaving out the dead ("President Chiang
                        // Ching-kuo, the son of the late Generalissimo Chiang Kai-shek" ... "Mr. Chiang said").
                        let living = people.filter { !deceased.contains($0) }
                        let fitting = living.isEmpty ? people : living
                        let named = personSpans.filter { fitting.contains($0.entityID) && ($0.unit, $0.first) < (u, i) && entity($0.entityID)?.familyName == word && $0.last > $0.first }
                        // ("President Ilham Aliyev ... 'This pipeline was the dream of Heydar Aliyev,' Aliyev said": one named in
                        // the story's own words, before one named only inside a quotation.)
                        let told = named.filter { !isInside(quotedRanges($0.unit), tokens[$0.unit][$0.first].start) }
                        let full = told.isEmpty ? named : told
                        // ("President Li Xiannian" in the lede, then "Vice Premier Li Peng" once, then "Li, 76, is ...": the one
                        // the story opens with, when only that one was named in full there.)
                        let lede = units.indices.first { units[$0].kind == .paragraph }
                        let inLede = Set(full.filter { $0.unit == lede }.map(\.entityID))
                        if inLede.count == 1, let opener = inLede.first, (u, i) > (lede ?? 0, 0), lede != u {
                            id = opener
                        } else if let latest = full.max(by: { ($0.unit, $0.first) < ($1.unit, $1.first) }), namedAsRelative(latest),
                                  let subject = (full + spans.filter { $0.rule == "person.surname" && $0.unit == latest.unit && fitting.contains($0.entityID) })
                                    .filter({ $0.unit == latest.unit && $0.first < latest.first && $0.entityID != latest.entityID
                                      && !(($0.last + 1)..<latest.first).contains { k in tokens[latest.unit][k].is(".", ";") } }).first {
                            // "Foreign Minister Gabrielius Landsbergis, whose grandfather Vytautas Landsbergis led ...":
                            // the relative named in passing is not the one "Landsbergis said" means.
                            // ("Leakey, the son of the famous anthropologists Louis and Mary Leakey,": nor when the subject is
                            // named by the family name alone.)
                            id = subject.entityID
                        } else if let latest = full.max(by: { ($0.unit, $0.first) < ($1.unit, $1.first) }) {
                            id = latest.entityID
                        } else {
                            // ("Prime Minister Trudeau met Mao ... Mr. Trudeau told reporters", Margaret Trudeau named later:
                            // the one named so far, by title and family name.)
                            id = spans.filter { fitting.contains($0.entityID) && ($0.unit, $0.first) < (u, i) }.max { ($0.unit, $0.first) < ($1.unit, $1.first) }?.entityID
                        }
                    }
                    if let id {
                        addSpan(Span(unit: u, first: i, last: i, entityID: id, rule: "person.surname"))
                        continue
                    }
                }
                // "Dewi said", "Somphone, for his part, ...": a first name, as a speaker or
                // starting a sentence, and only when one person of the article has it.
                // ('disse dom Cláudio', 'dijo don Ramón': an honorific that goes with a given name may stand between them.)
                let speaking = (i + 1 < toks.count && isSpeechVerb(toks[i + 1])) || (i > 0 && isSpeechVerb(toks[i - 1]))
                    || (i > 1 && Self.givenNameHonorifics.contains(toks[i - 1]) && isSpeechVerb(toks[i - 2]))
                let opensSentence = (i == 0 || toks[i - 1].is(".", "\"")) && i + 1 < toks.count && (toks[i + 1].is(",") || toks[i + 1].isLowercase)
                // ("Geir H. Haarde ... Geir was asked about Brown": a known person too, named in full before, as Icelandic papers
                // write their people.)
                let namedInFullBefore = { (id: String) in personSpans.contains { $0.entityID == id && $0.last > $0.first && ($0.unit, $0.first) < (u, i) } }
                // ("Back at Iðnó, where ..., Geir was asked": or a clause after a comma, before a verb.)
                let opensClause = i > 0 && toks[i - 1].is(",") && i + 1 < toks.count && toks[i + 1].isLowercase && toks[i + 1].isWord
                // ("Dom Helder is unimpressed", "Don Ramón": an honorific that goes with a given name.)
                // (Not English "Don", a given name: "said Don Lewis" in a story naming Lewis Hamilton.)
                let afterGivenNameHonorific = i > 0 && Self.givenNameHonorifics.contains(toks[i - 1]) && toks[i].spaceBefore
                    && (language != "en" || toks[i - 1].isLowercase || !toks[i - 1].is("Don", "Dona"))
                if speaking || (afterGivenNameHonorific && firstNames[word].map { $0.count == 1 && namedInFullBefore($0.first!) } == true)
                    || (opensSentence && firstNames[word].map { $0.count == 1 && (local[$0.first!] != nil || namedInFullBefore($0.first!)) } == true)
                    || (opensClause && firstNames[word].map { $0.count == 1 && namedInFullBefore($0.first!) } == true),
                   let people = firstNames[word], people.count == 1 {
                    addSpan(Span(unit: u, first: i, last: i, entityID: people.first!, rule: "person.first-name"))
                    continue
                }
                // "the Biden administration": a leader's government, by family name.
                if i + 1 < toks.count, Lexicon.leaderGovernmentWords.contains(lowerOf: toks[i + 1]) || toks[i + 1].lowerIs("doctrine"), let leader = leader(familyName: word) {
                    addSpan(Span(unit: u, first: i, last: i, entityID: leader, rule: "person.leader-government"))
                    continue
                }
                // "Lady Thatcher", "Mr. Acheson" named once in a story about Britain, about the United States: an
                // honorific and a family name that only one known person has, of a country the article names, and
                // of the gender the honorific says.
                // ("General de Gaulle": a family name with a particle.)
                let particle = i >= 2 && toks[i - 1].isLowercase && Lexicon.nameParticles.contains(toks[i - 1]) ? i - 1 : i
                let family = particle < i ? toks[particle].text + " " + word : word
                let beforeName = particle > 0 && toks[particle - 1].is(".") && !toks[particle - 1].spaceBefore ? particle - 2 : particle - 1
                // ("Mr Justice Mahon", "Mrs Justice Butler-Sloss": the style of a judge, the honorific before "Justice".)
                let honorific = beforeName >= 1 && toks[beforeName].is("Justice") && Self.honorificGenders[toks[beforeName - 1].text] != nil ? beforeName - 1 : beforeName
                // (Also when the family name's people of the article are all of the other gender: "Mrs. Carter" after the President.)
                // ("Sir Robert refused" is Sir Robert Muldoon, never a Mr Robert: a knight's honorific goes with a given name.)
                if honorific >= 0, let gender = Self.honorificGenders[toks[honorific].text], !toks[honorific].is("Sir", "Dame"),
                   owners[family].map({ $0.allSatisfy { id in gender != nil && entity(id)?.gender != nil && entity(id)?.gender != gender } }) ?? true,
                   case let all = (gazetteer.peopleByFamilyName[family] ?? []).filter({ gender == nil || entity($0)?.gender == nil || entity($0)?.gender == gender }),
                   // ("Mr Hawke" in 1984: Bob Hawke, not Alex Hawke, a minister from 2020.)
                   case let candidates = all.count > 1 ? narrowByTitle(narrowNamesakes(all), before: (u, particle)) : all,
                   candidates.count == 1, let known = entity(candidates[0]),
                   gender == nil || known.gender == gender, known.familyName == family {
                    if namedCountries == nil { namedCountries = namedCountryIDs() }
                    // ("Mr. Adenauer said" in 1955, his country unnamed: the only known person of the family name, in office that year.)
                    // (A national office: not "Mr. Washington, a bus driver, said" for Chicago's mayor; nor someone an apposition
                    // introduces as another by a role: "Mr. Smith, a bus driver".)
                    let introduced = i + 2 < toks.count && toks[i + 1].is(",") && toks[i + 2].lowerIs("a", "an")
                    if known.countries.contains(where: { namedCountries!.contains($0) })
                        || (all.count == 1 && !introduced && !inOffice([known.id]).isEmpty && holdsNationalOffice(known)) {
                        addSpan(Span(unit: u, first: particle, last: i, entityID: known.id, rule: "person.honorific-surname"))
                        owners[family, default: []].append(known.id)
                        continue
                    }
                }
                // "President Xi": a known person with this family name and title.
                // ("PRESIDENT Chirac": a paper's opening word in capitals.)
                guard i > 0 else { continue }
                // ("the President and Mrs. Kennedy", "le président et Mme Pompidou": the title is the husband's, before "and" and
                // his wife's honorific.)
                let wife = toks[i - 1].is(".") && !toks[i - 1].spaceBefore ? i - 2 : i - 1
                let couple = wife >= 2 && (Self.honorificGenders[toks[wife].text] ?? nil) == .female && toks[wife - 1].is("and", "et", "y", "e") && toks[wife - 2].isCapitalized
                let before = couple ? toks[wife - 2].text : toks[i - 1].text
                // ("le président Carter", "el presidente Bush": a French, Spanish or Portuguese title in lower case after its article.)
                let foreignTitle = !couple && i >= 2 && (toks[i - 2].is("le", "el", "o", "du") || toks[i - 2].is("del", "do", "au", "al")) ? Self.foreignPresidentTitles[before] : nil
                let title = foreignTitle ?? (!couple && toks[i - 1].isAllCaps && before.count > 2 ? before.prefix(1) + before.dropFirst().lowercased() : before)
                // ("The Minister of Power": "of" is a word of titles, "Administrator of USAID", but no title.)
                guard title.first?.isUppercase == true, titleWords.contains(title), let candidates = gazetteer.peopleByFamilyName[word] else { continue }
                // ("Prince Khalid bin Bandar bin Abdulaziz ... Prince Khalid said": the first word of an Arabic name the article gave,
                // with "bin" after it, stands for that person, not for a known namesake whose family name it is.)
                if spans.contains(where: { s in
                    s.last > s.first + 1 && s.entityID.hasBytePrefix("person/") && tokens[s.unit][s.first].text == word && tokens[s.unit][s.first + 1].is("bin", "bint", "ibn")
                }) { continue }
                // ("Foreign Minister Shaikh Mohammed told ...": an honorific that is also a family name, before a given name,
                // starts a name; it is not the Finance Minister whose family name it is.)
                if i + 1 < toks.count, toks[i + 1].spaceBefore, Lexicon.givenNameGenders[toks[i + 1].text] != nil { continue }
                let spelledOut = Lexicon.titleAbbreviations[title] ?? Self.foreignTitlesInEnglish[title]
                var matching = candidates.filter { id in
                    entity(id)?.roles.contains { $0.title.split(separator: " ").contains(Substring(title)) || spelledOut.map($0.title.contains) == true } ?? false
                }
                // "Colonel Nasser" in 1956, "General Franco": a leader who came up through the army is called by his rank, which the
                // gazetteer's offices do not give; the one of that family name in office in the article's year, of a country the
                // article names.
                if matching.isEmpty, Self.militaryRankTitles.contains(title), year != nil {
                    if namedCountries == nil { namedCountries = namedCountryIDs() }
                    let active = inOffice(candidates).filter { id in entity(id)?.countries.contains(where: { namedCountries!.contains($0) }) ?? false }
                    if active.count == 1 { matching = active }
                }
                // "President Duterte": the President, not the Vice President of that name.
                if matching.count > 1 {
                    let exact = matching.filter { id in entity(id)?.roles.contains { $0.title == title } ?? false }
                    if exact.count == 1 { matching = exact }
                }
                // "President Bush" in 1989, "Prime Minister Gandhi" in 1986: the one in office in the article's year.
                if matching.count > 1, case let active = inOffice(matching), active.count == 1 { matching = active }
                // "King Abdullah" in a story about Saudi Arabia: of the kings of that name, the one of a country it names.
                if matching.count > 1 {
                    if namedCountries == nil { namedCountries = namedCountryIDs() }
                    let ofNamed = matching.filter { id in entity(id)?.countries.contains(where: { namedCountries!.contains($0) }) ?? false }
                    if ofNamed.count == 1 { matching = ofNamed }
                    // Several such countries named ("... will then visit Malaysia"): the one the story names most.
                    if ofNamed.count > 1 {
                        let counts = countryCounts()
                        let ranked = ofNamed.map { id in (id, entity(id)?.countries.map { counts[$0] ?? 0 }.max() ?? 0) }.sorted { $0.1 > $1.1 }
                        if ranked[0].1 > ranked[1].1 { matching = [ranked[0].0] }
                    }
                }
                if matching.count == 1 {
                    addSpan(Span(unit: u, first: i, last: i, entityID: matching[0], rule: "person.title-surname"))
                    // (A family name the article's own people already have stays theirs when written alone.)
                    if !ownersLackOffice { owners[word] = [matching[0]] } else if !(owners[word] ?? []).contains(matching[0]) { owners[word, default: []].append(matching[0]) }
                }
            }
        }
        // "von der Leyen said": a family name of several words, its particles in either case.
        for (family, people) in owners where people.count == 1 && family.containsBytes(" ") {
            let words = family.split(separator: " ").map { $0.lowercased() }
            for u in units.indices {
                let toks = tokens[u]
                var i = 0
                while i + words.count <= toks.count {
                    let end = i + words.count - 1
                    if toks[end].isCapitalized, !(i...end).contains(where: { isCovered(u, $0) }),
                       words.indices.allSatisfy({ toks[i + $0].lower == words[$0] }) {
                        addSpan(Span(unit: u, first: i, last: end, entityID: people[0], rule: "person.surname"))
                        i = end + 1
                        continue
                    }
                    i += 1
                }
            }
        }
    }

    // MARK: Organisations and initiatives named in the text

    /// The one entity of this kind mentioned in the article whose name or alias ends
    /// with `name` as its last words ("Sino-British Joint Declaration" for "Joint Declaration").
    /// The one body or initiative whose full name, written earlier in the article, ends with `name`
    /// (a short form follows its long form: "the Ministry of Foreign Affairs" before "China's Foreign
    /// Ministry" is not China's).
    func shortFormOwner(_ name: String, kind: EntityKind, in index: [String: Set<String>], before position: (unit: Int, index: Int),
                        found: [(Span, Entity)] = []) -> Entity? {
        guard let owners = index[kind.rawValue + "/" + Self.foldApostrophes(name)], !owners.isEmpty else { return nil }
        func namedBefore(_ owner: String) -> Entity? {
            if spans.contains(where: { $0.entityID == owner && ($0.unit, $0.first) < (position.unit, position.index) }) { return entity(owner) }
            // (A body this pass found earlier in the text: "the Salvadoran Red Cross ... Red Cross teams".)
            return found.first { $0.0.entityID == owner && ($0.0.unit, $0.0.first) < (position.unit, position.index) }?.1
        }
        // ("the Reserve Bank of Australia ... the Reserve Bank", with the Reserve Bank of New Zealand named only further on:
        // of several bodies with that short form, the one named before it, when only one was.)
        // (Not a national body's generic name, which each country's body has: "the Foreign Ministry" in The Korea Times after
        // "the Chinese Foreign Ministry" is Seoul's.)
        if owners.count > 1, Lexicon.isGenericInstitution(name.split(separator: " ").map(String.init)) { return nil }
        let before = owners.sorted().compactMap(namedBefore)
        return before.count == 1 ? before[0] : nil
    }

    /// The one initiative the gazetteer knows whose name ends with `name` and whose
    /// parties (every one of them) the article names; nil when none or several fit.
    func knownInitiative(endingWith name: String) -> Entity? {
        guard let ids = gazetteer.initiativeEndings[name] else { return nil }
        let named = namedCountryIDs()
        var fitting = ids.filter { id in entity(id).map { !$0.countries.isEmpty && $0.countries.allSatisfy(named.contains) } ?? false }
        // "the Mutual Defense Treaty" in a story about the Philippines that also names Taiwan once: the one whose
        // parties the story names most.
        if fitting.count > 1 {
            let counts = countryCounts()
            let weight = { (id: String) in self.entity(id)?.countries.reduce(0) { $0 + (counts[$1] ?? 0) } ?? 0 }
            let ranked = fitting.map { ($0, weight($0)) }.sorted { $0.1 > $1.1 }
            if ranked[0].1 > ranked[1].1 { fitting = [ranked[0].0] }
        }
        return fitting.count == 1 ? entity(fitting[0]) : nil
    }

    /// The act the gazetteer knows by a bill's words with "Act" for "Bill" ("Water Bill 2007" -> "Water Act 2007"),
    /// with or without the bill's year.
    func knownActOfBill(_ name: String) -> Entity? {
        guard let range = name.range(of: " Bill", options: .backwards),
              range.upperBound == name.endIndex || name[range.upperBound] == " " else { return nil }
        let act = name.replacingCharacters(in: range, with: " Act")
        var forms = [act]
        if let space = act.lastIndex(of: " "), act[act.index(after: space)...].allSatisfy(\.isNumber) { forms.append(String(act[..<space])) }
        for form in forms {
            if let id = knownName(form), id.hasBytePrefix("initiative/"), let known = entity(id) { return known }
        }
        return nil
    }

    /// The countries a name spells in its words and compounds ("Nepal-China", "Sino-Nepalese"), as country ids.
    func partyCountries(_ name: String) -> Set<String> {
        var parties = Set<String>()
        for part in name.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "," }) {
            if part == "Sino" { parties.insert("country/cn"); continue }
            let toks = Tokenizer.tokenize(String(part))
            if let (entry, end) = gazetteer.trie.longestMatch(in: toks, at: 0), end == toks.count, entry.entityID.hasBytePrefix("country/"),
               entry.form == .name || entry.form == .adjective || entry.form == .alias {
                parties.insert(entry.entityID)
            }
        }
        return parties
    }

    /// The countries the article names so far.
    func namedCountryIDs() -> Set<String> {
        // ("the Soviet leader, Mr Gorbachev": a state that no longer exists, which no country code tags, still says whose
        // people the story is about; the gazetteer gives them the successor's country.)
        Set(spans.lazy.map(\.entityID).filter { $0.hasBytePrefix("country/") }).union(formerStateCountries)
    }

    /// Words for states that ended around 1991, with the country the gazetteer files their people under.
    static let formerStates: [String: String] = [
        "Soviet": "country/ru", "Soviets": "country/ru", "USSR": "country/ru", "Yugoslav": "country/rs", "Yugoslavia": "country/rs",
        "Czechoslovak": "country/cz", "Czechoslovakia": "country/cz",
    ]

    /// "Treaty of Friendship, Alliance and Mutual Assistance between the Union of Soviet Socialist
    /// Republics and ...": a known document in another wording, when the story names its parties.
    func knownInitiative(wordedAs name: String) -> Entity? {
        guard let key = Gazetteer.wordKey(name, partyWords: gazetteer.partyWords), var ids = gazetteer.initiativeWordKeys[key] else { return nil }
        // ("Nepal-China Boundary Treaty" is the Sino-Nepalese one, never the Sino-Burmese: parties the name spells are
        // the document's parties, all of them.)
        let parties = partyCountries(name)
        if parties.count >= 2 { ids = ids.filter { id in entity(id).map { Set($0.countries) == parties } ?? false } }
        let named = namedCountryIDs()
        // All its parties named, or (a party the gazetteer has no country for: "Soviet") one of them.
        let all = ids.filter { id in entity(id).map { $0.countries.allSatisfy(named.contains) } ?? false }
        let fitting = all.isEmpty ? ids.filter { id in entity(id).map { $0.countries.contains(where: named.contains) } ?? false } : all
        return fitting.count == 1 ? entity(fitting[0]) : nil
    }

    /// Every ending of two words or more of the names of the organisations and
    /// initiatives mentioned so far ("Joint Declaration" -> the Sino-British one), by kind.
    /// The entity the gazetteer knows by exactly this name or alias.
    func knownName(_ name: String) -> String? {
        let toks = Tokenizer.tokenize(name)
        guard !toks.isEmpty, let (entry, end) = gazetteer.trie.longestMatch(in: toks, at: 0), end == toks.count, entry.form != .stop else { return nil }
        return entry.entityID
    }

    static func foldApostrophes(_ s: String) -> String { s.replacingOccurrences(of: "\u{2019}", with: "'") }
    /// A name without its apostrophes and glottal stops, however written ("O’Brien" and "O'Brien" are "OBrien").
    static func withoutApostrophes(_ s: String) -> String { String(s.filter { !["'", "\u{2019}", "\u{2018}", "\u{02BB}"].contains($0) }) }

    func shortFormIndex() -> [String: Set<String>] {
        var index: [String: Set<String>] = [:]
        var seen = Set<String>()
        for span in spans where (span.entityID.hasBytePrefix("organization/") || span.entityID.hasBytePrefix("initiative/")) && seen.insert(span.entityID).inserted {
            guard let e = entity(span.entityID) else { continue }
            Self.addShortForms(of: e, to: &index)
        }
        return index
    }

    /// The endings of a body's or initiative's names that name it alone ("Joint Declaration", "Red Cross"), and its name
    /// before its "of" ("the People's Bank" of "the People's Bank of China").
    static func addShortForms(of e: Entity, to index: inout [String: Set<String>]) {
        guard e.kind == .organization || e.kind == .initiative else { return }
        let kind = e.kind.rawValue + "/"
        for form in [e.name] + e.aliases {
            let scalars = Array(form.unicodeScalars)
            for (n, c) in scalars.enumerated() where (c == " " || c == "-") && n + 1 < scalars.count {
                var tail = String.UnicodeScalarView()
                tail.append(contentsOf: scalars[(n + 1)...])
                let ending = String(tail)
                if ending.containsBytes(" ") { index[kind + foldApostrophes(ending), default: []].insert(e.id) }
            }
            if let of = form.range(of: " of "), form[..<of.lowerBound].containsBytes(" ") {
                index[kind + foldApostrophes(String(form[..<of.lowerBound])), default: []].insert(e.id)
            }
        }
    }

    /// Plural nouns whose possessive is a word of a body's name ("People's Progressive Party", "Workers' Party").
    static let compassWords: Set<String> = ["North", "South", "East", "West", "Northeast", "Northwest", "Southeast", "Southwest", "Central", "Eastern",
                                            "Western", "Northern", "Southern", "Emerging", "Developing", "Rising", "Greater", "Wider", "Continental"]
    static let continentNames: Set<String> = ["Asia", "Africa", "Europe", "Americas", "Latin America", "Asia Pacific", "Asia-Pacific", "Middle East", "Oceania"]

    /// Whether token `i` opens a sentence (a plain word may be capitalised there).
    func sentenceOpener(_ toks: TokenList, _ i: Int) -> Bool {
        i == 0 || [".", "!", "?", "\"", ":", "(", "\u{201C}"].contains(toks[i - 1].text)
    }

    static let possessiveNameWords: Set<String> = ["People", "Peoples", "Workers", "Women", "Farmers", "Children", "Citizens", "Veterans", "Writers", "Traders", "Employers", "Journalists"]

    /// "Indonesia's Ministry of Trade", "Lahore University of Management Sciences",
    /// "Lao Airlines", "the Five-Point Consensus": capitalised names built around a
    /// word such as Ministry, University, Airlines or Consensus.
    /// Small English words that, written in capitals, make a run of capitals a slogan or a title, not a name.
    static let smallCapitalWords: Set<String> = ["IT", "BE", "IS", "TO", "OF", "THE", "AN", "LET", "WE", "ME", "MY", "NO", "SO", "DO", "GO", "UP", "ON", "IN", "AT", "BY", "OR", "AS", "IF", "US", "OUR", "AND", "NOT", "YES", "ALL", "FOR"]

    /// The last words of a bloc's organ named after its acronym ("OAS General Secretariat", "SADC Observer Mission").
    static let blocOrgans: TokenSet = ["Secretariat", "Commission", "Mission", "Court", "Parliament", "Tribunal", "Directorate", "Council"]

    /// Small words inside a name its initials skip ("Union of Industry, Trade and Handicrafts").
    static let acronymParticles: Set<String> = ["of", "for", "and", "the", "on", "de", "des", "du", "la", "le", "del", "y", "et", "di", "e", "da", "do", "dos", "der", "und", "für"]
    // (Things, places and documents, which initials name as often as bodies.)
    static let acronymNotBodies: Set<String> = [
        "Airport", "Link", "Railway", "Line", "Highway", "Road", "Bridge", "Dam", "Park", "Region", "Area", "Zone", "Island", "Islands",
        "Province", "District", "Nation", "Nations", "Countries", "States", "Defense", "Defence", "General", "Leader", "Transit",
        "Code", "Bill", "Scheme", "Rule", "Rules", "Order", "Regulation", "Regulations", "Index", "Syndrome", "Disease", "Virus",
    ]
    static let acronymDocumentOpeners: Set<String> = ["Tratado", "Acuerdo", "Programa", "Plan", "Ley", "Traité", "Accord", "Loi", "Programme", "Trattato", "Accordo", "Legge", "Lei", "Acordo"]

    /// "The Samyukt Kisan Morcha (SKM), the platform of more than 40 farmer unions": capitalised words whose initials
    /// follow them in brackets name a body the gazetteer does not know (an agreement, a plan or a law by their last word:
    /// "the Agricultural Land Reform Code (ALRC)" is left to the rules for those); the initials then name it too.
    /// (Not a person's name: "John Fitzgerald Kennedy (JFK)".)
    func discoverAcronymDefinedBodies() {
        var defined: [(unit: Int, first: Int, last: Int, acronym: Int)] = []
        let particles = Self.acronymParticles, notBodies = Self.acronymNotBodies, documentOpeners = Self.acronymDocumentOpeners
        for u in units.indices where units[u].kind != .heading {
            let toks = tokens[u]
            for k in toks.indices where k >= 3 && k + 1 < toks.count && toks[k + 1].is(")") && toks[k - 1].is("(") {
                let acronym = toks[k]
                guard acronym.isWord, acronym.isAllCaps, (2...8).contains(acronym.characterCount), !isCovered(u, k) else { continue }
                let letters = Array(acronym.text)
                var pos = letters.count - 1
                var first = -1
                var j = k - 2
                while j >= 0, pos >= 0 {
                    let t = toks[j]
                    if t.isWord, t.isCapitalized, !t.isAllCaps, t.text.first == letters[pos], j == k - 2 || toks[j + 1].spaceBefore {
                        pos -= 1
                        first = j
                    } else if !(t.isLowercase && particles.contains(t.text) && j < k - 2) {
                        break
                    }
                    j -= 1
                }
                guard pos < 0, first >= 0, k - 2 > first, !(first > 0 && toks[first - 1].isCapitalized && toks[first].spaceBefore && !toks[first - 1].is("The")),
                      (first...(k - 2)).allSatisfy({ !isCovered(u, $0) }), Lexicon.givenNameGenders[toks[first].text] == nil,
                      !Lexicon.strongInitiativeHeads.contains(toks[k - 2]), !Lexicon.initiativeHeads.contains(toks[k - 2]),
                      !notBodies.contains(toks[k - 2].text), !documentOpeners.contains(toks[first].text) else { continue }
                defined.append((u, first, k - 2, k))
            }
        }
        guard !defined.isEmpty else { return }
        // A body by the last word of its name ("Union", "Council"), or by what the article says it does: it speaks
        // ("SKM said", "the Morcha said") or has officers ("SKM leader Darshan Pal").
        func actsAsBody(_ word: String) -> Bool {
            for toks in tokens {
                for k in toks.indices where toks[k].text == word {
                    if k + 1 < toks.count, isSpeechVerb(toks[k + 1]) || (toks[k + 1].isLowercase && Self.isRoleNoun(toks[k + 1].text)) { return true }
                    if k >= 2, toks[k - 1].is("the"), Self.isRoleNoun(toks[k - 2].lower) || toks[k - 2].is("of", "for") && k >= 3 && Self.isRoleNoun(toks[k - 3].lower) { return true }
                }
            }
            return false
        }
        var additions: [(Span, Entity)] = []
        var byAcronym: [String: String] = [:]
        for d in defined {
            let toks = tokens[d.unit]
            let acronym = toks[d.acronym].text
            guard Lexicon.organizationHeads.contains(toks[d.last]) || Lexicon.genericInstitutionWords.contains(toks[d.last])
                    || actsAsBody(acronym) || actsAsBody(toks[d.last].text) else { continue }
            let name = text(of: toks, from: d.first, to: d.last, in: d.unit)
            let id = "organization/" + Slug.make(name)
            var entity = local[id] ?? Entity(id: id, kind: .organization, name: name)
            entity.type = "found in text"
            entity.aliases = [acronym]
            additions.append((Span(unit: d.unit, first: d.first, last: d.last, entityID: id, rule: "organization.acronym-defined"), entity))
            additions.append((Span(unit: d.unit, first: d.acronym, last: d.acronym, entityID: id, rule: "organization.acronym-defined"), entity))
            if byAcronym[acronym] == nil { byAcronym[acronym] = id }
        }
        guard !additions.isEmpty else { return }
        addFound(additions)
        // The initials alone, wherever else the article uses them.
        var more: [(Span, Entity)] = []
        for u in units.indices where units[u].kind != .heading {
            let toks = tokens[u]
            for k in toks.indices where toks[k].isAllCaps && toks[k].isWord && !isCovered(u, k) {
                guard let id = byAcronym[toks[k].text], let e = local[id] else { continue }
                more.append((Span(unit: u, first: k, last: k, entityID: id, rule: "organization.acronym-defined"), e))
            }
        }
        addFound(more)
    }

    /// "O Sindicato do Ensino Privado (Sinepe/RS) informou", "the Federation of Kenya Employers (Fke)": a short name in brackets
    /// right after a body the text names by the words of its name is that body's, however it is written (Brazilian papers
    /// write theirs as words: "Fiesp", "Sinepe"); it names the body wherever else the article uses it.
    func tagShortNamesOfFoundBodies() {
        var additions: [(Span, Entity)] = []
        var byWord: [String: String] = [:]
        for span in spans where span.rule == "organization.name-pattern" {
            guard var e = local[span.entityID] else { continue }
            let toks = tokens[span.unit]
            let k = span.last + 2
            // (Not a generic body's, which the rules for those bind to the country's ("Ministry of Finance (MoF)"), nor short
            // names the gazetteer knows ("House of Representatives (DPR)").)
            guard k < toks.count, !Lexicon.isGenericInstitution(e.name.split(separator: " ").map(String.init)),
                  gazetteer.trie.longestMatch(in: toks, at: k) == nil else { continue }
            guard k + 1 < toks.count, toks[span.last + 1].is("("), toks[k].isWord, toks[k].isCapitalized || toks[k].isAllCaps, !isCovered(span.unit, k),
                  (2...10).contains(toks[k].characterCount), Lexicon.givenNameGenders[toks[k].text] == nil, !Lexicon.places.contains(toks[k]) else { continue }
            var end = k
            // ("Sinepe/RS": the state's initials after a slash.)
            if k + 3 < toks.count, toks[k + 1].is("/"), !toks[k + 1].spaceBefore, !toks[k + 2].spaceBefore, toks[k + 2].isWord, toks[k + 2].isAllCaps { end = k + 2 }
            guard end + 1 < toks.count, toks[end + 1].is(")") else { continue }
            let short = text(of: toks, from: k, to: end, in: span.unit)
            if !e.aliases.contains(short) { e.aliases.append(short) }
            local[e.id] = e
            additions.append((Span(unit: span.unit, first: k, last: end, entityID: e.id, rule: "organization.acronym-defined"), e))
            if byWord[toks[k].text] == nil { byWord[toks[k].text] = e.id }
        }
        guard !additions.isEmpty else { return }
        addFound(additions)
        var more: [(Span, Entity)] = []
        for u in units.indices where units[u].kind != .heading {
            let toks = tokens[u]
            var k = 0
            while k < toks.count {
                defer { k += 1 }
                guard toks[k].isWord, let id = byWord[toks[k].text], !isCovered(u, k), let e = local[id] else { continue }
                // (Not a word of a longer capitalised name.)
                if k > 0, toks[k - 1].isCapitalized, toks[k - 1].isWord, toks[k].spaceBefore, !(k == 1 || toks[k - 2].is(".", "\"", "\u{201C}")) { continue }
                if k + 1 < toks.count, toks[k + 1].isCapitalized, toks[k + 1].spaceBefore { continue }
                var end = k
                if k + 2 < toks.count, toks[k + 1].is("/"), !toks[k + 1].spaceBefore, !toks[k + 2].spaceBefore, toks[k + 2].isAllCaps { end = k + 2 }
                more.append((Span(unit: u, first: k, last: end, entityID: id, rule: "organization.acronym-defined"), e))
                k = end
            }
        }
        addFound(more)
    }

    /// "Apax agreed to sell its stake to Bright Food, the Shanghai-based food conglomerate ... '...,' Bright Food said in a
    /// statement": a body found once by what the text calls it is that body wherever its name of two words or more stands
    /// again, on its own.
    func tagRepeatsOfDescribedBodies() {
        var names: [String: [(words: [String], id: String)]] = [:]
        for span in spans where span.rule == "organization.descriptor" && span.last > span.first {
            let words = tokens[span.unit][span.first...span.last].map(\.text)
            if names[words[0]]?.contains(where: { $0.words == words }) != true { names[words[0], default: []].append((words, span.entityID)) }
        }
        guard !names.isEmpty else { return }
        var additions: [Span] = []
        for u in units.indices where units[u].kind != .heading {
            let toks = tokens[u]
            for k in toks.indices {
                guard toks[k].isCapitalized, let candidates = names[toks[k].text], !isCovered(u, k) else { continue }
                // (Not inside a longer capitalised name.)
                if k > 0, toks[k - 1].isWord, toks[k - 1].isCapitalized, toks[k].spaceBefore, !toks[k - 1].is("The", "A", "An") { continue }
                for (words, id) in candidates where k + words.count <= toks.count {
                    let last = k + words.count - 1
                    guard (0..<words.count).allSatisfy({ toks[k + $0].text == words[$0] && !isCovered(u, k + $0) }) else { continue }
                    if last + 1 < toks.count, toks[last + 1].isCapitalized, toks[last + 1].spaceBefore { continue }
                    additions.append(Span(unit: u, first: k, last: last, entityID: id, rule: "organization.descriptor-again"))
                    break
                }
            }
        }
        for span in additions { addSpan(span) }
    }

    func discoverNamedBodies() {
        var additions: [(Span, Entity)] = []
        var shortForms: [String: Set<String>]?  // built when first needed, and again when this pass has found more
        var shortFormsFound = 0
        for u in units.indices where units[u].kind != .heading {
            let toks = tokens[u]
            var i = 0
            while i < toks.count {
                // Every name below starts with a capital or a mention (most tokens are neither).
                if !toks[i].isCapitalized && !isCovered(u, i) { i += 1; continue }
                // A demonym can start such a name ("African Export-Import Bank", "Lao Airlines").
                var leading: Span?
                // "Air India", "Air Zimbabwe": an airline, not the country.
                if toks[i].is("Air"), i + 1 < toks.count, toks[i + 1].spaceBefore, let span = coveringSpan(u, i + 1), span.first == i + 1,
                   span.entityID.hasBytePrefix("country/"), !isCovered(u, i) {
                    let name = text(of: toks, from: i, to: span.last, in: u)
                    let id = "organization/" + Slug.make(name)
                    var e = local[id] ?? Entity(id: id, kind: .organization, name: name)
                    e.type = "airline"
                    setSpans(spans.filter { $0 != span })
                    additions.append((Span(unit: u, first: i, last: span.last, entityID: id, rule: "organization.airline"), e))
                    i = span.last + 1
                    continue
                }
                // "Shell Canada Ltd.", "Unilever Nigeria": a known company's name and a country's, a subsidiary of that country.
                if let span = coveringSpan(u, i), span.first == i, span.entityID.hasBytePrefix("organization/"), span.rule.hasPrefix("gazetteer."),
                   entity(span.entityID)?.type == "company", span.last + 1 < toks.count, toks[span.last + 1].spaceBefore,
                   let country = coveringSpan(u, span.last + 1), country.first == span.last + 1, country.entityID.hasBytePrefix("country/"),
                   country.rule == "gazetteer.name" || country.rule == "gazetteer.alias", toks[country.first].isCapitalized,
                   !(country.last + 1 < toks.count && toks[country.last + 1].is("'", "\u{2019}")) {
                    var legal = country.last
                    while legal + 1 < toks.count, toks[legal + 1].spaceBefore, Lexicon.companySuffixes.contains(toks[legal + 1]) || Lexicon.legalForms.contains(toks[legal + 1]) {
                        legal += 1
                        if legal + 1 < toks.count, toks[legal + 1].is("."), !toks[legal + 1].spaceBefore, toks[legal].is("Inc", "Ltd", "Co", "Corp") { legal += 1 }
                    }
                    let name = text(of: toks, from: i, to: country.last, in: u)
                    let id = "organization/" + Slug.make(name)
                    var e = local[id] ?? Entity(id: id, kind: .organization, name: name)
                    e.type = "company"
                    e.countries = [country.entityID]
                    setSpans(spans.filter { $0 != span && $0 != country })
                    additions.append((Span(unit: u, first: i, last: legal, entityID: id, rule: "organization.subsidiary"), e))
                    i = legal + 1
                    continue
                }
                // "Etihad Rail", "Sberbank CIB", "Adani Ports": a known company's name and a word that makes it
                // another body (a subsidiary or a sister company), not the company itself.
                // ("the Forum Macao Permanent Secretariat": a known forum's or programme's name, then the words of a body that runs it.)
                // ("the OAS General Secretariat", "the SADC Observer Mission": a bloc's acronym, then one of its organs.)
                if let span = coveringSpan(u, i), span.first == i,
                   span.entityID.hasBytePrefix("organization/") || span.entityID.hasBytePrefix("initiative/")
                    || (span.entityID.hasBytePrefix("region/") && span.last == i && toks[i].isAllCaps && toks[i].characterCount >= 2),
                   span.rule.hasPrefix("gazetteer.") || span.rule == "acronym.defined", span.last + 1 < toks.count, toks[span.last + 1].spaceBefore, toks[span.last + 1].isCapitalized,
                   !isCovered(u, span.last + 1) {
                    let initiative = span.entityID.hasBytePrefix("initiative/")
                    let bloc = span.entityID.hasBytePrefix("region/")
                    // "Inpex Holdings Inc.", "Alibaba Group Holding Ltd": the company itself with its legal form.
                    var legal = span.last
                    while !initiative, legal + 1 < toks.count, toks[legal + 1].spaceBefore, Lexicon.companySuffixes.contains(toks[legal + 1]) || Lexicon.legalForms.contains(toks[legal + 1]) {
                        legal += 1
                        if legal + 1 < toks.count, toks[legal + 1].is("."), !toks[legal + 1].spaceBefore, toks[legal].is("Inc", "Ltd", "Co", "Corp") { legal += 1 }
                    }
                    if legal > span.last, legal + 1 == toks.count || !toks[legal + 1].isCapitalized || !toks[legal + 1].spaceBefore {
                        var longer = span
                        longer.last = legal
                        setSpans(spans.map { $0 == span ? longer : $0 })
                        i = legal + 1
                        continue
                    }
                    var end = span.last
                    // ("Daewoo Engineering & Construction", "Samsung C&T": an ampersand between two capitalised words joins them.)
                    var joinedInitials = false
                    while end + 1 < toks.count, end - span.last < 4 {
                        if toks[end + 1].spaceBefore, toks[end + 1].isCapitalized, toks[end + 1].isWord, !isCovered(u, end + 1) {
                            end += 1
                        } else if end > span.last, toks[end + 1].is("&"), end + 2 < toks.count, toks[end + 2].isCapitalized, toks[end + 2].isWord,
                                  toks[end + 1].spaceBefore == toks[end + 2].spaceBefore, !isCovered(u, end + 2) {
                            joinedInitials = !toks[end + 1].spaceBefore && toks[end].characterCount == 1 && toks[end + 2].characterCount == 1
                            end += 2
                        } else {
                            break
                        }
                    }
                    let last = toks[end]
                    let makesBody: Bool
                    if bloc {
                        makesBody = end > span.last && Self.blocOrgans.contains(last)
                    } else if initiative {
                        makesBody = end > span.last && Lexicon.organizationHeads.contains(last)
                    } else {
                        // ("Standard Bank CE Jacko Maree": CE is the chief executive's title, not a unit's acronym.)
                        let acronym = end == span.last + 1 && last.isAllCaps && (2...5).contains(last.characterCount) && !Lexicon.commonAcronyms.contains(last)
                            && Lexicon.titleAbbreviations[last.text] == nil && !Lexicon.titleWords.contains(last)  // ("an ANC MP": a member, not a unit)
                            && !Lexicon.legalForms.contains(last)  // "Volkswagen AG" is Volkswagen
                        // "China Railway First Group", "China Railway Fifth Bureau": a numbered unit of the group.
                        let numbered = last.is("Group", "Bureau", "Company", "Corporation")
                            && (span.last + 1..<end).contains(where: { Self.ordinalWords.contains(toks[$0].text) })
                        makesBody = Lexicon.subsidiaryHeads.contains(last) || acronym || numbered || joinedInitials
                    }
                    // ("the Federal Reserve Bank of New York": the unit of a city or a country, named after "of", is part of the name.)
                    if makesBody, !bloc, end + 2 < toks.count, toks[end + 1].is("of") {
                        for k in stride(from: min(toks.count - 1, end + 4), through: end + 2, by: -1)
                        where (end + 2...k).allSatisfy({ toks[$0].isCapitalized && toks[$0].isWord }) && (k + 1 == toks.count || !toks[k + 1].isCapitalized) {
                            let place = text(of: toks, from: end + 2, to: k, in: u)
                            let country = coveringSpan(u, end + 2).map { $0.first == end + 2 && $0.last == k && $0.entityID.hasBytePrefix("country/") } ?? false
                            if country || Lexicon.places.contains(place) || Lexicon.placeCountries[place] != nil {
                                end = k
                                break
                            }
                        }
                    }
                    if makesBody {
                        let name = text(of: toks, from: i, to: end, in: u)
                        let id = "organization/" + Slug.make(name)
                        var e = local[id] ?? Entity(id: id, kind: .organization, name: name)
                        e.type = "found in text"
                        setSpans(spans.filter { $0 != span })
                        additions.append((Span(unit: u, first: i, last: end, entityID: id, rule: initiative ? "organization.initiative-body" : "organization.sister-body"), e))
                        i = end + 1
                        continue
                    }
                }
                if let span = coveringSpan(u, i), ["gazetteer.adjective", "gazetteer.name", "gazetteer.alias"].contains(span.rule), span.entityID.hasBytePrefix("country/") || span.entityID.hasBytePrefix("region/"),
                   span.first == i, span.last + 1 < toks.count,
                   // (Not a demonym in lower case, as French writes one after its noun: "la société canadienne Trevali Mining".)
                   !(span.rule == "gazetteer.adjective" && toks[i].isLowercase),
                   (toks[span.last + 1].isCapitalized && toks[span.last + 1].spaceBefore && !isCovered(u, span.last + 1)) || (toks[span.last + 1].is("-") && !toks[span.last + 1].spaceBefore) {
                    leading = span
                } else if toks[i].is("Pan", "Inter", "Trans"), !isCovered(u, i), i + 1 < toks.count,
                          case let j = toks[i + 1].is("-") && !toks[i + 1].spaceBefore ? i + 2 : i + 1, j < toks.count,
                          let span = coveringSpan(u, j), span.first == j, span.rule == "gazetteer.adjective",
                          span.entityID.hasBytePrefix("country/") || span.entityID.hasBytePrefix("region/"), span.last + 1 < toks.count,
                          toks[span.last + 1].isCapitalized, toks[span.last + 1].spaceBefore, !isCovered(u, span.last + 1) {
                    // "the Pan American Health Organization", "the Inter-American Development Bank": a prefix joined to the
                    // demonym opens the body's name.
                    leading = span
                } else if !toks[i].isCapitalized || isCovered(u, i) || Self.determiners.contains(toks[i]) || Self.openingPrepositions.contains(toks[i])
                            // ("El Sindicato de Trabajadores Petroleros informó", "O Sindicato do Ensino Privado (Sinepe/RS) informou": an
                            // article opening the sentence before a body's first word is no word of its name.)
                            || (Self.romanceArticles.contains(toks[i]) && i + 1 < toks.count && Self.civilBodyFirstWords.contains(toks[i + 1])) {
                    i += 1
                    continue
                }
                // The longest run of capitalised words and connectors.
                let foreign = Lexicon.foreignOrganizationFirstWords.contains(toks[i])
                var mission = false
                var regionalArm = false
                var end = leading?.last ?? i
                var k = end + 1
                var inner: [Span] = []
                while k < toks.count {
                    let t = toks[k]
                    // ("the Movimiento Nueva Argentina": in a body's name in Spanish, Portuguese, French or Italian, a country's name
                    // right after a word of it is part of it.)
                    if foreign, k > i, t.spaceBefore, toks[k - 1].isCapitalized, toks[k - 1].isWord, !Lexicon.organizationHeads.contains(toks[k - 1]),
                       let span = coveringSpan(u, k), span.first == k, span.entityID.hasBytePrefix("country/"), t.isCapitalized {
                        inner.append(span)
                        end = span.last
                        k = span.last + 1
                        continue
                    }
                    // ("the Savings Bank of South Australia", "the University of Western Australia": a compass word and a country's
                    // name make one place, a state or a province, inside the name.)
                    if k > i + 1, end == k - 1, t.spaceBefore, t.isCapitalized, toks[k - 1].isCapitalized, Self.compassWords.contains(toks[k - 1].text),
                       toks[k - 2].is("of", "for"), let span = coveringSpan(u, k), span.first == k,
                       span.entityID.hasBytePrefix("country/") || span.entityID.hasBytePrefix("region/") {
                        inner.append(span)
                        end = span.last
                        k = span.last + 1
                        continue
                    }
                    // "People's Progressive Party/Civic": a second name joined by a slash.
                    if t.is("/"), !t.spaceBefore, k + 1 < toks.count, !toks[k + 1].spaceBefore, toks[k + 1].isCapitalized, toks[k + 1].isWord,
                       Lexicon.organizationHeads.contains(toks[k - 1]) {
                        end = k + 1
                        k += 2
                        continue
                    }
                    // "People's Progressive Party", "Workers' Party of Korea": a possessive inside the name.
                    // ("Canadian Manufacturers' Association", "Shipowners' Union": any plural before a body's word.)
                    // (Not a place's possessive: "the Philippines' Department of Agriculture" is the country's department.)
                    let pluralBeforeHead = toks[k - 1].isCapitalized && toks[k - 1].text.hasSuffix("s") && !isCovered(u, k - 1) && k + 1 < toks.count
                        && toks[k + 1].spaceBefore && Lexicon.organizationHeads.contains(toks[k + 1])
                    if t.is("'"), !t.spaceBefore, Self.possessiveNameWords.contains(toks[k - 1].text) || pluralBeforeHead {
                        if k + 2 < toks.count, toks[k + 1].is("s"), !toks[k + 1].spaceBefore, toks[k + 2].isCapitalized, toks[k + 2].spaceBefore {
                            // ("People's Party for Democracy and Development": a known body's name inside is part of the longer one.)
                            if let known = coveringSpan(u, k + 2) {
                                guard known.first == k + 2, known.entityID.hasBytePrefix("organization/") else { break }
                                inner.append(known)
                                end = known.last
                                k = known.last + 1
                                continue
                            }
                            end = k + 2
                            k += 3
                            continue
                        }
                        if toks[k - 1].text.hasSuffix("s"), k + 1 < toks.count, toks[k + 1].isCapitalized, toks[k + 1].spaceBefore, !isCovered(u, k + 1) {
                            end = k + 1
                            k += 2
                            continue
                        }
                    }
                    // "China-Kyrgyzstan-Uzbekistan Railway": places joined by hyphens.
                    if t.is("-"), !t.spaceBefore, k + 1 < toks.count, !toks[k + 1].spaceBefore, let span = coveringSpan(u, k + 1),
                       span.first == k + 1, span.entityID.hasBytePrefix("country/") || span.entityID.hasBytePrefix("region/") {
                        inner.append(span)
                        end = span.last
                        k = span.last + 1
                        continue
                    }
                    // "Canola Council of Canada", "University of the Philippines": a body's name runs on
                    // through "of (the) <place>", and the place is part of the name.
                    // "Centre for the Study of the Economies of Africa": once the name has a body's word, it runs on.
                    // "the Gulf Studies Center of Qatar University": a unit, then the university it belongs to (two bodies).
                    if t.is("of", "at"), Lexicon.organizationHeads.contains(toks[end]), k + 2 < toks.count {
                        var j = k + 1
                        if toks[j].is("the") { j += 1 }
                        var runEnd = j
                        while runEnd + 1 < toks.count, runEnd - j < 5, toks[runEnd + 1].isCapitalized, toks[runEnd + 1].spaceBefore { runEnd += 1 }
                        if runEnd > j, toks[j].isCapitalized, toks[runEnd].is("University", "College", "Academy") { break }
                    }
                    // ("the new Growth Plan for the Western Balkans": a plan's region or country, too.)
                    if t.is("of", "for"), toks[i...end].contains(where: { Lexicon.organizationHeads.contains($0) || Lexicon.organizationCores.contains($0) || Lexicon.missionHeads.contains($0)
                        || $0.is("Plan", "Programme", "Program", "Strategy", "Initiative") }) {
                        // "University of Dar es Salaam": a place whose name has small words.
                        if let last = Self.placeWithParticles(toks, at: k + 1) { end = last; k = last + 1; continue }
                        var j = k + 1
                        if j < toks.count, toks[j].is("the") { j += 1 }
                        if j < toks.count, toks[j].spaceBefore, let span = coveringSpan(u, j), span.first == j,
                           span.entityID.hasBytePrefix("country/") || span.entityID.hasBytePrefix("region/") {
                            inner.append(span)
                            end = span.last
                            // ("the Bank of British West Africa": a demonym, then a region, both inside the name.)
                            if span.rule == "gazetteer.adjective", end + 1 < toks.count, toks[end + 1].spaceBefore, let next = coveringSpan(u, end + 1),
                               next.first == end + 1, next.entityID.hasBytePrefix("region/") {
                                inner.append(next)
                                end = next.last
                            }
                            k = end + 1
                            continue
                        }
                        if j > k + 1, j < toks.count, toks[j].isCapitalized, !isCovered(u, j) { k = j; continue }
                    }
                    // "Chinese Embassy in Zambia", "Consulate-General in Karachi": a mission's name runs on through "in <place>".
                    // ("the Embassy of the People's Republic of China in Barbados": the mission's word may come first.)
                    // ("The Chinese Consulate General in San Francisco": the consulate's rank after its word.)
                    if t.is("in"), Lexicon.missionHeads.contains(toks[end]) || (Lexicon.missionHeads.contains(toks[i]) && toks[i + 1].is("of"))
                        || (toks[end].is("General") && end > i && (toks[end - 1].is("Consulate") || (end - 2 > i && toks[end - 1].is("-") && toks[end - 2].is("Consulate")))),
                       k + 1 < toks.count, toks[k + 1].isCapitalized {
                        // "Chinese Embassy in Dar es Salaam": a place whose name has small words.
                        if let last = Self.placeWithParticles(toks, at: k + 1) ?? Self.placeWithApostrophe(toks, at: k + 1) { mission = true; end = last; k = last + 1; continue }
                        if let span = coveringSpan(u, k + 1), span.first == k + 1, span.entityID.hasBytePrefix("country/") {
                            inner.append(span)
                            mission = true
                            end = span.last
                            k = span.last + 1
                            continue
                        }
                        if !isCovered(u, k + 1), k + 2 >= toks.count || !toks[k + 2].isCapitalized { mission = true; end = k + 1; k += 2; continue }
                        // "the Chinese Embassy in Port Moresby said": a city of two words.
                        if !isCovered(u, k + 1), k + 2 < toks.count, toks[k + 2].isCapitalized, toks[k + 2].spaceBefore, !isCovered(u, k + 2),
                           k + 3 >= toks.count || !toks[k + 3].isCapitalized { mission = true; end = k + 2; k += 3; continue }
                    }
                    // "Anhui Foreign Economic Construction (Group) Corporation": a Chinese company's "(Group)" inside its name.
                    if t.is("("), k + 3 < toks.count, toks[k + 1].is("Group", "Holdings"), toks[k + 2].is(")"),
                       toks[k + 3].isCapitalized, Lexicon.organizationHeads.contains(toks[k + 3]) { end = k + 3; k += 4; continue }
                    // "the Law and Order (Maintenance) Act", "the Illegal Migrants (Determination by Tribunals) Act", "the Strikes
                    // (Minimum Service Levels) Bill": what a law amends or is about, in brackets before its word.
                    if t.is("("), end >= i, toks[end].isCapitalized, let close = Self.bracketedLawQualifier(toks, at: k) {
                        end = close + 1
                        k = close + 2
                        continue
                    }
                    // "Unipec Asia", "Nissan Europe": a company's regional arm, named by the company and the region.
                    if end == i, leading == nil, i > 0, t.spaceBefore, let region = coveringSpan(u, k), region.first == k, region.entityID.hasBytePrefix("region/"),
                       region.rule == "gazetteer.name", Self.continentNames.contains(text(of: toks, from: k, to: region.last, in: u)),
                       region.last + 1 >= toks.count || !toks[region.last + 1].isCapitalized,
                       !sentenceOpener(toks, i), !Lexicon.notNames.contains(toks[i]), !Self.compassWords.contains(toks[i].text), !Lexicon.titleWords.contains(toks[i]), !Lexicon.places.contains(toks[i]),
                       toks[i].isWord, !toks[i].isAllCaps || toks[i].characterCount > 1 {
                        inner.append(region)
                        end = region.last
                        regionalArm = true
                        k = region.last + 1
                        break
                    }
                    // "Universidad Politécnica Taiwán-Paraguay": two countries joined by a hyphen end a foreign body's name.
                    if foreign, t.spaceBefore, let a = coveringSpan(u, k), a.first == k, a.entityID.hasBytePrefix("country/"), a.last + 2 < toks.count,
                       toks[a.last + 1].is("-"), !toks[a.last + 1].spaceBefore, let b = coveringSpan(u, a.last + 2), b.first == a.last + 2,
                       !toks[b.first].spaceBefore, b.entityID.hasBytePrefix("country/") {
                        inner.append(a)
                        inner.append(b)
                        end = b.last
                        k = b.last + 1
                        break
                    }
                    if isCovered(u, k) { break }
                    // "Council of Ministers of the U.S.S.R.": an abbreviation written with full stops is one word of the name.
                    if t.spaceBefore, let last = Self.dottedAbbreviationEnd(toks, at: k) { end = last; k = last + 1; continue }
                    if t.isCapitalized && t.spaceBefore { end = k; k += 1; continue }
                    // "Action Committee for Defending the Diaoyu Islands": "the" after a verb in the name.
                    if t.is("the"), toks[k - 1].isCapitalized, toks[k - 1].text.hasSuffix("ing"), toks[i...end].contains(where: { Lexicon.organizationHeads.contains($0) }),
                       k + 1 < toks.count, toks[k + 1].isCapitalized { k += 1; continue }
                    // "Movimiento al Socialismo", "Yacimientos de Litio Bolivianos": connectors of the name's language.
                    if foreign, Lexicon.foreignConnectors.contains(t) {
                        // "por la", "de los": connectors may come two at a time.
                        var j = k + 1
                        // ("Caisse Autonome d'Amortissement": an elided article before the next word.)
                        if t.is("d", "l"), j + 1 < toks.count, toks[j].is("'", "\u{2019}"), !toks[j].spaceBefore, !toks[j + 1].spaceBefore,
                           toks[j + 1].isCapitalized, !isCovered(u, j + 1) {
                            end = j + 1
                            k = j + 2
                            continue
                        }
                        if j < toks.count, Lexicon.foreignConnectors.contains(toks[j]) { j += 1 }
                        if j < toks.count, toks[j].isCapitalized, !isCovered(u, j) { k = j; continue }
                        // "Centro de Exportación e Inversión de la República Dominicana": the country ends the name.
                        if j < toks.count, let span = coveringSpan(u, j), span.first == j, span.entityID.hasBytePrefix("country/") {
                            inner.append(span)
                            end = span.last
                            k = span.last + 1
                            continue
                        }
                    }
                    if t.is("-") && !t.spaceBefore && k + 1 < toks.count && !toks[k + 1].spaceBefore && (toks[k + 1].isCapitalized || toks[k + 1].kind == .number) { end = k + 1; k += 2; continue }
                    // "Movement for Multi-party Democracy": a hyphenated word whose second half is in lower case.
                    if t.is("-") && !t.spaceBefore && toks[k - 1].isCapitalized && k + 2 < toks.count && !toks[k + 1].spaceBefore && toks[k + 1].isLowercase
                        && !toks[k + 1].text.hasSuffix("ed") && !["run", "built", "made", "born", "held", "owned", "led"].contains(toks[k + 1].text)
                        && toks[k + 2].isCapitalized && toks[k + 2].spaceBefore && !isCovered(u, k + 2) { end = k + 1; k += 2; continue }
                    // "Gulf Co-operation Council": the British spelling of a word, not the abbreviated "Co".
                    if t.is("-") && !t.spaceBefore && toks[k - 1].is("Co") && k + 1 < toks.count && !toks[k + 1].spaceBefore && toks[k + 1].isLowercase { end = k + 1; k += 2; continue }
                    // "University of California, Berkeley": a campus after the university's name.
                    if t.is(","), toks[i].is("University"), end >= i + 2, toks[i + 1].is("of"), k + 1 < toks.count, toks[k + 1].isCapitalized,
                       !isCovered(u, k + 1) {
                        var m = k + 1
                        while m + 1 < toks.count, m - k < 2, toks[m + 1].isCapitalized, toks[m + 1].spaceBefore, !isCovered(u, m + 1) { m += 1 }
                        if m + 1 == toks.count || toks[m + 1].is(",", ".", ";", ")") { end = m; k = m + 1; continue }
                    }
                    // "Ministry of Finance, Budget and National Planning": a ministry's portfolios listed with commas. So are the
                    // fields of other bodies: "House Committee on Treaties, Protocols and Agreements", "Tunisian Union of Industry,
                    // Trade and Handicrafts" (none of the words a country, a person or another body the text names).
                    if t.is(","), toks[i...end].contains(where: { Self.portfolioHeads.contains($0.text) }),
                       toks[i...end].contains(where: { $0.is("of") || $0.is("for") || $0.is("on") }), let last = Self.portfolioList(toks, from: k + 1),
                       // (A person found in the list's later words may be its own words: "Cooperatives and Poverty Alleviation".)
                       // ("..., International Cooperation and Gambians Abroad": a demonym inside a later field is part of it.)
                       !((k + 1)...last).contains(where: { $0 == k + 1 ? isCovered(u, $0) : coveringSpan(u, $0).map { !$0.entityID.hasBytePrefix("person/")
                           && !($0.rule == "gazetteer.adjective" && $0.last < last && toks[$0.last + 1].isCapitalized) } ?? false }) {
                        end = last
                        k = last + 1
                        continue
                    }
                    // "the Ministry of Foreign and Caricom Affairs": a bloc or country inside a ministry's portfolio.
                    if t.is("and", "of", "for"), k + 2 < toks.count, let span = coveringSpan(u, k + 1), span.first == k + 1,
                       span.entityID.hasBytePrefix("country/") || span.entityID.hasBytePrefix("region/"), span.last + 1 < toks.count,
                       toks[span.last + 1].spaceBefore, Lexicon.nameBlockers.contains(toks[span.last + 1]), !isCovered(u, span.last + 1),
                       toks[i...end].contains(where: { $0.is("Ministry", "Department", "Office") }) {
                        inner.append(span)
                        end = span.last + 1
                        k = span.last + 2
                        continue
                    }
                    // "Bong Mines Company Limited and Zhongshan Port Holdings Ltd": a legal form ends a company's
                    // name, so "and" after one starts another.
                    if t.is("and", "&"), end > i, Lexicon.companySuffixes.contains(toks[end]) || Lexicon.legalForms.contains(toks[end]) { break }
                    // ("the Ministry of Foreign Affairs and Foreign Trade on Culloden Road": an address after "on" is no word of the name.)
                    // (Not "the National Committee on Road Safety": a street has a name before its word.)
                    if t.is("on"), let street = (k + 2..<min(toks.count, k + 4)).first(where: { Self.streetWords.contains(toks[$0].text) }),
                       (k + 1..<street).allSatisfy({ toks[$0].isCapitalized && toks[$0].spaceBefore }), street + 1 == toks.count || !toks[street + 1].isCapitalized { break }
                    // ("the Department and Bord Bia": "and" before the first word of another body's name starts that body.)
                    // ("passed by the House and Senate": two chambers, each a body.)
                    // ("the Unity Party of Mr. Edward Kesselly": a title after "of" opens its leader's name, no word of the body's.)
                    if t.is("of", "for", "and", "&", "on"), k + 1 < toks.count, toks[k + 1].isCapitalized, !isCovered(u, k + 1),
                       !Lexicon.calendarWords.contains(toks[k + 1]), !(t.is("of") && Self.abbreviatedTitles.contains(toks[k + 1].text)),
                       !(t.is("and") && end == i && [toks[end].text, toks[k + 1].text].allSatisfy { Lexicon.oneWordNationalBodies.contains($0) || $0 == "House" }),
                       !(t.is("and") && (Lexicon.foreignOrganizationFirstWords.contains(toks[k + 1]) || Lexicon.organizationFirstWords.contains(toks[k + 1]))
                         && !toks[i...end].contains(where: { $0.is("of") || $0.is("for") })) { k += 1; continue }
                    // "Office for Cooperation with the Media", "Association for Friendship with Foreign Countries": a body's
                    // purpose runs on through "with".
                    // ("Federal Commission for the Protection against Sanitary Risks": "against" the same way.)
                    if t.is("with", "against"), toks[i...end].contains(where: { $0.is("for") }), toks[i...end].contains(where: { Lexicon.organizationHeads.contains($0) }),
                       case let j = k + 1 < toks.count && toks[k + 1].is("the") ? k + 2 : k + 1, j < toks.count, toks[j].isCapitalized, !isCovered(u, j) {
                        k = j
                        continue
                    }
                    break
                }
                // "the Minerals and Mining Act, 2006 (Act 703)": the year is part of a law's name.
                // ("the Trade Act of 1974".)
                if toks[end].is("Act"), end + 2 < toks.count, toks[end + 1].is(",", "of"), toks[end + 2].kind == .number, toks[end + 2].characterCount == 4,
                   toks[end + 2].text.hasPrefix("1") || toks[end + 2].text.hasPrefix("2") { end += 2 }
                // ("the British Museum Act 1963", "the Immigration Act 2003": or the year right after it.)
                else if toks[end].is("Act"), end + 1 < toks.count, toks[end + 1].spaceBefore, toks[end + 1].kind == .number, toks[end + 1].characterCount == 4,
                        toks[end + 1].text.hasPrefix("1") || toks[end + 1].text.hasPrefix("2"),
                        end + 2 == toks.count || !toks[end + 2].is("-") { end += 1 }
                // "China Gezhouba Group for the State-owned company": a capitalised word that opens a compound
                // modifier ("State-owned", "Chinese-built") is no word of the name, which ended before the connector.
                if end > i + 1, end + 2 < toks.count, toks[end + 1].is("-"), !toks[end + 1].spaceBefore, !toks[end + 2].spaceBefore, toks[end + 2].isLowercase,
                   let p = (i + 1..<end).last(where: { toks[$0 + 1].is("of", "for", "and", "&", "on") }), Lexicon.organizationHeads.contains(toks[p]) {
                    end = p
                }
                // ("from Ansett, Australian Airlines and East-West Airlines": two bodies whose names end in the same head, joined
                // by "and", are two.)
                if end > i + 3, Lexicon.organizationHeads.contains(toks[end]),
                   let p = (i + 2..<(end - 1)).first(where: { toks[$0].is("and", "&") && toks[$0 - 1].text == toks[end].text }) {
                    end = p - 1
                }
                // "Head of the Investment Coordinating Board": an office in a body is not part of the body's name.
                if leading == nil, Self.officesBeforeBody.contains(toks[i].text), i + 3 <= end, toks[i + 1].is("of") {
                    let start = toks[i + 2].is("the") ? i + 3 : i + 2
                    if start < end, toks[start].isCapitalized, !isCovered(u, start) { i = start }
                }
                // "Communist Party Chairman Hua Kuo-feng", "Foreign Ministry Spokesman Qin Gang": a body's name, then the
                // title of the person named right after it; the body's name ends before the title.
                if end > i + 1, end + 1 < toks.count, toks[end + 1].spaceBefore, let person = coveringSpan(u, end + 1), person.first == end + 1,
                   person.entityID.hasBytePrefix("person/") {
                    // (The body's last word may be a title's word too: "Party" of "Party Secretary".)
                    var t = end
                    var head: Int?
                    while t > i, toks[t].isCapitalized, Self.officeHolderWords.contains(toks[t]) || Lexicon.titleWords.contains(toks[t]) {
                        t -= 1
                        if head == nil, Lexicon.organizationHeads.contains(toks[t]) { head = t }
                    }
                    // (Only a body's own word ends it: "Saudi Energy Minister", "Ports and Shipping Minister" name a portfolio.)
                    if let head, Self.bodyWordsBeforeTitles.contains(toks[head]) { end = head }
                }
                // (The "of" of "Act of 1974" is no word of the name's head.)
                // (Nor is "Civic" of "People's Progressive Party/Civic".)
                let headEnd = (toks[end].kind == .number && end - 1 > i && toks[end - 1].is("of")) || (end - 1 > i && toks[end - 1].is("/")) ? end - 2 : end
                let words = toks[i...headEnd].filter(\.isWord).map(\.text)
                if let leading, end == leading.last { i = end + 1; continue }
                // "the Gulf of Mexico": a phrase the data says names nothing.
                if gazetteer.stopSet.contains(text(of: toks, from: i, to: end, in: u)) { i = end + 1; continue }
                // After a country *name*, only a word such as Airlines, Bank or Railway makes one name of it.
                if let leading, leading.rule != "gazetteer.adjective", !(words.last.map { Lexicon.organizationHeads.contains($0) || Lexicon.strongInitiativeHeads.contains($0) || Lexicon.longLegalForms.contains($0) } ?? false),
                   !words.contains(where: { Lexicon.organizationCores.contains($0) }) { i = end + 1; continue }
                var kind: EntityKind?
                if words.count >= 2 {
                    if let head = words.last, Lexicon.organizationHeads.contains(head) || Lexicon.longLegalForms.contains(head) { kind = .organization }
                    if let first = words.first, Lexicon.organizationFirstWords.contains(first) || foreign || mission || words.contains("University") { kind = .organization }
                    // A body's word before "of"/"for": "Confederation of British Industry",
                    // "National Union for the Total Independence of Angola".
                    if kind == nil, (i..<end).contains(where: { Lexicon.organizationHeads.contains(toks[$0]) && toks[$0 + 1].is("of", "for") }) {
                        kind = .organization
                    }
                    // An agreement's word before what it is about: "Economic and Investment Plan for the Western Balkans",
                    // "Joint Communique on the Establishment of a Strategic Co-operative Relationship".
                    if kind == nil, Self.initiativeHeadBeforeConnector(toks, from: i, to: end) { kind = .initiative }
                    // A core word with a connector: "Council on Global Affairs".
                    if kind == nil, words.contains(where: { Lexicon.organizationCores.contains($0) }),
                       toks[i...end].contains(where: { $0.is("on", "of", "for") }) { kind = .organization }
                    if let head = words.last, Lexicon.strongInitiativeHeads.contains(head), head != "Law" || Lexicon.isNamedLaw(words) {
                        kind = .initiative
                    }
                    // "the Channel Tunnel Bill", "the Land and Titles Bill", "the Agricultural Land Reform Code": a bill before a
                    // parliament, or a code of law, named by what it is about (not "Hillary and Bill", "President Bill", "Dress Code").
                    if kind == nil, let head = words.last, Self.isNamedBillOrCode(words), !isCovered(u, end) || head == "Code" {
                        kind = .initiative
                    }
                    // "the Jeddah Security and Development Summit", "the Madrid Peace Conference", "the RP-China Joint Communique":
                    // meetings and the documents of meetings, named by more than a place or a plain word ("the Beijing Summit" of a
                    // forum, "the Joint Communique" of any two countries, "the Islamic Conference" say too little) and not a
                    // conference of bishops (a body).
                    if kind == nil, let head = words.last, Self.meetingHeads.contains(head), words.count >= 3,
                       !words.contains(where: { Self.denominations.contains($0) || $0 == "Bishops" || $0 == "Episcopal" }) {
                        kind = .initiative
                    }
                    // "Centre for Policy Dialogue", "Institute for Strategic Dialogue": a body's word, then what it is for.
                    if kind == .initiative, words.count >= 3, Lexicon.organizationHeads.contains(words[0]), i < end, toks[i + 1].is("for", "of", "on") {
                        kind = .organization
                    }
                    // "the former People's Partnership government": a coalition or party that governs.
                    if kind == .initiative, end + 1 < toks.count, toks[end + 1].is("government", "administration", "coalition", "regime", "cabinet") {
                        kind = .organization
                    }
                    // "the China-Venezuela Joint Fund", "a China-CEE Investment Cooperation Fund": a fund two countries
                    // set up between them is an arrangement (a country's own fund is a body: "Russian Direct Investment Fund").
                    if words.last == "Fund", (i + 1..<end).contains(where: { k in toks[k].is("-") && !toks[k].spaceBefore
                        && [k - 1, k + 1].allSatisfy { coveringSpan(u, $0).map { $0.entityID.hasBytePrefix("country/") || $0.entityID.hasBytePrefix("region/") } ?? false } }) {
                        kind = .initiative
                    }
                    // "Kachin Baptist Convention", "Southern Baptist Convention": a church's convention is a body, not a treaty.
                    if words.last == "Convention", words.contains(where: { Self.denominations.contains($0) }) { kind = .organization }
                    // "Frank Press, the president's science adviser,": two words and a person's role after the comma.
                    if kind == .organization, words.count == 2, end == i + 1, !Lexicon.notNames.contains(toks[i]), !Lexicon.organizationFirstWords.contains(toks[i]),
                       end + 3 < toks.count, toks[end + 1].is(","), toks[end + 2].lowerIs("the", "a", "an"),
                       let comma = (end + 3..<min(toks.count, end + 11)).first(where: { toks[$0].is(",", ".", ";") }), comma > end + 3,
                       toks[comma - 1].isLowercase, Self.isRoleNoun(toks[comma - 1].text), !toks[(end + 3)..<comma].contains(where: { $0.is("whose", "which", "of") }) {
                        kind = nil
                    }
                }
                // "The Chinese Embassy, in a statement issued later, said": a mission that speaks is a body (one only
                // named as a place, "went to the Chinese Embassy", is not).
                // ("a reception organised by the Chinese Embassy": the agent of what was done is a body too.)
                // ("a reception hosted by the Embassy of the People's Republic of China": the mission's word may come first.)
                if kind == nil, words.count >= 2, Lexicon.missionHeads.contains(toks[end]) || (Lexicon.missionHeads.contains(toks[i]) && i < end && toks[i + 1].is("of")),
                   Self.speaks(toks, after: end) || (i >= 2 && toks[i - 1].is("the") && toks[i - 2].is("by")) { kind = .organization }
                if regionalArm { kind = .organization }
                // "Sandton Convention Centre", "Mulungushi International Conference Centre": a venue, not a body.
                if words.count >= 2, ["Centre", "Center"].contains(words[words.count - 1]), Lexicon.venueQualifiers.contains(words[words.count - 2]) { kind = nil }
                // A job title is not a body ("Union Minister for International Cooperation"), but the office of one
                // is ("the Media Office of the Prime Minister", "the Office of the President").
                let officeOf = (i..<end).contains { toks[$0].is("Office") && toks[$0 + 1].is("of") }
                if !officeOf, words.contains(where: { Self.officeHolderWords.contains($0) }) { kind = nil }
                // ("the Court's Chief of Protocol", "Chief of Staff", "Chief of the General Staff": an office too.)
                if words.first == "Chief", i < end, toks[i + 1].is("of") { kind = nil }
                // "Members of Parliament", "Member of Parliament for East Honiara", "Speaker of the House": a seat or an
                // office in a body, not the body.
                if words.count >= 2, ["Member", "Members", "Speaker", "Clerk"].contains(words[0]), i < end, toks[i + 1].is("of", "for") { kind = nil }
                // ("Labour MP for Liverpool Exchange", "Labour M.P. for Falmouth and Camborne": a member's seat, whatever the
                // place's last word.)
                if kind != nil, (i..<end).contains(where: { k in
                    toks[k + 1].is("for") && (Self.memberAbbreviations.contains(toks[k].text) || (k >= i + 3 && toks[k].is(".") && Self.isMPInitials(toks, at: k - 3)))
                }) { kind = nil }
                // ("set up by Act of Parliament last year", "an Act of Congress": a law a body passed, not the body.)
                if words.count >= 2, ["Act", "Acts"].contains(words[0]), i < end, toks[i + 1].is("of"), kind == .organization { kind = nil }
                // ("House Speaker Thomas P. O'Neill Jr.", "Assembly Speaker": the chair of a body, named by the body's word.)
                if words.count >= 2, words.last == "Speaker", !officeOf { kind = nil }
                // ("Premier Sir Charles Court": an honorific and a known given name open a person's name, whatever its last word.)
                // ("Senator Frank Church of Idaho": or a title.)
                // (Not a royal title: "King Fahd University", "Queen Elizabeth Hospital" are named after their patrons.)
                // (But "Sir Ratan Tata Trust", "Sir John Cass Foundation": bodies named after them.)
                if words.count >= 3, Self.honorificsBeforeNames.contains(words[0]), Lexicon.givenNameGenders[words[1]] != nil,
                   !Self.patronBodyWords.contains(words[words.count - 1]) { kind = nil }
                // ("Charles Court said", "Arnold Hall told": a known given name and a family name that is a building's word, speaking.)
                if words.count == 2, Self.isGivenNameAndPlaceSurname(words[0], toks[end]), Self.speaks(toks, after: end),
                   i == 0 || !toks[i - 1].lowerIs("the") { kind = nil }
                // "Both Houses of Parliament were dissolved": a quantifier before a body's words counts bodies; it names none.
                if words.count >= 2, ["Both", "Each", "Several", "Some", "Many", "Most", "Every"].contains(words[0]) { kind = nil }
                // ("One City Council member, who asked not to be identified,": one of a body's people, not a body called "One ...".)
                if words.count >= 2, words[0] == "One", end + 1 < toks.count, toks[end + 1].isLowercase,
                   Lexicon.unnamedPersonNouns.contains(toks[end + 1]) || Self.isRoleNoun(toks[end + 1].text) { kind = nil }
                // ("the Government's White Paper", "a Green Paper": a kind of government document, named by its colour alone.)
                if kind == .initiative, words.count == 2, words[1] == "Paper", ["White", "Green", "Blue"].contains(words[0]) { kind = nil }
                // Generic heads alone ("Trade Ministry") need a qualifier that is not a common word,
                // unless the name is a national body's that its country can qualify ("National Assembly").
                func spaced() -> [String] { text(of: toks, from: i, to: end, in: u).split(separator: " ").map(String.init) }
                var rule = "\(kind?.rawValue ?? "").name-pattern"
                if kind == .organization, words.count == 2, Lexicon.notNames.contains(words[0]), Lexicon.isGenericInstitution(spaced()) {
                    rule = "organization.generic"
                } else if words.count == 2 && Lexicon.notNames.contains(words[0]) && !(leading != nil && Lexicon.missionHeads.contains(toks[end])) && toks[end].kind != .number
                            // ("Institute Alternativa", "Bank Mandiri": a body's word, then a name of its own.)
                            && !(Lexicon.organizationFirstWords.contains(words[0]) && !Lexicon.notNames.contains(words[1]) && !Lexicon.genericInstitutionWords.contains(words[1])) {
                    // (A demonym before a mission makes a name: "the Chinese Embassy".)
                    kind = nil
                }
                // "the Basic Law" in a story about Hong Kong: the one known initiative of that name whose parties the article names.
                // (Not a place of the same words: "the Perito Moreno glacier" is no "Gasoducto Perito Moreno".)
                // (Nor a government's slogan: "The New Dawn government" in Zambia is no "Operation New Dawn".)
                if kind == nil, words.count >= 2, leading == nil, end + 1 >= toks.count || !(toks[end + 1].isLowercase && Self.geographicNouns.contains(toks[end + 1])),
                   end + 1 >= toks.count || !toks[end + 1].is("government", "administration", "regime", "coalition", "cabinet"),
                   let known = knownInitiative(endingWith: text(of: toks, from: i, to: end, in: u)) {
                    additions.append((Span(unit: u, first: i, last: end, entityID: known.id, rule: "initiative.parties-named"), known))
                    i = end + 1
                    continue
                }
                // "the Nepal-China Boundary Treaty": a known document of the same words and the same parties.
                if kind == .initiative, words.count >= 2, let known = knownInitiative(wordedAs: text(of: toks, from: i, to: end, in: u)) {
                    additions.append((Span(unit: u, first: i, last: end, entityID: known.id, rule: "initiative.parties-named"), known))
                    i = end + 1
                    continue
                }
                if let kind {
                    // "the Reagan Administration": a leader's government, found by family name later (see resolveSurnames).
                    if words.count == 2, Lexicon.leaderGovernmentWords.contains(words[1].lowercased()), leader(familyName: words[0]) != nil {
                        i = end + 1
                        continue
                    }
                    // "the Executive Development Programme 2011-2013", "Vision 2030": the years of a plan are part of its name.
                    if kind == .initiative, end + 1 < toks.count, toks[end + 1].kind == .number, toks[end + 1].spaceBefore, toks[end + 1].text.utf8.count == 4,
                       Lexicon.strongInitiativeHeads.contains(toks[end]) || toks[end].is("Bill") {
                        end += 1
                        if end + 2 < toks.count, toks[end + 1].is("-"), !toks[end + 1].spaceBefore, toks[end + 2].kind == .number, !toks[end + 2].spaceBefore {
                            end += 2
                        }
                    }
                    // ("the 20-Point Programme": a number glued to the name by a hyphen opens it.)
                    if kind == .initiative, i >= 2, toks[i - 1].is("-"), !toks[i - 1].spaceBefore, !toks[i].spaceBefore, toks[i - 2].kind == .number,
                       !isCovered(u, i - 2) {
                        i -= 2
                    }
                    // "of the Gulf Studies Center": a place written with "the" opens the name, the "the" does not.
                    let first = toks[i].is("the") && i < end ? i + 1 : i
                    var name = text(of: toks, from: first, to: end, in: u)
                    // "the Water Bill 2007", "the Strikes (Minimum Service Levels) Bill": a bill is the act it becomes, when the
                    // data knows the act by the same words.
                    if kind == .initiative, leading == nil, let act = knownActOfBill(name) {
                        additions.append((Span(unit: u, first: first, last: end, entityID: act.id, rule: "initiative.bill-of-act"), act))
                        i = end + 1
                        continue
                    }
                    var country: String?
                    // "Chinese Health Ministry": a demonym or country before a generic name is its country.
                    if let leading, leading.entityID.hasBytePrefix("country/"), leading.last < end, toks[leading.last + 1].spaceBefore,
                       Lexicon.isGenericInstitution(text(of: toks, from: leading.last + 1, to: end, in: u).split(separator: " ").map(String.init)) {
                        country = leading.entityID
                        name = text(of: toks, from: leading.last + 1, to: end, in: u)
                    } else if i >= 3, toks[i - 1].is("s"), toks[i - 2].is("'", "\u{2019}"), let owner = coveringSpan(u, i - 3), owner.entityID.hasBytePrefix("country/"),
                              let c = entity(owner.entityID) {
                        // "Nigeria's House of Representatives"; "Indonesia's Ministry of Trade": the country is part of the name.
                        if Lexicon.isGenericInstitution(spaced()) {
                            country = owner.entityID
                        } else if words.first == "Ministry" || words.first == "Department" {
                            name = c.name + " " + name
                        } else if let known = ownerNamedKnown(name, of: c, organizationOnly: false) {
                            // "China's Exim Bank": the body the gazetteer knows as "China Exim Bank" or "Exim Bank of China".
                            additions.append((Span(unit: u, first: i, last: end, entityID: known, rule: "organization.owner-named"), entity(known)!))
                            i = end + 1
                            continue
                        }
                    }
                    if country != nil { rule = "organization.generic" }
                    // "the Joint Declaration" after "the Sino-British Joint Declaration": the short form of a name in the article.
                    if country == nil, name.containsBytes(" ") {
                        if shortForms == nil { shortForms = shortFormIndex() }
                        // (And the bodies this pass has found since.)
                        while shortFormsFound < additions.count {
                            Self.addShortForms(of: additions[shortFormsFound].1, to: &shortForms!)
                            shortFormsFound += 1
                        }
                    }
                    // (A national body's generic name is not the short form of a body found in this pass: "the Legislative Council"
                    // after "the Provisional Legislative Council", "the Foreign Ministry" after "the Nationalist Foreign Ministry".)
                    if country == nil, let index = shortForms,
                       let known = shortFormOwner(name, kind: kind, in: index, before: (u, i), found: Lexicon.isGenericInstitution(spaced()) ? [] : additions) {
                        additions.append((Span(unit: u, first: i, last: end, entityID: known.id, rule: "\(kind.rawValue).short-form"), known))
                        if let leading { setSpans(spans.filter { $0 != leading }) }
                        i = end + 1
                        continue
                    }
                    // "the Mutual Defense Treaty" in a story about the United States and Taiwan: the one known
                    // treaty of that name between countries the article names.
                    if kind == .initiative, country == nil, let known = knownInitiative(endingWith: name) {
                        additions.append((Span(unit: u, first: i, last: end, entityID: known.id, rule: "initiative.parties-named"), known))
                        if let leading { setSpans(spans.filter { $0 != leading }) }
                        i = end + 1
                        continue
                    }
                    let id = "\(kind.rawValue)/\(Slug.make(name))"
                    var entity = local[id] ?? Entity(id: id, kind: kind, name: name)
                    entity.type = "found in text"
                    let span = Span(unit: u, first: first, last: end, entityID: id, rule: rule)
                    if let country { bodyCountries[span] = country }
                    additions.append((span, entity))
                    // The demonym or place is part of the name, not a mention of its own.
                    if let leading { setSpans(spans.filter { $0 != leading }) }
                    if !inner.isEmpty { setSpans(spans.filter { !inner.contains($0) }) }
                    i = end + 1
                    continue
                }
                i = end + 1
            }
        }
        addFound(additions)
    }
}
