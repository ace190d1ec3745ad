import CiteGraph
import Foundation
import Testing
@testable import citegraph

/// The layouts of `citegraph rank`, in process, on rows made by hand.
@Suite("rank output")
struct RankOutputTests {
    static let longTitle = "Convention on the Elimination of All Forms of Discrimination against Women, with a long tail"
    static let rows = [
        RankRow(rank: 1, id: "S/RES/1325 (2000)", score: 0.015079479845705616, title: nil),
        RankRow(rank: 2, id: "UNTS 1249/20378", score: 0.0035, title: longTitle),
        RankRow(rank: 10, id: "A/RES/70/1", score: 1.2345678e-05, title: "Transforming our world, \"2030\""),
    ]

    @Test("table: a header, right-aligned scores to 4 significant digits, ids in one column, long titles cut with an ellipsis")
    func table() {
        let text = RankOutput.table(Self.rows, measure: .pagerank)
        let cut = String(Self.longTitle.prefix(59)) + "…"
        #expect(text == """
            rank   pagerank  id                 title
               1    0.01508  S/RES/1325 (2000)
               2   0.003500  UNTS 1249/20378    \(cut)
              10  1.235e-05  A/RES/70/1         Transforming our world, "2030"

            """)
        #expect(cut.count == RankOutput.titleWidth)
    }

    @Test("table: integer measures print integers; no title column when no row has a title")
    func integers() {
        let rows = [RankRow(rank: 1, id: "A", score: 19, title: nil), RankRow(rank: 2, id: "B", score: 7, title: nil)]
        #expect(RankOutput.table(rows, measure: .indegree) == "rank  indegree  id\n   1        19  A\n   2         7  B\n")
        #expect(RankOutput.table([], measure: .kcore) == "rank  kcore  id\n")
    }

    @Test("a title is cut to the width, ellipsis included, and put on one line")
    func cutting() {
        #expect(RankOutput.cut("short", to: 10) == "short")
        #expect(RankOutput.cut("exactly 10", to: 10) == "exactly 10")
        #expect(RankOutput.cut("eleven char", to: 10) == "eleven ch…")
        #expect(RankOutput.cut("two\nlines", to: 20) == "two lines")
        #expect(RankOutput.cut("a title   ending", to: 10) == "a title…", "no space before the ellipsis")
    }

    @Test("csv: rank,id,score,title with full scores and RFC 4180 quoting")
    func csv() {
        #expect(RankOutput.csv(Self.rows) == """
            rank,id,score,title
            1,S/RES/1325 (2000),0.015079479845705616,
            2,UNTS 1249/20378,0.0035,"\(Self.longTitle)"
            10,A/RES/70/1,1.2345678e-05,"Transforming our world, ""2030\"\"\"

            """)
    }

    @Test("json: one object per row with the title (null when unknown)")
    func json() throws {
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(RankOutput.json(Self.rows).utf8)) as? [[String: Any]])
        #expect(parsed.count == 3)
        #expect(parsed[0]["id"] as? String == "S/RES/1325 (2000)")
        #expect(parsed[0]["title"] is NSNull)
        #expect(parsed[1]["title"] as? String == Self.longTitle)
        #expect(parsed[2]["score"] as? Double == 1.2345678e-05)
        #expect(parsed[2]["rank"] as? Int == 10)
    }
}
