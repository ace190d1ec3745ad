import Foundation

/// Finds every citation in a read document: resolutions, decisions and documents in the words,
/// official links of Akoma Ntoso input, and the footnotes that cite.
public struct CitationExtractor: Sendable {
    /// Where the matchers come from: the bundled gazetteer's, built the first time a text needs
    /// them (a folder of English texts builds the English one only), or a gazetteer of one's own.
    enum Matchers: Sendable {
        case bundled
        /// The gazetteer's matcher (nil reads no names: footnote references still count) and,
        /// per language, a matcher of the gazetteer's own (English) names and that language's names
        /// only: "Action 21", the French name of Agenda 21, is no name in an English text ("Action 21
        /// of the 2010 Action Plan"). Empty when the gazetteer has no names in other languages.
        case own(InstrumentMatcher?, byLanguage: [Language: InstrumentMatcher])
    }

    let matchers: Matchers

    /// An extractor with the bundled gazetteer of treaties and instruments.
    public init() { matchers = .bundled }

    /// An extractor with a gazetteer of one's own.
    public init(gazetteer: Gazetteer) {
        matchers = .own(InstrumentMatcher(gazetteer: gazetteer), byLanguage: Self.matchersByLanguage(gazetteer))
    }

    static let bundledGazetteer: Gazetteer? = try? Gazetteer.bundled()
    static let bundledMatcher: InstrumentMatcher? = bundledGazetteer.map { InstrumentMatcher(gazetteer: $0) }
    // One per language, each built once, on first use (a `static let` is initialised lazily and once).
    static let bundledEnglish = bundledGazetteer.flatMap { matcher(of: $0, language: .english) }
    static let bundledFrench = bundledGazetteer.flatMap { matcher(of: $0, language: .french) }
    static let bundledSpanish = bundledGazetteer.flatMap { matcher(of: $0, language: .spanish) }
    static let bundledRussian = bundledGazetteer.flatMap { matcher(of: $0, language: .russian) }
    static let bundledArabic = bundledGazetteer.flatMap { matcher(of: $0, language: .arabic) }
    static let bundledChinese = bundledGazetteer.flatMap { matcher(of: $0, language: .chinese) }

    /// The bundled gazetteer's matcher of `language` (`matcher(of:language:)`), nil when there is none.
    static func bundledMatcher(of language: Language) -> InstrumentMatcher? {
        switch language {
        case .english: bundledEnglish
        case .french: bundledFrench
        case .spanish: bundledSpanish
        case .russian: bundledRussian
        case .arabic: bundledArabic
        case .chinese: bundledChinese
        }
    }

    /// One matcher per language, each with the names of its language only (English: none but the entries').
    static func matchersByLanguage(_ gazetteer: Gazetteer) -> [Language: InstrumentMatcher] {
        var out: [Language: InstrumentMatcher] = [:]
        for language in Language.allCases {
            if let m = matcher(of: gazetteer, language: language) { out[language] = m }
        }
        return out
    }

    /// The matcher of the names of `language` only; nil when the gazetteer has no names in other
    /// languages (its own matcher reads every text) or none can be made of that language's.
    static func matcher(of gazetteer: Gazetteer, language: Language) -> InstrumentMatcher? {
        guard !gazetteer.names.isEmpty,
              let only = try? Gazetteer(entries: gazetteer.entries, blockers: gazetteer.blockers,
                                        names: gazetteer.names.filter { $0.language == language }) else { return nil }
        return InstrumentMatcher(gazetteer: only)
    }

    /// The gazetteer's matcher (every language's names).
    var matcher: InstrumentMatcher? {
        switch matchers {
        case .bundled: Self.bundledMatcher
        case .own(let m, _): m
        }
    }

    /// The gazetteer, as `matcher` holds it (read without building the bundled matcher).
    var gazetteer: Gazetteer? {
        switch matchers {
        case .bundled: Self.bundledGazetteer
        case .own(let m, _): m?.gazetteer
        }
    }

    /// The matcher for a text in `language`.
    func matcher(for language: Language) -> InstrumentMatcher? {
        switch matchers {
        case .bundled: Self.bundledMatcher(of: language) ?? Self.bundledMatcher
        case .own(let m, let byLanguage): byLanguage[language] ?? m
        }
    }

