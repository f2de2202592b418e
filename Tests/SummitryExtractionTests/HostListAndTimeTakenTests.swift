import Testing
import SummitryModel
@testable import SummitryExtraction

/// Three German cues of a format meeting's report (invented texts): "dort, wo …: in X" names the place after it, not
/// before; "Gastgeber waren X und Y" makes both hosts of the meeting under way; "nahm sich Zeit für ein Gespräch mit X"
/// is an encounter, not a call for one.
@Suite struct HostListAndTimeTakenTests {
    @Test func dortWoPointsForward() throws {
        let net = try Shared.network("""
            Die Partnerstaaten wollen Kiew mehr Munition liefern.

            Zum ersten Mal seit Jahren tagte die Ukraine-Kontaktgruppe wieder dort, wo sie gegründet wurde: in Ramstein-Miesenbach. \
            Verteidigungsminister Karl Brandt leitete die Sitzung.
            """)
        let m = try #require(net.meetings.first)
        #expect(m.city == "Ramstein-Miesenbach")
        #expect(m.country == "DE")
    }

    @Test func gastgeberWarenBeide() throws {
        let net = try Shared.network("""
            Die Verteidigungsminister der Nato-Staaten sind am Dienstag in Wiesbaden zusammengekommen.

            Gastgeber waren Verteidigungsminister Karl Brandt und sein britischer Amtskollege Tom Hardy, die das Format gemeinsam leiten.
            """)
        let m = try #require(net.meetings.first)
        #expect(net.participants(of: m.id) == ["Karl Brandt", "Tom Hardy"])
    }

    @Test func zeitFuerEinGespraech() throws {
        let net = try Shared.network("""
            Verteidigungsminister Karl Brandt hat am Montag in Wiesbaden den polnischen Verteidigungsminister Jan Nowak empfangen.

            Zuvor hatte sich Brandt eine Stunde Zeit für ein Gespräch mit dem lettischen Minister Andris Berzins genommen.
            """)
        #expect(net.meetings.contains { net.participants(of: $0.id) == ["Karl Brandt", "Andris Berzins"] })
    }
}
