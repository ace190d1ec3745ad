import CiteCore

/// Escaping of document text for HTML and Markdown. Document text is never trusted.
enum Escaping {
    /// Text and attribute values in HTML: `& < > " '` as entities; control characters other than
    /// tab and line feed (and lone surrogates cannot occur in Swift strings) become U+FFFD.
    static func html(_ text: String) -> String {
        // Most text (symbols, dates, titles) holds nothing to escape: returned as it is, without
        // copying it scalar by scalar (this was a tenth of a large site's time).
        if !needsHTMLEscaping(text) { return text }
        return MarkupEscaper.html.escape(text)
    }

    /// Whether ``html(_:)`` would change `text`: one of `& < > " '`, or a control character
    /// other than tab and line feed (C0, DEL, or C1, which UTF-8 writes as C2 80…C2 9F).
    static func needsHTMLEscaping(_ text: String) -> Bool {
        var utf8 = text.utf8
        if let answer = utf8.withContiguousStorageIfAvailable({ needsHTMLEscaping(bytes: $0) }) { return answer }
        var copy = text
        copy.makeContiguousUTF8()
        utf8 = copy.utf8
        return utf8.withContiguousStorageIfAvailable({ needsHTMLEscaping(bytes: $0) }) ?? true
    }

    private static func needsHTMLEscaping(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous: UInt8 = 0
        for b in bytes {
            switch b {
            case 0x26, 0x3C, 0x3E, 0x22, 0x27, 0x7F: return true
            case 0x09, 0x0A: break
            case 0x00..<0x20: return true
            case 0x80...0x9F where previous == 0xC2: return true
            default: break
            }
            previous = b
        }
        return false
    }

    /// Markdown inline text: line breaks folded to spaces, control characters dropped, and every
    /// character Markdown or HTML would read as syntax backslash-escaped (`\<script>` shows as
    /// `<script>`), including `|` for tables.
    static func markdown(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        var lastWasSpace = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\r" || scalar == "\t" || scalar == "\u{2028}" || scalar == "\u{2029}" {
                if !lastWasSpace { out.append(" ") }
                lastWasSpace = true
                continue
            }
            if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { continue }
            lastWasSpace = scalar == " "
            if "\\`*_[]<>|&~".unicodeScalars.contains(scalar) { out.append("\\") }
            out.unicodeScalars.append(scalar)
        }
        return out
    }

    /// A Markdown code span; text holding a backtick is written as escaped text instead.
    static func markdownCode(_ text: String) -> String {
        let flat = markdownFlat(text)
        if flat.isEmpty || flat.contains("`") { return markdown(text) }
        return "`" + flat.replacingOccurrences(of: "|", with: "\\|") + "`"
    }

    /// Line breaks and control characters removed (for code spans, where `\` is literal).
    private static func markdownFlat(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\r" || scalar == "\t" { out.append(" "); continue }
            if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { continue }
            out.unicodeScalars.append(scalar)
        }
        return out
    }
}
