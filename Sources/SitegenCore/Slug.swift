import Foundation

/// URL slugs: lower-case letters and digits separated by single hyphens.
public enum Slug {
    /// The longest slug sitegen writes; file systems allow 255 bytes per name.
    public static let maxLength = 120

    /// Makes a slug from free text ("Hello World" -> "hello-world"). Accents are
    /// dropped; letters of other scripts are kept (lower-cased, NFC) so non-English
    /// titles stay readable; everything else becomes a separator. Returns "" when nothing is left.
    public static func make(_ text: String) -> String {
        // The slug is gathered as UTF-8 bytes: appending to a String scalar by scalar costs ten times as much.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingHyphen = false
        // Accents fold away (Álvarez -> alvarez), so URLs stay plain where they can. Plain ASCII
        // without full stops has nothing to fold or join (and is most text): it skips that work.
        let plain = !text.utf8.contains { $0 >= 0x80 || $0 == 0x2E }
        if plain {
            for v in text.utf8 { appendASCII(v, to: &bytes, pendingHyphen: &pendingHyphen) }
            return trimmed(String(decoding: bytes, as: UTF8.self))
        }
        let folded = text.folding(options: [.diacriticInsensitive], locale: nil).precomposedStringWithCanonicalMapping.unicodeScalars
        let scalars = folded.contains(".") ? joiningInitialisms(folded) : Array(folded)
        for scalar in scalars {
            if scalar.isASCII {
                appendASCII(UInt8(scalar.value), to: &bytes, pendingHyphen: &pendingHyphen)
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if pendingHyphen && !bytes.isEmpty { bytes.append(0x2D) }
                pendingHyphen = false
                bytes.append(contentsOf: (latinLetters[scalar] ?? String(scalar).lowercased()).utf8)
            } else if scalar != "’" {
                pendingHyphen = true
            }
        }
        return trimmed(String(decoding: bytes, as: UTF8.self))
    }

    /// One ASCII byte of the text: a letter (lower-cased) or digit joins the slug, after a hyphen if a separator came
    /// before it; an apostrophe is dropped ("China's" -> "chinas", not "china-s"); anything else separates.
    @inline(__always)
    private static func appendASCII(_ v: UInt8, to bytes: inout [UInt8], pendingHyphen: inout Bool) {
        let isDigit = v >= 0x30 && v <= 0x39
        let isLetter = (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        if isDigit || isLetter {
            if pendingHyphen && !bytes.isEmpty { bytes.append(0x2D) }
            pendingHyphen = false
            bytes.append(isLetter ? v | 0x20 : v)
        } else if v != 0x27 {
            pendingHyphen = true
        }
    }

    /// A slug cut to `maxLength` bytes, without a hyphen at its end.
    private static func trimmed(_ out: String) -> String {
        guard out.utf8.count > maxLength else { return out }
        var trimmed = ""
        for ch in out where trimmed.utf8.count + ch.utf8.count <= maxLength { trimmed.append(ch) }
        while trimmed.hasSuffix("-") { trimmed.removeLast() }
        return trimmed
    }

    /// "U.S." -> "US", "U.N." -> "UN": dots inside a run of single-letter initials go,
    /// so "U.S. Geological Survey" makes "us-geological-survey", not "u-s-...".
    static func joiningInitialisms(_ scalars: String.UnicodeScalarView) -> [Unicode.Scalar] {
        let a = Array(scalars)
        func isLetter(_ i: Int) -> Bool { i >= 0 && i < a.count && a[i].properties.isAlphabetic }
        var drop = Set<Int>()
        var i = 0
        while i < a.count {
            // A run starts at a letter with no letter before it: L.L.(L.)...
            guard isLetter(i), !isLetter(i - 1) else { i += 1; continue }
            var j = i
            var dots: [Int] = []
            while isLetter(j), !isLetter(j + 1), j + 1 < a.count, a[j + 1] == "." {
                dots.append(j + 1)
                j += 2
            }
            if dots.count >= 2 || (dots.count == 1 && isLetter(j) && !isLetter(j + 1)) { drop.formUnion(dots) }
            i = max(j, i + 1)
        }
        return a.indices.filter { !drop.contains($0) }.map { a[$0] }
    }

    /// Latin letters that have no accent to fold away: "Yapı" -> "yapi", "Øresund" -> "oresund".
    static let latinLetters: [Unicode.Scalar: String] = [
        "ı": "i", "İ": "i", "ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ß": "ss", "đ": "d", "Đ": "d",
        "ł": "l", "Ł": "l", "þ": "th", "Þ": "th", "ð": "d", "Ð": "d", "ħ": "h", "Ħ": "h",
    ]

    /// Whether `text` is already a well-formed slug.
    public static func isValid(_ text: String) -> Bool {
        !text.isEmpty && make(text) == text
    }
}

