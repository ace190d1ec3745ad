import Foundation

/// The citation forms of one language other than English, read from `Resources/citation-forms.tsv`:
/// the words for "resolution" and "decision", the possessive of "its resolution", the names of
/// the United Nations bodies, the words of lists and dates, month names, annex and closing lines.
///
/// Vocabulary is data: a new form is one row of the table, not a branch in the scanner.
public struct CitationForms: Sendable {
    public let language: Language
    var openings: [(phrase: [Unicode.Scalar], body: Body)] = []
    var resolutionStems: [[Unicode.Scalar]] = []
    var decisionStems: [[Unicode.Scalar]] = []
    var prefixes: [[Unicode.Scalar]] = []
    var own: [[Unicode.Scalar]] = []
    var ownSuffixes: [[Unicode.Scalar]] = []
    var suffixes: [[Unicode.Scalar]] = []
    var postfixes: [(phrase: [Unicode.Scalar], kind: TargetKind)] = []
    var bodies: [(phrase: [Unicode.Scalar], body: Body)] = []
    var otherBodies: [[Unicode.Scalar]] = []
    /// The other-body rows that are an organization's full name (value `name`): named shortly before a
    /// bare number ("…联合国环境大会通过的…决议，包括…第2/10号决议"), they make it that organization's.
    var otherNames: [[Unicode.Scalar]] = []
    /// "the Council" without its name between the keyword and the number ("قرار المجلس 51/31").
    var councilWords: [[Unicode.Scalar]] = []
    var ofWords: [[Unicode.Scalar]] = []
    var listWords: [[Unicode.Scalar]] = []
    var dateWords: [[Unicode.Scalar]] = []
    var months: [(phrase: [Unicode.Scalar], month: Int)] = []
    var annexWords: [[Unicode.Scalar]] = []
    var pinpoints: [[Unicode.Scalar]] = []
    /// Part letters written as words (Arabic "ألف" for A), with the Latin letter.
    var partLetters: [(name: [Unicode.Scalar], letter: String)] = []
    /// Regular expressions (as written in the table) of Treaty Series references and of "Ibid.".
    var treatyPatterns: [String] = []
    var ibidPatterns: [String] = []
    var meetingWords: [[Unicode.Scalar]] = []
    /// (Chinese) the units a number is written with ("年", "月", "日", "号", "卷"): a number glued to
    /// one is no footnote marker ("2022年10月7日").
    var numberUnits: Set<Unicode.Scalar> = []
    /// "et les Protocoles s’y rapportant", "и протоколов к ней", "及其各项议定书": the protocols of the
    /// treaty named just before, as written (the instrument matcher tokenizes them), with the
    /// qualifier they carry (`optional`, `additional`, or none).
    var protocolPhrases: [(phrase: String, qualifier: String)] = []
    /// Regular expressions (as written in the table) of the words that make a treaty's name part of
    /// one of its protocols' names: before the name ("Protocole facultatif à la "), or after it
    /// ("关于…任择议定书》").
    var protocolOfBefore: [String] = []
    var protocolOfAfter: [String] = []
    /// The patterns above compiled once (compiling one per footnote or name took a quarter of the
    /// time of reading a language's folder); a pattern that does not compile is left out.
    var treatyRegexes: [CompiledPattern] = []
    var ibidRegexes: [CompiledPattern] = []
    var protocolOfBeforeRegexes: [CompiledPattern] = []
    /// Regular expressions of the words right after a number that make it another organization's: a
    /// decision "adopted at the tenth meeting" of a conference of parties ("المقرر 10/29 الذي اتخذ في
    /// الاجتماع العاشر", "المقرر 15/4 خلال الاجتماع الخامس عشر لمؤتمر الأطراف").
    var otherAfterPatterns: [String] = []
    var otherAfterRegexes: [CompiledPattern] = []
    var protocolOfAfterRegexes: [CompiledPattern] = []

