import CiteCore
import CiteGraph
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import CiteReport

/// Document text never becomes markup, in HTML or in Markdown.
@Suite struct EscapingTests {
    static let hostile = [
        "<script>alert(1)</script>",
        "\"><svg onload=alert(1)>",
        "<img src=x onerror=\"document.title='PWNED'\">",
        "' onmouseover='alert(1)",
        "a | b\nsecond line ]]> --> <!-- & &amp;",
    ]

    /// Hostile titles, warnings, quoted words, paths and a hostile symbol, in a small real-looking graph.
    static func hostileInput() -> ReportInput {
        var documents: [ReportDocument] = []
        var citations: [Citation] = []
        for (k, text) in hostile.enumerated() {
            let symbol = "A/RES/7\(k)/1"
            documents.append(ReportDocument(info: DocumentInfo(symbol: symbol, body: .ga, date: "20\(15 + k)-12-01", title: "\(text) climate"),
                                            path: "/corpus/\(text).txt", warnings: [text]))
            if k > 0 {
                citations.append(Citation(citing: symbol, target: "A/RES/7\(k - 1)/1", targetKind: .resolution, body: .ga,
                                          relation: .recalls, section: .preamble, paragraph: "PP\(k)", span: 0..<5, text: text))
            }
            citations.append(Citation(citing: symbol, target: text, targetKind: .document, relation: .notes,
                                      section: .footnote, paragraph: text, span: 10..<15, text: text, part: text, title: text))
        }
        documents.append(ReportDocument(info: DocumentInfo(symbol: "A/RES/../../<script>x</script>", body: .ga, date: "2021-01-01",
                                        title: hostile[1]), path: "../../evil.txt"))
        citations.append(Citation(citing: "A/RES/../../<script>x</script>", target: "A/RES/70/1", targetKind: .resolution,
                                  relation: .recalls, section: .preamble, paragraph: "PP1", span: 0..<1, text: hostile[0]))
        return ReportInput(title: hostile[0] + " and " + hostile[1], documents: documents, citations: citations)
    }

    static let report = ReportBuilder(input: hostileInput()).build()

    @Test func htmlShowsHostileTextAsText() {
        let html = Self.report.html
        let tags = Markup.tags(in: html)
        #expect(tags.filter { $0.name == "script" }.count == 1, "only the report's own script")
        #expect(!tags.contains { $0.name == "img" || $0.name == "iframe" || $0.name == "foreignobject" })
        for tag in tags { #expect(!tag.attributes.contains { $0.hasPrefix("on") }, "<\(tag.name)> with \(tag.attributes)") }
        #expect(!html.contains("<svg onload"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&quot;&gt;&lt;svg onload=alert(1)&gt;"))
        #expect(html.contains("<title>&lt;script&gt;alert(1)&lt;/script&gt; and &quot;&gt;&lt;svg onload=alert(1)&gt;</title>"))
        // Already-escaped text stays the characters it was.
        #expect(html.contains("&amp;amp;"))
    }

    @Test func attributeValuesAreQuotedAndCannotBeClosed() {
        let html = Self.report.html
        // Every attribute value is double-quoted; a quote from document text is never inside one.
        for value in Markup.values(of: "href", in: html) + Markup.values(of: "class", in: html)
            + Markup.values(of: "data-sort", in: html) {
            #expect(!value.contains("<") && !value.contains(">") && !value.contains("'"), "attribute value \(value)")
        }
        // The quote that would close an attribute is always an entity.
        #expect(!html.contains("\"><svg"))
        #expect(!html.contains("' onmouseover='"))
        #expect(html.contains("&#39; onmouseover=&#39;alert(1)"))
    }

    @Test func inlineDiagramsCarryNoMarkupFromTitles() throws {
        let html = Self.report.html
        let figures = html.components(separatedBy: "<figure class=\"diagram\">").dropFirst()
        #expect(!figures.isEmpty)
        for figure in figures {
            let start = try #require(figure.range(of: "<svg ")?.lowerBound)
            let end = try #require(figure.range(of: "</svg>")?.upperBound)
            let svg = figure[start..<end]
            for tag in Markup.tags(in: String(svg)) {
                #expect(InlineSVG.allowedElements.contains(tag.name.replacingOccurrences(of: "/", with: "").lowercased()), "<\(tag.name)>")
                #expect(!tag.attributes.contains { $0.hasPrefix("on") })
            }
            let parser = XMLParserCheck(String(svg))
            #expect(parser.wellFormed, "inline SVG is not well-formed: \(parser.error)")
        }
    }

    @Test func markdownShowsHostileTextAsText() {
        let md = Self.report.markdown
        // Every `<` from document text is backslash-escaped or inside a code span (where Markdown
        // shows it literally); the only raw tag is our own <br>.
        var inCode = false
        var previous: Character = " "
        let chars = Array(md)
        for (i, c) in chars.enumerated() {
            if c == "`", previous != "\\" { inCode.toggle() }
            if c == "\n" { inCode = false }
            if c == "<", !inCode, previous != "\\" {
                let ahead = String(chars[i..<min(i + 30, chars.count)])
                #expect(ahead.hasPrefix("<br>"), "raw < at \(ahead)")
            }
            previous = c
        }
        // A pipe in a title cannot split a table row; a line break cannot end it.
        #expect(md.contains("a \\| b second line"))
        for line in md.split(separator: "\n") where line.hasPrefix("| ") {
            #expect(line.hasSuffix(" |"), "broken table row: \(line)")
        }
    }

    @Test func escapingFunctions() {
        #expect(Escaping.html("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
        #expect(Escaping.html("bell\u{7}nul\u{0}") == "bell\u{FFFD}nul\u{FFFD}")
        #expect(Escaping.markdown("a|b\r\nc *d* [e](f) <g>") == "a\\|b c \\*d\\* \\[e\\](f) \\<g\\>")
        #expect(Escaping.markdownCode("PP|3") == "`PP\\|3`")
        #expect(Escaping.markdownCode("has`tick") == "has\\`tick")
    }
}

/// Whether a fragment parses as XML (the SVG Graphviz wrote, after sanitising).
struct XMLParserCheck {
    var wellFormed: Bool
    var error: String

    init(_ text: String) {
        let parser = XMLParser(data: Data(text.utf8))
        wellFormed = parser.parse()
        error = parser.parserError.map { "\($0)" } ?? ""
    }
}
