import Foundation

/// Treaty Series references in the footnotes of the other official languages: "Nations Unies,
/// Recueil des Traités, vol. 1577, no 27531", "Naciones Unidas, Treaty Series, vol. 1577, núm. 27531",
/// "联合国，《条约汇编》，第1577卷，第27531号", and their "Ibid." ("Ibíd.", "Там же", "المرجع نفسه", "同上").
/// The patterns are rows of `Resources/citation-forms.tsv`; the English forms, which the Russian
/// and Arabic texts also use, are read by `UNTSParser` itself.
extension UNTSParser {
    /// `matches(in:previous:)`, plus the references written in `forms`' language.
    /// - Complexity: O(n) in the length of the note per pattern.
    public static func matches(in footnoteText: String, previous: UNTSReference?, forms: CitationForms?) -> [UNTSMatch] {
        var out = matches(in: footnoteText, previous: previous)
        guard let forms else { return out }
        func offset(_ i: String.Index) -> Int { footnoteText.utf8.distance(from: footnoteText.startIndex, to: i) }
        for pattern in forms.treatyRegexes {
            let regex = pattern.regex
            for m in footnoteText.matches(of: regex) {
                guard m.output.count >= 3, let v = m.output[1].substring.flatMap({ Int($0) }),
                      let n = m.output[2].substring.flatMap({ Int($0) }) else { continue }
                let range = offset(m.range.lowerBound)..<offset(m.range.upperBound)
                // A range of numbers in one volume ("nos 970 à 973", "第970-973号"), group 3: one reference each.
                var last = n
                if m.output.count >= 4, let to = m.output[3].substring.flatMap({ Int($0) }), to > n, to - n <= 10 { last = to }
                // What the English rules read of the same words stands, unless it is the first number of the range.
                if out.contains(where: { $0.range.overlaps(range) }) {
                    guard last > n else { continue }
                    out.removeAll { $0.range.overlaps(range) }
                }
                let inherited = forms.ibidRegexes.contains { footnoteText[m.range].prefixMatch(of: $0.regex) != nil }
                for number in n...last {
                    out.append(UNTSMatch(reference: UNTSReference(volume: v, number: number, league: false), volumes: [v], range: range, inherited: inherited))
                }
            }
        }
        // A bare "Ibid." opening the note, alone or with a pinpoint: the note before's reference.
        if out.isEmpty, let previous {
            for pattern in forms.ibidRegexes {
                guard let m = footnoteText.prefixMatch(of: pattern.regex) else { continue }
                let rest = footnoteText[m.range.upperBound...].drop { " ,.،，、".contains($0) }
                let firstWord = rest.prefix { !" ,.،，、".contains($0) }
                let words = CitationForms.fold(String(firstWord))
                guard rest.isEmpty || forms.pinpoints.contains(where: { $0 == words || $0 == words + ["."] }) else { break }
                out.append(UNTSMatch(reference: previous, volumes: [previous.volume],
                                     range: offset(m.range.lowerBound)..<offset(m.range.upperBound), inherited: true))
                break
            }
        }
        return out.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
}
