extension String {
    /// The string without leading and trailing copies of `character`.
    public func trimming(_ character: Character) -> String {
        var s = Substring(self)
        while s.first == character { s.removeFirst() }
        while s.last == character { s.removeLast() }
        return String(s)
    }
}

extension String {
    /// The string escaped for HTML text and double- or single-quoted attributes
    /// (the same entities as Mustache's `{{value}}`), working on bytes.
    public var htmlEscaped: String {
        let needed = utf8.withContiguousStorageIfAvailable { $0.contains(where: Self.isHTMLSpecial) } ?? utf8.contains(where: Self.isHTMLSpecial)
        guard needed else { return self }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + 32)
        for byte in utf8 {
            switch byte {
            case 0x26: out += [0x26, 0x61, 0x6D, 0x70, 0x3B]  // &amp;
            case 0x3C: out += [0x26, 0x6C, 0x74, 0x3B]  // &lt;
            case 0x3E: out += [0x26, 0x67, 0x74, 0x3B]  // &gt;
            case 0x22: out += [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B]  // &quot;
            case 0x27: out += [0x26, 0x23, 0x33, 0x39, 0x3B]  // &#39;
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    @inline(__always)
    static func isHTMLSpecial(_ byte: UInt8) -> Bool {
        byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27
    }
}
