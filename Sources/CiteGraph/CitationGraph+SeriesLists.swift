import CiteCore

/// The lists of later documents, read for the candidates of resolutions whose own citations are unknown.
extension CitationGraph {
    /// What one document lists, paragraph by paragraph: its targets of each numbering in the
    /// order of that numbering, with the oldest-by-age so far at each place (`nearestOlder`).
    struct DocumentLists {
        struct List {
            var members: [Int] = []; var sequences: [SymbolChronology.Sequence] = []; var newestSoFar: [Int] = []
            /// The members by age, for resolutions of another numbering, per kind and body (only
            /// those can be candidates); members that can be older than nothing of another
            /// numbering (no year and no full date) are left out.
            var byAge: [SeriesGroup: AgeIndex] = [:]
        }
        /// Kind and body: `isSeriesCandidate` holds exactly within one group.
        struct SeriesGroup: Hashable { var kind: TargetKind; var body: Body }
        /// Members by age key, split by whether they have a full date (which `isOlder` compares
        /// before years); the others are older than `r` only by year.
        struct AgeIndex { var dated: [Int] = []; var undated: [Int] = [] }
        /// paragraph → numbering family → list.
        var lists: [String: [String: List]] = [:]
        /// Targets without a place in a numbering, by paragraph.
        var unnumbered: [String: [Int]] = [:]
    }

    func documentLists(_ l: Int) -> DocumentLists {
        var out = DocumentLists()
        for k in outOffsets[l]..<outOffsets[l + 1] {
            let x = Int(outTargets[k])
            guard isLineageKind(x) else { continue }
            for ci in details[k].citations {
                let p = citations[ci].paragraph
                if let q = sequence(x) {
                    out.lists[p, default: [:]][q.family, default: .init()].members.append(x)
                } else if !(out.unnumbered[p]?.contains(x) ?? false) {
                    out.unnumbered[p, default: []].append(x)
                }
            }
        }
        // Age keys made once per member (each holds a date string): a list of 50,000 is sorted twice.
        func byAgeKeys(_ xs: [Int]) -> [(x: Int, age: AgeKey)] { xs.map { ($0, ageKey($0)) } }
        for p in out.unnumbered.keys { out.unnumbered[p] = byAgeKeys(out.unnumbered[p]!).sorted { $0.age < $1.age }.map(\.x) }
        for (p, families) in out.lists {
            for (f, list) in families {
                var keyed = byAgeKeys(Array(Set(list.members)))
                keyed.sort { (sequence($0.x)!, $0.age) < (sequence($1.x)!, $1.age) }
                let members = keyed.map(\.x)
                var newest: [Int] = []
                var newestAge: AgeKey?
                for (x, age) in keyed {
                    if let last = newestAge, let kept = newest.last, !(age > last) { newest.append(kept) } else { newest.append(x); newestAge = age }
                }
                var byAge: [DocumentLists.SeriesGroup: DocumentLists.AgeIndex] = [:]
                for x in keyed.sorted(by: { $0.age < $1.age }).map(\.x) {
                    guard let group = seriesGroup(x) else { continue }
                    if hasFullDate(x) { byAge[group, default: .init()].dated.append(x) }
                    else if nodes[x].year != nil { byAge[group, default: .init()].undated.append(x) }
                }
                out.lists[p]![f] = .init(members: members, sequences: members.map { sequence($0)! }, newestSoFar: newest, byAge: byAge)
            }
        }
        return out
    }

    /// The newest member of `ages` (by age key) that is below `r`'s age key and `isCandidate`:
    /// what `members.sorted(by: age)[..<r's place].last(where: isCandidate)` gives, without
    /// reading the members that cannot be older than `r` (`isOlder`: full dates first, then years).
    /// - Complexity: O(log n), plus the dated members below r's place that are not candidates
    ///   (none when dates agree with years).
    func newestOlder(than r: Int, among ages: DocumentLists.AgeIndex, isCandidate: (Int) -> Bool) -> Int? {
        let rYear = nodes[r].year ?? 0, rDate = nodes[r].date ?? ""
        // Undated members are older than r only by year: the last one of an earlier year.
        var best: Int?
        if rYear != 0 {
            let lo = Self.lowerBound(ages.undated) { (nodes[$0].year ?? 0) < rYear }
            best = ages.undated[..<lo].last(where: isCandidate)
        }
        // Dated ones: a member of r's year and date is older by nothing (same date, same year);
        // without a full date of its own r compares by year only.
        let lo = hasFullDate(r)
            ? Self.lowerBound(ages.dated) { ((nodes[$0].year ?? 0), nodes[$0].date ?? "") < (rYear, rDate) }
            : (rYear == 0 ? 0 : Self.lowerBound(ages.dated) { (nodes[$0].year ?? 0) < rYear })
        if let x = ages.dated[..<lo].last(where: isCandidate), best.map({ ageKey(x) > ageKey($0) }) ?? true { best = x }
        return best
    }

    /// A resolution's or decision's kind and body, nil for what cannot be in a series.
    func seriesGroup(_ v: Int) -> DocumentLists.SeriesGroup? {
        let kind = nodes[v].kind
        guard kind == .resolution || kind == .decision, let body = nodes[v].body ?? SymbolChronology.body(of: nodes[v].id) else { return nil }
        return .init(kind: kind, body: body)
    }

    /// Whether `v` has a date `isOlder` compares (ten bytes at least).
    func hasFullDate(_ v: Int) -> Bool { (nodes[v].date?.utf8.count ?? 0) >= 10 }
}
