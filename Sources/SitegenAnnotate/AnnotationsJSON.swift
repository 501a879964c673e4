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
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        write(into: &out, pretty: pretty, indent: indent)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the serialisation as UTF-8 bytes (one buffer for the whole document).
    func write(into out: inout [UInt8], pretty: Bool, indent: Int) {
        func newline(_ level: Int) {
            guard pretty else { return }
            out.append(0x0A)
            for _ in 0..<level { out += [0x20, 0x20] }
        }
        switch self {
        case .string(let s): JSONValue.escape(s, into: &out)
        case .int(let i): out += String(i).utf8
        case .bool(let b): out += (b ? "true" : "false").utf8
        case .null: out += "null".utf8
        case .array(let items):
            if items.isEmpty { out += [0x5B, 0x5D]; return }
            out.append(0x5B)
            for (n, item) in items.enumerated() {
                if n > 0 { out.append(0x2C) }
                newline(indent + 1)
                item.write(into: &out, pretty: pretty, indent: indent + 1)
            }
            newline(indent)
            out.append(0x5D)
        case .object(let fields):
            if fields.isEmpty { out += [0x7B, 0x7D]; return }
            out.append(0x7B)
            for (n, (key, value)) in fields.enumerated() {
                if n > 0 { out.append(0x2C) }
                newline(indent + 1)
                JSONValue.escape(key, into: &out)
                out.append(0x3A)
                if pretty { out.append(0x20) }
                value.write(into: &out, pretty: pretty, indent: indent + 1)
            }
            newline(indent)
            out.append(0x7D)
        }
    }

    static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// A JSON string literal, safe inside HTML `<script>` and JavaScript (U+2028, U+2029).
    static func escape(_ s: String, into out: inout String) {
        var bytes: [UInt8] = []
        escape(s, into: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }

    static func escape(_ s: String, into bytes: inout [UInt8]) {
        var s = s
        s.withUTF8 { u in
            bytes.append(0x22)
            var i = 0
            while i < u.count {
                // Runs of bytes that need no escaping are copied at once.
                var run = i
                while run < u.count, u[run] >= 0x20, u[run] != 0x22, u[run] != 0x5C, u[run] != 0x3C, u[run] != 0x3E, u[run] != 0x26, u[run] != 0xE2 { run += 1 }
                if run > i {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: u[i..<run]))
                    i = run
                    continue
                }
                let byte = u[i]
                i += 1
                switch byte {
                case 0x22: bytes += [0x5C, 0x22]
                case 0x5C: bytes += [0x5C, 0x5C]
                case 0x0A: bytes += [0x5C, 0x6E]
                case 0x0D: bytes += [0x5C, 0x72]
                case 0x09: bytes += [0x5C, 0x74]
                case 0x3C, 0x3E, 0x26, ..<0x20:  // \u003c \u003e \u0026 and control characters
                    bytes += [0x5C, 0x75, 0x30, 0x30, hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0xF)]]
                case 0xE2 where i + 1 < u.count && u[i] == 0x80 && (u[i + 1] == 0xA8 || u[i + 1] == 0xA9):
                    bytes += [0x5C, 0x75, 0x32, 0x30, 0x32, u[i + 1] == 0xA8 ? 0x38 : 0x39]  // \u2028 \u2029
                    i += 2
                default: bytes.append(byte)
                }
            }
            bytes.append(0x22)
        }
    }
}

/// Writes compact JSON straight into bytes, for large documents made once (no value tree):
/// the same bytes `JSONValue.serialized(pretty: false)` gives for the same calls.
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    /// Per open container: whether nothing has been written into it yet.
    var empty: [Bool] = []
    var afterKey = false

    public init(capacity: Int = 4096) { bytes.reserveCapacity(capacity) }

    mutating func separate() {
        if afterKey { afterKey = false; return }
        if let isEmpty = empty.last {
            if !isEmpty { bytes.append(0x2C) }
            empty[empty.count - 1] = false
        }
    }

    public mutating func beginObject() { separate(); bytes.append(0x7B); empty.append(true) }
    public mutating func endObject() { empty.removeLast(); bytes.append(0x7D) }
    public mutating func beginArray() { separate(); bytes.append(0x5B); empty.append(true) }
    public mutating func endArray() { empty.removeLast(); bytes.append(0x5D) }

    public mutating func key(_ name: String) {
        separate()
        JSONValue.escape(name, into: &bytes)
        bytes.append(0x3A)
        afterKey = true
    }

    public mutating func string(_ value: String) { separate(); JSONValue.escape(value, into: &bytes) }
    public mutating func int(_ value: Int) { separate(); bytes += String(value).utf8 }
    public mutating func field(_ name: String, _ value: String) { key(name); string(value) }
    public mutating func field(_ name: String, _ value: Int) { key(name); int(value) }
    /// Bytes that are already valid JSON (a value made once and used many times).
    public mutating func raw(_ json: [UInt8]) { separate(); bytes += json }
}
