/// Maps the bytes of a text node's literal back to the source bytes it came
/// from. cmark changes text on the way: smart punctuation ("" -> “”, -- -> –),
/// backslash escapes and entities. Positions must still point into the file.
enum SourceAlignment {
    /// For each byte of `literal`, its offset in `source` (plus one final entry
    /// for the end). Returns nil when the two are the same bytes.
    static func align(literal: [UInt8], source: ArraySlice<UInt8>) -> [Int]? {
        if literal.count == source.count && literal.elementsEqual(source) { return nil }
        let s = Array(source)
        var map = [Int](repeating: 0, count: literal.count + 1)
        var i = 0, j = 0
        while i < literal.count {
            let c = literal[i]
            if j < s.count && c == s[j] {
                map[i] = j; i += 1; j += 1
                continue
            }
            // Three-byte typographic characters made from ASCII.
            if c == 0xE2 && i + 2 < literal.count && literal[i + 1] == 0x80 {
                let third = literal[i + 2]
                var consumed = 0
                switch third {
                case 0x9C, 0x9D, 0x98, 0x99:  // “ ” ‘ ’ from " or '
                    if j < s.count && (s[j] == 0x22 || s[j] == 0x27) { consumed = 1 }
                case 0x93:  // – from --
                    if j + 1 < s.count && s[j] == 0x2D && s[j + 1] == 0x2D { consumed = 2 }
                case 0x94:  // — from ---
                    if j + 2 < s.count && s[j] == 0x2D && s[j + 1] == 0x2D && s[j + 2] == 0x2D { consumed = 3 }
                case 0xA6:  // … from ...
                    if j + 2 < s.count && s[j] == 0x2E && s[j + 1] == 0x2E && s[j + 2] == 0x2E { consumed = 3 }
                default: break
                }
                if consumed > 0 {
                    map[i] = j; map[i + 1] = j; map[i + 2] = j
                    i += 3; j += consumed
                    continue
                }
            }
            // A backslash escape: skip the backslash in the source.
            if j + 1 < s.count && s[j] == 0x5C && s[j + 1] == c {
                j += 1
                continue
            }
            // An entity or numeric reference: the whole reference makes one character.
            if j < s.count && s[j] == 0x26, let semicolon = s[j...].prefix(34).firstIndex(of: 0x3B) {
                let width = utf8Width(c)
                for k in 0..<width where i + k < literal.count { map[i + k] = j }
                i += width
                j = semicolon + 1
                continue
            }
            // Anything else: keep going side by side.
            map[i] = min(j, s.count)
            i += 1
            if j < s.count { j += 1 }
        }
        map[literal.count] = min(j, s.count)
        return map
    }

    static func utf8Width(_ lead: UInt8) -> Int {
        if lead < 0x80 { return 1 }
        if lead >> 5 == 0x6 { return 2 }
        if lead >> 4 == 0xE { return 3 }
        if lead >> 3 == 0x1E { return 4 }
        return 1
    }
}

/// The bytes of a source text with the offset at which each line starts.
struct SourceLines {
    let bytes: [UInt8]
    /// lineStarts[k] is the offset of line k+1 of the text.
    let lineStarts: [Int]

    init(_ text: String) {
        bytes = Array(text.utf8)
        var starts = [0]
        for (i, b) in bytes.enumerated() where b == 0x0A { starts.append(i + 1) }
        lineStarts = starts
    }

    /// Bytes of `line` (1-based, in the text) from `startColumn` to `endColumn` (1-based, inclusive).
    func slice(line: Int, startColumn: Int, endColumn: Int) -> ArraySlice<UInt8> {
        guard line >= 1, line <= lineStarts.count else { return [] }
        let lineStart = lineStarts[line - 1]
        let lineEnd = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        let a = min(lineStart + max(startColumn - 1, 0), lineEnd)
        let b = min(lineStart + max(endColumn, 0), lineEnd)
        return a <= b ? bytes[a..<b] : []
    }
}
