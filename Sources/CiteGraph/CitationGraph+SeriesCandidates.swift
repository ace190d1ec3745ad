import CiteCore

extension CitationGraph {
    /// Attaches the paragraphs of documents (by symbol), for text similarity in lineage.
    public mutating func attachTexts(_ texts: [String: [ParagraphText]]) {
        self.texts = texts
    }

    /// TF-IDF profiles: documents with paragraphs from their preamble and operative part; a
    /// resolution without text from the words that follow its symbol where it is cited.
    func textProfiles() -> TextProfiles {
        guard !texts.isEmpty else { return TextProfiles() }
        var own: [Int: String] = [:]
        for (id, paragraphs) in texts {
            guard let v = nodeIndex[id] else { continue }
            let body = paragraphs.filter { $0.section == .preamble || $0.section == .operative }
            let chosen = body.isEmpty ? paragraphs.filter { $0.section != .cover } : body
            own[v] = chosen.map(\.text).joined(separator: "\n")
        }
        var context: [Int: String] = [:]
        for v in 0..<nodeCount where own[v] == nil && isLineageKind(v) {
            var words: [String] = []
            if let t = nodes[v].title { words.append(t) }
            var used = 0
            for e in inEdgeIDs(of: v) where used < 30 {
                guard !details.isEmpty else { break }
                for ci in details[e].citations where used < 30 {
                    let c = citations[ci]
                    if let t = c.title { words.append(t) }
                    if let after = textAfter(c, bytes: 200) { words.append(after); used += 1 }
                }
            }
            if !words.isEmpty { context[v] = words.joined(separator: "\n") }
        }
        return TextProfiles(texts: own, context: context)
    }

    /// Text similarity of `r` and candidate `c`: their own texts, else what is said right after
    /// `c`'s symbol where it is cited. (A profile made of the texts that cite `c` was tried: in a
    /// corpus of one series every outside resolution then reads like the series.)
    func similarity(_ r: Int, _ c: Int, _ profiles: TextProfiles) -> (value: Double?, fromContext: Bool) {
        (profiles.cosine(r, c), !profiles.hasText(c))
    }

    /// The paragraph of the citing document that holds citation `c`, and the offset of the
    /// citation's start inside that paragraph's text (bytes).
    func paragraph(of c: Citation) -> (ParagraphText, Int)? {
        guard let paragraphs = texts[c.citing] else { return nil }
        let start = c.span.lowerBound
        for p in paragraphs where p.label == c.paragraph || c.paragraph.isEmpty {
            let length = p.text.utf8.count
            if start >= p.start && start < p.start + length { return (p, start - p.start) }
        }
        return nil
    }

    /// Up to `bytes` of the citing paragraph after the citation, cut at the next citation of a
    /// resolution ("…, 1314 (2000) of 11 August 2000 on children and armed conflict, and").
    func textAfter(_ c: Citation, bytes: Int) -> String? {
        guard let (p, offset) = paragraph(of: c) else { return nil }
        // Only the window is copied: a paragraph listing 50,000 resolutions is read 50,000 times.
        let all = p.text.utf8
        let start = min(all.count, offset + c.span.count)
        let end = min(all.count, start + bytes)
        let utf8 = Array(all[all.index(all.startIndex, offsetBy: start)..<all.index(all.startIndex, offsetBy: end)])
        let from = 0
        var to = utf8.count
        // Stop at the next symbol ("73/148", "1314 (2000)"): what follows is about that one.
        var i = from
        while i < to {
            if utf8[i] >= 0x30 && utf8[i] <= 0x39 {
                var j = i
                while j < to && utf8[j] >= 0x30 && utf8[j] <= 0x39 { j += 1 }
                let digits = j - i
                if j < to && utf8[j] == UInt8(ascii: "/") && j + 1 < to && utf8[j + 1] >= 0x30 && utf8[j + 1] <= 0x39 { to = i; break }
                if digits >= 3 && j + 1 < to && utf8[j] == UInt8(ascii: " ") && utf8[j + 1] == UInt8(ascii: "(") { to = i; break }
                i = j
            } else { i += 1 }
        }
        guard from < to else { return nil }
        return String(decoding: utf8[from..<to], as: UTF8.self)
    }

