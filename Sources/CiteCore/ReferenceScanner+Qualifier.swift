import Foundation

/// The qualifier: which body or organization the numbers after "resolution(s)"/"decision(s)" belong to,
/// read from the words that name it (before the keyword, nearby in the paragraph, or just after a list)
/// against the one vocabulary of `Organizations` (`Resources/organizations.tsv`).
extension ReferenceScanner {
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
            guard b == 0x72 || b == 0x64 else {
                // Bytes that begin no keyword are passed in one run through the buffer.
                i = bytes.withUnsafeBufferPointer { p in
                    var k = i + 1
                    while k < end, p[k] | 0x20 != 0x72, p[k] | 0x20 != 0x64 { k += 1 }
                    return k
                }
                continue
            }
            if i == range.lowerBound || !Self.isLetter(bytes[i - 1]) {  // r, d
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

    /// The vocabulary of bodies and organizations (`Resources/organizations.tsv`).
    static let organizations = Organizations.bundled

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
        // "… the International Tribunal for the Former Yugoslavia and resolution 1966 (2010)": "and" just
        // before the keyword opens a new item; the name before it is not the keyword's.
        if run.first == "and" { return .none }
        let name = run.reversed().map { $0.lowercased() }
        guard !name.isEmpty else { return .none }
        let vocabulary = Self.organizations
        if let b = vocabulary.unitedNationsName(in: name, at: .end)?.body, b != .chr || !name.contains("sub-commission") { return .named(b) }
        // A United Nations body's acronym just before the keyword ("in line with SC resolutions 1612 (2005)").
        if let w = run.first, let b = vocabulary.acronyms[w] { return .named(b) }
        if name.contains(where: { vocabulary.otherWords.contains($0) }) { return .otherBody }
        if name.last == "assembly" {
            if name.count >= 2, vocabulary.otherAssemblies.contains(name[name.count - 2]) { return .otherBody }
            return .named(.ga)
        }
        if name.last == "council" {
            if name.count >= 2, vocabulary.otherCouncils.contains(name[name.count - 2]) { return .otherBody }
            switch citingBody {
            case .sc, .hrc, .ecosoc: return .named(citingBody)
            default:
                // "the Human Rights Council …, including Assembly resolution 74/166 … and Council resolution
                // 43/25": the Council last named in the paragraph.
                guard let named = Self.councilsSearch.last(in: bytes, start..<j) else { return .none }
                return .named(Self.councils[named.name])
            }
        }
        // An all-capital acronym of another organization ("WHA resolution", "UNESCO decision").
        if let w = run.first, w.count >= 2, w.count <= 8, w.allSatisfy({ $0.isUppercase || $0.isNumber }) { return .otherBody }
        return .none
    }

    /// Whether another body's name ("Conference of the States Parties", "Environment Assembly")
    /// stands closer before `position` than any United Nations body. In another language, its
    /// table's full names within `window` scalars (`foreignOtherBodyNearby`).
    func otherBodyNearby(before position: Int, start: Int, window: Int = 200, agencies: Bool = false) -> Bool {
        if forms != nil { return foreignOtherBodyNearby(before: position, start: start, window: window) }
        let from = max(start, position - window)
        guard from < position else { return false }
        let others = agencies ? Self.othersAndAgenciesSearch : Self.othersSearch
        guard let o = others.last(in: bytes, from..<position) else { return false }
        if let u = Self.unitedNationsSearch.last(in: bytes, from..<position), u.start > o.start { return false }
        return true
    }

    static let councils: [Body] = [.sc, .hrc, .ecosoc]
    static let councilsSearch = NameSearch(["Security Council", "Human Rights Council", "Economic and Social Council"])

    /// Byte searches for the names of `organizations`.
    static let unitedNationsSearch = NameSearch(organizations.unitedNations.map(\.name))
    static let othersSearch = NameSearch(organizations.others)
    static let othersAndAgenciesSearch = NameSearch(organizations.others + organizations.agencies)

    /// Whether "its" before the keyword is another organization's: a preposition governs it and that
    /// organization is named just before ("the United Nations Environment Assembly, in paragraph 1 of
    /// its resolution 5/14", "the Economic and Social Commission for Asia and the Pacific in its
    /// resolution 73/8"), where a verb ("Recalls its resolution") makes it the citing body's. In another
    /// language, the organization's full name within 120 scalars before it ("…جمعية الأمم المتحدة للبيئة
    /// في الفقرة 1 من قرارها 5/14").
    func ownIsOtherOrganization(keyword: Int, start: Int) -> Bool {
        if forms != nil { return foreignOtherBodyNearby(before: keyword, start: start, window: 120) }
        func wordBefore(_ i: Int) -> Range<Int>? {
            var e = i
            while e > start, bytes[e - 1] == 0x20 || bytes[e - 1] == 0x0A { e -= 1 }
            var s = e
            while s > start, Self.isLetter(bytes[s - 1]) { s -= 1 }
            return s < e ? s..<e : nil
        }
        guard let own = wordBefore(keyword), let governing = wordBefore(own.lowerBound) else { return false }
        let word = String(decoding: bytes[governing], as: UTF8.self).lowercased()
        // Not "in accordance with its resolution", "under its resolution": the citing body's phrases.
        guard word == "in" || word == "of" else { return false }
        return otherBodyNearby(before: own.lowerBound, start: start, window: 120, agencies: true)
    }

