/// A file of the built site, as a value: rendering writes nothing itself.
public struct OutputFile: Sendable, Hashable {
    /// Relative path under the output folder, `/` separators.
    public var path: String
    public var bytes: [UInt8]
    /// Which template (or "asset") made it, for error messages.
    public var origin: String

    public init(path: String, bytes: [UInt8], origin: String) {
        self.path = path
        self.bytes = bytes
        self.origin = origin
    }

    public init(path: String, text: String, origin: String) {
        self.init(path: path, bytes: Array(text.utf8), origin: origin)
    }
}
