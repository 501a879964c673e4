import Foundation
import CSystemShims
import SitegenCore

#if canImport(Glibc)
import Glibc
#endif

/// Writes the built site into the output folder atomically: the files go into
/// a hidden sibling folder, which is then swapped with the old output in one
/// rename. A failed or killed build leaves the previous site as it was.
///
/// An update (`begin(update: true)`, for rebuilds that change a few files) stages only
/// the files that change, then moves each into place with one rename and deletes what
/// the site no longer holds. Until a journal of those deletions is complete, nothing in
/// the output has changed (a failed build leaves it as it was); once it is, the update
/// is carried through, by the next run if this one is killed on the way.
public struct Publisher: Sendable {
    /// A file sitegen wrote into every output folder: only folders holding it are replaced.
    public static let markerName = ".sitegen-output"
    static let markerText = "This folder is written by sitegen and replaced on every build. Do not keep files here.\n"

    public let output: URL
    public let root: URL
    /// How the output folder is named in messages.
    public let displayOutput: String

    public init(output: URL, root: URL, displayOutput: String) {
        self.output = output.standardizedFileURL
        self.root = root.standardizedFileURL
        self.displayOutput = displayOutput
    }

    func refuse(_ why: String) -> SitegenError {
        SitegenError("refusing to use \"\(displayOutput)\" as the output folder: \(why); nothing was deleted", stage: .publish)
    }

    /// Checks that replacing the output folder cannot destroy anything of the user's.
    public func validate() throws(SitegenError) {
        let outputPath = Self.resolved(output.path)
        let rootPath = Self.resolved(root.path)
        if outputPath == "/" { throw refuse("it is the file system root") }
        if let home = ProcessInfo.processInfo.environment["HOME"], !home.isEmpty, outputPath == Self.resolved(home) {
            throw refuse("it is your home folder")
        }
        if outputPath == rootPath { throw refuse("it is the site folder itself") }
        if rootPath.hasPrefix(outputPath + "/") { throw refuse("it contains the site folder") }
        var info = stat()
        if lstat(output.path, &info) == 0 {
            let mode = info.st_mode & S_IFMT
            if mode == S_IFLNK { throw refuse("it is a symbolic link") }
            if mode != S_IFDIR { throw refuse("it exists and is not a folder") }
            let fm = FileManager.default
            if fm.fileExists(atPath: output.appending(path: "content").path) { throw refuse("it contains a content/ folder") }
            if fm.fileExists(atPath: output.appending(path: ".git").path) { throw refuse("it contains a .git folder") }
            let entries = (try? fm.contentsOfDirectory(atPath: output.path)) ?? []
            if !entries.isEmpty && !entries.contains(Self.markerName) {
                throw refuse("it is not empty and was not made by sitegen (it has no \(Self.markerName) file)")
            }
        }
    }

    /// Writes `files` (relative path, bytes) as the new content of the output folder.
    public func publish(_ files: [(path: String, bytes: [UInt8])]) throws(SitegenError) {
        let staging = try begin()
        do throws(SitegenError) {
            for file in files { try staging.write(file.bytes, to: file.path) }
            try staging.commit()
        } catch {
            staging.discard()
            throw error
        }
    }

    /// A new site being written beside the output; nothing is visible until `commit()`.
    /// `write` may be called from several threads at once.
    public final class Staging: @unchecked Sendable {
        let publisher: Publisher
        /// Where new files are written (in an update, only the files that change).
        public let folder: URL
        /// The site being replaced, when sitegen wrote it: its files with the same bytes are
        /// kept (hard-linked into the new site), so an unchanged page keeps its inode and time.
        let previous: String?
        /// An update of the output in place (see `Publisher`): kept files stay where they are.
        public let isUpdate: Bool
        let lock = NSLock()
        var madeFolders = Set<String>()
        var kept = 0
        /// In an update: the paths of kept files, and of files written into `folder`.
        var keptPaths = Set<String>()
        var placedPaths = Set<String>()

        init(publisher: Publisher, folder: URL, previous: String?, update: Bool = false) {
            self.publisher = publisher
            self.folder = folder
            self.previous = previous
            self.isUpdate = update && previous != nil
        }

        /// Where the files kept from the previous site are found once the new site is written.
        public var keptFolder: String { isUpdate ? previous! : folder.path }

