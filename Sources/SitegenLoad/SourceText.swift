import SitegenCore

/// A file's text made ready for parsing: valid UTF-8, no byte-order mark, and
/// every line ending (CRLF, lone CR) turned into LF. Line numbers are unchanged
/// by this, so positions found in the text are positions in the file.
public struct SourceText: Sendable {
    public var text: String
    public var warnings: [SitegenWarning]
    /// Byte offset in the original file of each line's start (index 0 = line 1),
    /// counting CRLF, lone CR and a BOM as they are in the file.
    public var fileLineStarts: [Int]

    public init(bytes: [UInt8], path: String) {
        var warnings: [SitegenWarning] = []
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }

        // Line endings first, on bytes: CR LF -> LF, lone CR -> LF.
        var normalized: [UInt8] = []
        normalized.reserveCapacity(bytes.count - start)
        var i = start
        var line = 1
        var reportedNUL = false
        var lineStarts = [0]
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x0D {
                normalized.append(0x0A)
                line += 1
                if i + 1 < bytes.count && bytes[i + 1] == 0x0A { i += 1 }
                lineStarts.append(i + 1)
            } else if b == 0 {
                if !reportedNUL {
                    warnings.append(SitegenWarning("NUL byte replaced by U+FFFD", at: SourceLocation(path: path, line: line)))
                    reportedNUL = true
                }
                normalized.append(contentsOf: [0xEF, 0xBF, 0xBD])
            } else {
                if b == 0x0A {
                    line += 1
                    lineStarts.append(i + 1)
                }
                normalized.append(b)
            }
            i += 1
        }
        fileLineStarts = lineStarts

        if let valid = String(validating: normalized, as: UTF8.self) {
            text = valid
        } else {
            let firstBadLine = SourceText.firstInvalidUTF8Line(normalized)
            warnings.append(SitegenWarning(
                "invalid UTF-8 replaced by U+FFFD", at: SourceLocation(path: path, line: firstBadLine)))
            text = String(decoding: normalized, as: UTF8.self)
        }
        self.warnings = warnings
    }

    public init(_ string: String) {
        self.init(bytes: Array(string.utf8), path: "<string>")
    }

    static func firstInvalidUTF8Line(_ bytes: [UInt8]) -> Int {
        var line = 1
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var lineOfLastScalar = 1
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s):
                if s == "\n" { line += 1 }
                lineOfLastScalar = line
            case .emptyInput:
                return lineOfLastScalar
            case .error:
                return line
            }
        }
    }
}
