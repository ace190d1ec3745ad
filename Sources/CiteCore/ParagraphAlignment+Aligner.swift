/// The pairing of two documents' paragraphs (the steps `ParagraphDiff` lists): in order within a
/// section, then across the order, then splits and merges.
extension ParagraphDiff {
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
}
