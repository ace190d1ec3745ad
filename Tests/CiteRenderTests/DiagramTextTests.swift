import CiteCore
import Foundation
import Testing
@testable import CiteRender

@Suite struct DiagramTextTests {
    @Test(arguments: [
        ("A/RES/73/154", "73/154"), ("S/RES/1325 (2000)", "1325 (2000)"), ("A/HRC/RES/54/7", "HRC 54/7"),
        ("E/RES/2019/20", "ECOSOC 2019/20"), ("A/DEC/60/519", "dec. 60/519"), ("E/CN.4/RES/2005/70", "CHR 2005/70"),
        ("A/RES/2200 (XXI)", "2200 (XXI)"), ("A/RES/ES-11/1", "ES-11/1"), ("UNTS 1577/27531", "UNTS 1577/27531"),
        ("instrument:convention-on-the-rights-of-the-child", "Convention on the Rights of the Child"),
        ("A/78/209", "A/78/209"),
    ])
    func shortSymbols(id: String, expected: String) {
        #expect(DiagramText.shortSymbol(for: id, title: nil) == expected)
    }

    /// The short symbol is read from the parsed `Symbol` a node carries (its numbering, session,
    /// number, part), not from prefixes of its id.
    @Test func shortSymbolsFromTheParsedSymbol() throws {
        let node = DiagramNode(id: "A/RES/77/292 B", kind: .resolution)
        #expect(node.symbol?.family == .gaResolution)
        #expect(DiagramText.shortSymbol(for: node.id, symbol: node.symbol, title: nil) == "77/292 B")
        let council = DiagramNode(id: "S/RES/1882", symbol: Symbol("S/RES/1882"), kind: .resolution)
        #expect(DiagramText.shortSymbol(for: council.id, symbol: council.symbol, title: nil) == "1882")
        #expect(DiagramText.shortSymbol(for: "S/PRST/2010/22", symbol: Symbol("S/PRST/2010/22"), title: nil) == "S/PRST/2010/22")
        #expect(DiagramText.shortSymbol(for: "instrument:paris-agreement", symbol: Symbol("instrument:paris-agreement"),
                                        title: "Paris  Agreement") == "Paris Agreement")
        #expect(DiagramText.shortSymbol(for: "not a symbol", symbol: nil, title: nil) == "not a symbol")
        // Changing the id parses it again.
        var renamed = node
        renamed.id = "E/DEC/2019/201"
        #expect(DiagramText.shortSymbol(for: renamed.id, symbol: renamed.symbol, title: nil) == "ECOSOC dec. 2019/201")
    }

    @Test func undocsLinksOnlyForUNSymbols() {
        #expect(DiagramText.undocsURL(for: "S/RES/1325 (2000)") == "https://undocs.org/S/RES/1325%20%282000%29")
        #expect(DiagramText.undocsURL(for: "A/RES/73/154") == "https://undocs.org/A/RES/73/154")
        #expect(DiagramText.undocsURL(for: "E/CN.4/RES/2005/70") == "https://undocs.org/E/CN.4/RES/2005/70")
        #expect(DiagramText.undocsURL(for: "UNTS 1577/27531") == nil)
        #expect(DiagramText.undocsURL(for: "instrument:paris-agreement") == nil)
        #expect(DiagramText.undocsURL(for: "A/RES/1\"><script>") == nil)
    }

    @Test func wrapsAndTruncatesTitles() {
        let lines = DiagramText.wrapped(
            "Strengthening the United Nations crime prevention and criminal justice programme, in particular its technical cooperation capacity",
            width: 28, maxLines: 2)
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { $0.count <= 28 })
        #expect(lines[0] == "Strengthening the United")
        #expect(lines[1].hasSuffix("…"))
        #expect(DiagramText.wrapped("Short title", width: 28, maxLines: 2) == ["Short title"])
    }

    @Test func tokensAreSafeAndUnique() {
        #expect(DiagramText.token("S/RES/1325 (2000)") == "S_RES_1325_2000")
        #expect(DiagramText.token("\"><svg>") == "svg")
        var ids = UniqueTokens()
        #expect(ids.claim("n-A") == "n-A")
        #expect(ids.claim("n-A") == "n-A-2")
        #expect(ids.claim("n-A") == "n-A-3")
    }

    @Test func naturalOrderSortsNumbersByValue() {
        let sorted = ["A/RES/73/10", "A/RES/73/9", "A/RES/8/1", "S/RES/1325 (2000)", "S/RES/242 (1967)"]
            .sorted(by: SymbolOrder.less)
        #expect(sorted == ["A/RES/8/1", "A/RES/73/9", "A/RES/73/10", "S/RES/242 (1967)", "S/RES/1325 (2000)"])
    }

    @Test func decimalsAreStable() {
        #expect(DiagramPlanner.decimal(1.6) == "1.6")
        #expect(DiagramPlanner.decimal(2) == "2")
        #expect(DiagramPlanner.decimal(0.17) == "0.17")
        #expect(DiagramPlanner.decimal(0.05) == "0.05")
    }
}

@Suite struct DiagramCodingTests {
    @Test func minimalJSONDecodesWithDefaults() throws {
        let json = #"{"title":"t","nodes":[{"id":"A/RES/73/154","kind":"resolution"}],"edges":[{"source":"A/RES/73/154","target":"A/RES/73/154","relation":"recalls"}]}"#
        let diagram = try JSONDecoder().decode(Diagram.self, from: Data(json.utf8))
        #expect(diagram.layout == .auto)
        #expect(diagram.legend)
        #expect(!diagram.rankByYear)
        #expect(diagram.nodes[0].emphasis == .normal)
        #expect(diagram.nodes[0].external == false)
        #expect(diagram.edges[0].weight == 1)
    }

    /// A node's JSON is what it was before nodes carried their parsed symbol: no `symbol` key.
    @Test func nodeJSONHasNoSymbol() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let node = DiagramNode(id: "S/RES/1325 (2000)", kind: .resolution, body: .sc, year: 2000)
        let json = String(decoding: try encoder.encode(node), as: UTF8.self)
        #expect(json == #"{"body":"SC","emphasis":"normal","external":false,"id":"S\/RES\/1325 (2000)","kind":"resolution","year":2000}"#)
        #expect(try JSONDecoder().decode(DiagramNode.self, from: Data(json.utf8)).symbol == Symbol("S/RES/1325 (2000)"))
    }

    @Test func roundTripsThroughJSON() throws {
        let encoded = try JSONEncoder().encode(Samples.mixed)
        #expect(try JSONDecoder().decode(Diagram.self, from: encoded) == Samples.mixed)
    }
}
