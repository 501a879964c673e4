import SitegenCore

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

    /// The edges of every node in one open-addressed table keyed by (node, token key):
    /// token keys are FNV-1a hashes already, so a probe costs a multiply, not a SipHash
    /// of a dictionary per node. Each node keeps its token's text to rule out hash collisions.
    private var edgeNodes: [Int32] = []  // the parent node of a slot, -1 when the slot is empty
    private var edgeKeys: [UInt64] = []
    private var edgeChildren: [Int32] = []
    private var edgeCount = 0
    private var nodeText: [String] = [""]
    /// Per node, the index of its entry in `entries`, or -1.
    private var terminal: [Int32] = [-1]
    private var entries: [Entry] = []
    /// A bit per low 18 bits of the first tokens' keys: most tokens start no name,
    /// and one bit test turns them away before any table lookup. (32 KiB: with some
    /// 40,000 first words, a filter of 16 bits let a third of all tokens through.)
    static let rootFilterWords = 4096
    static let rootFilterMask: UInt64 = UInt64(rootFilterWords * 64 - 1)
    private var rootFilter = [UInt64](repeating: 0, count: Self.rootFilterWords)

    @inline(__always) private static func slot(_ node: Int, _ key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: ((key ^ UInt64(node)) &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
    }

    @inline(__always) private func child(of node: Int, key: UInt64) -> Int? {
        guard !edgeNodes.isEmpty else { return nil }
        let mask = edgeNodes.count - 1
        var i = Self.slot(node, key, mask: mask)
        while true {
            let parent = edgeNodes[i]
            if parent < 0 { return nil }
            if Int(parent) == node && edgeKeys[i] == key { return Int(edgeChildren[i]) }
            i = (i + 1) & mask
        }
    }

    private mutating func addEdge(from node: Int, key: UInt64, to child: Int) {
        if (edgeCount + 1) * 2 > edgeNodes.count {
            // Grow to keep the table at most half full, and place every edge again.
            let old = (edgeNodes, edgeKeys, edgeChildren)
            let capacity = max(64, edgeNodes.count * 2)
            edgeNodes = [Int32](repeating: -1, count: capacity)
            edgeKeys = [UInt64](repeating: 0, count: capacity)
            edgeChildren = [Int32](repeating: 0, count: capacity)
            edgeCount = 0
            for i in old.0.indices where old.0[i] >= 0 { addEdge(from: Int(old.0[i]), key: old.1[i], to: Int(old.2[i])) }
        }
        let mask = edgeNodes.count - 1
        var i = Self.slot(node, key, mask: mask)
        while edgeNodes[i] >= 0 { i = (i + 1) & mask }
        edgeNodes[i] = Int32(node)
        edgeKeys[i] = key
        edgeChildren[i] = Int32(child)
        edgeCount += 1
    }

    /// Adds a surface form; a later insert of the same form replaces the earlier one.
    /// Whether a surface form is already an entry (of any entity).
    func contains(_ surface: String) -> Bool {
        let keys = Tokenizer.keys(surface)
        guard !keys.isEmpty else { return false }
        var node = 0
        for text in keys {
            guard let next = child(of: node, key: Tokenizer.key(text)), nodeText[next] == text else { return false }
            node = next
        }
        return terminal[node] >= 0
    }

    mutating func insert(_ surface: String, _ entry: Entry) {
        let keys = Tokenizer.keys(surface)
        guard !keys.isEmpty else { return }
        var node = 0
        let first = Tokenizer.key(keys[0])
        rootFilter[Int((first & Self.rootFilterMask) >> 6)] |= 1 << (first & 63)
        for text in keys {
            let key = Tokenizer.key(text)
            if let next = child(of: node, key: key) {
                precondition(nodeText[next] == text, "two gazetteer tokens share a 64-bit key: \(text)")
                node = next
            } else {
                nodeText.append(text)
                terminal.append(-1)
                addEdge(from: node, key: key, to: nodeText.count - 1)
                node = nodeText.count - 1
            }
        }
        if terminal[node] >= 0 {
            entries[Int(terminal[node])] = entry
        } else {
            terminal[node] = Int32(entries.count)
            entries.append(entry)
        }
    }

    /// The longest entry starting at `tokens[index]`, with the index after its last token.
    func longestMatch<Tokens: RandomAccessCollection<Token>>(in tokens: Tokens, at index: Int) -> (Entry, Int)? where Tokens.Index == Int {
        guard index < tokens.count else { return nil }
        let first = tokens[index].key
        guard rootFilter[Int((first & Self.rootFilterMask) >> 6)] & (1 << (first & 63)) != 0 else { return nil }
        var node = 0
        var best = -1
        var bestEnd = index
        var i = index
        while i < tokens.count {
            // Names never run across a gap such as ", " unless the name itself has one.
            guard let next = child(of: node, key: tokens[i].key), nodeText[next] == tokens[i].text else { break }
            node = next
            i += 1
            if terminal[node] >= 0 { (best, bestEnd) = (Int(terminal[node]), i) }
        }
        return best < 0 ? nil : (entries[best], bestEnd)
    }

    var count: Int { entries.count }
}

