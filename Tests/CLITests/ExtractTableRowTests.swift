import CiteCore
import Testing
@testable import citegraph

/// `extract --format table`: a value longer than its column (issue 12) keeps a space before the next.
@Suite("extract table rows")
struct ExtractTableRowTests {
    @Test("a long instrument target is not glued to the cited words")
    func longTarget() {
        // A/RES/78/171: "Reaffirming also the Copenhagen Declaration on Social Development"; the id is longer than its column.
        let c = Citation(citing: "A/RES/78/171", target: "instrument:copenhagen-declaration-on-social-development", targetKind: .instrument,
                         relation: .reaffirms, section: .preamble, paragraph: "PP4", span: 0..<43,
                         text: "Copenhagen Declaration on Social Development")
        let row = ExtractCommand.tableRow(c)
        #expect(row.contains("instrument:copenhagen-declaration-on-social-development Copenhagen Declaration"))
        #expect(!row.contains("developmentCopenhagen"))
    }
}
