import CiteCore
import Foundation
import Testing
@testable import CiteGraph
#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite struct ExportTests {
    static let hostile = "Women, \"peace\" & <security>\n'second' line\r\ttab; \\ back\u{1}slash"

    static func graph() -> CitationGraph {
        let nodes = [
            NodeRecord(id: "A/RES/74/174", kind: .resolution, body: .ga, date: "2019-12-18", title: hostile),
            NodeRecord(id: "S/RES/1325 (2000)", kind: .resolution, body: .sc, date: "2000-10-31", title: "Plain"),
        ]
        let citations = [
            TestGraphs.citation("A/RES/74/174", "S/RES/1325 (2000)", .recalls, at: 1, body: .sc),
            TestGraphs.citation("A/RES/74/174", "S/RES/1325 (2000)", .reaffirms, .operative, paragraph: "OP2", at: 9, body: .sc),
            TestGraphs.citation("A/RES/74/174", "S/RES/1325 (2000)", .reaffirms, .operative, paragraph: "OP3", at: 20, body: .sc),
            TestGraphs.citation("A/RES/74/174", "instrument:o'brien \"&\" <x>", .notes, at: 30, body: nil, kind: .instrument),
        ]
        return CitationGraph(nodes: nodes, citations: citations)
    }

    /// Collects element text and attributes from XML, so escaping is checked by a real parser.
    final class Collector: NSObject, XMLParserDelegate {
        var elements: [(name: String, attributes: [String: String], text: String)] = []
        var stack: [Int] = []
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            stack.append(elements.count)
            elements.append((name, attributes, ""))
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if let i = stack.last { elements[i].text += string }
        }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
        }
    }

    static func parse(_ xml: String) throws -> Collector {
        let parser = XMLParser(data: Data(xml.utf8))
        let collector = Collector()
        parser.delegate = collector
        #expect(parser.parse(), "XML is not well formed: \(String(describing: parser.parserError))")
        return collector
    }

    static let hostileAsXML = hostile.replacingOccurrences(of: "\u{1}", with: "\u{FFFD}")

    /// Issue 13: a cell a spreadsheet would run as a formula is written as text.
    @Test func csvCellsNeverStartAFormula() {
        #expect(Escape.csv("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"")
        #expect(Escape.csv("+1") == "'+1")
        #expect(Escape.csv("-2+3") == "'-2+3")
        #expect(Escape.csv("@SUM(A1)") == "'@SUM(A1)")
        #expect(Escape.csv("A/RES/78/12") == "A/RES/78/12")
        #expect(Escape.csv("0.25") == "0.25")
    }

    @Test func graphMLEscapesAndParses() throws {
        let xml = Self.graph().graphML()
        let parsed = try Self.parse(xml)
        let titles = parsed.elements.filter { $0.name == "data" && $0.attributes["key"] == "title" }.map(\.text)
        #expect(titles == [Self.hostileAsXML, "Plain"])
        let ids = parsed.elements.filter { $0.name == "node" }.compactMap { $0.attributes["id"] }
        #expect(ids == ["A/RES/74/174", "S/RES/1325 (2000)", "instrument:o'brien \"&\" <x>"])
        let weights = parsed.elements.filter { $0.name == "data" && $0.attributes["key"] == "weight" }.map(\.text)
        #expect(weights == ["3", "1"])
        let relations = parsed.elements.filter { $0.name == "data" && $0.attributes["key"] == "relations" }.map(\.text)
        #expect(relations == ["recalls:1|reaffirms:2", "notes:1"])
        #expect(parsed.elements.filter { $0.name == "data" && $0.attributes["key"] == "relation" }.map(\.text) == ["reaffirms", "notes"])
    }

    @Test func gexfEscapesAndParses() throws {
        let parsed = try Self.parse(Self.graph().gexf())
        #expect(parsed.elements.first?.attributes["version"] == "1.3")
        let titles = parsed.elements.filter { $0.name == "attvalue" && $0.attributes["for"] == "title" }.compactMap { $0.attributes["value"] }
        #expect(titles == [Self.hostileAsXML, "Plain"])
        #expect(parsed.elements.filter { $0.name == "edge" }.compactMap { $0.attributes["weight"] } == ["3", "1"])
    }

    @Test func jsonGraphFormatParses() throws {
        let text = Self.graph().jsonGraph()
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        let graph = try #require(object?["graph"] as? [String: Any])
        #expect(graph["directed"] as? Bool == true)
        let nodes = try #require(graph["nodes"] as? [String: Any])
        let node = try #require(nodes["A/RES/74/174"] as? [String: Any])
        #expect((node["metadata"] as? [String: Any])?["title"] as? String == Self.hostile)
        let edges = try #require(graph["edges"] as? [[String: Any]])
        #expect(edges.compactMap { $0["relation"] as? String } == ["reaffirms", "notes"])
        #expect(edges.compactMap { $0["target"] as? String } == ["S/RES/1325 (2000)", "instrument:o'brien \"&\" <x>"])
    }

    /// RFC 4180 reader for the test.
    static func readCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var chars = Array(text.unicodeScalars)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { field.unicodeScalars.append("\""); chars.removeFirst() } else { quoted = false }
                } else { field.unicodeScalars.append(c) }
            } else if c == "\"" { quoted = true
            } else if c == "," { row.append(field); field = ""
            } else if c == "\n" { row.append(field); rows.append(row); row = []; field = ""
            } else { field.unicodeScalars.append(c) }
        }
        return rows
    }

    @Test func neo4jCSVQuotesHostileFields() {
        let (nodes, edges) = Self.graph().neo4jCSV()
        let nodeRows = Self.readCSV(nodes)
        #expect(nodeRows[0] == ["id:ID", "label", "kind", "body", "date", "title", ":LABEL"])
        #expect(nodeRows[1] == ["A/RES/74/174", "A/RES/74/174", "resolution", "GA", "2019-12-18", Self.hostile, "Document;Resolution"])
        #expect(nodeRows[3] == ["instrument:o'brien \"&\" <x>", "instrument:o'brien \"&\" <x>", "instrument", "", "", "", "Document;Instrument"])
        let edgeRows = Self.readCSV(edges)
        #expect(edgeRows == [[":START_ID", ":END_ID", ":TYPE", "relation", "weight"],
                             ["A/RES/74/174", "S/RES/1325 (2000)", "CITES", "reaffirms", "3"],
                             ["A/RES/74/174", "instrument:o'brien \"&\" <x>", "CITES", "notes", "1"]])
    }

    @Test func plainCSVQuotesHostileFields() {
        let (nodes, edges) = Self.graph().plainCSV()
        let nodeRows = Self.readCSV(nodes)
        #expect(nodeRows[0] == ["id", "kind", "body", "date", "year", "title", "agenda", "subjects", "inCorpus"])
        #expect(nodeRows[1] == ["A/RES/74/174", "resolution", "GA", "2019-12-18", "2019", Self.hostile, "", "", "true"])
        #expect(nodeRows[3] == ["instrument:o'brien \"&\" <x>", "instrument", "", "", "", "", "", "", "false"])
        let edgeRows = Self.readCSV(edges)
        #expect(edgeRows == [["source", "target", "relation", "weight", "relations", "sections"],
                             ["A/RES/74/174", "S/RES/1325 (2000)", "reaffirms", "3", "recalls:1|reaffirms:2", "preamble|operative"],
                             ["A/RES/74/174", "instrument:o'brien \"&\" <x>", "notes", "1", "notes:1", "preamble"]])
    }

    @Test func cypherEscapesStringLiteralsInBatches() {
        let text = Self.graph().cypher()
        #expect(text.hasPrefix("CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;\n"))
        #expect(text.contains("title: 'Women, \\\"peace\\\" & <security>\\n\\'second\\' line\\r\\ttab; \\\\ back\\u0001slash'"))
        #expect(text.contains("{id: 'instrument:o\\'brien \\\"&\\\" <x>', props: {label: "))
        #expect(text.contains("] AS row MERGE (d:Document {id: row.id}) SET d:Instrument, d += row.props;\n"))
        #expect(text.contains("props: {relation: 'reaffirms', weight: 3, relations: ['recalls', 'reaffirms'], relationCounts: [1, 2]"))
        #expect(text.contains("] AS row MATCH (a:Document {id: row.source}), (b:Document {id: row.target}) MERGE (a)-[r:CITES]->(b) SET r += row.props;\n"))
        // One statement per line: no raw line break inside a literal.
        let lines = text.split(separator: "\n")
        #expect(lines.allSatisfy { $0.hasSuffix(";") })
        // The constraint, one batch per node kind (two resolutions, one instrument), one batch of edges.
        #expect(lines.count == 4)
        #expect(lines[1].hasPrefix("UNWIND [{id: 'A/RES/74/174', props: {"))
        #expect(lines[1].contains("}, {id: 'S/RES/1325 (2000)', props: {"))
    }

    @Test func cypherBatchesHoldAtMostBatchSizeRows() {
        let lines = Self.graph().cypher(batchSize: 1).split(separator: "\n")
        // The constraint, three nodes and two edges one per statement.
        #expect(lines.count == 6)
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("UNWIND [{") && !$0.contains("}}, {") })
    }

    @Test func outputIsByteIdentical() {
        let a = Self.graph(), b = Self.graph()
        #expect(a.graphML() == b.graphML())
        #expect(a.gexf() == b.gexf())
        #expect(a.jsonGraph() == b.jsonGraph())
        #expect(a.neo4jCSV() == b.neo4jCSV())
        #expect(a.plainCSV() == b.plainCSV())
        #expect(a.cypher() == b.cypher())
    }

    @Test func emptyGraphExports() throws {
        let empty = CitationGraph()
        _ = try Self.parse(empty.graphML())
        _ = try Self.parse(empty.gexf())
        #expect(try JSONSerialization.jsonObject(with: Data(empty.jsonGraph().utf8)) is [String: Any])
    }
}
