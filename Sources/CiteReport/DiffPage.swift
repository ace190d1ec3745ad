import CiteCore

/// A paragraph comparison as a self-contained HTML page (inline CSS, no script) or Markdown:
/// one row per paragraph, its labels in the margin, deleted words struck through in red and
/// inserted words underlined in green. Every document word is escaped.
public enum DiffPage {
    /// - Parameter all: unchanged paragraphs too (by default they are counted, not shown).
    public static func html(_ diff: DocumentDiff, all: Bool = false) -> String {
        html(diff, all: all, navigation: [], pageOf: nil)
    }

    /// A diff page inside a site: a bar of links on top, and symbols that have a page link to it
    /// (undocs.org as a secondary ↗ link).
    static func html(_ diff: DocumentDiff, all: Bool = false, navigation: [(label: String, href: String)],
                     pageOf: ((String) -> String?)?) -> String {
        let e = Escaping.html
        let symbol = { (id: String) in DiffPage.symbol(id, pageOf: pageOf) }
        var bar = ""
        if !navigation.isEmpty {
            bar = "<nav class=\"sitebar\">" + navigation.map { "<a href=\"\(e($0.href))\">\(e($0.label))</a>" }.joined(separator: " · ") + "</nav>\n"
        }
        var out = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(e(diff.from)) → \(e(diff.to))</title>
        <style>\(css)</style>
        </head>
        <body>
        \(bar)<main>
        <h1>\(symbol(diff.from)) → \(symbol(diff.to))</h1>
        <p class="summary">\(e(diff.counts.summary))</p>

        """
        for note in diff.notes { out += "<p class=\"note\">\(e(note))</p>\n" }
        out += citationList("References added", diff.citations.added, cls: "ins", pageOf: pageOf)
        out += citationList("References dropped", diff.citations.dropped, cls: "del", pageOf: pageOf)
        out += "<table class=\"diff\">\n<thead><tr><th class=\"lab\">\(e(diff.from))</th><th class=\"lab\">\(e(diff.to))</th><th>text</th></tr></thead>\n<tbody>\n"
        for p in diff.paragraphs where all || p.status != .unchanged {
            var status = p.status.rawValue
            if let s = p.splitFrom { status += " (split from \(s))" }
            if let m = p.mergedInto { status += " (merged into \(m))" }
            out += "<tr class=\"\(p.status.rawValue)\"><td class=\"lab\">\(e(p.from ?? "–"))</td><td class=\"lab\">\(e(p.to ?? "–"))</td><td>"
            out += "<div class=\"status\">\(e(status))"
            for t in p.citations.added { out += " <span class=\"ins ref\">+\(e(t))</span>" }
            for t in p.citations.dropped { out += " <span class=\"del ref\">−\(e(t))</span>" }
            out += "</div><p>"
            for w in p.words {
                // White space before the words stays outside the marks.
                let body = w.text.drop { $0 == " " || $0 == "\n" }
                // The white space before `body` (a slice, not a second count of the characters).
                let lead = e(String(w.text[..<body.startIndex])).replacingNewlines(with: "<br>")
                let text = e(String(body)).replacingNewlines(with: "<br>")
                switch w.op {
                case .equal: out += lead + text
                case .insert: out += lead + (p.status == .new && p.splitFrom == nil ? text : "<ins>\(text)</ins>")
                case .delete: out += lead + (p.status == .dropped ? text : "<del>\(text)</del>")
                }
            }
            out += "</p></td></tr>\n"
        }
        out += "</tbody>\n</table>\n</main>\n</body>\n</html>\n"
        return out
    }

    /// Markdown: a summary, then one section per paragraph that is not unchanged, deleted words
    /// as `~~struck~~` and inserted words in **bold**.
    public static func markdown(_ diff: DocumentDiff, all: Bool = false) -> String {
        let m = Escaping.markdown
        var out = "# \(m(diff.from)) → \(m(diff.to))\n\n\(m(diff.counts.summary))\n"
        for note in diff.notes { out += "\n> \(m(note))\n" }
        if !diff.citations.added.isEmpty { out += "\nReferences added: " + diff.citations.added.map(Escaping.markdownCode).joined(separator: ", ") + "\n" }
        if !diff.citations.dropped.isEmpty { out += "\nReferences dropped: " + diff.citations.dropped.map(Escaping.markdownCode).joined(separator: ", ") + "\n" }
        for p in diff.paragraphs where all || p.status != .unchanged {
            var head = "\n**\(m(p.from ?? "–")) → \(m(p.to ?? "–"))** \(p.status.rawValue)"
            if let s = p.splitFrom { head += " (split from \(m(s)))" }
            if let g = p.mergedInto { head += " (merged into \(m(g)))" }
            let refs = p.citations.added.map { "+" + Escaping.markdownCode($0) } + p.citations.dropped.map { "−" + Escaping.markdownCode($0) }
            if !refs.isEmpty { head += " — " + refs.joined(separator: " ") }
            out += head + "\n\n"
            for w in p.words {
                let body = w.text.drop { $0 == " " || $0 == "\n" }
                let lead = w.text.count == body.count ? "" : " "
                let text = m(String(body))
                if text.isEmpty { continue }
                switch w.op {
                case .equal: out += lead + text
                case .insert: out += lead + (p.status == .new && p.splitFrom == nil ? text : "**\(text)**")
                case .delete: out += lead + (p.status == .dropped ? text : "~~\(text)~~")
                }
            }
            out += "\n"
        }
        return out
    }

    static func symbol(_ id: String, pageOf: ((String) -> String?)? = nil) -> String {
        if let page = pageOf?(id) {
            var s = "<a class=\"sym\" href=\"\(Escaping.html(page))\">\(Escaping.html(id))</a>"
            if let url = Links.undocs(id) { s += " <a class=\"ext\" href=\"\(Escaping.html(url))\" title=\"undocs.org\">↗</a>" }
            return s
        }
        if let url = Links.undocs(id) { return "<a class=\"sym\" href=\"\(Escaping.html(url))\">\(Escaping.html(id))</a>" }
        return "<span class=\"sym\">\(Escaping.html(id))</span>"
    }

    static func citationList(_ title: String, _ ids: [String], cls: String, pageOf: ((String) -> String?)? = nil) -> String {
        guard !ids.isEmpty else { return "" }
        return "<p class=\"refs\">\(Escaping.html(title)): " + ids.map { "<span class=\"\(cls) ref\">\(symbol($0, pageOf: pageOf))</span>" }.joined(separator: ", ") + "</p>\n"
    }

    static let css = """
    body{margin:0;color:#1f2328;font-family:"Source Sans 3","Segoe UI","Helvetica Neue",Arial,"Liberation Sans",sans-serif;line-height:1.5}
    main{max-width:1100px;margin:0 auto;padding:28px 36px 60px}
    h1{font-size:26px;margin:0 0 6px}
    .sym{font-family:"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:.9em}
    a.sym{color:#0a5bb0;text-decoration:none}
    .summary,.note,.refs{color:#3d444d;margin:4px 0}
    table.diff{border-collapse:collapse;width:100%;margin-top:18px}
    table.diff th{text-align:left;border-bottom:1.5px solid #1f2328;padding:6px 8px;font-size:13px}
    table.diff td{border-bottom:1px solid #e4e8ec;padding:8px;vertical-align:top}
    td.lab,th.lab{width:5.5em;font-family:"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:12.5px;color:#636c76;white-space:nowrap}
    td p{margin:2px 0 0;max-width:90ch}
    .status{font-size:12px;text-transform:uppercase;letter-spacing:.05em;color:#636c76}
    tr.new td p{background:#eefaf0}
    tr.dropped td p{background:#fdf0f0;text-decoration:line-through;text-decoration-color:#b3261e}
    del{color:#b3261e;background:#fde7e7}
    ins{color:#1a7f37;background:#e3f6e8;text-decoration:underline}
    .ref{font-size:12px;text-transform:none;letter-spacing:0;margin-left:.4em}
    .ins.ref{color:#1a7f37}
    .del.ref{color:#b3261e}
    nav.sitebar{padding:10px 36px;border-bottom:1px solid #d8dee4;background:#fcfcfd;font-size:14px}
    nav.sitebar a{color:#1f2328;text-decoration:none}
    a.ext{font-size:.8em;text-decoration:none;color:#636c76}
    """
}

private extension String {
    func replacingNewlines(with s: String) -> String {
        // Most words hold no line break: no split and join for them.
        guard utf8.contains(0x0A) else { return self }
        return split(separator: "\n", omittingEmptySubsequences: false).joined(separator: s)
    }
}
