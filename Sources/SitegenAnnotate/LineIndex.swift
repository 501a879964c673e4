/// Turns positions in an article's body into positions in its file: character
/// columns for people, byte offsets for programs.
public struct LineIndex: Sendable {
    let bodyLines: [ArraySlice<UInt8>]
    let bodyBytes: [UInt8]
    let firstLine: Int
    /// Byte offset in the file of each file line (index 0 = line 1).
    let fileLineStarts: [Int]
    /// Characters in the body before each body line.
    let charactersBefore: [Int]
    /// For long lines: characters before every 1024th byte, so columns cost O(1024).
    let checkpoints: [Int: [Int]]
    /// Lines with no byte beyond ASCII, where a character column is the byte column.
    let asciiLines: [Bool]
    static let step = 1024

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
        var before: [Int] = []
        var total = 0
        var marks: [Int: [Int]] = [:]
        var ascii: [Bool] = []
        for (n, line) in lines.enumerated() {
            before.append(total)
            var count = 0
            var lineMarks: [Int] = []
            for (i, b) in line.enumerated() {
                if line.count > LineIndex.step && i % LineIndex.step == 0 { lineMarks.append(count) }
                if (b & 0xC0) != 0x80 { count += 1 }
            }
            if !lineMarks.isEmpty { marks[n] = lineMarks }
            ascii.append(count == line.count)
            total += count + 1
        }
        asciiLines = ascii
        charactersBefore = before
        checkpoints = marks
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
        return charactersBefore[index] + characterColumn(line: line, byteColumn: byteColumn) - 1
    }

    /// Character (Unicode scalar) column of a byte column on a file line.
    public func characterColumn(line: Int, byteColumn: Int) -> Int {
        let index = line - firstLine
        guard index >= 0, index < bodyLines.count else { return byteColumn }
        let line = bodyLines[index]
        let length = min(max(0, byteColumn - 1), line.count)
        if asciiLines[index] { return length + 1 }
        var count = 0
        var from = line.startIndex
        if let marks = checkpoints[index] {
            let mark = length / LineIndex.step
            count = marks[min(mark, marks.count - 1)]
            from = line.startIndex + min(mark, marks.count - 1) * LineIndex.step
        }
        for b in line[from..<(line.startIndex + length)] where (b & 0xC0) != 0x80 { count += 1 }
        return count + 1
    }

    /// Byte offset in the file of a line and byte column.
    public func fileOffset(line: Int, byteColumn: Int) -> Int {
        guard line >= 1, line <= fileLineStarts.count else { return 0 }
        return fileLineStarts[line - 1] + byteColumn - 1
    }
}
