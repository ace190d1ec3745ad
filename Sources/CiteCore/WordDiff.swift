/// One step of an edit script between two sequences: keep, delete from the first, insert from
/// the second.
public enum DiffOp: String, Sendable, Hashable, Codable {
    /// In both sequences.
    case equal = "="
    /// Only in the second sequence.
    case insert = "+"
    /// Only in the first sequence.
    case delete = "-"
}

/// The shortest edit script between two sequences (Myers' O(ND) difference algorithm).
///
/// ```swift
/// WordDiff.script(["until", "31", "October", "2024"], ["until", "31", "October", "2025"])
/// // [(=, 0, 0), (=, 1, 1), (=, 2, 2), (-, 3, nil), (+, nil, 3)]
/// ```
/// Within a run of changes every deletion comes before the insertions, so a replaced word
/// reads "~~2024~~ **2025**".
public enum WordDiff {
    public struct Step: Sendable, Hashable {
        public var op: DiffOp
        /// Index in the first sequence (`equal`, `delete`).
        public var a: Int?
        /// Index in the second sequence (`equal`, `insert`).
        public var b: Int?
    }

    /// - Complexity: O((N + M) · D) time and O(D²) memory, D the number of edits, after the
    ///   common prefix and suffix are removed.
    public static func script<T: Equatable>(_ a: [T], _ b: [T]) -> [Step] {
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        var steps: [Step] = (0..<prefix).map { Step(op: .equal, a: $0, b: $0) }
        let midA = Array(a[prefix..<(a.count - suffix)]), midB = Array(b[prefix..<(b.count - suffix)])
        steps += ordered(myers(midA, midB).map { s in
            Step(op: s.op, a: s.a.map { $0 + prefix }, b: s.b.map { $0 + prefix })
        })
        steps += (0..<suffix).map { Step(op: .equal, a: a.count - suffix + $0, b: b.count - suffix + $0) }
        return steps
    }

    /// Deletions before insertions within each run of changes.
    static func ordered(_ steps: [Step]) -> [Step] {
        var out: [Step] = [], deletes: [Step] = [], inserts: [Step] = []
        func flush() { out += deletes; out += inserts; deletes.removeAll(); inserts.removeAll() }
        for s in steps {
            switch s.op {
            case .equal: flush(); out.append(s)
            case .delete: deletes.append(s)
            case .insert: inserts.append(s)
            }
        }
        flush()
        return out
    }

    static func myers<T: Equatable>(_ a: [T], _ b: [T]) -> [Step] {
        let n = a.count, m = b.count
        if n == 0 { return (0..<m).map { Step(op: .insert, a: nil, b: $0) } }
        if m == 0 { return (0..<n).map { Step(op: .delete, a: $0, b: nil) } }
        let maxD = n + m, offset = maxD
        var v = [Int](repeating: 0, count: 2 * maxD + 2)
        var trace: [[Int]] = []
        var found = false
        for d in 0...maxD {
            // Only diagonals -d...d are read back at step d: O(D²) memory in all.
            trace.append(Array(v[(offset - d)...(offset + d)]))
            var k = -d
            while k <= d {
                var x: Int
                if k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) {
                    x = v[offset + k + 1]
                } else {
                    x = v[offset + k - 1] + 1
                }
                var y = x - k
                while x < n, y < m, a[x] == b[y] { x += 1; y += 1 }
                v[offset + k] = x
                if x >= n && y >= m { found = true; break }
                k += 2
            }
            if found { break }
        }
        // Walk the trace back from (n, m).
        var steps: [Step] = []
        var x = n, y = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let row = trace[d]
            func v(_ k: Int) -> Int { row[k + d] }
            let k = x - y
            let prevK: Int
            if d == 0 {
                while x > 0, y > 0 { x -= 1; y -= 1; steps.append(Step(op: .equal, a: x, b: y)) }
                break
            }
            if k == -d || (k != d && v(k - 1) < v(k + 1)) { prevK = k + 1 } else { prevK = k - 1 }
            let prevX = v(prevK), prevY = prevX - prevK
            while x > prevX, y > prevY { x -= 1; y -= 1; steps.append(Step(op: .equal, a: x, b: y)) }
            if prevK == k + 1 { y -= 1; steps.append(Step(op: .insert, a: nil, b: y)) }
            else { x -= 1; steps.append(Step(op: .delete, a: x, b: nil)) }
        }
        return steps.reversed()
    }
}

extension WordDiff {
    /// Slides each run of only insertions (or only deletions) between kept tokens to the equally
    /// short place that reads best: `score(side, start, end)` rates a run of the changed side's
    /// tokens `start..<end`; ties go to the leftmost place. "2654 (2022{+), and 2703 (2023+})"
    /// becomes "2654 (2022), {+and 2703 (2023)+}".
    /// - Complexity: O(S · L) for S steps and runs slid over L places.
    public static func slid<T: Equatable>(_ steps: [Step], _ a: [T], _ b: [T], score: (DiffOp, Int, Int) -> Int) -> [Step] {
        var steps = steps
        var k0 = 0
        while k0 < steps.count {
            let op = steps[k0].op
            guard op != .equal else { k0 += 1; continue }
            var k1 = k0
            while k1 < steps.count, steps[k1].op == op { k1 += 1 }
            let pureRun = (k0 == 0 || steps[k0 - 1].op == .equal) && (k1 == steps.count || steps[k1].op == .equal)
            guard pureRun else { k0 = k1; continue }
            let seq = op == .insert ? b : a
            func index(_ s: Step) -> Int? { op == .insert ? s.b : s.a }
            func other(_ s: Step) -> Int? { op == .insert ? s.a : s.b }
            guard let start = index(steps[k0]) else { k0 = k1; continue }
            let length = k1 - k0
            // Places to the left: the kept token before the run equals the run's last token.
            var left = 0
            while k0 - left - 1 >= 0, steps[k0 - left - 1].op == .equal, start - left - 1 >= 0,
                  seq[start - left - 1] == seq[start - left - 1 + length] { left += 1 }
            var right = 0
            while k1 + right < steps.count, steps[k1 + right].op == .equal, start + right + length < seq.count,
                  seq[start + right] == seq[start + right + length] { right += 1 }
            guard left + right > 0 else { k0 = k1; continue }
            var best = -left, bestScore = Int.min
            for shift in -left...right {
                let s = score(op, start + shift, start + shift + length)
                if s > bestScore { bestScore = s; best = shift }
            }
            if best != 0 {
                // Rewrite the region: kept tokens keep their order on both sides.
                let regionSteps = (k0 - left)..<(k1 + right)
                let firstSeq = start - left
                guard let firstOther = other(left > 0 ? steps[k0 - left] : steps[k1]) else { k0 = k1; continue }
                var rebuilt: [Step] = []
                var o = firstOther
                for p in firstSeq..<(firstSeq + regionSteps.count) {
                    if p >= start + best && p < start + best + length {
                        rebuilt.append(op == .insert ? Step(op: .insert, a: nil, b: p) : Step(op: .delete, a: p, b: nil))
                    } else {
                        rebuilt.append(op == .insert ? Step(op: .equal, a: o, b: p) : Step(op: .equal, a: p, b: o))
                        o += 1
                    }
                }
                steps.replaceSubrange(regionSteps, with: rebuilt)
            }
            k0 = k1 + max(best, 0)
        }
        return steps
    }
}
