/// A unit's tokens, read in place. The rules ask for one field of a token at a time
/// (`toks[i].lower`, `toks[i].isCapitalized`); through `Array`'s getter, in the rule
/// functions too large for it to be inlined, each such read copied the whole token
/// (retaining and releasing its two strings): a sixth of the annotator's time.
/// The subscript here hands out the token's address, so a read touches one field.
/// (Unchecked Sendable: the tokens are never written after they are made.)
struct TokenList: RandomAccessCollection, @unchecked Sendable {
    private let owner: Storage
    private let base: UnsafePointer<Token>
    let count: Int

    init(_ tokens: [Token]) {
        owner = Storage(tokens)
        base = UnsafePointer(owner.base)
        count = tokens.count
    }

    var startIndex: Int { 0 }
    var endIndex: Int { count }
    @inline(__always) func index(after i: Int) -> Int { i + 1 }
    @inline(__always) func index(before i: Int) -> Int { i - 1 }

    subscript(position: Int) -> Token {
        @inline(__always) unsafeAddress {
            precondition(position >= 0 && position < count, "token index out of range")
            return base + position
        }
    }

    /// The tokens as an array (for the few callers that keep or edit a copy).
    var array: [Token] { Array(UnsafeBufferPointer(start: base, count: count)) }

    /// Owns the tokens' memory; immutable once made.
    private final class Storage: @unchecked Sendable {
        let base: UnsafeMutablePointer<Token>
        let count: Int
        init(_ tokens: [Token]) {
            count = tokens.count
            base = UnsafeMutablePointer<Token>.allocate(capacity: Swift.max(1, tokens.count))
            tokens.withUnsafeBufferPointer { _ = UnsafeMutableBufferPointer(start: base, count: count).initialize(fromContentsOf: $0) }
        }
        deinit {
            base.deinitialize(count: count)
            base.deallocate()
        }
    }
}
