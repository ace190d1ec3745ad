/// The governing words of French, Spanish, Russian, Arabic and Chinese text, read from the
/// language's `CitationForms` table: the scanner's tokens (numbers) are the same in every
/// language; only the words around them differ.
extension ReferenceScanner {
    /// "sa résolution", "резолюции Совета Безопасности", "قرارها", "قرار مجلس الأمن", and in
    /// Chinese the words after the number ("第73/154号决议", "第1261(1999)、1314(2000)号决议"),
    /// each as a keyword standing just before the number it governs.
    func foreignKeywords(in range: Range<Int>, forms: CitationForms, text: ScalarText) -> [Keyword] {
        guard let first = text.indexOfOffset[range.lowerBound], let last = text.indexOfOffset[range.upperBound] else { return [] }
        if forms.language == .chinese { return chineseKeywords(first..<last, forms: forms, text: text) }
        var out: [Keyword] = []
        var i = first
        while i < last {
            guard text.startsWord(i), ScalarText.isWordScalar(text.scalars[i]) else { i += 1; continue }
            var wordEnd = i
            while wordEnd < last, ScalarText.isWordScalar(text.scalars[wordEnd]) { wordEnd += 1 }
            defer { i = wordEnd }
            guard let (kind, ownSuffix) = keywordKind(text, i..<wordEnd, forms: forms) else { continue }
            var qualifier: BodyQualifier = ownSuffix ? .own : foreignQualifier(before: i, from: first, forms: forms, text: text)
            var end = wordEnd
            // A body named between the keyword and its number: "резолюции Совета Безопасности 2722", "قرار مجلس الأمن 2722".
            var j = end
            while j < last, text.scalars[j] == " " || text.scalars[j] == "\u{A0}" { j += 1 }
            // "Resoluciones del Consejo Económico y Social 2006/46": an "of" before the body.
            if let e = forms.ofWords.lazy.compactMap({ text.match($0, at: j, limit: last) }).first(where: { text.endsWord($0) || text.scalars[$0 - 1] == "\u{2019}" }),
               bodyName(at: e + (e < last && text.scalars[e] == " " ? 1 : 0), limit: last, forms: forms, text: text) != nil {
                j = e
                while j < last, text.scalars[j] == " " { j += 1 }
            }
            if let (body, bodyEnd) = bodyName(at: j, limit: last, forms: forms, text: text) {
                qualifier = .named(body); end = bodyEnd
            } else if let e = forms.councilWords.lazy.compactMap({ text.match($0, at: j, limit: last) }).first(where: { text.endsWord($0) }) {
                // "قرار المجلس 51/31 المؤرخ 7 تشرين الأول/أكتوبر 2022": "the Council" unnamed is the council
                // named last before it; none named, the number's form and date say whose it is.
                qualifier = foreignNearbyCouncil(before: i, from: first, forms: forms, text: text).map { .named($0) } ?? .none
                end = e
            } else if startsOtherBody(at: j, limit: last, forms: forms, text: text) {
                // "قرار جمعية الصحة العالمية 75/8": the number is another organization's.
                var k = j
                while k < last, k - j < 60, !(text.scalars[k].isASCII && text.scalars[k].properties.numericType != nil) { k += 1 }
                if k < last, k - j < 60 { qualifier = .otherBody; end = k }
            }
            out.append(Keyword(range: text.offsets[i]..<text.offsets[end], kind: kind, body: qualifier))
        }
        return out
    }

    /// Whether the word `word` is a keyword ("résolutions", "резолюцию", "وبقراراتها") and whether
    /// its suffix says "its".
    func keywordKind(_ text: ScalarText, _ word: Range<Int>, forms: CitationForms) -> (TargetKind, Bool)? {
        let folded = text.scalars[word].filter { !CitationForms.isIgnorable($0) }.map(CitationForms.fold)
        func stemmed(_ stems: [[Unicode.Scalar]]) -> Bool? {
            if forms.prefixes.isEmpty {
                return stems.contains { folded.starts(with: $0) } ? false : nil
            }
            // Arabic: prefix + stem + ending, the ending possibly "its" (ها).
            for prefix in forms.prefixes + [[]] where folded.starts(with: prefix) {
                let rest = folded.dropFirst(prefix.count)
                for stem in stems where rest.starts(with: stem) {
                    var ending = Array(rest.dropFirst(stem.count))
                    var own = false
                    if let s = forms.ownSuffixes.first(where: { ending.count >= $0.count && Array(ending.suffix($0.count)) == $0 }) {
                        own = true; ending.removeLast(s.count)
                    }
                    if ending.isEmpty || forms.suffixes.contains(ending) { return own }
                }
            }
            return nil
        }
        if let own = stemmed(forms.resolutionStems) { return (.resolution, own) }
        if let own = stemmed(forms.decisionStems) { return (.decision, own) }
        return nil
    }

