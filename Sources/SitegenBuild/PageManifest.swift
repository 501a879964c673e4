import Foundation
import SitegenCore
import SitegenPublish

#if canImport(Glibc)
import Glibc
#endif

/// What the last build wrote, per job: the job's fingerprint and its files (with their
/// identity on disk and the links they hold, for the link check). A job whose fingerprint
/// is unchanged keeps its files instead of rendering them (see `PageFingerprints`).
/// Kept in the cache folder, one per output folder; a missing, damaged or stale
/// manifest only means pages are rendered again.
struct PageManifest: Sendable {
    struct File: Sendable {
        var path: String
        var origin: String
        var identity: Publisher.Staging.Identity
        var links: LinkChecker.PageLinks?
    }
    struct Entry: Sendable {
        var fingerprint: UInt64
        var files: [File]
    }
    var entries: [String: Entry] = [:]
    /// The files of pages without a fingerprint (home, indexes, feeds, search), with the ids of
    /// those that are HTML: with the entries, every file the last build wrote and every id the
    /// link check saw, so the next build can tell whether a kept page's links still resolve.
    var unkeyed: [String: LinkChecker.IDSet?] = [:]

    static let magic: [UInt8] = Array("SGM2".utf8)

    /// Every file the last build wrote, with the ids of its HTML pages.
    var allFiles: [String: LinkChecker.IDSet?] {
        var all = unkeyed
        for entry in entries.values { for f in entry.files { all[f.path] = f.links.map(\.ids) } }
        return all
    }

    /// The manifest of an output folder, in the cache folder.
    static func location(cache: URL, output: URL) -> URL {
        var h = FNV64()
        h.add(output.standardizedFileURL.path)
        return cache.appending(path: "pages-" + String(h.value, radix: 16) + ".manifest")
    }

    static func load(_ url: URL) -> PageManifest? {
        guard let payload = ChecksummedFile.read(url), payload.count >= magic.count, Array(payload[0..<magic.count]) == magic else { return nil }
        var r = BinaryReader(bytes: payload, at: magic.count)
        var manifest = PageManifest()
        // Links and origins repeat from page to page: each distinct one is stored once.
        guard let strings = r.strings(), let count = r.int(), count >= 0 else { return nil }
        // (The kept pages' links, numbered as in the manifest's own table of strings.)
        guard strings.count <= Int(Int32.max) else { return nil }
        let table = LinkChecker.Interner(strings: strings)
        for _ in 0..<count {
            guard let key = r.string(), let fingerprint = r.fixed(), let files = r.list({ readFile(&$0, strings: strings, table: table) }) else { return nil }
            manifest.entries[key] = Entry(fingerprint: fingerprint, files: files)
        }
        guard let others = r.int(), others >= 0 else { return nil }
        for _ in 0..<others {
            guard let path = r.string(), let hasIDs = r.int() else { return nil }
            if hasIDs == 1 {
                guard let ids = readIDs(&r) else { return nil }
                manifest.unkeyed[path] = .some(ids)
            } else {
                manifest.unkeyed[path] = .some(nil)
            }
        }
        return r.isAtEnd ? manifest : nil
    }

    static func readFile(_ r: inout BinaryReader, strings: [String], table: LinkChecker.Interner) -> File? {
        guard let path = r.string(), let origin = r.int(), strings.indices.contains(origin), let size = r.int(), let inode = r.fixed(),
              let seconds = r.int(), let nanoseconds = r.int(), let hasLinks = r.int() else { return nil }
        var file = File(path: path, origin: strings[origin], identity: .init(size: size, inode: inode, seconds: seconds, nanoseconds: nanoseconds))
        if hasLinks == 1 {
            guard let ids = readIDs(&r) else { return nil }
            guard let numbers = r.list({ r in r.int().flatMap { strings.indices.contains($0) ? Int32($0) : nil } }) else { return nil }
            file.links = LinkChecker.PageLinks(ids: ids, numbers: numbers, table: table)
        }
        return file
    }

