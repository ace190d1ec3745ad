/// Finds references to resolutions, decisions and documents in one stretch of text
/// (a paragraph or a footnote) and decides, from the words that govern them, what each one is.
struct ReferenceScanner {
    let bytes: [UInt8]
    let citingBody: Body
    /// Where footnote markers start: a number stops there ("54/2639" is 54/26 and note 39).
    var markerStarts: Set<Int> = []
    /// Footnote text of an Official Records supplement of the Human Rights Council ("Supplement No. 53").
    var councilReport = false
    /// The citation forms of a language other than English (nil: English, read by the rules below).
    var forms: CitationForms?
    /// The text as scalars, for the language tables' phrases (set with `forms`).
    var scalarText: ScalarText?

    init(bytes: [UInt8], citingBody: Body, language: Language = .english) {
        self.bytes = bytes
        self.citingBody = citingBody
        if let f = CitationForms.of(language) {
            forms = f
            scalarText = ScalarText(bytes: bytes)
        }
    }

    /// A number as cited, before its body is known.
    enum Form: Equatable {
        case explicit(SymbolParser.Parsed)
        /// `73/154`, `ES-11/1`, `S-27/2` (session prefix kept in `session`).
        case sessionNumber(session: String, sessionValue: Int, number: Int)
        /// `2019/20`: ECOSOC and Commission on Human Rights.
        case yearNumber(year: Int, number: Int)
        /// `1325 (2000)`.
        case scYear(number: Int, year: Int)
        /// `2200 (XXI)`, `2253 (ES-V)`.
        case roman(number: Int, session: String)
    }

    struct Raw {
        var form: Form
        var part: String?
        /// The number and its part letter.
        var numberRange: Range<Int>
        /// Number, part and "of <date>" when present: the cited words.
        var span: Range<Int>
        var date: String?
        var title: String?
    }

    struct Found {
        var target: String
        var kind: TargetKind
        var body: Body?
        var part: String?
        var span: Range<Int>
        var date: String?
        var title: String?
    }

    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    static func isLetter(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }

    // MARK: - Raw tokens

    func readInt(_ i: inout Int, end: Int, maxDigits: Int) -> Int? {
        let s = i
        var v = 0
        while i < end, Self.isDigit(bytes[i]), i - s < maxDigits, i == s || !markerStarts.contains(i) { v = v * 10 + Int(bytes[i] - 0x30); i += 1 }
        if i < end, Self.isDigit(bytes[i]), !markerStarts.contains(i) { return nil }
        return i > s ? v : nil
    }