    /// Builds what the first English text needs (the bundled gazetteer and its matcher, the
    /// citation and note forms, the clause openers, the cleaner's and the language detector's
    /// tables) by reading a short made-up resolution: a command that reads many files calls it on
    /// a thread of its own while it walks their folders, so that its first documents do not wait
    /// for the tables. Each table is built once (`static let`), whoever asks for it first.
    public static func warmUp() {
        let text = """
            United Nations A/RES/1/1
            General Assembly

            Resolution adopted by the General Assembly on 1 January 2000

            1/1. A title

            The General Assembly,

            Recalling its resolution 70/1 of 25 September 2015 and Security Council resolution 1325 (2000),

            Recalling also the Convention on the Rights of the Child,1

            1. Decides to remain seized of the matter.

            _______________
            1 United Nations, Treaty Series, vol. 1577, No. 27531.

            """
        guard let document = try? DocumentReader.parse(data: Data(text.utf8), path: "warm-up") else { return }
        _ = CitationExtractor().extract(document)
    }

    /// Citations of `document`, in document order (by span).
    /// - Complexity: O(n) in the length of the text.
    public func extract(_ document: Document) -> [Citation] {
        let bytes = Array(document.text.utf8)
        var scanner = ReferenceScanner(bytes: bytes, citingBody: document.body, language: document.language)
        scanner.citingYear = document.date.flatMap { Int($0.prefix(4)) }
        scanner.markerStarts = Set(document.footnotes.compactMap { $0.markerRange?.lowerBound })
        let citing = document.symbol
        let citingWithoutPart = Symbols.withoutPart(citing)
        var out: [Citation] = []

        func text(_ r: Range<Int>) -> String { String(decoding: bytes[r], as: UTF8.self) }
        func add(_ f: ReferenceScanner.Found, section: Section, paragraph: String, relation: Relation, footnote: Int?) {
            guard f.target != citing, Symbols.withoutPart(f.target) != citingWithoutPart else { return }
            out.append(Citation(citing: citing, target: f.target, targetKind: f.kind, body: f.body, relation: relation,
                                section: section, paragraph: paragraph, span: f.span,
                                text: text(f.span), date: f.date, part: f.part, title: f.title, footnote: footnote))
        }

        // An annex that quotes another organization's text ("The Economic and Social Commission for
        // Western Asia,"): its "its resolution" is that organization's.
        var annexScanner = scanner
        // Its number and title stand on the lines before that opening ("Resolution 337 (S-VII)"): they cite nothing.
        var quotedHeadings = Set<Int>()
        for (i, p) in document.paragraphs.enumerated() where p.section == .annex && scanner.opensOtherOrganizationText(p.range) == true {
            for j in stride(from: i - 1, through: max(0, i - 3), by: -1) where document.paragraphs[j].section == .annex && document.paragraphs[j].range.count < 200 {
                quotedHeadings.insert(j)
            }
        }
        for (i, p) in document.paragraphs.enumerated() {
            if quotedHeadings.contains(i) { continue }
            if p.section == .annex, let opens = scanner.opensOtherOrganizationText(p.range) { annexScanner.otherOrganizationSpeaks = opens }
            let scanner = p.section == .annex ? annexScanner : scanner
            if p.section == .cover {
                // Only the report or proposal the text was adopted on: "[on the report of … (A/78/461/Add.4, para. 11)]".
                for f in scanner.scan(p.range) where f.kind == .document && isAdoptedOnLine(bytes, f.span.lowerBound) {
                    add(f, section: .cover, paragraph: "COVER", relation: .cites, footnote: nil)
                }
                continue
            }
            for f in scanner.scan(p.range) {
                add(f, section: p.section, paragraph: p.label, relation: p.relation, footnote: nil)
            }
        }
        let relationOf = Dictionary(document.paragraphs.filter { $0.section != .cover }.map { ($0.label, $0.relation) }, uniquingKeysWith: { a, _ in a })
        var anchorsOfNote: [Int: [(target: String, span: Range<Int>)]] = [:]
        for n in document.footnotes {
            let para = n.paragraph ?? "FN\(n.marker)"
            let relation = n.paragraph.flatMap { relationOf[$0] } ?? .cites
            var noteScanner = scanner
            let noteText = text(n.range)
            noteScanner.councilReport = noteText.containsASCII("Supplement No. 53")
            noteScanner.otherBodysNote = n.markerRange.map { scanner.markerFollowsOtherBodysResolutions($0.lowerBound) } ?? false
            let found = noteScanner.scan(n.range)
            for f in found {
                add(f, section: .footnote, paragraph: para, relation: relation, footnote: n.marker)
            }
            anchorsOfNote[n.marker] = Self.anchors(found)
        }
        out.append(contentsOf: treaties(in: document, bytes: bytes, anchorsOfNote: anchorsOfNote))
        if !document.links.isEmpty { out = merge(links: document.links, into: out, document: document, bytes: bytes) }
        out.sort { ($0.span.lowerBound, $0.span.upperBound, $0.target) < ($1.span.lowerBound, $1.span.upperBound, $1.target) }
        return out
    }

