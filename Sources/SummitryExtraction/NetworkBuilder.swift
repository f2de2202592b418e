import SummitryModel

/// Builds the ``Network`` of one analysed document: nodes with stable ids (`actor:<slug>`,
/// `country:<ISO>`, `org:<id>`, `meeting:<slug>`) and relations carrying their evidence.
struct NetworkBuilder {
    /// The analysed text: its actors, meetings and sentences.
    let analysis: DocumentAnalysis
    /// The document the evidence cites.
    let document: Document

    /// The evidence of sentence `sentence` of the document (its offsets and text).
    func evidence(_ sentence: Int) -> Evidence {
        let e = analysis.evidence(sentence)
        return Evidence(document: document.id, sentence: e.sentence, start: e.start, end: e.end, text: e.text)
    }

    /// The document's network: the document, its actors, countries, organisations and meetings, and
    /// the relations between them, each with its evidence (``EvidenceBySentence`` makes each sentence's
    /// once).
    func build() -> Network {
        var net = Network()
        net.add(document)
        let a = analysis
        // (Room for every node and relation the document can add: the indices do not grow step by step.)
        let meetingRelations = a.meetings.reduce(0) { $0 + $1.participants.count + $1.invited.count + 2 }
        net.reserveCapacity(nodes: 2 * a.actors.count + a.meetings.count + 16, relations: 2 * a.actors.count + meetingRelations)
        // (Many relations cite one sentence: each sentence's evidence is made once.)
        var evidences = EvidenceBySentence(builder: self)
        // Actors, with the sentence of their first mention as evidence of their country and organisation.
        // (Ids for the relations' text, positions in the network's nodes for adding them: a relation
        // added by position looks up no id.)
        var actorIDs: [String] = [], actorNodes: [Int] = []
        actorIDs.reserveCapacity(a.actors.count)
        actorNodes.reserveCapacity(a.actors.count)
        // (By actor index: a dictionary would hash every mention.)
        var firstSentence = [Int?](repeating: nil, count: a.actors.count)
        for m in a.mentions where m.actor < firstSentence.count && firstSentence[m.actor] == nil {
            firstSentence[m.actor] = m.sentence
        }
        // Countries the text refers to, with the sentences of their first three references (the node
        // keeps no more: later ones are not looked at), in code order.
        // (A document names a handful of countries: they are found by a scan of short codes, not hashed.)
        // (Room for a few countries and for each one's three sentences at once: the lists do not grow step by step.)
        // (Each country's sentences kept in place, ``CitedSentences``: no list allocated and freed per country.)
        var referenced: [(iso: String, sentences: CitedSentences)] = []
        referenced.reserveCapacity(8)
        for (iso, sentence) in a.countryReferences() {
            if let j = referenced.firstIndex(where: { $0.iso == iso }) {
                referenced[j].sentences.append(sentence)
            } else {
                referenced.append((iso, CitedSentences(sentence)))
            }
        }
        referenced.sort { $0.iso < $1.iso }
        // A country the text refers to is the node with the evidence of those references, wherever it is
        // added first (for an actor, a meeting or its references), so that it is built once, never replaced.
        // (A code in capitals, as the lexicons write them, is its own upper case: the node takes the relations'
        // target `country:<ISO>` as its id, as ``Node/country(_:name:)`` would make it, without making it again.)
        // (The node is made at once with its attributes and returned as made: a node kept in a variable and
        // changed would be copied on its way out, all its fields retained and released once more.)
        func countryNode(_ iso: String, id: String) -> Node {
            let name = a.lexicons.countryNames[iso]
            let attributes: [String: JSONValue] = referenced.firstIndex(where: { $0.iso == iso })
                .map { evidences.countryAttributes(citing: referenced[$0].sentences) } ?? [:]
            if iso.utf8.allSatisfy({ $0 < 0x61 || ($0 > 0x7A && $0 < 0x80) }) {
                return Node(id: id, kind: .country, name: name ?? iso, country: iso, attributes: attributes)
            }
            var node = Node.country(iso, name: name)
            node.attributes = attributes
            return node
        }
        // A country's or organisation's node is a function of its code: added again, it would only be
        // absorbed into itself (a no-op that builds and looks up the node), so each is added once.
        // (Each code with its node's position and the target id its relations name, `country:` or `org:` and
        // the code, made once. A document names a handful of countries and bodies: the lists are searched
        // front to back, comparing short codes, where a table would hash every code looked up.)
        var countryNodes: [(code: String, node: Int, target: String)] = [], organizationNodes: [(code: String, node: Int, target: String)] = []
        countryNodes.reserveCapacity(8)
        func addCountry(_ iso: String) -> (node: Int, target: String) {
            if let k = countryNodes.first(where: { $0.code == iso }) { return (k.node, k.target) }
            let target = "country:" + iso
            let node = net.addNode(countryNode(iso, id: target))
            countryNodes.append((iso, node, target))
            return (node, target)
        }
        func addOrganization(_ id: String) -> (node: Int, target: String) {
            if let k = organizationNodes.first(where: { $0.code == id }) { return (k.node, k.target) }
            let target = "org:" + id
            let node = net.addNode(Node.organization(id, name: a.lexicons.organizations[id]?.name))
            organizationNodes.append((id, node, target))
            return (node, target)
        }
        // (The records are read in place: a copy of each would retain all its strings.)
        let actors = a.actors
        for i in actors.indices {
            let name = actors[i].name, aliases = actors[i].aliases, country = actors[i].country, org = actors[i].org
            // (Filtered only when the name is among the aliases: most lists are kept as they are, not copied.)
            // (``Node/actor(_:aliases:country:organization:role:)``, its id `actor:` + slug(name) written at once:
            // a slug with nothing after it is the slug of the name alone, a final separator being dropped.)
            let node = Node(id: slug(name, "", after: "actor:"), kind: .actor, name: name,
                            aliases: aliases.contains(name) ? aliases.filter { $0 != name } : aliases,
                            country: country, organization: org, role: actors[i].role)
            let id = node.id
            // (The node's last use: it is moved into the network, not copied.)
            let k = net.addNode(consume node)
            actorIDs.append(id)
            actorNodes.append(k)
            // (The evidence is made only for an actor with a relation.)
            if let c = country {
                let t = addCountry(c)
                net.add(Relation(id, .represents, t.target, evidence: evidences.list(firstSentence[i] ?? 0)), source: k, target: t.node)
            }
            if let o = org {
                let t = addOrganization(o)
                net.add(Relation(id, .memberOf, t.target, evidence: evidences.list(firstSentence[i] ?? 0)), source: k, target: t.node)
            }
        }
        // The other countries the text refers to.
        for (iso, _) in referenced { _ = addCountry(iso) }
        // Meetings.
        let idPrefix = "meeting:" + slug(document.id) + "-"
        for m in a.meetings {
            let label = a.label(of: m)
            // (`idPrefix + slug(label + " " + time)`, written at once.)
            var base = slug(label, m.time ?? "", after: idPrefix)
            let iso = (m.cityISO?.isEmpty ?? true) ? nil : m.cityISO
            // (Made with all its fields and moved into the network: not copied.)
            func node(_ id: String) -> Node {
                Node(id: id, kind: .meeting, name: label, country: iso, organization: m.org, city: m.city,
                     time: m.time, mode: m.mode, status: m.planned ? "planned" : "held")
            }
            // (An id already used gets the first free `-2`, `-3`, …: only meetings' ids start `meeting:`, so the
            // network's own index tells which are used, one look-up for a new id, and no set of them is kept.)
            var added = net.addNewNode(node(base))
            if added == nil {
                var n = 2
                while true {
                    added = net.addNewNode(node(base + "-\(n)"))
                    if added != nil { break }
                    n += 1
                }
                base += "-\(n)"
            }
            let k = added!
            let first = evidences.list(m.firstSentence)
            if let iso {
                let t = addCountry(iso)
                net.add(Relation(base, .heldIn, t.target, evidence: first), source: k, target: t.node)
            }
            if let o = m.org {
                let t = addOrganization(o)
                net.add(Relation(base, .organizedBy, t.target, evidence: first), source: k, target: t.node)
            }
            for p in m.participants {
                let ev = evidences.list(m.evidence[p] ?? m.firstSentence)
                net.add(Relation(actorIDs[p], m.hosts.contains(p) ? .hosted : .attended, base, evidence: ev), source: actorNodes[p], target: k)
            }
            for p in m.invited {
                net.add(Relation(actorIDs[p], .invited, base, evidence: evidences.list(m.evidence[p] ?? m.firstSentence)), source: actorNodes[p], target: k)
            }
        }
        return net
    }
}

