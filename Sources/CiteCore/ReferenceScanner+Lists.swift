import Foundation

/// The list state machine: which keyword governs each token, where a list of numbers goes on
/// ("resolutions 1261 (1999), 1314 (2000) and 1379 (2001)") and where it stops, and which body
/// the whole list takes.
extension ReferenceScanner {
    /// References in `range`, each with its canonical target.
    func scan(_ range: Range<Int>) -> [Found] {
        let tokens = rawTokens(in: range)
        guard !tokens.isEmpty else { return [] }
        let keys = keywords(in: range)
        var out: [Found] = []
        var chainKind: TargetKind? = nil
        var chainQualifier: BodyQualifier = .none
        var chainActive = false
        var previousEnd = range.lowerBound
        var lastNamedBody: Body? = nil
        var lastChainEnd = -1
        var lastChainQualifier: BodyQualifier = .none
        var keyIndex = 0
        // The references of the list being read; a body named after it ("… of the United Nations
        // Environment Assembly") can still claim them.
        var pending: [Found] = []
        var pendingEnd = 0
        // Other languages name the body after the numbers ("résolution 53/1 du Conseil des droits
        // de l’homme"): the list is resolved again for that body when none was named before it.
        var pendingRaws: [(raw: Raw, kind: TargetKind?)] = []
        var pendingQualifier: BodyQualifier = .none
        // The list's body was not named at its keyword but taken from a body named before it (the
        // owner of the item before: "резолюцию 76/167 Генеральной Ассамблеи … и на резолюцию 50/6 Совета
        // по правам человека"); in another language a body named right after the list is its owner.
        var chainBorrowed = false
        var pendingBorrowed = false
        // Numbers read as another body's in this stretch: named again bare later, they are still that
        // body's ("welcoming the adoption of resolution 31/1 …, by the Commission …, and welcoming also
        // the Commission's report pursuant to resolution 31/1").
        var othersNumbers: [Form] = []
        func flush() {
            defer { pending = []; pendingRaws = [] }
            guard !pending.isEmpty || !pendingRaws.isEmpty else { return }
            func claimed() { if forms == nil { othersNumbers.append(contentsOf: pendingRaws.map(\.raw.form).filter(Self.isOthersNumbering)) } }
            if let forms, let scalarText {
                switch foreignBodyAfter(pendingEnd, end: range.upperBound, forms: forms, text: scalarText) {
                case .otherBody?: return
                case .named(let b)? where pendingQualifier == .none || pendingQualifier == .own && b != citingBody
                    || pendingBorrowed && pendingQualifier != .named(b):
                    for (raw, kind) in pendingRaws {
                        if let (target, k, body) = resolve(raw, kind: kind, qualifier: .named(b), governed: true) {
                            out.append(Found(target: target, kind: k, body: body, part: raw.part, span: raw.span, date: raw.date, title: raw.title))
                        }
                    }
                    return
                default: out.append(contentsOf: pending); return
                }
            }
            if claimedByOtherBody(after: pendingEnd, end: range.upperBound) { claimed(); return }
            if pendingQualifier == .none {
                switch bodyNamedAfter(pendingEnd, end: range.upperBound) {
                case .otherBody?: claimed(); return
                case .named(let b)?:
                    // "Notes resolution 51/32 of the Human Rights Council": the body named after the list is its owner.
                    for (raw, kind) in pendingRaws {
                        if let (target, k, body) = resolve(raw, kind: kind, qualifier: .named(b), governed: true) {
                            out.append(Found(target: target, kind: k, body: body, part: raw.part, span: raw.span, date: raw.date, title: raw.title))
                        }
                    }
                    return
                default: break
                }
            }
            out.append(contentsOf: pending)
        }
        for t in tokens {
            // The nearest keyword between the previous token and this one.
            var governing: Keyword? = nil
            while keyIndex < keys.count, keys[keyIndex].range.upperBound <= t.numberRange.lowerBound {
                if keys[keyIndex].range.lowerBound >= previousEnd { governing = keys[keyIndex] }
                keyIndex += 1
            }
            if case .explicit(let p) = t.form {
                flush()
                out.append(Found(target: p.symbol, kind: p.kind, body: p.body, part: p.part, span: t.span, date: t.date, title: t.title))
                previousEnd = t.span.upperBound
                if let k = governing, gapIsKeywordAdjacent(k.range.upperBound, t.numberRange.lowerBound), p.kind == k.kind {
                    chainActive = true; chainKind = k.kind; chainQualifier = .named(p.body ?? citingBody); chainBorrowed = false
                } else if !(chainActive && governing == nil) {
                    chainActive = false
                }
                continue
            }
            if let k = governing, gapIsKeywordAdjacent(k.range.upperBound, t.numberRange.lowerBound)
                || gapEndsInParticular(k.range.upperBound, t.numberRange.lowerBound) {
                flush()
                chainKind = k.kind
                chainBorrowed = false
                switch k.body {
                case .none where councilReport:
                    chainQualifier = .named(.hrc)
                case .none where otherBodysNote:
                    chainQualifier = .otherBody
                case .none where forms != nil && reportOwnerBefore(min(k.range.lowerBound, t.numberRange.lowerBound), start: range.lowerBound) != nil:
                    chainQualifier = reportOwnerBefore(min(k.range.lowerBound, t.numberRange.lowerBound), start: range.lowerBound) ?? .none
                case .none where otherDocumentBefore(k.range.lowerBound, start: range.lowerBound) || supplementBefore(k.range.lowerBound, start: range.lowerBound):
                    chainQualifier = .otherBody
                case .none where lastChainEnd >= 0 && k.range.lowerBound - lastChainEnd <= 24 && lastChainQualifier != .none:
                    // "Environment Assembly resolutions 5/7 and 5/8 … and resolution 6/9": the same body.
                    chainQualifier = lastChainQualifier
                case .none where lastChainQualifier == .otherBody && lastChainEnd >= 0 && k.range.lowerBound - lastChainEnd <= 400
                    && !namesUnitedNationsBodyOrEndsSentence(lastChainEnd..<k.range.lowerBound):
                    // "notes Environment Assembly resolution 2/21 on …, adopted during its second session, resolution 4/10
                    // on …, and resolution 6/7 on …": the sentence goes on with the same organization's resolutions.
                    chainQualifier = .otherBody
                case .none where lastNamedBody == nil && otherBodyNearby(before: k.range.lowerBound, start: range.lowerBound):
                    // "… decisions of the Conference of the States Parties to the Convention, including resolutions 7/8"
                    chainQualifier = .otherBody
                case .none:
                    if let inherited = lastNamedBody { chainQualifier = .named(inherited); chainBorrowed = true }
                    else if let near = nearby(before: k.range.lowerBound, start: range.lowerBound, window: 200) { chainQualifier = .named(near); chainBorrowed = true }
                    else { chainQualifier = .none }
                case .own where ownIsOtherOrganization(keyword: k.range.lowerBound, start: range.lowerBound):
                    // "the United Nations Environment Assembly, in paragraph 1 of its resolution 5/14"
                    chainQualifier = .otherBody
                case .own:
                    // "the decision taken by the Human Rights Council, in its resolution 54/15"
                    if let near = nearby(before: k.range.lowerBound, start: range.lowerBound, window: 60), near != citingBody { chainQualifier = .named(near) }
                    else { chainQualifier = .own }
                default: chainQualifier = k.body
                }
                chainActive = true
            } else if chainActive, governing == nil, gapContinuesList(previousEnd, t.numberRange.lowerBound) {
                // continues the list
            } else {
                flush()
                chainActive = false
                chainKind = nil
                chainQualifier = .none
                chainBorrowed = false
            }
            previousEnd = t.span.upperBound
            if case .named(let b) = chainQualifier { lastNamedBody = b }
            if chainActive { lastChainEnd = t.span.upperBound; lastChainQualifier = chainQualifier }
            if chainActive, chainQualifier == .otherBody {
                if forms == nil, Self.isOthersNumbering(t.form) { othersNumbers.append(t.form) }
                continue
            }
            if forms == nil, chainActive, chainQualifier == .none, othersNumbers.contains(t.form) { continue }
            guard let (target, kind, body) = resolve(t, kind: chainActive ? chainKind : nil, qualifier: chainQualifier, governed: chainActive) else {
                // In another language a body named after the list may still claim an item the list's
                // owner refuses ("sa résolution 77/215 …, et les résolutions 18/6 du 29 septembre 2011,
                // 33/3 du 29 septembre 2016 … du Conseil des droits de l’homme").
                // In English too the list goes on past a number its owner refuses: a body named after
                // the list names it after its last item ("resolutions 5/3 of 29 November 2013,14 6/2 … and
                // 7/1 of 10 November 201716 of the Conference of the States Parties to the Convention").
                if chainActive, chainQualifier != .otherBody {
                    pendingRaws.append((t, chainKind)); pendingQualifier = chainQualifier; pendingBorrowed = chainBorrowed; pendingEnd = t.span.upperBound
                }
                // A dated "31/1 of 20 May 2022" that fits no United Nations session is another body's numbering.
                if forms == nil, chainActive, chainQualifier == .none, t.date != nil, case .sessionNumber = t.form { othersNumbers.append(t.form) }
                continue
            }
            let found = Found(target: target, kind: kind, body: body, part: t.part, span: t.span, date: t.date, title: t.title)
            if chainActive && body != .sc {
                pending.append(found); pendingEnd = t.span.upperBound
                pendingRaws.append((t, chainKind)); pendingQualifier = chainQualifier; pendingBorrowed = chainBorrowed
            } else {
                flush()
                out.append(found)
            }
        }
        flush()
        return out
    }

