/// Word lists the rules use. They describe English news writing in general,
/// never one article.
enum Lexicon {
    /// Verbs that introduce or close a direct quote.
    static let speechVerbs = TokenSet([
        "said", "says", "say", "saying", "told", "tells", "added", "adds", "noted", "notes", "stressed", "stresses",
        "warned", "warns", "argued", "argues", "explained", "explains", "wrote", "writes", "insisted", "insists",
        "urged", "urges", "asked", "asks", "replied", "replies", "announced", "announces", "declared", "declares",
        "acknowledged", "acknowledges", "emphasized", "emphasised", "emphasizes", "emphasises", "observed",
        "observes", "remarked", "commented", "comments", "continued", "continues", "concluded", "recalled",
        "recalls", "pointed", "stated", "states", "affirmed", "underlined", "underscored", "reiterated", "indicated",
        "maintained", "maintains", "claimed", "claims", "conceded", "admitted", "admits", "predicted", "cautioned",
        "suggested", "suggests", "believes", "believed", "hailed", "pledged", "vowed", "vows", "promised",
        "tweeted", "posted", "quipped", "complained", "recounted", "agreed", "countered", "responded", "answered",
        // "issued a statement insisting that ...".
        "insisting", "arguing", "declaring", "stressing", "claiming", "repeated",
        // ('Al-Ahram struck the same note, observing in an editorial that "..."': participles after a comma.)
        "observing", "writing", "noting", "explaining", "asserting",
        // "X described the document as 'a road map ...'".
        "described", "describes", "grumbled", "joked", "boasted", "lamented", "mused", "wondered", "proclaimed",
        "assured", "retorted", "sighed", "sighs", "exclaimed", "confided", "confides", "laments", "whispered", "shouted",
        // ("'...,' it read", "the statement reads": a document's words.)
        "read", "reads",
        // ("Koji Tsuruoka spoke to reporters outside the Peace Palace. '...,' he said.")
        "spoke", "speaks",
        // ('"Look around you," beamed Euro Disney president Robert Fitzpatrick': the way it was said.)
        "beamed", "enthused", "gushed", "chuckled", "laughed", "smiled", "snapped", "scoffed", "fumed",
    ]).union(proDropSpeechVerbs.words + italianPresentSpeechVerbs.words + iberianPresentSpeechVerbs.words + [
        // Spanish and Portuguese, for articles (or quotes) in those languages: "dijo Lacalle Pou", "afirmou o ministro";
        // every verb that may leave its subject unsaid, and these in the present tense.
        "afirma", "señala", "explica", "asegura", "sostiene",
        // French ("« ... », a déclaré M. Mitterrand", "indique Eurotunnel dans un communiqué"): the participle after
        // "a", and the present.
        "déclaré", "affirmé", "souligné", "indiqué", "expliqué", "ajouté", "estimé", "précisé", "assuré", "reconnu", "martelé",
        "rappelé", "insisté", "averti", "dit", "confié", "salué", "noté", "poursuivi", "conclu", "répondu", "commenté",
        "témoigné", "regretté", "annoncé", "plaidé", "dénoncé", "prévenu", "observé", "relevé", "raconté", "déploré",
        // ("« ... », a réagi Reed Brody", "a lancé Clément Abaïfouta".)
        "réagi", "lancé", "renchéri", "tranché", "réagit", "lance", "renchérit", "tranche",
        // ("M. Denktash a jugé que la déclaration « ... »": a view given in words.)
        "jugé", "considéré", "considère",
        "confiait", "expliquait", "déclarait", "disait", "ajoutait", "racontait", "déclare", "affirme", "souligne", "indique", "explique", "ajoute", "estime",
        "précise", "reconnaît", "martèle", "rappelle", "insiste", "avertit", "confie", "poursuit", "résume", "commente",
        // German ("„...“, sagte Bahr", "erklärte die EG-Kommission").
        "sagte", "sagt", "erklärte", "erklärt", "betonte", "betont", "meinte", "meint", "warnte", "warnt", "unterstrich",
        "versicherte", "kritisierte", "bekräftigte", "ergänzte", "fügte",
        // ('„...“, rief Clinton unter dem Jubel der Zuhörerinnen', "erwiderte der Minister").
        "rief", "erwiderte", "entgegnete", "erläuterte", "kommentierte", "mahnte", "klagte", "beklagte", "forderte",
        "fragte", "antwortete", "bemerkte", "versprach", "verkündete", "räumte", "sagten", "erklärten",
        // Italian ("«...», ha detto Di Maio", "dice il sindaco"): the present.
        "dice", "afferma", "spiega", "sottolinea", "aggiunge", "commenta", "osserva", "ricorda", "conclude", "scrive", "dichiara",
    ])

    /// Spanish and Portuguese speech verbs, whose subject is often left unsaid ("“...”, señaló." after "La ministra
    /// Arbeleche puso números sobre la mesa."): the one who was speaking, as "he said" would be.
    static let proDropSpeechVerbs: TokenSet = [
        "dijo", "afirmó", "señaló", "indicó", "agregó", "añadió", "explicó", "aseguró", "sostuvo", "declaró", "manifestó",
        "expresó", "precisó", "subrayó", "destacó", "enfatizó", "advirtió", "comentó", "puntualizó", "recalcó", "insistió",
        "apuntó", "reconoció", "opinó", "detalló", "respondió", "concluyó", "cuestionó",
        "resumió", "informó", "admitió", "aclaró", "remarcó", "consideró", "estimó", "lamentó", "celebró", "denunció", "alertó", "replicó",
        "anticipó", "planteó", "reiteró", "defendió", "acotó", "sentenció", "repitió", "recordó", "exclamó", "aseveró",
        "mencionó", "externó", "refirió", "agregaba", "decía", "escribió", "escribe", "escreveu",
        // ('"...", reclamó Guillier', '—advierte—', 'coincidió en que "..."'.)
        "reclamó", "criticó", "coincidió", "advierte", "reclama", "critica", "criticou", "reclamou",
        // ('"...", leyó el Primer Mandatario': a speech read out.)
        "leyó",
        // ('"...", había dicho.': the participle after the auxiliary.)
        "dicho",
        "disse", "afirmou", "declarou", "explicou", "acrescentou", "ressaltou", "destacou", "salientou", "comentou", "garantiu",
        "informou", "admitiu", "lembrou", "frisou", "reiterou", "alertou", "avaliou", "completou",
        "precisou", "sublinhou", "referiu", "assegurou", "defendeu", "adiantou", "considerou",
        // ('Fernando Nobre ... descreveu ao CM um cenário', '"...", contou ao CM um dos pilotos'.)
        "descreveu", "contou", "relatou", "sustentou", "observou", "describió", "relató", "contó",
        // Italian participles after "ha" ('"...", ha raccontato.'): the subject is as often left unsaid.
        "detto", "dichiarato", "affermato", "scritto", "aggiunto", "spiegato", "sottolineato", "precisato", "raccontato",
        "commentato", "ribadito", "osservato", "ricordato", "concluso", "evidenziato", "annunciato", "assicurato", "replicato",
        // ('«C'è un grosso pericolo», ha avvertito.', '«Conosciamo Alitalia», ha fatto sapere il manager'.)
        "avvertito", "fatto", "ammesso", "insistito", "sostenuto", "rilevato", "confermato", "denunciato", "risposto", "proseguito", "tuonato",
        // Italian past historic, the tense of magazines and of history ('«...», scrisse, «...»'). ("disse" is above.)
        "scrisse", "dichiarò", "affermò", "aggiunse", "spiegò", "rispose", "commentò", "osservò", "concluse", "ricordò", "precisò",
        "sottolineò", "ribadì", "replicò", "assicurò", "annunciò", "confidò", "raccontò", "ammise", "sostenne",
    ]

    /// Portuguese and Spanish speech verbs in the present, the tense of features and local news ('“...”, conta Marcos Antônio
    /// Pereira, dono de uma agência', '“...”, diz.'), whose subject is as often left unsaid. (Not "resume", an English word.)
    static let iberianPresentSpeechVerbs: TokenSet = [
        "diz", "conta", "afirma", "explica", "lembra", "comenta", "avalia", "ressalta", "destaca", "garante", "acrescenta", "observa",
        "relata", "admite", "reconhece", "alerta", "defende", "argumenta", "pondera", "conclui", "declara", "reclama", "critica",
        "cuenta", "agrega", "añade", "recuerda", "indica", "reconoce", "insiste", "opina", "subraya", "apunta", "señala", "asegura",
        "sostiene", "advierte", "lamenta", "concluye",
    ]

    /// Italian speech verbs in the present, whose subject is often left unsaid ('«...», dice.').
    static let italianPresentSpeechVerbs: TokenSet = [
        "dice", "afferma", "spiega", "sottolinea", "aggiunge", "commenta", "osserva", "ricorda", "conclude", "dichiara", "assicura",
        "racconta", "precisa", "ribadisce", "replica", "avverte", "insiste", "ammette",
    ]