    /// Whether `text` holds `phrase` (lower case ASCII), ignoring the case of ASCII letters.
    static func contains(_ text: String, _ phrase: String) -> Bool {
        let p = Array(phrase.utf8)
        guard let first = p.first else { return true }
        let t = Array(text.utf8)
        guard t.count >= p.count else { return false }
        @inline(__always) func lower(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b | 0x20 : b }
        var i = 0
        while i + p.count <= t.count {
            if lower(t[i]) == first {
                var k = 1
                while k < p.count && lower(t[i + k]) == p[k] { k += 1 }
                if k == p.count { return true }
            }
            i += 1
        }
        return false
    }

    /// Up to `bytes` of the citing paragraph before the citation.
    func textBefore(_ c: Citation, bytes: Int) -> String? {
        guard let (p, offset) = paragraph(of: c) else { return nil }
        let utf8 = p.text.utf8
        let to = min(offset, utf8.count)
        let from = max(0, to - bytes)
        return String(decoding: utf8[utf8.index(utf8.startIndex, offsetBy: from)..<utf8.index(utf8.startIndex, offsetBy: to)], as: UTF8.self)
    }

    /// Scored candidate predecessors of `r`: the earlier resolutions of its body it cites, or, when
    /// it cites none, those later documents list just before it.
    func seriesCandidates(of r: Int, profiles: TextProfiles, scratch: inout [Float], lists: inout [Int: DocumentLists]) -> [SeriesLink] {
        var direct: [(c: Int, edge: Int)] = []
        for k in outOffsets[r]..<outOffsets[r + 1] {
            let c = Int(outTargets[k])
            if isSeriesCandidate(c, for: r), isOlder(c, than: r) == true { direct.append((c, k)) }
        }
        if direct.isEmpty { return inferredCandidates(of: r, profiles: profiles, lists: &lists) }
        let siblings = siblingCandidates(of: r, cited: direct.map(\.c), profiles: profiles, scratch: &scratch)

        // Where each candidate is cited: paragraph labels, and how many candidates share each paragraph.
        var labelsOf: [Int: [Citation]] = [:]
        var perParagraph: [String: Set<Int>] = [:]
        var firstOffset: [String: [Int: Int]] = [:]   // paragraph → candidate → where it is first cited
        var firstLabel: String?
        var firstStart = Int.max
        for (c, k) in direct {
            guard !details.isEmpty else { break }
            for ci in details[k].citations {
                let citation = citations[ci]
                labelsOf[c, default: []].append(citation)
                perParagraph[citation.paragraph, default: []].insert(c)
                let start = citation.span.lowerBound
                if start < firstOffset[citation.paragraph]?[c] ?? Int.max {
                    firstOffset[citation.paragraph, default: [:]][c] = start
                }
                if start < firstStart { firstStart = start; firstLabel = citation.paragraph }
            }
        }
        let byAge = (direct.map(\.c) + siblings).sorted { ageKey($0) > ageKey($1) }
        var rank: [Int: Int] = [:]
        for (i, c) in byAge.enumerated() { rank[c] = i }
        let resolutionsOf = { (v: Int) -> Set<Int> in
            Set(self.successors(of: v).filter { self.nodes[$0].kind == .resolution || self.nodes[$0].kind == .decision })
        }
        let ownReferences = resolutionsOf(r)
        var links: [SeriesLink] = []
        for (c, k) in direct {
            var e = pairEvidence(r, c, profiles)
            let cited = labelsOf[c] ?? []
            e.firstParagraph = cited.contains { $0.paragraph == firstLabel }
            e.singledOut = cited.contains { citation in
                if (perParagraph[citation.paragraph]?.count ?? 0) == 1 && citation.section != .footnote { return true }
                guard let before = textBefore(citation, bytes: 60) else { return false }
                return SeriesModel.singlingOut.contains { Self.contains(before, $0) }
            }
            e.previousResolutions = cited.contains { citation in
                guard let before = textBefore(citation, bytes: 400) else { return false }
                return SeriesModel.seriesPhrases.contains { Self.contains(before, $0) }
            }
            e.recalls = !details.isEmpty && details[k].relations.contains { $0.relation == .recalls || $0.relation == .reaffirms }
            e.operative = cited.contains { $0.section == .operative }
            e.recencyRank = rank[c] ?? 0
            e.candidates = byAge.count
            e.sharedReferences = TopicText.referenceOverlap(ownReferences, without: c, resolutionsOf(c), without: r)
            links.append(SeriesLink(predecessor: c, successor: r, citedBy: r, inferred: false, evidence: e))
        }
        for x in siblings {
            var e = pairEvidence(r, x, profiles)
            e.uncited = true
            e.recencyRank = rank[x] ?? 0
            e.candidates = byAge.count
            e.sharedReferences = TopicText.referenceOverlap(ownReferences, without: x, resolutionsOf(x), without: r)
            links.append(SeriesLink(predecessor: x, successor: r, citedBy: r, inferred: false, evidence: e))
        }
        let ordered = firstOffset.mapValues { offsets in offsets.keys.sorted { (offsets[$0]!, $0) < (offsets[$1]!, $1) } }
        return finish(links, profiles: profiles, paragraphs: ordered)
    }