    /// The forms of `language`; nil for English, which the scanner reads with its own rules.
    public static func of(_ language: Language) -> CitationForms? { bundled[language] }

    static let bundled: [Language: CitationForms] = {
        guard let url = Bundle.module.url(forResource: "citation-forms", withExtension: "tsv"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return [:] }
        return parse(text)
    }()

    /// Reads the table: `language<TAB>kind<TAB>words<TAB>value` a row, `#` comments; bad rows are skipped.
    static func parse(_ text: String) -> [Language: CitationForms] {
        var out: [Language: CitationForms] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 3, let language = Language(code: f[0]), language != .english else { continue }
            var forms = out[language] ?? CitationForms(language: language)
            let words = fold(f[2])
            guard !words.isEmpty else { continue }
            let value = f.count > 3 ? f[3] : ""
            switch f[1] {
            case "treaty": forms.treatyPatterns.append(f[2])
            case "ibid": forms.ibidPatterns.append(f[2])
            case "opening": if let b = Body(rawValue: value) { forms.openings.append((words, b)) }
            case "resolution": forms.resolutionStems.append(words)
            case "decision": forms.decisionStems.append(words)
            case "prefix": forms.prefixes.append(words)
            case "own": forms.own.append(words)
            case "own-suffix": forms.ownSuffixes.append(words)
            case "suffix": forms.suffixes.append(words)
            case "postfix": forms.postfixes.append((words, value == "decision" ? .decision : .resolution))
            case "body": if let b = Body(rawValue: value) { forms.bodies.append((words, b)) }
            case "other-body":
                forms.otherBodies.append(words)
                if value == "name" { forms.otherNames.append(words) }
            case "council": forms.councilWords.append(words)
            case "of": forms.ofWords.append(words)
            case "list": forms.listWords.append(words)
            case "date": forms.dateWords.append(words)
            case "month": if let m = Int(value) { forms.months.append((words, m)) }
            case "annex": forms.annexWords.append(words)
            case "pinpoint": forms.pinpoints.append(words)
            case "part": forms.partLetters.append((words, value))
            case "meeting": forms.meetingWords.append(words)
            case "unit": forms.numberUnits.formUnion(f[2].unicodeScalars)
            case "protocols": forms.protocolPhrases.append((f[2], value))
            case "protocol-of": if value == "after" { forms.protocolOfAfter.append(f[2]) } else { forms.protocolOfBefore.append(f[2]) }
            case "other-after": forms.otherAfterPatterns.append(f[2])
            default: continue
            }
            out[language] = forms
        }
        // Longest first, so "conseil des droits de l’homme" is tried before "conseil".
        for (l, var f) in out {
            f.bodies.sort { $0.phrase.count > $1.phrase.count }
            f.otherBodies.sort { $0.count > $1.count }
            f.ofWords.sort { $0.count > $1.count }
            f.listWords.sort { $0.count > $1.count }
            f.dateWords.sort { $0.count > $1.count }
            f.months.sort { $0.phrase.count > $1.phrase.count }
            f.prefixes.sort { $0.count > $1.count }
            f.ownSuffixes.sort { $0.count > $1.count }
            f.treatyRegexes = f.treatyPatterns.compactMap(CompiledPattern.init)
            f.ibidRegexes = f.ibidPatterns.compactMap(CompiledPattern.init)
            f.protocolOfBeforeRegexes = f.protocolOfBefore.compactMap(CompiledPattern.init)
            f.protocolOfAfterRegexes = f.protocolOfAfter.compactMap(CompiledPattern.init)
            f.otherAfterRegexes = f.otherAfterPatterns.compactMap(CompiledPattern.init)
            out[l] = f
        }
        return out
    }

    // MARK: - Dates

    /// The date at scalar `start`: `17 décembre 2018`, `17 de diciembre de 2018`, `17 декабря 2018 года`, `17 كانون الأول/ديسمبر 2018`, `2018年12月17日`; the ISO date and where it ends.
    func date(at start: Int, limit: Int, text: ScalarText) -> (String, Int)? {
        let forms = self
        var i = start
        func digits(_ max: Int) -> Int? {
            var v = 0, n = 0
            while i < limit, n < max, text.scalars[i].isASCII, let d = text.scalars[i].properties.numericType.flatMap({ _ in Int(String(text.scalars[i])) }) { v = v * 10 + d; i += 1; n += 1 }
            return n > 0 ? v : nil
        }
        func spaces() { while i < limit, text.scalars[i] == " " || text.scalars[i] == "\u{A0}" || text.scalars[i] == "\u{200F}" || text.scalars[i] == "\u{200E}" { i += 1 } }
        func word(_ w: String) { if let e = text.match(CitationForms.fold(w), at: i, limit: limit), text.endsWord(e) { i = e; spaces() } }
        if forms.language == .chinese {
            // 2018年12月17日
            guard let year = digits(4), year >= 1900, year < 2200, i < limit, text.scalars[i] == "年" else { return nil }
            i += 1
            guard let month = digits(2), month >= 1, month <= 12, i < limit, text.scalars[i] == "月" else { return nil }
            i += 1
            guard let day = digits(2), day >= 1, day <= 31, i < limit, text.scalars[i] == "日" else { return nil }
            return (String(year) + "-" + Dates.pad2(month) + "-" + Dates.pad2(day), i + 1)
        }
        guard let day = digits(2), day >= 1, day <= 31 else { return nil }
        if i < limit, text.scalars[i] == "e" || text.scalars[i] == "º" { i += 1 }  // "1er", "1º"
        if i < limit, text.scalars[i] == "r" { i += 1 }
        spaces()
        if forms.language == .spanish { word("de") }
        guard let (month, monthEnd) = forms.months.lazy.compactMap({ m in text.match(m.phrase, at: i, limit: limit).map { (m.month, $0) } }).first else { return nil }
        i = monthEnd; spaces()
        if forms.language == .spanish { word("de") }
        let yearStart = i
        guard let year = digits(4), i - yearStart == 4, year >= 1900, year < 2200 else { return nil }
        var end = i
        if forms.language == .russian {
            spaces()
            if let e = text.match(CitationForms.fold("года"), at: i, limit: limit), text.endsWord(e) { end = e }
        }
        return (String(year) + "-" + Dates.pad2(month) + "-" + Dates.pad2(day), end)
    }


    /// The first date anywhere in `line`, in this language's form.
    public func firstDate(in line: String) -> String? {
        let text = ScalarText(bytes: Array(line.utf8))
        for i in text.scalars.indices where text.scalars[i].isASCII && text.scalars[i].properties.numericType != nil
            && (i == 0 || !(text.scalars[i - 1].isASCII && text.scalars[i - 1].properties.numericType != nil)) {
            if let (iso, _) = date(at: i, limit: text.scalars.count, text: text) { return iso }
        }
        return nil
    }

    // MARK: - Sessions

    /// A session as another language writes it, in the English form the symbols use: Cyrillic
    /// letters that look like Roman numerals ("973 (Х)"), the Arabic "(د-10)" for session X,
    /// "(دإ-4)" for the special session S-IV and "(دإط-5)" for the emergency special session ES-V.
    func romanSession(_ inner: String) -> String {
        if language == .russian {
            let lookalikes: [Character: Character] = ["Х": "X", "І": "I", "С": "C", "М": "M"]
            return String(inner.map { lookalikes[$0] ?? $0 })
        }
        guard language == .arabic else { return inner }
        let prefixes: [(String, String)] = [("دإط-", "ES-"), ("دإ-", "S-"), ("د-", "")]
        let compact = inner.filter { $0 != " " && $0 != "\u{200F}" && $0 != "\u{200E}" }
        for (arabic, english) in prefixes where compact.hasPrefix(arabic) {
            guard let n = Int(compact.dropFirst(arabic.count)), n > 0, n < 90 else { return inner }
            return english + Self.roman(n)
        }
        return inner
    }

    static func roman(_ n: Int) -> String {
        let table: [(Int, String)] = [(90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var n = n, out = ""
        for (v, s) in table { while n >= v { out += s; n -= v } }
        return out
    }

    // MARK: - Lines

    /// The body of an opening line ("L’Assemblée générale,", "إن الجمعية العامة،", "大会，"), or nil.
    public func opening(of line: String) -> Body? {
        var folded = CitationForms.fold(line.trimmingCharacters(in: .whitespaces))
        // The comma is required: the cover's body line ("Генеральная Ассамблея", "大会") has none.
        var punctuated = false
        while let last = folded.last, ([",", "،", "，", ":", " ", "\u{200F}", "\u{200E}"] as [Unicode.Scalar]).contains(last) {
            if last != " " && last != "\u{200F}" && last != "\u{200E}" { punctuated = true }
            folded.removeLast()
        }
        guard punctuated else { return nil }
        return openings.first { $0.phrase == folded }?.body
    }

    /// "49e séance plénière", "49ª sesión plenaria", "49-е пленарное заседание", "الجلسة العامة 49", "第49次全体会议".
    /// A short paragraph that names a plenary meeting and ends like a clause (a comma, a semicolon,
    /// a full stop, a footnote marker after them: "还回顾大会高级别全体会议通过的《2005年世界首脑会议
    /// 成果》，7") is a paragraph, not the closing line.
    func isMeetingLine(_ line: String) -> Bool {
        guard line.unicodeScalars.count < 80 else { return false }
        let clauseEnds: Set<Unicode.Scalar> = [",", ";", ".", "，", "；", "。", "،", "؛"]
        if let last = line.unicodeScalars.last(where: { $0 != " " && !($0.isASCII && $0.properties.numericType != nil) }),
           clauseEnds.contains(last) { return false }
        let folded = CitationForms.fold(line)
        return meetingWords.contains { w in folded.indices.contains { folded[$0...].starts(with: w) } }
    }

    /// "Annexe", "Anexo I", "Приложение", "المرفق", "附件一".
    func isAnnexHeading(_ line: String) -> Bool {
        let folded = CitationForms.fold(line.trimmingCharacters(in: .whitespaces))
        for w in annexWords where folded.starts(with: w) {
            if folded.count == w.count { return true }
            let next = folded[w.count]
            if language == .chinese { return folded.count <= w.count + 3 }
            if next == " " { return folded.count <= w.count + 12 }
        }
        return false
    }

    // MARK: - Folding

    /// Scalars that do not count when comparing words: Arabic short vowels, shadda, sukun,
    /// superscript alef and tatweel; soft hyphen and joiners.
    static func isIgnorable(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x064B...0x065F, 0x0670, 0x0640, 0x00AD, 0x200B...0x200F: return true
        default: return false
        }
    }

    /// One scalar as compared: lower case; every apostrophe as ’; a no-break space as a space.
    static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar {
        switch s.value {
        case 0x27, 0x2018, 0x02BC: return "\u{2019}"
        case 0xA0, 0x202F, 0x09: return " "
        case 0x41...0x5A: return Unicode.Scalar(s.value + 0x20)!
        case 0xC0...0xDE where s.value != 0xD7, 0x0410...0x042F: return Unicode.Scalar(s.value + 0x20)!
        case 0x0400...0x040F: return Unicode.Scalar(s.value + 0x50)!
        default: return s
        }
    }

    /// A phrase as the table compares it.
    static func fold(_ text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { !isIgnorable($0) }.map(fold)
    }
}

