import CiteCore
import Foundation

extension CitationGraph {
    /// The series key of every resolution with text, and of those without text that the texts
    /// list among one key's members. Security Council: the mandate it renews (`MandateKeys.key`);
    /// the other bodies: the title without numbers, years and the theme after a colon, the title
    /// being the text's own or, for a resolution without text, the one its citing texts give
    /// ("resolution 76/222, entitled …"). A resolution still without a key takes the one most of
    /// the texts listed with it carry (or, named in the first list of a text whose list names no
    /// keyed text, that text's key), when a majority agrees.
    func seriesKeys() -> [Int: String] { seriesKeying().keys }

    /// The keys of `seriesKeys()`, and the Council texts keyed only by an acronym they repeat.
    func seriesKeying() -> (keys: [Int: String], repeated: Set<Int>) {
        var keys: [Int: String] = [:]
        var withText = Set<Int>()
        var council: [(v: Int, number: Int, operative: [String], whole: String)] = []
        for (id, paragraphs) in texts {
            guard let v = nodeIndex[id], isLineageKind(v) else { continue }
            withText.insert(v)
            if isCouncilResolution(v) {
                guard let number = Symbol(id)?.number else { continue }
                let operative = paragraphs.filter { $0.section == .operative }.map(\.text)
                let whole = paragraphs.filter { $0.section == .preamble || $0.section == .operative }.map(\.text).joined(separator: "\n")
                council.append((v, number, operative, whole))
            } else if let title = nodes[v].title, let k = MandateKeys.titleKey(title), let body = nodes[v].body ?? SymbolChronology.body(of: id) {
                keys[v] = body.rawValue + "|" + k
            }
        }
        // The Council's: a mission named without its acronym takes the one the other texts give it,
        // and measures renewed "as set out in resolution 2783" take the regime 2783 renewed.
        council.sort { $0.v < $1.v }
        let names = MandateKeys.acronyms(in: council.map(\.whole))
        var readings: [Int: MandateKeys.Reading] = [:]
        var byNumber: [Int: Int] = [:]
        // Each text is read on its own: on every core.
        let read = ParallelMap.map(council) { c in
            MandateKeys.reading(operative: c.operative, wholeText: c.whole, ownNumber: c.number, names: names)
        }
        for (c, r) in zip(council, read) {
            byNumber[c.number] = c.v
            if let r { readings[c.v] = r }
        }
        for (v, reading) in readings {
            var key = reading.key
            if reading.namesLastRenewal {
                var seen: Set<Int> = [v]
                while let n = Int(key.dropFirst(3)), let u = byNumber[n], seen.insert(u).inserted,
                      let next = readings[u], next.namesLastRenewal, next.key != key {
                    key = next.key
                }
            }
            keys[v] = "SC|" + key
        }
        // A text keyed only by an acronym it repeats is not a step of a series whose renewals say
        // that acronym far more often (a text on trafficking in persons that tasks CTED, between
        // two renewals of CTED).
        var renewalDensities: [String: [Double]] = [:]
        for (v, reading) in readings where !reading.fromRepetition && reading.density > 0 {
            renewalDensities[keys[v]!, default: []].append(reading.density)
        }
        for (v, reading) in readings where reading.fromRepetition {
            guard let densities = renewalDensities[keys[v]!]?.sorted() else { continue }
            if reading.density * MandateKeys.intruderDensityRatio < densities[densities.count / 2] { keys[v] = nil }
        }
        let repeated = Set(readings.compactMap { $0.value.fromRepetition && keys[$0.key] != nil ? $0.key : nil })
        let titles = displayTitles()
        for v in 0..<nodeCount where !withText.contains(v) && isLineageKind(v) && !isCouncilResolution(v) {
            guard let title = titles[v], let k = MandateKeys.titleKey(title), let body = nodes[v].body ?? SymbolChronology.body(of: nodes[v].id) else { continue }
            keys[v] = body.rawValue + "|" + k
        }
        guard !details.isEmpty else { return (keys, repeated) }
        var votes: [Int: [String: Int]] = [:]
        for v in withText.sorted() {
            guard keys[v] != nil else { continue }
            // The earlier resolutions of its body it cites, by paragraph, paragraphs in the order of the text.
            var lists: [String: (start: Int, members: [Int])] = [:]
            for k in outOffsets[v]..<outOffsets[v + 1] {
                let c = Int(outTargets[k])
                guard isSeriesCandidate(c, for: v), isOlder(c, than: v) == true else { continue }
                for ci in details[k].citations {
                    let citation = citations[ci]
                    let start = citation.span.first ?? Int.max
                    var list = lists[citation.paragraph] ?? (start, [])
                    list.start = min(list.start, start)
                    if !list.members.contains(c) { list.members.append(c) }
                    lists[citation.paragraph] = list
                }
            }
            let ordered = lists.values.sorted { $0.start < $1.start }
            for (i, list) in ordered.enumerated() {
                let unknown = list.members.filter { !withText.contains($0) && keys[$0] == nil }
                guard !unknown.isEmpty else { continue }
                var named: [String: Int] = [:]
                for c in list.members where withText.contains(c) { if let k = keys[c] { named[k, default: 0] += 1 } }
                let vote: String?
                var voters = unknown
                if named.isEmpty {
                    // The text's own first list, when it names no keyed text: its newest member,
                    // three years old at most (last session's text, the mandate's last renewal;
                    // not the founding text of the item, "1145 (XII)" in every report of the IAEA).
                    vote = i == 0 ? keys[v] : nil
                    let newest = unknown.max { ageKey($0) < ageKey($1) }!
                    let recent = (nodes[v].year ?? 0) - (nodes[newest].year ?? 0) <= 3
                    voters = recent ? [newest] : []
                } else {
                    // A Council text counts among the keyed texts of its own lists, so that one
                    // intruder (Mali's sanctions text in MINUSMA's list) does not leave the
                    // renewals without text in that list unkeyed.
                    if isCouncilResolution(v), let own = keys[v] { named[own, default: 0] += 1 }
                    vote = MandateKeys.majority(named)
                }
                guard let vote else { continue }
                for c in voters { votes[c, default: [:]][vote, default: 0] += 1 }
            }
            // A Council renewal that recalls no text of its own series, only its last renewal,
            // which the corpus lacks ("5. Recalls its resolution 2618 (2022) and calls upon …"):
            // the newest Council resolution it cites, when that one has no text and is at most two
            // years older, votes for the text's key.
            if isCouncilResolution(v), let key = keys[v] {
                let all = ordered.flatMap(\.members)
                let cited = all.filter { isCouncilResolution($0) && !withText.contains($0) }
                if !all.contains(where: { withText.contains($0) && keys[$0] == key }), let newest = cited.max(by: { ageKey($0) < ageKey($1) }), keys[newest] == nil,
                   (nodes[v].year ?? 0) - (nodes[newest].year ?? 0) <= 2,
                   !(ordered.first?.members.contains(newest) ?? false) {
                    votes[newest, default: [:]][key, default: 0] += 1
                }
            }
        }
        for (c, counted) in votes {
            if let k = MandateKeys.majority(counted) { keys[c] = k }
        }
        return (keys, repeated)
    }

