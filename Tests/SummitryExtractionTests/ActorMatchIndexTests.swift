import Testing
@testable import SummitryExtraction

/// `DocumentAnalysis.matchActor(_:)` answers alike whether it reads every actor or only the
/// candidates its key indexes find (a document of more actors than it reads whole).
@Suite struct ActorMatchIndexTests {
    /// Invented given names and surnames; some surnames are shared, some given names are initials' sources.
    static let given = ["Anna", "Boris", "Clara", "Dmitri", "Elena", "Farid", "Greta", "Hamid", "Ines", "Jonas", "Karin", "Luis"]
    static let surnames = ["Varo", "Quelle", "Mornak", "Tibbet", "Ostrava", "Pellin", "Zandor", "Wiklo", "Brannt", "Seldor",
                           "Kvist", "Armath", "Dulane", "Hesketh", "Ribbon", "Ferrow", "Gallet", "Nimmo", "Yarrow", "Corrin"]

    /// Invented one-word names, never given a first name in the document.
    static let singles = ["Quorvath", "Ellimar", "Tesspo", "Harnalt"]

    /// A document naming about forty people, each after a title, some sharing a surname or a given name.
    static func analysis() throws -> DocumentAnalysis {
        let lexicons = try Lexicons.bundled()
        var text = ""
        for i in 0 ..< 44 {
            let name = "\(given[(i * 5) % given.count]) \(surnames[i % surnames.count])"
            text += "Foreign Minister \(name) met the press on Monday. "
            if i % 3 == 0 { text += "Prime Minister \(surnames[(i + 7) % surnames.count]) said nothing. " }
            if i % 11 == 0 { text += "President \(singles[i / 11]) left early. " }
        }
        let source = ScalarText(TextSource.nfc(text))
        let (tokenized, entries) = Tokenizer.tokenize(source, words: lexicons.words)
        var splitter = SentenceSplitter(abbreviations: lexicons.abbreviations)
        splitter.german = false
        let sentences = splitter.split(tokenized)
        let analysis = DocumentAnalysis(lexicons: lexicons, document: "t", language: "en", source: source,
                                        text: tokenized, entries: entries, sentences: sentences)
        analysis.establishActors()
        return analysis
    }

    @Test func candidatesAnswerAsTheWholeScan() throws {
        let analysis = try Self.analysis()
        #expect(analysis.actors.count > DocumentAnalysis.actorsScannedWhole)
        #expect(!analysis.hasActorWithoutWords)
        #expect(analysis.actors.contains { $0.folded.count == 1 })
        let g = Self.given.map { $0.lowercased() }, s = Self.surnames.map { $0.lowercased() }
        var probes: [[String]] = analysis.actors.map(\.folded)
        for a in analysis.actors {
            probes.append(Array(a.folded.suffix(1)))
            probes.append(Array(a.folded.prefix(1)))
            // A bare name known first, the full name later ("Varo" then "Varo Quelle").
            probes.append(a.folded.prefix(1) + ["unknown"])
        }
        for (i, first) in g.enumerated() {
            for (j, last) in s.enumerated() where (i + j) % 3 == 0 {
                probes.append([first, last])
                probes.append([String(first.prefix(1)), last])
                probes.append([first, "x", last])
                probes.append([first, last, s[(j + 1) % s.count]])
            }
            probes.append([first])
            probes.append([first, "unknown"])
        }
        probes.append(["nobody"])
        var indexed = 0
        for probe in probes {
            let quick = analysis.matchActor(probe), whole = analysis.matchActor(probe, scanningAll: true)
            #expect(quick == whole, "\(probe)")
            if whole != nil { indexed += 1 }
        }
        // (The probes must exercise matches, not only misses.)
        #expect(indexed > probes.count / 3)
    }

    @Test func candidatesAreAscendingAndDistinct() throws {
        let analysis = try Self.analysis()
        for a in analysis.actors {
            let found = analysis.matchCandidates(a.folded)
            #expect(found == Array(Set(found)).sorted())
            #expect(!found.isEmpty)
        }
    }
}
