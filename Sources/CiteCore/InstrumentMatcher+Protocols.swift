/// The protocols of a named treaty: "Protocols to the X", "X and its Optional Protocols",
/// "X and the Additional Protocols thereto".
extension InstrumentMatcher {
    static let protocolHeads: Set<String> = ["protocol", "protocols"]
    static let subInstrumentHeads: Set<String> = ["protocol", "protocols", "amendment", "amendments"]
    static let protocolQualifiers: Set<String> = ["optional", "additional", "two", "three", "four", "both"]
    /// Small words that may stand inside a capitalised title.
    static let titleConnectors: Set<String> = [
        "of", "the", "on", "and", "for", "against", "to", "in", "with", "relating", "concerning", "by",
        "at", "from", "or", "as", "a", "an", "into", "between", "under", "all", "its", "their",
    ]
    /// Longest gap, in words, between a treaty's name and "its Optional Protocols" / "… thereto".
    static let followUpReach = 12

    /// Applies the two protocol rules to the raw name matches.
    ///
    /// 1. A treaty name right after "Protocol(s) to (the)" or "Amendment(s) to (the)" is not cited
    ///    itself: "Optional Protocols to the Convention on the Rights of the Child" are its
    ///    protocols (plural: all of them; singular: the only one, else nothing), and a name inside an
    ///    unknown longer title ("… Amendment to the Montreal Protocol") is dropped.
    /// 2. "its (Optional) Protocols" and "the (Additional) Protocols thereto" are the protocols of the
    ///    treaty named just before.
    ///
    /// - Complexity: O(m + n): m raw matches, n tokens.
    func resolveFollowUps(_ raw: [RawMatch], tokens: [InstrumentToken]) -> [RawMatch] {
        var out: [RawMatch] = []
        out.reserveCapacity(raw.count)
        for (index, m) in raw.enumerated() {
            if index + 1 < raw.count, protocolOfAnotherTreaty(m, followedBy: raw[index + 1], tokens: tokens) {
                continue
            }
            switch subInstrument(before: m, tokens: tokens, notBefore: out.last?.end ?? 0) {
            case .none:
                out.append(m)
            case .drop:
                continue
            case .protocols(let first, let targets):
                out.append(RawMatch(first: first, end: m.end, entry: m.entry, kind: .protocols, targets: targets))
            }
        }
        return addForeignProtocolPhrases(addProtocolPhrases(out, tokens: tokens), tokens: tokens)
    }

    /// A protocol's name followed by "to (the)" and the name of a treaty it does not belong to
    /// ("Additional Protocols I and II to the Treaty of Tlatelolco") names another protocol.
    private func protocolOfAnotherTreaty(_ m: RawMatch, followedBy next: RawMatch, tokens: [InstrumentToken]) -> Bool {
        var k = m.end
        guard k < tokens.count, tokens[k].key == "to", !tokens[k].breakBefore else { return false }
        k += 1
        if k < tokens.count, tokens[k].key == "the", !tokens[k].breakBefore { k += 1 }
        guard k == next.first, !tokens[k].breakBefore else { return false }
        let entry = gazetteer.entries[m.entry]
        let treaty = gazetteer.entries[next.entry]
        var owners = Set([entry.parent].compactMap { $0 })
        for member in entry.members ?? [] {
            if let p = gazetteer.entry(id: member)?.parent { owners.insert(p) }
        }
        guard !owners.isEmpty else { return false }
        let treatyOwners = Set([treaty.id] + gazetteer.groups(containing: treaty.id))
        return owners.isDisjoint(with: treatyOwners)
    }

    private enum SubInstrument {
        case none, drop
        case protocols(first: Int, targets: [String])
    }

