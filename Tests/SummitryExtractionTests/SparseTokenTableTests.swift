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

    @Test func emptyTable() {
        let table = SparseTokenTable<SummitryExtraction.Tag>(count: 0)
        #expect(table.isEmpty)
    }
}
