import SummitryGraph

/// The byte-level state of one edge-list read: edges so far and the node-key table.
///
/// Node keys live once in `arena` (their bytes back to back, `keyEnds[id]` marking the end of key
/// `id`). A key that is a canonical decimal below `directLimit` (`0`, `17`, not `017`) is found
/// through `direct[value]`; any other key through an open-addressing table hashed on its bytes.
/// The two sets are disjoint, so every key has exactly one id.
struct EdgeListParser {
    let path: String
    let weighted: Bool
    private(set) var sources: [Int32] = []
    private(set) var targets: [Int32] = []
    private(set) var weights: [Double] = []
    /// Lines fully read so far (the current line's number while parsing it).
    private var line = 0

    private var arena: [UInt8] = []
    private var keyEnds: [Int] = []
    private var keyLines: [UInt32] = []
    private let directLimit: Int
    private var direct: [Int32] = []
    private var slots: [Int32] = []
    private var slotHashes: [UInt32] = []
    private var hashedCount = 0

    init(path: String, weighted: Bool, sizeHint: Int) {
        self.path = path
        self.weighted = weighted
        // A file of s bytes holds fewer than s/2 distinct keys; bounding the direct table by that
        // keeps it proportional to the input however large the ids are.
        directLimit = min(1 << 24, max(1 << 16, sizeHint / 2))
    }

    /// Reserves edge storage from the file size and the line length in a sample of it.
    mutating func reserve(fileSize: Int, sample: UnsafeBufferPointer<UInt8>) {
        var lines = 0
        for byte in sample where byte == UInt8(ascii: "\n") { lines += 1 }
        let perLine = max(4, sample.count / max(lines, 1))
        let edges = fileSize / perLine + fileSize / perLine / 32 + 16
        sources.reserveCapacity(edges)
        targets.reserveCapacity(edges)
        if weighted { weights.reserveCapacity(edges) }
    }

    /// Parses complete lines; the last line may lack its newline only at the end of the input.
    mutating func parseLines(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        guard let base = bytes.baseAddress else { return }
        let count = bytes.count
        var i = 0
        var starts = (0, 0, 0, 0), ends = (0, 0, 0, 0)
        let wanted = weighted ? 4 : 2
        while i < count {
            line += 1
            var j = i
            var fields = 0
            while true {
                while j < count && isBlank(base[j]) { j += 1 }
                if j >= count { break }
                let c = base[j]
                if c == UInt8(ascii: "\n") || c == UInt8(ascii: "#") { break }
                let s = j
                while j < count {
                    let d = base[j]
                    if d <= 32 && (isBlank(d) || d == UInt8(ascii: "\n")) || d == UInt8(ascii: "#") { break }
                    j += 1
                }
                switch fields {
                case 0: starts.0 = s; ends.0 = j
                case 1: starts.1 = s; ends.1 = j
                case 2: starts.2 = s; ends.2 = j
                default: starts.3 = s; ends.3 = j
                }
                fields += 1
                if fields == wanted { break }
            }
            while j < count && base[j] != UInt8(ascii: "\n") { j += 1 }
            i = j + 1
            guard fields >= 2 else { continue }  // NetworkX skips lines with fewer than two fields
            if fields > 3 {
                throw FormatError.syntax(file: path, line: line,
                    message: "expected \"u v [weight]\", found more than three fields")
            }
            let u = try keyID(base + starts.0, ends.0 - starts.0)
            let v = try keyID(base + starts.1, ends.1 - starts.1)
            sources.append(u)
            targets.append(v)
            if weighted {
                weights.append(fields == 3 ? try weight(base + starts.2, ends.2 - starts.2) : 1)
            }
        }
    }

    @inline(__always) private func isBlank(_ c: UInt8) -> Bool {
        c == 32 || (c >= 9 && c <= 13 && c != 10)
    }

    // MARK: Keys

    @inline(__always)
    private mutating func keyID(_ s: UnsafePointer<UInt8>, _ length: Int) throws -> Int32 {
        if length <= 8 && (length == 1 || s[0] != UInt8(ascii: "0")) {
            var value = 0
            var k = 0
            while k < length {
                let digit = s[k] &- UInt8(ascii: "0")
                if digit > 9 { break }
                value = value &* 10 &+ Int(digit)
                k += 1
            }
            if k == length && value < directLimit {
                if value < direct.count {
                    let id = direct[value]
                    if id >= 0 { return id }
                } else {
                    let grown = min(directLimit, max(value + 1, direct.count * 2, 1024))
                    direct.append(contentsOf: repeatElement(-1, count: grown - direct.count))
                }
                let id = try newKey(s, length)
                direct[value] = id
                return id
            }
        }
        return try hashedID(s, length)
    }

