/// The JSON `sitegen annotate` prints: stable key order, one object per file.
public enum AnnotationsJSON {
    public static func object(path: String, annotations a: ArticleAnnotations) -> JSONValue {
        var byEntity: [String: [Mention]] = [:]
        for m in a.mentions { byEntity[m.entityID, default: []].append(m) }
        let entities: [JSONValue] = a.entities.filter { byEntity[$0.id] != nil }.map { e in
            var fields: [(String, JSONValue)] = [("id", .string(e.id)), ("kind", .string(e.kind.rawValue)), ("name", .string(e.name))]
            if let code = e.code { fields.append(("code", .string(code))) }
            fields.append(("mentions", .array((byEntity[e.id] ?? []).map { m in
                .object([("text", .string(m.text)), ("line", .int(m.line)), ("column", .int(m.column)), ("start", .int(m.start)), ("end", .int(m.end)), ("rule", .string(m.rule))])
            })))
            return .object(fields)
        }
        let quotes: [JSONValue] = a.quotes.map { q in
            let speaker: JSONValue = q.speakerID.map { id in
                .object([("id", .string(id)), ("name", .string(a.entity(id)?.name ?? id))])
            } ?? .null
            return .object([
                ("id", .string(q.id)), ("text", .string(q.text)), ("speaker", speaker),
                ("line", .int(q.line)), ("column", .int(q.column)), ("start", .int(q.start)), ("end", .int(q.end)),
                ("rule", .string(q.rule)),
            ])
        }
        return .object([("path", .string(path)), ("entities", .array(entities)), ("quotes", .array(quotes))])
    }
}

/// A minimal JSON value with ordered object keys, so output is byte-stable.
public indirect enum JSONValue: Sendable, Hashable {
    case string(String), int(Int), bool(Bool), null
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.serialized() == b.serialized() }
    public func hash(into hasher: inout Hasher) { hasher.combine(serialized()) }

    /// Serialised with two-space indentation when `pretty`. Escapes `<`, `>`, `&`,
    /// U+2028 and U+2029 as well, so the text is also safe inside an HTML `<script>`.
    public func serialized(pretty: Bool = true, indent: Int = 0) -> String {
        var out = ""
        write(into: &out, pretty: pretty, indent: indent)
        return out
    }

    func write(into out: inout String, pretty: Bool, indent: Int) {
        let pad = pretty ? String(repeating: "  ", count: indent + 1) : ""
        let closePad = pretty ? String(repeating: "  ", count: indent) : ""
        let newline = pretty ? "\n" : ""
        switch self {
        case .string(let s): JSONValue.escape(s, into: &out)
        case .int(let i): out += String(i)
        case .bool(let b): out += b ? "true" : "false"
        case .null: out += "null"
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "[" + newline
            for (n, item) in items.enumerated() {
                out += pad
                item.write(into: &out, pretty: pretty, indent: indent + 1)
                out += (n + 1 < items.count ? "," : "") + newline
            }
            out += closePad + "]"
        case .object(let fields):
            if fields.isEmpty { out += "{}"; return }
            out += "{" + newline
            for (n, (key, value)) in fields.enumerated() {
                out += pad
                JSONValue.escape(key, into: &out)
                out += pretty ? ": " : ":"
                value.write(into: &out, pretty: pretty, indent: indent + 1)
                out += (n + 1 < fields.count ? "," : "") + newline
            }
            out += closePad + "}"
        }
    }

    static func escape(_ s: String, into out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
