import CiteCore
import Foundation

/// What a Security Council resolution renews, read from its own text: the mission whose mandate
/// it extends ("Decides to extend the mandate of the United Nations Mission in the Republic of
/// South Sudan (UNMISS) until …", "extend until 23 April 2018 UNISFA’s mandate") or the sanctions
/// regime, named by the resolution that set up its committee ("the Committee established pursuant
/// to paragraph 57 of resolution 2127 (2013)" → `res2127`). The Council's texts carry no title; this
/// key is what names their series, and two texts with one key are steps of one chain.
///
/// ```swift
/// MandateKeys.key(operative: ["Decides to extend the mandate of … (UNMISS) until 15 March 2018;"],
///                 wholeText: text, ownNumber: 2392)   // "UNMISS"
/// ```
public enum MandateKeys {
    /// Acronyms that name a party, an organization or a theme, not what a resolution renews.
    static let notMandates: Set<String> = [
        "ISIL", "SPLA", "SPLM", "ECOWAS", "IGAD", "NATO", "ICC", "OSCE", "DDR", "SSR", "UNSC", "HIV", "AIDS",
        "COVID", "ECCAS", "SADC", "OHCHR", "UNHCR", "UNICEF", "UNDP", "UNODC", "LRA", "FARDC", "ADF", "FDLR",
        "SRSG", "UNESCO", "IAEA", "OPCW", "ISIS",
        "PRST",   // part of a symbol: "S/PRST/2019/2"
    ]

