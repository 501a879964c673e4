/// Turns positions in an article's body into positions in its file: character
/// columns for people, byte offsets for programs.
public struct LineIndex: Sendable {
    let bodyLines: [ArraySlice<UInt8>]
    let bodyBytes: [UInt8]
    let firstLine: Int
    /// Byte offset in the file of each file line (index 0 = line 1).
    let fileLineStarts: [Int]

    /// `fileLineStarts` comes from the raw file (CRLF counted as in the file, a
    /// BOM included); without it, the body is taken to be the file's tail with LF endings.
    public init(body: String, firstLine: Int, fileLineStarts: [Int]? = nil) {
        bodyBytes = Array(body.utf8)
        var lines: [ArraySlice<UInt8>] = []
        var start = 0
        for (i, b) in bodyBytes.enumerated() where b == 0x0A {
            lines.append(bodyBytes[start..<i])
            start = i + 1
        }
        lines.append(bodyBytes[start...])
        bodyLines = lines
        self.firstLine = firstLine
        if let fileLineStarts {
            self.fileLineStarts = fileLineStarts
        } else {
            var starts = [Int](repeating: 0, count: firstLine - 1)
            var offset = 0
            for line in lines {
                starts.append(offset)
                offset += line.count + 1
            }
            self.fileLineStarts = starts
        }
    }

    /// Characters (Unicode scalars) from the start of the body to a position,
    /// line endings counted as one.
    public func characterOffsetInBody(line: Int, byteColumn: Int) -> Int {
        let index = line - firstLine
        guard index >= 0, index < bodyLines.count else { return 0 }
        var total = 0
        for l in bodyLines[..<index] { total += l.reduce(0) { $0 + (($1 & 0xC0) == 0x80 ? 0 : 1) } + 1 }
        return total + characterColumn(line: line, byteColumn: byteColumn) - 1
    }

    /// Character (Unicode scalar) column of a byte column on a file line.
    public func characterColumn(line: Int, byteColumn: Int) -> Int {
        let index = line - firstLine
        guard index >= 0, index < bodyLines.count else { return byteColumn }
        let bytes = bodyLines[index].prefix(max(0, byteColumn - 1))
        return bytes.reduce(0) { $0 + (($1 & 0xC0) == 0x80 ? 0 : 1) } + 1
    }

    /// Byte offset in the file of a line and byte column.
    public func fileOffset(line: Int, byteColumn: Int) -> Int {
        guard line >= 1, line <= fileLineStarts.count else { return 0 }
        return fileLineStarts[line - 1] + byteColumn - 1
    }
}