        public func write(_ bytes: [UInt8], to path: String) throws(SitegenError) {
            guard Publisher.isSafeRelativePath(path) else {
                throw SitegenError("refusing to write outside the output folder: \"\(path)\"", stage: .publish)
            }
            if isUpdate {
                let same = previousFolderIsPlain(of: path) && Publisher.sameFile(bytes, at: previous! + "/" + path)
                if !same {
                    try makeFolders(for: path)
                    try Publisher.writeFile(bytes, at: folder.path + "/" + path, relative: path)
                }
                let fresh = lock.withLock {
                    guard !keptPaths.contains(path), !placedPaths.contains(path) else { return false }
                    if same { keptPaths.insert(path); kept += 1 } else { placedPaths.insert(path) }
                    return true
                }
                guard fresh else { throw SitegenError("two pages would be written to \(path)", stage: .publish) }
                return
            }
            try makeFolders(for: path)
            if let previous, previousFolderIsPlain(of: path), Publisher.sameFile(bytes, at: previous + "/" + path),
               linkat(AT_FDCWD, previous + "/" + path, AT_FDCWD, folder.path + "/" + path, 0) == 0 {
                lock.withLock { kept += 1 }
                return
            }
            try Publisher.writeFile(bytes, at: folder.path + "/" + path, relative: path)
        }

        /// A file's identity on disk: a file kept by a later build is this very file, untouched.
        public struct Identity: Sendable, Hashable {
            public var size: Int
            public var inode: UInt64
            public var seconds: Int
            public var nanoseconds: Int

            public init(size: Int, inode: UInt64, seconds: Int, nanoseconds: Int) {
                self.size = size
                self.inode = inode
                self.seconds = seconds
                self.nanoseconds = nanoseconds
            }

            init(_ info: stat) {
                self.init(size: Int(info.st_size), inode: UInt64(info.st_ino), seconds: Int(info.st_mtim.tv_sec), nanoseconds: Int(info.st_mtim.tv_nsec))
            }
        }

        /// The identity of a file just written (or kept) into the new site. (Moving a file into
        /// place keeps its inode, size and time: an update's identities hold once it is done.)
        public func identity(of path: String) -> Identity? {
            var info = stat()
            let base = isUpdate && lock.withLock({ keptPaths.contains(path) }) ? previous! : folder.path
            guard lstat(base + "/" + path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
            return Identity(info)
        }

        /// Keeps files of the previous site without rendering them again: each must still be the
        /// very file an earlier build wrote (same inode, size and modification time, a regular file
        /// in a folder of the site itself). All or none are kept; false means render them.
        public func keep(_ files: [(path: String, identity: Identity)]) -> Bool {
            guard let previous else { return false }
            for file in files {
                guard Publisher.isSafeRelativePath(file.path), previousFolderIsPlain(of: file.path) else { return false }
                guard Publisher.isFile(previous + "/" + file.path, identity: file.identity) else { return false }
            }
            if isUpdate {
                return lock.withLock {
                    guard files.allSatisfy({ !keptPaths.contains($0.path) && !placedPaths.contains($0.path) }) else { return false }
                    for file in files { keptPaths.insert(file.path) }
                    kept += files.count
                    return true
                }
            }
            var linked: [String] = []
            for file in files {
                guard (try? makeFolders(for: file.path)) != nil,
                      linkat(AT_FDCWD, previous + "/" + file.path, AT_FDCWD, folder.path + "/" + file.path, 0) == 0 else {
                    for path in linked { unlink(folder.path + "/" + path) }
                    return false
                }
                linked.append(file.path)
            }
            lock.withLock { kept += files.count }
            return true
        }

        var plainFolders: [String: Bool] = [:]
        lazy var previousResolved: String? = previous.flatMap { Publisher.realPath($0) }

        /// Whether the folder of `path` in the previous site is really inside it (no
        /// symbolic link leads elsewhere), so only the site's own files are ever kept.
        func previousFolderIsPlain(of path: String) -> Bool {
            guard let slash = path.utf8.lastIndex(of: 0x2F) else { return true }
            let dir = String(path[..<slash])
            if let known = lock.withLock({ plainFolders[dir] }) { return known }
            let plain = lock.withLock({ previousResolved }).map { root in Publisher.realPath(previous! + "/" + dir) == root + "/" + dir } ?? false
            lock.withLock { plainFolders[dir] = plain }
            return plain
        }

        /// Files of the previous site kept as they were (same bytes, same inode).
        public var unchanged: Int { lock.withLock { kept } }

        /// Creates the folders of a path once per build (most pages share them).
        func makeFolders(for path: String) throws(SitegenError) {
            var dir = folder.path
            var relative = ""
            for part in path.split(separator: "/").dropLast() {
                dir += "/" + part
                relative += relative.isEmpty ? String(part) : "/" + part
                if lock.withLock({ madeFolders.contains(relative) }) { continue }
                if mkdir(dir, 0o755) != 0 && errno != EEXIST {
                    throw SitegenError("cannot create \(dir): \(String(cString: strerror(errno)))", stage: .publish)
                }
                lock.withLock { _ = madeFolders.insert(relative) }
            }
        }

        /// Puts the new site in place of the old one: in one step, or, in an update that changes
        /// few files, by moving those into place and deleting what the new site does not hold.
        /// With `listing`, the output's entries as read ahead (`Publisher.readAhead()`) while the site was
        /// made: an update compares them with the new site instead of reading the whole tree now.
        public func commit(listing: TreeListing? = nil) throws(SitegenError) {
            guard isUpdate, let previous else {
                try publisher.swap(folder)
                return
            }
            let (kept, placed) = lock.withLock { (keptPaths, placedPaths) }
            var expected = kept.union(placed)
            expected.insert(Publisher.markerName)
            // Many changes, or a file where a folder was (or the reverse): the whole site is swapped.
            guard placed.count <= max(64, expected.count / 10),
                  let removals = Publisher.strayEntries(in: previous, expected: expected, readAhead: listing),
                  !removals.contains(where: { r in placed.contains(where: { $0 == r || $0.hasPrefix(r + "/") }) })
            else {
                for path in kept.sorted() {
                    try makeFolders(for: path)
                    guard linkat(AT_FDCWD, previous + "/" + path, AT_FDCWD, folder.path + "/" + path, 0) == 0 else {
                        throw SitegenError("cannot keep \(path): \(String(cString: strerror(errno)))", stage: .publish)
                    }
                }
                try publisher.swap(folder)
                Publisher.removeTree(folder.deletingLastPathComponent().path)
                return
            }
            // The journal is the point of no return: once it is whole, the update is carried through.
            let update = folder.deletingLastPathComponent().path
            let journal = removals.map { $0 + "\n" }.joined()
            try Publisher.writeFile(Array(journal.utf8), at: update + "/journal.partial", relative: "journal.partial")
            guard rename(update + "/journal.partial", update + "/journal") == 0 else {
                throw SitegenError("cannot write the journal of the update: \(String(cString: strerror(errno)))", stage: .publish)
            }
            Publisher.carryOut(update: update, output: previous)
        }

        /// Deletes the unfinished site; the old output stays as it was.
        public func discard() {
            Publisher.removeTree(isUpdate ? folder.deletingLastPathComponent().path : folder.path)
        }
    }