    static func readIDs(_ r: inout BinaryReader) -> LinkChecker.IDSet? {
        guard let idCount = r.int(), idCount >= 0, idCount <= r.bytes.count else { return nil }
        var ids: [UInt64] = []
        ids.reserveCapacity(idCount)
        for _ in 0..<idCount {
            guard let id = r.fixed() else { return nil }
            ids.append(id)
        }
        return LinkChecker.IDSet(ids)
    }

    static func writeIDs(_ ids: LinkChecker.IDSet, to w: inout BinaryWriter) {
        w.int(ids.count)
        for id in ids.sorted { w.fixed(id) }
    }

    /// Writes the manifest atomically; a failure leaves no manifest (pages are then rendered).
    func save(_ url: URL) { Self.write(encoded(), to: url) }

    /// Writes bytes `encoded()` made, atomically; a failure leaves no manifest.
    static func write(_ bytes: [UInt8], to url: URL) {
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        if !bytes.withUnsafeBytes({ ChecksummedFile.write($0, to: url) }) { unlink(url.path) }
    }

    /// The manifest as the file holds it (without its checksum).
    func encoded() -> [UInt8] {
        // Millions of links, few distinct: looked up by an FNV-1a hash of their bytes (cheaper than hashing
        // Strings), the text compared on a hit.
        var table: [UInt64: Int] = [:]
        table.reserveCapacity(1 << 14)
        var strings: [String] = []
        func index(_ s: String) -> Int {
            var h = FNV64()
            h.add(s)
            var key = h.value
            while let n = table[key] {
                if strings[n] == s { return n }
                key &+= 0x9E37_79B9_7F4A_7C15  // a collision: the next slot
            }
            table[key] = strings.count
            strings.append(s)
            return strings.count - 1
        }
        var remaps: [ObjectIdentifier: (strings: [String], indices: [Int])] = [:]
        var body = BinaryWriter()
        body.int(entries.count)
        for key in entries.keys.sorted() {
            let entry = entries[key]!
            body.string(key)
            body.fixed(entry.fingerprint)
            body.int(entry.files.count)
            for f in entry.files {
                body.string(f.path)
                body.int(index(f.origin))
                body.int(f.identity.size)
                body.fixed(f.identity.inode)
                body.int(f.identity.seconds)
                body.int(f.identity.nanoseconds)
                if let links = f.links {
                    body.int(1)
                    Self.writeIDs(links.ids, to: &body)
                    // Each table's numbers are mapped once to this file's (kept pages' links are in the old
                    // manifest's table, new pages' in the build's): no link text is hashed twice.
                    // (Taken out of the dictionary for the file's links, so each link costs no look-up.)
                    let id = ObjectIdentifier(links.table)
                    var remap = remaps.removeValue(forKey: id) ?? (links.table.strings, Array(repeating: -1, count: links.table.strings.count))
                    body.int(links.hrefNumbers.count)
                    for number in links.hrefNumbers {
                        let n = Int(number)
                        if remap.indices[n] < 0 { remap.indices[n] = index(remap.strings[n]) }
                        body.int(remap.indices[n])
                    }
                    remaps[id] = remap
                } else {
                    body.int(0)
                }
            }
        }
        body.int(unkeyed.count)
        for path in unkeyed.keys.sorted() {
            body.string(path)
            if let ids = unkeyed[path] ?? nil {
                body.int(1)
                Self.writeIDs(ids, to: &body)
            } else {
                body.int(0)
            }
        }
        var w = BinaryWriter()
        w.bytes = Self.magic
        w.strings(strings)
        w.bytes += body.bytes
        return w.bytes
    }

    /// Forgets the manifest before the output changes: if the build stops half way, no
    /// stale manifest vouches for files it did not write.
    static func remove(_ url: URL) { unlink(url.path) }
}
