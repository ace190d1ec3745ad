/// Writes ``ReportContent`` as one self-contained HTML page: inline CSS and SVG, a table of
/// contents, numbered sections. Readable without JavaScript; a small inline script (allowed by
/// hash in the page's Content-Security-Policy, the only script that may run) adds sorting,
/// filtering and diagram zoom.
struct HTMLWriter {
    private var out = ""
    private var tableCounter = 0
    /// In a site: the page of a node id (a plain file name), so symbols link to their own page
    /// first and to undocs.org second. nil in the one-page report.
    var pageOf: ((String) -> String?)?
    /// The undocs.org address of an id (``Links/undocs(_:)``), looked up rather than built again
    /// on every page of a site.
    var undocsOf: (String) -> String? = Links.undocs

    init(pageOf: ((String) -> String?)? = nil) { self.pageOf = pageOf }

    func write(_ content: ReportContent) -> String {
        var writer = self
        writer.document(content)
        return writer.out
    }

    private mutating func document(_ content: ReportContent) {
        let title = Escaping.html(content.title)
        out += """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="\(HTMLAssets.contentSecurityPolicy)">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="citegraph">
        <title>\(title)</title>
        <style>
        \(HTMLAssets.css)
        </style>
        </head>
        <body>
        <div class="page">

        """
        toc(content)
        out += "<main>\n<header class=\"masthead\">\n<p class=\"kicker\">Citation report</p>\n"
        out += "<h1>\(title)</h1>\n<p class=\"subtitle\">\(Escaping.html(content.subtitle))</p>\n</header>\n"
        for section in content.sections { self.section(section) }
        out += """
        <footer>Made with citegraph from the documents listed in section “Documents”. Symbols link to the official documents at undocs.org; treaties and instruments are not linked. Diagrams are drawn with Graphviz; without JavaScript they scroll, with it they can be zoomed (buttons, or Ctrl + wheel) and dragged.</footer>
        </main>
        </div>
        <script>\(HTMLAssets.script)</script>
        </body>
        </html>

        """
    }

    /// One page of a site: a bar of links to the site's list pages (and a search box when the
    /// page carries the search index), a heading, then the sections without numbers or table of
    /// contents. The same style sheet, script and Content-Security-Policy as the one-page report.
    func sitePage(_ content: ReportContent, kicker: String, navigation: [(label: String, href: String)],
                  searchIndexJSON: String? = nil, searchScripts: [String] = [], pager: [Inline] = []) -> String {
        var writer = self
        writer.site(content, kicker: kicker, navigation: navigation, searchIndexJSON: searchIndexJSON,
                    searchScripts: searchScripts, pager: pager)
        return writer.out
    }

    private mutating func site(_ content: ReportContent, kicker: String, navigation: [(label: String, href: String)],
                               searchIndexJSON: String?, searchScripts: [String], pager: [Inline]) {
        let title = Escaping.html(content.title)
        // A page that loads the search index's files allows the site's own scripts ('self') too.
        let policy = searchScripts.isEmpty ? HTMLAssets.contentSecurityPolicy : HTMLAssets.contentSecurityPolicyWithSiteScripts
        out += """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="\(policy)">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="citegraph">
        <title>\(title)</title>
        <style>
        \(HTMLAssets.css)
        \(HTMLAssets.siteCSS)
        </style>
        </head>
        <body class="site">
        <nav class="sitebar" aria-label="Site">
        """
        for (k, item) in navigation.enumerated() {
            out += (k == 0 ? "<a class=\"home\" href=\"" : "<a href=\"") + Escaping.html(item.href) + "\">" + Escaping.html(item.label) + "</a>"
        }
        out += "</nav>\n<main class=\"sitemain\">\n<header class=\"masthead\">\n<p class=\"kicker\">\(Escaping.html(kicker))</p>\n"
        out += "<h1>\(title)</h1>\n"
        if !content.subtitle.isEmpty { out += "<p class=\"subtitle\">\(Escaping.html(content.subtitle))</p>\n" }
        out += "</header>\n"
        if let json = searchIndexJSON {
            out += """
            <section id="search" class="search">
            <label for="q">Find a document by symbol or title</label>
            <input type="search" id="q" class="site-search" placeholder="e.g. 1325, A/RES/70/1, climate" autocomplete="off" hidden>
            <ol id="search-results" class="results"></ol>
            <noscript><p class="muted">Search needs JavaScript; every node is listed on the <a href="all.html">A–Z pages</a>.</p></noscript>
            <p class="muted az">All nodes, A–Z: <a href="all.html">all.html</a></p>
            <script type="application/json" id="search-data">\(json)</script>\(searchScripts.map { "\n<script src=\"\(Escaping.html($0))\"></script>" }.joined())
            </section>

            """
        }
        if !pager.isEmpty { out += "<p class=\"pager\">\(inlines(pager))</p>\n" }
        for section in content.sections { self.sitePageSection(section) }
        if !pager.isEmpty { out += "<p class=\"pager\">\(inlines(pager))</p>\n" }
        out += """
        <footer>Made with citegraph. Symbols link to their page in this site; ↗ opens the official document at undocs.org. Treaties and instruments have no official link.</footer>
        </main>
        <script>\(HTMLAssets.script)</script>
        </body>
        </html>

        """
    }

