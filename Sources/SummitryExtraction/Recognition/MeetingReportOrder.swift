/// The order in which meetings were reported: a meeting's last report, which of two was reported
/// before the other, and the meeting reported most recently.
extension DocumentAnalysis {
    /// The last sentence that reported meeting `k`.
    func lastReported(_ k: Int) -> Int { max(meetings[k].firstSentence, meetings[k].sentences.max() ?? 0) }

    /// Whether meeting `a` was reported before meeting `b`: its last report is earlier, or in the same
    /// sentence it was found first.
    func reportedBefore(_ a: Int, _ b: Int) -> Bool {
        let ra = lastReported(a), rb = lastReported(b)
        return ra < rb || (ra == rb && a < b)
    }

    /// The meeting reported most recently (the later one of two reported in the same sentence).
    func mostRecentMeeting() -> Int? { meetings.indices.max(by: reportedBefore) }
}