    /// The chains the mandate keys give: the members of one key in order of age, each continuing
    /// the one before it — a text only when it cites an earlier member (a text of the key that
    /// cites none starts over, as the first mandate does), a resolution without text always (it is
    /// a member because the texts list it with the others).
    ///
    /// A text keyed only by an acronym it repeats (`repeated`) that the next renewal does not cite,
    /// while that renewal cites an earlier member, is left out of the chain: the renewal continues
    /// the newest member it cites (UNAMA's 2727 "resolution 2678 (2023) extending it until 17 March
    /// 2024", past 2721 (2023) on an independent assessment of Afghanistan).
    func mandateLinks(keys: [Int: String], repeated: Set<Int> = [], scored: [SeriesLink], profiles: TextProfiles) -> [SeriesLink] {
        var members: [String: [Int]] = [:]
        for (v, k) in keys { members[k, default: []].append(v) }
        var existing: [Int: [Int: SeriesLink]] = [:]
        for link in scored where !link.inferred { existing[link.successor, default: [:]][link.predecessor] = link }
        var links: [SeriesLink] = []
        for k in members.keys.sorted() {
            // By number: Council numbers and each session's numbers run in order of adoption, and a
            // resolution outside the corpus has no date to sort by within its year.
            // Year first: a special session's "S-32/1" has no place in the numbering of 73/191.
            let order = { (v: Int) -> (Int, Int, Int, AgeKey) in
                let q = self.sequence(v)
                return (self.nodes[v].year ?? 0, q?.major ?? 0, q?.minor ?? 0, self.ageKey(v))
            }
            let chain = members[k]!.sorted { order($0) < order($1) }
            var place: [Int: Int] = [:]
            for (i, v) in chain.enumerated() { place[v] = i }
            func cited(by x: Int) -> Set<Int> {
                Set((outOffsets[x]..<outOffsets[x + 1]).compactMap { place[Int(outTargets[$0])] })
            }
            // Each member's place of predecessor in the chain, past a skipped intruder (never itself
            // skipped: only members keyed by repetition are).
            var before = Array(-1..<(chain.count - 1))
            var skipped = Set<Int>()
            for (i, x) in chain.enumerated() where i > 1 && repeated.contains(chain[i - 1]) && texts[nodes[x].id] != nil {
                let own = cited(by: x)
                guard !own.contains(i - 1), let j = own.filter({ $0 < i - 1 && !repeated.contains(chain[$0]) }).max() else { continue }
                before[i] = j
                skipped.insert(i - 1)
            }
            for (i, x) in chain.enumerated() where i > 0 && !skipped.contains(i) {
                let p = chain[before[i]]
                // Only forward in time, as every scored link: a link of unknown direction could
                // close a cycle with one of them.
                guard isOlder(p, than: x) == true else { continue }
                let hasText = texts[nodes[x].id] != nil
                if hasText {
                    let citesEarlier = (outOffsets[x]..<outOffsets[x + 1]).contains { (place[Int(outTargets[$0])] ?? i) < i }
                    guard citesEarlier else { continue }
                }
                var link: SeriesLink
                if let known = existing[x]?[p] {
                    link = known
                } else {
                    var e = pairEvidence(x, p, profiles)
                    e.uncited = hasText
                    e.inferred = !hasText
                    let citer = hasText ? x : (inEdgeIDs(of: x).map { source(ofEdge: $0) }.filter { keys[$0] == k }.min() ?? x)
                    link = SeriesLink(predecessor: p, successor: x, citedBy: citer, inferred: !hasText, evidence: e)
                }
                link.evidence.mandate = String(k.split(separator: "|", maxSplits: 1).last ?? "")
                links.append(link)
            }
        }
        return links
    }

    /// The series key of each keyed resolution, by id ("SC|UNMISS", "GA|oceans and the law of the sea"):
    /// what `eval --series` prints beside a mistake.
    public func seriesKeysByID() -> [String: String] {
        Dictionary(uniqueKeysWithValues: seriesKeys().map { (nodes[$0.key].id, $0.value) })
    }

    func isCouncilResolution(_ v: Int) -> Bool {
        nodes[v].kind == .resolution && (nodes[v].body ?? SymbolChronology.body(of: nodes[v].id)) == .sc
    }
}
