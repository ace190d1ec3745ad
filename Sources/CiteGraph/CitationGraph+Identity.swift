import CiteCore

/// One document, one node: the identity step of graph building.
///
/// - An instrument adopted by a resolution (the gazetteer knows which: the 2030 Agenda is
///   A/RES/70/1, the Universal Declaration A/RES/217 (III)) *is* that resolution's node; a
///   citation by name and one by symbol are two citations of one node, and each keeps its words.
/// - A Security Council number is unique: `S/RES/1882` and a mistyped year resolve to the one
///   year the corpus knows (`S/RES/1882 (2009)`), and a note names the typo.
struct IdentityResolution {
    /// Old id → canonical id.
    var canonical: [String: String] = [:]
    /// Names by which a resolution is also cited (the instruments it adopted), by canonical id.
    var aliases: [String: [String]] = [:]
    /// One line per id that was read as another.
    var notes: [String] = []

    /// Instruments adopted by resolutions, from the bundled gazetteer (empty if it cannot be read).
    static let adoptedInstruments: [(instrument: String, name: String, resolution: String)] = {
        guard let gazetteer = try? Gazetteer.bundled() else { return [] }
        return gazetteer.entries.compactMap { e in
            guard e.kind == .instrument, let r = e.resolution, e.id.hasPrefix("instrument:") else { return nil }
            return (e.id, e.name, r)
        }
    }()

    init(nodes: [NodeRecord], citations: [Citation]) {
        var ids = Set<String>()
        var inCorpus = Set<String>()
        for n in nodes { ids.insert(n.id); if n.inCorpus { inCorpus.insert(n.id) } }
        var citedCount: [String: Int] = [:]
        for c in citations { ids.insert(c.target); ids.insert(c.citing); citedCount[c.target, default: 0] += 1 }

        for (instrument, name, resolution) in Self.adoptedInstruments where ids.contains(instrument) {
            canonical[instrument] = resolution
            aliases[resolution, default: []].append(name)
        }

        // Security Council resolutions by number: every spelling of one number.
        var byNumber: [Int: [(id: String, year: Int?)]] = [:]
        for id in ids where id.hasPrefix("S/RES/") {
            guard let s = Symbol(id), s.family == .scResolution, let n = s.number, s.part == nil else { continue }
            byNumber[n, default: []].append((id, s.year))
        }
        for n in byNumber.keys.sorted() {
            guard let spellings = byNumber[n], spellings.count > 1 else { continue }
            let withYear = spellings.filter { $0.year != nil }
            // The year of the document read, else a plausible year, else the most cited spelling.
            let best = withYear.max { a, b in
                func rank(_ x: (id: String, year: Int?)) -> (Int, Int, Int, String) {
                    (inCorpus.contains(x.id) ? 1 : 0,
                     Symbols.isPlausibleSCResolution(number: n, year: x.year ?? 0) ? 1 : 0,
                     citedCount[x.id] ?? 0, x.id)
                }
                return rank(a) < rank(b)
            }
            guard let best else { continue }
            for s in spellings where s.id != best.id {
                // Two years both plausible and both read as documents: leave them apart.
                if inCorpus.contains(s.id) { continue }
                canonical[s.id] = best.id
                notes.append(s.year == nil ? "\(s.id) read as \(best.id)" : "\(s.id) read as \(best.id) (the year looks mistyped)")
            }
        }
        for key in aliases.keys { aliases[key]?.sort() }
        notes.sort()
    }

    var isEmpty: Bool { canonical.isEmpty }

    func id(_ s: String) -> String { canonical[s] ?? s }
}
