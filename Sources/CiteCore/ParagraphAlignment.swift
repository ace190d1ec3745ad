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