    /// The possessive right before a keyword ("sa", "свою"), else a United Nations body named
    /// close before it, else none.
    func foreignQualifier(before i: Int, from start: Int, forms: CitationForms, text: ScalarText) -> BodyQualifier {
        var j = i
        while j > start, text.scalars[j - 1] == " " || text.scalars[j - 1] == "\u{A0}" { j -= 1 }
        for own in forms.own {
            if let s = text.matchBackwards(own, endingAt: j, from: start), text.startsWord(s) { return .own }
        }
        return .none
    }

    /// A United Nations body's name starting at scalar `i`, and where it ends.
    func bodyName(at i: Int, limit: Int, forms: CitationForms, text: ScalarText) -> (Body, Int)? {
        for (phrase, body) in forms.bodies {
            if let e = text.match(phrase, at: i, limit: limit), forms.language == .chinese || text.endsWord(e) { return (body, e) }
        }
        return nil
    }

    func startsOtherBody(at i: Int, limit: Int, forms: CitationForms, text: ScalarText) -> Bool {
        forms.otherBodies.contains { text.match($0, at: i, limit: limit) != nil }
    }

    /// Whether another organization's full name (`CitationForms.otherNames`: "l’Assemblée des Nations
    /// Unies pour l’environnement", "联合国环境大会", "جمعية الأمم المتحدة للبيئة") stands closer before byte `position` than any United
    /// Nations body's, within `window` scalars: "…通过的…决议，包括关于海洋的第2/10号决议" is that
    /// organization's resolution, as `otherBodyNearby` reads it in English.
    func foreignOtherBodyNearby(before position: Int, start: Int, window: Int = 200) -> Bool {
        guard let forms, let text = scalarText, let p = text.indexOfOffset[position], let s = text.indexOfOffset[start] else { return false }
        var i = p
        while i > max(s, p - window) {
            i -= 1
            // A word start, or the word after an elided article ("l’Assemblée").
            guard forms.language == .chinese || text.startsWord(i) || i > s && (text.scalars[i - 1] == "\u{2019}" || text.scalars[i - 1] == "'") else { continue }
            if let (_, e) = bodyName(at: i, limit: p, forms: forms, text: text) {
                // "卫生大会" ends with the General Assembly's "大会": the longer name is the one written.
                return forms.otherBodies.contains { $0.count > e - i && text.matchBackwards($0, endingAt: e, from: s) != nil }
            }
            // Only a full name, not a word of one ("Programme", "Groupe de travail", "Assemblée mondiale"):
            // "пункта 20 ее резолюции 71/139" after "Программы помощи" is the Assembly's.
            if forms.otherNames.contains(where: { text.match($0, at: i, limit: p) != nil }) { return true }
        }
        return false
    }

    /// Whether the bytes between two references end a sentence or clause (";", "。", "؛", ". ", a line)
    /// or name a United Nations body: the second then is no longer the first one's organization's.
    func foreignGapNamesBodyOrEndsSentence(_ gap: Range<Int>) -> Bool {
        guard let forms, let text = scalarText else { return true }
        if bytes[gap].contains(0x3B) || bytes[gap].contains(0x0A) { return true }
        let words = String(decoding: bytes[gap], as: UTF8.self)
        if words.containsASCII(". ") || words.contains("。") || words.contains("；") || words.contains("؛") { return true }
        return foreignNearbyBody(before: gap.upperBound, start: gap.lowerBound, window: gap.count, forms: forms, text: text) != nil
    }