    /// Rule 1: what stands before a treaty's name.
    private func subInstrument(before m: RawMatch, tokens: [InstrumentToken], notBefore floor: Int) -> SubInstrument {
        var k = m.first - 1
        guard k >= floor, !tokens[m.first].breakBefore else { return .none }
        if tokens[k].key == "the" {
            guard !tokens[k].breakBefore else { return .none }
            k -= 1
        }
        guard k >= floor, tokens[k].key == "to" else { return .none }
        // Look back through the capitalised title for its head word.
        var q = k - 1
        let limit = max(floor, k - 16)
        while q >= limit {
            let t = tokens[q]
            if tokens[q + 1].breakBefore { break }
            if Self.subInstrumentHeads.contains(t.key), t.capitalized {
                guard q == k - 1, Self.protocolHeads.contains(t.key) else { return .drop }
                let (first, qualifiers) = qualifierRun(before: q, tokens: tokens, floor: floor)
                let candidates = protocols(of: m.entry, qualifiers: qualifiers)
                let plural = t.key == "protocols"
                if plural, !candidates.isEmpty { return .protocols(first: first, targets: candidates) }
                // The only protocol known, unless the protocol's title goes on after the treaty's name
                // ("Protocol to the African Charter on Human and Peoples’ Rights on the Rights of Older
                // Persons in Africa" is not the one on the Rights of Women).
                if !plural, candidates.count == 1, !titleGoesOn(after: m.end, tokens: tokens) { return .protocols(first: first, targets: candidates) }
                return .drop
            }
            if !(t.capitalized || Self.titleConnectors.contains(t.key)) { break }
            q -= 1
        }
        return .none
    }

    /// Whether the words after a treaty's name go on with a title: "on", "relating to" or
    /// "concerning" (then "the") and a capitalised word.
    private func titleGoesOn(after end: Int, tokens: [InstrumentToken]) -> Bool {
        var k = end
        guard k < tokens.count, !tokens[k].breakBefore, ["on", "relating", "concerning"].contains(tokens[k].key) else { return false }
        k += 1
        while k < tokens.count, !tokens[k].breakBefore, tokens[k].key == "to" || tokens[k].key == "the" { k += 1 }
        return k < tokens.count && !tokens[k].breakBefore && tokens[k].capitalized
    }

    /// Qualifier words ("Optional", "Additional", "1967") right before token `head`: the index of
    /// the first and the folded words.
    private func qualifierRun(before head: Int, tokens: [InstrumentToken], floor: Int) -> (Int, Set<String>) {
        var first = head
        var words: Set<String> = []
        while first - 1 >= floor, !tokens[first].breakBefore {
            let t = tokens[first - 1]
            let isYear = t.key.count == 4 && t.key.allSatisfy(\.isNumber)
            guard Self.protocolQualifiers.contains(t.key) || isYear else { break }
            words.insert(t.key)
            first -= 1
        }
        return (first, words)
    }

    /// Ids of the protocols of entry `index` that fit the qualifiers, in gazetteer order.
    func protocols(of index: Int, qualifiers: Set<String>) -> [String] {
        var found = gazetteer.children(of: gazetteer.entries[index].id).filter { $0.name.contains("Protocol") }
        if qualifiers.contains("optional") { found = found.filter { $0.name.contains("Optional Protocol") } }
        if qualifiers.contains("additional") { found = found.filter { $0.name.contains("Additional") } }
        let years = qualifiers.filter { $0.first?.isNumber == true }
        if !years.isEmpty {
            let dated = found.filter { e in years.contains { e.adopted?.hasPrefix($0) == true } }
            if !dated.isEmpty { found = dated }
        }
        return found.map(\.id)
    }

