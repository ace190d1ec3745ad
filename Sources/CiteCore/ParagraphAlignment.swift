/// Aligns the paragraphs of two documents and diffs the words of each pair.
///
/// ```swift
/// let diff = ParagraphDiff.compare(DiffInput(symbol: "S/RES/2703 (2023)", paragraphs: a, citations: ca),
///                                  DiffInput(symbol: "S/RES/2756 (2024)", paragraphs: b, citations: cb))
/// diff.counts.summary   // "24 unchanged, 12 changed, 1 new, 0 dropped, 0 moved; citations +2 −1"
/// ```
///
/// Steps: paragraphs with one label in a row are joined (an operative paragraph and its list
/// items; the meeting line and voting record under the last one are left out); the cover is left
/// out. Paragraphs of one section are paired in order by a longest-common-subsequence alignment
/// weighted by their share of common words (bag-of-words Dice ≥ 0.5); what is left is paired
/// across the order (moved, Dice ≥ 0.6; between preamble and operative part ≥ 0.7); a left-over
/// paragraph whose words come from the unpaired rest of a neighbour's partner is a split or a
/// merge, and of the two halves the one that keeps the opening words keeps the pairing.
/// Paragraph numbers, list letters and footnote markers are not words (`DiffTokenizer`).
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
    /// Least share of common words for a paragraph found in the other part of the document
    /// (preamble ↔ operative) to be the same one, moved.
    public static let crossSectionThreshold = 0.7

    /// - Complexity: O(P² · W) for P paragraphs of W words, plus the word diff of each pair.
    public static func compare(_ a: DiffInput, _ b: DiffInput) -> DocumentDiff {
        var vocabulary = Vocabulary()
        var ua = units(a.paragraphs, &vocabulary), ub = units(b.paragraphs, &vocabulary)
        // A letter or a statement (no numbered operative paragraphs): its preamble/operative split
        // is a guess, so both documents are compared as plain paragraphs, in one run.
        let plain = [(a, ua), (b, ub)].compactMap { input, u in plainReason(u).map { "\(input.symbol) \($0): compared as plain paragraphs" } }
        if !plain.isEmpty {
            for k in ua.indices { ua[k].group = .preamble }
            for k in ub.indices { ub[k].group = .preamble }
        }
        var aligner = Aligner(a: ua, b: ub, lowerOf: vocabulary.lower)
        aligner.run()
        var changes: [(key: [Int], change: ParagraphChange)] = []
        let citesA = citationsByLabel(a.citations), citesB = citationsByLabel(b.citations)

        for (j, u) in ub.enumerated() {
            let cites = citesB[u.label] ?? []
            guard let i = aligner.partnerOfB[j] else {
                var change = ParagraphChange(status: .new, from: nil, to: u.label, section: u.section,
                                             text: DiffTokenizer.text(u.tokens), words: runs(u.tokens, .insert), similarity: 0,
                                             citations: CitationChanges(added: cites))
                if case let (i, restIndices)? = aligner.splitOf[j] {
                    change.splitFrom = ua[i].label
                    let rest = restIndices.map { ua[i].tokens[$0] }, restIDs = restIndices.map { ua[i].ids[$0] }
                    change.words = wordRuns(script(rest, restIDs, u.tokens, u.ids), a: rest, b: u.tokens)
                }
                changes.append(([j, 0, 0], change))
                continue
            }
            let p = ua[i]
            // Spacing alone ("long -standing" → "long-standing") is no change.
            let same = p.ids == u.ids || p.tokens.map(\.key).joined() == u.tokens.map(\.key).joined()
            let status: ParagraphChange.Status = aligner.moved.contains(j) ? .moved : (same ? .unchanged : .changed)
            let words = same ? runs(u.tokens, .equal) : wordRuns(script(p.tokens, p.ids, u.tokens, u.ids), a: p.tokens, b: u.tokens)
            changes.append(([j, 0, 0], ParagraphChange(
                status: status, from: p.label, to: u.label, section: u.section, text: DiffTokenizer.text(u.tokens),
                words: words, similarity: rounded(p.group == u.group ? aligner.similarity(i, j) : similarity(p, u)),
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
        for (input, u) in [(a, ua), (b, ub)] where u.isEmpty { notes.append("\(input.symbol) has no paragraphs to compare") }
        notes += plain
        return DocumentDiff(from: a.symbol, to: b.symbol, paragraphs: ordered, citations: documentCitations,
                            counts: counts, notes: notes)
    }

    // MARK: - Units

    /// Word keys as numbers, shared by both documents: comparing and hashing numbers instead of
    /// strings is what makes the similarity of every pair of paragraphs cheap.
    struct Vocabulary {
        private var ids: [String: Int32] = [:]
        /// Key number → number of its lower-case form.
        private(set) var lower: [Int32] = []

        mutating func id(_ key: String) -> Int32 {
            if let known = ids[key] { return known }
            let n = Int32(lower.count)
            ids[key] = n
            lower.append(n)
            let folded = key.lowercased()
            if folded != key { lower[Int(n)] = id(folded) }
            return n
        }
    }

    /// A word's lower-case key number and how often it occurs in a paragraph.
    struct WordCount { var word: Int32; var count: Int32 }

    /// A paragraph with its list items, tokenized.
    struct Unit {
        var label: String
        var section: Section
        /// What the alignment pairs within: the section, or one for all when a document is
        /// compared as plain paragraphs.
        var group: Section
        /// Opens with its number ("3.").
        var numbered: Bool
        var tokens: [DiffToken]
        /// Key number of each token (case kept), for the word diff.
        var ids: [Int32]
        /// Lower-case key number of each word, in order (punctuation left out).
        var words: [Int32]
        /// The words and their counts, sorted by number, for the share of common words.
        var bag: [WordCount]
        /// The first word (the clause verb).
        var opening: Int32? { words.first }
    }

    /// The pieces of a paragraph that are page furniture, not text: the meeting line
    /// ("36th meeting 11 July 2024") and the voting record ("[Adopted by a recorded vote of …]")
    /// that Human Rights Council texts carry under their last paragraph.
    static func isFurniture(_ piece: String) -> Bool {
        let t = piece.trimmingCharacters(in: .whitespacesAndNewlines)
        if t.hasPrefix("[Adopted") && t.hasSuffix("]") { return true }
        let scalars = Array(t.unicodeScalars.prefix(40))
        var k = 0
        while k < scalars.count, DiffTokenizer.isDigit(scalars[k]) { k += 1 }
        guard k >= 1, k <= 5 else { return false }
        let rest = String(String.UnicodeScalarView(scalars[k...]))
        return ["st meeting", "nd meeting", "rd meeting", "th meeting", "st plenary meeting", "nd plenary meeting",
                "rd plenary meeting", "th plenary meeting"].contains { rest.hasPrefix($0) }
    }

    static func units(_ paragraphs: [DiffParagraph], _ vocabulary: inout Vocabulary) -> [Unit] {
        var groups: [(label: String, section: Section, pieces: [String])] = []
        for p in paragraphs where p.section != .cover && p.section != .footnote {
            if let last = groups.last, last.label == p.label {
                if !isFurniture(p.text) { groups[groups.count - 1].pieces.append(p.text) }
            } else { groups.append((p.label, p.section, [p.text])) }
        }
        return groups.map { g in
            let tokens = DiffTokenizer.tokens(g.pieces)
            var ids: [Int32] = [], words: [Int32] = []
            ids.reserveCapacity(tokens.count); words.reserveCapacity(tokens.count)
            for t in tokens {
                let n = vocabulary.id(t.key)
                ids.append(n)
                if t.isWord { words.append(vocabulary.lower[Int(n)]) }
            }
            let numbered = g.pieces[0].unicodeScalars.prefix(5).prefix(while: DiffTokenizer.isDigit).count > 0
                && g.pieces[0].unicodeScalars.drop(while: DiffTokenizer.isDigit).first == "."
            return Unit(label: g.label, section: g.section, group: g.section, numbered: numbered, tokens: tokens, ids: ids,
                        words: words, bag: bag(words))
        }
    }

    /// Why a document's paragraphs are compared as plain paragraphs, or nil.
    static func plainReason(_ units: [Unit]) -> String? {
        guard !units.isEmpty else { return nil }
        if !units.contains(where: { $0.section == .operative }) { return "has no operative paragraphs" }
        if !units.contains(where: { $0.section == .operative && $0.numbered }) { return "has no numbered paragraphs" }
        return nil
    }

    static func bag(_ words: [Int32]) -> [WordCount] {
        var out: [WordCount] = []
        for w in words.sorted() {
            if let last = out.last, last.word == w { out[out.count - 1].count += 1 } else { out.append(WordCount(word: w, count: 1)) }
        }
        return out
    }

    /// Share of common words (Dice), or, when one paragraph holds nearly all of the other
    /// (a paragraph that grew or shrank a lot), ¾ of that share of the shorter one.
    static func similarity(_ x: Unit, _ y: Unit) -> Double {
        let shared = common(x.bag, y.bag)
        guard x.words.count + y.words.count > 0 else { return 1 }
        let dice = 2 * Double(shared) / Double(x.words.count + y.words.count)
        let shorter = min(x.words.count, y.words.count)
        guard shorter >= 8 else { return dice }
        return max(dice, 0.75 * Double(shared) / Double(shorter))
    }

    /// |A ∩ B| over word multisets, by a merge of the sorted bags.
    static func common(_ x: [WordCount], _ y: [WordCount]) -> Int {
        var i = 0, j = 0, n = 0
        while i < x.count, j < y.count {
            if x[i].word == y[j].word { n += Int(min(x[i].count, y[j].count)); i += 1; j += 1 }
            else if x[i].word < y[j].word { i += 1 } else { j += 1 }
        }
        return n
    }

    /// How many words two paragraphs open with alike.
    static func commonOpening(_ x: Unit, _ y: Unit) -> Int {
        var k = 0
        while k < x.words.count, k < y.words.count, x.words[k] == y.words[k] { k += 1 }
        return k
    }

    static func rounded(_ v: Double) -> Double { (v * 1000).rounded() / 1000 }

    // MARK: - Alignment

    struct Aligner {
        let a: [Unit], b: [Unit]
        /// Key number → lower-case key number (the vocabulary's).
        let lowerOf: [Int32]
        var partnerOfA: [Int?], partnerOfB: [Int?]
        var moved: Set<Int> = []
        /// B index → (A index, indices of the A tokens left unpaired by A's partner).
        var splitOf: [Int: (Int, [Int])] = [:]
        /// A index → B index it was merged into.
        var mergeOf: [Int: Int] = [:]
        private var sims: [Double]

        init(a: [Unit], b: [Unit], lowerOf: [Int32]) {
            self.a = a; self.b = b; self.lowerOf = lowerOf
            partnerOfA = Array(repeating: nil, count: a.count)
            partnerOfB = Array(repeating: nil, count: b.count)
            sims = Array(repeating: -1, count: a.count * b.count)
            for i in a.indices {
                for j in b.indices where a[i].group == b[j].group {
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
            keepLabelsWithOpenings()
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
                    if pairs.allSatisfy({ a[$0].group == b[$1].group && a[$0].opening != nil && a[$0].opening == b[$1].opening
                                          && similarity($0, $1) >= ParagraphDiff.gapThreshold }) {
                        for (x, y) in pairs { partnerOfA[x] = y; partnerOfB[y] = x }
                    }
                }
                i = ni + 1; j = nj + 1
            }
        }

        /// Left-over pairs across the order, most similar first; a paragraph that went from the
        /// preamble to the operative part (or back) needs more words in common.
        mutating func pairMoved() {
            var candidates: [(s: Double, i: Int, j: Int)] = []
            for i in a.indices where partnerOfA[i] == nil {
                for j in b.indices where partnerOfB[j] == nil {
                    if a[i].group == b[j].group {
                        let s = similarity(i, j)
                        if s >= ParagraphDiff.movedThreshold { candidates.append((s, i, j)) }
                    } else if a[i].group != .annex, b[j].group != .annex,
                              a[i].words.count >= 8, b[j].words.count >= 8 {
                        let s = ParagraphDiff.similarity(a[i], b[j])
                        if s >= ParagraphDiff.crossSectionThreshold { candidates.append((s, i, j)) }
                    }
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
            // The rest of a partner is computed once (a word diff each).
            var restOfB: [Int: [Int]] = [:], restOfA: [Int: [Int]] = [:]
            for j in b.indices where partnerOfB[j] == nil && b[j].words.count >= 4 {
                let others = b.indices.filter { abs($0 - j) > 1 }
                for (nb, least) in [j - 1, j + 1].map({ ($0, ParagraphDiff.splitThreshold) }) + others.map({ ($0, ParagraphDiff.farSplitThreshold) })
                where b.indices.contains(nb) {
                    guard let i = partnerOfB[nb], a[i].group == b[j].group,
                          share(of: b[j], inBag: a[i].bag) >= least else { continue }
                    let rest = restOfB[nb] ?? unpaired(a[i], against: b[nb])
                    restOfB[nb] = rest
                    if share(of: b[j], in: rest.map { a[i].ids[$0] }) >= least { splitOf[j] = (i, rest); break }
                }
            }
            for i in a.indices where partnerOfA[i] == nil && a[i].words.count >= 4 {
                let others = a.indices.filter { abs($0 - i) > 1 }
                for (na, least) in [i - 1, i + 1].map({ ($0, ParagraphDiff.splitThreshold) }) + others.map({ ($0, ParagraphDiff.farSplitThreshold) })
                where a.indices.contains(na) {
                    guard let j = partnerOfA[na], a[i].group == b[j].group,
                          share(of: a[i], inBag: b[j].bag) >= least else { continue }
                    let rest = restOfA[na] ?? unpaired(b[j], against: a[na])
                    restOfA[na] = rest
                    if share(of: a[i], in: rest.map { b[j].ids[$0] }) >= least { mergeOf[i] = j; break }
                }
            }
        }

        /// Of a paragraph split in two, the half that keeps its opening keeps its place (the rest
        /// is new); of two merged into one, the one whose opening the merged paragraph keeps.
        /// Pairing by shares of words alone gives the place to the longer half.
        mutating func keepLabelsWithOpenings() {
            func clearlyBetter(_ x: Int, than y: Int) -> Bool { x >= 3 && x > y + 1 }
            // A new paragraph that opens with the first words of its neighbour's partner (five or
            // more) and holds half of its words is that partner's first half, though it added words.
            for j in b.indices where partnerOfB[j] == nil && splitOf[j] == nil {
                for nb in [j - 1, j + 1] where b.indices.contains(nb) {
                    guard let i = partnerOfB[nb], a[i].group == b[j].group,
                          ParagraphDiff.commonOpening(a[i], b[j]) >= 5,
                          share(of: b[j], inBag: a[i].bag) >= 0.5 else { continue }
                    splitOf[j] = (i, restOf(i, nb))
                    break
                }
            }
            for (j, split) in splitOf.sorted(by: { $0.key < $1.key }) {
                let i = split.0
                guard let nb = partnerOfA[i], abs(nb - j) == 1, partnerOfB[j] == nil,
                      clearlyBetter(ParagraphDiff.commonOpening(a[i], b[j]), than: ParagraphDiff.commonOpening(a[i], b[nb])) else { continue }
                partnerOfA[i] = j; partnerOfB[j] = i; partnerOfB[nb] = nil
                if moved.remove(nb) != nil { moved.insert(j) }
                splitOf[j] = nil
                splitOf[nb] = (i, unpaired(a[i], against: b[j]))
            }
            for (i, j) in mergeOf.sorted(by: { $0.key < $1.key }) {
                guard let na = partnerOfB[j], abs(na - i) == 1, partnerOfA[i] == nil,
                      clearlyBetter(ParagraphDiff.commonOpening(a[i], b[j]), than: ParagraphDiff.commonOpening(a[na], b[j])) else { continue }
                partnerOfB[j] = i; partnerOfA[i] = j; partnerOfA[na] = nil
                mergeOf[i] = nil
                mergeOf[na] = j
            }
        }

        func restOf(_ i: Int, _ j: Int) -> [Int] { unpaired(a[i], against: b[j]) }

        /// Indices of the tokens of `x` the word diff against `y` leaves unpaired.
        func unpaired(_ x: Unit, against y: Unit) -> [Int] {
            WordDiff.script(x.ids, y.ids).compactMap { $0.op == .delete ? $0.a : nil }
        }

        /// Share of the unit's words found in another paragraph's bag (an upper bound of the share
        /// found in any part of it).
        func share(of unit: Unit, inBag bag: [WordCount]) -> Double {
            unit.words.isEmpty ? 0 : Double(ParagraphDiff.common(unit.bag, bag)) / Double(unit.words.count)
        }

        /// Share of the unit's words found among the given key numbers (case kept or not).
        func share(of unit: Unit, in ids: [Int32]) -> Double {
            guard !unit.words.isEmpty else { return 0 }
            let lower = ids.map { lowerOf[Int($0)] }
            return Double(ParagraphDiff.common(unit.bag, ParagraphDiff.bag(lower))) / Double(unit.words.count)
        }
    }

    // MARK: - Words

    /// The word diff of two token lists, each run of insertions or deletions slid to start at a
    /// word (not before a closing bracket or comma) and to end before a space or punctuation.
    static func script(_ a: [DiffToken], _ ka: [Int32], _ b: [DiffToken], _ kb: [Int32]) -> [WordDiff.Step] {
        WordDiff.slid(WordDiff.script(ka, kb), ka, kb) { op, start, end in
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