    /// The United Nations body named closest before byte `position`, within `window` scalars.
    func foreignNearbyBody(before position: Int, start: Int, window: Int, forms: CitationForms, text: ScalarText) -> Body? {
        guard let p = text.indexOfOffset[position], let s = text.indexOfOffset[start] else { return nil }
        var i = p
        while i > max(s, p - window) {
            i -= 1
            guard forms.language == .chinese || text.startsWord(i) else { continue }
            if let (body, _) = bodyName(at: i, limit: p, forms: forms, text: text) { return body }
        }
        return nil
    }

    /// The Human Rights Council, the Economic and Social Council or the Security Council named closest
    /// before scalar `i`, within 600 scalars of the stretch being read.
    func foreignNearbyCouncil(before i: Int, from start: Int, forms: CitationForms, text: ScalarText) -> Body? {
        var k = i
        while k > max(start, i - 600) {
            k -= 1
            guard text.startsWord(k), let (body, _) = bodyName(at: k, limit: i, forms: forms, text: text) else { continue }
            if body == .hrc || body == .ecosoc || body == .sc { return body }
        }
        return nil
    }

    // MARK: - Lists, dates, bodies after the number

    /// "دإط-10/17" (emergency special session ES-10) and "دإ-27/2" (special session S-27).
    func arabicSessionToken(at start: Int, end: Int) -> Raw? {
        let emergency: [UInt8] = Array("دإط-".utf8), special: [UInt8] = Array("دإ-".utf8)
        var i = start
        let prefix: String
        if i + emergency.count < end, Array(bytes[i..<(i + emergency.count)]) == emergency { prefix = "ES-"; i += emergency.count }
        else if i + special.count < end, Array(bytes[i..<(i + special.count)]) == special { prefix = "S-"; i += special.count }
        else { return nil }
        guard let session = readInt(&i, end: end, maxDigits: 2), i < end, bytes[i] == 0x2F else { return nil }
        i += 1
        guard let number = readInt(&i, end: end, maxDigits: 3) else { return nil }
        var raw = Raw(form: .sessionNumber(session: "\(prefix)\(session)", sessionValue: session, number: number), part: nil,
                      numberRange: start..<i, span: start..<i)
        readPart(&raw, end: end)
        return raw
    }

    /// The part letter after a number in another language: "45/58 P", "36/87 A et B", "75/101 A-B",
    /// the Arabic letter names "74/92 ألف وباء"; the letters and where they end.
    func foreignPart(after position: Int, end: Int, forms: CitationForms, text: ScalarText) -> (String, Int)? {
        guard let p = text.indexOfOffset[position], let limit = text.indexOfOffset[end] else { return nil }
        func letter(at i: Int) -> (String, Int)? {
            guard i < limit else { return nil }
            let s = text.scalars[i]
            if s.value >= 0x41, s.value <= 0x5A, i + 1 >= limit || !ScalarText.isWordScalar(text.scalars[i + 1]) && text.scalars[i + 1].properties.numericType == nil {
                return (String(s), i + 1)
            }
            for (name, value) in forms.partLetters {
                if let e = text.match(name, at: i, limit: limit), text.endsWord(e) { return (value, e) }
            }
            return nil
        }
        var i = p
        guard i < limit, text.scalars[i] == " " || text.scalars[i] == "\u{A0}" else { return nil }
        while i < limit, text.scalars[i] == " " || text.scalars[i] == "\u{A0}" { i += 1 }
        guard let (first, firstEnd) = letter(at: i) else { return nil }
        var part = first, partEnd = firstEnd
        // "A-B", " et B", " y B", " и B", " وباء" (the Arabic "و" glued to the letter's name)
        var j = firstEnd
        if j < limit, text.scalars[j] == "-", let (second, e) = letter(at: j + 1) {
            part += "-" + second; partEnd = e
        } else {
            while j < limit, text.scalars[j] == " " { j += 1 }
            if let w = forms.listWords.lazy.compactMap({ text.match($0, at: j, limit: limit) }).first {
                var k = w
                while k < limit, text.scalars[k] == " " { k += 1 }
                if let (second, e) = letter(at: k) { part += "-" + second; partEnd = e }
            }
        }
        return (part, text.offsets[partEnd])
    }