    /// What a reader should check in the citations found: a Security Council number cited with a
    /// year that is not its own ("resolution 1882 (2008)", read as `S/RES/1882 (2009)`).
    public static func warnings(for citations: [Citation], citingDate: String? = nil) -> [String] {
        var out: [String] = []
        // A cited date years after the citing text's is a typo of the source ("of 24 December 2107").
        if let citingYear = citingDate.flatMap({ Int($0.prefix(4)) }) {
            for c in citations where c.targetKind == .resolution {
                guard let d = c.date, let year = Int(d.prefix(4)), year > citingYear + 1 else { continue }
                out.append("\(c.paragraph): \(c.target) is dated \(d), after the citing text (the date looks mistyped)")
            }
        }
        for c in citations where c.targetKind == .resolution && c.target.hasPrefix("S/RES/") {
            // The year as written: the four digits in the parentheses after the number.
            guard let written = c.text.split(whereSeparator: { $0 == "(" || $0 == ")" }).dropFirst().first.flatMap({ Int($0) }) else { continue }
            // Most are written as the target's own "(2000)": nothing to parse.
            if c.target.hasSuffix(")"), let open = c.target.lastIndex(of: "("),
               Int(c.target[c.target.index(after: open)..<c.target.index(before: c.target.endIndex)]) == written { continue }
            guard let target = Symbol(c.target), let year = target.year, let number = target.number else { continue }
            if written != year {
                out.append("\(c.paragraph): resolution \(number) (\(written)) read as \(c.target) (the year looks mistyped)")
            }
        }
        return out
    }

