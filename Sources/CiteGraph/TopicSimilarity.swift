/// How much two documents share a topic, and from what evidence.
///
/// Each component is nil when one of the two documents lacks what it needs.
public struct TopicEvidence: Hashable, Sendable, Codable {
    /// Jaccard similarity of the content words of the titles.
    public var title: Double?
    /// 1 for the same agenda item, else Jaccard similarity of its words.
    public var agenda: Double?
    /// Jaccard similarity of the subject terms.
    public var subjects: Double?
    /// Jaccard similarity of what the two cite (bibliographic coupling).
    public var references: Double?
    /// Share of the documents citing either one that cite both in one paragraph — used only when
    /// none of the above is known (for nodes known only from citations).
    public var coCitation: Double?
    /// How many documents cite both in one paragraph.
    public var coCitingDocuments: Int = 0
    /// The combined score in [0, 1]: the weighted mean of the metadata components, or the
    /// co-citation share when there are none.
    public var score: Double

    /// Whether the two share a topic: a metadata score of at least `threshold`, or, without
    /// metadata, a co-citation share of at least `coCitationThreshold` by two documents or more
    /// (older resolutions of neighbouring agendas are often listed together once or twice; the
    /// members of a series are listed together by every later member).
    public var sharesTopic: Bool {
        // Cited together, in one paragraph, by several later documents ("resolutions 1325 (2000),
        // 1820 (2008), … on women, peace and security"): the later texts say they belong together.
        if let c = coCitation, c >= Self.strongCoCitationThreshold, coCitingDocuments >= 3 { return true }
        if title != nil || agenda != nil || subjects != nil || references != nil { return score >= Self.threshold }
        guard let coCitation else { return false }
        return coCitation >= Self.coCitationThreshold && coCitingDocuments >= 2
    }

    /// Weights of the metadata components: a title names a series best; an agenda item can hold
    /// several series; subjects and references are noisy.
    public static let weights = (title: 4.0, agenda: 2.0, subjects: 1.0, references: 1.0)
    public static let threshold = 0.5
    public static let coCitationThreshold = 0.75
    public static let strongCoCitationThreshold = 0.5
}

/// Word sets of titles, agenda items and subjects, compared without case and stop words.
enum TopicText {
    static let stopWords: Set<String> = [
        "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "its", "of", "on", "or", "the",
        "their", "to", "with", "within", "including", "all", "other", "such", "under", "between", "among",
        "resolution", "resolutions", "united", "nations", "general", "assembly", "security", "council",
        "agenda", "item", "items", "sub", "question", "questions", "report", "reports", "matters",
    ]

    /// Lower-cased content words of at least two letters, a plural "s" dropped from long words.
    static func words(_ text: String) -> Set<String> {
        var out = Set<String>()
        var current = ""
        func flush() {
            defer { current = "" }
            guard current.count >= 2, !stopWords.contains(current) else { return }
            if current.count > 4, current.hasSuffix("s"), !current.hasSuffix("ss") { current.removeLast() }
            out.insert(current)
        }
        for ch in text.lowercased() {
            if ch.isLetter || ch.isNumber { current.append(ch) } else if ch == "'" || ch == "’" { continue } else { flush() }
        }
        flush()
        return out
    }