    /// The words between two numbers continue a list: commas ("," "،" "、"), the table's list words,
    /// and in Chinese 号 and 第 around them.
    func foreignGapContinuesList(_ a: Int, _ b: Int, forms: CitationForms) -> Bool {
        guard b >= a, b - a <= 400 else { return false }
        // Footnote markers: glued digits, and the parentheses the Arabic text puts around them
        // ("المؤرخ 24 آذار/مارس 2011(1) و 19/25"), and a known marker right after the number
        // ("第54/18、37 54/22、38 54/2639 和54/33号决议": note 39 after 54/26).
        var from = a
        if markerStarts.contains(from) { while from < b, Self.isDigit(bytes[from]) { from += 1 } }
        var gap = Substring(Self.withoutGluedDigits(String(decoding: bytes[from..<b], as: UTF8.self)).replacingOccurrences(of: "()", with: ""))
        // A sentence or a line ends the list; ";" may stand between the items ("par. 3 ; 55/222").
        if gap.contains("\n") || gap.contains(". ") && !forms.pinpoints.contains(where: { gap.lowercased().contains(String(String.UnicodeScalarView($0))) }) { return false }
        func trim() { gap = gap.drop { $0 == " " || $0 == "\u{A0}" || $0 == "\u{200F}" || $0 == "\u{200E}" } ; while let l = gap.last, l == " " || l == "\u{A0}" || l == "\u{200F}" || l == "\u{200E}" { gap.removeLast() } }
        trim()
        // As in English, words about the item before may stand before the list word that brings the
        // next one ("قراريها 75/125 المؤرخ … بشأن سلامة … وحماية موظفي الأمم المتحدة و 75/127").
        if forms.language != .chinese, let lastWord = CitationForms.fold(String(gap)).split(separator: " ").last,
           forms.listWords.contains(Array(lastWord)) {
            return true
        }
        if b - a > 200 { return false }
        if forms.language == .chinese {
            if gap.hasPrefix("号") { gap = gap.dropFirst(); trim() }
            if gap.hasSuffix("第") { gap = gap.dropLast(); trim() }
            // "号、2010年12月6日第": the next item's date.
            // (its digits may already be gone as "glued" to the joiner).
            if gap.hasSuffix("日") {
                while let l = gap.last, l.isASCII && l.isNumber || "年月日".contains(l) { gap.removeLast() }
                trim()
            }
        }
        if gap.isEmpty { return true }
        // Pinpoints between the items ("52/214, sect. C, par. 3 ; 55/222", "، الجزء الثالث، الفقرة 12؛ و"):
        // every piece between separators is empty, a list word, a pinpoint, or numbers and letters.
        let separators: Set<Unicode.Scalar> = [",", ";", "،", "؛", "、", "，", "；"]
        let pieces = CitationForms.fold(String(gap)).split(omittingEmptySubsequences: false) { separators.contains($0) }
        // As in English, words about the item before may stand between two items when the gap
        // ends in a separator or a list word ("75/278 du 18 mai 2021 sur la région …, 77/158").
        if pieces.count > 1, let last = pieces.last {
            let tail = Array(last.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
            if tail.isEmpty || forms.listWords.contains(tail) { return true }
        }
        var sawSeparator = pieces.count > 1
        for piece in pieces {
            var words = piece.split(separator: " ").map(Array.init)
            // Leading list words ("et", "ainsi que", "و").
            var stripped = true
            while stripped, !words.isEmpty {
                stripped = false
                for w in forms.listWords {
                    let n = w.split(separator: " ").count
                    if words.count >= n, Array(words.prefix(n).joined(separator: [" "])) == w { words.removeFirst(n); stripped = true; sawSeparator = true; break }
                }
            }
            if words.isEmpty { continue }
            if forms.pinpoints.contains(words[0]) { continue }
            let removable = words.allSatisfy { w in
                w.allSatisfy { $0.isASCII && ($0.properties.numericType != nil || $0 == "-" || $0 == ".") }
                    || w.count <= 5 && Symbols.romanValue(String(String.UnicodeScalarView(w)).uppercased()) != nil
                    || w.count == 1 && w[0].value >= 0x61 && w[0].value <= 0x7A
                    || forms.partLetters.contains { $0.name == w }
            }
            if !removable { return false }
        }
        return sawSeparator
    }

    /// Extends a number's cited words over a date in the language's form ("du 17 décembre 2018",
    /// ", de 17 de diciembre de 2018", "от 17 декабря 2018 года", "المؤرخ 17 كانون الأول/ديسمبر 2018").
    func foreignWithDate(_ raw: Raw, end: Int, forms: CitationForms, text: ScalarText) -> Raw {
        guard forms.language != .chinese, let start = text.indexOfOffset[raw.numberRange.upperBound] else { return raw }
        let limit = text.indexOfOffset[end] ?? text.scalars.count
        var i = start
        func spaces() { while i < limit, text.scalars[i] == " " || text.scalars[i] == "\u{A0}" || text.scalars[i] == "\u{200F}" || text.scalars[i] == "\u{200E}" { i += 1 } }
        spaces()
        if i < limit, text.scalars[i] == "," || text.scalars[i] == "،" { i += 1; spaces() }
        func dateWord() -> Int? { forms.dateWords.lazy.compactMap({ text.match($0, at: i, limit: limit) }).first(where: { text.endsWord($0) }) }
        // Russian names the body between the number and the date ("резолюцию 51/31 Совета от 7 октября
        // 2022 года", "резолюцию 50/6 Совета по правам человека от 7 июля 2022 года"): the date still
        // says which session the number is of; the cited words stay the number's, so the body after
        // it is still read there.
        var bodyBetween = false
        if dateWord() == nil, forms.language == .russian {
            let save = i
            if let (_, e) = bodyName(at: i, limit: limit, forms: forms, text: text) {
                i = e
            } else if i < limit, text.scalars[i].properties.isUppercase {
                while i < limit, text.scalars[i].properties.isAlphabetic { i += 1 }
            }
            spaces()
            bodyBetween = i > save && dateWord() != nil
            if !bodyBetween { i = save }
        }
        guard let w = dateWord() else { return raw }
        i = w; spaces()
        guard let (iso, dateEnd) = forms.date(at: i, limit: limit, text: text) else { return raw }
        var r = raw
        r.date = iso
        if !bodyBetween { r.span = raw.numberRange.lowerBound..<text.offsets[dateEnd] }
        return r
    }

    /// A body named right after a list of numbers: "… 53/1 du Conseil des droits de l’homme" gives
    /// `.named(.hrc)`, "… 75/8 de l’Assemblée mondiale de la Santé" gives `.otherBody`.
    func foreignBodyAfter(_ position: Int, end: Int, forms: CitationForms, text: ScalarText) -> BodyQualifier? {
        guard forms.language != .chinese, let p = text.indexOfOffset[position] else { return nil }
        let limit = text.indexOfOffset[end] ?? text.scalars.count
        var i = p
        // A footnote marker glued to the last item's year ("du 11 octobre 20239 du Conseil …").
        while i < limit, i - p < 3, text.scalars[i].isASCII, text.scalars[i].properties.numericType != nil { i += 1 }
        while i < limit, text.scalars[i] == " " || text.scalars[i] == "\u{A0}" || text.scalars[i] == "\u{200F}" || text.scalars[i] == "\u{200E}" { i += 1 }
        if !forms.otherAfterRegexes.isEmpty {
            // Without the Arabic short vowels and shadda (U+064B–U+0652: "اتُخذ" is "اتخذ").
            var after = String.UnicodeScalarView()
            after.append(contentsOf: text.scalars[i..<min(limit, i + 100)].lazy.filter { !(0x64B...0x652).contains($0.value) })
            let words = String(after)
            if forms.otherAfterRegexes.contains(where: { words.prefixMatch(of: $0.regex) != nil }) { return .otherBody }
        }
        if let e = forms.ofWords.lazy.compactMap({ text.match($0, at: i, limit: limit) }).first(where: { text.endsWord($0) || text.scalars[$0 - 1] == "\u{2019}" }) {
            i = e
            while i < limit, text.scalars[i] == " " { i += 1 }
        } else if forms.language != .russian {
            return nil
        }
        if let (body, _) = bodyName(at: i, limit: limit, forms: forms, text: text) { return .named(body) }
        if startsOtherBody(at: i, limit: limit, forms: forms, text: text) { return .otherBody }
        return nil
    }
}