    /// Titles that come before a person's name ("Foreign Minister Wang Yi").
    static let titles: [String] = [
        "President", "Vice President", "Vice-President", "Prime Minister", "Deputy Prime Minister", "Premier", "Vice Premier",
        "Foreign Minister", "Minister", "Deputy Minister", "Union Minister", "Second Minister", "State Councilor", "State Councillor", "State Counsellor",
        "Chancellor", "Secretary-General", "Secretary General", "Deputy Secretary-General", "Secretary of State", "Secretary",
        "Ambassador", "Envoy", "Special Envoy", "Spokesperson", "spokesperson", "spokesman", "spokeswoman", "Spokesman", "Spokeswoman",
        "Chairman", "Chairwoman", "Chair", "Chairperson", "Director", "Director-General", "Director General", "Governor",
        "Senator", "Sen", "Representative", "Rep", "Congressman", "Congresswoman", "Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Professor",
        "General", "Gen", "Lieutenant General", "Admiral", "Adm", "Colonel", "Col", "Major", "Maj", "Captain", "Capt", "Commander",
        "King", "Queen", "Prince", "Princess", "Crown Prince", "Sheikh", "Sheikha", "Emir", "Sultan", "Pope", "Cardinal", "Archbishop",
        "Pak", "Bu", "Ibu", "Bapak", "Mas", "Mbak", "Mawlawi", "Maulana", "Maulvi", "Mullah", "Haji", "Hajji", "Alhaji", "Alhaja", "Hajja", "Hajjah", "Ustad", "Qari", "Hafiz", "Pir", "Mufti", "Imam", "Makhdoom", "Makhdum",
        "Bishop", "Rev", "Reverend", "Pastor", "Academician", "Solicitor", "Mayor", "Judge", "Justice", "Commissioner", "Councilor", "Councillor", "Deputy", "CEO",
        "Chief Executive", "Chief", "Comrade", "Speaker", "Vice Chairman", "Vice Chair", "Lord", "Lady", "Sir", "Dame",
        // ("Headman Tobias Chikomba of Zaka told the meeting": a village's head.)
        "Headman", "Village Headman",
        // Offices that open with "Lord", which are no lord's name ("Mr Edward Heath, the Lord Privy Seal,").
        "Lord Privy Seal", "Lord Chancellor", "Lord President", "Lord Chamberlain", "Lord Chief Justice",
        "Foreign Secretary", "Defence Secretary", "Defense Secretary", "Treasury Secretary", "Home Secretary", "Attorney General", "Treasurer",
        // Officers of state audit, oversight and law ("said acting Comptroller Pablo Celi", "Auditor-General Terence Nombembe").
        "Comptroller", "Comptroller General", "Auditor General", "Auditor-General", "Ombudsman", "Inspector General", "Solicitor General",
        "Prosecutor General", "Procurator General",
        // Officers of the law and police ranks ("U.S. Attorney Robert Merkle", "DEA Administrator John C. Lawn", "Detective
        // Superintendent Jane Doe").
        "Attorney", "Administrator", "Detective", "Inspector", "Superintendent", "Sergeant", "Sgt", "Constable", "Sheriff",
        "Special Agent", "Chief Inspector", "Detective Inspector", "Detective Superintendent", "Detective Sergeant",
        "Assistant Commissioner", "Deputy Commissioner", "Police Commissioner",
        // Clergy ("Mother Mary MacKillop", "Blessed Peter", "Monsignor X", "Rabbi Y").
        "Mother", "Father", "Sister", "Brother", "Blessed", "Monsignor", "Msgr", "Mgr", "Rabbi", "Abbot", "Abbess", "Venerable",
        "Vice Foreign Minister", "Assistant Foreign Minister", "Trade Minister", "Finance Minister", "Defence Minister", "Defense Minister",
        "Commerce Minister", "Health Minister", "Economy Minister", "Interior Minister", "Energy Minister", "Agriculture Minister",
        "Transport Minister", "Education Minister", "Prosecutor", "Coach", "Editor", "Founder", "President-elect", "Presidente",
        // Honorifics of other languages used in English-language news.
        "Shri", "Smt", "Sri", "Datuk", "Dato", "Tan Sri", "Tun", "Datuk Patinggi", "Datuk Amar", "Dato Sri",
        // (Malay courtesy titles: "STIDC general manager Encik Sulaiman Jemat".)
        "Encik", "Puan", "Cik", "Herr", "Frau", "Monsieur", "Madame", "Maître", "Me", "Madam", "Mme", "Pandit", "Señor", "Señora",
        "Haji", "Hajji", "Ustaz", "Ayatollah", "Mullah", "Senor", "Senora", "Signor", "Signora",
        // Titles of several words: companies, courts, governments, police and armed forces.
        "Chief Executive Officer", "Chief Financial Officer", "Chief Operating Officer", "Chief Technology Officer",
        "Chief Investment Officer", "Chief Economist", "Chief Strategist", "Chief Justice", "Associate Justice",
        "Senior Associate Justice", "Presidential Spokesperson", "Presidential Spokesman", "Press Secretary",
        "Managing Director", "Executive Director", "Executive Vice President", "Senior Vice President", "Vice Chancellor",
        "Party Secretary", "Party Chief", "Chief Minister", "Governor-General", "Governor General", "Lieutenant Governor",
        "Officer", "Superintendent", "Inspector", "Sergeant", "Constable", "Magistrate", "Undersecretary", "Under Secretary",
        "Assistant Secretary", "Deputy Secretary", "Permanent Secretary", "Cabinet Secretary", "Principal Secretary",
        "Minister of State", "Consul General", "Consul-General", "Consul", "Councilman", "Councilwoman", "Assemblyman",
        // (New England towns' "Selectman Thomas J. Quinlan"; "Senate President Pro Tem John A. Rose".)
        // ("Attorney-General Tommy Thomas", "Surgeon General C. Everett Koop": the law officers and officers general of
        // Commonwealth and American governments, with or without the hyphen.)
        "Attorney-General", "Solicitor-General", "Inspector-General", "Postmaster General", "Postmaster-General", "Surgeon General",
        "Surgeon-General", "Accountant-General", "Advocate General", "Advocate-General", "Judge Advocate General", "Adjutant General",
        "Adjutant-General", "Quartermaster-General", "Quartermaster General", "Paymaster General", "Registrar-General", "Registrar General",
        "Selectman", "Selectwoman", "Alderman", "Alderwoman", "President Pro Tem", "President pro tem",
        "President Pro Tempore", "President pro tempore", "Speaker Pro Tem",
        "Assemblywoman", "Marshal", "Field Marshal", "Air Marshal", "Brigadier", "Brigadier General", "Major General",
        "Vice Admiral", "Rear Admiral", "Lieutenant", "Lt", "Sgt",
        "Majority Leader", "Leader", "Minority Leader", "Supreme Leader", "Opposition Leader", "Leader of the Opposition", "Leader of Opposition", "House Speaker",
        "Adviser", "Advisor", "Chief Adviser", "Special Adviser", "Senior Adviser",
        "Generalissimo", "Lieutenant Colonel", "Lieutenant-Colonel", "Lieutenant-General", "Major-General", "Commodore",
        "Wing Commander", "Squadron Leader", "Flight Lieutenant", "Corporal", "Lance Corporal", "Warrant Officer",
        "Sergeant Major", "Pipe Major", "Drum Major", "Staff Sergeant", "Chaplain",
        // Air force and navy ranks as Commonwealth papers abbreviate them ("Sqn Ldr Rakesh Sharma", "Wg Cdr Ravish Malhotra").
        "Sqn Ldr", "Sqn. Ldr.", "Wg Cdr", "Wg. Cdr.", "Flt Lt", "Flt. Lt.", "Gp Capt", "Gp. Capt.", "Air Cdre", "Lt Cdr", "Cdr",
        // Army ranks abbreviated without a full stop ("Cpl Lisa Manaia", "Pte Ana Wiremu", "Brig Roger Mortlock").
        "Cpl", "LCpl", "Pte", "Pvt", "Spc", "Bdr", "Gnr", "Spr", "Tpr", "Rfn", "Cfn", "Brig",
        // Abbreviations of the press: chief executive, prime and foreign minister; Comrade (southern Africa); councillor ("Cr Tout",
        // as Australian papers write it, "Coun David Skinner" as British papers did); clergy.
        "CE", "PM", "FM", "Cde", "Clr", "Cllr", "Coun", "Cr", "Fr", "Father", "Sister", "Sr", "Msgr", "Mgr", "Revd",
        // Members of parliaments ("Opposition MP Peter Kenilorea Jr", "MEP Reinhard Bütikofer").
        "MP", "MEP", "MLA", "MNA",
        // Members of parliaments and ministers styled "Honourable" ("Hon. Peter Shanel Agovaka", "the Rt Hon John Key").
        "Hon", "Honourable", "Honorable", "Rt Hon", "Right Honourable",
        // Kenyan cabinet and principal secretaries ("Trade CS Betty Maina", "Interior PS Karanja Kibicho").
        "CS", "PS", "CAS",
        // South African provincial executive and mayoral committee members ("Finance MMC Funzela Ngobeni", "Health MEC Nomafrench Mbombo").
        "MMC", "MEC",
        // A member of Israel's Knesset ("Labor MK Shelly Yachimovich"); Urdu and Bengali courtesy titles ("Janab Abul Kasem
        // Chowdhury", "Begum Nusrat Bhutto").
        "MK", "Janab", "Begum",
        // Honorifics: Zulu chiefs, pilgrims, emeriti ("Inkosi Mangosuthu Buthelezi", "Hajj Abdel-Rahman", "Archbishop Emeritus Desmond Tutu").
        "Inkosi", "Hajj", "Emeritus",
        // French "M" (Monsieur) in British papers: "M Chirac".
        "M",
        // Nobility: "Viscount Étienne Davignon", "Count Otto Lambsdorff".
        "Viscount", "Viscountess", "Count", "Countess", "Baron", "Baroness", "Earl", "Marquis", "Marquess", "Duke", "Duchess",
        "Vicomte", "Comte", "Graf",
        // Titles in other languages, kept in English text ("the former Président du Conseil", "Ato Getachew Betru", Amharic "Mr").
        // (Amharic "Mrs" is also written "W/ro", "Woizero"; a Gambian village head is the "alkalo".)
        "Président", "Presidente", "Ministre", "Ministro", "Ato", "Weizero", "W/ro", "Woizero", "Weyzero", "Alkalo", "Madaxweyne",
        // German offices before a name, in articles in German ("Bayerns Ministerpräsident Edmund Stoiber", "Bundeskanzler Schröder").
        "Ministerpräsident", "Ministerpräsidentin", "Bundeskanzler", "Bundeskanzlerin", "Kanzler", "Kanzlerin", "Bundespräsident",
        "Bundespräsidentin", "Staatspräsident", "Staatspräsidentin", "Außenminister", "Außenministerin", "Bundesminister",
        "Bundesministerin", "Ministerin", "Präsident", "Präsidentin", "Regierungschef", "Regierungschefin", "Botschafter",
        "Botschafterin", "Vorstandschef", "Vorstandschefin", "Konzernchef", "Konzernchefin",
        // ("Erster Bürgermeister Paul Nevermann", Hamburg's head of government; "Regierender Bürgermeister" in Berlin.)
        "Bürgermeister", "Bürgermeisterin", "Oberbürgermeister", "Oberbürgermeisterin", "Erster Bürgermeister", "Erste Bürgermeisterin",
        "Regierender Bürgermeister", "Regierende Bürgermeisterin", "Innensenator", "Innensenatorin", "Senatorin",
        // Spanish professional styles and the Swahili "teacher" of Nyerere ("Ing. Omar Alarcón", "Doña Rosa Quispe",
        // "Mwalimu Nyerere"); the abbreviated "His Excellency" ("H.E. Zhao Jianhua").
        "Ing", "Lic", "Doña", "Mwalimu", "H.E.", "H. E.",
        // Local offices written as titles: Thai village and subdistrict heads, Kazakh and Central Asian mayors.
        "Kamnan", "Phuyaiban", "Akim", "Hakim",
        // Professions used as titles (Zimbabwe and Nigeria: "Eng Tinashe Ndlovu", "Engr. Musa Ibrahim"), military chiefs.
        "Eng", "Engr", "Engineer", "Barrister", "Chief of Army Staff", "Chief of Defence Staff", "Chief of General Staff",
        // Malay styles and honours (Brunei, Malaysia): "Yang Berhormat Pehin Orang Kaya ... Dato Seri Setia Lim Jock Seng",
        // "Dr Hjh Rosnah", "Hj Awg Mohammad Yasmin", "Pg Anak Puteh".
        "Yang Berhormat", "Yang Amat Berhormat", "Yang Mulia", "Pehin", "Orang Kaya", "Dato Seri", "Dato Seri Setia", "Dato Paduka",
        "Datuk Seri", "Datin", "Datin Seri", "Datin Paduka", "Puan Sri", "Toh Puan", "Hj", "Hjh", "Hajah", "Awg", "Dyg", "Pg", "Pengiran",
        // Other spellings and styles: Gulf "Shaikh", Hausa "Hajiya", Akan chiefs' "Nana", Cambodian "Samdech" and "Oknha".
        "Shaikh", "Shaikha", "Sheik", "Hajiya", "Nana", "Samdech", "Oknha",
        // Hausa and South Asian styles ("Malam Isa Danladi", "Sardar Akhtar Mengal"); forms of address ("His Majesty King Abdullah").
        "Malam", "Mallam", "Sardar", "Inche", "Enche",
        // Ethiopian titles of the imperial era ("Tsehafi Taezaz Aklilu Habte-Wold", "Dejazmach Kebede Tesemma"); "His Imperial Majesty".
        "Tsehafi Taezaz", "Dejazmach", "Fitawrari", "Blatta", "Lij", "Imperial Majesty", "Majesty", "Highness", "Royal Highness", "Excellency",
        // Gulf papers' abbreviated styles: "HE Yahya bin Said", "HH Sayyid Fahd", "HRH Prince Salman".
        "HE", "HH", "HRH", "HM", "H E",
        // Burmese, Swahili and Omani styles ("U Zaw Htay", "Daw Lu Ja", "Mzee Akhwari", "Mama Rehema", "Sayyid Fahd").
        "U", "Daw", "Padoh", "Naw", "Saya", "Sayama", "Mzee", "Mama", "Sayyid", "Sayyida",
        // Setswana, Fijian and Bhutanese styles ("Rra Thapelo Sebego", "Mma Tau", "Ratu Inoke Kubuabola", "Lyonpo Ugyen Tshering").
        "Rra", "Mma", "Ratu", "Lyonpo", "Lyonchoen", "Lyonchhen", "Dasho",
        // Pacific offices and chiefly titles: Kiribati's President ("Te Beretitenti Taneti Maamau"), Tuvalu's Prime
        // Minister ("Palemia Enele Sopoaga"), Palau's paramount chiefs ("Ibedul Yutaka Gibbons", "Reklai").
        "Te Beretitenti", "Beretitenti", "Palemia", "Ibedul", "Reklai",
        // Oshiwambo and Baloch styles ("Meme Ndapewa Haikali", "Mir Naseer Ahmed Kalmati"); the Krio "Pa" of Sierra Leone's
        // elders ("Pa Santigie Kamara"; not "Ma", a Chinese family name).
        "Meme", "Mir", "Pa",
        // A territory's member of the US House ("Delegate Gregorio Kilili C. Sablan").
        "Delegate",
        // Setswana chiefs and Malawian village heads ("Kgosi Tebogo Mmusi", "Group Village Head Chimwala"); heads of
        // government and state written as titles ("Head of Government Youssef Chahed").
        "Kgosi", "Kgosikgolo", "Village Head", "Group Village Head", "Senior Chief", "Paramount Chief",
        // Indian and Pakistani honorifics ("Acharya J. B. Kripalani", "Mian Raza Rabbani").
        "Acharya", "Mian",
        // Spanish and Portuguese military ranks kept in English text ("Comandante Guevara").
        "Comandante", "Coronel", "Capitán", "Almirante",
        // Air force ranks of the Thai and other Commonwealth-style forces ("ACM Siddhi Savetsila").
        "ACM", "Air Chief Marshal", "Air Vice Marshal", "AVM",
        "Head of Government", "Head of State",
        // Abbreviations of the American press: "Gov. William G. Milliken", "Amb. X".
        "Gov", "Amb",
    ]

