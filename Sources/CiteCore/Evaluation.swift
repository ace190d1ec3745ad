import Foundation

/// Scores extracted citations against a truth table such as `truth/akn_links.tsv`
/// (unique (citing, target) pairs) and the clause verbs it records.
public struct Evaluation: Sendable {
    public enum Scope: String, Sendable, CaseIterable {
        /// Resolutions (A/RES, S/RES, E/RES, A/HRC/RES, E/CN.4/RES).
        case resolutions
        /// Treaties by UN Treaty Series reference.
        case treaties
    }

    public struct Pair: Hashable, Comparable, Sendable {
        public var citing: String
        public var target: String
        public static func < (a: Pair, b: Pair) -> Bool { (a.citing, a.target) < (b.citing, b.target) }
    }

    public struct TruthRow: Sendable {
        public var pair: Pair
        public var relation: Relation?
    }

    public var truth: [TruthRow] = []
    public var truthPairs: Set<Pair> = []
    public var truthDocuments: Set<String> = []
    public let scope: Scope
    /// Treaties: count only citations backed by a footnote's Treaty Series reference
    /// (names without a footnote are real citations the footnote truth cannot see).
    public var footnoteBackedOnly = false
    /// Treaties: the notes the truth labels with a Treaty Series reference, as (citing, marker).
    /// With `footnoteBackedOnly`, only citations from these notes are scored (the truth leaves
    /// "Ibid." notes and second numbers unlabelled, so it can neither confirm nor refute them).
    public var labelledNotes: Set<Pair> = []
    /// The one reference the truth gives each labelled note, (citing, marker) → `UNTS v/n`: the first
    /// of the note. A note citing five conventions (A/RES/78/161 note 6) is labelled with the first
    /// only, so the other four, when the note's labelled reference was read, are neither confirmed
    /// nor refuted (left unscored); when it was not read, they count as false positives.
    public var labelledReference: [Pair: String] = [:]

