/// Aligns the paragraphs of two documents and diffs the words of each pair.
///
/// ```swift
/// let diff = ParagraphDiff.compare(DiffInput(symbol: "S/RES/2703 (2023)", paragraphs: a, citations: ca),
///                                  DiffInput(symbol: "S/RES/2756 (2024)", paragraphs: b, citations: cb))
/// diff.counts.summary   // "24 unchanged, 12 changed, 1 new, 0 dropped, 0 moved; citations +2 −1"
/// ```
///
/// Steps: paragraphs with one label in a row are joined (an operative paragraph and its list
/// items); the cover is left out. Paragraphs of one section are paired in order by a
/// longest-common-subsequence alignment weighted by their share of common words (bag-of-words
/// Dice ≥ 0.5); what is left is paired across the order (moved, Dice ≥ 0.6); a left-over
/// paragraph whose words come from the unpaired rest of a neighbour's partner is a split or a
/// merge. Paragraph numbers, list letters and footnote markers are not words (`DiffTokenizer`).
public enum ParagraphDiff {
    /// Least share of common words for two paragraphs in the same place to be one paragraph.
    public static let inOrderThreshold = 0.5
    /// Least share of common words for a paragraph found elsewhere to be the same one, moved.
    public static let movedThreshold = 0.6
    /// Least share of a left-over paragraph's words found in the rest of a neighbour's partner.
    public static let splitThreshold = 0.6
    /// Least share of common words for lone paragraphs in the same place, with the same opening
    /// word, to be one paragraph rewritten.
    public static let gapThreshold = 0.2
    /// The same for a paragraph that is not a neighbour.
    public static let farSplitThreshold = 0.8

    /// - Complexity: O(P² · W) for P paragraphs of W words, plus the word diff of each pair.
    public static func compare(_ a: DiffInput, _ b: DiffInput) -> DocumentDiff {
        let ua = units(a.paragraphs), ub = units(b.paragraphs)
        var aligner = Aligner(a: ua, b: ub)
        aligner.run()
        var changes: [(key: [Int], change: ParagraphChange)] = []
        let citesA = citationsByLabel(a.citations), citesB = citationsByLabel(b.citations)

        for (j, u) in ub.enumerated() {
            let cites = citesB[u.label] ?? []
            guard let i = aligner.partnerOfB[j] else {
                var change = ParagraphChange(status: .new, from: nil, to: u.label, section: u.section,
                                             text: DiffTokenizer.text(u.tokens), words: runs(u.tokens, .insert), similarity: 0,
                                             citations: CitationChanges(added: cites))
                if case let (i, rest)? = aligner.splitOf[j] {
                    change.splitFrom = ua[i].label
                    change.words = wordRuns(script(rest, u.tokens), a: rest, b: u.tokens)
                }
                changes.append(([j, 0, 0], change))
                continue
            }
            let p = ua[i]
            // Spacing alone ("long -standing" → "long-standing") is no change.
            let same = p.keys == u.keys || p.keys.joined() == u.keys.joined()
            let status: ParagraphChange.Status = aligner.moved.contains(j) ? .moved : (same ? .unchanged : .changed)
            let words = same ? runs(u.tokens, .equal) : wordRuns(script(p.tokens, u.tokens), a: p.tokens, b: u.tokens)
            changes.append(([j, 0, 0], ParagraphChange(
                status: status, from: p.label, to: u.label, section: u.section, text: DiffTokenizer.text(u.tokens),
                words: words, similarity: rounded(aligner.similarity(i, j)),
                citations: compareCitations(citesA[p.label] ?? [], cites))))
        }
        for (i, p) in ua.enumerated() where aligner.partnerOfA[i] == nil {
            // After the second document's partner of the nearest paragraph before it paired in place.
            var anchor = -1
            var k = i - 1
            while k >= 0 { if let j = aligner.partnerOfA[k], !aligner.moved.contains(j) { anchor = j; break }; k -= 1 }
            var change = ParagraphChange(status: .dropped, from: p.label, to: nil, section: p.section,
                                         text: DiffTokenizer.text(p.tokens), words: runs(p.tokens, .delete), similarity: 0,
                                         citations: CitationChanges(dropped: citesA[p.label] ?? []))
            if let j = aligner.mergeOf[i] { change.mergedInto = ub[j].label }
            changes.append(([anchor, 1, i], change))
        }
        let ordered = changes.sorted { $0.key.lexicographicallyPrecedes($1.key) }.map(\.change)

        var counts = DiffCounts()
        for c in ordered {
            switch c.status {
            case .unchanged: counts.unchanged += 1
            case .changed: counts.changed += 1
            case .new: counts.new += 1; if c.splitFrom != nil { counts.split += 1 }
            case .dropped: counts.dropped += 1; if c.mergedInto != nil { counts.merged += 1 }
            case .moved: counts.moved += 1
            }
        }
        let documentCitations = compareCitations(targets(a.citations), targets(b.citations))
        counts.citationsAdded = documentCitations.added.count
        counts.citationsDropped = documentCitations.dropped.count
        counts.citationsKept = documentCitations.kept.count

        var notes: [String] = []
        for (input, u) in [(a, ua), (b, ub)] {
            if u.isEmpty { notes.append("\(input.symbol) has no paragraphs to compare") }
            else if !u.contains(where: { $0.section == .operative }) {
                notes.append("\(input.symbol) has no operative paragraphs: compared as plain paragraphs")
            }
        }
        return DocumentDiff(from: a.symbol, to: b.symbol, paragraphs: ordered, citations: documentCitations,
                            counts: counts, notes: notes)
    }