/// The names the network gives a document's meetings and people.
extension DocumentAnalysis {
    /// A label for a meeting: its noun and place as the text gives them ("Treffen in Oslo").
    func label(of m: MeetingRecord) -> String {
        let noun = m.noun ?? (isGerman ? (m.mode == "phone" ? "Telefonat" : "Treffen") : (m.mode == "phone" ? "phone call" : "meeting"))
        // (German and English both say "in"; joined by `+`, which costs less than interpolation.)
        if let city = m.city { return noun + " in " + city }
        // (Noun, space and the first three people's names joined by "–", written into one string: a list of the
        // names, their join and an interpolation were each a string or list of their own.)
        let people = m.participants.prefix(3)
        guard let first = people.first else { return noun }
        var out = noun
        out.reserveCapacity(48)
        out += " "
        out += familyName(ofActor: first)
        for p in people.dropFirst() {
            out += "–"
            out += familyName(ofActor: p)
        }
        return out
    }

    /// The word a name is known by: the last, except for Chinese and Korean names, whose family name comes first
    /// ("Xi Jinping" → Xi, "Lee Jae-myung" → Lee; a Korean given name is hyphenated, which tells "Lee Jae-myung"
    /// from "Lee Anderson").
    /// (Of actor `a`, read in place: a copy of its record would retain all its strings.)
    func familyName(ofActor a: Int) -> String {
        let w = actors[a].words
        guard w.count >= 2, w.count <= 3 else { return w.last ?? actors[a].name }
        // (A first word longer than every name of the two lists is in neither: it is not hashed.)
        guard w[0].utf8.count <= Self.longestFirstFamilyName else { return w.last ?? actors[a].name }
        if Self.chineseFamilyNames.contains(w[0]) && w.count == 2 { return w[0] }
        if Self.koreanFamilyNames.contains(w[0]) && w[w.count - 1].contains("-") { return w[0] }
        return w.last ?? actors[a].name
    }
    /// Chinese family names, which come first ("Xi Jinping").
    static let chineseFamilyNames: Set<String> = [
        "Xi", "Li", "Wang", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun", "Hu", "Guo", "He",
        "Gao", "Lin", "Luo", "Zheng", "Liang", "Xie", "Song", "Tang", "Han", "Feng", "Deng", "Cao", "Peng", "Zeng", "Xiao",
        "Tian", "Dong", "Pan", "Yuan", "Cai", "Jiang", "Yu", "Du", "Ye", "Cheng", "Wei", "Su", "Lü", "Ding", "Ren", "Shen",
        "Yao", "Lu", "Fu", "Zhong", "Dai", "Cui", "Fan", "Qin", "Shi", "Kong", "Bai", "Mao", "Wen", "Hou", "Qiu",
    ]
    /// The UTF-8 length of the longest name in ``chineseFamilyNames`` and ``koreanFamilyNames``.
    static let longestFirstFamilyName = chineseFamilyNames.union(koreanFamilyNames).map(\.utf8.count).max() ?? 0
    /// Korean family names, which come first ("Lee Jae-myung").
    static let koreanFamilyNames: Set<String> = [
        "Kim", "Lee", "Yi", "Park", "Pak", "Choi", "Choe", "Jung", "Chung", "Kang", "Cho", "Jo", "Yoon", "Yun", "Jang",
        "Lim", "Im", "Han", "Oh", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong", "Jeon", "Ko", "Moon", "Ban",
    ]
}
