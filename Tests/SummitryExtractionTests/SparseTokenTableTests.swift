import Testing
@testable import SummitryExtraction

/// The sparse table reads back what was written, as an array of optionals does, through setting,
/// overwriting, clearing and setting again.
@Suite struct SparseTokenTableTests {
    @Test func behavesAsAnArrayOfOptionals() {
        let count = 40
        let table = SparseTokenTable<String>(count: count)
        var model = [String?](repeating: nil, count: count)
        var generator = SystemRandomNumberGenerator()
        for step in 0 ..< 2000 {
            let i = Int.random(in: 0 ..< count, using: &generator)
            let value: String? = Bool.random(using: &generator) ? nil : "value \(step) of a string too long to be small"
            table[i] = value
            model[i] = value
            #expect(table[i] == model[i])
        }
        #expect(Array(table) == model)
        #expect(table.count == count)
    }

    /// The in-place reads give what reading the value gives: ``SparseTokenTable/withValue(at:_:)`` the
    /// value's fields (nil for a token without one), and a tag table's ``SparseTokenTable/end(at:)`` and
    /// ``SparseTokenTable/title(at:)`` the tag's end and, for a title's tag only, its number.
    @Test func readsInPlaceAsTheValueReads() {
        let count = 30
        let table = SparseTokenTable<String>(count: count)
        let tags = SparseTokenTable<SummitryExtraction.Tag>(count: count)
        var generator = SystemRandomNumberGenerator()
        let entities: [Entity] = [.country("DE", .name), .place(name: "Bonn", iso: "DE", strong: false), .organization("nato"),
                                  .agency, .title(3), .meetingNoun(1)]
        for step in 0 ..< 600 {
            let i = Int.random(in: 0 ..< count, using: &generator)
            table[i] = Bool.random(using: &generator) ? nil : "value \(step) of a string too long to be small"
            tags[i] = Bool.random(using: &generator) ? nil
                : Tag(entity: entities[step % entities.count], start: i, end: i + 1 + step % 3, ambiguous: false)
            for k in 0 ..< count {
                #expect(table.withValue(at: k) { $0.pointee } == table[k])
                #expect(table.withValue(at: k) { $0.pointee.utf8.count } == table[k]?.utf8.count)
                #expect(tags.end(at: k) == tags[k]?.end)
                let title: (index: Int, end: Int)? = tags[k].flatMap { tag in
                    if case .title(let t) = tag.entity { (t, tag.end) } else { nil }
                }
                #expect(tags.title(at: k)?.index == title?.index)
                #expect(tags.title(at: k)?.end == title?.end)
            }
        }
    }

    @Test func emptyTable() {
        let table = SparseTokenTable<SummitryExtraction.Tag>(count: 0)
        #expect(table.isEmpty)
    }
}