    // MARK: - Units

    /// A paragraph with its list items, tokenized.
    struct Unit {
        var label: String
        var section: Section
        var tokens: [DiffToken]
        var keys: [String]
        /// Word keys and their counts, for the share of common words.
        var bag: [String: Int]
        var words: Int
        /// The first word, lower-cased (the clause verb).
        var opening: String?
    }

    static func units(_ paragraphs: [DiffParagraph]) -> [Unit] {
        var groups: [(label: String, section: Section, pieces: [String])] = []
        for p in paragraphs where p.section != .cover && p.section != .footnote {
            if let last = groups.last, last.label == p.label { groups[groups.count - 1].pieces.append(p.text) }
            else { groups.append((p.label, p.section, [p.text])) }
        }
        return groups.map { g in
            let tokens = DiffTokenizer.tokens(g.pieces)
            var bag: [String: Int] = [:]
            var words = 0
            for t in tokens where t.isWord { bag[t.key.lowercased(), default: 0] += 1; words += 1 }
            return Unit(label: g.label, section: g.section, tokens: tokens, keys: tokens.map(\.key), bag: bag, words: words,
                        opening: tokens.first(where: \.isWord)?.key.lowercased())
        }
    }

    /// Share of common words (Dice), or, when one paragraph holds nearly all of the other
    /// (a paragraph that grew or shrank a lot), ¾ of that share of the shorter one.
    static func similarity(_ x: Unit, _ y: Unit) -> Double {
        let shared = common(x.bag, y.bag)
        guard x.words + y.words > 0 else { return 1 }
        let dice = 2 * Double(shared) / Double(x.words + y.words)
        let shorter = min(x.words, y.words)
        guard shorter >= 8 else { return dice }
        return max(dice, 0.75 * Double(shared) / Double(shorter))
    }

    /// Share of common words: 2·|A ∩ B| / (|A| + |B|) over word multisets.
    static func dice(_ x: [String: Int], _ xCount: Int, _ y: [String: Int], _ yCount: Int) -> Double {
        guard xCount + yCount > 0 else { return 1 }
        return 2 * Double(common(x, y)) / Double(xCount + yCount)
    }

    static func common(_ x: [String: Int], _ y: [String: Int]) -> Int {
        let (small, large) = x.count <= y.count ? (x, y) : (y, x)
        var n = 0
        for (w, c) in small { if let d = large[w] { n += min(c, d) } }
        return n
    }

    static func rounded(_ v: Double) -> Double { (v * 1000).rounded() / 1000 }

    // MARK: - Alignment

    struct Aligner {
        let a: [Unit], b: [Unit]
        var partnerOfA: [Int?], partnerOfB: [Int?]
        var moved: Set<Int> = []
        /// B index → (A index, the A tokens left unpaired by A's partner).
        var splitOf: [Int: (Int, [DiffToken])] = [:]
        /// A index → B index it was merged into.
        var mergeOf: [Int: Int] = [:]
        private var sims: [Double]