/// The words of a text as Unicode scalars with their UTF-8 offsets, for matching folded phrases
/// at byte positions (spans stay byte offsets into the text).
struct ScalarText {
    let scalars: [Unicode.Scalar]
    /// UTF-8 offset of each scalar; one more entry for the end.
    let offsets: [Int]
    /// Scalar index of a byte offset that starts a scalar (and of the end offset); nil elsewhere.
    let indexOfOffset: OffsetIndex

    /// Scalar indices by byte offset: an array over the bytes, not a dictionary (every scalar of
    /// every footnote and paragraph read gets one).
    struct OffsetIndex {
        /// Per byte offset, the index of the scalar starting there, or -1.
        fileprivate var indices: [Int32]

        subscript(offset: Int) -> Int? {
            guard offset >= 0, offset < indices.count else { return nil }
            let i = indices[offset]
            return i < 0 ? nil : Int(i)
        }
    }

    init(bytes: [UInt8]) {
        var scalars: [Unicode.Scalar] = [], offsets: [Int] = []
        scalars.reserveCapacity(bytes.count)
        offsets.reserveCapacity(bytes.count + 1)
        var index = OffsetIndex(indices: [Int32](repeating: -1, count: bytes.count + 1))
        var decoder = UTF8()
        var it = bytes.makeIterator()
        var offset = 0
        loop: while true {
            switch decoder.decode(&it) {
            case .scalarValue(let s):
                index.indices[offset] = Int32(scalars.count)
                scalars.append(s); offsets.append(offset)
                offset += UTF8.width(s)
            case .emptyInput: break loop
            case .error:
                index.indices[offset] = Int32(scalars.count)
                scalars.append("\u{FFFD}"); offsets.append(offset); offset += 1
            }
        }
        offsets.append(offset)
        index.indices[offset] = Int32(scalars.count)
        self.scalars = scalars; self.offsets = offsets; self.indexOfOffset = index
    }