    /// Resolutions `r` does not cite but that continue what it cites: later citers of the same
    /// earlier resolutions, older than `r` and most like it in text. A renewal that recalls only
    /// the mission's founding resolution still continues last year's renewal, which cites it too.
    func siblingCandidates(of r: Int, cited: [Int], profiles: TextProfiles, scratch: inout [Float]) -> [Int] {
        guard profiles.hasText(r) else { return [] }
        let citedSet = Set(cited)
        let maximumGap = SeriesModel.siblingYears
        var seen = Set<Int>()
        var eligible: [Int] = []
        for c in cited {
            for k in inOffsets[c]..<inOffsets[c + 1] {
                let x = Int(inSources[k])
                guard x != r, !citedSet.contains(x), !seen.contains(x) else { continue }
                seen.insert(x)
                guard nodes[x].inCorpus, isSeriesCandidate(x, for: r), isOlder(x, than: r) == true,
                      isOlder(c, than: x) == true else { continue }
                if let yr = nodes[r].year, let yx = nodes[x].year, yr - yx > maximumGap { continue }
                eligible.append(x)
            }
        }
        var scored: [(x: Int, similarity: Double)] = []
        for (x, sim) in zip(eligible, profiles.cosines(of: r, with: eligible, scratch: &scratch)) {
            guard let sim, sim >= SeriesModel.siblingSimilarity else { continue }
            scored.append((x, sim))
        }
        scored.sort { $0.similarity != $1.similarity ? $0.similarity > $1.similarity : $0.x < $1.x }
        return scored.prefix(SeriesModel.siblingCount).map(\.x)
    }