        init(a: [Unit], b: [Unit]) {
            self.a = a; self.b = b
            partnerOfA = Array(repeating: nil, count: a.count)
            partnerOfB = Array(repeating: nil, count: b.count)
            sims = Array(repeating: -1, count: a.count * b.count)
            for i in a.indices {
                for j in b.indices where a[i].section == b[j].section {
                    sims[i * b.count + j] = ParagraphDiff.similarity(a[i], b[j])
                }
            }
        }

        /// -1 across sections.
        func similarity(_ i: Int, _ j: Int) -> Double { sims[i * b.count + j] }

        mutating func run() {
            alignInOrder()
            pairGaps()
            pairMoved()
            findSplitsAndMerges()
        }

        /// Longest common subsequence weighted by similarity above the threshold.
        mutating func alignInOrder() {
            let n = a.count, m = b.count
            guard n > 0, m > 0 else { return }
            var score = [Double](repeating: 0, count: (n + 1) * (m + 1))
            func at(_ i: Int, _ j: Int) -> Int { i * (m + 1) + j }
            func weight(_ i: Int, _ j: Int) -> Double? {
                let s = similarity(i, j)
                guard s >= ParagraphDiff.inOrderThreshold else { return nil }
                // The same clause verb breaks near-ties (the first half of a split keeps it).
                return s - 0.25 + (a[i].opening != nil && a[i].opening == b[j].opening ? 0.1 : 0)
            }
            for i in 1...n {
                for j in 1...m {
                    var best = max(score[at(i - 1, j)], score[at(i, j - 1)])
                    if let w = weight(i - 1, j - 1) { best = max(best, score[at(i - 1, j - 1)] + w) }
                    score[at(i, j)] = best
                }
            }
            var i = n, j = m
            while i > 0, j > 0 {
                if let w = weight(i - 1, j - 1), abs(score[at(i, j)] - (score[at(i - 1, j - 1)] + w)) < 1e-12 {
                    partnerOfA[i - 1] = j - 1; partnerOfB[j - 1] = i - 1
                    i -= 1; j -= 1
                } else if score[at(i - 1, j)] >= score[at(i, j - 1)] {
                    i -= 1
                } else {
                    j -= 1
                }
            }
        }

        /// Between two paired paragraphs, as many unpaired on each side, one by one with the same
        /// section and the same opening word ("Recalling its resolutions …" rewritten): rewritten
        /// in place.
        mutating func pairGaps() {
            var i = 0, j = 0
            while i <= a.count, j <= b.count {
                var ni = i, nj = j
                while ni < a.count, partnerOfA[ni] == nil { ni += 1 }
                while nj < b.count, partnerOfB[nj] == nil { nj += 1 }
                if ni - i == nj - j, ni > i {
                    let pairs = zip(i..<ni, j..<nj)
                    if pairs.allSatisfy({ a[$0].section == b[$1].section && a[$0].opening != nil && a[$0].opening == b[$1].opening
                                          && similarity($0, $1) >= ParagraphDiff.gapThreshold }) {
                        for (x, y) in pairs { partnerOfA[x] = y; partnerOfB[y] = x }
                    }
                }
                i = ni + 1; j = nj + 1
            }
        }

        /// Left-over pairs across the order, most similar first.
        mutating func pairMoved() {
            var candidates: [(s: Double, i: Int, j: Int)] = []
            for i in a.indices where partnerOfA[i] == nil {
                for j in b.indices where partnerOfB[j] == nil {
                    let s = similarity(i, j)
                    if s >= ParagraphDiff.movedThreshold { candidates.append((s, i, j)) }
                }
            }
            candidates.sort { ($0.s, -$0.i, -$0.j) > ($1.s, -$1.i, -$1.j) }
            for c in candidates where partnerOfA[c.i] == nil && partnerOfB[c.j] == nil {
                partnerOfA[c.i] = c.j; partnerOfB[c.j] = c.i
                moved.insert(c.j)
            }
        }