    /// Whether `range` is the opening line of a text adopted by another organization ("The Economic and
    /// Social Commission for Western Asia,"), as an annex quotes it; nil when it opens no text.
    func opensOtherOrganizationText(_ range: Range<Int>) -> Bool? {
        guard range.count < 160 else { return nil }
        // The line must begin with "The" once trimmed: an ASCII byte other than "T" after the ASCII
        // white space refuses it without a string (the trim's only ASCII members are 0x09–0x0D and
        // the space).
        if let first = bytes[range].first(where: { $0 != 0x20 && ($0 < 0x09 || $0 > 0x0D) }), first < 0x80, first != 0x54 { return nil }
        let line = String(decoding: bytes[range], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard line.hasPrefix("The "), line.hasSuffix(","), !line.dropLast().contains(",") else { return nil }
        let name = line.dropFirst(4).dropLast()
        if Self.organizations.unitedNations.contains(where: { name == $0.name }) { return false }
        return (Self.organizations.others + Self.organizations.agencies).contains { name.contains($0) } ? true : nil
    }

    /// Whether the words of `gap` name a United Nations body or end a sentence (in another language,
    /// `foreignGapNamesBodyOrEndsSentence`).
    func namesUnitedNationsBodyOrEndsSentence(_ gap: Range<Int>) -> Bool {
        if forms != nil { return foreignGapNamesBodyOrEndsSentence(gap) }
        if bytes[gap].contains(0x3B) || bytes[gap].contains(0x0A) { return true }
        // Dropping the pinpoints' words makes no ". " that the text did not hold.
        let text = String(decoding: bytes[gap], as: UTF8.self)
        if text.containsASCII(". "), Self.withoutPinpoints(text).containsASCII(". ") { return true }
        return Self.unitedNationsSearch.containsAny(in: bytes, gap)
    }

    /// The United Nations body named closest before `position` within the paragraph
    /// ("the resolutions adopted by the Human Rights Council …, including resolution 51/10").
    func nearbyBody(before position: Int, start: Int, window: Int) -> Body? {
        let from = max(start, position - window)
        guard from < position else { return nil }
        return Self.unitedNationsSearch.last(in: bytes, from..<position).map { Self.organizations.unitedNations[$0.name].body }
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
        // "adopted by the General Assembly of the World Tourism Organization": another organization's assembly.
        if let name = Self.organizations.unitedNationsName(in: words, at: .start),
           words.count <= name.words.count || words[name.words.count] != "of" {
            return false
        }
        if words.prefix(3) == ["united", "nations", "environment"] { return true }
        // "the adoption, by its resolution 58/4 of 31 October 2003, of the United Nations Convention against
        // Corruption": the instrument it adopted, not a body.
        let head = words.prefix(2) == ["united", "nations"] ? words.dropFirst(2).first : words.first
        if let head, Self.instrumentHeads.contains(head) { return false }
        return words.contains(where: { Self.organizations.otherWords.contains($0) }) || words.contains("assembly") && words.first != "general"
    }

    static let monthNames: Set<Substring> = ["January", "February", "March", "April", "May", "June", "July", "August",
                                             "September", "October", "November", "December"]

    /// The body named after a list whose owner was not named before it (English): "resolution 51/32 of
    /// the Human Rights Council", "the resolution 58/13 by the Human Rights Council" (right after the
    /// numbers); or, after a title in lower case, another organization that adopted it ("resolution 4/6
    /// on marine plastic litter and microplastics, adopted by the United Nations Environment Assembly",
    /// "resolution 10/12 on providing incentives … to prevent and combat corruption by the Conference of
    /// the States Parties"). Nil when no body is named there.
    func bodyNamedAfter(_ position: Int, end: Int) -> BodyQualifier? {
        guard forms == nil, position < end else { return nil }
        let text = String(decoding: bytes[position..<min(end, position + 400)], as: UTF8.self)
        var rest = Substring(text).drop(while: { $0 == "," || $0 == " " || $0.isNumber })
        func name(after prefix: String) -> [String]? {
            guard rest.hasPrefix(prefix) else { return nil }
            var words: [String] = []
            for w in rest.dropFirst(prefix.count).split(separator: " ").prefix(10) {
                let word = w.trimmingCharacters(in: .punctuationCharacters)
                guard let f = word.first, f.isUppercase || Self.functionWords.contains(word) else { break }
                words.append(word.lowercased())
                if w.last.map({ $0 == "," || $0 == ";" || $0 == "." }) == true { break }
            }
            return words
        }
        let isOther = { (words: [String]) -> Bool in
            words.prefix(3) == ["united", "nations", "environment"]
                || words.contains(where: { Self.organizations.otherWords.contains($0) })
        }
        for prefix in ["of the ", "by the "] {
            guard let words = name(after: prefix) else { continue }
            if let n = Self.organizations.unitedNationsName(in: words, at: .start) {
                // "of the General Assembly of the World Tourism Organization": another organization's.
                if words.count > n.words.count, words[n.words.count] == "of" { return nil }
                return .named(n.body)
            }
            return nil
        }
        // A title in lower case, then the organization that adopted it.
        guard rest.hasPrefix("on ") else { return nil }
        var words = rest.split(separator: " ", omittingEmptySubsequences: true).prefix(60)[...]
        while let w = words.first {
            if w == "by" || w == "adopted" && words.dropFirst().first == "by" {
                rest = Substring(words.joined(separator: " "))
                for prefix in ["by the ", "adopted by the "] {
                    if let name = name(after: prefix) { return isOther(name) ? .otherBody : nil }
                }
                return nil
            }
            // Lower-case words, dates and footnote markers only: a sentence end or a name stops the title.
            let core = w.trimmingCharacters(in: .punctuationCharacters)
            if w.hasSuffix(".") || w.hasSuffix(";") || w.contains("“") || w.contains("\"") { return nil }
            if let f = core.first, f.isUppercase, !Self.monthNames.contains(Substring(core)) { return nil }
            words = words.dropFirst()
        }
        return nil
    }

    /// Whether the footnote marker at `marker` stands right after "resolutions"/"decisions" that another
    /// body, named before them in the clause, adopted ("welcomes the adoption on 15 December 2023 by the
    /// Conference of the States Parties at its tenth session of all resolutions30"): the note lists them.
    func markerFollowsOtherBodysResolutions(_ marker: Int) -> Bool {
        guard forms == nil, marker > 0, marker <= bytes.count else { return false }
        var s = marker
        while s > 0, Self.isLetter(bytes[s - 1]) { s -= 1 }
        guard s < marker, Self.keywordKind(bytes[s..<marker]) != nil else { return false }
        var start = s
        while start > 0, s - start < 300, bytes[start - 1] != 0x0A, bytes[start - 1] != 0x3B { start -= 1 }
        return otherBodyNearby(before: s, start: start, window: 300)
    }

    /// The first word of an instrument's name ("United Nations Convention against Corruption").
    static let instrumentHeads: Set<String> = ["convention", "protocol", "declaration", "agreement", "charter"]

    /// "See CAC/COSP/2021/17, sect. I.A, resolution 9/5": a resolution inside another body's document.
    func otherDocumentBefore(_ keyword: Int, start: Int) -> Bool {
        let from = max(start, keyword - 50)
        guard from < keyword, bytes[from..<keyword].contains(0x2F) else { return false }
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

    /// Whose Official Records report a note's resolution is in, in the other languages, by the report's
    /// symbol in parentheses right before it (at most a chapter and section between), which no
    /// translation changes: "Supplément no 53A (A/77/53/Add.1), chap. III, sect. A, résolution 51/4" is
    /// the Human Rights Council's (`.hrc`), "Supplément no 7 (E/2020/27), chap. I, sect. C, résolution
    /// 59/1" a functional commission's (`.otherBody`); nil when no such symbol stands there.
    func reportOwnerBefore(_ position: Int, start: Int) -> BodyQualifier? {
        let from = max(start, position - 120)
        guard from < position, bytes[from..<position].contains(0x28) else { return nil }
        let text = String(decoding: bytes[from..<position], as: UTF8.self)
        guard let open = text.range(of: "(", options: .backwards),
              let close = text[open.upperBound...].firstIndex(of: ")") else { return nil }
        let symbol = text[open.upperBound..<close]
        guard text.distance(from: close, to: text.endIndex) <= 60 else { return nil }
        let parts = symbol.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count >= 3, parts.dropFirst().allSatisfy({ !$0.isEmpty }) else { return nil }
        if parts[0] == "A", parts[1].allSatisfy(\.isNumber), parts[2] == "53" { return .named(.hrc) }
        if parts[0] == "E", parts[1].count == 4, parts[1].allSatisfy(\.isNumber), parts[2].allSatisfy(\.isNumber) { return .otherBody }
        return nil
    }

    /// "Official Records of the Economic and Social Council, 2015, Supplement No. 7 (…), resolution 59/1":
    /// a functional commission's resolution (Supplement No. 53 of the Assembly is the Human Rights Council's).
    static let supplementNumber = Array("Supplement No. ".utf8)

    func supplementBefore(_ keyword: Int, start: Int) -> Bool {
        let from = max(start, keyword - 160)
        // Searched as bytes first: most paragraphs name no supplement (the words are ASCII, which
        // no other spelling is canonically equivalent to).
        guard NameSearch.holdsBytes(of: Self.supplementNumber, in: bytes, from..<keyword) else { return false }
        let text = String(decoding: bytes[from..<keyword], as: UTF8.self)
        guard let r = text.range(of: "Supplement No. ", options: .backwards) else { return false }
        return !text[r.upperBound...].hasPrefix("53")
    }
}
