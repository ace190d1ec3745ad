import CiteCore
import Foundation
import Testing
@testable import CiteReport

/// The diff page escapes every document word: markup in a paragraph is shown, never run.
@Suite("Diff page")
struct DiffPageTests {
    static func diff() -> DocumentDiff {
        // Hostile text in an otherwise real sentence (S/RES/2756 (2024), OP1).
        let a = [DiffParagraph(label: "OP1", section: .operative, text: "1.\tDecides to extend the mandate of MINURSO until 31 October 2024 <script>alert(1)</script>;")]
        let b = [DiffParagraph(label: "OP1", section: .operative, text: "1.\tDecides to extend the mandate of MINURSO until 31 October 2025 <img src=x onerror=alert(1)> & *bold*;")]
        return ParagraphDiff.compare(DiffInput(symbol: "S/RES/2703 (2023)", paragraphs: a), DiffInput(symbol: "S/RES/2756 (2024)", paragraphs: b))
    }

    @Test func htmlEscapesDocumentText() {
        let html = DiffPage.html(Self.diff())
        #expect(!html.contains("<script>") && !html.contains("<img"))
        #expect(html.contains("&lt;<del>script&gt;</del><ins>img src=x onerror=</ins>alert(1)"))
        #expect(html.contains("<del>2024</del>"))
        #expect(html.contains("<h1><a class=\"sym\" href=\"https://undocs.org/"))
    }

    @Test func markdownEscapesDocumentText() {
        let md = DiffPage.markdown(Self.diff())
        #expect(md.contains("~~2024~~"))
        #expect(!md.contains("<img") && !md.contains("<script") && md.contains("\\<"))
        #expect(md.contains("\\*bold\\*"))
    }
}