    /// A numbering other bodies share with the United Nations ("31/1", "2023/10", "990 (LIV)"); a Security
    /// Council number ("1540 (2004)") is the Council's however another body's words name it.
    static func isOthersNumbering(_ form: Form) -> Bool {
        switch form {
        case .sessionNumber, .yearNumber, .roman: return true
        case .scYear, .explicit: return false
        }
    }

    /// "resolution 73/154", "resolutions  1325 (2000)", "resolution No. 5".
    func gapIsKeywordAdjacent(_ a: Int, _ b: Int) -> Bool {
        guard b >= a, b - a <= 8 else { return false }
        if forms == nil, !bytes[a..<b].contains(where: { $0 >= 0x80 }) {
            // ASCII: the trim's only ASCII members are 0x09–0x0D and the space; compared as bytes.
            let isSpace = { (c: UInt8) in c == 0x20 || (c >= 0x09 && c <= 0x0D) }
            var s = a, e = b
            while s < e, isSpace(bytes[s]) { s += 1 }
            while e > s, isSpace(bytes[e - 1]) { e -= 1 }
            let gap = bytes[s..<e]
            return gap.isEmpty || gap.elementsEqual("No.".utf8) || gap.elementsEqual("no.".utf8)
        }
        var gap = String(decoding: bytes[a..<b], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if forms != nil {
            let invisible: Set<Character> = ["\u{200E}", "\u{200F}", " ", "\u{A0}"]
            gap = String(gap.drop { invisible.contains($0) }.reversed().drop { invisible.contains($0) }.reversed())
            // An Arabic footnote marker in its parentheses after the body ("قرارات مجلس حقوق الإنسان(4) 44/20").
            if forms?.language == .arabic, gap.count >= 3, gap.count <= 5, gap.first == "(", gap.last == ")",
               gap.dropFirst().dropLast().allSatisfy({ $0.isASCII && $0.isNumber }) { return true }
            return gap.isEmpty || ["n°", "no", "núm.", "№", "n.º"].contains(gap.lowercased())
        }
        return gap.isEmpty || gap == "No." || gap == "no."
    }

    /// "Recalling its relevant resolutions related to culture and sustainable development, in particular
    /// 41/187 of 8 December 1986, …": a short clause after the keyword, then the list (English).
    func gapEndsInParticular(_ a: Int, _ b: Int) -> Bool {
        guard forms == nil, b >= a, b - a <= 160 else { return false }
        let gap = String(decoding: bytes[a..<b], as: UTF8.self)
        guard gap.hasSuffix(", in particular ") else { return false }
        return !gap.contains(where: { $0.isNumber || $0 == ";" || $0 == "\n" || $0 == "." || $0 == "(" })
    }

    /// The words between two references continue a list: they end with "," "and" "or" "as well as".
    func gapContinuesList(_ a: Int, _ b: Int) -> Bool {
        if let forms { return foreignGapContinuesList(a, b, forms: forms) }
        guard b >= a, b - a <= 400 else { return false }
        // A line end breaks the list (the glued digits dropped below are no line ends).
        if bytes[a..<b].contains(0x0A) { return false }
        var gap = String(decoding: bytes[a..<b], as: UTF8.self)
        // Footnote markers glued to the words ("of 26 September 2019,7 39/2") are not words.
        gap = Self.withoutGluedDigits(gap)
        let t = gap[...].trimmingWhitespace()
        // "52/214, sect. C, para. 3; 55/222": a short pinpoint between items of a list.
        if gap.utf8.contains(0x3B) {
            if gap.count > 40 || gap.contains(". ") && !gap.contains("sect.") && !gap.contains("para") { return false }
            if t.hasSuffix(";") { return true }
        }
        if t.isEmpty { return true }
        if t.hasSuffix(",") || t.hasSuffix(" and") || t == "and" || t.hasSuffix(" or") || t == "or" || t.hasSuffix("as well as")
            || t.hasSuffix(", and") || t.hasSuffix("and in") || t.hasSuffix("to") && t.count <= 3 || t == "-" || t == "–" {
            // A sentence ending inside the gap breaks the list; a pinpoint's abbreviation does not
            // ("52/214, sect. B, 57/283 B, sect. III, and 58/250"; "32/151, para. 10, and 37/111").
            if Self.withoutPinpoints(t).contains(". ") { return false }
            return true
        }
        return false
    }

    static let pinpointWords: Set<Substring> = ["sect.", "sects.", "para.", "paras.", "chap.", "chaps.", "art.", "arts.", "p.", "pp.", "annex,"]

    /// The gap without the abbreviations of pinpoints ("sect.", "para.", "p."), whose full stops end no sentence.
    static func withoutPinpoints(_ gap: String) -> String {
        gap.split(separator: " ", omittingEmptySubsequences: false).filter { !pinpointWords.contains($0) }.joined(separator: " ")
    }

    /// Drops digit runs glued to a word or to punctuation: footnote markers.
    static func withoutGluedDigits(_ s: String) -> String {
        var out = ""
        var previous: Character = " "
        var skipping = false
        for ch in s {
            if ch.isASCII, ch.isNumber {
                if skipping || previous != " " && !previous.isNumber { skipping = true; continue }
            } else { skipping = false }
            out.append(ch)
            previous = ch
        }
        return out
    }
}