    /// Words of titles that are also common names, and are not taken for titles on their own ("Yang Jiechi").
    static let titleWordsAlsoNames: Set<String> = ["Yang", "Orang"]

    /// Abbreviated titles and the role each stands for ("PM Lee" is the Prime Minister of that name).
    static let titleAbbreviations: [String: String] = [
        "PM": "Prime Minister", "FM": "Foreign Minister", "CE": "Chief Executive", "Cde": "Comrade", "Clr": "Councillor", "Cllr": "Councillor", "Coun": "Councillor", "Cr": "Councillor",
    ]

    /// Words that qualify a title written before it ("Associate Justice", "Acting President").
    static let titleModifiers: TokenSet = [
        "Associate", "Presidential", "Senior", "Acting", "Interim", "Former", "Executive", "Assistant", "Principal",
        "Permanent", "Deputy", "Vice", "Joint", "Junior", "Outgoing", "Incoming", "Caretaker",
    ]

    /// Capitals and large cities: written like a two-word name ("Abu Dhabi said",
    /// "Addis Ababa hosted"), they are places (often standing for a government), never people.
    static let places: TokenSet = [
        "Capitol Hill",
        "Abu Dhabi", "Addis Ababa", "Buenos Aires", "Kuala Lumpur", "New Delhi", "Hong Kong", "Rio de Janeiro", "Sao Paulo",
        "São Paulo", "Mexico City", "Kuwait City", "Panama City", "Guatemala City", "Vatican City", "Ho Chi Minh City",
        "Phnom Penh", "Dar es Salaam", "Port Louis", "Port Moresby", "Port Vila", "Port of Spain", "Port-au-Prince",
        "San Francisco", "Los Angeles", "New York", "San Jose", "San José", "San Salvador", "San Marino", "Santo Domingo",
        "Santiago de Chile", "La Paz", "Tel Aviv", "Cape Town", "Sri Jayawardenepura Kotte", "Bandar Seri Begawan",
        "Nur-Sultan", "Ulan Bator", "Ulaanbaatar", "Naypyidaw", "Nay Pyi Taw", "Dhaka", "Islamabad", "Kabul", "Tehran",
        "Riyadh", "Doha", "Muscat", "Manama", "Amman", "Beirut", "Damascus", "Baghdad", "Ankara", "Cairo", "Tunis",
        "Algiers", "Rabat", "Tripoli", "Khartoum", "Nairobi", "Kampala", "Kigali", "Dodoma", "Lusaka", "Harare", "Pretoria",
        "Maputo", "Luanda", "Kinshasa", "Brazzaville", "Abuja", "Lagos", "Accra", "Dakar", "Bamako", "Niamey", "Ouagadougou",
        "Yamoussoukro", "Abidjan", "Monrovia", "Freetown", "Conakry", "Nouakchott", "Djibouti", "Mogadishu", "Asmara",
        "Juba", "Windhoek", "Gaborone", "Maseru", "Mbabane", "Lilongwe", "Antananarivo", "Moroni", "Victoria", "Praia",
        "Bissau", "Banjul", "Lome", "Lomé", "Cotonou", "Porto-Novo", "Malabo", "Libreville", "Yaounde", "Yaoundé", "Bangui",
        "N'Djamena", "Beijing", "Shanghai", "Shenzhen", "Guangzhou", "Tokyo", "Seoul", "Pyongyang", "Taipei", "Manila",
        "Hanoi", "Bangkok", "Vientiane", "Jakarta", "Singapore", "Canberra", "Wellington", "Suva", "Honiara", "Apia",
        "Moscow", "Kyiv", "Kiev", "Minsk", "Tbilisi", "Yerevan", "Baku", "Astana", "Tashkent", "Bishkek", "Dushanbe",
        "Ashgabat", "Brussels", "Paris", "Berlin", "London", "Rome", "Madrid", "Lisbon", "Vienna", "Warsaw", "Prague",
        "Budapest", "Athens", "Stockholm", "Oslo", "Helsinki", "Copenhagen", "Dublin", "Amsterdam", "The Hague", "Bern",
        "Geneva", "Washington", "Ottawa", "Brasilia", "Brasília", "Lima", "Bogota", "Bogotá", "Caracas", "Quito",
        "Montevideo", "Asuncion", "Asunción", "Havana", "Kingston", "Managua", "Tegucigalpa", "Karachi", "Lahore",
        "Mumbai", "Kolkata", "Chennai", "Colombo", "Kathmandu", "Thimphu", "Male", "Jeddah", "Dubai", "Istanbul",
        "Jerusalem", "Gaza City", "Ramallah", "Sanaa", "Aden", "Gwadar", "Mombasa", "Durban", "Johannesburg",
        // Places whose names hold a title ("the resort of Sharm El-Sheikh", "Ras al-Khaimah").
        "Sharm El-Sheikh", "Sharm el-Sheikh", "Sharm El Sheikh", "Sharm el Sheikh", "Sharm al-Sheikh", "Ras al-Khaimah", "Ras Al Khaimah",
        // American cities whose first word is also a given name or a title ("In Des Moines, Iowa farm leaders ...").
        "Des Moines", "Las Vegas", "Santa Fe", "San Diego", "San Antonio", "New Orleans", "Baton Rouge", "Little Rock",
        "Salt Lake City", "Kansas City", "El Paso", "Fort Worth", "Grand Rapids",
    ]

    /// Nouns of an apposition that make the name before it a person ("X, a spokeswoman for ...").
    static let roleNouns: TokenSet = [
        // ("His counterpart, Steve Sampson, had no such luck", "his successor, X,": one who holds a role another held.)
        "counterpart", "successor", "predecessor",
        // ("Oswaldo Payá, coordinador del Proyecto Varela", "el poeta y periodista Raúl Rivero": trades and callings of the
        // people in the news, in Spanish, Portuguese, French and Italian.)
        "coordinador", "coordinadora", "periodista", "poeta", "escritor", "escritora", "abogado", "abogada", "activista", "disidente",
        "opositor", "opositora", "dirigente", "sindicalista", "sacerdote", "médico", "médica", "fundador", "fundadora",
        "jornalista", "advogado", "advogada", "ativista", "escritora", "coordenador", "coordenadora", "fundador", "dirigente",
        "journaliste", "écrivain", "écrivaine", "militant", "militante", "opposant", "opposante", "fondateur", "fondatrice",
        "giornalista", "scrittore", "scrittrice", "attivista", "fondatore", "fondatrice", "dissidente", "medico",
        // Spanish and Portuguese: "Carmen Quispe Salas, investigadora de la Universidad del Pacífico".
        "investigador", "investigadora", "directora", "ministra", "ministro", "presidenta", "presidente", "gerente", "economista",
        "analista", "profesor", "profesora", "secretario", "secretaria", "embajador", "embajadora", "vocero", "vocera", "portavoz",
        "diputado", "diputada", "senador", "senadora", "alcalde", "alcaldesa", "intendente", "empresario", "empresaria", "experto",
        "experta", "académico", "académica", "jefe", "jefa", "viceministro", "viceministra", "subsecretario", "subsecretaria",
        "pesquisador", "pesquisadora", "diretor", "diretora", "ministra", "especialista", "consultor", "consultora", "productor", "productora",
        // Italian: "Matteo Salvini, segretario della Lega,", "Marco Marrone, armatore del Medinea,".
        "sindaco", "segretario", "portavoce", "ambasciatore", "ambasciatrice", "direttore", "direttrice", "comandante", "armatore",
        "deputato", "deputata", "senatore", "senatrice", "sottosegretario", "governatore", "avvocato", "imprenditore", "imprenditrice",
        // German: "der Sprecher der Fraktion, Albert Schmidt" (nouns are capitalised; a role is found by its lower-case form).
        "sprecher", "sprecherin", "vorsitzende", "vorsitzender", "präsident", "präsidentin", "ministerin", "botschafter", "botschafterin",
        "direktor", "direktorin", "leiter", "leiterin", "chefin", "abgeordnete", "abgeordneter", "bürgermeister", "bürgermeisterin",
        "generalsekretär", "generalsekretärin", "geschäftsführer", "geschäftsführerin", "staatssekretär", "staatssekretärin", "kanzlerin",
        "vorstandschef", "vorstandschefin", "regierungssprecher", "regierungssprecherin", "gouverneur", "gouverneurin",
        // French: "Reza Goolam-Hossen, député of the Mouvement militant mauricien (MMM)".
        "député", "députée", "ministre", "porte-parole", "directeur", "directrice", "sénateur", "sénatrice", "maire", "conseiller", "conseillère",
        "pasteur", "pasteure", "rabbin", "abbé", "prêtre", "évêque", "archevêque",
        "spokesman", "spokeswoman", "spokesperson", "minister", "canciller", "professor", "analyst", "researcher", "director",
        "chairman", "chairwoman", "president", "ambassador", "official", "economist", "expert", "fellow", "lecturer",
        "secretary", "head", "chief", "adviser", "advisor", "envoy", "diplomat", "scholar", "editor", "correspondent",
        "executive", "founder", "leader", "governor", "senator", "lawmaker", "member", "deputy", "commander", "mayor",
        "dean", "manager", "representative", "consultant", "coordinator", "strategist", "historian", "journalist",
        "economist", "engineer", "farmer", "student", "teacher", "doctor", "resident", "worker", "owner", "trader",
        "entrepreneur", "activist", "author", "partner", "vice", "former", "senior", "retired", "veteran", "spokes",
        "chairperson", "ceo", "premier", "chancellor", "general", "colonel", "officer", "investor", "banker", "lawyer",
        "researcher", "associate", "assistant", "counsellor", "counselor", "attaché", "commissioner", "negotiator",
        "legislator", "magnate", "tycoon", "businessman", "businesswoman", "vendor", "driver", "shopkeeper", "nurse",
        "soldier", "pilot", "conductor", "fisherman", "villager", "mother", "father", "son", "daughter", "widow",
        "pensioner", "graduate", "candidate", "politician", "campaigner", "organiser", "organizer", "writer",
        "novelist", "poet", "artist", "singer", "actor", "actress", "athlete", "player", "coach", "priest", "monk",
        "nun", "sister", "missionary", "bishop", "archbishop", "pastor", "preacher", "cleric", "friar", "abbot",
        "imam", "rabbi", "judge", "prosecutor", "attorney", "surgeon", "physician", "epidemiologist", "scientist", "curator",
        "professor", "economist", "strategist", "columnist", "blogger", "host", "presenter", "analyst", "broker",
        "banker", "accountant", "architect", "owner", "operator", "chief", "governor", "envoy", "councillor", "councilor", "councilman", "councilwoman", "alderman",
        "mayor", "ruler", "monarch", "king", "queen", "prince", "princess", "heir", "chancellor", "premier",
        "mep", "mp", "parliamentarian", "congressman", "congresswoman", "senator", "minister", "deputy",
        "specialist", "watcher", "commentator", "sinologist", "sociologist", "demographer", "anthropologist",
        "master", "stationmaster", "headmaster", "headteacher", "principal", "clerk", "guard", "porter", "docker",
        "mechanic", "technician", "labourer", "laborer", "cook", "chef", "waiter", "tailor", "carpenter", "electrician",
        "welder", "foreman", "supervisor", "inspector", "auditor", "planner", "surveyor", "agent", "dealer", "merchant",
        "landlord", "tenant", "herder", "rancher", "grower", "sailor", "captain", "seaman", "boatman", "guide",
        "interpreter", "translator", "photographer", "filmmaker", "tutor", "pharmacist", "midwife", "paramedic",
        "volunteer", "elder", "pastor", "bishop", "cleric", "sheikh", "mediator", "administrator", "superintendent",
        "warden", "ranger", "bureaucrat", "cadre", "registrar", "treasurer", "trustee", "hawker", "stallholder",
        "shopowner", "housewife", "homemaker", "chairman", "lecturer", "programmer", "designer", "consultant",
        "publisher", "bookseller", "dissident", "editor-in-chief", "filmmaker", "playwright", "composer", "economist",
        // Sport and science: "Yuri Sedykh, the Olympic hammer-throw champion of Montreal and Moscow,", "X, the first Indian cosmonaut,".
        "champion", "medallist", "medalist", "swimmer", "runner", "sprinter", "cyclist", "boxer", "wrestler", "gymnast", "skater",
        "skier", "footballer", "cricketer", "fencer", "goalkeeper", "striker", "jockey", "astronaut", "cosmonaut", "physicist",
        "astronomer", "chemist", "biologist", "mathematician",
    ]

