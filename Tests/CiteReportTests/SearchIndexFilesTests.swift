import CiteCore
import Foundation
import Testing
@testable import CiteReport

/// A search index too large for a page goes to files of its own (issue 13: no page over ~2 MB);
/// what the page's script reads in the end is the same JSON.
@Suite struct SearchIndexFilesTests {
    /// What the browser does: each file appends its JavaScript string to the element's text.
    static func loaded(_ index: SiteSearchIndex) throws -> String {
        var text = index.inlineJSON
        for file in index.files {
            let open = try #require(file.script.range(of: ":\"\")+\""), "\(file.name): its string starts")
            let close = try #require(file.script.range(of: "\"+\"]\"})", options: .backwards), "\(file.name): its string ends")
            let literal = "\"" + file.script[open.upperBound..<close.lowerBound] + "\""
            let chunk = try #require(try JSONSerialization.jsonObject(with: Data(literal.utf8), options: .fragmentsAllowed) as? String,
                                     "\(file.name): a JavaScript string that is also JSON")
            text = String(text.dropLast()) + (text.count > 2 ? ",\n" : "") + chunk + "]"
        }
        return text
    }

    @Test("entries beyond the limit go to files of at most the limit, which rebuild the same JSON")
    func filesRebuildTheIndex() throws {
        let entries = (0..<2_000).map { k in
            "[" + Site.jsonString("A/RES/\(k)/1") + "," + Site.jsonString("Title \"\(k)\" <b>&</b> \u{2028}é") + "," + Site.jsonString("d-\(k).html") + "]"
        }
        let whole = SiteSearchIndex(entries: entries, limit: 10_000_000)
        #expect(whole.files.isEmpty && whole.inlineJSON.hasPrefix("[[") && whole.inlineJSON.hasSuffix("]]"))
        let split = SiteSearchIndex(entries: entries, limit: 20_000)
        #expect(split.inlineJSON == "[]")
        #expect(split.files.count >= 6, "\(split.files.count) files")
        #expect(split.files.map(\.name) == (1...split.files.count).map { "search-\($0).js" })
        for file in split.files {
            #expect(file.script.utf8.count <= 20_000, "\(file.name): \(file.script.utf8.count) bytes")
            #expect(!file.script.contains("<") && !file.script.contains("\u{2028}"), "\(file.name): nothing a parser could misread")
        }
        #expect(try Self.loaded(split) == whole.inlineJSON)
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(Self.loaded(split).utf8)) as? [[String]])
        #expect(parsed.count == 2_000 && parsed[7][1] == "Title \"7\" <b>&</b> \u{2028}é")
    }

    @Test("a site whose index is over the limit writes search files; its index and 404 pages load them, allowed by 'self'")
    func siteWritesSearchFiles() throws {
        var options = ReportOptions()
        options.searchIndexInlineBytes = 2_000
        let site = Site(input: SiteTests.input, options: options)
        let scripts = site.pageNames.filter { $0.hasSuffix(".js") }
        #expect(!scripts.isEmpty && scripts.allSatisfy { $0.hasPrefix("search-") })
        for page in ["index.html", "404.html"] {
            let html = try #require(site.page(named: page))
            #expect(html.contains("<script type=\"application/json\" id=\"search-data\">[]</script>"))
            for name in scripts { #expect(html.contains("<script src=\"\(name)\"></script>"), "\(page) loads \(name)") }
            #expect(html.contains("script-src 'self' 'sha256-"), "\(page): its policy allows the site's script files")
        }
        let other = try #require(site.page(named: "all.html"))
        #expect(!other.contains("'self'") && !other.contains("<script src"), "other pages keep the strict policy")
        for name in scripts { #expect(try #require(site.page(named: name)).utf8.count <= 2_000) }
        #expect(try Self.loaded(site.searchIndex) == SiteTests.site.searchIndex.inlineJSON, "the files carry the whole index")
        #expect(Site.isSiteFileName("search-1.js") && !Site.isSiteFileName("other.js"))

        let folder = try SiteTests.scratch("search-files")
        defer { try? FileManager.default.removeItem(at: folder) }
        try site.write(to: folder.path)
        let written = try SiteTests.files(in: folder)
        for name in scripts { #expect(written[name] != nil, "\(name) written") }
        // The default limit keeps a small site's index inline: same pages as before.
        #expect(SiteTests.site.pageNames.allSatisfy { !$0.hasSuffix(".js") })
        #expect(try #require(SiteTests.site.page(named: "index.html")).contains("script-src 'sha256-"))
    }
}
