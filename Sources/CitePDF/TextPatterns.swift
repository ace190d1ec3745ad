/// Small textual tests on printed lines: paragraph labels, the footnote rule, the opening.
enum TextPatterns {
    /// `1.`, `12.`, `1.2`, `(a)`, `(iv)`, `(3)`, `a.`, `A.`, `IV.`, `iv.` or a bullet (`•`, `–`):
    /// the number or mark that opens a paragraph, as the rendered texts keep them before a tab.
    static func isLabel<S: StringProtocol>(_ text: S) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard let first = scalars.first, let last = scalars.last else { return false }
        if scalars.count == 1 { return bullets.contains(first) }
        if scalars.allSatisfy({ $0 == "." || $0.properties.numericType != nil }), scalars.count <= 6 {
            return first != "." && (last == "." || scalars.contains("."))
        }
        if last == "." {
            let body = scalars.dropLast()
            if body.count == 1 { return body.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) } }
            return body.count <= 6 && (body.allSatisfy { "IVXLC".unicodeScalars.contains($0) }
                || body.allSatisfy { "ivxlc".unicodeScalars.contains($0) })
        }
        if first == "(", last == ")", (3...9).contains(scalars.count) {
            let inner = scalars.dropFirst().dropLast()
            if inner.allSatisfy({ $0.properties.numericType != nil }) { return inner.count <= 3 }
            if inner.allSatisfy({ "ivxlc".unicodeScalars.contains($0) }) { return true }
            return inner.count <= 2 && inner.allSatisfy { ("a"..."z").contains($0) }
        }
        return false
    }

    /// The label that opens `text` when a space or tab follows it, with the rest of the text.
    static func leadingLabel(_ text: String) -> (label: Substring, rest: Substring)? {
        guard let end = text.firstIndex(where: { $0 == " " || $0 == "\t" }) else { return nil }
        let label = text[..<end]
        guard isLabel(label) else { return nil }
        let rest = text[end...].drop { $0 == " " || $0 == "\t" }
        return rest.isEmpty ? nil : (label, rest)
    }

    /// The footnote rule the UN prints as a line of underscores.
    static func isRule(_ text: String) -> Bool {
        text.count >= 5 && text.allSatisfy { $0 == "_" }
    }

    /// The rule line of the rendered texts, before the footnotes.
    static let renderedRule = "__________________"

    private static let bullets: Set<Unicode.Scalar> = ["•", "▪", "◦", "·", "–"]
}
