/// A trie over token texts: finding every gazetteer name at one position costs
/// as many steps as the name has tokens, whatever the number of names.
struct TokenTrie: Sendable {
    struct Entry: Sendable, Hashable {
        enum Form: Sendable, Hashable { case name, alias, adjective, prefix, stop }
        var entityID: String
        var form: Form
        var surface: String
    }

    private var children: [[String: Int]] = [[:]]
    private var terminals: [Int: Entry] = [:]

    /// Adds a surface form; a later insert of the same form replaces the earlier one.
    mutating func insert(_ surface: String, _ entry: Entry) {
        let keys = Tokenizer.keys(surface)
        guard !keys.isEmpty else { return }
        var node = 0
        for key in keys {
            if let next = children[node][key] {
                node = next
            } else {
                children.append([:])
                children[node][key] = children.count - 1
                node = children.count - 1
            }
        }
        terminals[node] = entry
    }

    /// The longest entry starting at `tokens[index]`, with the index after its last token.
    func longestMatch(in tokens: [Token], at index: Int) -> (Entry, Int)? {
        var node = 0
        var best: (Entry, Int)?
        var i = index
        while i < tokens.count {
            // Names never run across a gap such as ", " unless the name itself has one.
            guard let next = children[node][tokens[i].text] else { break }
            node = next
            i += 1
            if let entry = terminals[node] { best = (entry, i) }
        }
        return best
    }

    var count: Int { terminals.count }
}
