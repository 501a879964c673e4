import Foundation

/// 64-bit FNV-1a: fast, and the same on every run and machine.
public struct FNV64: Sendable {
    public private(set) var value: UInt64

    public init(seed: UInt64 = 0xcbf2_9ce4_8422_2325) { value = seed }

    public mutating func add(_ bytes: some Sequence<UInt8>) {
        for byte in bytes {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01B3
        }
    }

    public mutating func add(_ bytes: UnsafeRawBufferPointer) {
        var v = value
        for byte in bytes {
            v ^= UInt64(byte)
            v = v &* 0x0000_0100_0000_01B3
        }
        value = v
    }

    /// Contiguous bytes are hashed in place (a generic sequence walks them one by one).
    public mutating func add(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { add($0) }
    }

    public mutating func add(_ data: Data) {
        data.withUnsafeBytes { add($0) }
    }

    public mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add(UnsafeRawBufferPointer($0)) }
        // A 0xFF byte separates fields (it never occurs in UTF-8).
        value = (value ^ 0xFF) &* 0x0000_0100_0000_01B3
    }

    public mutating func add(_ number: UInt64) {
        withUnsafeBytes(of: number.littleEndian) { add($0) }
    }
}

/// A checksum of a file's bytes, read eight at a time: the same on every machine (little-endian
/// words), several times faster than FNV-1a's byte at a time, and as good at telling a damaged or
/// cut-short cache file from a sound one.
public enum Checksum {
    public static func of(_ raw: UnsafeRawBufferPointer) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(raw.count)
        let words = raw.count / 8
        var i = 0
        while i < words {
            let w = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self))
            h = (h ^ w) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 29
            i += 1
        }
        var tail: UInt64 = 0
        for k in (words * 8)..<raw.count { tail |= UInt64(raw[k]) << (8 * UInt64(k - words * 8)) }
        h = (h ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 32
        return h
    }
}