    /// Rule 2: "its Optional Protocols", "the Additional Protocols thereto of 8 June 1977",
    /// "the 1967 Protocol thereto", and "X and the Additional Protocols" right after a treaty.
    /// A plural phrase after a list of treaties ("the Convention on the Rights of the Child and the
    /// Convention on the Elimination of All Forms of Discrimination against Women, together with the
    /// Optional Protocols thereto") takes the protocols of every treaty of the list.
    private func addProtocolPhrases(_ matches: [RawMatch], tokens: [InstrumentToken]) -> [RawMatch] {
        guard !matches.isEmpty else { return matches }
        var result: [RawMatch] = []
        result.reserveCapacity(matches.count + 2)
        var next = 0          // next match of `matches` to copy
        var j = 0
        while j < tokens.count {
            // Copy the matches that start before this token; skip tokens inside them.
            while next < matches.count, matches[next].first <= j {
                result.append(matches[next])
                j = max(j, matches[next].end)
                next += 1
            }
            guard j < tokens.count else { break }
            // Most tokens are no protocol head: refused on their flag and length before a string is compared.
            guard tokens[j].capitalized, tokens[j].end - tokens[j].start >= 8, let referent = result.last,
                  referent.kind == .name, Self.protocolHeads.contains(tokens[j].key) else {
                j += 1
                continue
            }
            let t = tokens[j]
            let floor = referent.end
            var (first, qualifiers) = qualifierRun(before: j, tokens: tokens, floor: floor)
            let hasIts = first - 1 >= floor && tokens[first - 1].key == "its" && !tokens[first].breakBefore
            var end = j + 1
            var hasThereto = false
            if end < tokens.count, tokens[end].key == "annexed", end + 1 < tokens.count,
               tokens[end + 1].key == "thereto" {
                end += 1
            }
            if end < tokens.count, tokens[end].key == "thereto", !tokens[end].breakBefore {
                hasThereto = true
                end += 1
            }
            if let (years, dateEnd) = trailingYears(at: end, tokens: tokens) {
                qualifiers.formUnion(years)
                end = dateEnd
            }
            let gap = tokens[referent.end..<first].filter { !$0.isMarker }
            let adjacent = gap.count <= 4 && gap.allSatisfy { Self.listConnectors.contains($0.key) }
            let overlapsNext = next < matches.count && matches[next].first < end
            guard hasIts || hasThereto || adjacent, !overlapsNext,
                  first - referent.end <= Self.followUpReach,
                  !tokens[referent.end...first].contains(where: \.breakBefore)
            else {
                j += 1
                continue
            }
            let plural = t.key == "protocols"
            var candidates: [String] = []
            for entry in plural ? listEntries(endingWith: result, tokens: tokens) : [referent.entry] {
                for id in protocols(of: entry, qualifiers: qualifiers) where !candidates.contains(id) {
                    candidates.append(id)
                }
            }
            if (plural && !candidates.isEmpty) || (!plural && candidates.count == 1) {
                result.append(RawMatch(first: first, end: end, entry: referent.entry, kind: .protocols,
                                       targets: candidates))
                j = end
            } else {
                j += 1
            }
        }
        while next < matches.count {
            result.append(matches[next])
            next += 1
        }
        return result
    }

    /// Words that join the items of a list of names ("X, Y and the Z").
    static let listConnectors: Set<String> = ["and", "the", "as", "well", "together", "with", "relevant", "all", "its", "their"]

    /// The entries of the coordination that ends with the last match: earlier matches joined to it
    /// by "and (the)" ("the Convention on the Rights of the Child and the Convention on the
    /// Elimination of All Forms of Discrimination against Women"); a comma-only join ends it.
    private func listEntries(endingWith matches: [RawMatch], tokens: [InstrumentToken]) -> [Int] {
        guard var k = matches.indices.last else { return [] }
        var entries = [matches[k].entry]
        while k > 0, matches[k - 1].kind == .name {
            let gap = tokens[matches[k - 1].end..<matches[k].first].filter { !$0.isMarker }
            guard gap.count <= 2, gap.contains(where: { $0.key == "and" }),
                  gap.allSatisfy({ $0.key == "and" || $0.key == "the" }),
                  !tokens[matches[k - 1].end...matches[k].first].contains(where: \.breakBefore) else { break }
            entries.insert(matches[k - 1].entry, at: 0)
            k -= 1
        }
        return entries
    }

    static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december",
    ]

    /// "of 8 June 1977", "of 1977", "of 1977 and 2005" at `i`: the years and the index after them.
    private func trailingYears(at i: Int, tokens: [InstrumentToken]) -> (Set<String>, Int)? {
        guard i + 1 < tokens.count, tokens[i].key == "of" else { return nil }
        func isYear(_ k: Int) -> Bool {
            k < tokens.count && tokens[k].key.count == 4 && tokens[k].key.allSatisfy(\.isNumber) && !tokens[k].breakBefore
        }
        var k = i + 1
        if k + 2 < tokens.count, tokens[k].key.count <= 2, tokens[k].key.allSatisfy(\.isNumber),
           Self.months.contains(tokens[k + 1].key), !tokens[k + 1].breakBefore {
            k += 2
        }
        guard isYear(k), !tokens[k].breakBefore else { return nil }
        var years: Set<String> = [tokens[k].key]
        k += 1
        while k + 1 < tokens.count, tokens[k].key == "and", !tokens[k].breakBefore, isYear(k + 1) {
            years.insert(tokens[k + 1].key)
            k += 2
        }
        return (years, k)
    }
}
