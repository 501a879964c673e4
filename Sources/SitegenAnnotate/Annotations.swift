/// An `Int` kept in 32 bits: positions and counts within one article, which is far smaller than
/// 2 GiB. Every article's mentions stay in memory for a whole build, so their size counts.
@propertyWrapper
public struct Int32Stored: Sendable, Hashable, Codable {
    private var value: Int32
    public init(wrappedValue: Int) { value = Int32(clamping: wrappedValue) }
    public var wrappedValue: Int {
        get { Int(value) }
        set { value = Int32(clamping: newValue) }
    }
    public init(from decoder: Decoder) throws { value = try decoder.singleValueContainer().decode(Int32.self) }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(value)
    }
}

/// One place an entity is named in an article.
public struct Mention: Sendable, Hashable, Codable {
    public var entityID: String
    public var text: String
    /// File line, 1-based column (in characters), and byte offsets in the file.
    @Int32Stored public var line: Int
    @Int32Stored public var column: Int
    @Int32Stored public var start: Int
    @Int32Stored public var end: Int
    /// Index of the text unit (block) it is in, and that block's first line.
    @Int32Stored public var unit: Int
    @Int32Stored public var unitLine: Int
    /// The rule that produced it ("gazetteer.name", "person.surname", ...).
    public var rule: String
    /// Byte range in the unit's text.
    @Int32Stored public var unitStart: Int
    @Int32Stored public var unitEnd: Int
    /// Source byte columns (1-based, end exclusive) for placing markup.
    public var sourceStart: SourcePoint
    public var sourceEnd: SourcePoint
}

/// A line and 1-based byte column in the file.
public struct SourcePoint: Sendable, Hashable, Codable, Comparable {
    @Int32Stored public var line: Int
    @Int32Stored public var column: Int
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
