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
    private(set) var isCapitalized: Bool
    private(set) var isLowercase: Bool
    private(set) var isAllCaps: Bool
    /// The text in lower case (the same string when it already is).
    private(set) var lower: String
    /// A 64-bit hash of the text (FNV-1a), so tries look tokens up without hashing strings.
    let key: UInt64
    /// The same hash of `lower`, for the lexicon's look-ups by the word in lower case.
    private(set) var lowerKey: UInt64
    /// The number of characters (`text.count`, which walks the text to find them).
    private(set) var characterCount: Int

    var isWord: Bool { kind == .word }

    /// A token whose key and ASCII letter case are worked out already (the tokenizer does so
    /// while it reads the word): is any ASCII letter lower case, upper case.
    init(start: Int, end: Int, text: String, kind: Kind, spaceBefore: Bool, key: UInt64, asciiLower: Bool, asciiUpper: Bool) {
        self.start = start
        self.end = end
        self.text = text
        self.kind = kind
        self.spaceBefore = spaceBefore
        self.key = key
        let first = text.utf8.first ?? 0
        let isWord = kind == .word
        isCapitalized = isWord && first >= 0x41 && first <= 0x5A
        isLowercase = isWord && first >= 0x61 && first <= 0x7A
        isAllCaps = isWord && asciiUpper && !asciiLower
        lower = isWord && asciiUpper ? text.lowercased() : text
        lowerKey = isWord && asciiUpper ? Tokenizer.key(lower) : key
        characterCount = text.utf8.count  // (ASCII: set again below for text beyond it)
    }

    /// Whether the token is `word`, as written / in lower case. The byte counts are compared
    /// first: the rules ask this of nearly every token, most are not the word, and String's
    /// own comparison of two different strings is a call into the runtime.
    @inline(__always) func `is`(_ word: String) -> Bool { text.utf8.count == word.utf8.count && text == word }
    @inline(__always) func lowerIs(_ word: String) -> Bool { lower.utf8.count == word.utf8.count && lower == word }
    // One of a few words, without the array a literal list makes on every call.
    @inline(__always) func `is`(_ w0: String, _ w1: String) -> Bool { self.is(w0) || self.is(w1) }
    @inline(__always) func `is`(_ w0: String, _ w1: String, _ w2: String) -> Bool { self.is(w0) || self.is(w1) || self.is(w2) }
    @inline(__always) func `is`(_ w0: String, _ w1: String, _ w2: String, _ w3: String) -> Bool { self.is(w0) || self.is(w1) || self.is(w2) || self.is(w3) }
    @inline(__always) func `is`(_ w0: String, _ w1: String, _ w2: String, _ w3: String, _ w4: String) -> Bool { self.is(w0) || self.is(w1) || self.is(w2) || self.is(w3) || self.is(w4) }
    @inline(__always) func `is`(_ w0: String, _ w1: String, _ w2: String, _ w3: String, _ w4: String, _ w5: String) -> Bool { self.is(w0) || self.is(w1) || self.is(w2) || self.is(w3) || self.is(w4) || self.is(w5) }
    @inline(__always) func lowerIs(_ w0: String, _ w1: String) -> Bool { lowerIs(w0) || lowerIs(w1) }
    @inline(__always) func lowerIs(_ w0: String, _ w1: String, _ w2: String) -> Bool { lowerIs(w0) || lowerIs(w1) || lowerIs(w2) }
    @inline(__always) func lowerIs(_ w0: String, _ w1: String, _ w2: String, _ w3: String) -> Bool { lowerIs(w0) || lowerIs(w1) || lowerIs(w2) || lowerIs(w3) }
    @inline(__always) func lowerIs(_ w0: String, _ w1: String, _ w2: String, _ w3: String, _ w4: String) -> Bool { lowerIs(w0) || lowerIs(w1) || lowerIs(w2) || lowerIs(w3) || lowerIs(w4) }
    @inline(__always) func lowerIs(_ w0: String, _ w1: String, _ w2: String, _ w3: String, _ w4: String, _ w5: String) -> Bool { lowerIs(w0) || lowerIs(w1) || lowerIs(w2) || lowerIs(w3) || lowerIs(w4) || lowerIs(w5) }

    init(start: Int, end: Int, text: String, kind: Kind, spaceBefore: Bool) {
        var key: UInt64 = 0xcbf2_9ce4_8422_2325
        var ascii = true, anyLower = false, anyUpper = false
        for b in text.utf8 {
            key = (key ^ UInt64(b)) &* 0x100_0000_01b3
            if b >= 0x80 { ascii = false } else if b >= 0x61 && b <= 0x7A { anyLower = true } else if b >= 0x41 && b <= 0x5A { anyUpper = true }
        }
        self.init(start: start, end: end, text: text, kind: kind, spaceBefore: spaceBefore, key: key, asciiLower: anyLower, asciiUpper: anyUpper)
        if !ascii { characterCount = text.count }
        guard !ascii, kind == .word else { return }
        // Letters beyond ASCII: Unicode says which case they are.
        self.setCase(ofNonASCII: text)
    }

    /// Starts with an upper-case letter / a lower-case letter; has capitals and no lower-case letter.
    private mutating func setCase(ofNonASCII text: String) {
        guard let first = text.unicodeScalars.first else { return }
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
        lower = text.lowercased()
        lowerKey = Tokenizer.key(lower)
    }
}

