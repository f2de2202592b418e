import SummitryModel

/// Builds the ``Network`` of one analysed document: nodes with stable ids (`actor:<slug>`,
/// `country:<ISO>`, `org:<id>`, `meeting:<slug>`) and relations carrying their evidence.
struct NetworkBuilder {
    let analysis: DocumentAnalysis
    let document: Document

    func evidence(_ sentence: Int) -> Evidence {
        let e = analysis.evidence(sentence)
        return Evidence(document: document.id, sentence: e.sentence, start: e.start, end: e.end, text: e.text)
    }

    func build() -> Network {
        var net = Network()
        net.add(document)
        let a = analysis
        // (Room for every node and relation the document can add: the indices do not grow step by step.)
        let meetingRelations = a.meetings.reduce(0) { $0 + $1.participants.count + $1.invited.count + 2 }
        net.reserveCapacity(nodes: 2 * a.actors.count + a.meetings.count + 16, relations: 2 * a.actors.count + meetingRelations)
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
        // A country's or organisation's node is a function of its code: added again, it would only be
        // absorbed into itself (a no-op that builds and looks up the node), so each is added once.
        // (Each code maps to its node's position. The tables are given room at once: grown step by step,
        // they would hash their codes again and again.)
        var countryNodes: [String: Int] = [:], organizationNodes: [String: Int] = [:]
        countryNodes.reserveCapacity(a.actors.count + a.meetings.count + 16)
        func addCountry(_ iso: String) -> Int {
            if let k = countryNodes[iso] { return k }
            let k = net.addNode(Node.country(iso, name: a.lexicons.countryNames[iso]))
            countryNodes[iso] = k
            return k
        }
        func addOrganization(_ id: String) -> Int {
            if let k = organizationNodes[id] { return k }
            let k = net.addNode(Node.organization(id, name: a.lexicons.organizations[id]?.name))
            organizationNodes[id] = k
            return k
        }
        for (i, actor) in a.actors.enumerated() {
            let aliases = actor.aliases.filter { $0 != actor.name }
            let node = Node.actor(actor.name, aliases: aliases, country: actor.country, organization: actor.org, role: actor.role)
            let k = net.addNode(node)
            actorIDs.append(node.id)
            actorNodes.append(k)
            let ev = evidence(firstSentence[i] ?? 0)
            if let c = actor.country {
                let t = addCountry(c)
                net.add(Relation(node.id, .represents, "country:" + c, evidence: [ev]), source: k, target: t)
            }
            if let o = actor.org {
                let t = addOrganization(o)
                net.add(Relation(node.id, .memberOf, "org:" + o, evidence: [ev]), source: k, target: t)
            }
        }
        // Countries the text refers to, with the evidence of their first three references (the node
        // keeps no more: later ones are not built).
        // (A document names a handful of countries: they are found by a scan of short codes, not hashed.)
        var countryEvidence: [(iso: String, evidence: [Evidence])] = []
        for (iso, sentence) in a.countryReferences() {
            if let j = countryEvidence.firstIndex(where: { $0.iso == iso }) {
                if countryEvidence[j].evidence.count < 3 { countryEvidence[j].evidence.append(evidence(sentence)) }
            } else {
                countryEvidence.append((iso, [evidence(sentence)]))
            }
        }
        countryEvidence.sort { $0.iso < $1.iso }
        for (iso, evs) in countryEvidence {
            var node = Node.country(iso, name: a.lexicons.countryNames[iso])
            node.attributes["evidence"] = .array(evs.map { e in
                .object(["document": .string(e.document), "sentence": .int(e.sentence), "start": .int(e.start),
                         "end": .int(e.end), "text": .string(e.text)])
            })
            // (A country already added for an actor is that node without evidence: merging would only add
            // the evidence, so the node is replaced in place instead of merged field by field.)
            if countryNodes[iso] != nil { net.update(node) } else { countryNodes[iso] = net.addNode(node) }
        }
        // Meetings.
        var usedIDs: Set<String> = []
        usedIDs.reserveCapacity(a.meetings.count)
        let idPrefix = "meeting:" + slug(document.id) + "-"
        for m in a.meetings {
            let label = a.label(of: m)
            var base = idPrefix + slug(label + " " + (m.time ?? ""))
            // (Inserted at once: one look-up for an id not used yet.)
            if !usedIDs.insert(base).inserted {
                var n = 2
                while !usedIDs.insert(base + "-\(n)").inserted { n += 1 }
                base += "-\(n)"
            }
            var node = Node(id: base, kind: .meeting, name: label, city: m.city, time: m.time, mode: m.mode,
                            status: m.planned ? "planned" : "held")
            let iso = (m.cityISO?.isEmpty ?? true) ? nil : m.cityISO
            node.country = iso
            node.organization = m.org
            let k = net.addNode(node)
            let first = evidence(m.firstSentence)
            if let iso {
                let t = addCountry(iso)
                net.add(Relation(base, .heldIn, "country:" + iso, evidence: [first]), source: k, target: t)
            }
            if let o = m.org {
                let t = addOrganization(o)
                net.add(Relation(base, .organizedBy, "org:" + o, evidence: [first]), source: k, target: t)
            }
            for p in m.participants {
                let ev = evidence(m.evidence[p] ?? m.firstSentence)
                net.add(Relation(actorIDs[p], m.hosts.contains(p) ? .hosted : .attended, base, evidence: [ev]), source: actorNodes[p], target: k)
            }
            for p in m.invited {
                net.add(Relation(actorIDs[p], .invited, base, evidence: [evidence(m.evidence[p] ?? m.firstSentence)]), source: actorNodes[p], target: k)
            }
        }
        return net
    }
}