    /// The entries of the output folder that are neither expected files nor folders on the way to
    /// one (files, links, folders), as relative paths; nil if the folder cannot be read.
    static func strayEntries(in base: String, expected: Set<String>) -> [String]? {
        let folders = folders(on: expected)
        var stray: [String] = []
        var stack = [""]
        while let relative = stack.popLast() {
            guard let entries = Self.entries(of: relative.isEmpty ? base : base + "/" + relative) else { return nil }
            for (name, kind) in entries.sorted(by: { $0.name < $1.name }) {
                let path = relative.isEmpty ? name : relative + "/" + name
                switch kind {
                case .folder where folders.contains(path): stack.append(path)
                case .file where expected.contains(path): break
                default: stray.append(path)
                }
            }
        }
        return stray
    }

    /// The same, from the tree as `listing` read it ahead when it is this folder's (and could read the folders that matter).
    static func strayEntries(in base: String, expected: Set<String>, readAhead listing: TreeListing?) -> [String]? {
        if let listing, listing.base == base, let stray = listing.strayEntries(expected: expected) { return stray }
        return strayEntries(in: base, expected: expected)
    }

    public enum EntryKind: Sendable { case file, folder, other }

    /// Every entry of a folder tree, read ahead of need (on another core, while the site is made):
    /// the output's tree takes a rebuild a tenth of a second to read. Links are not followed.
    public struct TreeListing: Sendable {
        public let base: String
        /// Relative paths and what each is, sorted by path.
        var entries: [(path: String, kind: EntryKind)] = []
        /// Folders that could not be read.
        var unreadable = Set<String>()

