internal import CPoppler
import CiteCore
import Foundation

/// Reads the glyphs of every page of a PDF file through poppler-glib, in process.
///
/// Every poppler call of the package goes through this type. Each C resource is released in a
/// `defer`, in reverse order of acquisition; poppler's errors become one-line `InputError`s.
enum PopplerPages {
    /// poppler keeps process-wide state (its global parameters, font caches) that is not
    /// documented as thread-safe, so documents are opened and read one at a time.
    private static let lock = NSLock()

    /// Opens `path` and hands the glyphs of each page to `body`, in page order, one page at a
    /// time: only one page's glyphs are held, whatever the length of the document.
    ///
    /// - Throws: `InputError` when the file cannot be read, is empty, is not a valid PDF,
    ///   needs a password, has no pages, or exceeds `limits` ("page 3 has more than 50000
    ///   glyphs"); or what `body` throws.
    /// - Complexity: O(c + a) per page for c characters and a text-attribute runs.
    static func read(path: String, data given: Data? = nil, limits: PDFLimits, pageStarted: ((Int) -> Void)? = nil,
                     _ body: (PageGlyphs) throws -> Void) throws {
        let data: Data
        if let given { data = given } else {
            // Opened by its bytes (`FileNames`): any file name can be read.
            do { data = try FileNames.readData(path) } catch { throw InputError(path: path, reason: "cannot be read") }
        }
        guard !data.isEmpty else { throw InputError(path: path, reason: "empty file") }

        lock.lock()
        defer { lock.unlock() }

        // poppler reads the bytes in place (`g_bytes_new_static`: no copy of the file); the
        // document and its pages are released inside the closure, before `data` can go away.
        try data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress, let bytes = g_bytes_new_static(base, gsize(raw.count)) else {
                throw InputError(path: path, reason: "cannot be read")
            }
            defer { g_bytes_unref(bytes) }
            try read(bytes, path: path, limits: limits, pageStarted: pageStarted, body)
        }
    }

    /// Reads the document in `bytes`, page by page, as ``read(path:data:limits:pageStarted:_:)``.
    private static func read(_ bytes: OpaquePointer, path: String, limits: PDFLimits, pageStarted: ((Int) -> Void)?,
                             _ body: (PageGlyphs) throws -> Void) throws {
        var error: UnsafeMutablePointer<GError>? = nil
        guard let document = poppler_document_new_from_bytes(bytes, nil, &error) else {
            throw openError(error, path: path)
        }
        defer { g_object_unref(UnsafeMutableRawPointer(document)) }

        let count = Int(poppler_document_get_n_pages(document))
        guard count > 0 else { throw InputError(path: path, reason: "PDF has no pages") }

        var textBytes = 0
        for index in 0..<count {
            guard let page = poppler_document_get_page(document, Int32(index)) else {
                throw InputError(path: path, reason: "page \(index + 1) cannot be read")
            }
            defer { g_object_unref(UnsafeMutableRawPointer(page)) }
            pageStarted?(index + 1)
            let glyphs = try glyphs(of: page, number: index + 1, path: path, limits: limits, textBytes: &textBytes)
            pageStarted?(0)
            try body(glyphs)
        }
    }

    /// Turns poppler's `GError` into a one-line reason, and frees it.
    private static func openError(_ error: UnsafeMutablePointer<GError>?, path: String) -> InputError {
        guard let error else { return InputError(path: path, reason: "not a valid PDF") }
        defer { g_error_free(error) }
        let isPoppler = error.pointee.domain == poppler_error_quark()
        if isPoppler && error.pointee.code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue) {
            return InputError(path: path, reason: "encrypted PDF (password required)")
        }
        let message = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
        let oneLine = message.split(whereSeparator: \.isNewline).joined(separator: " ")
        return InputError(path: path, reason: "not a valid PDF: \(oneLine)")
    }

    /// The characters of one page with their boxes and fonts.
    ///
    /// poppler's text, its character boxes (`poppler_page_get_text_layout`) and its text
    /// attributes all index the same sequence of Unicode characters.
    private static func glyphs(of page: OpaquePointer, number: Int, path: String, limits: PDFLimits,
                               textBytes: inout Int) throws -> PageGlyphs {
        var width = 0.0
        var height = 0.0
        poppler_page_get_size(page, &width, &height)
        var result = PageGlyphs(number: number, width: width, height: height, runs: [])

        guard let cText = poppler_page_get_text(page) else { return result }
        defer { g_free(cText) }
        // Checked on poppler's text before any per-glyph record is made: a few KB of PDF can
        // draw millions of characters, and each becomes a 60-byte glyph here.
        let byteCount = strlen(cText)
        textBytes += byteCount
        if textBytes > limits.maxDocumentTextBytes {
            let limit = limits.maxDocumentTextBytes
            let size = limit % 1_000_000 == 0 ? "\(limit / 1_000_000) MB" : "\(limit) bytes"
            throw InputError(path: path, reason: "PDF has more than \(size) of text (at page \(number))")
        }
        if byteCount > limits.maxGlyphsPerPage {
            // Bytes bound the characters from above; count them only when it matters.
            let glyphCount = String(cString: cText).unicodeScalars.count
            if glyphCount > limits.maxGlyphsPerPage {
                throw InputError(path: path, reason: "page \(number) has more than \(limits.maxGlyphsPerPage) glyphs")
            }
        }
        let lineCount = UnsafeBufferPointer(start: cText, count: byteCount).reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        if lineCount > limits.maxLinesPerPage {
            throw InputError(path: path, reason: "page \(number) has more than \(limits.maxLinesPerPage) lines")
        }
        let scalars = Array(String(cString: cText).unicodeScalars)

        var rects: UnsafeMutablePointer<PopplerRectangle>? = nil
        var rectCount: guint = 0
        _ = poppler_page_get_text_layout(page, &rects, &rectCount)
        defer { g_free(rects) }

        var sizes = [Double](repeating: 0, count: scalars.count)
        var bold = [Bool](repeating: false, count: scalars.count)
        let attributes = poppler_page_get_text_attributes(page)
        defer { poppler_page_free_text_attributes(attributes) }
        var node = attributes
        while let current = node {
            if let raw = current.pointee.data {
                let attribute = raw.assumingMemoryBound(to: PopplerTextAttributes.self).pointee
                let isBold = attribute.font_name.map { String(cString: $0).contains("Bold") } ?? false
                let lower = max(0, Int(attribute.start_index))
                let upper = min(scalars.count - 1, Int(attribute.end_index))
                if lower <= upper {
                    for index in lower...upper {
                        sizes[index] = attribute.font_size
                        bold[index] = isBold
                    }
                }
            }
            node = current.pointee.next
        }

        var run: [Glyph] = []
        for (index, scalar) in scalars.enumerated() {
            if scalar == "\n" {
                if !run.isEmpty { result.runs.append(run) }
                run = []
                continue
            }
            guard let rects, index < Int(rectCount) else { continue }
            let box = rects[index]
            // poppler reports the font's nominal size; a text matrix that scales the font
            // (`S/2018/693` is set in a 10 pt font scaled to 20 pt) shows only in the box,
            // whose height is about 1.1 em in these documents.
            let size = max(sizes[index], (box.y2 - box.y1) / 1.1)
            run.append(Glyph(scalar: scalar, x0: box.x1, y0: box.y1, x1: box.x2, y1: box.y2,
                             size: size, bold: bold[index]))
        }
        if !run.isEmpty { result.runs.append(run) }
        return result
    }
}
