import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Where a text was put in a `SpillStore`.
public struct SpillRef: Sendable, Hashable {
    public var offset: Int
    public var count: Int

    public init(offset: Int, count: Int) {
        self.offset = offset
        self.count = count
    }
}

/// An append-only scratch file for large texts a build needs twice but not in
/// between (article bodies and their HTML): memory then grows with what is
/// known about the articles, not with their size. The file is unlinked as soon
/// as it is created, so nothing is left behind even after a crash.
/// Safe to use from several threads.
public final class SpillStore: @unchecked Sendable {
    let fd: Int32
    var end = 0
    let lock = NSLock()

    /// A store in `folder` (which should be on disk, not in memory); nil when it cannot be made.
    public init?(folder: URL) {
        var template = Array((folder.path + "/.sitegen-spill-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { return nil }
        _ = template.withUnsafeBufferPointer { unlink($0.baseAddress!) }
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        self.fd = fd
    }

    deinit { close(fd) }

    /// Appends a text; returns where it is. Nil when the write fails (a full disk).
    public func put(_ text: String) -> SpillRef? {
        var text = text
        return text.withUTF8 { bytes -> SpillRef? in
            lock.lock()
            let offset = end
            end += bytes.count
            lock.unlock()
            var done = 0
            while done < bytes.count {
                let n = pwrite(fd, bytes.baseAddress! + done, bytes.count - done, off_t(offset + done))
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { return nil }
                done += n
            }
            return SpillRef(offset: offset, count: bytes.count)
        }
    }

    /// The bytes at `ref` (fewer if they cannot all be read back).
    public func bytes(_ ref: SpillRef) -> [UInt8] {
        guard ref.count > 0 else { return [] }
        return [UInt8](unsafeUninitializedCapacity: ref.count) { buffer, initialized in
            initialized = read(ref, into: UnsafeMutableRawPointer(buffer.baseAddress!))
        }
    }

    /// Reads `ref` into memory with room for `ref.count` bytes; returns how many were read.
    func read(_ ref: SpillRef, into buffer: UnsafeMutableRawPointer) -> Int {
        var done = 0
        while done < ref.count {
            let n = pread(fd, buffer + done, ref.count - done, off_t(ref.offset + done))
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { break }
            done += n
        }
        return done
    }

    /// The text at `ref` ("" if it cannot be read back, which a full disk at `put` would already have reported).
    public func get(_ ref: SpillRef) -> String {
        guard ref.count > 0 else { return "" }
        return String(unsafeUninitializedCapacity: ref.count) { buffer in
            read(ref, into: UnsafeMutableRawPointer(buffer.baseAddress!))
        }
    }
}
