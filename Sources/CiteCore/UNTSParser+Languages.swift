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
        // The patterns read the note without Arabic tatweel, which stretches the words of justified
        // notes ("المرجــع نفسـه، المجلـد"); offsets are mapped back to the note as written.
        let (text, original) = withoutTatweel(footnoteText)
        func offset(_ i: String.Index) -> Int { original[text.utf8.distance(from: text.startIndex, to: i)] }
        for pattern in forms.treatyRegexes {
            let regex = pattern.regex
            for m in text.matches(of: regex) {
                guard m.output.count >= 3, let v = m.output[1].substring.flatMap({ Int($0) }),
                      let n = m.output[2].substring.flatMap({ Int($0) }) else { continue }
                let range = offset(m.range.lowerBound)..<offset(m.range.upperBound)
                // A range of numbers in one volume ("nos 970 à 973", "第970-973号"), group 3: one reference each.
                var numbers = [n]
                if m.output.count >= 4, let to = m.output[3].substring.flatMap({ Int($0) }), to > n, to - n <= 10 {
                    numbers = Array(n...to)
                }
                // Further numbers of a list ("الرقمان 17512 و 17513", "第17512和17513号"), group 4.
                if m.output.count >= 5, let list = m.output[4].substring {
                    numbers += list.split(whereSeparator: { !$0.isASCII || !$0.isNumber }).compactMap { Int($0) }
                }
                // What the English rules read of the same words stands, unless it is the first number of several.
                if out.contains(where: { $0.range.overlaps(range) }) {
                    guard numbers.count > 1 else { continue }
                    out.removeAll { $0.range.overlaps(range) }
                }
                let inherited = forms.ibidRegexes.contains { text[m.range].prefixMatch(of: $0.regex) != nil }
                var seen = Set<Int>()
                for number in numbers where seen.insert(number).inserted {
                    out.append(UNTSMatch(reference: UNTSReference(volume: v, number: number, league: false), volumes: [v], range: range, inherited: inherited))
                }
            }
        }
        // A bare "Ibid." opening the note, alone or with a pinpoint: the note before's reference.
        if out.isEmpty, let previous {
            for pattern in forms.ibidRegexes {
                guard let m = text.prefixMatch(of: pattern.regex) else { continue }
                let rest = text[m.range.upperBound...].drop { " ,.،，、".contains($0) }
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

    /// `text` without U+0640 ARABIC TATWEEL, and for each UTF-8 offset of the result (one past the
    /// end included) the offset of the same byte in `text`.
    /// - Complexity: O(n) in the length of the text.
    static func withoutTatweel(_ text: String) -> (String, [Int]) {
        let bytes = Array(text.utf8)
        guard bytes.indices.contains(where: { bytes[$0] == 0xD9 && $0 + 1 < bytes.count && bytes[$0 + 1] == 0x80 }) else {
            return (text, Array(0...bytes.count))
        }
        var kept: [UInt8] = [], original: [Int] = []
        kept.reserveCapacity(bytes.count); original.reserveCapacity(bytes.count + 1)
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0xD9, i + 1 < bytes.count, bytes[i + 1] == 0x80 { i += 2; continue }
            kept.append(bytes[i]); original.append(i)
            i += 1
        }
        original.append(bytes.count)
        return (String(decoding: kept, as: UTF8.self), original)
    }
}
