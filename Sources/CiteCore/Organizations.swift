import Foundation

/// The bodies and organizations that adopt resolutions, read from `Resources/organizations.tsv`:
/// the United Nations bodies whose numbers the scanner resolves, and the other bodies and
/// organizations (regional commissions, specialized agencies, conferences of parties, …) whose
/// numbers it must leave alone.
///
/// Vocabulary is data: a new organization is one row of the table, not a branch in the qualifier.
struct Organizations: Sendable {
    /// United Nations bodies by name ("Human Rights Council"), as written.
    var unitedNations: [(name: String, body: Body)] = []
    /// The same names as lower-case words, for matching a run of words.
    var unitedNationsWords: [(words: [String], body: Body)] = []
    /// United Nations bodies by acronym ("UNSC", "GA"), as written: read only just before the keyword.
    var acronyms: [String: Body] = [:]
    /// Names of other bodies that adopt resolutions, as written: named nearby, they claim a bare "resolution".
    var others: [String] = []
    /// Names of organizations often named in passing (regional commissions, specialized agencies):
    /// they claim only "<agency>, in its resolution" and the annexed texts they open.
    var agencies: [String] = []
    /// Lower-case words that make a capitalised name another body's.
    var otherWords: Set<String> = []
    /// Words before "Assembly" and "Council" that make it another assembly or council.
    var otherAssemblies: Set<String> = []
    var otherCouncils: Set<String> = []

    /// The table shipped with CiteCore; empty (everything read as United Nations) if it is missing.
    static let bundled: Organizations = {
        guard let url = Bundle.module.url(forResource: "organizations", withExtension: "tsv"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return Organizations() }
        return parse(text)
    }()

    /// Reads the table: `kind<TAB>words<TAB>value` a row, `#` comments; bad rows are skipped.
    static func parse(_ text: String) -> Organizations {
        var out = Organizations()
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 2, !f[1].isEmpty else { continue }
            switch f[0] {
            case "un":
                guard f.count >= 3, let b = Body(rawValue: f[2]) else { continue }
                out.unitedNations.append((f[1], b))
                out.unitedNationsWords.append((f[1].lowercased().split(separator: " ").map(String.init), b))
            case "acronym":
                guard f.count >= 3, let b = Body(rawValue: f[2]) else { continue }
                out.acronyms[f[1]] = b
            case "other": out.others.append(f[1])
            case "agency": out.agencies.append(f[1])
            case "word": out.otherWords.insert(f[1].lowercased())
            case "assembly": out.otherAssemblies.insert(f[1].lowercased())
            case "council": out.otherCouncils.insert(f[1].lowercased())
            default: continue
            }
        }
        return out
    }

    /// Which end of a run of words a name is looked for at.
    enum End { case start, end }

    /// The United Nations body whose name a run of lower-case words starts or ends with ("… the
    /// economic and social council"), with the words of that name.
    func unitedNationsName(in words: [String], at end: End) -> (words: [String], body: Body)? {
        unitedNationsWords.first { name in
            guard words.count >= name.words.count else { return false }
            return end == .start ? words.prefix(name.words.count).elementsEqual(name.words)
                                 : words.suffix(name.words.count).elementsEqual(name.words)
        }
    }
}
