/// An optional value per token that is nil for most tokens (the tag starting at a token, a
/// token's folded name): a ``TokenTable`` of `Wrapped?` that stores only the values set.
///
/// Each token has a slot number; a value set on a token lives in a buffer of values at that slot,
/// so that freeing the table destroys only the values set, not one optional per token (a
/// `TokenTable<Tag?>` called the optional's destroy witness for every token). A token keeps its
/// slot when set to nil, so a document's values never outnumber its tokens. Reading a token is an
/// index look-up and, if set, a copy of its value, as reading a `TokenTable` is.
final class SparseTokenTable<Wrapped>: RandomAccessCollection {
    /// Per token: the slot of its value (>= 0), -1 if it never had one, or `-2 - slot` if its value
    /// was set to nil (the slot is kept for a later value).
    private let slots: UnsafeMutableBufferPointer<Int32>
    /// Room for one value per token; the first `used` are initialised.
    private let values: UnsafeMutablePointer<Wrapped>
    private var used = 0

    /// A table of `count` nils.
    init(count: Int) {
        precondition(count < Int(Int32.max), "too many tokens")
        slots = .allocate(capacity: count)
        slots.initialize(repeating: -1)
        values = .allocate(capacity: Swift.max(count, 1))
    }

    deinit {
        values.deinitialize(count: used)
        values.deallocate()
        slots.deallocate()
    }

    var startIndex: Int { 0 }
    var endIndex: Int { slots.count }

    /// Calls `body` with the address of token `i`'s value and returns what it returns; nil if the
    /// token has none. Reading a field through the address copies that field only, where reading the
    /// value copies all of it (retaining every reference it holds).
    @inline(__always) func withValue<R>(at i: Int, _ body: (UnsafePointer<Wrapped>) -> R) -> R? {
        precondition(i >= 0 && i < slots.count, "token index out of range")
        let s = slots[i]
        return s >= 0 ? body(UnsafePointer(values + Int(s))) : nil
    }

    subscript(i: Int) -> Wrapped? {
        get {
            precondition(i >= 0 && i < slots.count, "token index out of range")
            let s = slots[i]
            return s >= 0 ? values[Int(s)] : nil
        }
        set {
            precondition(i >= 0 && i < slots.count, "token index out of range")
            guard let newValue else {
                let s = slots[i]
                if s >= 0 { slots[i] = -2 - s }
                return
            }
            set(i, to: newValue)
        }
    }
}

extension SparseTokenTable {
    /// Sets token `i`'s value to `value` (as the subscript's setter does with a value that is not nil),
    /// moving it into the table: the setter's optional was copied out of and destroyed, a copy and a
    /// destruction of the value for every tag set.
    @inline(__always) func set(_ i: Int, to value: consuming Wrapped) {
        precondition(i >= 0 && i < slots.count, "token index out of range")
        let s = slots[i]
        if s >= 0 {
            values[Int(s)] = value
        } else if s <= -2 {
            values[Int(-2 - s)] = value
            slots[i] = -2 - s
        } else {
            (values + used).initialize(to: value)
            slots[i] = Int32(used)
            used += 1
        }
    }
}

extension SparseTokenTable where Wrapped == Tag {
    /// The end of the tag starting at token `i` (nil if none), read in place: reading the tag would
    /// copy it, retaining its entity's strings.
    @inline(__always) func end(at i: Int) -> Int? { withValue(at: i) { $0.pointee.end } }

    /// The meeting noun (its number in ``Lexicons/meetingNouns``) and the end of the tag starting at token `i`,
    /// if it is a meeting noun's, read in place (an optional tag read out was destroyed through its type's
    /// value witnesses).
    @inline(__always) func meetingNoun(at i: Int) -> (index: Int, end: Int)? {
        withValue(at: i) { tag -> (index: Int, end: Int)? in
            if case .meetingNoun(let index) = tag.pointee.entity { return (index, tag.pointee.end) }
            return nil
        } ?? nil
    }

    /// The title (its number in ``Lexicons/titles``) and the end of the tag starting at token `i`, if it is
    /// a title's, read in place.
    @inline(__always) func title(at i: Int) -> (index: Int, end: Int)? {
        withValue(at: i) { tag -> (index: Int, end: Int)? in
            if case .title(let index) = tag.pointee.entity { return (index, tag.pointee.end) }
            return nil
        } ?? nil
    }
}
