import CiteCore

/// Text shaping and escaping for everything that goes into Graphviz attributes.
///
/// Document text (titles, ids) is never trusted: control characters are removed,
/// HTML-like labels are XML-escaped, and backslashes become `∖` (U+2216), because
/// Graphviz expands `\N`, `\G`, `\n` … in labels and tooltips, and unescapes tooltips
/// once more before that, differently across versions.
enum DiagramText {
    /// Control characters removed, runs of white space folded to one space, trimmed,
    /// backslashes replaced by `∖`.
    static func clean(_ text: String) -> String {
        if isPlainASCII(text) { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar.properties.generalCategory == .control
                || scalar.properties.generalCategory == .format {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.unicodeScalars.append(scalar == "\\" ? "\u{2216}" : scalar)
        }
        return out
    }

    /// Printable ASCII without a backslash, no leading, trailing or doubled space:
    /// already clean (the common case for symbols and most titles).
    private static func isPlainASCII(_ text: String) -> Bool {
        var previousSpace = true
        for byte in text.utf8 {
            guard byte >= 0x20, byte < 0x7F, byte != 0x5C else { return false }
            let space = byte == 0x20
            if space && previousSpace { return false }
            previousSpace = space
        }
        return !previousSpace || text.isEmpty
    }

    /// For HTML-like labels: `&`, `<`, `>`, `"` as entities.
    static func htmlEscaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(ch)
            }
        }
        return out
    }

    /// For plain attributes (labels, tooltips): `&` written as `&amp;`, since Graphviz
    /// decodes entities in labels and passes them through to SVG unchanged elsewhere
    /// (it escapes `<`, `>`, `"` itself); backslashes as `∖`.
    static func plainEscaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text {
            switch ch {
            case "\\": out += "\u{2216}"
            case "&": out += "&amp;"
            default: out.append(ch)
            }
        }
        return out
    }

    /// Words wrapped greedily to `width` characters on at most `maxLines` lines;
    /// what does not fit ends the last line with `…`.
    /// - Complexity: O(n) in the length of `text`.
    static func wrapped(_ text: String, width: Int, maxLines: Int) -> [String] {
        let words = clean(text).split(separator: " ").map(String.init)
        var lines: [String] = []
        var current = ""
        var truncated = false
        for word in words {
            var word = word
            if word.count > width { word = String(word.prefix(width - 1)) + "…" }
            if current.isEmpty {
                current = word
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = word
                if lines.count == maxLines { truncated = true; break }
            }
        }
        if !truncated, !current.isEmpty { lines.append(current) }
        if truncated, var last = lines.popLast() {
            if last.count + 1 > width { last = String(last.prefix(width - 1)) }
            lines.append(last.hasSuffix("…") ? last : last + "…")
        }
        return lines
    }

    /// The symbol as analysts say it: `73/154`, `1325 (2000)`, `HRC 54/7`, `ECOSOC 2019/20`.
    static func shortSymbol(for id: String, title: String?) -> String {
        shortSymbol(for: id, symbol: Symbol(id), title: title)
    }

    /// The short symbol of a node whose id is already parsed: the numbering's short name
    /// (`HRC`, `ECOSOC dec.`; none for the General Assembly's and the Council's resolutions)
    /// before its session and number; an instrument's title; any other id as it is.
    static func shortSymbol(for id: String, symbol: Symbol?, title: String?) -> String {
        guard let symbol else { return unparsedShortSymbol(id) }
        let name: String
        switch symbol.family {
        case .hrcResolution: name = "HRC "
        case .hrcDecision: name = "HRC dec. "
        case .chrResolution: name = "CHR "
        case .chrDecision: name = "CHR dec. "
        case .ecosocResolution: name = "ECOSOC "
        case .ecosocDecision: name = "ECOSOC dec. "
        case .gaResolution, .scResolution: name = ""
        case .gaDecision: name = "dec. "
        case .instrument:
            if let title, !clean(title).isEmpty { return clean(title) }
            return instrumentName(fromSlug: String(id.dropFirst("instrument:".count)))
        case .scPresidentialStatement, .treaty, .document:
            return id
        }
        return name + numbering(of: symbol, id: id)
    }

    /// An id the symbol parser does not read (a special session's `A/RES/3201 (S-VI)`, whose
    /// session is no plain Roman number) still loses its numbering's prefix, as the parsed ones do.
    private static func unparsedShortSymbol(_ id: String) -> String {
        let prefixes: [(prefix: String, name: String)] = [
            ("A/HRC/RES/", "HRC "), ("A/HRC/DEC/", "HRC dec. "), ("E/CN.4/RES/", "CHR "), ("E/CN.4/DEC/", "CHR dec. "),
            ("E/RES/", "ECOSOC "), ("E/DEC/", "ECOSOC dec. "), ("A/RES/", ""), ("A/DEC/", "dec. "), ("S/RES/", ""),
        ]
        for p in prefixes where id.hasPrefix(p.prefix) && id.count > p.prefix.count { return p.name + id.dropFirst(p.prefix.count) }
        return id
    }

    /// What follows the numbering's prefix: `73/154`, `ES-11/1`, `2200 (XXI)`, `1325 (2000)`,
    /// `77/292 B`; an id the parser reads differently from how it is written keeps its own words.
    private static func numbering(of symbol: Symbol, id: String) -> String {
        let number = symbol.number.map(String.init) ?? ""
        var text: String
        switch symbol.family {
        case .scResolution:
            text = number + (symbol.year.map { " (\($0))" } ?? "")
        case _ where symbol.session.flatMap(Symbols.romanValue) != nil:
            text = "\(number) (\(symbol.session ?? ""))"
        default:
            text = "\(symbol.session ?? "")/\(number)"
        }
        if let part = symbol.part { text += " " + part }
        let prefix = symbol.family.rawValue + "/"
        return prefix + text == id ? text : String(id.dropFirst(id.hasPrefix(prefix) ? prefix.count : 0))
    }

    /// `paris-agreement` → `Paris Agreement`, `rights-of-the-child` → `Rights of the Child`.
    static func instrumentName(fromSlug slug: String) -> String {
        let minor: Set<String> = ["of", "the", "on", "and", "for", "to", "in", "against", "with", "a", "an", "at", "by"]
        let words = slug.split(separator: "-").enumerated().map { index, word -> String in
            let lower = word.lowercased()
            if index > 0, minor.contains(lower) { return lower }
            return lower.prefix(1).uppercased() + lower.dropFirst()
        }
        return words.joined(separator: " ")
    }

    /// A UN document symbol (`A/RES/73/154`, `S/2019/123`), as opposed to a treaty
    /// series reference or an instrument slug: only these get an undocs.org link.
    static func isUNSymbol(_ id: String) -> Bool {
        if id.hasPrefix("instrument:") || id.hasPrefix("UNTS ") || id.hasPrefix("LNTS ") { return false }
        guard let first = id.unicodeScalars.first, ("A"..."Z").contains(first), id.contains("/") else { return false }
        return id.unicodeScalars.allSatisfy { scalar in
            ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
                || "/.-() ".unicodeScalars.contains(scalar)
        }
    }

    /// `https://undocs.org/S/RES/1325%20%282000%29`, or `nil` for ids that are not UN symbols.
    static func undocsURL(for id: String) -> String? {
        guard isUNSymbol(id) else { return nil }
        var path = ""
        for byte in id.utf8 {
            let scalar = Unicode.Scalar(byte)
            if ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
                || "/.-_~".unicodeScalars.contains(scalar) {
                path.unicodeScalars.append(scalar)
            } else {
                path += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return "https://undocs.org/" + path
    }

    /// A token safe as an SVG id or class: letters, digits, `-`, `_`; other runs become one `_`.
    static func token(_ text: String) -> String {
        let name = SafeName.token(text)
        return name.isEmpty ? "x" : name
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
