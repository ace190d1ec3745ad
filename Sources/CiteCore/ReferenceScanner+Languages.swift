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

    // MARK: - Chinese: the keyword after the numbers

    /// "大会2018年12月17日第73/154号决议", "第1261(1999)号、第1314(2000)号和第1379(2001)号决议": each chain of
    /// numbers ending in 号决议 / 号决定 gets one keyword, placed just before its first number.
    func chineseKeywords(_ range: Range<Int>, forms: CitationForms, text: ScalarText) -> [Keyword] {
        var out: [Keyword] = []
        // Where the postfix (号决议) of the keyword before starts.
        var previousPostfixStart = -1
        var i = range.lowerBound
        while i < range.upperBound {
            guard let (kind, _) = forms.postfixes.lazy.compactMap({ p in text.match(p.phrase, at: i, limit: range.upperBound).map { (p.kind, $0) } }).first else { i += 1; continue }
            // Back over the chain: number, 号?, joiner, 第?, number, …
            var firstNumber: Int?
            var j = i
            while true {
                var numberEnd = j
                // "第36/87 A和B号": a range of parts joined by 和 before 号.
                if numberEnd - 3 > range.lowerBound, Self.isLatinCapital(text.scalars[numberEnd - 1]),
                   text.scalars[numberEnd - 2] == "和", Self.isLatinCapital(text.scalars[numberEnd - 3]) { numberEnd -= 3 }
                var s = numberEnd
                while s > range.lowerBound, isNumberScalar(text.scalars[s - 1]) { s -= 1 }
                while s < numberEnd, text.scalars[s] == " " { s += 1 }
                // "第S-10/2号决议", "第ES-11/1号决议": a special session's symbol.
                while s < numberEnd, !(text.scalars[s].properties.numericType != nil) {
                    guard s + 1 < numberEnd, Self.isLatinCapital(text.scalars[s]) || text.scalars[s] == "-" else { break }
                    s += 1
                }
                if s > numberEnd - 1 || text.scalars[s].properties.numericType == nil { break }
                while s > range.lowerBound, Self.isLatinCapital(text.scalars[s - 1]) || text.scalars[s - 1] == "-" { s -= 1 }
                firstNumber = s
                j = s
                while j > range.lowerBound, text.scalars[j - 1] == " " { j -= 1 }
                if j > range.lowerBound, text.scalars[j - 1] == "第" { j -= 1 }
                // "、2010年12月6日第65/33号": the date of the item stands between the joiner and 第.
                if j > range.lowerBound, text.scalars[j - 1] == "日" {
                    var d = j - 1
                    while d > range.lowerBound, (["年", "月"] as [Unicode.Scalar]).contains(text.scalars[d - 1])
                            || text.scalars[d - 1].isASCII && text.scalars[d - 1].properties.numericType != nil { d -= 1 }
                    j = d
                }
                // A joiner before this number continues the chain.
                var k = j
                while k > range.lowerBound, text.scalars[k - 1] == " " { k -= 1 }
                func joiner(endingAt e: Int) -> Int? {
                    forms.listWords.lazy.compactMap({ text.matchBackwards($0, endingAt: e, from: range.lowerBound) }).first
                }
                // "第16/18号、1 2012年3月23日第19/25号": a footnote marker after the joiner.
                let marker = markerStart(endingAt: k, from: range.lowerBound, text: text)
                if marker < k, joiner(endingAt: marker) != nil { k = marker }
                guard let joinerStart = joiner(endingAt: k) else { break }
                var m = joinerStart
                while m > range.lowerBound, text.scalars[m - 1] == " " { m -= 1 }
                // "第49/31号11 和2023年…": a footnote marker glued to 号 before the joiner.
                let glued = markerStart(endingAt: m, from: range.lowerBound, text: text)
                if glued < m, glued > range.lowerBound, text.scalars[glued - 1] == "号" { m = glued }
                if m > range.lowerBound, text.scalars[m - 1] == "号" { m -= 1 }
                while m > range.lowerBound, text.scalars[m - 1] == " " { m -= 1 }
                guard m > range.lowerBound, isNumberScalar(text.scalars[m - 1]) else { break }
                j = m
            }
            if let f = firstNumber {
                var keyStart = f
                while keyStart > range.lowerBound, text.scalars[keyStart - 1] == " " { keyStart -= 1 }
                if keyStart > range.lowerBound, text.scalars[keyStart - 1] == "第" { keyStart -= 1 }
                var (qualifier, ownerEnd) = chineseQualifier(before: keyStart, from: range.lowerBound, forms: forms, text: text)
                var inherited = false
                // "…委员会题为“…”的…第32/1号决议、12 题为“…”的…第27/2号决议": an item of a list of titled
                // resolutions has the owner of the item before it.
                if qualifier == .none, let previous = out.last {
                    var k = ownerEnd ?? keyStart
                    while k > range.lowerBound, text.scalars[k - 1] == " " { k -= 1 }
                    k = markerStart(endingAt: k, from: range.lowerBound, text: text)
                    while k > range.lowerBound, text.scalars[k - 1] == " " { k -= 1 }
                    if let joinerStart = forms.listWords.lazy.compactMap({ text.matchBackwards($0, endingAt: k, from: range.lowerBound) }).first {
                        var p = joinerStart
                        while p > range.lowerBound, text.scalars[p - 1] == " " { p -= 1 }
                        p = markerStart(endingAt: p, from: range.lowerBound, text: text)
                        if forms.postfixes.contains(where: { text.matchBackwards($0.phrase, endingAt: p, from: range.lowerBound) == previousPostfixStart }) {
                            qualifier = previous.body; inherited = true
                        }
                    }
                }
                // "其…关于设立人权理事会的第60/251号决议": the keyword starts at the owner, so that the body
                // named in the subject is not taken for the one that adopted it (no number stands between).
                if qualifier != .none, let e = ownerEnd, !text.scalars[e..<keyStart].contains(where: { $0 == "/" || $0 == "(" }) { keyStart = e }
                // "其" read over a subject or from the item before is the citing body itself: no body
                // named nearby (in the subject, in the item before) may take its place.
                if qualifier == .own, ownerEnd != nil || inherited { qualifier = .named(citingBody) }
                out.append(Keyword(range: text.offsets[keyStart]..<text.offsets[f], kind: kind, body: qualifier))
            }
            previousPostfixStart = i
            i += forms.postfixes[0].phrase.count
        }
        return out.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Where a footnote marker (one to three ASCII digits) ending at scalar `end` starts; `end` for none.
    func markerStart(endingAt end: Int, from start: Int, text: ScalarText) -> Int {
        var i = end
        while i > start, end - i < 4, text.scalars[i - 1].isASCII, text.scalars[i - 1].properties.numericType != nil { i -= 1 }
        return end - i >= 1 && end - i <= 3 ? i : end
    }

    static let about: [Unicode.Scalar] = ["关", "于"]
    static let entitled: [Unicode.Scalar] = ["题", "为"]
    static let adoptedBy: [Unicode.Scalar] = ["通", "过", "的"]
    static let adopted: [Unicode.Scalar] = ["通", "过"]
    static let session: [Unicode.Scalar] = ["届", "会", "议"]

    static func isLatinCapital(_ s: Unicode.Scalar) -> Bool { s.value >= 0x41 && s.value <= 0x5A }

    func isNumberScalar(_ s: Unicode.Scalar) -> Bool {
        s.isASCII && (s.properties.numericType != nil || s == "/" || s == "(" || s == ")" || s == " " || s == "-"
                      || (s.value >= 0x41 && s.value <= 0x5A))
    }

    /// "其…第", "大会…第", "安全理事会第": the owner named before 第, over a date ("2018年12月17日").
    /// The qualifier, and where the owner's name ends when a subject stands between it and the number.
    func chineseQualifier(before i: Int, from start: Int, forms: CitationForms, text: ScalarText) -> (BodyQualifier, Int?) {
        func beforeDate(_ end: Int) -> Int {
            var j = end
            while j > start, text.scalars[j - 1].isASCII && text.scalars[j - 1].properties.numericType != nil
                    || (["年", "月", "日", " "] as [Unicode.Scalar]).contains(text.scalars[j - 1]) { j -= 1 }
            return j
        }
        var j = beforeDate(i)
        var skipped = false
        // The subject between the owner and the number: "其2006年3月15日关于设立人权理事会的第60/251号决议",
        // "委员会题为“…”的2018年5月18日第27/2号决议"; the owner is named before it.
        if j > start, text.scalars[j - 1] == "的" {
            let k = j - 1
            if k > start, text.scalars[k - 1] == "”" {
                var q = k - 1
                while q > start, k - q < 300, text.scalars[q - 1] != "“" { q -= 1 }
                if q > start, text.scalars[q - 1] == "“" {
                    let open = q - 1
                    j = beforeDate(text.matchBackwards(Self.entitled, endingAt: open, from: start) ?? open)
                    skipped = true
                    // "缔约方会议第十届会议通过的题为“…”": adopted by the body named before, at one of its sessions.
                    if let a = text.matchBackwards(Self.adoptedBy, endingAt: j, from: start) {
                        j = a
                        if let s = text.matchBackwards(Self.session, endingAt: j, from: start),
                           let ordinal = stride(from: s - 1, through: max(start, s - 12), by: -1).first(where: { text.scalars[$0] == "第" }) {
                            j = ordinal
                        }
                    }
                }
            } else if let about = stride(from: k - 2, through: max(start, k - 80), by: -1).first(where: { text.match(Self.about, at: $0, limit: k) != nil }),
                      !text.scalars[about..<k].contains(where: { "，。；".unicodeScalars.contains($0) }) {
                j = beforeDate(about)
                skipped = true
            }
            // "…2021年12月17日通过关于…的第9/8号决议": adopted on a date.
            if skipped, let a = text.matchBackwards(Self.adopted, endingAt: j, from: start) { j = beforeDate(a) }
        }
        let ownerEnd = skipped ? j : nil
        for own in forms.own where text.matchBackwards(own, endingAt: j, from: start) != nil { return (.own, ownerEnd) }
        for (phrase, body) in forms.bodies where text.matchBackwards(phrase, endingAt: j, from: start) != nil {
            // "卫生大会" is the World Health Assembly, not the General Assembly.
            if forms.otherBodies.contains(where: { text.matchBackwards($0, endingAt: j, from: start) != nil && $0.count > phrase.count }) { return (.otherBody, ownerEnd) }
            return (.named(body), ownerEnd)
        }
        if forms.otherBodies.contains(where: { text.matchBackwards($0, endingAt: j, from: start) != nil }) { return (.otherBody, ownerEnd) }
        return (.none, ownerEnd)
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
        // ("المؤرخ 24 آذار/مارس 2011(1) و 19/25").
        var gap = Substring(Self.withoutGluedDigits(String(decoding: bytes[a..<b], as: UTF8.self)).replacingOccurrences(of: "()", with: ""))
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
        guard let w = forms.dateWords.lazy.compactMap({ text.match($0, at: i, limit: limit) }).first(where: { text.endsWord($0) }) else { return raw }
        i = w; spaces()
        guard let (iso, dateEnd) = forms.date(at: i, limit: limit, text: text) else { return raw }
        var r = raw
        r.date = iso
        r.span = raw.numberRange.lowerBound..<text.offsets[dateEnd]
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