    /// A subject term normalised: lower case, `_` as space, no trailing full stop.
    static func subject(_ s: String) -> String {
        var t = s.lowercased().replacingOccurrences(of: "_", with: " ")
        while t.hasSuffix(".") || t.hasSuffix(" ") { t.removeLast() }
        return t.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    /// Words of an agenda item, or nil when it is only a number ("Agenda item 18 (d)").
    static func agenda(_ s: String?) -> Set<String>? {
        guard let s else { return nil }
        let w = words(s).filter { word in word.contains { $0.isLetter } && word.count >= 3 }
        return w.isEmpty ? nil : w
    }

    /// Shared references: the overlap coefficient |A∩B| / min(|A|, |B|) once three or more are shared
    /// (a resolution that also cites protection-of-civilians texts stays in its series: its Jaccard
    /// index with the previous member falls, the overlap does not), the Jaccard index otherwise.
    static func referenceOverlap(_ a: Set<Int>, _ b: Set<Int>) -> Double? {
        guard !a.isEmpty, !b.isEmpty else { return nil }
        let shared = a.intersection(b).count
        if shared >= 3 { return Double(shared) / Double(min(a.count, b.count)) }
        return jaccard(a, b)
    }

    /// `referenceOverlap(a.subtracting([x]), b.subtracting([y]))` without copying either set.
    static func referenceOverlap(_ a: Set<Int>, without x: Int, _ b: Set<Int>, without y: Int) -> Double? {
        let aCount = a.count - (a.contains(x) ? 1 : 0)
        let bCount = b.count - (b.contains(y) ? 1 : 0)
        guard aCount > 0, bCount > 0 else { return nil }
        var shared = 0
        if aCount <= bCount {
            for v in a where v != x && v != y && b.contains(v) { shared += 1 }
        } else {
            for v in b where v != y && v != x && a.contains(v) { shared += 1 }
        }
        if shared >= 3 { return Double(shared) / Double(min(aCount, bCount)) }
        return Double(shared) / Double(aCount + bCount - shared)
    }

    static func jaccard<T>(_ a: Set<T>, _ b: Set<T>) -> Double? {
        guard !a.isEmpty, !b.isEmpty else { return nil }
        let union = a.union(b).count
        return Double(a.intersection(b).count) / Double(union)
    }
}

extension CitationGraph {
    /// Topic evidence between nodes `a` and `b`: title words, agenda item, subjects and shared
    /// references, weighted by `TopicEvidence.weights` over the components both nodes have; when
    /// they have none, co-citation in one paragraph by the same documents.
    ///
    /// ```swift
    /// graph.topic(i, j).sharesTopic
    /// ```
    /// - Complexity: O(d log d) for the degrees d of the two nodes.
    public func topic(_ a: Int, _ b: Int) -> TopicEvidence {
        let x = nodes[a], y = nodes[b]
        var e = TopicEvidence(score: 0)
        if let tx = x.title, let ty = y.title {
            e.title = TopicText.jaccard(TopicText.words(tx), TopicText.words(ty))
        }
        if let ax = TopicText.agenda(x.agendaItem), let ay = TopicText.agenda(y.agendaItem) {
            e.agenda = ax == ay ? 1 : TopicText.jaccard(ax, ay)
        }
        e.subjects = TopicText.jaccard(Set(x.subjects.map(TopicText.subject)), Set(y.subjects.map(TopicText.subject)))
        // Shared references count among resolutions and decisions only: treaties, the Charter and
        // reports are cited by everything and would dilute the overlap of a series.
        let ra = Set(successors(of: a).filter { nodes[$0].kind == .resolution || nodes[$0].kind == .decision }).subtracting([a, b])
        let rb = Set(successors(of: b).filter { nodes[$0].kind == .resolution || nodes[$0].kind == .decision }).subtracting([a, b])
        e.references = TopicText.referenceOverlap(ra, rb)

        let w = TopicEvidence.weights
        var total = 0.0, weight = 0.0
        if let t = e.title { total += w.title * t; weight += w.title }
        if let t = e.agenda { total += w.agenda * t; weight += w.agenda }
        if let t = e.subjects { total += w.subjects * t; weight += w.subjects }
        if let t = e.references { total += w.references * t; weight += w.references }
        if let (share, count) = paragraphCoCitation(a, b) {
            e.coCitation = share
            e.coCitingDocuments = count
        }
        if weight > 0 {
            e.score = total / weight
        } else {
            e.score = e.coCitation ?? 0
        }
        return e
    }

    /// Share of the documents citing `a` or `b` (other than the two) that cite both in one
    /// paragraph, and their number; nil without provenance or without citers.
    func paragraphCoCitation(_ a: Int, _ b: Int) -> (Double, Int)? {
        guard !details.isEmpty else { return nil }
        let ca = Set(predecessors(of: a)).subtracting([a, b])
        let cb = Set(predecessors(of: b)).subtracting([a, b])
        let union = ca.union(cb)
        guard !union.isEmpty else { return nil }
        var same = 0
        for d in ca.intersection(cb) {
            guard let ea = edgeID(from: d, to: a), let eb = edgeID(from: d, to: b) else { continue }
            let pa = Set(details[ea].citations.map { citations[$0].paragraph }.filter { !$0.isEmpty })
            let pb = Set(details[eb].citations.map { citations[$0].paragraph }.filter { !$0.isEmpty })
            if !pa.isDisjoint(with: pb) { same += 1 }
        }
        // Of the documents that cite `a`, the share that cite `b` in the same paragraph: a series'
        // earlier member is listed with it by nearly every later text, a neighbouring agenda's text is not.
        let citersOfA = ca.count
        guard citersOfA > 0 else { return (0, same) }
        return (Double(same) / Double(citersOfA), same)
    }
}