    /// "the Biden administration", "the Reagan Administration": a leader's government.
    static let leaderGovernmentWords: TokenSet = ["administration", "government", "presidency", "cabinet"]

    /// Last words of the names of events and periods: "the Cultural Revolution", "the Boxer Uprising".
    /// Abstract nouns that end the names of parties and movements, never a person's: "Movement for
    /// Multi-Party Democracy", "Front for National Salvation".
    static let causeWords: TokenSet = [
        "Democracy", "Freedom", "Liberation", "Justice", "Development", "Progress", "Socialism", "Unity", "Reconstruction",
        "Independence", "Solidarity", "Change", "Renewal", "Salvation", "Equality", "Prosperity", "Sovereignty", "Reform",
    ]

    static let eventWords: TokenSet = [
        "Revolution", "War", "Incident", "Uprising", "Rebellion", "Massacre", "Crisis", "Movement", "Campaign",
        "Forward", "Era", "Dynasty", "Affair", "Protests", "Riots", "Famine", "Spring", "Reforms",
        // ... and of works: "the Budhi Gandaki Hydroelectric Project".
        "Project", "Projects", "Scheme",
        // ... and of sport: "the 2024 Olympic Games", "the World Table Tennis Championships".
        "Games", "Olympics", "Paralympics", "Championships", "Championship", "Tournament", "Tennis", "Football", "Athletics",
    ]

    /// Words that describe a company or body: "the planemaker Embraer", "Vale, the miner".
    static let organizationDescriptors: TokenSet = [
        "company", "firm", "lender", "bank", "group", "carrier", "airline", "planemaker", "carmaker", "automaker",
        "miner", "producer", "manufacturer", "maker", "insurer", "retailer", "conglomerate", "developer",
        "contractor", "shipper", "supplier", "exporter", "importer", "broadcaster", "newspaper", "publisher",
        "startup", "start-up", "platform", "utility", "refiner", "builder", "consortium", "chipmaker", "giant",
        "operator", "agency", "charity", "regulator", "exchange", "brokerage", "bourse", "shipbuilder", "steelmaker",
        "subsidiary", "affiliate", "corporation", "daily", "magazine", "weekly", "tabloid", "outlet", "tank", "thinktank",
        "organisation", "organization", "body", "institution", "association", "coalition", "watchdog", "foundation",
        "institute", "federation", "cooperative", "co-operative", "lobby", "nonprofit", "non-profit", "house",
    ]

    /// Nouns for people the text does not name ("a conductor said").
    static let unnamedPersonNouns: TokenSet = [
        "man", "woman", "boy", "girl", "resident", "conductor", "passenger", "vendor", "driver", "official",
        "diplomat", "teacher", "farmer", "student", "worker", "doctor", "nurse", "soldier", "officer", "shopkeeper",
        "trader", "villager", "witness", "source", "spokesman", "spokeswoman", "spokesperson", "guard", "pilot",
        // ("Another Kazakh user summed up the mood on Twitter:".)
        "user", "commenter", "blogger", "netizen",
        "fisherman", "mother", "father", "customer", "analyst", "protester", "voter", "tourist", "visitor",
        "person", "insider", "executive", "banker", "negotiator", "lawmaker", "participant", "observer",
        "member", "staffer", "employee", "aide", "adviser", "advisor", "academic", "economist", "researcher", "expert",
        "engineer", "manager", "lawyer", "activist", "colleague", "neighbour", "neighbor",
        "owner", "operator", "consultant", "businessman", "businesswoman", "entrepreneur", "labourer", "laborer",
        "skipper", "crewman", "sailor", "seaman", "deckhand", "docker", "dockworker", "miner", "pensioner", "mechanic",
        "roustabout", "roughneck", "welder", "electrician", "plumber", "technician", "foreman", "builder",
        "housewife", "shopper", "commuter", "motorist", "fan", "spectator", "onlooker", "bystander", "survivor", "refugee",
        "patient", "parent", "pupil", "clerk", "cleaner", "waiter", "waitress", "cook", "butcher", "baker",
        "veteran", "elder", "headman", "settler", "policeman", "policewoman", "fireman", "firefighter", "rancher", "herder", "herdsman", "peasant",
        "cultivator", "evacuee", "migrant", "asylum-seeker", "widow", "widower", "grandmother", "grandfather", "volunteer", "priest",
        "nun", "missionary", "chief", "teenager", "youth", "pastoralist", "smallholder", "tenant", "squatter",
        "parishioner", "worshipper", "churchgoer", "pilgrim", "monk", "corporal", "sergeant", "pharmacist", "midwife", "paramedic",
        "dad", "mum", "mom", "gran", "granny", "grandad", "grandma", "grandpa", "housekeeper", "maid", "shepherd", "hotelier",
        "porter", "stallholder", "hawker", "lecturer", "undergraduate", "schoolgirl", "schoolboy", "trucker",
        // ("A refuse collector in the 13th arrondissement ... summed up the mood.")
        "collector", "striker", "picket", "steelworker", "carpenter", "tailor", "seamstress", "janitor", "cashier", "cabbie",
        "unionist", "retiree", "demonstrator", "marcher", "rescuer", "fitter", "machinist", "rigger", "driller", "stevedore",
        "longshoreman", "wharfie", "boilermaker", "bricklayer", "mason", "stoker",
        // ("A lady of the festival committee was more practical."; the trades of travel.)
        "lady", "gentleman", "holidaymaker", "vacationer", "traveller", "traveler", "backpacker", "guide",
        "receptionist", "concierge", "barman", "bartender", "croupier", "steward", "stewardess", "hostess",
        // ("A motorman at the 207th Street shops ... put it more plainly.")
        "motorman", "patrolman", "postman", "milkman", "boatman", "ferryman", "doorman", "watchman", "lineman", "signalman",
        "brakeman", "switchman", "trainman", "serviceman", "servicewoman", "tradesman", "salesman", "saleswoman", "workman",
        "conscript", "recruit", "guardsman", "infantryman", "rifleman",
    ]

    /// Trades that make someone unnamed only as a sentence's subject ("A Murang'a avocado exporter who sought
    /// anonymity", "A winemaker from Kakheti"): after "a" elsewhere they are what someone is or acts as ("acting
    /// as a broker for Beijing", "a major investor").
    static let unnamedTradeNouns: TokenSet = [
        "winemaker", "exporter", "importer", "grower", "merchant", "retailer", "seller", "miner", "investor", "buyer",
        "dealer", "broker", "artisan", "craftsman", "herder", "rancher", "planter", "agent", "recruiter", "smuggler",
    ]

    /// Capitalised words that never start or make up a name.
    static let notNames: TokenSet = [
        // ("Co Cork", "Co. Kerry": Ireland's counties.)
        "Co",
        // (A first word in capitals, as some papers open a story: "THE Marianas Visitors Authority ...".)
        "THE",
        // (German and French articles, for stories in those languages: "Die EG-Kommission erklärte". Not "Das", a family name.)
        "Die", "Der", "Les",
        // (German indefinite articles: "Ein Meteorologe sagte".)
        "Ein", "Eine", "Einer", "Einen", "Einem",
        // ("A parishioner at Sacred Heart said": a church's or a school's name.)
        "Sacred", "Holy",
        "The", "A", "An", "This", "That", "These", "Those", "He", "She", "It", "We", "They", "I", "You", "His", "Her",
        "Their", "Our", "Its", "My", "Your", "In", "On", "At", "For", "But", "And", "Or", "If", "When", "While", "As",
        "After", "Before", "Since", "Despite", "Although", "Though", "Meanwhile", "However", "Moreover", "Also", "Yet",
        "So", "Then", "There", "Here", "What", "Why", "How", "Who", "Whom", "Which", "Where", "With", "Without", "From",
        "To", "Of", "By", "About", "Under", "Over", "Between", "Among", "During", "Through", "Against", "Into", "Not",
        "No", "Yes", "All", "Some", "Many", "Most", "More", "Such", "Both", "Each", "Every", "Other", "Another", "One",
        "Neither", "Either", "Nor",
        "Two", "Three", "First", "Second", "Last", "Next", "New", "Old", "Monday", "Tuesday", "Wednesday", "Thursday",
        "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
        "Oct", "Nov", "Dec", "Q", "READ", "MORE", "ALSO", "Photo", "Reporting", "Editing", "According", "Asked",
        "Speaking", "Addressing", "Noting", "Calling", "Citing", "Describing", "Like", "Unlike", "Beyond", "Within",
        "Upon", "Until", "Unless", "Because", "Once", "Now", "Today", "Tomorrow", "Yesterday", "Last", "Earlier",
        "Later", "Still", "Even", "Only", "Just", "Instead", "Indeed", "Overall", "Together", "Thus", "Hence",
        "Nevertheless", "Nonetheless", "Furthermore", "Additionally", "Following", "Throughout", "Guided", "Hailed",
        // Prepositions opening a sentence ("Across Oahu, people watched").
        "Across", "Along", "Amid", "Amidst", "Towards", "Toward", "Around", "Near", "Behind", "Beneath", "Underneath", "Alongside",
        "Being", "Having", "Whether", "Whenever", "Wherever", "Whatever", "Whoever", "Whichever", "Let", "Please", "Thank", "Thanks", "Dear", "Mr", "Mrs", "Ms", "Dr", "Sir",
        "Madam", "President", "Minister", "Premier", "Chancellor", "Secretary", "State", "Foreign", "Prime", "Vice",
        // ("The State Liberal Leader, Mr Max Bingham": an office, not a name.)
        "Leader",
        // ("Aly Maher Pasha", "Mohamed Neguib Bey": Ottoman and Egyptian honorifics after the name are no part of it.)
        "Pasha", "Bey", "Effendi",
        // (Portuguese "in" opening a sentence: "Em Lisboa, o ministro ...". Not Spanish "En", a word of "Chou En-lai".)
        "Em",
        "Ministry", "Department", "Government", "Party", "Committee", "Council", "Commission", "Office", "Bureau",
        "Agency", "Bank", "Fund", "Union", "Forum", "Summit", "Initiative", "Plan", "Agreement", "Treaty", "Road",
        "Belt", "Silk", "Express", "Railway", "University", "Institute", "Center", "Centre", "Association", "Group",
        "Company", "Corporation", "News", "Daily", "Times", "Post", "Press", "Review", "Journal", "Television",
        "Radio", "COVID", "Covid", "Coronavirus", "God", "Allah", "Christmas", "Easter", "Ramadan", "Eid", "Year",
        "Day", "Week", "Month", "Chinese", "American", "European", "African", "Asian", "Western", "Eastern", "Northern",
        "Southern", "Central", "North", "South", "East", "West", "Great", "Hall", "People", "Republic", "Kingdom",
        "Nations", "United", "General", "Assembly", "Security", "Cold", "War", "World", "Global", "International",
        "National", "Regional", "Economic", "Trade", "Free", "Area", "Zone", "Sea", "Ocean", "River", "Mountain",
        "Island", "Islands", "Street", "Square", "Avenue", "Airport", "Port", "Station", "City", "County", "Province",
        "Region", "Capital", "Twenty", "Thirty", "Forty", "Fifty", "Hundred", "Thousand", "Million", "Billion",
        // Spanish and Portuguese words that open sentences: "Para Carmen Quispe Salas, ...".
        "Para", "Según", "Desde", "Sobre", "Entre", "Hacia", "Durante", "Mientras", "Pero", "Aunque", "Cuando", "Donde",
        "Porque", "Además", "También", "Estos", "Estas", "Nuestro", "Nuestra", "Nosotros", "Ellos", "Pelo", "Pela", "Ainda",
        // The national adjective of the Romance languages, and a palace ("en Palacio Nacional", "au Palais Bourbon").
        // (Not "Palacio" nor "Palazzo", family names too: Ana Palacio.)
        "Palais", "Nacional", "Nazionale",
    ]

    /// Lower-case words that may sit inside a name ("Mohammed bin Salman", "Ursula von der Leyen").
    static let nameParticles: TokenSet = ["bin", "bint", "al", "el", "de", "da", "do", "dos", "das", "van", "von", "der", "den", "la", "le", "di", "du", "del", "della", "las", "los", "ibn", "abu", "ben", "y", "e", "St", "Jr", "Sr"]

