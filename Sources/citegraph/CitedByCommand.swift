import ArgumentParser
import CiteCore
import CiteGraph
import CiteStore
import Foundation

enum CitedByFormat: String, ExpressibleByArgument, CaseIterable { case table, json, csv }

struct CitedByCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "citedby",
        abstract: "Who cites a document, where and how: every citing document, its date, paragraph, verb and words, newest first (from the store, no file read again)."
    )

    @Argument(help: "The cited symbol (any case), e.g. A/RES/70/1 or \"S/RES/1325 (2000)\".")
    var symbol: String

    @OptionGroup var source: GraphSourceOptions

    @OptionGroup var filter: FilterOptions

    @Flag(help: "Count citations by year of the citing document and relation instead of listing them.")
    var count = false

    @Option(help: "table, json or csv.")
    var format: CitedByFormat = .table

    func run() throws {
        try runReportingErrors {
            let store = try source.openStore()
            guard let id = try store.nodeID(matching: symbol) else {
                throw Suggestions.unknownSymbol(symbol, graph: try GraphLoading.graph(from: store))
            }
            let f = try filter.filter()
            var citing: [String: NodeRecord] = [:]
            if f.bodies != nil || f.kinds != nil || f.citingYears != nil {
                // Body, kind and year of the citing documents, as the graph knows them.
                let graph = try GraphLoading.graph(from: store)
                for n in graph.nodes { citing[n.id] = n }
            }
            let refs = try store.citingReferences(of: id).filter { r in
                let node = citing[r.citation.citing]
                return f.admits(r.citation, citingBody: node?.body, citingKind: node?.kind ?? Symbols.kind(ofSymbol: r.citation.citing),
                                citingYear: node?.year ?? r.citingDate.flatMap { Int($0.prefix(4)) })
            }
            let out = count ? Self.counts(refs, format: format) : Self.list(refs, format: format)
            FileHandle.standardOutput.write(Data(out.utf8))
        }
    }

    static func list(_ refs: [CitingReference], format: CitedByFormat) -> String {
        let q = CitationJSON.quote
        switch format {
        case .json:
            let items = refs.map { r in
                let c = r.citation
                var s = "{\"citing\": \(q(c.citing)), \"date\": \(r.citingDate.map(q) ?? "null"), \"paragraph\": \(q(c.paragraph)), "
                s += "\"relation\": \(q(c.relation.rawValue)), \"section\": \(q(c.section.rawValue)), \"text\": \(q(c.text)), "
                s += "\"quote\": \(r.quote.map(q) ?? "null")}"
                return s
            }
            return "[" + items.joined(separator: ",\n ") + "]\n"
        case .csv:
            return "citing,date,paragraph,relation,section,text,quote\n" + refs.map { r in
                let c = r.citation
                return [c.citing, r.citingDate ?? "", c.paragraph, c.relation.rawValue, c.section.rawValue, c.text, r.quote ?? ""]
                    .map(Self.csvField).joined(separator: ",") + "\n"
            }.joined()
        case .table:
            return refs.map { r in
                let c = r.citation
                return [c.citing.padding(20), (r.citingDate ?? "-").padding(11), c.paragraph.padding(7), c.relation.rawValue.padding(18),
                        r.quote ?? (c.section == .footnote ? "[footnote] " + c.text : c.text)].joined(separator: " ") + "\n"
            }.joined()
        }
    }

    static func counts(_ refs: [CitingReference], format: CitedByFormat) -> String {
        var groups: [String: [String: Int]] = [:]
        for r in refs {
            let year = r.citingDate.map { String($0.prefix(4)) } ?? "-"
            groups[year, default: [:]][r.citation.relation.rawValue, default: 0] += 1
        }
        var rows: [(year: String, relation: String, n: Int)] = []
        for year in groups.keys.sorted(by: >) {
            for (relation, n) in groups[year, default: [:]].sorted(by: { $0.key < $1.key }) { rows.append((year, relation, n)) }
        }
        switch format {
        case .json:
            return "[" + rows.map { "{\"year\": \(CitationJSON.quote($0.year)), \"relation\": \(CitationJSON.quote($0.relation)), \"count\": \($0.n)}" }
                .joined(separator: ",\n ") + "]\n"
        case .csv:
            return "year,relation,count\n" + rows.map { "\($0.year),\($0.relation),\($0.n)\n" }.joined()
        case .table:
            return rows.map { "\($0.year.padding(6)) \($0.relation.padding(18)) \($0.n)\n" }.joined() + "total  \(refs.count)\n"
        }
    }
}

extension CitedByCommand {
    /// A CSV field, quoted when it holds a comma, a quote or a line break (checked byte by byte:
    /// Foundation's searches cost more than the query on a node cited thousands of times).
    static func csvField(_ s: String) -> String {
        if CSV.startsLikeFormula(s) { return csvField("'" + s) }
        guard s.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return s }
        var out = "\""
        for ch in s { out.append(ch); if ch == "\"" { out.append("\"") } }
        return out + "\""
    }
}

private extension String {
    func padding(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
}