    /// Treaties and instruments: UN Treaty Series references of footnotes, and names in the paragraphs.
    /// A name followed by the marker of a footnote with a Treaty Series reference takes that reference.
    func treaties(in document: Document, bytes: [UInt8], anchorsOfNote: [Int: [(target: String, span: Range<Int>)]]) -> [Citation] {
        var out: [Citation] = []
        let citing = document.symbol
        func text(_ r: Range<Int>) -> String { String(decoding: bytes[r], as: UTF8.self) }
        let paragraphByLabel = Dictionary(document.paragraphs.filter { $0.section != .cover }.map { ($0.label, $0) }, uniquingKeysWith: { a, _ in a })

        // Footnote references, in marker order, each note's "Ibid." read against the note before it.
        var referencesOfNote: [Int: [UNTSMatch]] = [:]
        var previous: UNTSReference?
        for n in document.footnotes.sorted(by: { $0.marker < $1.marker }) {
            let matches = UNTSParser.matches(in: text(n.range), previous: previous, forms: CitationForms.of(document.language))
            referencesOfNote[n.marker] = matches
            previous = matches.last?.reference
        }
        var usedNotes = Set<Int>()
        // Notes whose marker follows a name the gazetteer knows: the name says what they cite.
        var notesAfterName = Set<Int>()
        let markerAt = Dictionary(document.footnotes.compactMap { n in n.markerRange.map { ($0.lowerBound, n) } }, uniquingKeysWith: { a, _ in a })

        let notesOfParagraph = Dictionary(grouping: document.footnotes.filter { $0.paragraph != nil }, by: { $0.paragraph ?? "" })
        if let matcher = matcher(for: document.language) {
            let embedding = ProtocolNames.of(document.language)
            for p in document.paragraphs where p.section != .cover {
                // Most paragraphs name nothing: the first reading says so from the text's bytes, uncopied.
                guard bytes.withUnsafeBufferPointer({ matcher.trie.mayName(utf8: UnsafeBufferPointer(rebasing: $0[p.range])) }) else { continue }
                var consumedTargets = Set<String>()
                let paragraphBytes = Array(bytes[p.range])
                for m in matcher.reading(utf8: paragraphBytes) {
                    // The treaty's name inside the name of one of its protocols ("Protocole facultatif
                    // à la Convention relative aux droits de l’enfant, concernant …", "《儿童权利公约关于…
                    // 任择议定书》"): the protocol is cited, not the treaty (its note, if any, says which).
                    if m.kind == .name, !matcher.gazetteer.children(of: m.entryID).isEmpty,
                       embedding.holds(paragraphBytes, name: m.range) { continue }
                    let start = p.range.lowerBound + m.range.lowerBound
                    let end = p.range.lowerBound + m.range.upperBound
                    // A marker right after the name ("Child 4", "Agreement,2", "Crime”3", the Arabic
                    // "وبروتوكولاتها الاختيارية(4)" in its parentheses).
                    var note: Footnote?
                    var k = end
                    while k < min(bytes.count, end + 4), markerAt[k] == nil, bytes[k] == 0x20 || bytes[k] == 0x2C || bytes[k] == 0xE2 || bytes[k] == 0x80 || bytes[k] == 0x9D || bytes[k] == 0x29
                        || bytes[k] == 0x28 && document.language == .arabic { k += 1 }
                    note = markerAt[k]
                    if let n = note { notesAfterName.insert(n.marker) }
                    let refs = note.flatMap { referencesOfNote[$0.marker] } ?? []
                    // "the Optional Protocols thereto4": the note names each protocol ("vols. 2171, 2173
                    // and 2983, No. 27531; ibid., vol. 2131, No. 20378; …"), as well as the phrase does.
                    if let n = note, !refs.isEmpty, m.kind == .protocols || m.kind == .name {
                        usedNotes.insert(n.marker)
                        for r in refs {
                            let entry = matcher.gazetteer.entry(near: r.reference)
                            let target = entry?.unts?.id ?? r.reference.id
                            guard consumedTargets.insert(target).inserted else { continue }
                            out.append(Citation(citing: citing, target: target, targetKind: .treaty, relation: p.relation,
                                                section: p.section, paragraph: p.label, span: start..<end, text: text(start..<end),
                                                date: entry?.adopted, title: entry?.name ?? m.words, footnote: n.marker, unts: r.reference, via: .footnote))
                        }
                        // A name's note says what it cites; the protocols phrase cites its own targets too.
                        if m.kind == .name { continue }
                    }
                    for target in m.targets where consumedTargets.insert(target).inserted {
                        let entry = matcher.gazetteer.entry(id: target)
                        let kind: TargetKind = target.hasPrefix("UNTS ") || target.hasPrefix("LNTS ") ? .treaty : .instrument
                        // A note of the same paragraph with this very reference backs the name
                        // ("the Agreement … (the Compliance Agreement),8").
                        let backing = notesOfParagraph[p.label]?.first { n in
                            !usedNotes.contains(n.marker) && (referencesOfNote[n.marker] ?? []).contains { (matcher.gazetteer.entry(near: $0.reference)?.unts?.id ?? $0.reference.id) == target }
                        }
                        if let b = backing { usedNotes.insert(b.marker) }
                        out.append(Citation(citing: citing, target: target, targetKind: kind, relation: p.relation,
                                            section: p.section, paragraph: p.label, span: start..<end, text: text(start..<end),
                                            date: entry?.adopted, title: entry?.name ?? m.words, footnote: backing?.marker ?? note?.marker,
                                            unts: entry?.unts, via: backing == nil ? nil : .footnote))
                    }
                }
            }
        }
        // Footnote references whose name was not matched: the note itself is the citation,
        // named by the words before its marker.
        for n in document.footnotes where !usedNotes.contains(n.marker) {
            guard let refs = referencesOfNote[n.marker], !refs.isEmpty else { continue }
            let para = n.paragraph.flatMap { paragraphByLabel[$0] }
            var seen = Set<String>()
            for r in refs {
                let entry = gazetteer?.entry(near: r.reference)
                let target = entry?.unts?.id ?? r.reference.id
                guard seen.insert(target).inserted else { continue }
                let start = n.range.lowerBound + r.range.lowerBound, end = n.range.lowerBound + r.range.upperBound
                let name: String? = entry?.name ?? n.markerRange.flatMap { nameBefore($0.lowerBound, bytes: bytes) }
                out.append(Citation(citing: citing, target: target, targetKind: .treaty, relation: para?.relation ?? .cites,
                                    section: .footnote, paragraph: n.paragraph ?? "FN\(n.marker)", span: start..<end, text: text(start..<end),
                                    title: name, footnote: n.marker, unts: r.reference, via: .footnote))
            }
        }
        let skipped = usedNotes.union(notesAfterName).union(referencesOfNote.filter { !$0.value.isEmpty }.keys)
        out += instrumentsOfNotes(document, bytes: bytes, anchorsOfNote: anchorsOfNote, skipping: skipped, cited: Set(out.map(\.target)))
        return out
    }

