/// Splits the rows of a page into running header, body, footnote area and running footer, by
/// where they sit on the page.
///
/// Learned from the Security Council drafts of the corpus (US letter, 612 × 792 pt):
/// - the running header of pages after the first (the symbol, `S/2016/1100`, in 8.5 pt bold)
///   ends 61–68 pt from the top; the body starts at 73 pt or lower;
/// - the running footer (page number `2/6`, job number `16-22921`; on the first page
///   `16-22921 (E)`, a date `231216` and the barcode `*1622921*`) is the block of rows at the
///   foot of the page, 712–767 pt down, at least 13 pt below the last body or footnote line
///   (body lines are 1 pt apart, paragraphs 7 pt);
/// - footnotes follow a rule of underscores, in 8.5 pt with 5.5 pt superscript numbers.
enum PageBands {
    /// The parts of one page.
    struct Regions: Sendable, Equatable {
        var body: [TextRow]
        var footnotes: [TextRow]
        var removed: [TextRow]
    }

    /// Header bottom limit as a fraction of the page height (79 pt on a 792 pt page).
    static let headerBand = 0.1
    /// Smallest white space between the running header and the body.
    static let headerGap = 4.0
    /// Rows this close to the bottom-most row belong to the same footer block.
    static let footerBlockHeight = 20.0
    /// Footer rows start in the lowest 15 % of the page.
    static let footerBand = 0.85
    /// Smallest white space between the body and the footer block.
    static let footerGap = 10.0

    /// Classifies the rows of one page.
    ///
    /// `repeated` holds row texts (digits folded, see `foldedKey`) that recur at the top or
    /// foot of several pages: running lines even where their position is unusual.
    ///
    /// - Complexity: O(r) for r rows.
    static func split(_ rows: [TextRow], page: PageGlyphs, isFirstPage: Bool,
                      repeated: Set<String>) -> Regions {
        var removed: [TextRow] = []
        var kept: [TextRow] = []
        let height = page.height

        for (index, row) in rows.enumerated() {
            // A header row sits in the top band, set apart from the body below it.
            let nextTop = index + 1 < rows.count ? rows[index + 1].top : height
            let inTop = row.bottom <= headerBand * height && nextTop - row.bottom >= headerGap
            let nearTop = row.top < 0.15 * height
            let isFirstRow = kept.isEmpty && removed.isEmpty
            if !isFirstPage && (inTop || (nearTop && isFirstRow && repeated.contains(foldedKey(row.text)))) {
                removed.append(row)
            } else {
                kept.append(row)
            }
        }

        // The footer block: the rows at the very foot, set apart from what is above them;
        // never part of the footnote area (its rule or a numbered footnote).
        if let last = kept.last, last.top > footerBand * height {
            var first = kept.firstIndex { $0.top >= last.top - footerBlockHeight } ?? kept.count
            if let note = kept[first...].lastIndex(where: { TextPatterns.isRule($0.text) || $0.cells[0].leadingMarker != nil }) {
                first = note + 1
            }
            if first < kept.count {
                let blockTop = kept[first].top
                let gap = blockTop - (kept[..<first].map(\.bottom).max() ?? 0)
                if blockTop > footerBand * height && gap >= footerGap {
                    removed += kept[first...]
                    kept.removeSubrange(first...)
                }
            }
        }
        // Running lines seen at the foot of other pages, wherever this page puts them.
        let running = kept.suffix(2).filter { $0.top > footerBand * height && repeated.contains(foldedKey($0.text)) }
        removed += running
        kept.removeAll { row in running.contains(row) }

        // The footnote area: everything below the rule.
        if let rule = kept.firstIndex(where: { TextPatterns.isRule($0.text) }) {
            return Regions(body: Array(kept[..<rule]), footnotes: Array(kept[(rule + 1)...]),
                           removed: removed + [kept[rule]])
        }
        // Without a printed rule: trailing rows in a smaller font that open with a footnote number.
        let bodySize = RowBuilder.median(kept.flatMap { $0.cells.map(\.size) })
        var start = kept.count
        while start > 0, kept[start - 1].cells.allSatisfy({ $0.size <= 0.9 * bodySize }) { start -= 1 }
        if start < kept.count, kept[start].cells.first?.leadingMarker != nil {
            return Regions(body: Array(kept[..<start]), footnotes: Array(kept[start...]), removed: removed)
        }
        return Regions(body: kept, footnotes: [], removed: removed)
    }

    /// Finds, page by page, the running lines of a document: row texts in the header or footer
    /// band of at least two pages after the first.
    struct RunningLineFinder {
        private var seen: [String: Set<Int>] = [:]

        /// Looks at the rows of `page`, a page after the first.
        ///
        /// - Complexity: O(1) rows of the page.
        mutating func add(_ rows: [TextRow], of page: PageGlyphs) {
            // Only the first row and the last two rows can be running lines, and running lines
            // carry a number (symbol, page, job number): a body line that happens to recur at
            // the top of two pages ("Council,") is left alone.
            let candidates = rows.prefix(1).filter { $0.top < 0.15 * page.height }
                + rows.suffix(2).filter { $0.top > footerBand * page.height }
            for row in candidates where row.text.contains(where: \.isNumber) {
                seen[foldedKey(row.text), default: []].insert(page.number)
            }
        }

        /// The texts (digits folded) seen on at least two pages.
        var repeated: Set<String> { Set(seen.filter { $0.value.count >= 2 }.keys) }
    }

    /// A row's text with every digit folded to `#`, so `2/6` and `3/6` compare equal.
    static func foldedKey(_ text: String) -> String {
        String(text.map { $0.isNumber ? "#" : $0 })
    }
}
