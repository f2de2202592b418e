import SummitryModel

/// A hand-built network shaped like what the extractor makes from summit reporting: fictional people,
/// real ISO country codes, six meetings (one planned, one by phone), every relation with evidence.
enum SampleNetwork {
    static func make() -> Network {
        var n = Network()
        n.add(Document(id: "sample", path: "sample.txt", lang: "en"))
        let countries = [("NL", "Netherlands"), ("US", "United States"), ("FR", "France"), ("DE", "Germany"),
                         ("GB", "United Kingdom"), ("UA", "Ukraine"), ("TR", "Türkiye"), ("IT", "Italy"),
                         ("PL", "Poland"), ("NO", "Norway"), ("BE", "Belgium")]
        for (iso, name) in countries { n.add(.country(iso, name: name)) }
        n.add(.organization("NATO", name: "NATO"))
        n.add(.organization("EU", name: "European Union"))
        let actors: [(String, String, String, String?)] = [
            ("Elena Marsh", "Secretary General", "NO", "NATO"), ("Pieter Vos", "Prime Minister", "NL", nil),
            ("Daniel Crane", "President", "US", nil), ("Claire Dubois", "President", "FR", nil),
            ("Jonas Albrecht", "Chancellor", "DE", nil), ("Oliver Hale", "Prime Minister", "GB", nil),
            ("Taras Melnyk", "President", "UA", nil), ("Kemal Aydın", "President", "TR", nil),
            ("Lucia Ferrante", "Prime Minister", "IT", nil), ("Agnieszka Nowak", "Foreign Minister", "PL", nil),
            ("Sophie Laurent", "Commission President", "BE", "EU"), ("Hanna Berg", "Defence Minister", "NO", nil),
        ]
        var sentence = 0
        func evidence(_ text: String) -> [Evidence] {
            sentence += 1
            return [Evidence(document: "sample", sentence: sentence, start: sentence * 100, end: sentence * 100 + text.count, text: text)]
        }
        for (name, role, iso, org) in actors {
            let id = n.add(.actor(name, country: iso, organization: org, role: role))
            n.add(Relation(id, .represents, "country:\(iso)", evidence: evidence("\(name), \(role), spoke for \(iso).")))
            if let org { n.add(Relation(id, .memberOf, "org:\(org)", evidence: evidence("\(name) leads the \(org) body."))) }
        }
        let meetings: [(id: String, name: String, city: String, iso: String, time: String, status: String, mode: String)] = [
            ("meeting:summit", "Alliance Summit", "The Hague", "NL", "Tuesday–Wednesday", "held", "multilateral"),
            ("meeting:dinner", "State dinner", "The Hague", "NL", "Tuesday evening", "held", "multilateral"),
            ("meeting:bilateral", "Crane–Melnyk talks", "The Hague", "NL", "Wednesday", "held", "third-party"),
            ("meeting:call", "Coalition call", "London", "GB", "Thursday", "held", "phone"),
            ("meeting:rome", "Recovery Conference", "Rome", "IT", "July", "planned", "multilateral"),
            ("meeting:defence", "Defence ministers", "Brussels", "BE", "Friday", "held", "multilateral"),
        ]
        for m in meetings {
            n.add(Node(id: m.id, kind: .meeting, name: m.name, country: m.iso, city: m.city, time: m.time,
                       mode: m.mode, status: m.status))
            n.add(Relation(m.id, .heldIn, "country:\(m.iso)", evidence: evidence("The \(m.name) takes place in \(m.city).")))
        }
        func rel(_ actor: String, _ kind: RelationKind, _ meeting: String) {
            n.add(Relation("actor:" + slug(actor), kind, meeting, evidence: evidence("\(actor) \(kind.rawValue) the \(meeting.dropFirst(8)) meeting.")))
        }
        rel("Pieter Vos", .hosted, "meeting:summit")
        rel("Elena Marsh", .hosted, "meeting:summit")
        for a in ["Daniel Crane", "Claire Dubois", "Jonas Albrecht", "Oliver Hale", "Kemal Aydın", "Lucia Ferrante",
                  "Agnieszka Nowak", "Sophie Laurent", "Pieter Vos"] { rel(a, .attended, "meeting:summit") }
        rel("Taras Melnyk", .invited, "meeting:summit")
        rel("Taras Melnyk", .attended, "meeting:summit")
        rel("Pieter Vos", .hosted, "meeting:dinner")
        for a in ["Daniel Crane", "Claire Dubois", "Elena Marsh", "Lucia Ferrante"] { rel(a, .attended, "meeting:dinner") }
        rel("Daniel Crane", .attended, "meeting:bilateral")
        rel("Taras Melnyk", .attended, "meeting:bilateral")
        rel("Oliver Hale", .hosted, "meeting:call")
        for a in ["Claire Dubois", "Jonas Albrecht", "Taras Melnyk"] { rel(a, .attended, "meeting:call") }
        rel("Lucia Ferrante", .hosted, "meeting:rome")
        rel("Taras Melnyk", .invited, "meeting:rome")
        rel("Sophie Laurent", .invited, "meeting:rome")
        rel("Hanna Berg", .attended, "meeting:defence")
        rel("Agnieszka Nowak", .attended, "meeting:defence")
        rel("Elena Marsh", .hosted, "meeting:defence")
        return n
    }

    /// Degree centrality (relations per node over n − 1): enough to size nodes in tests.
    static func degreeScores(_ network: Network) -> [String: Double] {
        var degree: [String: Double] = [:]
        for r in network.relations { degree[r.source, default: 0] += 1; degree[r.target, default: 0] += 1 }
        let scale = 1 / Double(max(1, network.nodes.count - 1))
        return degree.mapValues { $0 * scale }
    }
}
