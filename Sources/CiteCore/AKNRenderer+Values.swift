#if canImport(FoundationXML)
import FoundationXML
#endif
import Foundation

/// The values the renderer reads from what the XML says (an agenda number, an ISO date, the
/// adopting body, collapsed white space, a parse error in words, a bare paragraph number) and
/// links moved by an offset:
/// functions of their input alone, apart from the walk's state.
extension AKNRenderer {
    /// `1.`, `(12)`, `3)` or `(iv)`: a paragraph number written as a paragraph of its own.
    static func isBareNumber(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 2, bytes.count <= 12 else { return false }
        let open = bytes[0] == UInt8(ascii: "(")
        let body = bytes[(open ? 1 : 0)..<(bytes.count - 1)]
        let last = bytes[bytes.count - 1]
        guard !body.isEmpty else { return false }
        if body.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
            return last == UInt8(ascii: ".") || last == UInt8(ascii: ")")
        }
        return open && last == UInt8(ascii: ")") && body.count <= 4
            && body.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") })
    }

    /// `Agenda item 72 (a)` → `72 (a)`; `Agenda items 19 and 20` → `19 and 20`.
    static func agendaNumber(_ text: String) -> String {
        for prefix in ["Agenda items ", "Agenda item "] where text.lowercased().hasPrefix(prefix.lowercased()) {
            let rest = String(text.dropFirst(prefix.count))
            return rest.isEmpty ? text : rest
        }
        return text
    }

    static func isoDate(_ value: String) -> String? {
        let bytes = Array(value.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              bytes.enumerated().allSatisfy({ $0.offset == 4 || $0.offset == 7 || ($0.element >= 48 && $0.element <= 57) })
        else { return nil }
        return value == "0001-01-01" ? nil : value
    }

    static func bodyOfAuthor(_ href: String) -> Body? {
        switch href.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "#")) {
        case "ga", "generalassembly": return .ga
        case "sc", "securitycouncil": return .sc
        case "hrc", "humanrightscouncil": return .hrc
        case "ecosoc", "economicandsocialcouncil": return .ecosoc
        default: return nil
        }
    }

    static func localName(_ name: String) -> String {
        guard let colon = name.lastIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }

    static func collapsed(_ s: String) -> String {
        var buffer = AKNTextBuffer()
        buffer.append(s)
        return buffer.string
    }

    static func shift(_ links: [SourceLink], by offset: Int) -> [SourceLink] {
        guard offset != 0 else { return links }
        return links.map { SourceLink(target: $0.target, range: ($0.range.lowerBound + offset)..<($0.range.upperBound + offset)) }
    }

    /// A short reason for a parse error, in the words of the XML specification.
    static func describe(_ error: Error) -> String {
        let ns = error as NSError
        let known: [Int: String] = [
            4: "document is empty or not XML",
            5: "document ends too early",
            9: "invalid character",
            23: "'>' expected",
            26: "undefined entity",
            27: "undeclared entity",
            38: "attribute value not closed",
            39: "attribute without value",
            41: "attribute redefined",
            64: "XML declaration not well formed",
            68: "name expected",
            73: "'>' expected",
            76: "mismatched tag",
            77: "end tag expected",
            85: "extra content at the end of the document",
            89: "entity loop",
        ]
        if let reason = known[ns.code] { return reason }
        let message = (ns.userInfo[NSLocalizedDescriptionKey] as? String)
            ?? (ns.userInfo["NSLocalizedFailureReason"] as? String)
        if let message, !message.isEmpty {
            return collapsed(message)
        }
        return "parser error \(ns.code)"
    }
}
