/// The text and JSON forms of a paragraph comparison (`citegraph diff`). Both are byte-stable:
/// fixed key order, paragraphs in the order of `DocumentDiff.paragraphs`.
extension DocumentDiff {
    /// JSON, documented in README.md: top-level keys on their own lines, one paragraph a line.
    ///
    /// `{"from", "to", "counts", "notes", "citations": {"added", "dropped", "kept"},
    /// "paragraphs": [{"status", "from", "to", "section", "similarity", "splitFrom"?, "mergedInto"?,
    /// "text", "words": [{"op", "text"}], "citations": {…}}]}`
    public var json: String {
        let q = CitationJSON.quote
        func list(_ xs: [String]) -> String { "[" + xs.map(q).joined(separator: ",") + "]" }
        func cites(_ c: CitationChanges) -> String {
            "{\"added\":\(list(c.added)),\"dropped\":\(list(c.dropped)),\"kept\":\(list(c.kept))}"
        }
        func optional(_ s: String?) -> String { s.map(q) ?? "null" }
        let c = counts
        var out = "{\"from\":\(q(from)),\n\"to\":\(q(to)),\n"
        out += "\"counts\":{\"unchanged\":\(c.unchanged),\"changed\":\(c.changed),\"new\":\(c.new),\"dropped\":\(c.dropped),"
        out += "\"moved\":\(c.moved),\"split\":\(c.split),\"merged\":\(c.merged),\"citationsAdded\":\(c.citationsAdded),"
        out += "\"citationsDropped\":\(c.citationsDropped),\"citationsKept\":\(c.citationsKept)},\n"
        out += "\"notes\":\(list(notes)),\n"
        out += "\"citations\":\(cites(citations)),\n"
        out += "\"paragraphs\":["
        for (n, p) in paragraphs.enumerated() {
            var line = "{\"status\":\(q(p.status.rawValue)),\"from\":\(optional(p.from)),\"to\":\(optional(p.to)),"
            line += "\"section\":\(q(p.section.rawValue)),\"similarity\":\(Self.number(p.similarity)),"
            if let s = p.splitFrom { line += "\"splitFrom\":\(q(s)),"}
            if let m = p.mergedInto { line += "\"mergedInto\":\(q(m)),"}
            line += "\"text\":\(q(p.text)),\"words\":["
            line += p.words.map { "{\"op\":\(q($0.op.rawValue)),\"text\":\(q($0.text))}" }.joined(separator: ",")
            line += "],\"citations\":\(cites(p.citations))}"
            out += (n == 0 ? "\n" : ",\n") + line
        }
        out += "\n]}\n"
        return out
    }

    /// A number with at most three decimals and no exponent: `1`, `0.5`, `0.873`.
    static func number(_ v: Double) -> String {
        let thousandths = Int((v * 1000).rounded())
        let whole = thousandths / 1000, frac = thousandths % 1000
        if frac == 0 { return String(whole) }
        var f = String(frac)
        while f.count < 3 { f = "0" + f }
        while f.hasSuffix("0") { f.removeLast() }
        return "\(whole).\(f)"
    }

    /// For reading in a terminal: a summary line, the references added and dropped, then each
    /// paragraph that is not unchanged with its word marks. `colour`: ANSI red and green
    /// (deleted, inserted); without it `[-deleted-]` and `{+inserted+}`. `all`: unchanged
    /// paragraphs too.
    public func text(colour: Bool, all: Bool = false) -> String {
        var out = "\(from) → \(to): \(counts.summary)\n"
        for note in notes { out += "note: \(note)\n" }
        if !citations.added.isEmpty { out += "citations added: " + citations.added.joined(separator: ", ") + "\n" }
        if !citations.dropped.isEmpty { out += "citations dropped: " + citations.dropped.joined(separator: ", ") + "\n" }
        for p in paragraphs where all || p.status != .unchanged {
            let labels = "\(p.from ?? "–") → \(p.to ?? "–")"
            var head = "\n\(labels)  \(p.status.rawValue)"
            if let s = p.splitFrom { head += " (split from \(s))" }
            if let m = p.mergedInto { head += " (merged into \(m))" }
            var refs: [String] = []
            if !p.citations.added.isEmpty { refs.append("+" + p.citations.added.joined(separator: ", +")) }
            if !p.citations.dropped.isEmpty { refs.append("−" + p.citations.dropped.joined(separator: ", −")) }
            if !refs.isEmpty { head += "  [" + refs.joined(separator: "; ") + "]" }
            out += head + "\n    "
            for w in p.words {
                let text = w.text.replacingNewlines(with: "\n    ")
                switch (w.op, colour, p.status) {
                case (.equal, _, _), (.insert, _, .new), (.delete, _, .dropped):
                    if p.status == .new && colour && p.splitFrom == nil { out += "\u{1B}[32m" + text + "\u{1B}[0m" }
                    else if p.status == .dropped && colour { out += "\u{1B}[31m" + text + "\u{1B}[0m" }
                    else { out += text }
                case (.insert, true, _): out += Self.marked(text, "\u{1B}[32m", "\u{1B}[0m")
                case (.delete, true, _): out += Self.marked(text, "\u{1B}[31;9m", "\u{1B}[0m")
                case (.insert, false, _): out += Self.marked(text, "{+", "+}")
                case (.delete, false, _): out += Self.marked(text, "[-", "-]")
                }
            }
            out += "\n"
        }
        return out
    }

    /// Marks around the words, the white space before them left outside.
    static func marked(_ text: String, _ open: String, _ close: String) -> String {
        let body = text.drop { $0 == " " || $0 == "\n" }
        let lead = text.prefix(text.count - body.count)
        return lead + open + body + close
    }
}

private extension String {
    func replacingNewlines(with s: String) -> String {
        split(separator: "\n", omittingEmptySubsequences: false).joined(separator: s)
    }
}
