#if canImport(Glibc)
import Glibc
#endif

/// What a file was when it was read: the same one (device, inode), of the same size, with the same
/// modification and change times to the nanosecond (writing a file changes its change time, which
/// cannot be set back), as `make`, git and ninja tell a file unchanged. The content index trusts an
/// article's last reading, and `FileTexts` a cache entry's texts, only while it holds.
public struct FileIdentity: Hashable, Sendable {
    public var device: UInt64, inode: UInt64, size: Int
    public var modified: Int, modifiedNanoseconds: Int
    public var changed: Int, changedNanoseconds: Int

    public init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = Int(info.st_size)
        modified = info.st_mtim.tv_sec
        modifiedNanoseconds = info.st_mtim.tv_nsec
        changed = info.st_ctim.tv_sec
        changedNanoseconds = info.st_ctim.tv_nsec
    }

    public init(device: UInt64, inode: UInt64, size: Int, modified: Int, modifiedNanoseconds: Int, changed: Int, changedNanoseconds: Int) {
        self.device = device
        self.inode = inode
        self.size = size
        self.modified = modified
        self.modifiedNanoseconds = modifiedNanoseconds
        self.changed = changed
        self.changedNanoseconds = changedNanoseconds
    }
}
