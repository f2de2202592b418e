import Testing
@testable import SummitryExtraction

/// `ActorSentenceMap` answers as the `[Int: Int]` it replaces in a meeting record.
@Suite struct ActorSentenceMapTests {
    @Test func readsWritesAndRemovesAsADictionary() {
        var map = ActorSentenceMap()
        var dict: [Int: Int] = [:]
        #expect(map.isEmpty && map[3] == nil)
        // A deterministic mix of inserts, replacements and removals.
        for step in 0 ..< 400 {
            let actor = (step * 7) % 13
            let sentence: Int? = step % 5 == 4 ? nil : step
            map[actor] = sentence
            dict[actor] = sentence
            #expect(map.count == dict.count)
            #expect((0 ..< 15).allSatisfy { map[$0] == dict[$0] })
        }
        #expect(Set(map.keys) == Set(dict.keys))
        #expect(map.values.sorted() == dict.values.sorted())
        #expect(map.values.max() == dict.values.max())
    }

    @Test func keepsFirstInsertionOrderAndReplacesInPlace() {
        var map = ActorSentenceMap()
        map[5] = 1
        map[2] = 4
        map[9] = 0
        map[2] = 7
        #expect(Array(map.keys) == [5, 2, 9])
        #expect(Array(map.values) == [1, 7, 0])
        map[5] = nil
        #expect(Array(map.keys) == [2, 9])
        #expect(map[5] == nil && map[9] == 0)
    }

    @Test func meetingRecordKeepsTheFirstSentenceOfEachParticipant() {
        var m = MeetingRecord(kind: .meeting, held: .inPerson, planned: false, firstSentence: 2)
        m.addParticipant(4, sentence: 2)
        m.addParticipant(1, sentence: 3)
        m.addParticipant(4, sentence: 5)
        #expect(m.participants == [4, 1])
        #expect(m.evidence[4] == 2 && m.evidence[1] == 3 && m.evidence[0] == nil)
        // A copy changed later leaves the original as it was.
        var copy = m
        copy.addParticipant(0, sentence: 6)
        #expect(m.evidence[0] == nil && copy.evidence[0] == 6)
    }
}
