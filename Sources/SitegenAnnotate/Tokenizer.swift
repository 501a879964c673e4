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

    var isWord: Bool { kind == .word }
    /// Starts with an upper-case letter.
    var isCapitalized: Bool { kind == .word && (text.unicodeScalars.first.map { $0.properties.isUppercase } ?? false) }
    var isLowercase: Bool { kind == .word && (text.unicodeScalars.first.map { $0.properties.isLowercase } ?? false) }
    var isAllCaps: Bool { kind == .word && text.unicodeScalars.allSatisfy { !$0.properties.isLowercase } && text.unicodeScalars.contains { $0.properties.isUppercase } }
}

enum Tokenizer {
    /// Splits text into maximal runs of letters and digits (words; apostrophes and
    /// hyphens are separate tokens) and single punctuation marks.
    static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.utf8.count / 5)
        var wordStart = -1
        var wordScalars = String.UnicodeScalarView()
        var allDigits = true
        var space = true
        var offset = 0
        func flush(_ end: Int) {
            guard wordStart >= 0 else { return }
            tokens.append(Token(start: wordStart, end: end, text: String(wordScalars), kind: allDigits ? .number : .word, spaceBefore: space))
            wordStart = -1
            wordScalars = String.UnicodeScalarView()
            allDigits = true
            space = false
        }
        for scalar in text.unicodeScalars {
            let length = UTF8.width(scalar)
            let props = scalar.properties
            if scalar.value < 0x80 ? (isASCIIAlnum(scalar.value)) : (props.isAlphabetic || props.numericType != nil || props.generalCategory == .nonspacingMark) {
                if wordStart < 0 { wordStart = offset }
                wordScalars.append(scalar)
                if !(scalar.value >= 0x30 && scalar.value <= 0x39) { allDigits = false }
            } else if props.isWhitespace || scalar.value == 0xA0 {
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

    /// Tokens of a gazetteer surface form, as texts.
    static func keys(_ form: String) -> [String] {
        tokenize(form).map(\.text)
    }
}
