/// The search index of a site: `[symbol, title, page]` of every node, in symbol order, read by the
/// site's script from the `<script type="application/json" id="search-data">` element of
/// `index.html` and `404.html`.
///
/// A small index is that element's text. A large one (50,000 nodes make 3 MB) would make those two
/// pages the largest of the site, so it goes to files of its own, `search-1.js`, `search-2.js`, …,
/// each at most `limit` bytes: the element then starts as `[]` and each file, loaded by a
/// `<script src>` just after it, appends its entries to the element's text, which stays a whole
/// JSON array after each one (a file that fails to load leaves the others' entries usable). The
/// site's own script, and so its hash in the Content-Security-Policy, stays the same; the two pages
/// that load the files allow the site's own scripts too (`'self'`, which Chromium matches for
/// `file://` pages as for served ones; a hash with `integrity` is refused on `file://`).
///
/// ```swift
/// let index = SiteSearchIndex(entries: ["[\"A/RES/70/1\",\"2030 Agenda\",\"d-A_RES_70_1.html\"]"], limit: 1_500_000)
/// index.inlineJSON   // "[[\"A/RES/70/1\",…]]": small enough to stay in the page
/// index.files        // []
/// ```
struct SiteSearchIndex: Sendable {
    /// The text of the page's JSON element: the whole index, or `[]` when files carry it.
    let inlineJSON: String
    /// Names and JavaScript of the files that carry the index, in the order they are loaded.
    let files: [(name: String, script: String)]

    /// - Parameter entries: each node's JSON array, safe inside `<script>` (``Site/jsonString(_:)``).
    /// - Parameter limit: the most bytes the index may take inline, and the most of each file.
    /// - Complexity: O(n) in the bytes of the entries.
    init(entries: [String], limit: Int) {
        let whole = "[" + entries.joined(separator: ",\n") + "]"
        guard whole.utf8.count > limit else {
            inlineJSON = whole
            files = []
            return
        }
        // Each file appends a JavaScript string (the entries' JSON, escaped once more) to the
        // element's text, before its closing bracket.
        let head = "(function(e){if(!e)return;var t=e.textContent;e.textContent=t.slice(0,-1)+(t.length>2?\",\\n\":\"\")+\""
        let tail = "+\"]\"})(document.getElementById('search-data'));\n"
        let budget = max(1, limit - head.utf8.count - tail.utf8.count - 1)
        var files: [(name: String, script: String)] = []
        var part: [String] = []
        var bytes = 0
        func flush() {
            guard !part.isEmpty else { return }
            files.append((name: "search-\(files.count + 1).js", script: head + part.joined(separator: ",\\u000a") + "\"" + tail))
            part = []
            bytes = 0
        }
        for entry in entries {
            let escaped = String(Site.jsonString(entry).dropFirst().dropLast())
            let size = escaped.utf8.count + (part.isEmpty ? 0 : 7)
            if !part.isEmpty && bytes + size > budget { flush() }
            bytes += escaped.utf8.count + (part.isEmpty ? 0 : 7)
            part.append(escaped)
        }
        flush()
        inlineJSON = "[]"
        self.files = files
    }

    /// Whether `name` is one of the index's files (`search-<n>.js`).
    func hasFile(named name: String) -> Bool { files.contains { $0.name == name } }

    /// The JavaScript of the file `name`, nil for a name the index does not have.
    func script(named name: String) -> String? { files.first { $0.name == name }?.script }
}
