import Testing
import SummitryModel
@testable import SummitryExtraction

/// The `evidence` attribute of country nodes, which ``EvidenceBySentence`` builds from a template object.
@Suite struct CountryEvidenceTests {
    /// The JSON object of one piece of evidence, built key by key (as the builder once did).
    private func object(_ e: Evidence) -> JSONValue {
        .object(["document": .string(e.document), "sentence": .int(e.sentence), "start": .int(e.start),
                 "end": .int(e.end), "text": .string(e.text)])
    }

    private static let text = """
        Chancellor Jan Brenner met French President Anne Morel in Paris on Monday. \
        France and Germany agreed to talk again. Morel said France would host the next round. \
        Brenner thanked France. Germany's cabinet will meet on Friday.
        """

    @Test func eachReferenceIsItsSentenceAsAnObject() throws {
        let net = try Shared.network(Self.text, id: "ev")
        let fr = try #require(net.node("country:FR"))
        guard case .array(let items) = try #require(fr.attributes["evidence"]) else {
            Issue.record("country:FR has no evidence array")
            return
        }
        // (The node keeps the first three of the references to France.)
        #expect(items.count == 3)
        var sentences: [Int] = []
        for item in items {
            guard case .object(let o) = item else { Issue.record("evidence item is not an object"); continue }
            #expect(Set(o.keys) == ["document", "sentence", "start", "end", "text"])
            #expect(o["document"] == .string("ev"))
            guard case .int(let s) = o["sentence"], case .int(let start) = o["start"], case .int(let end) = o["end"],
                  case .string(let t) = o["text"] else { Issue.record("evidence fields of the wrong type"); continue }
            sentences.append(s)
            // The text is the sentence's, by its scalar offsets.
            let scalars = Array(Self.text.unicodeScalars)
            var v = String.UnicodeScalarView()
            v.append(contentsOf: scalars[start ..< end])
            #expect(String(v) == t)
        }
        // (In text order; a sentence naming France twice is cited twice.)
        #expect(sentences == sentences.sorted())
    }

    @Test func objectsAgreeWithTheRelationsEvidence() throws {
        let net = try Shared.network(Self.text, id: "ev")
        // A country that is an actor's is added for the actor first; it still carries its references' evidence,
        // and each object equals the one built key by key from the same sentence's evidence.
        let evidenceBySentence = Dictionary(net.relations.flatMap(\.evidence).map { ($0.sentence, $0) }, uniquingKeysWith: { a, _ in a })
        var checked = 0
        for node in net.nodes(ofKind: .country) {
            guard case .array(let items)? = node.attributes["evidence"] else { continue }
            for item in items {
                guard case .object(let o) = item, case .int(let s)? = o["sentence"], let e = evidenceBySentence[s] else { continue }
                #expect(item == object(e))
                checked += 1
            }
        }
        #expect(checked >= 1)
        #expect(net.node("country:DE")?.attributes["evidence"] != nil)
    }
}
