import Testing
import SummitryModel
@testable import SummitryExtraction

@Suite struct LanguageDetectorTests {
    @Test(arguments: [
        ("Die Ministerin ist am Montag nach Rom gereist und hat dort mit dem Präsidenten gesprochen.", "de"),
        ("The minister travelled to Rome on Monday and spoke with the president there.", "en"),
        ("Le ministre est arrivé à Rome lundi et il a parlé avec le président de la République.", "fr"),
        ("El ministro llegó a Roma el lunes y habló con el presidente de la república para los acuerdos.", "es"),
    ])
    func detects(_ text: String, _ lang: String) throws {
        #expect(try Shared.extractor.get().language(of: text) == lang)
    }

    @Test func otherLanguagesAreRefusedByName() throws {
        let text = "Le ministre est arrivé à Rome lundi et il a parlé avec le président de la République."
        #expect(throws: ExtractionError.unsupportedLanguage(file: "fr.txt", detected: "fr")) {
            try Shared.extractor.get().extract(text: text, document: Document(id: "fr", path: "fr.txt", lang: ""))
        }
    }

    @Test func textWithoutWordsIsRefused() throws {
        #expect(throws: ExtractionError.unsupportedLanguage(file: "n.txt", detected: nil)) {
            try Shared.extractor.get().extract(text: "12345 67890 ---", document: Document(id: "n", path: "n.txt", lang: ""))
        }
    }

    @Test func documentLanguageIsRecorded() throws {
        let net = try Shared.network("Der Außenminister Lorenz Haberkamp sagte, das Treffen sei gut gewesen.")
        #expect(net.documents.first?.lang == "de")
    }
}