    private mutating func sitePageSection(_ section: Section) {
        out += "<section id=\"\(section.anchor)\">\n"
        if !section.title.isEmpty { out += "<h2>\(Escaping.html(section.title))</h2>\n" }
        for block in section.blocks { self.block(block) }
        for sub in section.subsections {
            out += "<section id=\"\(sub.anchor)\">\n<h3>\(inlines(sub.title))</h3>\n"
            for block in sub.blocks { self.block(block) }
            out += "</section>\n"
        }
        out += "</section>\n"
    }

    private mutating func toc(_ content: ReportContent) {
        out += "<nav class=\"toc\" aria-label=\"Contents\">\n<div class=\"toc-title\">Contents</div>\n<ol>\n"
        for section in content.sections {
            out += "<li><a href=\"#\(section.anchor)\"><span class=\"n\">\(section.number)</span>\(Escaping.html(section.title))</a>"
            if !section.subsections.isEmpty, section.subsections.count <= 12 {
                out += "\n<ol>\n"
                for sub in section.subsections {
                    out += "<li><a href=\"#\(sub.anchor)\"><span class=\"n\">\(sub.number)</span>\(plain(sub.title))</a></li>\n"
                }
                out += "</ol>\n"
            }
            out += "</li>\n"
        }
        out += "</ol>\n</nav>\n"
    }

    private mutating func section(_ section: Section) {
        out += "<section id=\"\(section.anchor)\">\n"
        out += "<h2><span class=\"n\">\(section.number)</span>\(Escaping.html(section.title))</h2>\n"
        for block in section.blocks { self.block(block) }
        for sub in section.subsections {
            out += "<section id=\"\(sub.anchor)\">\n<h3><span class=\"n\">\(sub.number)</span>\(inlines(sub.title))</h3>\n"
            for block in sub.blocks { self.block(block) }
            out += "</section>\n"
        }
        out += "</section>\n"
    }

    private mutating func block(_ block: Block) {
        switch block {
        case .paragraph(let content):
            out += "<p>\(inlines(content))</p>\n"
        case .table(let table):
            self.table(table)
        case .figure(let figure):
            self.figure(figure)
        case .keyFigures(let figures):
            out += "<div class=\"kpis\">\n"
            for f in figures {
                out += "<div class=\"kpi\"><span class=\"v\">\(Escaping.html(f.value))</span><span class=\"l\">\(Escaping.html(f.label))</span></div>\n"
            }
            out += "</div>\n"
        case .definitions(let definitions):
            out += "<dl class=\"legend\">\n"
            for d in definitions { out += "<dt>\(Escaping.html(d.term))</dt><dd>\(Escaping.html(d.meaning))</dd>\n" }
            out += "</dl>\n"
        case .details(let summary, let blocks):
            out += "<details><summary>\(inlines(summary))</summary>\n"
            for b in blocks { self.block(b) }
            out += "</details>\n"
        case .group(let filterable, let blocks):
            tableCounter += 1
            let id = "g\(tableCounter)"
            if filterable {
                out += "<input type=\"search\" class=\"filter\" data-target=\"\(id)\" placeholder=\"Filter documents…\" aria-label=\"Filter documents\" hidden>\n"
            }
            out += "<div class=\"group\" id=\"\(id)\">\n"
            for b in blocks { self.block(b) }
            out += "</div>\n"
        }
    }

