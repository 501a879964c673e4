import Foundation
import SitegenCore

#if canImport(Glibc)
import Glibc
#endif

/// Cache files with a checksum: the payload, then its `Checksum` (8 bytes, little-endian),
/// written to a temporary name and renamed into place. A file whose checksum does not hold
/// is never used, so a damaged or half-written cache only costs work done again.
enum ChecksummedFile {
    /// The payload, if the file exists and its checksum holds.
    static func read(_ url: URL) -> [UInt8]? { readWithIdentity(url)?.payload }

    /// The payload and the file's identity when it was read (so that parts of it can be read
    /// again later, see `FileTexts`), if the file exists and its checksum holds.
    static func readWithIdentity(_ url: URL) -> (payload: [UInt8], identity: FileIdentity)? {
        withRegularFile(url, minimumSize: 8) { fd, info in readWithIdentity(fd, info) }
    }

    /// `body` with the open file at `url` and its status, if it is a regular file of at least `minimumSize` bytes
    /// (and of a size an `Int` can hold twice); the file is closed after.
    static func withRegularFile<T>(_ url: URL, minimumSize: Int, _ body: (Int32, stat) -> T?) -> T? {
        let fd = open(url.path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_size >= minimumSize, info.st_size < Int.max / 2 else { return nil }
        return body(fd, info)
    }

    private static func readWithIdentity(_ fd: Int32, _ info: stat) -> (payload: [UInt8], identity: FileIdentity)? {
        let size = Int(info.st_size)
        var complete = true
        var bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            var done = 0
            while done < size {
                let n = Glibc.read(fd, buffer.baseAddress! + done, size - done)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { break }
                done += n
            }
            complete = done == size
            initialized = done
        }
        guard complete else { return nil }
        let sound = bytes.withUnsafeBytes { raw -> Bool in
            let stored = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: raw.count - 8, as: UInt64.self))
            return stored == Checksum.of(UnsafeRawBufferPointer(rebasing: raw[..<(raw.count - 8)]))
        }
        guard sound else { return nil }
        bytes.removeLast(8)
        return (bytes, FileIdentity(info))
    }

    /// Writes atomically; false (and nothing left behind but the old file, if any) on failure.
    /// The file is not synced to disk (Foundation's `Data.write` syncs every file, which made
    /// a first build of 10,000 articles 11 s slower): a cache entry lost or cut short by a crash
    /// fails its checksum and is rebuilt.
    /// The checksum is written after the payload (not appended to a copy of it: the page manifest of a large
    /// site is tens of megabytes).
    @discardableResult
    static func write(_ payload: UnsafeRawBufferPointer, to target: URL) -> Bool {
        let sum = Checksum.of(payload)
        let temporary = target.deletingLastPathComponent()
            .appending(path: ".\(target.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        let fd = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return false }
        func writeAll(_ raw: UnsafeRawBufferPointer) -> Bool {
            var offset = 0
            while offset < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += n
            }
            return true
        }
        let written = writeAll(payload) && withUnsafeBytes(of: sum.littleEndian) { writeAll($0) }
        guard close(fd) == 0, written, rename(temporary.path, target.path) == 0 else {
            unlink(temporary.path)
            return false
        }
        return true
    }
}