extension DocumentAnalysis {
    /// A label for a meeting: its noun and place as the text gives them ("Treffen in Oslo").
    func label(of m: MeetingRecord) -> String {
        let noun = m.noun ?? (isGerman ? (m.mode == "phone" ? "Telefonat" : "Treffen") : (m.mode == "phone" ? "phone call" : "meeting"))
        // (German and English both say "in"; joined by `+`, which costs less than interpolation.)
        if let city = m.city { return noun + " in " + city }
        let names = m.participants.prefix(3).map { familyName(of: actors[$0]) }
        return names.isEmpty ? noun : "\(noun) \(names.joined(separator: "–"))"
    }

    /// The word a name is known by: the last, except for Chinese and Korean names, whose family name comes first
    /// ("Xi Jinping" → Xi, "Lee Jae-myung" → Lee; a Korean given name is hyphenated, which tells "Lee Jae-myung"
    /// from "Lee Anderson").
    func familyName(of a: ActorRecord) -> String {
        let w = a.words
        guard w.count >= 2, w.count <= 3 else { return w.last ?? a.name }
        if Self.chineseFamilyNames.contains(w[0]) && w.count == 2 { return w[0] }
        if Self.koreanFamilyNames.contains(w[0]) && w[w.count - 1].contains("-") { return w[0] }
        return w.last ?? a.name
    }
    static let chineseFamilyNames: Set<String> = [
        "Xi", "Li", "Wang", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun", "Hu", "Guo", "He",
        "Gao", "Lin", "Luo", "Zheng", "Liang", "Xie", "Song", "Tang", "Han", "Feng", "Deng", "Cao", "Peng", "Zeng", "Xiao",
        "Tian", "Dong", "Pan", "Yuan", "Cai", "Jiang", "Yu", "Du", "Ye", "Cheng", "Wei", "Su", "Lü", "Ding", "Ren", "Shen",
        "Yao", "Lu", "Fu", "Zhong", "Dai", "Cui", "Fan", "Qin", "Shi", "Kong", "Bai", "Mao", "Wen", "Hou", "Qiu",
    ]
    static let koreanFamilyNames: Set<String> = [
        "Kim", "Lee", "Yi", "Park", "Pak", "Choi", "Choe", "Jung", "Chung", "Kang", "Cho", "Jo", "Yoon", "Yun", "Jang",
        "Lim", "Im", "Han", "Oh", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong", "Jeon", "Ko", "Moon", "Ban",
    ]

    /// Every country the text refers to, with the sentence of each reference.
    func countryReferences() -> [(String, Int)] {
        sentences.flatMap { countryReferences(in: $0) }
    }

    /// The countries sentence `s` refers to.
    func countryReferences(in s: Sentence, namesOnly: Bool = false) -> [(String, Int)] {
        var out: [(String, Int)] = []
        do {
            var i = s.tokens.lowerBound
            while i < s.tokens.upperBound {
                let hasHyphen = tokens[i].hasHyphen
                // (The tag kind is read first: most tokens start no tag, and a tag is copied only when one does.)
                if tagKinds[i] != .none, let tag = tagAt[i] {
                    defer { i = tag.end }
                    if inName[i] || (namesOnly && inRole[i]) { continue }
                    switch tag.entity {
                    case .country(let iso, _):
                        if tag.ambiguous && nameLikeNeighbour(tag) { continue }
                        out.append((iso, s.index))
                    case .place(_, let iso, let strong):
                        if namesOnly { break }
                        // (``WordClass/placePrepositions`` is that list.)
                        if strong || (i > s.tokens.lowerBound && has(i - 1, .placePrepositions)) { out.append((iso, s.index)) }
                    default:
                        break
                    }
                    if hasHyphen { out += partCountries(i, s.index) }
                    continue
                }
                if hasHyphen && !inName[i] { out += partCountries(i, s.index) }
                i += 1
            }
        }
        return out
    }

    private func partCountries(_ i: Int, _ s: Int) -> [(String, Int)] {
        texts[i].split(separator: "-").compactMap { lexicons.countryOfWord($0) }.map { ($0, s) }
    }

    private func nameLikeNeighbour(_ tag: Tag) -> Bool {
        func nameish(_ k: Int) -> Bool {
            guard k >= 0, k < tokens.count else { return false }
            guard tokens[k].kind == .word, tokens[k].isCapitalized else { return false }
            // (Word classes: ``WordClass/nonName`` and ``WordClass/function`` are those lists.)
            return self.tag(covering: k) == nil && !has(k, .nonName) && !has(k, .function)
        }
        return nameish(tag.start - 1) || nameish(tag.end)
    }
}