    /// Candidates of a resolution whose own citations name no earlier resolution of its body:
    /// for each later document that cites it, the resolution it lists just before it (the
    /// nearest older one cited in the same paragraph).
    /// - Complexity: O(log n) per citing paragraph once each citing document's lists are built
    ///   (`lists` keeps them): a document citing 50,000 resolutions costs no more per resolution.
    func inferredCandidates(of r: Int, profiles: TextProfiles, lists: inout [Int: DocumentLists]) -> [SeriesLink] {
        guard !details.isEmpty else { return [] }
        var support: [Int: (count: Int, citedBy: Int)] = [:]
        let rAge = ageKey(r), rSequence = sequence(r), rGroup = seriesGroup(r)
        for e in inEdgeIDs(of: r) {
            let l = source(ofEdge: e)
            let paragraphs = Set(details[e].citations.map { citations[$0].paragraph })
            if lists[l] == nil { lists[l] = documentLists(l) }
            let index = lists[l]!
            var nearest: Int?
            func isCandidate(_ x: Int) -> Bool { x != r && isSeriesCandidate(x, for: r) && isOlder(x, than: r) == true }
            func keepNewest(_ x: Int) { if nearest.map({ ageKey(x) > ageKey($0) }) ?? true { nearest = x } }
            for p in paragraphs {
                if let unnumbered = index.unnumbered[p] {
                    // Ordered by age: the nearest older ones sit just below r's place; a window of
                    // 64 on each side keeps a list of 50,000 from being read for each member.
                    let lo = Self.lowerBound(unnumbered) { ageKey($0) < rAge }
                    for x in unnumbered[max(0, lo - 64)..<min(unnumbered.count, lo + 64)] where isCandidate(x) { keepNewest(x) }
                }
                guard let families = index.lists[p] else { continue }
                for (family, list) in families {
                    if let q = rSequence, q.family == family {
                        // Older by numbering = before r's place; the newest by age among them.
                        let lo = Self.lowerBound(list.sequences) { $0 < q }
                        if lo > 0, isCandidate(list.newestSoFar[lo - 1]) { keepNewest(list.newestSoFar[lo - 1]) }
                    } else if let group = rGroup, let ages = list.byAge[group],
                              let x = newestOlder(than: r, among: ages, isCandidate: isCandidate) {
                        // Another numbering: the newest member older than r that is a candidate.
                        keepNewest(x)
                    }
                }
            }
            if let x = nearest {
                let s = support[x]
                support[x] = ((s?.count ?? 0) + 1, min(s?.citedBy ?? l, l))
            }
        }
        guard !support.isEmpty else { return [] }
        let byAge = support.keys.sorted { ageKey($0) > ageKey($1) }
        var links: [SeriesLink] = []
        for (i, x) in byAge.enumerated() {
            var e = pairEvidence(r, x, profiles)
            e.similarityFromContext = !profiles.hasText(x) || !profiles.hasText(r)
            e.recencyRank = i
            e.candidates = byAge.count
            e.inferred = true
            e.listedTogether = support[x]?.count ?? 0
            links.append(SeriesLink(predecessor: x, successor: r, citedBy: support[x]?.citedBy ?? r, inferred: true, evidence: e))
        }
        return finish(links, profiles: profiles, paragraphs: [:])
    }

    /// The number of leading elements of `list` that are `below` (the list ordered so that those come first).
    static func lowerBound<T>(_ list: [T], _ below: (T) -> Bool) -> Int {
        var lo = 0, hi = list.count
        while lo < hi { let mid = (lo + hi) / 2; if below(list[mid]) { lo = mid + 1 } else { hi = mid } }
        return lo
    }

    /// What any candidate pair has: text similarity, titles, the years between them.
    func pairEvidence(_ r: Int, _ c: Int, _ profiles: TextProfiles) -> SeriesEvidence {
        var e = SeriesEvidence()
        (e.similarity, e.similarityFromContext) = similarity(r, c, profiles)
        e.entitySimilarity = profiles.entities.cosine(r, c)
        if let x = nodes[r].title, let y = nodes[c].title { e.title = TopicText.jaccard(TopicText.words(x), TopicText.words(y)) }
        if let yr = nodes[r].year, let yc = nodes[c].year { e.yearGap = yr - yc }
        return e
    }