    /// Family names written first (Chinese, Korean, Vietnamese): "Wang Yi" is Mr Wang.
    static let familyNameFirst: TokenSet = [
        "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu",
        "Guo", "He", "Gao", "Lin", "Luo", "Zheng", "Liang", "Xie", "Song", "Tang", "Han", "Feng", "Deng", "Cao", "Peng",
        "Zeng", "Xiao", "Tian", "Dong", "Pan", "Yuan", "Cai", "Jiang", "Yu", "Du", "Ye", "Cheng", "Wei", "Su", "Lu",
        "Ding", "Ren", "Shen", "Yao", "Jin", "Fu", "Zhong", "Cui", "Tan", "Lyu", "Fan", "Fang", "Shi", "Qin", "Xi",
        "Kong", "Bai", "Mao", "Qiu", "Hou", "Meng", "Qian", "Yan", "Xue", "Lei", "Mo", "Kang", "Jia", "Qi", "Le", "Geng",
        "Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh", "Seo", "Shin", "Kwon",
        "Hwang", "Ahn", "Song", "Ryu", "Hong", "Moon", "Yang", "Baek", "Nam", "Nguyen", "Tran", "Le", "Pham", "Hoang",
        "Phan", "Vu", "Vo", "Dang", "Bui", "Do", "Ho", "Ngo", "Duong", "Ly", "Trinh", "Dinh", "Lam", "To",
    ]

    /// Trades and walks of life written before a name in lower case: "shoe seller Roberto Antonio Chicas",
    /// "rice farmer Li Wei", "taxi driver X". (Kept apart from the professions: "traders at Merkato" is no workplace.)
    static let walksOfLife: TokenSet = [
        "farmer", "trader", "seller", "vendor", "shopkeeper", "merchant", "retailer", "importer", "exporter", "grower",
        "fisherman", "driver", "student", "teacher", "doctor", "nurse", "resident", "owner", "worker", "miner",
        // ("Boner Mohammad Hussain Jafari", "refugee Amina Yusuf", "shearer Tom Ryan".)
        "boner", "slaughterman", "meatworker", "labourer", "laborer", "shearer", "welder", "mechanic", "builder",
        "carpenter", "plumber", "electrician", "refugee", "migrant", "pensioner", "housewife",
    ]

    /// Professions written before a name like a title: "economist María Fernanda Paredes".
    static let professionNouns: TokenSet = [
        "economist", "analyst", "researcher", "professor", "scholar", "expert", "strategist", "historian", "journalist",
        "lawyer", "lawmaker", "legislator", "diplomat", "activist", "consultant", "banker", "investor", "entrepreneur",
        "engineer", "author", "writer", "commentator", "correspondent", "columnist", "negotiator", "adviser", "advisor",
        "lecturer", "sociologist", "political scientist", "epidemiologist", "scientist", "campaigner", "politician",
        "businessman", "businesswoman", "tycoon", "billionaire", "industrialist", "demographer", "geographer", "economists",
        // French, Spanish, Italian and Portuguese: "confiait un diplomate d'un pays de l'ANASE".
        "diplomate", "diplomático", "diplomática", "diplomatico", "diplomatica", "diplomata", "fonctionnaire", "funcionario", "funcionaria",
        "funzionario", "funcionário", "observateur", "observador", "osservatore",
        // Offices and ranks written before a name in lower case: "Democratic Party leader Tony Leon", "ANC national
        // executive member Pallo Jordan", "club captain X", "Zambia striker Kalusha Bwalya".
        "leader", "member", "chairman", "chairwoman", "founder", "director", "chief", "veteran", "coach", "captain",
        "striker", "midfielder", "goalkeeper", "defender", "mayor", "deputy",
        // Heads of bodies written in lower case before a name: "Canal administrator Jorge Luis Quijano", "project manager X",
        // "Rosneft, whose head Igor Sechin".
        "administrator", "manager", "superintendent", "commissioner", "ombudsman", "registrar", "treasurer", "head", "boss",
        // Sport and the arts: "athletics legend Kipchoge Keino", "steeplechase world champion Dorcus Inzikuru".
        "legend", "champion", "athlete", "runner", "sprinter", "boxer", "cyclist", "swimmer", "footballer", "cricketer",
        "singer", "actor", "actress", "artist", "musician", "novelist", "poet", "filmmaker", "director-general",
        "painter", "sculptor", "composer", "playwright", "dramatist", "photographer", "cartoonist", "pianist", "violinist",
        "essayist", "biographer", "dissident", "editor", "publisher",
        // ("Teammate Willie Stargell, who had played beside Clemente".)
        "teammate", "team-mate", "colleague", "compatriot",
        // Coaches and captains in the other languages: "il commissario tecnico Enzo Bearzot", "el técnico Carlos Bilardo".
        "tecnico", "técnico", "allenatore", "entrenador", "entrenadora", "seleccionador", "treinador", "treinadora", "capitano", "capitán", "capitão",
        // Spanish and Portuguese offices, in lower case before a name: "el canciller Omar Paganini".
        "presidente", "presidenta", "canciller", "chanceler", "ministro", "ministra", "viceministro", "viceministra", "embajador",
        "embajadora", "embaixador", "gerente", "directora", "diretor", "secretario", "secretaria", "vicepresidente",
        "vicepresidenta", "diputado", "diputada", "senador", "senadora", "alcalde", "alcaldesa", "intendente", "gobernador",
        "gobernadora", "portavoz", "vocero", "vocera", "mandatario", "mandataria", "economista", "analista", "empresario",
        "empresaria", "presidente-executivo", "asambleísta", "asambleista", "congresista", "legislador", "legisladora", "concejal",
        "deputado", "deputada", "vereador", "vereadora", "governador", "governadora", "prefeito", "prefeita",
        // Clergy and police ranks, in lower case before a name: "o bispo de Santo André, dom Cláudio Hummes", "delegado Romeu Tuma",
        // "el obispo Samuel Ruiz".
        "dom", "frei", "padre", "bispo", "arcebispo", "cardeal", "delegado", "delegada", "obispo", "arzobispo", "cardenal", "monseñor",
        // ("le pasteur Jean-Arnold de Clermont", "le rabbin Samuel Sirat", "l'abbé Pierre", "el pastor Luis Palau", "il rabbino Elio Toaff".)
        "pasteur", "pasteure", "rabbin", "abbé", "évêque", "archevêque", "recteur", "chanoine", "aumônier", "pastor", "pastora",
        "rabino", "sacerdote", "reverendo", "pastore", "rabbino", "vescovo", "arcivescovo", "cardinale",
        // Italian: "ha detto il sindaco Salvatore Quinci", "Marco Marrone, armatore del Medinea,".
        "sindaco", "segretario", "segretaria", "portavoce", "ambasciatore", "ambasciatrice", "direttore", "direttrice",
        "comandante", "armatore", "deputato", "deputata", "senatore", "senatrice", "sottosegretario", "governatore",
        "consigliere", "procuratore", "magistrato", "avvocato", "imprenditore", "imprenditrice",
        // ("el poeta y periodista Raúl Rivero", "o jornalista Vladimir Herzog", "le journaliste Florence Aubenas".)
        "periodista", "poeta", "escritor", "escritora", "abogado", "abogada", "activista", "disidente", "opositor", "opositora",
        "dirigente", "sindicalista", "jornalista", "advogado", "advogada", "ativista", "journaliste", "écrivain", "écrivaine",
        "opposant", "opposante", "militant", "militante", "giornalista", "scrittore", "scrittrice", "attivista", "dissidente",
        "coordinador", "coordinadora", "jefe", "jefa",
        // ("L'assessore regionale alla Sanità, Vittorio Rivolta", "il dottor Giuseppe Reggiani", "il prefetto Mario Rossi".)
        "assessore", "assessora", "dottor", "prefetto", "questore", "presidente", "ministro", "vicesindaco",
        // French: "le ministre de la Santé, Seydou Bouda,", "a déclaré le directeur Marc LaForce".
        "ministre", "président", "présidente", "directeur", "directrice", "ambassadeur", "ambassadrice", "secrétaire",
        "député", "députée", "sénateur", "sénatrice", "maire", "gouverneur", "préfet", "conseiller", "conseillère",
        "représentant", "représentante", "coordonnateur", "coordinateur", "coordinatrice", "commissaire", "délégué", "déléguée",
        // ("a conclu le juge Kam", "a plaidé l'avocate Jacqueline Moudeïna".)
        "juge", "avocat", "avocate", "procureur", "procureure", "magistrat", "magistrate",
        // Military and academic ranks and styles in lower case before a name: "declaró el contralmirante William S. Guest",
        // "el profesor José María Otero Navascués", "o coronel Carlos Brilhante Ustra", "le général Jacques Massu".
        "contralmirante", "vicealmirante", "almirante", "coronel", "teniente", "capitán", "capitão", "tenente", "sargento",
        "profesor", "profesora", "professora", "doctor", "doctora", "doutor", "doutora", "ingeniero", "ingeniera", "engenheiro",
        "licenciado", "licenciada", "señor", "señora", "senhor", "senhora",
        "amiral", "général", "colonel", "capitaine", "professeur", "docteur",
        "ammiraglio", "generale", "colonnello", "capitano", "professore", "professoressa", "dottore", "dottoressa", "ingegnere",
    ]

    /// Words that open the name of a document: "Declaration on ...", "Treaty of ...".
    static let documentHeads: TokenSet = [
        "Declaration", "Convention", "Treaty", "Agreement", "Protocol", "Charter", "Communiqué", "Communique", "Resolution",
        "Accord", "Memorandum", "Statement", "Plan", "Programme", "Program", "Framework", "Initiative", "Strategy", "Vision", "Conference",
    ]

    /// Every word of every title ("Prime", "Minister", ...), as written and in lower case.
    // ("the" of "Leader of the Opposition" is no title's word: "in the Black Sea port" names no Mr Black.)
    static let titleWords = TokenSet(titles.flatMap { $0.split(separator: " ").map(String.init) }.filter { !titleWordsAlsoNames.contains($0) && $0 != "the" })
    static let titleWordsLowercased = TokenSet(titles.flatMap { $0.lowercased().split(separator: " ").map(String.init) }.filter { !titleWordsAlsoNames.contains($0.capitalized) && $0 != "the" })

    /// The days of the week in English ("on Friday night" is a phrase of time).
    static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let weekdays = TokenSet(weekdayNames)
    /// Days and months: "the Foreign Ministry on Saturday" ends before them.
    static let calendarWords = TokenSet(weekdayNames + [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ])

    /// Nouns after a country's adjective that make it a language, not the country
    /// ("the Portuguese acronym", "a French translation").
    static let languageNouns: TokenSet = [
        "acronym", "abbreviation", "name", "names", "word", "words", "translation", "translations", "language", "speakers",
        "speaker", "speaking", "version", "edition", "text", "original", "spelling", "term", "phrase", "dub", "subtitles",
    ]

    /// The American states.
    static let usStateList = [
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Georgia",
        "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts",
        "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey",
        "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island",
        "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington", "West Virginia",
        "Wisconsin", "Wyoming",
    ]

    /// American states and their abbreviations, as in "(R-Texas)", "D-Calif.".
    static let usStateNames = Set(usStateList + [
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La",
        "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wash",
        "Wis", "Wyo", "N.Y", "N.J", "N.C", "S.C",
    ])

    /// US states, to tell Georgia the state from Georgia the country: the one-word names (Georgia itself
    /// aside), words of the others, and cities of Georgia.
    static let usStates = TokenSet(
        usStateList.filter { !$0.containsBytes(" ") && $0 != "Georgia" } + ["Carolina", "Carolinas", "Dakota", "Atlanta", "Savannah"])

    /// Words of the Caucasus that make "Georgia" the country in an article that also names a US state.
    static let caucasusWords: TokenSet = ["Tbilisi", "Abkhazia", "Ossetia", "Caucasus", "Caucasian", "Saakashvili", "Shevardnadze", "Georgians"]

    /// Words that make a name a natural feature's ("Second Thomas Shoal").
    static let featureWords: TokenSet = [
        "Shoal", "Reef", "Island", "Islands", "Falls", "Hills", "Gorge", "Strait", "Sea", "Bay", "River", "Lake", "Mountain", "Mountains", "Valley",
        "Peninsula", "Cape", "Gulf", "Desert", "Plateau", "Canal", "Atoll", "Cay", "Bank", "Shoals", "Reefs", "Basin",
    ]