        mutating func findSplitsAndMerges() {
            // A new paragraph next to one whose partner's unpaired words it holds.
            // Neighbours first; any other paragraph of the section when nearly all words are there.
            for j in b.indices where partnerOfB[j] == nil && b[j].words >= 4 {
                let others = b.indices.filter { abs($0 - j) > 1 }
                for (nb, least) in [j - 1, j + 1].map({ ($0, ParagraphDiff.splitThreshold) }) + others.map({ ($0, ParagraphDiff.farSplitThreshold) })
                where b.indices.contains(nb) {
                    guard let i = partnerOfB[nb], a[i].section == b[j].section else { continue }
                    let rest = unpaired(a[i].tokens, against: b[nb].tokens)
                    if share(of: b[j], in: rest) >= least { splitOf[j] = (i, rest); break }
                }
            }
            for i in a.indices where partnerOfA[i] == nil && a[i].words >= 4 {
                let others = a.indices.filter { abs($0 - i) > 1 }
                for (na, least) in [i - 1, i + 1].map({ ($0, ParagraphDiff.splitThreshold) }) + others.map({ ($0, ParagraphDiff.farSplitThreshold) })
                where a.indices.contains(na) {
                    guard let j = partnerOfA[na], a[i].section == b[j].section else { continue }
                    let rest = unpaired(b[j].tokens, against: a[na].tokens)
                    if share(of: a[i], in: rest) >= least { mergeOf[i] = j; break }
                }
            }
        }

        /// Tokens of `x` the word diff against `y` leaves unpaired.
        func unpaired(_ x: [DiffToken], against y: [DiffToken]) -> [DiffToken] {
            WordDiff.script(x.map(\.key), y.map(\.key)).compactMap { $0.op == .delete ? $0.a.map { x[$0] } : nil }
        }

        /// Share of the unit's words found among the tokens.
        func share(of unit: Unit, in tokens: [DiffToken]) -> Double {
            var bag: [String: Int] = [:]
            for t in tokens where t.isWord { bag[t.key.lowercased(), default: 0] += 1 }
            return unit.words == 0 ? 0 : Double(ParagraphDiff.common(unit.bag, bag)) / Double(unit.words)
        }
    }

    // MARK: - Words

    /// The word diff of two token lists, each run of insertions or deletions slid to start at a
    /// word (not before a closing bracket or comma) and to end before a space or punctuation.
    static func script(_ a: [DiffToken], _ b: [DiffToken]) -> [WordDiff.Step] {
        let ka = a.map(\.key), kb = b.map(\.key)
        return WordDiff.slid(WordDiff.script(ka, kb), ka, kb) { op, start, end in
            let tokens = op == .insert ? b : a
            var score = 0
            if !tokens[start].space.isEmpty || start == 0 { score += 2 } else if tokens[start].isWord { score += 1 }
            if end == tokens.count || !tokens[end].space.isEmpty { score += 2 } else if !tokens[end].isWord { score += 1 }
            return score
        }
    }

    static func runs(_ tokens: [DiffToken], _ op: DiffOp) -> [WordRun] {
        tokens.isEmpty ? [] : [WordRun(op: op, text: DiffTokenizer.text(tokens))]
    }

    /// Runs of one operation; kept words are shown as the second document writes them.
    static func wordRuns(_ steps: [WordDiff.Step], a: [DiffToken], b: [DiffToken]) -> [WordRun] {
        var out: [WordRun] = []
        for (n, s) in steps.enumerated() {
            var t: DiffToken
            switch s.op {
            case .equal, .insert: guard let j = s.b else { continue }; t = b[j]
            case .delete: guard let i = s.a else { continue }; t = a[i]
            }
            if n == 0 { t.space = "" }
            if let last = out.last, last.op == s.op { out[out.count - 1].text += t.space + t.text }
            else { out.append(WordRun(op: s.op, text: t.space + t.text)) }
        }
        return out
    }

    // MARK: - Citations

    static func citationsByLabel(_ citations: [Citation]) -> [String: [String]] {
        var out: [String: [String]] = [:]
        for c in citations where !(out[c.paragraph]?.contains(c.target) ?? false) { out[c.paragraph, default: []].append(c.target) }
        return out
    }

    static func targets(_ citations: [Citation]) -> [String] {
        var seen = Set<String>(), out: [String] = []
        for c in citations where seen.insert(c.target).inserted { out.append(c.target) }
        return out
    }

    static func compareCitations(_ a: [String], _ b: [String]) -> CitationChanges {
        let inA = Set(a), inB = Set(b)
        return CitationChanges(added: b.filter { !inA.contains($0) }, dropped: a.filter { !inB.contains($0) },
                               kept: b.filter { inA.contains($0) })
    }
}