extension TokenTrie.Entry.Form {
    /// The form's number in a snapshot.
    var code: Int {
        switch self {
        case .name: 0
        case .alias: 1
        case .adjective: 2
        case .prefix: 3
        case .stop: 4
        }
    }

    init?(code: Int) {
        switch code {
        case 0: self = .name
        case 1: self = .alias
        case 2: self = .adjective
        case 3: self = .prefix
        case 4: self = .stop
        default: return nil
        }
    }
}

extension TokenTrie {
    /// The trie as it is, tables and all (see `Gazetteer.snapshot`).
    func write(to w: inout BinaryWriter) {
        w.ints(edgeNodes.map(Int.init))
        w.int(edgeKeys.count)
        for key in edgeKeys { w.fixed(key) }
        w.ints(edgeChildren.map(Int.init))
        w.int(edgeCount)
        w.strings(nodeText)
        w.ints(terminal.map(Int.init))
        w.int(entries.count)
        for e in entries {
            w.string(e.entityID)
            w.int(e.form.code)
            w.string(e.surface)
        }
        w.int(rootFilter.count)
        for bits in rootFilter { w.fixed(bits) }
    }

    /// A trie `write` wrote, or nil if the bytes do not make a sound one.
    init?(reading r: inout BinaryReader) {
        func int32s(_ r: inout BinaryReader) -> [Int32]? {
            r.list { r in r.int().flatMap { Int32(exactly: $0) } }
        }
        guard let edgeNodes = int32s(&r), let edgeKeys = r.list({ $0.fixed() }), let edgeChildren = int32s(&r),
            let edgeCount = r.int(), let nodeText = r.strings(), let terminal = int32s(&r),
            let entries = r.list({ r -> Entry? in
                guard let id = r.string(), let form = r.int().flatMap(Entry.Form.init(code:)), let surface = r.string() else { return nil }
                return Entry(entityID: id, form: form, surface: surface)
            }),
            let rootFilter = r.list({ $0.fixed() })
        else { return nil }
        // The tables must agree with each other, or a lookup could run off them.
        let nodes = nodeText.count
        guard edgeKeys.count == edgeNodes.count, edgeChildren.count == edgeNodes.count, edgeNodes.count & (edgeNodes.count &- 1) == 0,
            edgeNodes.count == 0 || edgeCount < edgeNodes.count, terminal.count == nodes, rootFilter.count == Self.rootFilterWords,
            edgeNodes.allSatisfy({ $0 < nodes }), edgeChildren.allSatisfy({ $0 >= 0 && $0 < nodes }),
            terminal.allSatisfy({ $0 >= -1 && $0 < entries.count })
        else { return nil }
        self.init()
        self.edgeNodes = edgeNodes
        self.edgeKeys = edgeKeys
        self.edgeChildren = edgeChildren
        self.edgeCount = edgeCount
        self.nodeText = nodeText
        self.terminal = terminal
        self.entries = entries
        self.rootFilter = rootFilter
    }
}
