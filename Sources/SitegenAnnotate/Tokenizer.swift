/// A word or a punctuation mark of a text, with its UTF-8 byte range.
struct Token: Sendable, Hashable {
    enum Kind: Sendable, Hashable { case word, number, punct }
    var start: Int
    var end: Int
    /// The token's text, with typographic variants folded: ’ -> ', “ ” -> ", dashes -> -.
    var text: String
    var kind: Kind
    /// Whitespace (or the start of the text) comes right before it.
    var spaceBefore: Bool

    /// Letter case, worked out once when the token is made (the rules ask very often).
    let isCapitalized: Bool
    let isLowercase: Bool
    let isAllCaps: Bool
    /// The text in lower case (the same string when it already is).
    let lower: String
    /// A 64-bit hash of the text (FNV-1a), so tries look tokens up without hashing strings.
    let key: UInt64

    var isWord: Bool { kind == .word }

    init(start: Int, end: Int, text: String, kind: Kind, spaceBefore: Bool) {
        self.start = start
        self.end = end
        self.text = text
        self.kind = kind
        self.spaceBefore = spaceBefore
        self.key = Tokenizer.key(text)
        guard kind == .word, let first = text.unicodeScalars.first else {
            (isCapitalized, isLowercase, isAllCaps) = (false, false, false)
            lower = text
            return
        }
        /// Starts with an upper-case letter / a lower-case letter; has capitals and no lower-case letter.
        isCapitalized = first.value < 0x80 ? (first.value >= 0x41 && first.value <= 0x5A) : first.properties.isUppercase
        isLowercase = first.value < 0x80 ? (first.value >= 0x61 && first.value <= 0x7A) : first.properties.isLowercase
        var anyLower = false, anyUpper = false
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 {
                if scalar.value >= 0x61 && scalar.value <= 0x7A { anyLower = true; break }
                if scalar.value >= 0x41 && scalar.value <= 0x5A { anyUpper = true }
            } else {
                if scalar.properties.isLowercase { anyLower = true; break }
                if scalar.properties.isUppercase { anyUpper = true }
            }
        }
        isAllCaps = anyUpper && !anyLower
        lower = text.utf8.allSatisfy({ $0 < 0x41 || ($0 > 0x5A && $0 < 0x80) }) ? text : text.lowercased()
    }
}

enum Tokenizer {
    /// Splits text into maximal runs of letters and digits (words; apostrophes and
    /// hyphens are separate tokens) and single punctuation marks.
    static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.utf8.count / 5)
        // A word's text is its bytes as written: cut from the UTF-8 once the word ends.
        let bytes = Array(text.utf8)
        var wordStart = -1
        var allDigits = true
        var space = true
        var offset = 0
        func flush(_ end: Int) {
            guard wordStart >= 0 else { return }
            let word = bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[wordStart..<end]), as: UTF8.self) }
            tokens.append(Token(start: wordStart, end: end, text: word, kind: allDigits ? .number : .word, spaceBefore: space))
            wordStart = -1
            allDigits = true
            space = false
        }
        for scalar in text.unicodeScalars {
            let length = UTF8.width(scalar)
            let v = scalar.value
            let isWordPart: Bool
            let isSpace: Bool
            if v < 0x80 {
                isWordPart = isASCIIAlnum(v)
                isSpace = v == 0x20 || (v >= 0x09 && v <= 0x0D)
            } else {
                let props = scalar.properties
                isWordPart = props.isAlphabetic || props.numericType != nil || props.generalCategory == .nonspacingMark
                isSpace = !isWordPart && (props.isWhitespace || v == 0xA0)
            }
            if isWordPart {
                if wordStart < 0 { wordStart = offset }
                if !(scalar.value >= 0x30 && scalar.value <= 0x39) { allDigits = false }
            } else if isSpace {
                flush(offset)
                space = true
            } else {
                flush(offset)
                tokens.append(Token(start: offset, end: offset + length, text: fold(scalar), kind: .punct, spaceBefore: space))
                space = false
            }
            offset += length
        }
        flush(offset)
        return tokens
    }

    @inline(__always) static func isASCIIAlnum(_ v: UInt32) -> Bool {
        (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
    }

    static func fold(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "’", "‘", "ʼ", "`", "´": return "'"
        case "“", "”", "„", "″", "«", "»": return "\""
        case "–", "—", "‐", "‑", "−", "―": return "-"
        default: return String(scalar)
        }
    }

    /// The hash tries use for a token's text (FNV-1a over its UTF-8 bytes).
    @inline(__always) static func key(_ text: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in text.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    /// Tokens of a gazetteer surface form, as texts.
    static func keys(_ form: String) -> [String] {
        tokenize(form).map(\.text)
    }
}