        /// The whole tree under `base`, or nil when `base` itself cannot be read.
        public init?(base: String) {
            self.base = base
            var stack = [""]
            while let relative = stack.popLast() {
                guard let found = Publisher.entries(of: relative.isEmpty ? base : base + "/" + relative) else {
                    if relative.isEmpty { return nil }
                    unreadable.insert(relative)
                    continue
                }
                for (name, kind) in found {
                    let path = relative.isEmpty ? name : relative + "/" + name
                    entries.append((path, kind))
                    if kind == .folder { stack.append(path) }
                }
            }
            entries.sort { $0.path < $1.path }
        }

        /// What `Publisher.strayEntries(in:expected:)` finds in the tree as it was listed.
        func strayEntries(expected: Set<String>) -> [String]? {
            let folders = Publisher.folders(on: expected)
            if unreadable.contains(where: { folders.contains($0) }) { return nil }
            var stray: [String] = []
            for (path, kind) in entries {
                // Only entries of the folders the walk goes into: the top and the folders on the way to an expected file.
                if let slash = path.lastIndex(of: "/"), !folders.contains(String(path[..<slash])) { continue }
                switch kind {
                case .folder where folders.contains(path): break
                case .file where expected.contains(path): break
                default: stray.append(path)
                }
            }
            return stray
        }
    }

    /// Starts reading the output's tree on another thread (nil when it holds no site sitegen wrote).
    public func readAhead() -> Background<TreeListing?>? {
        var info = stat()
        guard lstat(output.appending(path: Self.markerName).path, &info) == 0 else { return nil }
        let base = output.path
        return Background { TreeListing(base: base) }
    }

    /// The folders on the way to the `expected` files (their parents, and theirs, ...).
    static func folders(on expected: Set<String>) -> Set<String> {
        var folders = Set<String>()
        for path in expected {
            var dir = Substring(path)
            while let slash = dir.lastIndex(of: "/") {
                dir = dir[..<slash]
                if !folders.insert(String(dir)).inserted { break }
            }
        }
        return folders
    }

    /// The names in a folder and what each is (never following a link), read with readdir: the
    /// kind comes with the name on most file systems, so a tree of 30,000 files needs no stat each.
    static func entries(of folder: String) -> [(name: String, kind: EntryKind)]? {
        guard let dir = opendir(folder) else { return nil }
        defer { closedir(dir) }
        var out: [(name: String, kind: EntryKind)] = []
        var info = stat()
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            var type = entry.pointee.d_type
            if type == UInt8(DT_UNKNOWN) {
                guard lstat(folder + "/" + name, &info) == 0 else { return nil }
                switch info.st_mode & S_IFMT {
                case S_IFDIR: type = UInt8(DT_DIR)
                case S_IFREG: type = UInt8(DT_REG)
                default: type = UInt8(DT_LNK)
                }
            }
            out.append((name, type == UInt8(DT_DIR) ? .folder : type == UInt8(DT_REG) ? .file : .other))
        }
        return out
    }

