/// Escaping of text for XML and HTML: the one loop behind the graph exports (GraphML, GEXF),
/// the report's HTML and the ego diagram's SVG. Each writes `& < > "` as entities; they differ in
/// how they write `'`, what they do with tab, line feed and carriage return, and which other
/// characters they cannot hold and so replace or drop — each preset says which.
///
/// ```swift
/// MarkupEscaper.html.escape("a < b\u{1}")       // "a &lt; b\u{FFFD}"
/// MarkupEscaper.xmlAttribute.escape("x\ny")     // "x&#10;y"
/// MarkupEscaper.svgText.escape("it's\n")        // "it&#39;s"
/// ```
public struct MarkupEscaper: Sendable {
    /// What becomes of tab, line feed and carriage return.
    public enum Breaks: Sendable {
        /// Character references (`&#9;`, `&#10;`, `&#13;`): an XML attribute value keeps them.
        case references
        /// Tab and line feed as they are; a carriage return cannot stand.
        case tabAndLineFeed
        /// None of them can stand.
        case none
    }

    /// Characters beyond C0 (which none can hold) that cannot stand.
    public struct Forbidden: OptionSet, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// U+007F.
        public static let delete = Forbidden(rawValue: 1)
        /// U+0080…U+009F.
        public static let c1 = Forbidden(rawValue: 2)
        /// U+FFFE, U+FFFF (not XML 1.0 characters).
        public static let nonCharacters = Forbidden(rawValue: 4)
    }

    /// `&apos;` (XML) or `&#39;` (HTML 4 and every HTML parser).
    public var apostrophe: String
    public var breaks: Breaks
    public var forbidden: Forbidden
    /// What a character that cannot stand becomes; nil drops it.
    public var replacement: Unicode.Scalar?

    public init(apostrophe: String, breaks: Breaks, forbidden: Forbidden, replacement: Unicode.Scalar?) {
        self.apostrophe = apostrophe; self.breaks = breaks; self.forbidden = forbidden; self.replacement = replacement
    }

    /// XML 1.0 text or attribute value (the graph exports): breaks as references, C0 controls,
    /// U+FFFE and U+FFFF as U+FFFD.
    public static let xmlAttribute = MarkupEscaper(apostrophe: "&apos;", breaks: .references, forbidden: .nonCharacters,
                                                   replacement: "\u{FFFD}")
    /// HTML text and attribute values of document text: tab and line feed kept, other C0
    /// controls, DEL and C1 as U+FFFD.
    public static let html = MarkupEscaper(apostrophe: "&#39;", breaks: .tabAndLineFeed, forbidden: [.delete, .c1],
                                           replacement: "\u{FFFD}")
    /// SVG text written by hand (text cleaned before): every control character, DEL, U+FFFE and
    /// U+FFFF dropped, since XML 1.0 cannot hold them even escaped.
    public static let svgText = MarkupEscaper(apostrophe: "&#39;", breaks: .none, forbidden: [.delete, .nonCharacters],
                                              replacement: nil)

    /// `text` escaped.
    /// - Complexity: O(n) in the length of `text`.
    public func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += apostrophe
            case "\t", "\n", "\r":
                switch breaks {
                case .references: out += "&#\(scalar.value);"
                case .tabAndLineFeed where scalar != "\r": out.unicodeScalars.append(scalar)
                default: if let replacement { out.unicodeScalars.append(replacement) }
                }
            default:
                if cannotStand(scalar.value) {
                    if let replacement { out.unicodeScalars.append(replacement) }
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    private func cannotStand(_ value: UInt32) -> Bool {
        if value < 0x20 { return true }
        if value < 0x7F { return false }
        if value == 0x7F { return forbidden.contains(.delete) }
        if value <= 0x9F { return forbidden.contains(.c1) }
        return (value == 0xFFFE || value == 0xFFFF) && forbidden.contains(.nonCharacters)
    }
}
