import CiteCore

/// The only links a report makes: `https://undocs.org/<symbol>` for UN document symbols.
enum Links {
    /// A UN document symbol (`A/RES/73/154`, `S/2019/123`, `S/RES/1325 (2000)`), as opposed to a
    /// treaty series reference, an instrument, or text that merely came from a document.
    static func isUNSymbol(_ id: String) -> Bool {
        if id.hasPrefix("instrument:") || id.hasPrefix("UNTS ") || id.hasPrefix("LNTS ") { return false }
        guard let first = id.unicodeScalars.first, ("A"..."Z").contains(first), id.contains("/"),
              !id.contains("..") else { return false }
        return id.unicodeScalars.allSatisfy { s in
            ("A"..."Z").contains(s) || ("a"..."z").contains(s) || ("0"..."9").contains(s) || "/.-() ".unicodeScalars.contains(s)
        }
    }

    /// The undocs.org address of a UN symbol, built by `Symbols.undocsURL` and checked to be an
    /// https URL on undocs.org with nothing but URL-safe characters; nil otherwise.
    static func undocs(_ id: String) -> String? {
        guard isUNSymbol(id), let url = Symbols.undocsURL(id), isSafeUndocsURL(url) else { return nil }
        return url
    }

    static let undocsPrefix = "https://undocs.org/"

    /// `https://undocs.org/` followed by letters, digits, `/ . - _ ~` and `%XX` escapes only.
    static func isSafeUndocsURL(_ url: String) -> Bool {
        guard url.hasPrefix(undocsPrefix), url.count > undocsPrefix.count else { return false }
        return url.dropFirst(undocsPrefix.count).unicodeScalars.allSatisfy { s in
            ("A"..."Z").contains(s) || ("a"..."z").contains(s) || ("0"..."9").contains(s) || "/.-_~%".unicodeScalars.contains(s)
        }
    }
}
