extension CitationGraph {
    /// Whether node `a` is older than node `b`: by the symbol's numbering when both belong to the
    /// same one (S/RES 1888 before 1889, A/RES 74/219 before 75/217), else by date, else by year.
    /// Nil when nothing tells.
    public func isOlder(_ a: Int, than b: Int) -> Bool? {
        if let sx = sequence(a), let sy = sequence(b), sx.family == sy.family {
            return sx != sy ? sx < sy : nil
        }
        // Fields read in place: a copy of the node record costs more than the comparison.
        if let dx = nodes[a].date, let dy = nodes[b].date, dx.utf8.count >= 10, dy.utf8.count >= 10, dx != dy { return dx < dy }
        if let yx = nodes[a].year, let yy = nodes[b].year, yx != yy { return yx < yy }
        return nil
    }

    /// The node's place in its numbering, parsed once when the graph was built.
    func sequence(_ v: Int) -> SymbolChronology.Sequence? {
        sequences.count == nodes.count ? sequences[v] : nodes[v].symbol.flatMap(SymbolChronology.sequence(of:))
    }

    /// A strict total order by age for breaking cycles: year, date, numbering, index.
    func ageKey(_ v: Int) -> AgeKey {
        let node = nodes[v]
        let seq = sequence(v)
        return AgeKey(year: node.year ?? 0, date: node.date ?? "", major: seq?.major ?? 0, minor: seq?.minor ?? 0, index: v)
    }
}

struct AgeKey: Comparable {
    var year: Int
    var date: String
    var major: Int
    var minor: Int
    var index: Int
    static func < (a: AgeKey, b: AgeKey) -> Bool {
        (a.year, a.date, a.major, a.minor, a.index) < (b.year, b.date, b.major, b.minor, b.index)
    }
}
