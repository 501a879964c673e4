/// Tests of a string for fixed text, byte for byte, for the rules that ask them very often.
extension String {
    /// The string with its first letter in upper case ("going" -> "Going").
    var withCapitalFirst: String { prefix(1).uppercased() + dropFirst() }

    /// Whether the string starts with `prefix`, byte for byte. For the rules' tests of an entity id's kind
    /// (`id.hasBytePrefix("person/")`): ids are ASCII slugs, and `hasPrefix`, which compares by Unicode
    /// canonical equivalence, was a few per cent of the annotator's time.
    @inline(__always) func hasBytePrefix(_ prefix: String) -> Bool {
        guard utf8.count >= prefix.utf8.count else { return false }
        let bytes = utf8.withContiguousStorageIfAvailable { whole in
            prefix.utf8.withContiguousStorageIfAvailable { start in
                for i in start.indices where whole[i] != start[i] { return false }
                return true
            }
        }
        if let bytes, let bytes { return bytes }
        return utf8.starts(with: prefix.utf8)
    }

    /// Where `part` first occurs, byte for byte (Foundation's `range(of:)` goes through NSString). For
    /// a part that starts with an ASCII character, the index is a character boundary of the string.
    func byteIndex(of part: String) -> Index? {
        let needle = Array(part.utf8)
        guard let first = needle.first else { return startIndex }
        let hay = utf8
        var i = hay.startIndex
        while let at = hay[i...].firstIndex(of: first) {
            if hay[at...].starts(with: needle) { return at }
            i = hay.index(after: at)
        }
        return nil
    }
}

extension StringProtocol {
    /// Whether `part` occurs in the string, byte for byte. The rules ask this of names ("Embassy",
    /// an apostrophe); `contains` with a string resolves to Foundation's, which goes through NSString
    /// and cost thousands of instructions a call.
    func containsBytes(_ part: String) -> Bool {
        // (Over the bytes in place, without copying either string: the gazetteer's indexing asks this of every name.)
        if let found = utf8.withContiguousStorageIfAvailable({ hay in
            part.utf8.withContiguousStorageIfAvailable { needle -> Bool in
                guard let first = needle.first else { return true }
                guard hay.count >= needle.count else { return false }
                var i = 0
                let last = hay.count - needle.count
                while i <= last {
                    if hay[i] == first {
                        var j = 1
                        while j < needle.count, hay[i + j] == needle[j] { j += 1 }
                        if j == needle.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }), let found {
            return found
        }
        let needle = Array(part.utf8)
        guard let first = needle.first else { return true }
        let hay = utf8
        var i = hay.startIndex
        while let at = hay[i...].firstIndex(of: first) {
            if hay[at...].starts(with: needle) { return true }
            i = hay.index(after: at)
        }
        return false
    }
}