    func rawTokens(in range: Range<Int>) -> [Raw] {
        var out: [Raw] = []
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let b = bytes[i]
            let boundary = i == range.lowerBound || !(Self.isLetter(bytes[i - 1]) || Self.isDigit(bytes[i - 1]) || bytes[i - 1] == 0x2F || bytes[i - 1] == 0x2E || bytes[i - 1] == 0x2D)
            if boundary, b >= 0x41, b <= 0x5A {
                // "ES-11/1", "S-27/2"
                if let t = sessionToken(at: i, end: end) { out.append(withDate(t, end: end)); i = t.numberRange.upperBound; continue }
                if let p = SymbolParser.parse(bytes, at: i, end: end) {
                    let r = i..<(i + p.length)
                    out.append(withDate(Raw(form: .explicit(p), part: p.part, numberRange: r, span: r), end: end))
                    i += p.length
                    continue
                }
                while i < end, Self.isLetter(bytes[i]) { i += 1 }
                continue
            }
            if forms?.language == .arabic, b == 0xD8, let t = arabicSessionToken(at: i, end: end) {
                out.append(withDate(t, end: end)); i = t.numberRange.upperBound; continue
            }
            if boundary, Self.isDigit(b) {
                if let t = numericToken(at: i, end: end) { out.append(withDate(t, end: end)); i = t.numberRange.upperBound; continue }
                while i < end, Self.isDigit(bytes[i]) || bytes[i] == 0x2F || bytes[i] == 0x2E { i += 1 }
                continue
            }
            i += 1
        }
        return out
    }

    func sessionToken(at start: Int, end: Int) -> Raw? {
        var i = start
        var prefix = ""
        if i + 3 < end, bytes[i] == 0x45, bytes[i + 1] == 0x53, bytes[i + 2] == 0x2D { prefix = "ES-"; i += 3 }
        else if i + 2 < end, bytes[i] == 0x53, bytes[i + 1] == 0x2D { prefix = "S-"; i += 2 }
        else { return nil }
        guard let session = readInt(&i, end: end, maxDigits: 2), i < end, bytes[i] == 0x2F else { return nil }
        i += 1
        guard let number = readInt(&i, end: end, maxDigits: 3) else { return nil }
        if i < end, bytes[i] == 0x2F { return nil }
        var raw = Raw(form: .sessionNumber(session: "\(prefix)\(session)", sessionValue: session, number: number), part: nil, numberRange: start..<i, span: start..<i)
        readPart(&raw, end: end)
        return raw
    }

    func numericToken(at start: Int, end: Int) -> Raw? {
        var i = start
        guard let first = readInt(&i, end: end, maxDigits: 4) else { return nil }
        let digits = i - start
        if i < end, bytes[i] == 0x2F {
            // 73/154 or 2019/20
            var j = i + 1
            guard let second = readInt(&j, end: end, maxDigits: 4) else { return nil }
            if j < end, bytes[j] == 0x2F || (bytes[j] == 0x2E && j + 1 < end && Self.isDigit(bytes[j + 1])) { return nil }
            if j < end, Self.isLetter(bytes[j]) { return nil }
            var raw: Raw
            if digits == 4, first >= 1946, first < 2100 {
                raw = Raw(form: .yearNumber(year: first, number: second), part: nil, numberRange: start..<j, span: start..<j)
            } else if digits <= 2, first >= 1 {
                raw = Raw(form: .sessionNumber(session: "\(first)", sessionValue: first, number: second), part: nil, numberRange: start..<j, span: start..<j)
            } else { return nil }
            readPart(&raw, end: end)
            return raw
        }
        // 1325 (2000), 1325(2000), 2200 A (XXI), 2253 (ES-V)
        var k = i
        var part: String?
        if k + 2 < end, bytes[k] == 0x20, bytes[k + 1] >= 0x41, bytes[k + 1] <= 0x48, bytes[k + 2] == 0x20 || bytes[k + 2] == 0x28 {
            part = String(UnicodeScalar(bytes[k + 1])); k += 2
        }
        if k < end, bytes[k] == 0x20 { k += 1 }
        guard k < end, bytes[k] == 0x28 else { return nil }
        guard let close = (k + 1..<min(end, k + 14)).first(where: { bytes[$0] == 0x29 }) else { return nil }
        var inner = String(decoding: bytes[(k + 1)..<close], as: UTF8.self).replacingOccurrences(of: "\u{2011}", with: "-")
        if let forms { inner = forms.romanSession(inner) }
        if part == nil, inner.count == 4, let year = Int(inner), year >= 1946, year < 2100 {
            return Raw(form: .scYear(number: first, year: year), part: nil, numberRange: start..<(close + 1), span: start..<(close + 1))
        }
        let roman = inner.hasPrefix("ES-") ? String(inner.dropFirst(3)) : inner.hasPrefix("S-") ? String(inner.dropFirst(2)) : inner
        if let v = Symbols.romanValue(roman), v <= 80 {
            return Raw(form: .roman(number: first, session: inner), part: part, numberRange: start..<(close + 1), span: start..<(close + 1))
        }
        return nil
    }

    /// A part letter after the number: "75/290 A", "74/92 A and B", "75/101 A-B".
    func readPart(_ raw: inout Raw, end: Int) {
        if let forms, let scalarText {
            if let (part, partEnd) = foreignPart(after: raw.numberRange.upperBound, end: end, forms: forms, text: scalarText) {
                raw.part = part
                raw.numberRange = raw.numberRange.lowerBound..<partEnd
                raw.span = raw.numberRange
            }
            return
        }
        let i = raw.numberRange.upperBound
        guard i + 1 < end, bytes[i] == 0x20, bytes[i + 1] >= 0x41, bytes[i + 1] <= 0x48 else { return }
        let after = i + 2
        if after < end, Self.isLetter(bytes[after]) || Self.isDigit(bytes[after]) || bytes[after] == 0x2F || bytes[after] == 0x2E && after + 1 < end && bytes[after + 1] != 0x20 && bytes[after + 1] != 0x0A {
            // "A-B" is a part range; anything else is a word.
            if !(bytes[after] == 0x2D && after + 1 < end && bytes[after + 1] >= 0x41 && bytes[after + 1] <= 0x48) { return }
        }
        var partEnd = after
        var part = String(UnicodeScalar(bytes[i + 1]))
        if partEnd + 1 < end, bytes[partEnd] == 0x2D, bytes[partEnd + 1] >= 0x41, bytes[partEnd + 1] <= 0x48 {
            part += "-" + String(UnicodeScalar(bytes[partEnd + 1])); partEnd += 2
        } else if partEnd + 6 < end, String(decoding: bytes[partEnd..<(partEnd + 5)], as: UTF8.self) == " and ",
                  bytes[partEnd + 5] >= 0x41, bytes[partEnd + 5] <= 0x48,
                  partEnd + 6 >= end || !(Self.isLetter(bytes[partEnd + 6]) || Self.isDigit(bytes[partEnd + 6])) {
            part += "-" + String(UnicodeScalar(bytes[partEnd + 5])); partEnd += 6
        }
        raw.part = part
        raw.numberRange = raw.numberRange.lowerBound..<partEnd
        raw.span = raw.numberRange
    }

    /// Extends the cited words over "of 17 December 2018" and reads an "entitled “…”" title.
    func withDate(_ raw: Raw, end: Int) -> Raw {
        if let forms, let scalarText { return foreignWithDate(raw, end: end, forms: forms, text: scalarText) }
        var r = raw
        var i = raw.numberRange.upperBound
        if i + 4 < end, bytes[i] == 0x20, bytes[i + 1] == 0x6F, bytes[i + 2] == 0x66, bytes[i + 3] == 0x20 {
            let from = i + 4
            var stop = min(end, from + 40)
            if let m = (from..<stop).first(where: { markerStarts.contains($0) }) { stop = m }
            let s = String(decoding: bytes[from..<stop], as: UTF8.self)
            if let d = Dates.parseDayMonthYear(Substring(s)) {
                r.date = d.iso
                i = from + d.length
                r.span = raw.numberRange.lowerBound..<i
            }
        }
        // ", entitled “Title”" or " entitled “Title”"
        var k = i
        if k < end, bytes[k] == 0x2C { k += 1 }
        if k < end, bytes[k] == 0x20 { k += 1 }
        let entitled = Array("entitled ".utf8)
        if k + entitled.count + 3 < end, Array(bytes[k..<(k + entitled.count)]) == entitled {
            var q = k + entitled.count
            let open: [[UInt8]] = [[0xE2, 0x80, 0x9C], [0x22]]
            if let o = open.first(where: { q + $0.count <= end && Array(bytes[q..<(q + $0.count)]) == $0 }) {
                q += o.count
                let closeSeq: [UInt8] = o.count == 3 ? [0xE2, 0x80, 0x9D] : [0x22]
                var c = q
                while c + closeSeq.count <= end, Array(bytes[c..<(c + closeSeq.count)]) != closeSeq, c - q < 600 { c += 1 }
                if c + closeSeq.count <= end, c > q {
                    var t = String(decoding: bytes[q..<c], as: UTF8.self)
                    while let last = t.last, last == "," || last == "." { t.removeLast() }
                    r.title = t
                }
            }
        }
        return r
    }

    // MARK: - Governing words

    struct Keyword {
        var range: Range<Int>
        var kind: TargetKind
        var body: BodyQualifier
    }

    enum BodyQualifier: Equatable {
        case own            // "its resolution"
        case named(Body)    // "General Assembly resolution", "Security Council resolutions"
        case otherBody      // "World Health Assembly resolution", "Commission on the Status of Women resolution"
        case none
    }

    func keywords(in range: Range<Int>) -> [Keyword] {
        if let forms, let scalarText { return foreignKeywords(in: range, forms: forms, text: scalarText) }
        var out: [Keyword] = []
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let b = bytes[i] | 0x20
            if b == 0x72 || b == 0x64, i == range.lowerBound || !Self.isLetter(bytes[i - 1]) {  // r, d
                var j = i
                while j < end, Self.isLetter(bytes[j]) { j += 1 }
                if let kind = Self.keywordKind(bytes[i..<j]) {
                    out.append(Keyword(range: i..<j, kind: kind, body: qualifier(before: i, start: range.lowerBound)))
                }
                i = j
                continue
            }
            i += 1
        }
        return out
    }

    static let resolutionWord = Array("resolution".utf8), decisionWord = Array("decision".utf8)

    /// "resolution(s)" or "decision(s)" in any case (the word is ASCII letters), without making a string.
    static func keywordKind(_ word: ArraySlice<UInt8>) -> TargetKind? {
        func matches(_ stem: [UInt8]) -> Bool {
            guard word.count == stem.count || word.count == stem.count + 1 && word.last.map({ $0 | 0x20 == 0x73 }) == true else { return false }
            return zip(word, stem).allSatisfy { $0 | 0x20 == $1 }
        }
        if matches(resolutionWord) { return .resolution }
        if matches(decisionWord) { return .decision }
        return nil
    }

    static let otherBodyWords: Set<String> = [
        "commission", "committee", "conference", "board", "organization", "organisation", "parties", "meeting", "forum",
        "union", "agency", "programme", "fund", "court", "tribunal", "sub-commission", "group", "authority", "summit",
        "cop", "unesco", "who", "wha", "unep", "ilo", "fao", "iaea", "iom", "unhcr", "unicef", "undp", "unfpa", "imo", "icao",
        "itu", "wmo", "ipu", "osce", "oas", "au", "ecowas", "sadc", "eu", "nato", "asean", "unga", "cnd", "ccpcj", "csw",
        "secretariat", "congress", "parliament", "bureau", "session", "system", "office", "body", "bodies", "organ", "organs",
        "convention", "protocol", "cabinet", "government", "ministers", "league", "states",
    ]

    static let functionWords: Set<String> = ["of", "the", "and", "on", "for", "to", "in", "against", "at", "its"]

    /// Reads the words before "resolution(s)"/"decision(s)" for the body that adopted it:
    /// "its", a United Nations body ("Human Rights Council"), or another body
    /// ("Commission on Crime Prevention and Criminal Justice", "World Health Assembly").
    func qualifier(before keywordStart: Int, start: Int) -> BodyQualifier {
        // Words back to the start of the clause.
        var words: [String] = []
        var j = keywordStart
        var wordEnd = j
        while j > start, words.count < 14 {
            let c = bytes[j - 1]
            if Self.isLetter(c) || c == 0x2D || c == 0x27 || c >= 0x80 { j -= 1; continue }
            if wordEnd > j { words.append(String(decoding: bytes[j..<wordEnd], as: UTF8.self)) }
            if c == 0x20 || c == 0x0A || c == 0x09 { j -= 1; wordEnd = j; continue }
            wordEnd = j
            break
        }
        if j == start, wordEnd > j, words.count < 14 { words.append(String(decoding: bytes[j..<wordEnd], as: UTF8.self)) }
        guard let nearest = words.first else {
            // "Indian Ocean Tuna Commission, resolutions 12/07": a body named just before a comma.
            if j > start, bytes[j - 1] == 0x2C {
                let inner = qualifier(before: j - 1, start: start)
                if inner == .otherBody { return .otherBody }
            }
            return .none
        }
        let nearestLower = nearest.lowercased()
        if nearestLower == "its" || nearestLower == "their" || nearestLower == "own" { return .own }
        // The capitalised name just before the keyword ("Economic and Social Council's").
        var run: [String] = []
        for w in words {
            var word = w
            for suffix in ["’s", "'s"] where word.hasSuffix(suffix) { word.removeLast(suffix.count) }
            let isCapital = word.first.map { $0.isUppercase } ?? false
            if isCapital || Self.functionWords.contains(word) && word != "its" { run.append(word) } else { break }
        }
        while let last = run.last, Self.functionWords.contains(last) { run.removeLast() }
        let name = run.reversed().map { $0.lowercased() }
        guard !name.isEmpty else { return .none }
        func endsWith(_ phrase: [String]) -> Bool { name.count >= phrase.count && Array(name.suffix(phrase.count)) == phrase }
        if endsWith(["human", "rights", "council"]) { return .named(.hrc) }
        if endsWith(["economic", "and", "social", "council"]) { return .named(.ecosoc) }
        if endsWith(["security", "council"]) { return .named(.sc) }
        if endsWith(["commission", "on", "human", "rights"]) && !name.contains("sub-commission") { return .named(.chr) }
        if endsWith(["general", "assembly"]) { return .named(.ga) }
        if name.contains(where: { Self.otherBodyWords.contains($0) }) { return .otherBody }
        if name.last == "assembly" {
            if name.count >= 2, ["health", "environment", "world", "parliamentary", "legislative", "national", "constituent"].contains(name[name.count - 2]) { return .otherBody }
            return .named(.ga)
        }
        if name.last == "council" {
            if name.count >= 2, ["governing", "trusteeship", "executive", "european", "arctic", "peace", "transitional", "presidential", "national", "regional"].contains(name[name.count - 2]) { return .otherBody }
            switch citingBody {
            case .sc, .hrc, .ecosoc: return .named(citingBody)
            default: return .none
            }
        }
        // An all-capital acronym of another organization ("WHA resolution", "UNESCO decision").
        if let w = run.first, w.count >= 2, w.count <= 8, w.allSatisfy({ $0.isUppercase || $0.isNumber }) { return .otherBody }
        return .none
    }

    /// Whether another body's name ("Conference of the States Parties", "Environment Assembly")
    /// stands closer before `position` than any United Nations body.
    func otherBodyNearby(before position: Int, start: Int) -> Bool {
        let from = max(start, position - 200)
        guard from < position else { return false }
        let text = String(decoding: bytes[from..<position], as: UTF8.self)
        let others = ["Conference of the States Parties", "Conference of the Parties", "Environment Assembly",
                      "Commission on Crime Prevention", "Commission on Narcotic Drugs", "Commission on the Status of Women",
                      "Commission on Population", "Statistical Commission", "World Health Assembly", "Governing Council"]
        let ours = ["Human Rights Council", "General Assembly", "Security Council", "Economic and Social Council", "Commission on Human Rights"]
        func last(_ names: [String]) -> String.Index? {
            names.compactMap { text.range(of: $0, options: .backwards)?.lowerBound }.max()
        }
        guard let o = last(others) else { return false }
        if let u = last(ours), u > o { return false }
        return true
    }

    /// The United Nations body named closest before `position` within the paragraph
    /// ("the resolutions adopted by the Human Rights Council …, including resolution 51/10").
    func nearbyBody(before position: Int, start: Int, window: Int) -> Body? {
        let from = max(start, position - window)
        guard from < position else { return nil }
        let text = String(decoding: bytes[from..<position], as: UTF8.self)
        let names: [(String, Body)] = [("Human Rights Council", .hrc), ("General Assembly", .ga), ("Security Council", .sc),
                                       ("Economic and Social Council", .ecosoc), ("Commission on Human Rights", .chr)]
        var best: (String.Index, Body)?
        for (n, b) in names {
            if let r = text.range(of: n, options: .backwards), best == nil || r.lowerBound > best!.0 { best = (r.lowerBound, b) }
        }
        return best?.1
    }

    // MARK: - Resolve

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
        func flush() {
            defer { pending = []; pendingRaws = [] }
            guard !pending.isEmpty else { return }
            if let forms, let scalarText {
                switch foreignBodyAfter(pendingEnd, end: range.upperBound, forms: forms, text: scalarText) {
                case .otherBody?: return
                case .named(let b)? where pendingQualifier == .none || pendingQualifier == .own && b != citingBody:
                    for (raw, kind) in pendingRaws {
                        if let (target, k, body) = resolve(raw, kind: kind, qualifier: .named(b), governed: true) {
                            out.append(Found(target: target, kind: k, body: body, part: raw.part, span: raw.span, date: raw.date, title: raw.title))
                        }
                    }
                    return
                default: out.append(contentsOf: pending); return
                }
            }
            if !claimedByOtherBody(after: pendingEnd, end: range.upperBound) { out.append(contentsOf: pending) }
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
                    chainActive = true; chainKind = k.kind; chainQualifier = .named(p.body ?? citingBody)
                } else if !(chainActive && governing == nil) {
                    chainActive = false
                }
                continue
            }
            if let k = governing, gapIsKeywordAdjacent(k.range.upperBound, t.numberRange.lowerBound) {
                flush()
                chainKind = k.kind
                switch k.body {
                case .none where councilReport:
                    chainQualifier = .named(.hrc)
                case .none where otherDocumentBefore(k.range.lowerBound, start: range.lowerBound) || supplementBefore(k.range.lowerBound, start: range.lowerBound):
                    chainQualifier = .otherBody
                case .none where lastChainEnd >= 0 && k.range.lowerBound - lastChainEnd <= 24 && lastChainQualifier != .none:
                    // "Environment Assembly resolutions 5/7 and 5/8 … and resolution 6/9": the same body.
                    chainQualifier = lastChainQualifier
                case .none where forms == nil && lastNamedBody == nil && otherBodyNearby(before: k.range.lowerBound, start: range.lowerBound):
                    // "… decisions of the Conference of the States Parties to the Convention, including resolutions 7/8"
                    chainQualifier = .otherBody
                case .none:
                    if let inherited = lastNamedBody { chainQualifier = .named(inherited) }
                    else if let near = nearby(before: k.range.lowerBound, start: range.lowerBound, window: 200) { chainQualifier = .named(near) }
                    else { chainQualifier = .none }
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
            }
            previousEnd = t.span.upperBound
            if case .named(let b) = chainQualifier { lastNamedBody = b }
            if chainActive { lastChainEnd = t.span.upperBound; lastChainQualifier = chainQualifier }
            if chainActive, chainQualifier == .otherBody { continue }
            guard let (target, kind, body) = resolve(t, kind: chainActive ? chainKind : nil, qualifier: chainQualifier, governed: chainActive) else { continue }
            let found = Found(target: target, kind: kind, body: body, part: t.part, span: t.span, date: t.date, title: t.title)
            if chainActive && body != .sc {
                pending.append(found); pendingEnd = t.span.upperBound
                pendingRaws.append((t, chainKind)); pendingQualifier = chainQualifier
            } else {
                flush()
                out.append(found)
            }
        }
        flush()
        return out
    }

    /// The United Nations body named closest before `position`, in the document's language.
    func nearby(before position: Int, start: Int, window: Int) -> Body? {
        if let forms, let scalarText {
            return foreignNearbyBody(before: position, start: start, window: window / 2, forms: forms, text: scalarText)
        }
        return nearbyBody(before: position, start: start, window: window)
    }

    /// "… 9/5 of 17 December 2021 of the Conference of the States Parties": another body's numbers.
    func claimedByOtherBody(after position: Int, end: Int) -> Bool {
        if let forms, let scalarText { return foreignBodyAfter(position, end: end, forms: forms, text: scalarText) == .otherBody }
        var i = position
        // Skip a title in quotes or a short clause: look only at the words right after.
        let window = String(decoding: bytes[i..<min(end, i + 120)], as: UTF8.self)
        i = 0
        var rest = Substring(window)
        rest = rest.drop(while: { $0 == "," || $0 == " " || $0.isNumber })
        guard rest.hasPrefix("of the ") || rest.hasPrefix("adopted by the ") else { return false }
        rest = rest.dropFirst(rest.hasPrefix("of the ") ? 7 : 15)
        var words: [String] = []
        for w in rest.split(separator: " ").prefix(10) {
            let word = w.trimmingCharacters(in: .punctuationCharacters)
            guard let f = word.first, f.isUppercase || Self.functionWords.contains(word) else { break }
            words.append(word.lowercased())
            if w.last.map({ $0 == "," || $0 == ";" || $0 == "." }) == true { break }
        }
        let unBodies: [[String]] = [["general", "assembly"], ["human", "rights", "council"], ["security", "council"],
                                    ["economic", "and", "social", "council"], ["commission", "on", "human", "rights"]]
        for b in unBodies where words.count >= b.count && Array(words.prefix(b.count)) == b { return false }
        if words.prefix(3) == ["united", "nations", "environment"] { return true }
        return words.contains(where: { Self.otherBodyWords.contains($0) }) || words.contains("assembly") && words.first != "general"
    }

    /// "See CAC/COSP/2021/17, sect. I.A, resolution 9/5": a resolution inside another body's document.
    func otherDocumentBefore(_ keyword: Int, start: Int) -> Bool {
        let from = max(start, keyword - 50)
        let text = String(decoding: bytes[from..<keyword], as: UTF8.self)
        guard let slash = text.range(of: "/", options: .backwards) else { return false }
        var rootStart = slash.lowerBound
        while rootStart > text.startIndex, text[text.index(before: rootStart)].isUppercase || text[text.index(before: rootStart)] == "/"
                || text[text.index(before: rootStart)].isNumber || text[text.index(before: rootStart)] == "." { rootStart = text.index(before: rootStart) }
        let symbol = text[rootStart...]
        let root = symbol.split(separator: "/").first.map(String.init) ?? ""
        guard !root.isEmpty, root.first?.isUppercase == true else { return false }
        return !["A", "S", "E"].contains(root)
    }

    /// "Official Records of the Economic and Social Council, 2015, Supplement No. 7 (…), resolution 59/1":
    /// a functional commission's resolution (Supplement No. 53 of the Assembly is the Human Rights Council's).
    func supplementBefore(_ keyword: Int, start: Int) -> Bool {
        let from = max(start, keyword - 160)
        let text = String(decoding: bytes[from..<keyword], as: UTF8.self)
        guard let r = text.range(of: "Supplement No. ", options: .backwards) else { return false }
        return !text[r.upperBound...].hasPrefix("53")
    }

    /// "resolution 73/154", "resolutions  1325 (2000)", "resolution No. 5".
    func gapIsKeywordAdjacent(_ a: Int, _ b: Int) -> Bool {
        guard b >= a, b - a <= 8 else { return false }
        var gap = String(decoding: bytes[a..<b], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if forms != nil {
            let invisible: Set<Character> = ["\u{200E}", "\u{200F}", " ", "\u{A0}"]
            gap = String(gap.drop { invisible.contains($0) }.reversed().drop { invisible.contains($0) }.reversed())
            return gap.isEmpty || ["n°", "no", "núm.", "№", "n.º"].contains(gap.lowercased())
        }
        return gap.isEmpty || gap == "No." || gap == "no."
    }

    /// The words between two references continue a list: they end with "," "and" "or" "as well as".
    func gapContinuesList(_ a: Int, _ b: Int) -> Bool {
        if let forms { return foreignGapContinuesList(a, b, forms: forms) }
        guard b >= a, b - a <= 400 else { return false }
        var gap = String(decoding: bytes[a..<b], as: UTF8.self)
        // Footnote markers glued to the words ("of 26 September 2019,7 39/2") are not words.
        gap = Self.withoutGluedDigits(gap)
        if gap.contains("\n") { return false }
        // "52/214, sect. C, para. 3; 55/222": a short pinpoint between items of a list.
        if gap.contains(";") && (gap.count > 40 || gap.contains(". ") && !gap.contains("sect.") && !gap.contains("para")) { return false }
        if gap.contains(";"), gap.trimmingCharacters(in: .whitespaces).hasSuffix(";") { return true }
        let t = gap.trimmingCharacters(in: .whitespaces)
        if t.isEmpty { return true }
        if t.hasSuffix(",") || t.hasSuffix(" and") || t == "and" || t.hasSuffix(" or") || t == "or" || t.hasSuffix("as well as")
            || t.hasSuffix(", and") || t.hasSuffix("and in") || t.hasSuffix("to") && t.count <= 3 || t == "-" || t == "–" {
            // A sentence ending inside the gap breaks the list.
            if t.contains(". ") { return false }
            return true
        }
        return false
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

    func resolve(_ t: Raw, kind: TargetKind?, qualifier: BodyQualifier, governed: Bool) -> (String, TargetKind, Body)? {
        let kind = kind ?? .resolution
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
            if let d = t.date, let y = Int(d.prefix(4)), y != year && y != year + 1 { return nil }
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
            // The date as cited must fit the session: the Assembly's session N sits in 1945+N…1946+N,
            // the Council's three sessions a year from 2006; anything else is another body's numbering.
            if let d = t.date, let year = Int(d.prefix(4)), !special {
                let gaFits = year >= 1945 + sessionValue && year <= 1947 + sessionValue
                let hrcFits = abs(year - (2006 + (sessionValue - 1) / 3)) <= 1
                if b == .ga && !gaFits { if hrcFits && body != .ga { b = .hrc } else { return nil } }
                else if b == .hrc && !hrcFits { if gaFits && body != .hrc { b = .ga } else { return nil } }
            }
            guard let id = Symbols.canonical(body: b, kind: kind, number: "\(session)/\(number)") else { return nil }
            return (id, kind, b)
        }
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
