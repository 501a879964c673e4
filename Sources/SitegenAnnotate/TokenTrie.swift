/// A trie over token texts: finding every gazetteer name at one position costs
/// as many steps as the name has tokens, whatever the number of names.
struct TokenTrie: Sendable {
    struct Entry: Sendable, Hashable {
        enum Form: Sendable, Hashable {
            case name, alias, adjective, prefix, stop

            /// The rule a gazetteer match of this form records (made without reflection: this runs per match).
            var rule: String {
                switch self {
                case .name: "gazetteer.name"
                case .alias: "gazetteer.alias"
                case .adjective: "gazetteer.adjective"
                case .prefix: "gazetteer.prefix"
                case .stop: "gazetteer.stop"
                }
            }
        }
        var entityID: String
        var form: Form
        var surface: String
    }

    /// Children by token key; each node keeps its token's text to rule out hash collisions.
    private var children: [[UInt64: Int]] = [[:]]
    private var nodeText: [String] = [""]
    private var terminals: [Int: Entry] = [:]
    /// A bit per low 16 bits of the first tokens' keys: most tokens start no name,
    /// and one bit test turns them away before any dictionary lookup.
    private var rootFilter = [UInt64](repeating: 0, count: 1024)

    /// Adds a surface form; a later insert of the same form replaces the earlier one.
    mutating func insert(_ surface: String, _ entry: Entry) {
        let keys = Tokenizer.keys(surface)
        guard !keys.isEmpty else { return }
        var node = 0
        let first = Tokenizer.key(keys[0])
        rootFilter[Int((first & 0xFFFF) >> 6)] |= 1 << (first & 63)
        for text in keys {
            let key = Tokenizer.key(text)
            if let next = children[node][key], nodeText[next] == text {
                node = next
            } else {
                precondition(children[node][key] == nil, "two gazetteer tokens share a 64-bit key: \(text)")
                children.append([:])
                nodeText.append(text)
                children[node][key] = children.count - 1
                node = children.count - 1
            }
        }
        terminals[node] = entry
    }

    /// The longest entry starting at `tokens[index]`, with the index after its last token.
    func longestMatch(in tokens: [Token], at index: Int) -> (Entry, Int)? {
        guard index < tokens.count else { return nil }
        let first = tokens[index].key
        guard rootFilter[Int((first & 0xFFFF) >> 6)] & (1 << (first & 63)) != 0 else { return nil }
        var node = 0
        var best: (Entry, Int)?
        var i = index
        while i < tokens.count {
            // Names never run across a gap such as ", " unless the name itself has one.
            guard let next = children[node][tokens[i].key], nodeText[next] == tokens[i].text else { break }
            node = next
            i += 1
            if let entry = terminals[node] { best = (entry, i) }
        }
        return best
    }

    var count: Int { terminals.count }
}