    /// Loads a tab-separated truth table with a header line. Columns used: `citing`, and `target`
    /// or `cited` (resolutions), or `ts_volume` + `ts_number` (treaties); `clause_verb` when present.
    public init(truthTable path: String, scope: Scope) throws {
        self.scope = scope
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(path: path, reason: "truth table cannot be read")
        }
        let text = String(decoding: data, as: UTF8.self)
        let rows = TSV.parse(text)
        guard let header = rows.first else { throw InputError(path: path, reason: "empty truth table") }
        func col(_ name: String) -> Int? { header.firstIndex(of: name) }
        guard let citingCol = col("citing") else { throw InputError(path: path, reason: "truth table has no `citing` column") }
        let targetCol = col("target") ?? col("cited")
        let verbCol = col("clause_verb") ?? col("clause_verbs")
        let volCol = col("ts_volume"), numCol = col("ts_number")
        for r in rows.dropFirst() where r.count > citingCol {
            let citing = Symbols.withoutPart(r[citingCol])
            // Treaties: every document of the table is scored; resolutions: documents with a resolution link.
            if scope == .treaties { truthDocuments.insert(citing) }
            var target: String?
            switch scope {
            case .resolutions:
                guard let tc = targetCol, tc < r.count else { continue }
                target = Self.normaliseTruthTarget(r[tc], citing: citing)
                if let t = target, !Self.isResolution(t) { target = nil }
            case .treaties:
                guard let v = volCol, let n = numCol, v < r.count, n < r.count, let vol = Int(r[v]), let num = Int(r[n]) else { continue }
                target = UNTSReference(volume: vol, number: num).id
                if let mc = col("marker"), mc < r.count {
                    let note = Pair(citing: citing, target: r[mc])
                    labelledNotes.insert(note)
                    if labelledReference[note] == nil { labelledReference[note] = target }
                }
            }
            guard let t = target, t != citing else { continue }
            var relation: Relation?
            if let vc = verbCol, vc < r.count {
                let verb = r[vc].split(separator: "|").first.map(String.init) ?? ""
                relation = ClauseVerbs.relation(ofVerb: verb)
            }
            let pair = Pair(citing: citing, target: t)
            truthDocuments.insert(citing)
            truth.append(TruthRow(pair: pair, relation: relation))
            truthPairs.insert(pair)
        }
    }

    public static func isResolution(_ s: String) -> Bool {
        s.hasPrefix("A/RES/") || s.hasPrefix("S/RES/") || s.hasPrefix("E/RES/") || s.hasPrefix("A/HRC/RES/") || s.hasPrefix("E/CN.4/RES/")
    }

    /// Part letters dropped; a Human Rights Council document's link to `A/RES/5/1` read as the Council's own.
    public static func normaliseTruthTarget(_ raw: String, citing: String) -> String {
        var t = Symbols.withoutPart(raw)
        if citing.hasPrefix("A/HRC/"), t.hasPrefix("A/RES/") {
            let rest = t.dropFirst("A/RES/".count)
            if let session = rest.split(separator: "/").first {
                if session.hasPrefix("S-") || (Int(session).map { $0 < 31 } ?? false) { t = "A/HRC/RES/" + rest }
            }
        }
        return t
    }

    public struct Report: Sendable {
        public var documents: Int
        public var truePositives: [Pair]
        public var falsePositives: [Pair]
        public var falseNegatives: [Pair]
        public var relationChecked: Int
        public var relationAgreed: Int
        public var relationMismatches: [(Pair, Relation, Set<Relation>)]

        public var precision: Double { ratio(truePositives.count, truePositives.count + falsePositives.count) }
        public var recall: Double { ratio(truePositives.count, truePositives.count + falseNegatives.count) }
        public var relationAgreement: Double { ratio(relationAgreed, relationChecked) }
        func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 1 : Double(a) / Double(b) }
    }

    /// Scores the citations of the documents that the truth covers.
    public func score(_ citations: [Citation], documents: Set<String>) -> Report {
        let scored = Set(documents.map(Symbols.withoutPart)).intersection(truthDocuments)
        var extracted: [Pair: Set<Relation>] = [:]
        // Footnote-backed treaties: the references read in each labelled note, and the note of each.
        var readInNote: [Pair: Set<String>] = [:]
        var notesOfPair: [Pair: Set<Pair>] = [:]
        for var c in citations {
            c.citing = Symbols.withoutPart(c.citing)
            guard scored.contains(c.citing) else { continue }
            let target: String
            switch scope {
            case .resolutions:
                guard c.targetKind == .resolution, Self.isResolution(c.target) else { continue }
                target = Symbols.withoutPart(c.target)
            case .treaties:
                guard let u = c.unts ?? (c.target.hasPrefix("UNTS ") ? parseUNTSId(c.target) : nil) else { continue }
                let note = Pair(citing: c.citing, target: c.footnote.map(String.init) ?? "")
                if footnoteBackedOnly && (c.via != .footnote || !labelledNotes.contains(note)) { continue }
                target = u.id
                if footnoteBackedOnly {
                    readInNote[note, default: []].insert(target)
                    notesOfPair[Pair(citing: c.citing, target: target), default: []].insert(note)
                }
            }
            guard target != c.citing else { continue }
            extracted[Pair(citing: c.citing, target: target), default: []].insert(c.relation)
        }
        let truthInScope = truthPairs.filter { scored.contains($0.citing) }
        var found = Set(extracted.keys)
        // A further reference of a labelled note whose labelled (first) reference was read: unscored.
        for (pair, notes) in notesOfPair where !truthInScope.contains(pair) {
            let unlabelled = notes.allSatisfy { n in labelledReference[n].map { (readInNote[n] ?? []).contains($0) && $0 != pair.target } ?? false }
            if unlabelled { found.remove(pair); extracted[pair] = nil }
        }
        var checked = 0, agreed = 0
        var mismatches: [(Pair, Relation, Set<Relation>)] = []
        var seen = Set<Pair>()
        for row in truth where scored.contains(row.pair.citing) {
            guard let r = row.relation, r != .cites, let got = extracted[row.pair], seen.insert(row.pair).inserted else { continue }
            checked += 1
            if got.contains(r) { agreed += 1 } else { mismatches.append((row.pair, r, got)) }
        }
        return Report(documents: scored.count,
                      truePositives: found.intersection(truthInScope).sorted(),
                      falsePositives: found.subtracting(truthInScope).sorted(),
                      falseNegatives: truthInScope.subtracting(found).sorted(),
                      relationChecked: checked, relationAgreed: agreed,
                      relationMismatches: mismatches.sorted { $0.0 < $1.0 })
    }

    func parseUNTSId(_ s: String) -> UNTSReference? {
        let parts = s.dropFirst(5).split(separator: "/")
        guard parts.count == 2, let v = Int(parts[0]), let n = Int(parts[1]) else { return nil }
        return UNTSReference(volume: v, number: n)
    }
}

/// Tab-separated values with CSV quoting rules, as the corpus tables use.
public enum TSV {
    public static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var atFieldStart = true
        var it = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let c = pending ?? it.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let n = it.next() {
                        if n == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = n }
                    } else { quoted = false }
                } else { field.unicodeScalars.append(c) }
                continue
            }
            switch c {
            case "\"" where atFieldStart: quoted = true; atFieldStart = false
            case "\t": row.append(field); field = ""; atFieldStart = true
            case "\n": row.append(field); rows.append(row); row = []; field = ""; atFieldStart = true
            case "\r": continue
            default: field.unicodeScalars.append(c); atFieldStart = false
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
