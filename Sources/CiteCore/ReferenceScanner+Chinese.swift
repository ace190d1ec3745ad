/// Chinese citations, where the keyword (号决议, 号决定) follows the numbers and the owner stands
/// before 第: the scanner's Chinese keywords and qualifier, beside the other languages' in
/// ReferenceScanner+Languages.swift.
extension ReferenceScanner {
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
                // "…第54/9号决议36 以及…第54/18、…": a marker glued to a word (决议) ends the chain before
                // it, as the word alone would; it is no number of this chain.
                if glued < m, glued > range.lowerBound, text.scalars[glued - 1] == "号" || !text.scalars[glued - 1].isASCII { m = glued }
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
}
