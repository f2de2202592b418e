/// Comparing two meetings' time keys by their bytes (see ``timesCompatible(_:_:)``).
///
/// A time key is a short ASCII text whose first `:`-separated field names its kind, the rest its
/// value: `"md:7-16"` (month and day), `"m:7"` (month), `"y:2025"` (year), `"wd:monday"` (weekday),
/// `"rel:12:340"` (a time relative to an anchor in sentence 12). The meeting search compares the
/// keys of an event with those of every meeting found before it, so in a long text the comparison
/// runs once per pair of event and meeting (millions of times in a megabyte of text): it reads the
/// keys' bytes in place instead of cutting them into substrings.

/// Whether two time keys can name the same time: either is unknown (`nil`); they are equal; or
/// they are of different kinds, neither a year, except a month and a month's day, which must be of
/// the same month. Keys of one kind name the same time only when they are equal.
///
/// Answers as ``timesCompatibleReference(_:_:)`` (tested on random keys); keys with a byte beyond
/// ASCII go that way.
/// - Complexity: O(*n*) in the keys' length, without allocating.
func timesCompatible(_ a: String?, _ b: String?) -> Bool {
    guard let a, let b else { return true }
    // (Equal keys are of one kind and equal: compatible. Most compared keys are short, stored in
    // the string itself, where this compares two words.)
    if a == b { return true }
    var aa = a, bb = b
    let kinds: TimeKeyKinds? = aa.withUTF8 { pa in bb.withUTF8 { pb in TimeKeyKinds(pa, pb) } }
    guard let kinds else { return timesCompatibleReference(a, b) }
    switch kinds {
    // (Of one kind and not equal.)
    case .same: return false
    case .dayAndMonth: return timesCompatibleReference(a, b)
    case .oneYear: return false
    case .other: return true
    }
}

/// How the kinds (first fields) of two different ASCII time keys relate, as far as
/// ``timesCompatible(_:_:)`` asks.
enum TimeKeyKinds: Equatable {
    /// The same kind (or both keys without any field).
    case same
    /// A month's day (`md`) and a month (`m`), in either order.
    case dayAndMonth
    /// Different kinds, one of them a year (`y`).
    case oneYear
    /// Different kinds otherwise.
    case other

    /// The relation of the kinds of the keys `a` and `b`, or `nil` when either holds a byte beyond
    /// ASCII (whose fields the reference splits by characters).
    init?(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) {
        guard let fa = Self.firstField(a), let fb = Self.firstField(b) else { return nil }
        let la = fa.upperBound - fa.lowerBound, lb = fb.upperBound - fb.lowerBound
        if la == lb && (0 ..< la).allSatisfy({ a[fa.lowerBound + $0] == b[fb.lowerBound + $0] }) { self = .same; return }
        let ka = Self.shortKind(a, fa), kb = Self.shortKind(b, fb)
        if ka == .monthDay && kb == .month || ka == .month && kb == .monthDay { self = .dayAndMonth; return }
        self = ka == .year || kb == .year ? .oneYear : .other
    }

    /// The byte range of the first non-empty `:`-separated field of `key` (empty at the end when
    /// there is none), or `nil` when `key` holds a byte beyond ASCII.
    static func firstField(_ key: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        let colon = UInt8(ascii: ":")
        for byte in key where byte >= 0x80 { _ = byte; return nil }
        var i = 0
        while i < key.count && key[i] == colon { i += 1 }
        var j = i
        while j < key.count && key[j] != colon { j += 1 }
        return i ..< j
    }

    /// The kinds compared by name.
    enum Named { case month, monthDay, year, none }

    /// The field `range` of `key` when it is one of the kinds compared by name (`m`, `md`, `y`),
    /// else ``Named/none``.
    static func shortKind(_ key: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Named {
        switch range.count {
        case 1 where key[range.lowerBound] == UInt8(ascii: "m"): return .month
        case 1 where key[range.lowerBound] == UInt8(ascii: "y"): return .year
        case 2 where key[range.lowerBound] == UInt8(ascii: "m") && key[range.lowerBound + 1] == UInt8(ascii: "d"): return .monthDay
        default: return .none
        }
    }
}