enum Tokenizer {
    /// Splits text into maximal runs of letters and digits (words; apostrophes and
    /// hyphens are separate tokens) and single punctuation marks.
    static func tokenize(_ text: String) -> [Token] {
        var text = text
        return text.withUTF8 { tokenize(utf8: $0) }
    }

    /// The same over valid UTF-8: bytes are read directly, and only letters beyond
    /// ASCII are decoded to ask Unicode about them.
    static func tokenize(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5)
        var wordStart = -1
        var allDigits = true
        var space = true
        // The word being read: its FNV-1a key and, while it is ASCII, its letter case.
        var key: UInt64 = 0
        var ascii = true, anyLower = false, anyUpper = false
        func flush(_ end: Int) {
            guard wordStart >= 0 else { return }
            // A word's text is its bytes as written.
            let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[wordStart..<end]), as: UTF8.self)
            let kind: Token.Kind = allDigits ? .number : .word
            if ascii {
                tokens.append(Token(start: wordStart, end: end, text: word, kind: kind, spaceBefore: space, key: key, asciiLower: anyLower, asciiUpper: anyUpper))
            } else {
                tokens.append(Token(start: wordStart, end: end, text: word, kind: kind, spaceBefore: space))
            }
            wordStart = -1
            allDigits = true
            space = false
        }
        var offset = 0
        let count = bytes.count
        while offset < count {
            let b = bytes[offset]
            let length: Int
            let v: UInt32
            if b < 0x80 {
                (v, length) = (UInt32(b), 1)
            } else if b < 0xE0 {
                (v, length) = ((UInt32(b & 0x1F) << 6) | UInt32(bytes[offset + 1] & 0x3F), 2)
            } else if b < 0xF0 {
                (v, length) = ((UInt32(b & 0x0F) << 12) | (UInt32(bytes[offset + 1] & 0x3F) << 6) | UInt32(bytes[offset + 2] & 0x3F), 3)
            } else {
                (v, length) = ((UInt32(b & 0x07) << 18) | (UInt32(bytes[offset + 1] & 0x3F) << 12) | (UInt32(bytes[offset + 2] & 0x3F) << 6)
                    | UInt32(bytes[offset + 3] & 0x3F), 4)
            }
            let isWordPart: Bool
            let isSpace: Bool
            if v < 0x80 {
                isWordPart = isASCIIAlnum(v)
                isSpace = v == 0x20 || (v >= 0x09 && v <= 0x0D)
            } else {
                let props = Unicode.Scalar(v)!.properties
                isWordPart = props.isAlphabetic || props.numericType != nil || props.generalCategory == .nonspacingMark
                isSpace = !isWordPart && (props.isWhitespace || v == 0xA0)
            }
            if isWordPart {
                if wordStart < 0 {
                    wordStart = offset
                    key = 0xcbf2_9ce4_8422_2325
                    (ascii, anyLower, anyUpper) = (true, false, false)
                }
                for k in offset..<(offset + length) { key = (key ^ UInt64(bytes[k])) &* 0x100_0000_01b3 }
                if v >= 0x80 {
                    ascii = false
                } else if v >= 0x61 {
                    anyLower = true
                } else if v >= 0x41 {
                    anyUpper = true
                }
                if !(v >= 0x30 && v <= 0x39) { allDigits = false }
            } else if isSpace {
                flush(offset)
                space = true
            } else {
                flush(offset)
                tokens.append(Token(start: offset, end: offset + length, text: fold(Unicode.Scalar(v)!), kind: .punct, spaceBefore: space))
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
