import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A position in a source file. Lines and columns count from 1; columns count
/// Unicode scalars, as editors and compilers report them.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var column: Int

    public init(path: String, line: Int = 1, column: Int = 1) {
        self.path = path
        self.line = line
        self.column = column
    }

    public var description: String { "\(path):\(line):\(column)" }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.path, a.line, a.column) < (b.path, b.line, b.column)
    }
}

/// The pipeline stage an error comes from, printed after the message.
public enum Stage: String, Sendable {
    case load, markdown, annotate, model, render, publish, config
}

/// The one public error of sitegen. It prints like a compiler diagnostic:
/// `content/a.md:12:5: error: front matter field "date" is not a date [load]`.
public struct SitegenError: Error, Sendable, CustomStringConvertible, Equatable {
    public var location: SourceLocation?
    public var message: String
    public var stage: Stage
    /// Further diagnostics reported together with this one (for example the
    /// other file of a slug collision), printed as notes.
    public var notes: [SitegenError]

    public init(_ message: String, at location: SourceLocation? = nil, stage: Stage, notes: [SitegenError] = []) {
        self.location = location
        self.message = message
        self.stage = stage
        self.notes = notes
    }

    public var description: String {
        var text = ""
        if let location { text += "\(location): " }
        text += "error: \(message) [\(stage.rawValue)]"
        for note in notes {
            text += "\n"
            if let location = note.location { text += "\(location): " }
            text += "note: \(note.message)"
        }
        return text
    }
}

/// Several errors found in one pass (every bad article, not just the first).
public struct SitegenErrors: Error, Sendable, CustomStringConvertible {
    public var errors: [SitegenError]
    public init(_ errors: [SitegenError]) { self.errors = errors }
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}

/// A non-fatal problem worth telling the user about.
public struct SitegenWarning: Sendable, CustomStringConvertible, Equatable {
    public var location: SourceLocation?
    public var message: String
    public init(_ message: String, at location: SourceLocation? = nil) {
        self.location = location
        self.message = message
    }
    public var description: String {
        (location.map { "\($0): " } ?? "") + "warning: \(message)"
    }
}

/// A short reason for a failed file operation: the system's own words for the
/// error number ("Permission denied", "Is a directory") when Foundation wraps
/// one, instead of its generic "The operation could not be completed".
public func systemReason(_ error: any Error) -> String {
    var current: NSError? = error as NSError
    while let ns = current {
        if ns.domain == NSPOSIXErrorDomain, let text = strerror(Int32(ns.code)) { return String(cString: text) }
        current = ns.userInfo[NSUnderlyingErrorKey] as? NSError
    }
    if let cocoa = error as? CocoaError {
        switch cocoa.code {
        case .fileReadNoPermission, .fileWriteNoPermission: return String(cString: strerror(EACCES))
        case .fileReadNoSuchFile, .fileNoSuchFile: return String(cString: strerror(ENOENT))
        case .fileWriteOutOfSpace: return String(cString: strerror(ENOSPC))
        case .fileWriteVolumeReadOnly: return String(cString: strerror(EROFS))
        case .fileReadTooLarge: return "the file is too large"
        case .fileReadInapplicableStringEncoding, .fileReadCorruptFile: return "the file cannot be decoded"
        default: break
        }
    }
    return error.localizedDescription
}