    private mutating func table(_ table: Table) {
        let table = table.droppingEmptyColumns()
        tableCounter += 1
        let id = "t\(tableCounter)"
        if table.filterable {
            out += "<input type=\"search\" class=\"filter\" data-target=\"\(id)\" placeholder=\"Filter rows…\" aria-label=\"Filter rows\" hidden>\n"
        }
        out += "<div class=\"table-wrap\"><table class=\"\(table.compact ? "data compact" : "data")\" id=\"\(id)\">\n"
        if let caption = table.caption { out += "<caption>\(Escaping.html(caption))</caption>\n" }
        out += "<thead><tr>"
        for column in table.columns {
            out += column.numeric ? "<th class=\"num\" scope=\"col\">" : "<th scope=\"col\">"
            out += Escaping.html(column.title) + "</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        let bodyCount = table.rows.count - min(table.footerRows, table.rows.count)
        for (k, row) in table.rows.enumerated() {
            if k == bodyCount { out += "</tbody>\n<tfoot>\n" }
            out += "<tr>"
            for (i, cell) in row.enumerated() {
                let numeric = i < table.columns.count && table.columns[i].numeric
                var classes: [String] = []
                if numeric { classes.append("num") }
                if i < table.columns.count, table.columns[i].noWrap { classes.append("nw") }
                if cell.inlines.count == 1, case .bar = cell.inlines[0] { classes.append("bar-cell") }
                out += "<td"
                if !classes.isEmpty { out += " class=\"\(classes.joined(separator: " "))\"" }
                if let key = cell.sortKey { out += " data-sort=\"\(Format.sortKey(key))\"" }
                out += ">\(inlines(cell.inlines))</td>"
            }
            out += "</tr>\n"
        }
        out += bodyCount < table.rows.count ? "</tfoot>\n" : "</tbody>\n"
        out += "</table></div>\n"
    }

    private mutating func figure(_ figure: Figure) {
        out += "<figure class=\"diagram\">\n"
        if let svg = figure.svg {
            out += "<div class=\"zoom-tools\" hidden><button type=\"button\" data-zoom=\"out\" title=\"Zoom out\">−</button><button type=\"button\" data-zoom=\"in\" title=\"Zoom in\">+</button><button type=\"button\" data-zoom=\"fit\" title=\"Fit to width\">Fit</button><button type=\"button\" data-zoom=\"reset\" title=\"Actual size\">1:1</button></div>\n"
            out += "<div class=\"viewport\">\n\(svg)\n</div>\n"
        } else {
            out += "<p class=\"missing\">\(Escaping.html(figure.note ?? "The diagram was left out."))</p>\n"
        }
        out += "<figcaption>\(Escaping.html(figure.caption))</figcaption>\n</figure>\n"
    }

    /// Text only (for the table of contents, where links would nest).
    private func plain(_ content: [Inline]) -> String {
        content.map { piece -> String in
            switch piece {
            case .text(let s), .strong(let s), .code(let s), .path(let s), .muted(let s), .quote(let s): Escaping.html(s)
            case .symbol(let s): "<span class=\"sym\">\(Escaping.html(s))</span>"
            case .link(let t, _): Escaping.html(t)
            case .bar, .lineBreak: ""
            }
        }.joined()
    }

    private func inlines(_ content: [Inline]) -> String {
        var s = ""
        for piece in content {
            switch piece {
            case .text(let t): s += Escaping.html(t)
            case .strong(let t): s += "<strong>\(Escaping.html(t))</strong>"
            case .code(let t): s += "<code>\(Escaping.html(t))</code>"
            case .path(let t): s += "<code class=\"path\">\(Escaping.html(t))</code>"
            case .muted(let t): s += "<span class=\"muted\">\(Escaping.html(t))</span>"
            case .quote(let t): s += "<span class=\"quote\">\(Escaping.html(t))</span>"
            case .link(let t, let href):
                s += "<a href=\"\(Escaping.html(href))\">\(Escaping.html(t))</a>"
            case .symbol(let id) where pageOf?(id) != nil:
                let page = pageOf?(id) ?? ""
                s += "<a class=\"sym\" href=\"\(Escaping.html(page))\">\(Escaping.html(id))</a>"
                if let url = undocsOf(id) {
                    s += "<a class=\"ext\" href=\"\(Escaping.html(url))\" title=\"The official document at undocs.org\" aria-label=\"\(Escaping.html(id)) at undocs.org\">↗</a>"
                }
            case .symbol(let id):
                if let url = undocsOf(id) {
                    s += "<a class=\"sym\" href=\"\(Escaping.html(url))\">\(Escaping.html(id))</a>"
                } else {
                    s += "<span class=\"sym\">\(Escaping.html(id))</span>"
                }
            case .bar(let fraction):
                let percent = Format.fixed(min(max(fraction, 0), 1) * 100, digits: 1)
                s += "<span class=\"bar\" style=\"width:\(percent)%\"></span>"
            case .lineBreak: s += "<br>"
            }
        }
        return s
    }
}
