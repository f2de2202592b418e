/// The verbs by which the merging rules of ``DocumentAnalysis/integrate(_:triggers:)`` tell an event that
/// reports a meeting again (its topic, its chair, its reception) from a new encounter.
extension DocumentAnalysis {
    /// Verbs of talking about a topic ("sprachen über", "discussed").
    static let topicVerbs = WordSet(row: 242, ["sprachen", "sprach", "gesprochen", "besprachen", "berieten", "discussed", "talked", "spoke"])
    /// Nouns of talking that name a call as well as a meeting ("im Verlauf der Unterredung", "during the conversation").
    static let talkNouns = WordSet(row: 243, [
        "unterredung", "gespräch", "gesprächs", "gespräche", "gesprächen", "austausch", "austauschs", "conversation", "talks",
        "exchange", "discussion",
    ])

    /// Verbs of chairing ("leitete", "chaired", "presided").
    static let chairVerbs = WordSet(row: 244, ["leitete", "leitet", "geleitet", "moderierte", "chaired", "chairs", "chairing", "presided", "presides", "led"])

    /// Verbs of greeting a guest on arrival ("greeted", "begrüßte").
    static let greetVerbs = WordSet(row: 245, ["greeted", "greets", "welcomed", "welcomes", "embraced", "begrüßte", "begrüßt", "umarmte"])
}