    /// The words before a footnote marker, back to the last "the" that starts a capitalised name.
    func nameBefore(_ marker: Int, bytes: [UInt8]) -> String? {
        let from = max(0, marker - 160)
        let words = String(decoding: bytes[from..<marker], as: UTF8.self).split(separator: " ")
        var name: [Substring] = []
        for w in words.reversed() {
            if w == "the" || w == "The" { break }
            if let f = w.first, !(f.isUppercase || ["of", "on", "and", "for", "in", "to", "against", "relating"].contains(w)) { break }
            name.insert(w, at: 0)
            if name.count > 16 { break }
        }
        let s = name.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: " ,;.”“"))
        return s.isEmpty ? nil : s
    }

    /// Whether the line holding `offset` is the cover line naming what the text was adopted on.
    /// The line may be wrapped (PDF text): the "[" that opens it may stand on an earlier line.
    func isAdoptedOnLine(_ bytes: [UInt8], _ offset: Int) -> Bool {
        var s = offset
        while s > 0, offset - s < 400 {
            let b = bytes[s - 1]
            if b == 0x5D { return false }
            if b == 0x5B { return s - 1 == 0 || bytes[s - 2] == 0x0A }
            s -= 1
        }
        return false
    }

    /// Official links become citations marked `via: link`; what the words add is marked `via: text`.
    func merge(links: [SourceLink], into found: [Citation], document: Document, bytes: [UInt8]) -> [Citation] {
        var out: [Citation] = []
        var linkSpans: [(Range<Int>, String)] = []
        for l in links {
            let target = Symbols.withoutPart(l.target)
            guard target != Symbols.withoutPart(document.symbol) else { continue }
            let part = l.target == target ? nil : String(l.target.dropFirst(target.count + 1))
            let location = locate(l.range, in: document)
            // Take date and title from the text reading of the same words, when there is one.
            let same = found.first { $0.target == target && $0.span.lowerBound <= l.range.lowerBound && $0.span.upperBound >= l.range.lowerBound }
            var c = Citation(citing: document.symbol, target: target, targetKind: Symbols.kind(ofSymbol: target),
                             body: Symbols.body(ofSymbol: target), relation: location.relation, section: location.section,
                             paragraph: location.paragraph, span: l.range,
                             text: String(decoding: bytes[l.range], as: UTF8.self), date: same?.date, part: part ?? same?.part,
                             title: same?.title, footnote: location.footnote, via: .link)
            if let s = same { c.span = s.span; c.text = s.text }
            out.append(c)
            linkSpans.append((l.range, target))
        }
        for var c in found {
            let covered = linkSpans.contains { r, t in t == c.target && r.overlaps(c.span) }
            if covered { continue }
            c.via = c.via ?? .text
            out.append(c)
        }
        return out
    }

    func locate(_ r: Range<Int>, in document: Document) -> (section: Section, paragraph: String, relation: Relation, footnote: Int?) {
        if let n = document.footnotes.first(where: { $0.range.contains(r.lowerBound) }) {
            let p = document.paragraphs.first { $0.label == n.paragraph && $0.section != .cover }
            return (.footnote, n.paragraph ?? "FN\(n.marker)", p?.relation ?? .cites, n.marker)
        }
        if let p = document.paragraphs.last(where: { $0.range.contains(r.lowerBound) }) {
            return (p.section, p.label, p.section == .cover ? .cites : p.relation, nil)
        }
        return (.annex, "AX", .cites, nil)
    }
}
