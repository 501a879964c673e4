/// A compact binary encoding for caches: zigzag varints and length-prefixed UTF-8 strings.
public struct BinaryWriter {
    public var bytes: [UInt8] = []

    public init() {}

    public mutating func int(_ value: Int) {
        var v = UInt64(bitPattern: Int64((value << 1) ^ (value >> 63)))  // zigzag
        while v >= 0x80 {
            bytes.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }
    public mutating func string(_ s: String) {
        int(s.utf8.count)
        bytes += s.utf8
    }
    public mutating func optional(_ s: String?) {
        if let s { int(1); string(s) } else { int(0) }
    }
    public mutating func optionalInt(_ v: Int?) {
        if let v { int(1); int(v) } else { int(0) }
    }
    public mutating func strings(_ list: [String]) {
        int(list.count)
        for s in list { string(s) }
    }
    public mutating func ints(_ list: [Int]) {
        int(list.count)
        for v in list { int(v) }
    }
    /// Eight bytes, little-endian: for hashes, which varints would only make longer.
    public mutating func fixed(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
    }
}

/// Reads what `BinaryWriter` wrote; every read returns nil on malformed or truncated input.
public struct BinaryReader {
    public let bytes: [UInt8]
    public var at = 0

    public init(bytes: [UInt8], at: Int = 0) {
        self.bytes = bytes
        self.at = at
    }

    public var isAtEnd: Bool { at == bytes.count }

    public mutating func int() -> Int? {
        var v: UInt64 = 0
        var shift: UInt64 = 0
        while at < bytes.count, shift < 64 {
            let b = bytes[at]
            at += 1
            v |= UInt64(b & 0x7F) << shift
            if b < 0x80 {
                // Zigzag back: a logical shift of the unsigned value (an arithmetic one breaks
                // numbers of 62 bits and more, such as hashes stored as Int).
                return Int(Int64(bitPattern: (v >> 1) ^ (0 &- (v & 1))))
            }
            shift += 7
        }
        return nil
    }
    public mutating func string() -> String? {
        guard let n = int(), n >= 0, at + n <= bytes.count else { return nil }
        defer { at += n }
        return String(decoding: bytes[at..<(at + n)], as: UTF8.self)
    }
    /// nil: malformed; .some(nil): absent.
    public mutating func optional() -> String?? {
        guard let flag = int() else { return nil }
        if flag == 0 { return .some(nil) }
        guard let s = string() else { return nil }
        return .some(s)
    }
    public mutating func optionalInt() -> Int?? {
        guard let flag = int() else { return nil }
        if flag == 0 { return .some(nil) }
        guard let v = int() else { return nil }
        return .some(v)
    }
    public mutating func strings() -> [String]? { list { $0.string() } }
    public mutating func fixed() -> UInt64? {
        guard at + 8 <= bytes.count else { return nil }
        var v: UInt64 = 0
        for k in 0..<8 { v |= UInt64(bytes[at + k]) << (8 * UInt64(k)) }
        at += 8
        return v
    }
    public mutating func ints() -> [Int]? { list { $0.int() } }

    /// A count, then that many elements read by `element`; nil if any is missing.
    public mutating func list<T>(_ element: (inout BinaryReader) -> T?) -> [T]? {
        guard let n = int(), n >= 0, n <= bytes.count else { return nil }
        var out: [T] = []
        out.reserveCapacity(n)
        for _ in 0..<n {
            guard let v = element(&self) else { return nil }
            out.append(v)
        }
        return out
    }
}
