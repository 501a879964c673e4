/// One place an entity is named in an article.
/// (Positions are stored in 32 bits: an article has many mentions and a site many articles, and a
/// file sitegen reads is far smaller than 2 GiB.)
public struct Mention: Sendable, Hashable, Codable {
    public var entityID: String
    public var text: String
    /// The rule that produced it ("gazetteer.name", "person.surname", ...).
    public var rule: String
    private var _line, _column, _start, _end, _unit, _unitLine, _unitStart, _unitEnd: Int32
    private var _sourceStartLine, _sourceStartColumn, _sourceEndLine, _sourceEndColumn: Int32

    /// File line, 1-based column (in characters), and byte offsets in the file.
    public var line: Int { get { Int(_line) } set { _line = Int32(clamping: newValue) } }
    public var column: Int { get { Int(_column) } set { _column = Int32(clamping: newValue) } }
    public var start: Int { get { Int(_start) } set { _start = Int32(clamping: newValue) } }
    public var end: Int { get { Int(_end) } set { _end = Int32(clamping: newValue) } }
    /// Index of the text unit (block) it is in, and that block's first line.
    public var unit: Int { get { Int(_unit) } set { _unit = Int32(clamping: newValue) } }
    public var unitLine: Int { get { Int(_unitLine) } set { _unitLine = Int32(clamping: newValue) } }
    /// Byte range in the unit's text.
    public var unitStart: Int { get { Int(_unitStart) } set { _unitStart = Int32(clamping: newValue) } }
    public var unitEnd: Int { get { Int(_unitEnd) } set { _unitEnd = Int32(clamping: newValue) } }
    /// Source byte columns (1-based, end exclusive) for placing markup.
    public var sourceStart: SourcePoint {
        get { SourcePoint(line: Int(_sourceStartLine), column: Int(_sourceStartColumn)) }
        set { _sourceStartLine = Int32(clamping: newValue.line); _sourceStartColumn = Int32(clamping: newValue.column) }
    }
    public var sourceEnd: SourcePoint {
        get { SourcePoint(line: Int(_sourceEndLine), column: Int(_sourceEndColumn)) }
        set { _sourceEndLine = Int32(clamping: newValue.line); _sourceEndColumn = Int32(clamping: newValue.column) }
    }

    init(entityID: String, text: String, line: Int, column: Int, start: Int, end: Int, unit: Int, unitLine: Int, rule: String,
         unitStart: Int, unitEnd: Int, sourceStart: SourcePoint, sourceEnd: SourcePoint) {
        self.entityID = entityID
        self.text = text
        self.rule = rule
        _line = Int32(clamping: line)
        _column = Int32(clamping: column)
        _start = Int32(clamping: start)
        _end = Int32(clamping: end)
        _unit = Int32(clamping: unit)
        _unitLine = Int32(clamping: unitLine)
        _unitStart = Int32(clamping: unitStart)
        _unitEnd = Int32(clamping: unitEnd)
        _sourceStartLine = Int32(clamping: sourceStart.line)
        _sourceStartColumn = Int32(clamping: sourceStart.column)
        _sourceEndLine = Int32(clamping: sourceEnd.line)
        _sourceEndColumn = Int32(clamping: sourceEnd.column)
    }

    enum CodingKeys: String, CodingKey {
        case entityID, text, rule
        case _line = "line", _column = "column", _start = "start", _end = "end", _unit = "unit", _unitLine = "unitLine"
        case _unitStart = "unitStart", _unitEnd = "unitEnd"
        case _sourceStartLine = "sourceStartLine", _sourceStartColumn = "sourceStartColumn"
        case _sourceEndLine = "sourceEndLine", _sourceEndColumn = "sourceEndColumn"
    }
}

/// A line and 1-based byte column in the file.
public struct SourcePoint: Sendable, Hashable, Codable, Comparable {
    public var line: Int
    public var column: Int
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
    public static func < (a: SourcePoint, b: SourcePoint) -> Bool { (a.line, a.column) < (b.line, b.column) }
}

/// A direct quote, possibly running over several paragraphs.
public struct Quote: Sendable, Hashable, Codable {
    public struct Part: Sendable, Hashable, Codable {
        public var unit: Int
        public var unitLine: Int
        public var unitStart: Int
        public var unitEnd: Int
        public var sourceStart: SourcePoint
        public var sourceEnd: SourcePoint
        /// The same span with its quotation marks, for markup.
        public var markedStart: SourcePoint
        public var markedEnd: SourcePoint
    }
    /// `q1`, `q2`, ... in reading order.
    public var id: String
    /// The quoted words, without the quotation marks; parts joined by a space.
    public var text: String
    public var speakerID: String?
    public var line: Int
    public var column: Int
    public var start: Int
    public var end: Int
    /// How the speaker was found ("after.said-name", "before.pronoun", "continuation", ...).
    public var rule: String
    public var parts: [Part]
    /// Pull-quote blocks repeating this quote: their first text unit index.
    public var pullQuoteUnits: [Int] = []
    /// The attribution lines of those pull-quotes ("— Wang Yi, ..."), whole.
    public var pullQuoteAttributions: [Part] = []
}

/// Everything the annotator found in one article.
public struct ArticleAnnotations: Sendable, Hashable, Codable {
    public var mentions: [Mention]
    public var quotes: [Quote]
    /// Entities the article refers to, including people found only in this
    /// article, sorted by id.
    public var entities: [Entity]

    public init(mentions: [Mention] = [], quotes: [Quote] = [], entities: [Entity] = []) {
        self.mentions = mentions
        self.quotes = quotes
        self.entities = entities
    }

    public func entity(_ id: String) -> Entity? { entities.first { $0.id == id } }
}
