/// Escaping of document text for HTML and Markdown. Document text is never trusted.
enum Escaping {
    /// Text and attribute values in HTML: `& < > " '` as entities; control characters other than
    /// tab and line feed (and lone surrogates cannot occur in Swift strings) become U+FFFD.
    static func html(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
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

    /// An anchor made of letters, digits and `-` only.
    static func anchor(_ text: String) -> String {
        var out = ""
        var pending = false
        for scalar in text.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pending, !out.isEmpty { out.append("-") }
                pending = false
                out.unicodeScalars.append(scalar)
            } else {
                pending = true
            }
        }
        return out.isEmpty ? "x" : out
    }
}
