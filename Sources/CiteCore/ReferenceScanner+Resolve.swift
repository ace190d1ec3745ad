import Foundation

/// The resolver: a token, its keyword and its body become a canonical target (`A/RES/73/154`,
/// `S/RES/1325 (2000)`, `E/RES/2019/20`), or nothing when the number cannot be that body's.
extension ReferenceScanner {
    func resolve(_ t: Raw, kind: TargetKind?, qualifier: BodyQualifier, governed: Bool) -> (String, TargetKind, Body)? {
        let kind = kind ?? .resolution
        if qualifier == .own && otherOrganizationSpeaks { return nil }
        var body: Body?
        switch qualifier {
        case .own: body = citingBody
        case .named(let b): body = b
        case .otherBody: return nil
        case .none: body = nil
        }
        switch t.form {
        case .explicit: return nil
        case .scYear(let number, let year):
            if !governed {
                // Without "resolution" before it, only a plausible Council number counts.
                guard Symbols.isPlausibleSCResolution(number: number, year: year), !precededByNonResolutionWord(t.numberRange.lowerBound) else { return nil }
            }
            if kind == .decision { return nil }
            // A Council number is unique: a year far from the number's ("1882 (2008)") is a typo of the
            // source, read as the number's year (`CitationExtractor.warnings` names it).
            if !Symbols.isPlausibleSCResolution(number: number, year: year), let real = Symbols.scYear(ofNumber: number),
               Symbols.looksLikeTypo(of: real, written: year) {
                return (Symbols.scResolution(number, year: real), .resolution, .sc)
            }
            return (Symbols.scResolution(number, year: year), .resolution, .sc)
        case .roman(let number, let session):
            guard governed else { return nil }
            let b: Body = body == .ecosoc ? .ecosoc : .ga
            guard let id = Symbols.canonical(body: b, kind: kind, number: "\(number) (\(session))") else { return nil }
            return (id, kind, b)
        case .yearNumber(let year, let number):
            guard governed else { return nil }
            // The Assembly does not number its resolutions by year: "its resolution 2013/1" is another body's.
            if qualifier == .own && (citingBody == .ga || citingBody == .hrc || citingBody == .sc) { return nil }
            var b: Body
            switch body {
            case .chr?: b = .chr
            case .ecosoc?: b = .ecosoc
            default: b = citingBody == .chr ? .chr : .ecosoc
            }
            if b == .chr && year > 2006 { b = .ecosoc }
            // The date as cited must fit the year; the Council's session of a year opens in July of the
            // year before ("resolution 2021/4 of 14 September 2020").
            if let d = t.date, let y = Int(d.prefix(4)), y != year && y != year + 1 {
                let month = Int(d.dropFirst(5).prefix(2)) ?? 0
                guard b == .ecosoc, y == year - 1, month >= 7 else { return nil }
            }
            guard let id = Symbols.canonical(body: b, kind: kind, number: "\(year)/\(number)") else { return nil }
            return (id, kind, b)
        case .sessionNumber(let session, let sessionValue, let number):
            guard governed else { return nil }
            let special = session.hasPrefix("S-") || session.hasPrefix("ES-")
            var b: Body
            switch body {
            case .hrc?: b = .hrc
            case .ga?: b = .ga
            case .sc?, .ecosoc?, .chr?, .other?:
                // A Council or the Commission does not number its resolutions this way: the Assembly does.
                b = sessionValue < 31 && !special ? .hrc : .ga
            case nil:
                if session.hasPrefix("ES-") { b = .ga }
                else if citingBody == .hrc { b = .hrc }
                else { b = sessionValue < 31 && !special ? .hrc : .ga }
            }
            if b == .ga && !special && sessionValue < 31 { b = .hrc }
            if b == .hrc && session.hasPrefix("ES-") { b = .ga }
            // Read as the Human Rights Council's only because the Assembly had no session N: without a
            // date, or a Council named in the paragraph, "resolution 6/2 on …" or the Environment
            // Assembly's "its resolution 4/6" is another organization's (a conference of States parties), and so
            // is one that inherits the Assembly named earlier ("… General Assembly resolution 77/235 …, as well as resolution 7/5").
            if b == .hrc && citingBody != .hrc && t.date == nil && !special && forms == nil && !councilReport,
               qualifier == .none || qualifier == .own || qualifier == .named(.ga), !councilNamedInParagraph(t.numberRange.lowerBound) { return nil }
            // The Council holds three sessions a year from 2006: a session that had not met by the citing
            // text's year is the Assembly's ("paragraph 13 of resolution 56/266" in a 2022 text, "resolution
            // 69/156, in which the General Assembly" in 2024); the Council's "its" only when the Assembly is named in
            // the paragraph, a bare number unless another body follows ("resolution 60/2 on …, adopted by the
            // Commission on the Status of Women").
            if b == .hrc && !special, let y = citingYear, 2006 + (sessionValue - 1) / 3 > y {
                guard sessionValue >= 31, sessionValue <= y - 1944 else { return nil }
                switch qualifier {
                case .own: guard assemblyNamedInParagraph(t.numberRange.lowerBound) else { return nil }
                case .none: guard !otherBodyNamedAfter(t.span.upperBound) else { return nil }
                default: break
                }
                b = .ga
            }
            // The date as cited must fit the session: the Assembly's session N sits in 1945+N…1946+N,
            // the Council's three sessions a year from 2006; anything else is another body's numbering.
            // A date after the citing text's year is a typo of the source ("24 December 2107"): no check.
            if let d = t.date, let year = Int(d.prefix(4)), !special, year <= (citingYear ?? year) + 1 {
                let gaFits = year >= 1945 + sessionValue && year <= 1947 + sessionValue
                let hrcFits = abs(year - (2006 + (sessionValue - 1) / 3)) <= 1
                // "its resolution 42/22 of 26 September 2019" in an Assembly text that named the Human
                // Rights Council before it in the paragraph: the date is the Council's session, so "its" is the Council's.
                if b == .ga && !gaFits {
                    let councilsOwn = qualifier == .own && citingBody == .ga
                        && (councilNamedBefore(t.numberRange.lowerBound) || councilNamedRightAfter(t.span.upperBound))
                    if hrcFits && (body != .ga || councilsOwn) { b = .hrc } else { return nil }
                }
                else if b == .hrc && !hrcFits { if gaFits && body != .hrc { b = .ga } else { return nil } }
            }
            guard let id = Symbols.canonical(body: b, kind: kind, number: "\(session)/\(number)") else { return nil }
            return (id, kind, b)
        }
    }