    private mutating func hashedID(_ s: UnsafePointer<UInt8>, _ length: Int) throws -> Int32 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a
        for k in 0 ..< length { hash = (hash ^ UInt64(s[k])) &* 0x100_0000_01b3 }
        let short = UInt32(truncatingIfNeeded: hash ^ (hash >> 32))
        if (hashedCount + 1) * 2 > slots.count { rehash() }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: short) & mask
        while true {
            let id = slots[slot]
            if id < 0 { break }
            if slotHashes[slot] == short && keyEquals(Int(id), s, length) { return id }
            slot = (slot + 1) & mask
        }
        let id = try newKey(s, length)
        slots[slot] = id
        slotHashes[slot] = short
        hashedCount += 1
        return id
    }

    private func keyEquals(_ id: Int, _ s: UnsafePointer<UInt8>, _ length: Int) -> Bool {
        let start = id == 0 ? 0 : keyEnds[id - 1]
        guard keyEnds[id] - start == length else { return false }
        return arena.withUnsafeBufferPointer { a in
            for k in 0 ..< length where a[start + k] != s[k] { return false }
            return true
        }
    }

    private mutating func rehash() {
        let capacity = max(1024, slots.count * 2)
        var newSlots = [Int32](repeating: -1, count: capacity)
        var newHashes = [UInt32](repeating: 0, count: capacity)
        for old in 0 ..< slots.count where slots[old] >= 0 {
            var slot = Int(truncatingIfNeeded: slotHashes[old]) & (capacity - 1)
            while newSlots[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
            newSlots[slot] = slots[old]
            newHashes[slot] = slotHashes[old]
        }
        slots = newSlots
        slotHashes = newHashes
    }

    private mutating func newKey(_ s: UnsafePointer<UInt8>, _ length: Int) throws -> Int32 {
        guard keyEnds.count < Int(Int32.max) else {
            throw FormatError.syntax(file: path, line: line, message: "more than \(Int32.max) nodes")
        }
        arena.append(contentsOf: UnsafeBufferPointer(start: s, count: length))
        keyEnds.append(arena.count)
        keyLines.append(UInt32(clamping: line))
        return Int32(truncatingIfNeeded: keyEnds.count - 1)
    }

    // MARK: Weights

    private func weight(_ s: UnsafePointer<UInt8>, _ length: Int) throws -> Double {
        switch DecimalParser.parse(UnsafeBufferPointer(start: s, count: length)) {
        case .value(let w): return w
        case .nonFinite:
            throw FormatError.invalid(file: path, line: line, message: "the weight \"\(text(s, length))\" is not a finite number; weights must be finite")
        case .invalid:
            throw FormatError.invalid(file: path, line: line, message: "expected a decimal number as the weight, found \"\(text(s, length))\"")
        }
    }

    private func text(_ s: UnsafePointer<UInt8>, _ length: Int) -> String {
        String(decoding: UnsafeBufferPointer(start: s, count: min(length, 80)), as: UTF8.self)
    }

    // MARK: Result

    /// The graph: keys checked as UTF-8 and made `String`s, repeated pairs merged unless `multigraph`.
    mutating func finish(directed: Bool, multigraph: Bool) throws -> Graph {
        let nodeCount = keyEnds.count
        var keys: [String] = []
        keys.reserveCapacity(nodeCount)
        var keyIndex: [String: Int32] = [:]
        keyIndex.reserveCapacity(nodeCount)
        try arena.withUnsafeBufferPointer { a in
            var start = 0
            for id in 0 ..< nodeCount {
                let bytes = UnsafeBufferPointer(rebasing: a[start ..< keyEnds[id]])
                start = keyEnds[id]
                var ascii = true
                for byte in bytes where byte >= 0x80 { ascii = false }
                // ASCII is valid UTF-8 as it stands; only other keys need the (slower, generic) check.
                guard let key = ascii ? String(decoding: bytes, as: UTF8.self) : String(validating: bytes, as: UTF8.self) else {
                    throw FormatError.syntax(file: path, line: Int(keyLines[id]), message: "a node key is not valid UTF-8")
                }
                if let earlier = keyIndex.updateValue(Int32(truncatingIfNeeded: id), forKey: key) {
                    throw FormatError.syntax(file: path, line: Int(keyLines[id]),
                        message: "node key \"\(key)\" differs from the key on line \(keyLines[Int(earlier)]) "
                            + "only in Unicode normalisation; normalise the file to NFC")
                }
                keys.append(key)
            }
        }
        arena = []
        keyEnds = []
        keyLines = []
        direct = []
        slots = []
        slotHashes = []
        var edgeWeights: [Double]? = weighted ? weights : nil
        weights = []
        if !multigraph {
            mergeRepeatedPairs(
                nodeCount: nodeCount, directed: directed, sources: &sources, targets: &targets,
                weights: &edgeWeights)
        }
        return Graph(
            isDirected: directed, isMultigraph: multigraph, keys: keys, keyIndex: keyIndex,
            edgeSources: sources, edgeTargets: targets, edgeWeights: edgeWeights)
    }
}
