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
        return Self.bytes(fd, ref)
    }

    /// The bytes at `ref` of the open file `fd` (fewer if they cannot all be read).
    public static func bytes(_ fd: Int32, _ ref: SpillRef) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: ref.count) { buffer, initialized in
            initialized = read(fd, ref, into: UnsafeMutableRawPointer(buffer.baseAddress!))
        }
    }

    /// Reads `ref` into memory with room for `ref.count` bytes; returns how many were read.
    func read(_ ref: SpillRef, into buffer: UnsafeMutableRawPointer) -> Int { Self.read(fd, ref, into: buffer) }

    /// Reads `ref` of the open file `fd` into memory with room for `ref.count` bytes (retrying short and
    /// interrupted reads); returns how many were read.
    public static func read(_ fd: Int32, _ ref: SpillRef, into buffer: UnsafeMutableRawPointer) -> Int {
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

/// Where texts are read back from: the build's scratch file, or a file that outlives the build
/// (an annotation cache entry, see `FileTexts`).
public protocol TextSource: AnyObject, Sendable {
    /// The bytes at `ref` (fewer, or none, if they cannot be read back).
    func bytes(_ ref: SpillRef) -> [UInt8]
}

extension TextSource {
    public func get(_ ref: SpillRef) -> String { String(decoding: bytes(ref), as: UTF8.self) }
}

extension SpillStore: TextSource {}

/// Texts left where they already are on disk: a rebuild need not copy the rendered bodies of
/// 10,000 unchanged articles into the scratch file, as most are never read again (only pages
/// that changed are rendered). The file is checked, when read, to be the one it was when it was
/// first read (`FileIdentity`: a rewrite or removal changes it); a file that is
/// not is noted in `problems`, which the build turns into an error, never into a wrong page.
public final class FileTexts: TextSource, @unchecked Sendable {
    /// The files of one build that could not be read back as they were.
    public final class Problems: @unchecked Sendable {
        let lock = NSLock()
        var paths: [String] = []
        public init() {}
        public func add(_ path: String) { lock.withLock { if !paths.contains(path) { paths.append(path) } } }
        public var all: [String] { lock.withLock { paths.sorted() } }
    }

    public let path: String
    let identity: FileIdentity
    let problems: Problems
    /// Parts of the file with the checksum (`Checksum.of`) their bytes must have when read.
    let checks: [(SpillRef, UInt64)]

    public init(path: String, identity: FileIdentity, problems: Problems, checks: [(SpillRef, UInt64)] = []) {
        self.path = path
        self.identity = identity
        self.problems = problems
        self.checks = checks
    }

    public func bytes(_ ref: SpillRef) -> [UInt8] {
        guard ref.count > 0 else { return [] }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            problems.add(path)
            return []
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, FileIdentity(info) == identity else {
            problems.add(path)
            return []
        }
        let out = SpillStore.bytes(fd, ref)
        if out.count != ref.count {
            problems.add(path)
            return []
        }
        if let expected = checks.first(where: { $0.0 == ref })?.1, out.withUnsafeBytes({ Checksum.of($0) }) != expected {
            problems.add(path)
            return []
        }
        return out
    }
}