    static let councilNames = NameSearch(["Human Rights Council", "the Council"])

    /// Whether the Human Rights Council ("Human Rights Council", or "the Council" after it) is named
    /// between the start of the paragraph (at most 600 bytes back) and `i`.
    func councilNamedBefore(_ i: Int) -> Bool {
        let floor = max(0, i - 600)
        var s = i
        while s > floor, bytes[s - 1] != 0x0A { s -= 1 }
        return Self.councilNames.containsAny(in: bytes, s..<i)
    }

    /// Whether the paragraph around `i` (its line of the text) names the Human Rights Council or "the Council".
    func councilNamedInParagraph(_ i: Int) -> Bool { Self.councilNames.containsAny(in: bytes, line(around: i)) }

    /// The line of the text (a paragraph) that holds byte `i`, without its line breaks.
    func line(around i: Int) -> Range<Int> {
        var s = i, e = i
        while s > 0, bytes[s - 1] != 0x0A { s -= 1 }
        while e < bytes.count, bytes[e] != 0x0A { e += 1 }
        return s..<e
    }

    static let assemblyNames = NameSearch(["General Assembly", "the Assembly"])

    /// Whether the paragraph around `i` (its line of the text) names the General Assembly.
    func assemblyNamedInParagraph(_ i: Int) -> Bool { Self.assemblyNames.containsAny(in: bytes, line(around: i)) }

    /// Whether another organization is named in the 300 bytes after `end`, within its line.
    func otherBodyNamedAfter(_ end: Int) -> Bool {
        var e = end
        while e < min(bytes.count, end + 300), bytes[e] != 0x0A { e += 1 }
        return Self.othersSearch.containsAny(in: bytes, end..<e)
    }

    static let theCouncil = Array("the Human Rights Council".utf8)

    /// Whether the Human Rights Council is the subject right after the citation: "through its
    /// resolution 54/18 of 12 October 2023,20 the Human Rights Council submitted …" (a comma, a
    /// footnote marker and spaces between).
    func councilNamedRightAfter(_ end: Int) -> Bool {
        var i = end
        while i < bytes.count, i < end + 8, bytes[i] == 0x2C || bytes[i] == 0x20 || Self.isDigit(bytes[i]) { i += 1 }
        guard i > end, i + Self.theCouncil.count <= bytes.count, bytes[i] == Self.theCouncil[0] else { return false }
        return NameSearch.matches(Self.theCouncil, in: bytes, at: i, limit: bytes.count)
    }

    /// "vol. 382 (1960)", "No. 5712 (1961)", "p. 12 (2001)": numbers that are not resolutions.
    func precededByNonResolutionWord(_ i: Int) -> Bool {
        var j = i
        while j > 0, bytes[j - 1] == 0x20 { j -= 1 }
        var s = j
        while s > 0, Self.isLetter(bytes[s - 1]) || bytes[s - 1] == 0x2E { s -= 1 }
        let word = String(decoding: bytes[s..<j], as: UTF8.self).lowercased()
        let bad: Set<String> = ["vol.", "vols.", "no.", "nos.", "p.", "pp.", "para.", "paras.", "chap.", "art.", "article", "articles",
                                "rule", "rules", "page", "pages", "paragraph", "paragraphs", "annex", "sect.", "section", "footnote",
                                "meeting", "year", "law", "act", "decree", "order", "ordinance", "code", "standard", "iso", "number",
                                "protocol", "convention", "regulation", "directive", "item", "items", "series", "volume", "issue", "cases", "case"]
        return bad.contains(word)
    }
}