    /// Relative similarity, the bands of the closest candidates, and the score of each link.
    /// `paragraphs`: for each paragraph label of the successor, the candidates it cites there in
    /// the order of the text.
    private func finish(_ links: [SeriesLink], profiles: TextProfiles, paragraphs: [String: [Int]]) -> [SeriesLink] {
        let best = links.compactMap(\.evidence.similarity).max() ?? 0
        let closest = links.filter { l in best > 0 && (l.evidence.similarity ?? 0) >= SeriesModel.similarBand * best }
        let newestClose = closest.max { ageKey($0.predecessor) < ageKey($1.predecessor) }?.predecessor
        let bestEntity = links.filter { !$0.inferred }.compactMap(\.evidence.entitySimilarity).max() ?? 0
        let entityBand = links.filter { l in
            !l.inferred && bestEntity > 0 && (l.evidence.entitySimilarity ?? 0) >= SeriesModel.entityBand * bestEntity
        }
        let newestEntity = entityBand.max { ageKey($0.predecessor) < ageKey($1.predecessor) }?.predecessor
        // The series' own list: paragraphs that cite a candidate of either band; a candidate
        // without text at the end of one of them continues the band.
        let band = Set((closest.filter { !$0.evidence.similarityFromContext } + entityBand).map(\.predecessor))
        let newestOfBand = band.max { ageKey($0) < ageKey($1) }
        let body = links.first.map { nodes[$0.successor].body ?? SymbolChronology.body(of: nodes[$0.successor].id) } ?? nil
        // Per paragraph, once: its newest candidate, how many members of the band it holds, and
        // the texts reading otherwise it holds after its first member of the band (which would
        // stop a list from ending with the newest).
        var listEnds: [Int: [(members: Int, blockers: Set<Int>)]] = [:]
        if let newest = newestOfBand {
            for cited in paragraphs.values {
                let members = cited.filter(band.contains)
                guard members.count >= 2, let first = members.min(by: { ageKey($0) < ageKey($1) }),
                      let last = cited.max(by: { ageKey($0) < ageKey($1) }), ageKey(last) > ageKey(newest) else { continue }
                let blockers = Set(cited.filter { x in ageKey(x) > ageKey(first) && profiles.hasText(x) && !band.contains(x) })
                listEnds[last, default: []].append((members.count, blockers))
            }
        }
        return links.map { link in
            var l = link
            l.evidence.newestOfClosest = l.predecessor == newestClose
            l.evidence.newestOfEntityBand = l.predecessor == newestEntity
            if !l.inferred, !l.evidence.uncited, let newest = newestOfBand, ageKey(l.predecessor) > ageKey(newest) {
                // The newest of a list of the series alone (two members of the band at least):
                // from its first member of the band on,
                // nothing else in the list has a text of its own that reads otherwise. The last
                // renewal of a mission is often a short technical rollover that reads unlike the
                // full renewals before it, or has no text here; the list still ends with it. A
                // thematic list ("1325 (2000), 1612 (2005), 1674 (2006), 1738 (2006), 1820 (2008),
                // … 1998 (2011) and 2068 (2012)") runs through several agendas and ends with any of them.
                // One member of the band says too little: "1325 (2000), 1612 (2005) and 1674
                // (2006)" lists three agendas, and without their texts nothing tells. So: a
                // paragraph with two members of the band at least, `c` its newest, and nothing
                // but `c` after its first member that has a text reading otherwise.
                let c = l.predecessor
                l.evidence.extendsList = (listEnds[c] ?? []).contains { end in end.blockers.subtracting([c]).isEmpty }
            }
            if let s = l.evidence.similarity, best > 0 { l.evidence.relativeSimilarity = s / best }
            l.evidence.score = SeriesModel.score(l.evidence.features, body: body)
            // No truth covers a resolution without text, so inferred links are not fitted: the
            // later lists decide, and they only fill places the direct links left (`seriesIndex`).
            if l.inferred { l.evidence.score = max(l.evidence.score, SeriesModel.inferredScore(listedTogether: l.evidence.listedTogether)) }
            if !SeriesModel.hasTopicEvidence(l.evidence, body: body) { l.evidence.score = min(l.evidence.score, SeriesModel.threshold - 1) }
            return l
        }
    }
}