    /// Words that end the names of built places and never a person's ("Makola Market", "Statue Square").
    static let builtPlaceWords: TokenSet = [
        "Market", "Square", "Street", "Avenue", "Road", "Boulevard", "Bridge", "Stadium", "Airport", "Station", "Harbour",
        "Harbor", "Palace", "Mosque", "Cathedral", "Highway", "Expressway", "Dam", "Hotel", "Museum", "Library", "Hospital",
        "Building", "Arena", "Mausoleum", "Pagoda", "Monastery", "Barracks", "Terminal", "Wharf", "Pier",
        "Causeway", "Tunnel", "Corniche",
        // ("the Soviet Embassy in Kensington Palace Gardens")
        "Gardens", "Crescent", "Terrace",
        // Tok Pisin "haus" ("Sir Manasupe Haus", the Prime Minister's office in Port Moresby).
        "Haus",
        // Places within a country: "Tan Binh District", "Hebei Province".
        "District", "Province", "County", "Ward", "Commune", "Township", "Municipality", "Prefecture", "Governorate", "Region",
    ]

    /// Centres that are venues, not bodies ("Sandton Convention Centre").
    static let venueQualifiers: TokenSet = ["Convention", "Conference", "Exhibition", "Congress", "Trade", "Shopping", "Sports", "Cultural", "Events", "Expo", "Diplomatic", "Community", "Civic", "Aquatic", "Medical"]

    /// Words for a ship before its name ("the coast guard ship Sir Wilfred Grenfell", "the carrier USS Ronald Reagan"):
    /// a person's name after them is the ship's.
    static let vesselWords: TokenSet = [
        "ship", "vessel", "trawler", "frigate", "destroyer", "cutter", "tanker", "freighter", "carrier", "submarine", "ferry",
        "liner", "cruiser", "corvette", "icebreaker", "warship", "gunboat", "yacht", "steamer", "steamship", "dredger", "tug",
        "schooner", "flagship", "trawlers", "ships", "vessels", "frigates", "destroyers", "seiner", "longliner", "dhow", "barge",
        // Italian, Spanish and French: "i motopesca Antartide e Medinea", "el pesquero Estai".
        "motopesca", "peschereccio", "pescherecci", "nave", "motonave", "pesquero", "buque", "barco", "navire", "chalutier",
        // Prefixes of ships' names.
        "HMS", "USS", "HMCS", "HMAS", "HMNZS", "INS", "BRP", "MV", "RV", "RRS", "USNS", "USCGC", "KRI", "CCGS", "PNS", "NNS", "ROKS", "SAS", "FGS",
    ]

    /// Words that make a person's name part of a place's or body's name.
    static let venueWords: TokenSet = [
        "Stadium", "Airport", "Bridge", "Street", "Avenue", "Road", "Square", "Park", "Hospital", "School", "Prize", "Award",
        "Library", "Museum", "Hall", "Centre", "Center", "Building", "Dam", "Station", "Boulevard", "University", "College",
        "Foundation", "Institute", "Memorial", "Mausoleum", "Highway", "Expressway", "Harbour", "Port", "Arena", "Lecture", "Market",
        "Scholarship", "Fellowship", "Doctrine", "Plan", "Corridor", "Hotel", "Complex", "Village", "Estate", "Trophy", "Cup",
        // Waters and lands named after people ("Prince William Sound", "Nelson Mandela Bay", "Victoria Falls", "Cook Strait").
        "Sound", "Bay", "Strait", "Straits", "Island", "Islands", "River", "Falls", "Basin", "Glacier", "Peninsula", "Valley",
        "County", "Canal", "Reef",
    ]

    /// Vietnamese family names: the press refers to these people by the given name, written last.
    static let vietnameseSurnames: TokenSet = [
        "Nguyen", "Tran", "Le", "Pham", "Hoang", "Huynh", "Phan", "Vu", "Vo", "Dang", "Bui", "Do", "Ho", "Ngo", "Duong", "Ly",
        "Trinh", "Dinh", "Truong", "Mai", "Ta", "Doan",
    ]

    /// Surnames that are also everyday English words: resolved only in the middle
    /// of a sentence ("Mr He said"), never at its start ("He said").
    static let wordSurnames: TokenSet = ["He", "May", "Will", "Long", "Don", "Ban", "Son", "Moon", "Hope", "Young", "Little", "Rich", "Sun", "Ma", "Wing", "Chance", "Hall", "Page", "Cook", "Bush"]

    /// Given names that say a person's gender (the gazetteer's givennames.yaml: "male:" or "female:", then a
    /// "  - Name" line each).
    static let givenNameGenders: [String: Entity.Gender] = {
        guard let text = EmbeddedGazetteer.files["givennames.yaml"] else { return [:] }
        var out: [String: Entity.Gender] = [:]
        var current: Entity.Gender?
        for line in text.split(separator: "\n") {
            if line == "male:" { current = .male } else if line == "female:" { current = .female } else if line.hasPrefix("  - "), let g = current {
                out[String(line.dropFirst(4))] = g
            }
        }
        return out
    }()

    /// Places of two words or more, by `placeKey` (the gazetteer's places.txt: towns of 15,000 people or more and the
    /// divisions of every country), which a name the annotator does not know never is a person's ("Tamil Nadu").
    static let multiWordPlaceKeys: Set<String> = {
        guard let text = EmbeddedGazetteer.files["places.txt"] else { return [] }
        var out = Set<String>()
        // Split as bytes: splitting 8,543 lines as Characters cost more than folding them.
        for line in text.utf8.split(separator: 0x0A) where line.first != 0x23 {
            out.insert(placeKey(String(decoding: line, as: UTF8.self)))
        }
        return out
    }()

    /// Given names that either sex carries in some major language, which givennames.yaml leaves out: for rules that need
    /// to know a word is a given name, not whose ("le ministre de la Santé Jean Dupont").
    static let givenNamesOfEitherSex: TokenSet = [
        "Jean", "Andrea", "Joan", "Jan", "Kim", "Nikita", "Michele", "Karen", "Deniz", "Dominique", "Claude", "Camille", "Frédérique",
        "Daniele", "Gabriele", "Simone", "Noa", "Sasha", "Sacha", "Ariel", "Yael", "Maxime", "Anne-Marie", "Marie-José",
    ]

    /// Whether a word is a known given name, of either sex or of one.
    static func isGivenName(_ t: Token) -> Bool { givenNameGenders[t.text] != nil || givenNamesOfEitherSex.contains(t) }
    static func isGivenName(_ word: String) -> Bool { givenNameGenders[word] != nil || givenNamesOfEitherSex.contains(word) }

    /// The gender a person's given name says ("Arturo Rivera y Damas"), if the list knows it; nil for a name whose first
    /// word is the family name ("Lee Hsien Loong").
    static func givenNameGender(of e: Entity) -> Entity.Gender? {
        guard let first = e.name.split(separator: " ").first.map(String.init), first != e.familyName else { return nil }
        return givenNameGenders[first]
    }

    /// Words meaning the text refers back to a person ("the minister said").
    /// The gender of a subject pronoun ("he", "She"), or nil for any other word.
    static func pronounGender(_ text: String) -> Entity.Gender? {
        switch text {
        case "he", "He": .male
        case "she", "She": .female
        default: nil
        }
    }
    /// A court's decision, which speaks for the court ("'...,' the judgment declared").
    static let judgmentNouns: Set<String> = ["judgment", "judgement", "ruling", "verdict"]

    static let organizationNouns: TokenSet = TokenSet(organizationNounList + judgmentNouns.sorted())
    private static let organizationNounList: [String] = [
        // ("the Palace said": a presidency or royal court the text named with its palace, "Malacañang Palace".)
        "palace",
        "ministry", "agency", "company", "government", "commission", "committee", "council", "bank", "organization",
        "organisation", "group", "party", "embassy", "office", "department", "union", "bloc", "alliance", "statement",
        "firm", "fund", "institute", "association", "secretariat", "court", "military", "army", "administration",
        "authorities", "regulator", "board", "forum", "foundation", "university", "newspaper", "network", "exchange",
        "authority", "corporation", "federation", "chamber", "bureau", "coalition", "movement", "league", "directorate",
        "airline", "carrier", "lender", "insurer", "carmaker", "automaker", "miner", "developer", "operator", "conglomerate",
        "consortium", "venture",
        // ("'...,' the front said in the communique": a liberation front or a popular front the text named.)
        "front",
        // ("'...,' the paper wrote": the paper the text last named.)
        "paper", "daily", "magazine", "broadcaster", "weekly", "tabloid",
        // Spanish, after "el" or "la" in an article in Spanish: "señaló la institución en un comunicado".
        "institución", "organismo", "entidad", "organización", "compañía", "empresa", "petrolera", "firma", "ministerio",
        // Portuguese, after "o" or "a" in an article in Portuguese: "afirma a entidade em nota".
        "instituição", "organização", "entidade", "companhia", "montadora", "ministério", "federação", "confederação",
    ]
    /// A writer's trade, in the languages the annotator reads ('“...”, escribió el autor de Ensayo sobre la ceguera').
    static let writerNouns: TokenSet = [
        "autor", "autora", "escritor", "escritora", "poeta", "novelista", "auteur", "autrice", "écrivain", "écrivaine",
        "autore", "scrittore", "scrittrice", "author", "novelist", "poet", "writer",
    ]

    static let personNouns: TokenSet = TokenSet(writerNouns.words + ["periodista", "giornalista", "jornalista"]).union([
        // Spanish: "sostuvo el canciller Paganini", "agregó el presidente", "afirmó la funcionaria".
        "canciller", "presidente", "presidenta", "ministro", "ministra", "mandatario", "mandataria", "embajador", "embajadora", "portavoz",
        "funcionario", "funcionaria", "directora", "gerente", "empresario", "empresaria", "productor", "productora", "investigador",
        "investigadora", "dirigente", "vocero", "vocera", "secretario", "secretaria", "diplomático", "diplomática", "legislador",
        "legisladora", "diputado", "diputada", "senador", "senadora", "alcalde", "alcaldesa", "intendente", "gobernador", "gobernadora",
        "titular", "jefe", "jefa", "vicepresidente", "vicepresidenta", "viceministro", "viceministra", "subsecretario", "subsecretaria",
        "abogado", "abogada", "analista", "economista", "experto", "experta", "fiscal", "negociador", "negociadora", "asesor", "asesora",
        "especialista", "representante", "operador", "operadora",
        "sindaco", "segretario", "segretaria", "portavoce", "ambasciatore", "direttore", "direttrice", "comandante", "armatore",
        "senatore", "governatore", "avvocato", "prefetto", "questore", "assessore", "assessora", "giudice", "magistrato",
        "procuratore", "deputato", "deputata", "medico", "commissario", "allenatore", "capitano",
        // A monarch named by a noun: "La souveraine a ajouté", "the sovereign said", "dijo la reina".
        "souveraine", "souverain", "sovereign", "reine", "roi", "reina", "rey", "regina", "rainha", "rei", "königin", "könig",
        // Sport: "dijo el entrenador", "disse o treinador", "ha detto il commissario tecnico".
        "entrenador", "entrenadora", "seleccionador", "capitán", "treinador", "treinadora", "capitão",
        // Portuguese: '"...", disse a governadora', "afirmou o secretário".
        "governador", "governadora", "prefeito", "prefeita", "secretário", "secretária", "deputado", "deputada", "diretor", "diretora",
        "embaixador", "embaixadora", "chanceler", "vereador", "vereadora", "juiz", "juíza", "procurador", "procuradora", "advogado",
        "advogada", "pesquisador", "pesquisadora", "médico", "médica", "líder", "cardeal", "arcebispo", "bispo",
        // Churchmen: "ha commentato l'arcivescovo di Torino, il cardinale Anastasio Ballestrero".
        "arcivescovo", "vescovo", "cardinale", "arzobispo", "obispo", "archevêque", "évêque",
        // French: "a déclaré le chef de l'Etat", "a indiqué le ministre".
        "chef", "ministre", "président", "présidente", "directeur", "directrice", "ambassadeur", "ambassadrice", "porte-parole", "juge",
        "avocat", "avocate", "procureur", "procureure", "magistrat", "magistrate",
        "secrétaire", "responsable", "représentant", "représentante", "commerçant", "commerçante", "médecin", "infirmier", "infirmière",
        "minister", "president", "spokesman", "spokeswoman", "spokesperson", "official", "ambassador", "premier",
        "chancellor", "secretary", "envoy", "diplomat", "leader", "chairman", "chairwoman", "director", "analyst",
        "professor", "expert", "economist", "governor", "mayor", "senator", "general", "chief", "head", "king",
        "queen", "prince", "emir", "sultan", "sheikh", "maulana", "ayatollah", "imam", "mullah", "commissioner", "researcher", "scholar", "councilor", "councillor", "counsellor", "counselor",
        "engineer", "curator", "lawyer", "farmer", "fisherman", "trader", "teacher", "doctor", "banker", "executive",
        "mp",
        // Churchmen: "'...,' the cardinal said" after "Cardinal Paul Zoungrana, the archbishop, ...".
        "cardinal", "archbishop", "bishop", "patriarch", "rabbi",
        // ("Le pasteur ne réclame pas sa suppression. « ... », tranche-t-il", "the pastor said": the pastor the text named.)
        "pastor", "pasteur", "pasteure", "rabbin", "abbé", "prêtre", "priest",
        // ("..., the Speaker said": the presiding officer of a house the text named.)
        "speaker",
        // German, after "der" or "die" in an article in German: "sagte der Ministerpräsident laut Dolmetscher".
        "ministerpräsident", "ministerpräsidentin", "kanzler", "kanzlerin", "bundeskanzler", "bundeskanzlerin", "präsident", "präsidentin",
        "außenminister", "außenministerin", "ministerin", "botschafter", "botschafterin", "regierungschef", "regierungschefin",
    ])

