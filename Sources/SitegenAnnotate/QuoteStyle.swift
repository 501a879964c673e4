import SitegenMarkdown

/// Articles that quote with single marks ('We are ready,' he said. / ‘We are ready,’ he said.), as
/// many British, Irish, South African and trade papers do, with double marks, if any, for a quote
/// within a quote. The quote rules read double marks; for such an article they are given its text
/// with the two kinds swapped, byte for byte (' and ", ‘ and “, ’ and ”), so every offset stays
/// the same. Apostrophes ("Rafsanjani's", "don't", "the countries' exports") are left alone.
enum QuoteStyle {
    /// A single mark's role, from the characters on either side.
    private enum Role { case open, close, either, apostrophe, weakClose }

    private static func isAlnum(_ b: UInt8) -> Bool { (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0xC0 }
    private static func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
    private static func isSentencePunct(_ b: UInt8) -> Bool { b == 0x2E || b == 0x2C || b == 0x21 || b == 0x3F }

    /// The single marks of a text (offset, width), each with its role.
    private static func marks(_ bytes: [UInt8]) -> [(offset: Int, width: Int, role: Role)] {
        var out: [(Int, Int, Role)] = []
        var i = 0
        while i < bytes.count {
            var width = 0
            if bytes[i] == 0x27 { width = 1 }
            if bytes[i] == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x98 || bytes[i + 2] == 0x99 { width = 3 }
            if width == 0 { i += 1; continue }
            let prev: UInt8? = i > 0 ? bytes[i - 1] : nil
            let next: UInt8? = i + width < bytes.count ? bytes[i + width] : nil
            let afterNext: UInt8? = i + width + 1 < bytes.count ? bytes[i + width + 1] : nil
            let prevIsWord = prev.map { isAlnum($0) || $0 >= 0x80 } ?? false
            let nextIsWord = next.map { isAlnum($0) || $0 >= 0x80 } ?? false
            var role: Role
            if prevIsWord && nextIsWord {
                role = .apostrophe  // "don't", "Rafsanjani's"
            } else if !prevIsWord && nextIsWord && !(prev.map(isSentencePunct) ?? false) {
                // An opening mark, unless it stands for left-out figures ("the '80s").
                role = next.map { $0 >= 0x30 && $0 <= 0x39 } ?? false ? .apostrophe : .open
            } else if prev.map(isSentencePunct) ?? false {
                role = .close  // 'We are ready,' he said.
            } else if prevIsWord {
                // After a word: a closing mark before punctuation, the end or a capital ("'steel camel', he said");
                // before a lower-case word a possessive ("the countries' exports"), unless a quote is open and
                // nothing else can close it ("the 'steel camel' of the year").
                if next == nil || next == 0x20 && !(afterNext.map(isLower) ?? false) || next.map({ $0 < 0x80 && !isAlnum($0) && $0 != 0x20 }) ?? false {
                    role = .close
                } else {
                    role = .weakClose
                }
            } else {
                role = .either
            }
            out.append((i, width, role))
            i += width
        }
        return out
    }

    /// The pairs of single marks that quote (an opening mark, then the closing one or the end of
    /// the text), as (open, close?) mark indices into `marks`.
    private static func pairs(_ marks: [(offset: Int, width: Int, role: Role)]) -> [(open: Int, close: Int?)] {
        var out: [(Int, Int?)] = []
        var open: Int?
        for (k, m) in marks.enumerated() {
            switch m.role {
            case .open:
                if let o = open { out.append((o, nil)) }
                open = k
            case .close, .either:
                if let o = open {
                    out.append((o, k))
                    open = nil
                }
            case .weakClose:
                // Only when no other mark closes the open quote before the next one opens.
                if let o = open, !marks[(k + 1)...].prefix(while: { $0.role != .open }).contains(where: { $0.role == .close || $0.role == .either }) {
                    out.append((o, k))
                    open = nil
                }
            case .apostrophe: break
            }
        }
        if let o = open { out.append((o, nil)) }
        return out
    }

    /// How many double marks of a text close a quote after sentence punctuation (,” ." ?”).
    private static func doubleSpeechClosers(_ bytes: [UInt8]) -> Int {
        var n = 0
        for i in 1..<max(1, bytes.count) where isSentencePunct(bytes[i - 1]) {
            if bytes[i] == 0x22 || (bytes[i] == 0xE2 && i + 2 < bytes.count && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x9D) { n += 1 }
        }
        return n
    }

    /// A single mark made the double one of its side, in place: ' to ", ‘ to “, ’ to ” (same width, same offsets).
    private static func toDouble(_ bytes: inout [UInt8], _ mark: (offset: Int, width: Int, role: Role), opening: Bool) {
        if mark.width == 1 { bytes[mark.offset] = 0x22 } else { bytes[mark.offset + 2] = opening ? 0x9C : 0x9D }
    }

    /// In an article that quotes with double marks, a paragraph without any that quotes once with single marks,
    /// attributed as speech ("‘China-Iran cooperation is based on mutual respect,’ he wrote."): that quote in
    /// double marks. (A quoted term in single marks, "the ‘steel camel’ fleet", has no speech verb after it.)
    private static func attributedSingleQuotes(_ units: [TextUnit], texts: [[UInt8]], marks: [[(offset: Int, width: Int, role: Role)]],
                                               pairs: [[(open: Int, close: Int?)]]) -> [TextUnit] {
        var out = units
        for u in units.indices where !pairs[u].isEmpty && !texts[u].contains(0x22) {
            let bytes = texts[u]
            // (No double mark in the paragraph: “ and ” are E2 80 9C and E2 80 9D.)
            if (0..<max(0, bytes.count - 2)).contains(where: { bytes[$0] == 0xE2 && bytes[$0 + 1] == 0x80 && (bytes[$0 + 2] == 0x9C || bytes[$0 + 2] == 0x9D) }) { continue }
            var changed = bytes
            for pair in pairs[u] {
                guard let c = pair.close else { continue }
                let m = marks[u]
                let closeAt = m[c].offset, openAt = m[pair.open].offset
                guard closeAt > 0, isSentencePunct(bytes[closeAt - 1]),
                      bytes[(openAt + m[pair.open].width)..<closeAt].split(separator: 0x20).count >= 3 else { continue }
                // A speech verb among the next four words.
                let after = bytes[(closeAt + m[c].width)...].prefix(60)
                let words = after.split(whereSeparator: { !isAlnum($0) && $0 < 0x80 }).prefix(4).map { String(decoding: $0, as: UTF8.self) }
                guard words.contains(where: { Lexicon.speechVerbs.contains($0) }) else { continue }
                toDouble(&changed, m[pair.open], opening: true)
                toDouble(&changed, m[c], opening: false)
            }
            if changed != bytes { out[u].text = String(decoding: changed, as: UTF8.self) }
        }
        return out
    }

    /// The units as the quote rules should read them: unchanged unless the article quotes with single marks.
    static func normalized(_ units: [TextUnit]) -> [TextUnit] {
        let texts = units.map { Array($0.text.utf8) }
        // Single-mark quotes that read as speech (closed after sentence punctuation, three words or more),
        // and double-mark closings after sentence punctuation: the article's style is single marks only
        // when it has some of the first and none of the second.
        var singleSpeech = 0, doubleSpeech = 0
        var found: [[(open: Int, close: Int?)]] = []
        var unitMarks: [[(offset: Int, width: Int, role: Role)]] = []
        for bytes in texts {
            let m = marks(bytes)
            let p = pairs(m)
            unitMarks.append(m)
            found.append(p)
            for pair in p {
                guard let c = pair.close, m[c].offset > 0, isSentencePunct(bytes[m[c].offset - 1]) else { continue }
                let inner = bytes[(m[pair.open].offset + m[pair.open].width)..<m[c].offset]
                if inner.split(separator: 0x20).count >= 3 { singleSpeech += 1 }
            }
        }
        // (Most articles quote with double marks: their bytes are not read again.)
        guard singleSpeech > 0 else { return units }
        for bytes in texts { doubleSpeech += doubleSpeechClosers(bytes) }
        guard doubleSpeech == 0 else { return attributedSingleQuotes(units, texts: texts, marks: unitMarks, pairs: found) }
        var out = units
        for u in units.indices where !found[u].isEmpty || texts[u].contains(0x22) || texts[u].contains(0xE2) {
            var bytes = texts[u]
            // Double marks first (a quote within the quote): to single.
            var i = 0
            while i < bytes.count {
                if bytes[i] == 0x22 { bytes[i] = 0x27 }
                if bytes[i] == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x9C || bytes[i + 2] == 0x9D {
                    bytes[i + 2] = bytes[i + 2] == 0x9C ? 0x98 : 0x99
                    i += 2
                }
                i += 1
            }
            let m = unitMarks[u]
            for pair in found[u] {
                toDouble(&bytes, m[pair.open], opening: true)
                if let c = pair.close { toDouble(&bytes, m[c], opening: false) }
            }
            out[u].text = String(decoding: bytes, as: UTF8.self)
        }
        return out
    }
}