    /// Carries out an update whose journal is whole: moves every file staged in `update/site`
    /// to its place in the output, deletes the entries the journal names, and removes the
    /// update. Each step can be repeated, so a run killed on the way is finished by the next.
    /// Nothing is followed out of the output: a folder on the way that is not a plain folder
    /// stops that file's move (the next build, with no manifest, then writes the whole site).
    static func carryOut(update: String, output: String) {
        let staged = update + "/site"
        var stack = [""]
        var info = stat()
        while let relative = stack.popLast() {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: relative.isEmpty ? staged : staged + "/" + relative) else { continue }
            for name in names.sorted() {
                let path = relative.isEmpty ? name : relative + "/" + name
                guard lstat(staged + "/" + path, &info) == 0 else { continue }
                if (info.st_mode & S_IFMT) == S_IFDIR {
                    stack.append(path)
                    continue
                }
                if foldersArePlain(on: path, in: output, making: true) { _ = rename(staged + "/" + path, output + "/" + path) }
            }
        }
        if let journal = try? String(contentsOfFile: update + "/journal", encoding: .utf8) {
            for line in journal.split(separator: "\n") {
                let path = String(line)
                if isSafeRelativePath(path), foldersArePlain(on: path, in: output, making: false) { removeTree(output + "/" + path) }
            }
        }
        removeTree(update)
    }

    /// Whether every folder on the way to `path` inside `base` is a plain folder (no link), so
    /// nothing done at `path` reaches outside; with `making`, missing folders are made.
    static func foldersArePlain(on path: String, in base: String, making: Bool) -> Bool {
        var dir = base
        var info = stat()
        for part in path.split(separator: "/").dropLast() {
            dir += "/" + part
            if making, lstat(dir, &info) != 0 { _ = mkdir(dir, 0o755) }
            if lstat(dir, &info) != 0 || (info.st_mode & S_IFMT) != S_IFDIR { return false }
        }
        return true
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Whether `path` is a regular file (not a link) with this identity: the very file an earlier build wrote.
    public static func isFile(_ path: String, identity: Staging.Identity) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG && Staging.Identity(info) == identity
    }

    /// Whether a regular file (not a link) at `path` holds exactly `bytes`.
    public static func sameFile(_ bytes: [UInt8], at path: String) -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) == bytes.count else { return false }
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var old = [UInt8](repeating: 0, count: bytes.count + 1)
        var filled = 0
        while filled < old.count {
            let n = old.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + filled, $0.count - filled) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            filled += n
        }
        // One byte more than expected is asked for: a file that grew since stat() differs.
        guard filled == bytes.count else { return false }
        if bytes.isEmpty { return true }
        return old.withUnsafeBytes { o in bytes.withUnsafeBytes { memcmp(o.baseAddress!, $0.baseAddress!, bytes.count) == 0 } }
    }

    /// Whether the output folder already is exactly the site to publish: it holds the marker and
    /// these files and nothing else (no other file, no link, nothing special), each file with
    /// `identity` still the very file an earlier build wrote, each with `bytes` holding them.
    /// Then a build has nothing to write.
    public func holdsExactly(kept: [(path: String, identity: Staging.Identity)], made: [(path: String, bytes: [UInt8])], listing: TreeListing? = nil) -> Bool {
        let base = output.path
        var info = stat()
        guard lstat(base, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR,
              lstat(base + "/" + Self.markerName, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return false }
        var expected = Set<String>()
        expected.reserveCapacity(kept.count + made.count + 1)
        for file in kept {
            guard Self.isSafeRelativePath(file.path), expected.insert(file.path).inserted, Self.isFile(base + "/" + file.path, identity: file.identity) else { return false }
        }
        for file in made {
            guard Self.isSafeRelativePath(file.path), expected.insert(file.path).inserted, Self.sameFile(file.bytes, at: base + "/" + file.path) else { return false }
        }
        expected.insert(Self.markerName)
        // Every entry of the folder tree must be an expected file or a folder on the way to one.
        return Self.strayEntries(in: base, expected: expected, readAhead: listing)?.isEmpty == true
    }

    /// Starts a new site in a hidden temporary folder beside the output. With `update`, and an
    /// output sitegen wrote, only the files that change are staged (see `Publisher`).
    public func begin(update: Bool = false) throws(SitegenError) -> Staging {
        try validate()
        let parent = output.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw SitegenError("cannot create the folder \"\(parent.path)\": \(systemReason(error))", stage: .publish)
        }
        cleanStaleTemporaries()
        let name = output.lastPathComponent
        let suffix = "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        var info = stat()
        let previous = lstat(output.appending(path: Self.markerName).path, &info) == 0 ? output.path : nil
        let isUpdate = update && previous != nil
        let top = parent.appending(path: ".\(name).sitegen-\(isUpdate ? "upd" : "tmp")-\(suffix)")
        let staging = isUpdate ? top.appending(path: "site") : top
        guard mkdir(top.path, 0o755) == 0, !isUpdate || mkdir(staging.path, 0o755) == 0 else {
            throw SitegenError("cannot create a temporary folder beside the output: \(String(cString: strerror(errno)))", stage: .publish)
        }
        let result = Staging(publisher: self, folder: staging, previous: previous, update: isUpdate)
        do throws(SitegenError) {
            try result.write(Array(Self.markerText.utf8), to: Self.markerName)
            result.lock.withLock { result.kept = 0 }  // the marker is not one of the site's files
        } catch {
            result.discard()
            throw error
        }
        return result
    }

    /// A relative path is acceptable only if every part is a plain name.
    public static func isSafeRelativePath(_ path: String) -> Bool {
        // One pass over the bytes (it runs for every file of every build): no NUL or backslash, no
        // empty, "." or ".." part (so no leading "/"), no part over 255 bytes, under 4000 in all.
        let utf8 = path.utf8
        guard !utf8.isEmpty, utf8.count < 4000 else { return false }
        var partLength = 0
        var dots = 0
        for byte in utf8 {
            switch byte {
            case 0, UInt8(ascii: "\\"): return false
            case UInt8(ascii: "/"):
                if partLength == 0 || partLength == dots && dots <= 2 { return false }
                partLength = 0
                dots = 0
            default:
                partLength += 1
                if byte == UInt8(ascii: ".") { dots += 1 }
                if partLength > 255 { return false }
            }
        }
        return !(partLength == 0 || partLength == dots && dots <= 2)
    }

    /// Creates a new file (never follows or replaces an existing name) holding `bytes`.
    static func writeFile(_ bytes: [UInt8], at path: String, relative: String) throws(SitegenError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            if errno == EEXIST { throw SitegenError("two pages would be written to \(relative)", stage: .publish) }
            throw SitegenError("cannot write \(relative): \(String(cString: strerror(errno)))", stage: .publish)
        }
        defer { close(fd) }
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, bytes.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                throw SitegenError("cannot write \(relative): \(String(cString: strerror(errno)))", stage: .publish)
            }
            offset += n
        }
    }

    /// Puts the staging folder in place of the output in one step when the
    /// kernel can exchange two names (renameat2), else in two renames.
    func swap(_ staging: URL) throws(SitegenError) {
        var info = stat()
        if lstat(output.path, &info) != 0 {
            guard rename(staging.path, output.path) == 0 else {
                throw SitegenError("cannot move the new site into place: \(String(cString: strerror(errno)))", stage: .publish)
            }
            return
        }
        if sitegen_exchange_paths(staging.path, output.path) == 0 {
            Self.removeTree(staging.path)  // now holds the old site
            return
        }
        let old = staging.deletingLastPathComponent().appending(path: staging.lastPathComponent.replacingOccurrences(of: "sitegen-tmp", with: "sitegen-old"))
        guard rename(output.path, old.path) == 0 else {
            throw SitegenError("cannot move the old site aside: \(String(cString: strerror(errno)))", stage: .publish)
        }
        guard rename(staging.path, output.path) == 0 else {
            let message = String(cString: strerror(errno))
            _ = rename(old.path, output.path)
            throw SitegenError("cannot move the new site into place: \(message)", stage: .publish)
        }
        Self.removeTree(old.path)
    }

    /// Removes temporary folders left by builds that were killed, and finishes an update of
    /// the output that was killed after its journal was whole (one without is discarded).
    func cleanStaleTemporaries() {
        let parent = output.deletingLastPathComponent()
        let prefixes = [".\(output.lastPathComponent).sitegen-tmp-", ".\(output.lastPathComponent).sitegen-old-", ".\(output.lastPathComponent).sitegen-upd-"]
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return }
        for name in names.sorted() {
            guard let prefix = prefixes.first(where: { name.hasPrefix($0) }) else { continue }
            let pidText = name.dropFirst(prefix.count).split(separator: "-").first ?? ""
            if let pid = Int32(pidText), pid != getpid(), kill(pid, 0) == 0 { continue }  // a build still running
            let path = parent.appending(path: name).path
            var info = stat()
            if prefix.hasSuffix("upd-"), lstat(path + "/journal", &info) == 0, lstat(output.path + "/" + Self.markerName, &info) == 0 {
                Self.carryOut(update: path, output: output.path)
            } else {
                Self.removeTree(path)
            }
        }
    }

    /// Deletes a folder tree without ever following a symbolic link out of it.
    public static func removeTree(_ path: String) {
        var stack: [(String, Bool)] = [(path, false)]
        while let (current, visited) = stack.popLast() {
            var info = stat()
            guard lstat(current, &info) == 0 else { continue }
            if info.st_mode & S_IFMT != S_IFDIR {
                unlink(current)
                continue
            }
            if visited {
                rmdir(current)
                continue
            }
            stack.append((current, true))
            if let names = try? FileManager.default.contentsOfDirectory(atPath: current) {
                for name in names { stack.append((current + "/" + name, false)) }
            }
        }
    }

    static func resolved(_ path: String) -> String {
        // realpath of the deepest existing ancestor, plus the rest.
        var existing = path
        var rest: [String] = []
        while !existing.isEmpty && existing != "/" {
            if let r = realpath(existing, nil) {
                defer { free(r) }
                let base = String(cString: r)
                return rest.isEmpty ? base : (base == "/" ? "" : base) + "/" + rest.reversed().joined(separator: "/")
            }
            let url = URL(fileURLWithPath: existing)
            rest.append(url.lastPathComponent)
            existing = url.deletingLastPathComponent().path
            if existing.hasSuffix("/") && existing.count > 1 { existing.removeLast() }
        }
        return "/" + rest.reversed().joined(separator: "/")
    }
}