    /// Words before an ambiguous place name that make it a place ("in Jordan").
    static let placePrepositions: TokenSet = [
        "in", "to", "from", "with", "and", "of", "between", "visit", "visited", "visiting", "including", "across",
        "into", "toward", "towards", "against", "neighbouring", "neighboring", "near", "via", "through", "like",
        "or", "by", "for", "at", "on", "over", "within", "throughout", "outside",
    ]

    /// Last words of a long form that names an organisation or an initiative,
    /// for acronyms a text introduces itself: "the Lobito Corridor Authority (LCA)".
    /// First words of a name that make it a body ("Banco Horizonte", "Grupo Mexico").
    static let organizationFirstWords: TokenSet = [
        "House", "University", "Ministry", "Bank", "Banco", "Banca", "Banque", "Council", "Federation", "Grupo", "Compañía", "Court", "Board",
        "Companhia", "Société", "Institute", "Instituto", "Academy", "Department", "Office", "Bureau", "Agency",
    ]
    /// Plural nouns of institutions' names that are never part of a person's name: "the Center for
    /// Political and Strategic Studies", "External Affairs Ministry", "Communications Director X".
    static let nameBlockers: TokenSet = [
        "Affairs", "Studies", "Relations", "Sciences", "Services", "Resources", "Rights", "Nations", "States", "Mosques",
        "Industries", "Holdings", "Communications", "Economics", "Politics", "Systems", "Technologies", "Operations",
        "Markets", "Securities", "Investments", "Solutions", "Agencies", "Ministries", "Forces", "Airlines", "Airways",
        "Railways", "Enterprises", "Associates", "Logistics", "Telecommunications", "Humanities", "Arts", "Works", "Decision",
        // Heads of documents and institutions: "Rubber-Rice Pact", "the British Museum".
        "Pact", "Treaty", "Accord", "Accords", "Agreement", "Protocol", "Initiative", "Museum", "Charter", "Policy", "Guidelines",
        "Act", "Food", "Foods",
        // Parts of documents: "under Chapter VII of the Charter", "Article IV".
        "Chapter", "Article",
        // Portfolios: "Director of Primary Health Care", "the Minister of Health".
        "Health", "Care", "Welfare", "Education", "Agriculture",
        // Shipping lines and bodies named by their members in the plural ("Elder Dempster Lines", "the New Zealand Waterside
        // Workers' Union", "the Sundays River Valley Farmers' Association"): no one's name.
        "Lines", "Workers", "Farmers", "Employers", "Manufacturers", "Growers", "Producers", "Exporters", "Importers", "Shipowners",
        "Dockers", "Seamen", "Teachers", "Veterans", "Traders", "Merchants", "Planters", "Journalists", "Fishermen", "Miners",
        // A monarch's style in other languages ("a déclaré Sa Majesté"): no one's name.
        "Majesté", "Majestät", "Majestad", "Maestà", "Majestade",
        // German bodies' words ("Stärkste Partei wurde die CDU Saar"): no one's name.
        "Partei", "Regierung", "Bundesregierung", "Ministerium", "Gewerkschaft", "Verband", "Fraktion",
        // Churches' adjectives ("a Roman Catholic", "Methodist Church"), a laureate, and newspapers' words ("the San Francisco
        // Examiner"): no one's name.
        "Catholic", "Catholics", "Protestant", "Protestants", "Anglican", "Methodist", "Methodists", "Lutheran", "Presbyterian",
        "Evangelical", "Pentecostal", "Laureate", "Examiner", "Chronicle", "Gazette", "Tribune",
        // ("El Diario de El Paso", "Jornal do Brasil", "the White Paper": newspapers' words in other languages, and a
        // government's papers.)
        "Diario", "Jornal", "Giornale", "Gazzetta", "Zeitung", "Paper", "Papers",
        // German places' nouns ("hat das Lager Traiskirchen besichtigt").
        "Lager", "Bezirk", "Gemeinde", "Kanton",
    ]
    static let organizationHeads: TokenSet = [
        "Presidency", "Organization", "Organisation", "Association", "Agency", "Bank", "Fund", "Ministry", "Council", "Commission",
        "Party", "Union", "Company", "Corporation", "Group", "Institute", "University", "Authority", "Committee",
        "Office", "Bureau", "Court", "Forces", "Army", "Front", "Movement", "Network", "Centre", "Center", "Foundation",
        "Secretariat", "Board", "Service", "Administration", "Federation", "Alliance", "League", "Community", "Assembly",
        "Parliament", "Congress", "Academy", "Society", "Department", "Commission", "Exchange", "Organisation",
        "Industries", "Airlines", "Airways", "Holdings", "Enterprises", "Chamber", "Confederation", "Corp", "Inc", "Ltd",
        "Co", "Police", "Force", "Motors", "Motor", "Analytics", "Partners", "Consulting", "Associates", "Advisors",
        "Advisers", "Ventures", "Labs", "Survey", "Treasury", "Automobile", "Automotive", "Auto", "Technologies", "Systems", "Solutions", "Logistics", "Shipping", "Navy", "Guard", "Trust", "Institution", "Council", "Tribunal", "Authority",
        "Senate", "Rail", "Railways", "Ports", "Petroleum", "Energy", "Telecom", "Media", "Press", "Estates", "Wines", "Foods",
        "Investments", "Mining", "Minerals", "College", "Club", "Limited", "Incorporated", "Water", "Lobby",
        // Makers named by their trade ("Lotte Fine Chemical", "Hyosung Chemicals", "Mitsubishi Heavy Industries").
        "Chemical", "Chemicals", "Pharmaceuticals", "Electronics",
        // ("the Defence Headquarters said": a command named by its seat.)
        "Headquarters",
        // Churches and their sees ("the Dexter Avenue Baptist Church", "the Archdiocese of Miami", "the Holy Synod").
        "Church", "Archdiocese", "Diocese", "Synod", "Patriarchate",
        // (Urdu "union": "the Pakistan Kissan Ittehad".)
        "Ittehad",
        // (Hindi "committee", "association", "assembly", "front", "forum": "the Nav Nirman Yuvak Samiti", "Rashtriya Swayamsevak
        // Sangh", "Vishva Hindu Parishad", "Jharkhand Mukti Morcha", "Kisan Sabha", "Kisan Manch".)
        "Samiti", "Sangh", "Parishad", "Morcha", "Sabha", "Manch", "Sangathan",
        // A head of government's office and national broadcasters ("the State Chancellery", "Latvian Radio", "Czech Television").
        "Chancellery", "Radio", "Television",
        // National Red Cross and Red Crescent societies ("the Mexican Red Cross").
        "Cross", "Crescent",
        // A ministry's divisions ("the Bank and Financial Institutions Division") and the reserve banks of the Federal Reserve
        // by their city ("the New York Fed").
        "Division", "Directorate", "Fed",
        // Makers named by their metal and unions by their members ("BlueScope Steel", "United Transport Service Employees").
        "Steel", "Employees",
        // Laboratories and bodies named in the plural ("Bell Telephone Laboratories", "Environment and Conservation
        // Organisations of New Zealand").
        "Laboratories", "Laboratory", "Organisations", "Organizations",
        // Companies by their trade ("Teikoku Oil", "Osaka Gas", "Tata Chemicals").
        "Oil", "Gas", "Chemical", "Chemicals", "Cement", "Electric", "Pharmaceuticals", "Insurance", "Securities", "Textiles", "Breweries",
        // Hospitals are institutions with staff and a voice, not only buildings ("Tan Tock Seng Hospital", "Connaught Hospital").
        "Hospital", "Hospitals", "Infirmary", "Clinic",
        // Shipping lines in the plural ("Elder Dempster Lines", "American President Lines"). (Not "Line": the Durand Line.)
        "Lines",
        // Institutions of culture ("the British Museum", "the National Library", "the Melanesian Brotherhood"). (Not a
        // theatre's or a gallery's word, more often a place's: "the Royal Gallery", "the Grand National Theatre".)
        "Museum", "Museums", "Library", "Archives", "Orchestra", "Philharmonic", "Conservatory", "Conservatoire", "Brotherhood",
    ]
    /// Words that make a known company's name another body: "Etihad Rail", "Adani Ports",
    /// "Tata Power" (legal forms such as Group or Holdings do not: "Huawei Technologies" is Huawei).
    static let subsidiaryHeads: TokenSet = [
        "Rail", "Railway", "Railways", "Bank", "Airways", "Airlines", "Foundation", "Institute", "University", "Capital",
        "Securities", "Ports", "Port", "Shipping", "Logistics", "Energy", "Power", "Telecom", "Media", "Academy",
        "Fund", "Trust", "Insurance", "Investments", "Finance", "Leasing", "Construction", "Engineering", "Cement",
        "Steel", "Chemicals", "Pharmaceuticals", "Cargo", "Aviation", "Properties", "Realty", "Research", "Estates", "Wines", "Foods", "Motors", "Mining", "Resources", "International", "Alliance", "League", "Coalition",
        // A company's national arm named in the country's language: "Orange Polska", "Siemens Deutschland".
        "Polska", "Deutschland", "Italia", "España", "Nederland", "Schweiz", "Suisse", "Österreich", "Česko", "Magyarország", "Hellas", "Portugal",
    ]

    /// Legal forms written after a company's name: the same company.
    /// Words a company's name may end with that do not make another body of it.
    static let companySuffixes: TokenSet = ["Holdings", "Holding", "Group", "Inc", "Ltd", "Co", "Corp", "Corporation", "Company", "Limited", "Incorporated"]
    static let legalForms: TokenSet = [
        "AG", "SA", "NV", "SE", "PLC", "BV", "LLC", "LP", "KK", "SAS", "ASA", "AB", "OYJ", "SAB", "JSC", "PJSC", "OJSC", "PT", "BHD",
        "Bhd", "Berhad", "Tbk", "GmbH", "Pty", "Plc", "SpA",
    ]
    /// Legal forms of three letters or more, which alone make a capitalised phrase a company ("Oman Wanfang LLC").
    static let longLegalForms: TokenSet = ["PLC", "Plc", "LLC", "JSC", "PJSC", "OJSC", "ASA", "SAB", "SAS", "BHD", "Bhd", "Berhad", "Tbk", "GmbH", "Pty"]

    /// Words that make a capitalised name a body wherever they stand in it
    /// ("Council on Foreign Relations", "Middle East Council on Global Affairs").
    static let organizationCores: TokenSet = [
        "Council", "Institute", "Institution", "Foundation", "Centre", "Center", "University", "Ministry", "Bank",
        "Agency", "Association", "Federation", "Academy", "Chamber", "Commission",
    ]

    /// Heads that make a capitalised phrase an initiative even without an acronym.
    static let strongInitiativeHeads: TokenSet = [
        "Initiative", "Agreement", "Partnership", "Treaty", "Corridor", "Consensus", "Accord", "Accords", "Pact",
        "Programme", "Program", "Compact", "Declaration", "Protocol", "Convention", "Railway", "Pipeline", "Act",
        "Arrangement", "Plan", "Strategy", "Framework", "Charter", "Grouping", "Caucus", "Paper", "Decision", "Projects",
        "Policy", "Guidelines", "Memorandum", "Law",
        // ("the National Dock Labour Scheme", "the Boland Amendment": a named scheme or amendment of a law.)
        "Scheme", "Amendment", "Amendments",
    ]
    /// Fields of law: "International Law", "Martial Law" name no one law (see `isNamedLaw`).
    static let lawFields: TokenSet = [
        "International", "Martial", "Common", "Islamic", "Sharia", "Shariah", "Criminal", "Civil", "Customary", "Public", "Private",
        "Roman", "Canon", "Case", "Family", "Constitutional", "Administrative", "Commercial", "Environmental", "Humanitarian",
        "Maritime", "Business", "Corporate", "Company", "Contract", "Tax", "Trade", "Labour", "Labor", "Space", "Natural", "Military",
        "Economic", "European", "Chinese", "English", "French", "American", "Federal", "State", "Local", "Domestic", "Religious",
    ]

