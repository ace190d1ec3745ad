import CiteCore
import CiteGraph
import Foundation
import Testing
@testable import CiteReport

/// The only links are https://undocs.org/<symbol> for UN symbols, built by the tool.
@Suite struct LinkTests {
    @Test func everyLinkInTheRealReportGoesToUndocs() {
        let html = FixtureCorpus.report.html
        let hrefs = Markup.values(of: "href", in: html) + Markup.values(of: "xlink:href", in: html)
        #expect(hrefs.count > 50)
        for href in hrefs {
            #expect(href.hasPrefix("https://undocs.org/") || (href.hasPrefix("#") && !href.contains(":")), "link \(href)")
        }
        #expect(html.contains("href=\"https://undocs.org/S/RES/1325%20%282000%29\""))
        for href in Markup.values(of: "xlink:href", in: html) { #expect(Links.isSafeUndocsURL(href)) }
    }

    @Test func markdownLinksGoToUndocsOnly() {
        let md = FixtureCorpus.report.markdown
        var rest = md[...]
        var count = 0
        while let r = rest.range(of: "](") {
            let target = rest[r.upperBound...].prefix { $0 != ")" }
            #expect(target.hasPrefix("https://undocs.org/") || (target.hasPrefix("series-") || target.hasPrefix("overview")) && target.hasSuffix(".svg"),
                    "Markdown link to \(target)")
            count += 1
            rest = rest[r.upperBound...]
        }
        #expect(count > 50)
    }

    @Test func treatiesInstrumentsAndOddSymbolsAreNotLinked() {
        #expect(Links.undocs("UNTS 1577/27531") == nil)
        #expect(Links.undocs("instrument:paris-agreement") == nil)
        #expect(Links.undocs("javascript:alert(1)") == nil)
        #expect(Links.undocs("A/RES/../../x") == nil)
        #expect(Links.undocs("<script>A/RES/1</script>") == nil)
        #expect(Links.undocs("a/res/1") == nil)
        #expect(Links.undocs("S/RES/1325 (2000)") == "https://undocs.org/S/RES/1325%20%282000%29")
        #expect(Links.undocs("A/HRC/RES/54/7") == "https://undocs.org/A/HRC/RES/54/7")
        #expect(!Links.isSafeUndocsURL("https://undocs.org.evil.example/x"))
        #expect(!Links.isSafeUndocsURL("http://undocs.org/A/RES/1"))
        #expect(!Links.isSafeUndocsURL("https://undocs.org/A\"onclick"))

        let citations = [
            Citation(citing: "A/RES/75/1", target: "UNTS 1577/27531", targetKind: .treaty, relation: .recalls,
                     section: .preamble, paragraph: "PP1", span: 0..<1, text: "Convention"),
            Citation(citing: "A/RES/75/1", target: "instrument:paris-agreement", targetKind: .instrument,
                     relation: .recalls, section: .preamble, paragraph: "PP2", span: 2..<3, text: "Paris Agreement"),
        ]
        let report = ReportBuilder(input: ReportInput(title: "t", documents: [ReportDocument(info: DocumentInfo(symbol: "A/RES/75/1", body: .ga), path: "x")],
                                                      citations: citations)).build()
        #expect(report.html.contains("<span class=\"sym\">UNTS 1577/27531</span>"))
        #expect(report.html.contains("<span class=\"sym\">instrument:paris-agreement</span>"))
        #expect(!report.html.contains("undocs.org/UNTS"))
        #expect(report.markdown.contains("`UNTS 1577/27531`"))
    }
}