    /// Where `phrase` (folded) ends when it stands at scalar `i`, ignorable scalars skipped; nil when it does not.
    func match(_ phrase: [Unicode.Scalar], at i: Int, limit: Int? = nil) -> Int? {
        let end = limit ?? scalars.count
        var j = i, k = 0
        while k < phrase.count {
            while j < end, CitationForms.isIgnorable(scalars[j]) { j += 1 }
            guard j < end, CitationForms.fold(scalars[j]) == phrase[k] else { return nil }
            j += 1; k += 1
            // "كانون الأول/ ديسمبر": a space after a slash does not count.
            if phrase[k - 1] == "/" { while j < end, scalars[j] == " " { j += 1 } }
        }
        while j < end, CitationForms.isIgnorable(scalars[j]) { j += 1 }
        return j
    }

    /// Where `phrase` ends when it ends exactly at scalar `end` (read backwards); the index of its first scalar.
    func matchBackwards(_ phrase: [Unicode.Scalar], endingAt end: Int, from start: Int) -> Int? {
        var j = end, k = phrase.count
        while k > 0 {
            while j > start, CitationForms.isIgnorable(scalars[j - 1]) { j -= 1 }
            guard j > start, CitationForms.fold(scalars[j - 1]) == phrase[k - 1] else { return nil }
            j -= 1; k -= 1
        }
        return j
    }

    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || CitationForms.isIgnorable(s) || s == "\u{2019}" || s == "'" || s == "-"
    }

    /// Whether scalar `i` starts a word (the scalar before it is no letter).
    func startsWord(_ i: Int) -> Bool { i == 0 || !Self.isWordScalar(scalars[i - 1]) }
    /// Whether scalar `i` ends a word (it is no letter, or the end).
    func endsWord(_ i: Int) -> Bool { i >= scalars.count || !Self.isWordScalar(scalars[i]) }
}

/// A regular expression of a table, compiled once. `Regex` is an immutable value (its compiled program
/// is built once, thread-safely, by the standard library); only its `AnyRegexOutput` type is not
/// marked `Sendable`, hence the unchecked conformance.
struct CompiledPattern: @unchecked Sendable {
    let regex: Regex<AnyRegexOutput>

    init?(_ pattern: String) {
        guard let r = try? Regex(pattern) else { return nil }
        regex = r
    }
}