    /// A capitalised phrase ending in "Law" that names one law ("the Agrarian Reform Law", "the Foreign
    /// Investment Law"), not a field of law ("International Law", "Criminal Law") or a degree or faculty of it
    /// ("Faculty of Law", "the Rule of Law").
    static func isNamedLaw(_ words: [String]) -> Bool {
        guard words.last == "Law", words.count >= 2 else { return false }
        let before = words[words.count - 2]
        if before == "of" || before == "and" { return false }
        // ("Experts on International Law": the words after a connector say which law.)
        let qualifier = words.dropLast().split(whereSeparator: { ["of", "on", "in", "for", "and", "to"].contains($0) }).last ?? []
        return !qualifier.allSatisfy { lawFields.contains($0) || $0 == "Human" || $0 == "Rights" }
    }
    static let initiativeHeads: TokenSet = [
        "Initiative", "Plan", "Strategy", "Agreement", "Partnership", "Treaty", "Corridor", "Forum", "Programme",
        "Program", "Project", "Framework", "Accord", "Pact", "Dialogue", "Mechanism", "Zone", "Area", "Scheme",
        "Convention", "Protocol", "Declaration", "Charter", "Compact", "Deal", "Act", "Road", "Belt", "Express",
        "Railway", "Summit", "Conference", "Process", "Facility", "Roadmap", "Vision", "Agenda", "Projects", "Policy",
    ]
}

extension Lexicon {
    /// Words a national institution's name can be made of without naming its
    /// country: "Ministry of Commerce", "House of Representatives", "Communist Party".
    /// A name made only of these needs a country before it means one body.
    static let genericInstitutionWords: TokenSet = [
        // institutions
        "Ministry", "Department", "Office", "Bureau", "Agency", "Authority", "Commission", "Committee", "Council", "Court",
        "Assembly", "Parliament", "Congress", "Senate", "House", "Chamber", "Party", "Bank", "Administration", "Service",
        "Board", "Diet", "Cabinet", "Secretariat", "Directorate", "Embassy", "Consulate", "Mission", "Army", "Navy",
        "Forces", "Police", "Guard", "Treasury", "Customs", "Government", "Inspectorate", "Tribunal", "Legislature", "Chancellery",
        // ("the Presidency of the Republic indicated": a head of state's office.)
        "Presidency",
        // qualifiers
        "National", "Federal", "State", "Central", "Reserve", "Supreme", "Constitutional", "High", "Legislative", "Provisional",
        "People's", "Communist", "Socialist", "Workers'", "Labour", "Labor", "General", "Public", "Foreign", "Interior",
        "Home", "Upper", "Lower", "Joint", "Standing", "Permanent", "Armed", "Coast", "Border", "Regional", "Local",
        "Presidential", "Prime", "Minister's", "Executive", "Consultative", "Political",
        // portfolios
        "Affairs", "Commerce", "Trade", "Industry", "Industries", "Finance", "Economy", "Economic", "Transport",
        "Transportation", "Logistics", "Defence", "Defense", "Health", "Education", "Justice", "Agriculture", "Energy",
        "Mines", "Mining", "Petroleum", "Environment", "Employment", "Planning", "Development", "Construction",
        "Works", "Infrastructure", "Housing", "Tourism", "Culture", "Information", "Communications", "Technology",
        "Science", "Water", "Fisheries", "Land", "Lands", "Natural", "Resources", "Security", "Investment",
        "Cooperation", "International", "External", "Relations", "Railways", "Ports", "Aviation", "Oil", "Gas",
        "Mineral", "Budget", "Youth", "Sports", "Women", "Social", "Welfare", "Urban", "Rural", "Power", "Electricity",
        "Shipping", "Maritime", "Livestock", "Irrigation", "Broadcasting", "Media", "Publicity", "Privatisation", "Privatization",
        "Telecommunications", "Digital", "Statistics", "Immigration", "Revenue", "Taxation", "Maritime", "Forestry",
        "Food", "Ecology", "Climate", "Innovation", "Research", "Human", "Rights", "Veterans", "Emergency",
        "Management", "Overseas", "Intelligence", "Reform", "Commission's", "Representatives", "Deputies", "Lords",
        "Commons", "Delegates", "Councillors", "Ministers", "Prosecutors", "Audit", "Auditors", "Accounts", "Appeal", "Appeals",
        "Cassation", "Elections", "Electoral", "Anti-Corruption", "Corruption", "Competition", "Livestock", "Supply",
        "Procurement", "Sanitation", "Irrigation", "Aquaculture", "Cooperatives", "Commerce's", "Heritage", "Arts", "Sustainable", "Integration", "Reconstruction", "Marine", "Food",
        // ("European Commissioner for Migration Dimitris Avramopoulos", "Minister for Women and Equality".)
        "Migration", "Refugees", "Asylum", "Citizenship", "Equality", "Gender", "Family", "Children",
        // ("Minister for National Disaster Management Inia Seruiratu".)
        "Disaster", "Disasters", "Relief", "Rehabilitation", "Recovery", "Resettlement",
        // ("the Export-Import Bank" in a Washington story is the United States', in a Beijing one China's.)
        "Export-Import", "Exim", "EXIM",
        // ("the Atomic Energy Commission" in an Alabama paper is the United States', in Bombay India's.)
        "Atomic", "Nuclear",
        // Spanish and Portuguese: "the Congreso Nacional", "the opposition Partido Nacional".
        "Congreso", "Congresso", "Asamblea", "Assembleia", "Senado", "Cámara", "Câmara", "Partido", "Nacional", "Legislativa",
        "Diputados", "Deputados",
        // connectors
        "of", "for", "and", "the", "&",
    ]

    /// Words naming a legislature.
    static let legislatureWords: TokenSet = ["House", "Senate", "Parliament", "Congress", "Assembly", "Diet", "Legislature", "Representatives", "Deputies", "Commons", "Lords",
                                             "Congreso", "Congresso", "Asamblea", "Assembleia", "Senado"]

    /// Whether a capitalised name is made only of generic institution words.
    static func isGenericInstitution(_ words: [String]) -> Bool {
        words.count >= 2 && words.allSatisfy { genericInstitutionWords.contains($0) }
            && words.contains { organizationHeads.contains($0) || organizationFirstWords.contains($0) || ["Diet", "Senate", "Cabinet", "Legislature"].contains($0)
                || ["Congreso", "Congresso", "Asamblea", "Assembleia", "Senado", "Cámara", "Câmara", "Partido"].contains($0) }
    }

    /// A legislature named by one word ("the Senate", "Congress"): a body of the country in
    /// context only when the gazetteer knows that country's one.
    /// (And the one-word body many countries have that is not a legislature: "The Treasury said" in a London paper.)
    /// ("The Majlis will not allow it" in a Tehran story: Iran's parliament.)
    /// ("riferire in Parlamento" in an Italian story, "au Parlement": the same in other languages. Not "el Congreso": the
    /// Spanish names of Latin America's congresses do not reduce to the one word, which would then go to the United States'.)
    static let oneWordNationalBodies: TokenSet = ["Senate", "Congress", "Parliament", "Diet", "Legislature", "Treasury", "Commons", "House", "Majlis",
                                                  "Parlamento", "Parlement", "Senato", "Sénat"]
    /// A country's armed services by their branch ("the Navy"): a body of the country in context.
    static let armedServices: Set<String> = ["Army", "Navy", "Air Force"]
    /// What "Treasury" before them is: a government's debt, not its finance ministry ("Treasury yields rose").
    static let treasuryInstruments: TokenSet = ["bond", "bonds", "bill", "bills", "yield", "yields", "note", "notes", "securities", "market", "markets", "debt", "auction", "auctions", "futures", "curve", "prices", "rates"]
    /// Portfolios a ministry is named by in lower case ("foreign ministry spokesman").
    static let lowercaseMinistryPortfolios: TokenSet = ["foreign", "defence", "defense", "commerce", "finance", "trade", "health", "interior", "education", "justice"]

    /// Diplomatic missions, whose names run on through "in <place>".
    static let missionHeads: TokenSet = ["Embassy", "Consulate", "Mission", "Delegation", "Legation"]

    /// Acronyms that name things, not bodies ("the EV maker", "an AI company").
    static let commonAcronyms: TokenSet = [
        "AI", "EV", "EVs", "IT", "LNG", "GDP", "SOE", "SOEs", "PR", "TV", "IPO", "LED", "ICT", "ESG", "OEM", "NGO", "NGOs",
        "CEO", "SME", "SMEs", "PPP", "FDI", "VC", "US", "UK", "EU", "UN", "PC", "DNA", "GPS", "CO", "LLC", "PLC", "LPG", "ATM",
        // Diseases and technologies ("the Sinovac COVID-19 vaccine"): no unit of the company before them.
        "COVID", "SARS", "MERS", "HIV", "AIDS", "GMO", "GMOs", "LTE", "EVs", "CBD", "API", "APIs",
    ]

    /// First words of organisations' names in Spanish, Portuguese, French and Italian
    /// ("Movimiento al Socialismo", "Parti socialiste", "Banco do Brasil").
    static let foreignOrganizationFirstWords: TokenSet = [
        "Présidence", "Presidência", "Presidencia", "Groupement", "Gabinete", "Movimiento", "Partido", "Federación", "Federacion", "Confederación", "Confederacion", "Asociación", "Asociacion",
        "Unión", "Ministerio", "Secretaría", "Secretaria", "Universidad", "Universidade", "Comisión", "Comision", "Consejo",
        "Corporación", "Corporacion", "Empresa", "Empresas", "Yacimientos", "Petróleos", "Petroleos", "Fundación",
        "Fundacion", "Cámara", "Camara", "Sindicato", "Agencia", "Servicio", "Congreso", "Senado", "Frente", "Alianza",
        "Movimento", "Confederação", "Associação", "Federação", "Fundação", "Ministério", "Câmara", "Conselho",
        "Agência", "Serviço", "Parti", "Mouvement", "Rassemblement", "Fédération", "Confédération", "Ministère",
        "Agence", "Conseil", "Institut", "Université", "Caisse", "Compagnie", "Groupe", "Syndicat", "Assemblée",
        "Sénat", "Partito", "Ministero", "Confederazione", "Associazione", "Consiglio", "Istituto", "Università",
        "Centro", "Junta", "Sociedad", "Sociedade", "Instituto", "Banco", "Compañía", "Companhia", "Comité", "Comitê",
        "Dirección", "Direccion", "Oficina", "Cooperativa", "Consorcio", "Bolsa", "Colegio", "Tribunal", "Procuraduría",
        "Escola", "Escuela", "École", "Ecole", "Scuola", "Aliança", "Cassa", "Banca", "Bord", "Comhairle", "Fundacja", "Instytut", "Związek", "Stowarzyszenie",
        "Fondation", "Observatoire", "Société", "Banque", "Autorité", "Haute", "Entreprise",
        "Organización", "Organizacion", "Organização", "Organizzazione", "Federazione", "Unione", "Agenzia", "Autorità",
        "Comitato", "Commissione", "Governo", "Esercito", "Camera", "Senato", "Sindacato",
        // Hospitals and clinics ("Hospital de Clínicas de Porto Alegre", "Hôpital Principal de Dakar").
        "Hospital", "Hôpital", "Ospedale", "Clínica", "Clinica", "Clinique",
        // ("Conferência Nacional dos Bispos do Brasil", "Conferencia Episcopal Española".)
        "Conferência", "Conferencia", "Conférence", "Conferenza",
        // Armed forces and police ("Fuerza Aérea Boliviana", "Forças Armadas", "Ejército Nacional").
        "Fuerza", "Fuerzas", "Força", "Forças", "Ejército", "Exército", "Policía", "Polícia", "Gendarmería",
    ]
    static let foreignConnectors: TokenSet = [
        "de", "del", "la", "las", "los", "el", "al", "y", "des", "du", "da", "do", "dos", "das", "e", "et", "di", "della",
        "delle", "dei", "pour", "para", "por", "en", "d", "l", "und", "für", "der", "van", "voor", "och",
        // French articles ("Union pour le progrès et le changement", "Union pour un mouvement populaire").
        "le", "les", "au", "aux", "un", "une",
    ]
}