    /// An acronym said this often names the text's subject when no paragraph extends a mandate
    /// (without it, Council accuracy on the development truth falls from 0.843 to 0.799).
    static let repeatedAcronym = 3
    private static let acronym = #"([A-Z][A-Za-z\-]{2,}[A-Z])"#
    /// "extend … the mandate(s) of (the) <what follows>".
    private static let extendMandateOf = regex(#"(?:extend|renew|prolong)\w*,?\s+(?:[^.;]{0,60}?\s)?(?:the\s+)?mandates?\s+of\s+(?:the\s+)?([^.;]{0,240})"#)
    /// "extend until 23 April 2018 UNISFA’s mandate".
    private static let extendPossessive = regex(#"(?:extend|renew|prolong)\w*,?\s+(?:[^.;]{0,60}?\s)?"# + acronym + #"(?:(?:’|')s)?\s+mandate"#)
    private static let bracketedAcronym = regex(#"\("# + acronym + #"\)"#)
    private static let leadingAcronym = regex("^" + acronym)
    private static let expertBodies = regex(#"^(?:(?:Panel|Group) of Experts|Monitoring Team|Committee)"#)
    /// "the Committee established pursuant to (paragraph 57 of) resolution 2127 (2013)", "… of this resolution".
    private static let committee = regex(#"(?:Committee|Panel of Experts|Group of Experts|Monitoring Team)\s+(?:\([^)]*\)\s+)?(?:(?:established|created)\s+)?(?:pursuant\s+to|by|under|in)\s+(?:paragraph\s+\d+\s+(?:\([a-z]\)\s+)?of\s+)?(?:resolution\s+(\d{3,4})|this\s+resolution)"#)
    /// "the measures imposed by paragraph 1 of resolution 1556".
    private static let measures = regex(#"measures\s+(?:imposed|set\s+out|specified)\s+(?:by|in)\s+(?:paragraphs?\s+[\d, and]+\s+of\s+)?resolution\s+(\d{3,4})"#)
    private static let upperAcronym = regex(#"\b([A-Z][A-Z\-]{2,}[A-Z])\b"#)

    /// The key of one text: the first operative paragraph that extends or renews a mandate names
    /// it (a mission by its acronym; a panel, group or committee by its regime); else the regime its
    /// operative part names most; else an acronym the text repeats three times or more.
    /// - Parameters:
    ///   - operative: the operative paragraphs, in order.
    ///   - wholeText: preamble and operative part.
    ///   - ownNumber: the resolution's number, for "the Committee established pursuant to … this resolution".
    public static func key(operative: [String], wholeText: String, ownNumber: Int) -> String? {
        for paragraph in operative {
            if let m = first(extendPossessive, paragraph), !notMandates.contains(m[1]) { return m[1] }
            guard let m = first(extendMandateOf, paragraph) else { continue }
            let tail = m[1]
            if first(expertBodies, tail) != nil, let r = regime(wholeText, ownNumber: ownNumber) { return r }
            if let a = first(bracketedAcronym, tail) ?? first(leadingAcronym, tail), !notMandates.contains(a[1]) { return a[1] }
        }
        if let r = regime(operative.joined(separator: "\n"), ownNumber: ownNumber) { return r }
        var counts: [String: Int] = [:]
        for m in all(upperAcronym, wholeText) where !notMandates.contains(m[1]) { counts[m[1], default: 0] += 1 }
        if let (name, n) = mostCommon(counts), n >= repeatedAcronym { return name }
        return nil
    }

    /// The regime a text names most: by the resolution that set up its committee or panel, else
    /// by the resolution whose measures it renews. Ties go to the older resolution.
    static func regime(_ text: String, ownNumber: Int) -> String? {
        var counts: [Int: Int] = [:]
        for m in all(committee, text) { counts[Int(m[1]) ?? ownNumber, default: 0] += 1 }
        if counts.isEmpty { for m in all(measures, text) { if let n = Int(m[1]) { counts[n, default: 0] += 1 } } }
        guard let (number, _) = mostCommon(counts) else { return nil }
        return "res\(number)"
    }

    /// A title as a series key: lower case, without numbers, years, punctuation and the theme
    /// after a colon ("Situation of human rights in Myanmar" for every session's text).
    public static func titleKey(_ title: String) -> String? {
        let head = title.split(separator: ":", maxSplits: 1).first.map(String.init) ?? title
        var words: [String] = []
        var word = ""
        for ch in head.lowercased() {
            if ch.isLetter { word.append(ch) } else if !word.isEmpty { words.append(word); word = "" }
        }
        if !word.isEmpty { words.append(word) }
        // "… for 2022" without its year.
        while let last = words.last, ["for", "of", "in", "at", "on", "and", "the", "to"].contains(last) { words.removeLast() }
        return words.count >= 2 ? words.joined(separator: " ") : nil
    }

    /// The most frequent key with its count; ties go to the smaller key (the older resolution).
    static func mostCommon<K: Comparable>(_ counts: [K: Int]) -> (key: K, count: Int)? {
        counts.max { ($0.value, $1.key) < ($1.value, $0.key) }.map { ($0.key, $0.value) }
    }

    /// The most frequent key when it holds more than half of the counts.
    static func majority<K: Comparable>(_ counts: [K: Int]) -> K? {
        guard let (key, n) = mostCommon(counts) else { return nil }
        return 2 * n > counts.values.reduce(0, +) ? key : nil
    }

    private static func regex(_ pattern: String) -> NSRegularExpression {
        // The patterns are constants of this file.
        try! NSRegularExpression(pattern: pattern)
    }

    /// Groups of the first match (group 0 the whole match; "" for a group that did not take part).
    private static func first(_ re: NSRegularExpression, _ s: String) -> [String]? {
        let ns = s as NSString
        guard let m = re.firstMatch(in: s, range: NSRange(location: 0, length: ns.length)) else { return nil }
        return groups(m, ns)
    }

    private static func all(_ re: NSRegularExpression, _ s: String) -> [[String]] {
        let ns = s as NSString
        return re.matches(in: s, range: NSRange(location: 0, length: ns.length)).map { groups($0, ns) }
    }

    private static func groups(_ m: NSTextCheckingResult, _ ns: NSString) -> [String] {
        (0..<m.numberOfRanges).map { i in
            let r = m.range(at: i)
            return r.location == NSNotFound ? "" : ns.substring(with: r)
        }
    }
}

extension CitationGraph {
    /// The series key of every resolution with text, and of those without text that the texts
    /// list among one key's members. Security Council: the mandate it renews (`MandateKeys.key`);
    /// the other bodies: the title without numbers, years and the theme after a colon, the title
    /// being the text's own or, for a resolution without text, the one its citing texts give
    /// ("resolution 76/222, entitled …"). A resolution still without a key takes the one most of
    /// the texts listed with it carry (or, named in the first list of a text whose list names no
    /// keyed text, that text's key), when a majority agrees.
    func seriesKeys() -> [Int: String] {
        var keys: [Int: String] = [:]
        var withText = Set<Int>()
        for (id, paragraphs) in texts {
            guard let v = nodeIndex[id], isLineageKind(v) else { continue }
            withText.insert(v)
            if isCouncilResolution(v) {
                guard let number = Symbol(id)?.number else { continue }
                let operative = paragraphs.filter { $0.section == .operative }.map(\.text)
                let whole = paragraphs.filter { $0.section == .preamble || $0.section == .operative }.map(\.text).joined(separator: "\n")
                if let k = MandateKeys.key(operative: operative, wholeText: whole, ownNumber: number) { keys[v] = "SC|" + k }
            } else if let title = nodes[v].title, let k = MandateKeys.titleKey(title), let body = nodes[v].body ?? SymbolChronology.body(of: id) {
                keys[v] = body.rawValue + "|" + k
            }
        }
        let titles = displayTitles()
        for v in 0..<nodeCount where !withText.contains(v) && isLineageKind(v) && !isCouncilResolution(v) {
            guard let title = titles[v], let k = MandateKeys.titleKey(title), let body = nodes[v].body ?? SymbolChronology.body(of: nodes[v].id) else { continue }
            keys[v] = body.rawValue + "|" + k
        }
        guard !details.isEmpty else { return keys }
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
                    vote = MandateKeys.majority(named)
                }
                guard let vote else { continue }
                for c in voters { votes[c, default: [:]][vote, default: 0] += 1 }
            }
        }
        for (c, counted) in votes {
            if let k = MandateKeys.majority(counted) { keys[c] = k }
        }
        return keys
    }

    /// The chains the mandate keys give: the members of one key in order of age, each continuing
    /// the one before it — a text only when it cites an earlier member (a text of the key that
    /// cites none starts over, as the first mandate does), a resolution without text always (it is
    /// a member because the texts list it with the others).
    func mandateLinks(keys: [Int: String], scored: [SeriesLink], profiles: TextProfiles) -> [SeriesLink] {
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
            for (i, x) in chain.enumerated() where i > 0 {
                let p = chain[i - 1]
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

    func isCouncilResolution(_ v: Int) -> Bool {
        nodes[v].kind == .resolution && (nodes[v].body ?? SymbolChronology.body(of: nodes[v].id)) == .sc
    }
}
