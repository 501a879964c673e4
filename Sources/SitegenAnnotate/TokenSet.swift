/// A fixed set of words looked up by the FNV-1a key tokens already carry: one
/// probe in an open-addressed table, the text compared only when the keys agree.
/// It replaces `Set<String>` for the lexicon, which the rules ask about for
/// nearly every token (SipHash over each string was a tenth of the annotator's time).
struct TokenSet: Sendable, ExpressibleByArrayLiteral {
    private var slots: [UInt64]
    private var texts: [String]
    private var mask: Int
    private(set) var words: [String] = []

    init(arrayLiteral elements: String...) { self.init(elements) }

    init(_ elements: some Sequence<String>) {
        var unique: [String] = []
        var seen = Set<String>()
        for word in elements where seen.insert(word).inserted { unique.append(word) }
        var capacity = 16
        while capacity < unique.count * 4 { capacity *= 2 }
        slots = [UInt64](repeating: 0, count: capacity)
        texts = [String](repeating: "", count: capacity)
        mask = capacity - 1
        words = unique
        for word in unique {
            let key = Self.slotKey(Tokenizer.key(word))
            var i = Int(truncatingIfNeeded: key) & mask
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = key
            texts[i] = word
        }
    }

    /// Keys are never 0 in the table (0 marks an empty slot).
    @inline(__always) private static func slotKey(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    @inline(__always) func contains(key: UInt64, text: String) -> Bool {
        let key = Self.slotKey(key)
        let mask = mask
        // (Indexes are masked into the table, which `init` sized to `mask + 1`: no bounds checks.)
        return slots.withUnsafeBufferPointer { slots in
            var i = Int(truncatingIfNeeded: key) & mask
            while true {
                let slot = slots[i]
                if slot == 0 { return false }
                if slot == key, texts[i] == text { return true }
                i = (i + 1) & mask
            }
        }
    }

    func contains(_ word: String) -> Bool { contains(key: Tokenizer.key(word), text: word) }
    func contains(_ token: Token) -> Bool { contains(key: token.key, text: token.text) }
    /// The token in lower case ("The" finds "the").
    func contains(lowerOf token: Token) -> Bool { contains(key: token.lowerKey, text: token.lower) }

    func union(_ other: some Sequence<String>) -> TokenSet { TokenSet(words + Array(other)) }
    var count: Int { words.count }
}
