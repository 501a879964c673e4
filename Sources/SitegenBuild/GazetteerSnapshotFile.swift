import Foundation
import SitegenAnnotate
import SitegenCore

/// The site's gazetteer (the built-in data merged with the site's own entities), kept in the
/// cache folder as a snapshot: a rebuild reads it instead of decoding the built-in YAML and
/// indexing every entity again. It is keyed like the annotation cache (the executable, the
/// built-in data, the site's entities), and a snapshot that is damaged, or made for other
/// entities or by another sitegen, is not used: the gazetteer is then made afresh and saved.
enum GazetteerSnapshotFile {
    static func location(cache: URL) -> URL { cache.appending(path: "gazetteer.snapshot") }

    /// The snapshot and the key it was saved under, if the file is sound.
    static func read(_ url: URL) -> (key: UInt64, gazetteer: Gazetteer)? {
        guard let bytes = ChecksummedFile.read(url) else { return nil }
        var r = BinaryReader(bytes: bytes)
        guard let key = r.fixed(), let gazetteer = Gazetteer(snapshot: Array(bytes[r.at...])) else { return nil }
        return (key, gazetteer)
    }

    /// Saves the snapshot; a failure only leaves the next build to make the gazetteer again.
    @discardableResult
    static func write(_ gazetteer: Gazetteer, key: UInt64, to url: URL) -> Bool {
        var w = BinaryWriter()
        w.fixed(key)
        w.bytes += gazetteer.snapshot()
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        return w.bytes.withUnsafeBytes { ChecksummedFile.write($0, to: url) }
    }
}
