import CiteCore
import Foundation

/// What a Security Council resolution renews, read from its own text: the mission whose mandate
/// it extends ("Decides to extend the mandate of the United Nations Mission in the Republic of
/// South Sudan (UNMISS) until …", "extend until 23 April 2018 UNISFA’s mandate") or the sanctions
/// regime, named by the resolution that set up its committee ("the Committee established pursuant
/// to paragraph 57 of resolution 2127 (2013)" → `res2127`). The Council's texts carry no title; this
/// key is what names their series, and two texts with one key are steps of one chain.
///
/// ```swift
/// MandateKeys.key(operative: ["Decides to extend the mandate of … (UNMISS) until 15 March 2018;"],
///                 wholeText: text, ownNumber: 2392)   // "UNMISS"
/// ```
public enum MandateKeys {
    /// Acronyms that name a party, an organization or a theme, not what a resolution renews.
    static let notMandates: Set<String> = [
        "ISIL", "SPLA", "SPLM", "ECOWAS", "IGAD", "NATO", "ICC", "OSCE", "DDR", "SSR", "UNSC", "HIV", "AIDS",
        "COVID", "ECCAS", "SADC", "OHCHR", "UNHCR", "UNICEF", "UNDP", "UNODC", "LRA", "FARDC", "ADF", "FDLR",
        "SRSG", "UNESCO", "IAEA", "OPCW", "ISIS",
        "PRST",   // part of a symbol: "S/PRST/2019/2"
    ]

    /// An acronym said this often names the text's subject when no paragraph extends a mandate
    /// (without it, Council accuracy on the development truth falls from 0.843 to 0.799).
    static let repeatedAcronym = 3
    /// A text keyed by a repeated acronym whose mentions of it per word are under a third of those
    /// of the median renewal of that acronym is left out of the acronym's chain. The texts that task
    /// CTED (on terrorist fighters, trafficking in persons) say it 0.5–2.0 times per thousand
    /// words, its renewals 9–19 (2354 on counter-narratives, at 4.7, stays: UNFICYP's own texts say
    /// theirs 5.5 times); a mission's own texts without a renewal paragraph (a troop
    /// increase, a drawdown) say its acronym as often as its renewals (9–22). Tried instead on
    /// the development truth: raw counts under a tenth of the median renewal's (keeps the CTED
    /// texts), under a third (drops the mission texts); per word under half (drops Cyprus's texts
    /// from UNFICYP); TF-IDF cosine below 0.2 with every renewal
    /// (drops the mission texts too: Council 0.893 / 0.894).
    static let intruderDensityRatio = 3.0
    /// An acronym where a paragraph names what it extends: capitals, with letters, digits and
    /// hyphens inside ("UNMISS", "FC-G5S"); three letters are enough ("the MSS mission").
    private static let shortAcronym = #"([A-Z][A-Za-z0-9\-]{1,}[A-Z])"#
    private static let mandatesOf = #"mandates?(?:\s+and\s+[a-z ]{1,30}?)?\s+of\s+(?:the\s+)?"#
    /// "extend … the (present) mandate(s) (and personnel strength) of (the) <what follows>".
    private static let extendMandateOf = regex(#"(?:extend|renew|prolong)\w*,?\s+(?:[^.;]{0,60}?\s)?(?:the\s+)?(?:present\s+)?"# + mandatesOf + #"([^.;]{0,240})"#)
    /// "the mandate of UNOCI and of the French forces … shall be extended until …".
    private static let mandateExtended = regex(mandatesOf + #"([^;]{0,240}?)\s+(?:shall\s+be|is|are|be)\s+(?:hereby\s+)?(?:extended|renewed|prolonged)"#)
    /// "extend until 23 April 2018 UNISFA’s mandate".
    private static let extendPossessive = regex(#"(?:extend|renew|prolong)\w*,?\s+(?:[^.;]{0,60}?\s)?"# + shortAcronym + #"(?:(?:’|')s)?\s+mandate"#)
    /// "renew … the measures as set out in paragraphs 1 to 6 of resolution 2293 (2016)", "extend … the
    /// authorisations and the measures in resolution 2146 (2014)": the regime those measures began.
    private static let renewMeasures = regex(#"(?:renew|extend)\w*\s+[^.;]{0,120}?\bmeasures\s+(?:and\s+provisions\s+|on\s+\w+\s+)?(?:as\s+)?(?:(?:imposed|set\s+out|specified|set\s+forth|decided|extended)(?:\s+or\s+\w+)?\s+)?(?:by|in)\s+(?:paragraphs?\s+[^.;]{0,40}?\s+of\s+)?resolution\s+(\d{3,4})"#)
    /// "Authorizes Member States … to form and deploy a Multinational Security Support (MSS) mission".
    private static let authorizes = regex(#"^(?:\d+\.\s+)?(?:Decides\s+to\s+)?[Aa]uthori[sz]es?\s+[^.;]{0,300}?\("# + shortAcronym + #"\)"#)
    /// "Decides that CTED will continue to operate as a special political mission … for the period
    /// ending 31 December 2021": a body renewed without the word "mandate".
    private static let continuesToOperate = regex(#"^(?:\d+\.\s+)?(?:Further\s+)?[Dd]ecides\s+that\s+(?:the\s+)?"# + shortAcronym + #"\s+(?:shall|will)\s+continue\s+(?:to\s+operate|its\s+work)\b[^.;]{0,200}?\b(?:until|for\s+the\s+period\s+ending|for\s+a\s+(?:further\s+)?period)"#)
    /// "Decides that the African Union-United Nations Hybrid Operation in Darfur (UNAMID) shall
    /// maintain its current troop and police ceilings until 3 June 2020": a technical rollover.
    private static let maintainsUntil = regex(#"^(?:\d+\.\s+)?(?:Further\s+)?[Dd]ecides\s+that\s+(?:the\s+)?(?:[^.;()]{0,120}?\()?"# + shortAcronym + #"\)?\s+(?:shall|will)\s+maintain\b[^.;]{0,200}?\buntil\b"#)
    private static let bracketedAcronym = regex(#"\("# + shortAcronym + #"\)"#)
    private static let leadingAcronym = regex("^" + shortAcronym)
    private static let expertBodies = regex(#"^(?:(?:Panel|Group) of Experts|Monitoring Team|Committee)"#)
    /// "the Panel of Experts, as specified in paragraph 26 of resolution 1874 (2009)": a panel is
    /// keyed by the resolution that set it up, which is not always its committee's.
    private static let panelFounded = regex(#"^(?:current\s+)?(?:[A-Z][\w’'\-]*\s+(?:and\s+)?){0,4}(?:(?:Panel|Group)\s+of\s+Experts|Monitoring\s+(?:Team|Group)|Panel)[^.;]{0,40}?(?:appointed|established|created|specified|set\s+up|set\s+out|set\s+forth)\s+(?:by\s+the\s+Secretary-General\s+)?(?:pursuant\s+to|by|in|under)\s+(?:paragraph\s+\d+\s+(?:\([a-z]\)\s+)?of\s+)?resolution\s+(\d{3,4})"#)
    /// "the mandate of the Joint Investigative Mechanism, as set out in resolution 2235 (2015)": a
    /// body without an acronym, keyed by the resolution that set out its mandate.
    private static let mandateSetOut = regex(#"^(?:the\s+)?[A-Z][^.;,]{0,80}?,?\s+as\s+(?:set\s+out|established|specified)\s+(?:in|by)\s+(?:paragraph\s+\d+\s+of\s+)?resolution\s+(\d{3,4})"#)
    /// "renew … the Panel on Somalia and that the mandate of the Panel shall include the tasks
    /// referred to in paragraph 11 of resolution 2444 (2018)".
    private static let renewPanel = regex(#"(?:extend|renew)\w*,?\s+[^.;]{0,120}?\bthe\s+(?:Panel|Monitoring\s+Group|Group\s+of\s+Experts)\b[^.;]{0,200}?\bresolution\s+(\d{3,4})"#)
    /// "the 1540 Committee".
    private static let numberedCommittee = regex(#"^(\d{3,4})\s+Committee"#)
    /// "Decides that the 1540 Committee will continue to submit … its Programme of Work".
    private static let committeeContinues = regex(#"^(?:\d+\.\s+)?(?:Further\s+)?[Dd]ecides\s+that\s+the\s+(\d{3,4})\s+Committee\s+(?:shall|will)\s+continue\b"#)
    /// A body's name: capitalised words and the small words between them.
    private static let name = #"((?:[A-Z][\w’'\-]*|in|of|for|the|and|on|to|d’|du|de)(?:\s+(?:[A-Z][\w’'\-]*|in|of|for|the|and|on|to|d’|du|de)){1,12})"#
    private static let leadingName = regex("^" + name)
    private static let namedAcronym = regex(name + #"\s+\("# + shortAcronym + #"\)"#)
    /// "the Committee established pursuant to (paragraph 57 of) resolution 2127 (2013)", "… of this
    /// resolution", "… pursuant to paragraph 9 below".
    private static let committee = regex(#"(?:Committee|Panel of Experts|Group of Experts|Monitoring Team)\s+(?:\([^)]*\)\s+)?(?:(?:established|created)\s+)?(?:pursuant\s+to|by|under|in)\s+(?:paragraph\s+\d+\s+(?:below|above)|(?:paragraph\s+\d+\s+(?:\([a-z]\)\s+)?of\s+)?(?:resolution\s+(\d{3,4})|this\s+resolution))"#)
    /// "the measures imposed by paragraph 1 of resolution 1556".
    private static let measures = regex(#"measures\s+(?:imposed|set\s+out|specified)\s+(?:by|in)\s+(?:paragraphs?\s+[\d, and]+\s+of\s+)?resolution\s+(\d{3,4})"#)
    private static let upperAcronym = regex(#"\b([A-Z][A-Z0-9\-]{2,}[A-Z])\b"#)

    /// What one text renews, and whether the key names the resolution that last set it out rather
    /// than the regime ("res2783" for measures set out in 2783, which itself renewed 2293's; a
    /// panel's tasks "referred to in paragraph 11 of resolution 2444"): `CitationGraph.seriesKeys`
    /// follows such a key through the renewals it names to the regime's first resolution.
    struct Reading {
        var key: String
        var namesLastRenewal = false
        /// Read from an acronym the text repeats, not from a paragraph that renews something.
        var fromRepetition = false
        /// How often the text says the key per thousand words, when the key is an acronym.
        var density = 0.0
    }

    /// The key of one text: the first operative paragraph that extends or renews a mandate names
    /// it (a mission by its acronym, or by its name, which `names` turns into the acronym the
    /// texts give it; a panel by the resolution that set it up; a committee by its regime), or
    /// that renews measures names their resolution, or that authorizes a force names its acronym;
    /// else an acronym the text repeats three times or more; else the regime its operative part
    /// names most.
    /// - Parameters:
    ///   - operative: the operative paragraphs, in order.
    ///   - wholeText: preamble and operative part.
    ///   - ownNumber: the resolution's number, for "the Committee established pursuant to … this resolution".
    ///   - names: lower-cased names of missions to their acronyms (`acronyms(in:)`).
    public static func key(operative: [String], wholeText: String, ownNumber: Int, names: [String: String] = [:]) -> String? {
        reading(operative: operative, wholeText: wholeText, ownNumber: ownNumber, names: names)?.key
    }

    /// Keys read from a repeated acronym or a regime are weaker than those read from a renewal, but
    /// leaving them out of the chains was tried: Council accuracy fell from 0.855 / 0.876 to
    /// 0.830 / 0.858 (held-out / tuning) on the development truth.
    static func reading(operative: [String], wholeText: String, ownNumber: Int, names: [String: String]) -> Reading? {
        var counts: [String: Int] = [:]
        for m in all(upperAcronym, wholeText) where !notMandates.contains(m[1]) { counts[m[1], default: 0] += 1 }
        guard var reading = renewal(operative: operative, wholeText: wholeText, ownNumber: ownNumber, names: names, counts: counts) else { return nil }
        let words = wholeText.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).count
        reading.density = 1000 * Double(counts[reading.key] ?? 0) / Double(max(words, 1))
        return reading
    }

    private static func renewal(operative: [String], wholeText: String, ownNumber: Int, names: [String: String], counts: [String: Int]) -> Reading? {
        for paragraph in operative {
            if let m = first(extendPossessive, paragraph), !notMandates.contains(m[1]) { return Reading(key: m[1]) }
            if let m = first(renewMeasures, paragraph) { return Reading(key: "res" + m[1], namesLastRenewal: true) }
            if let m = first(renewPanel, paragraph) { return Reading(key: "res" + m[1], namesLastRenewal: true) }
            if let m = first(authorizes, paragraph), !notMandates.contains(m[1]) { return Reading(key: m[1]) }
            if let m = first(continuesToOperate, paragraph) ?? first(maintainsUntil, paragraph), !notMandates.contains(m[1]) { return Reading(key: m[1]) }
            if let m = first(committeeContinues, paragraph) { return Reading(key: "res" + m[1]) }
            guard let m = first(extendMandateOf, paragraph) ?? first(mandateExtended, paragraph) else { continue }
            let tail = m[1]
            if let p = first(panelFounded, tail) { return Reading(key: "res" + p[1], namesLastRenewal: true) }
            if first(expertBodies, tail) != nil, let r = regime(wholeText, ownNumber: ownNumber) { return Reading(key: r) }
            if let a = first(bracketedAcronym, tail) ?? first(leadingAcronym, tail), !notMandates.contains(a[1]) { return Reading(key: a[1]) }
            if let c = first(numberedCommittee, tail) { return Reading(key: "res" + c[1]) }
            if let n = missionName(leading: tail) { return Reading(key: names[n.lowercased()] ?? n) }
            if let p = first(mandateSetOut, tail) { return Reading(key: "res" + p[1], namesLastRenewal: true) }
        }
        // A text that sets up a sanctions committee ("the Committee established pursuant to
        // paragraph 9 of this resolution", Mali's 2374) begins that regime, whatever mission it names.
        let regimeNamed = regime(operative.joined(separator: "\n"), ownNumber: ownNumber)
        if regimeNamed == "res\(ownNumber)" { return Reading(key: "res\(ownNumber)") }
        if let (name, n) = mostCommon(counts), n >= repeatedAcronym { return Reading(key: name, fromRepetition: true) }
        if let r = regimeNamed { return Reading(key: r) }
        // Last, the regime the preamble names ("Recalling its decision in resolution 1977 (2011)
        // to extend the mandate of the Committee established pursuant to resolution 1540 (2004)",
        // 2055 (2012), whose one operative paragraph enlarges the group of experts).
        if let r = regime(wholeText, ownNumber: ownNumber) { return Reading(key: r) }
        return nil
    }

    /// The name a paragraph gives a mission where it has no acronym ("the United Nations Mission in
    /// Sierra Leone"): three words or more, from "United Nations", "African Union" and the like.
    static func missionName(leading tail: String) -> String? {
        guard let m = first(leadingName, tail) else { return nil }
        var words = m[1].split(separator: " ").map(String.init)
        while let last = words.last, last.first?.isLowercase == true { words.removeLast() }
        guard words.count >= 3, ["United", "African", "International", "Multinational", "Special"].contains(words[0]) else { return nil }
        return words.joined(separator: " ")
    }

    /// The acronyms the texts give names ("United Nations Mission in Sierra Leone (UNAMSIL)"), by
    /// lower-cased name from "United Nations" or "African Union" on; a name given two acronyms
    /// keeps the one given most often (ties to the smaller).
    public static func acronyms(in texts: [String]) -> [String: String] {
        // Each text's (name, acronym) pairs on every core; the counts are sums, so any order gives them.
        let found = ParallelMap.map(texts) { text in
            namedAcronyms(in: text).compactMap { m -> (name: String, acronym: String)? in
                guard let start = m[1].range(of: "United Nations") ?? m[1].range(of: "African Union") else { return nil }
                return (m[1][start.lowerBound...].lowercased(), m[2])
            }
        }
        var counts: [String: [String: Int]] = [:]
        for pairs in found {
            for p in pairs { counts[p.name, default: [:]][p.acronym, default: 0] += 1 }
        }
        return counts.compactMapValues { mostCommon($0)?.key }
    }

    /// The matches of `namedAcronym` in `text`, found by running it only on the stretch before
    /// each bracketed acronym "(UNAMSIL)": a name holds no bracket, so a match lies between the
    /// bracket before it and its acronym's closing one, and the matches are the regex's own over
    /// the whole text (`namedAcronymsAgree` in the tests).
    static func namedAcronyms(in text: String) -> [[String]] {
        var found: [[String]] = []
        var text = text
        text.withUTF8 { bytes in
            var start = 0, i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b == UInt8(ascii: ")") { start = i + 1 }
                guard b == UInt8(ascii: "(") else { i += 1; continue }
                var j = i + 1
                while j < bytes.count, isAcronymByte(bytes[j]) { j += 1 }
                if j < bytes.count, bytes[j] == UInt8(ascii: ")"), j - i - 1 >= 3,
                   isUpper(bytes[i + 1]), isUpper(bytes[j - 1]) {
                    found += all(namedAcronym, String(decoding: UnsafeBufferPointer(rebasing: bytes[start...j]), as: UTF8.self))
                    start = j + 1
                    i = j + 1
                } else {
                    start = i + 1
                    i += 1
                }
            }
        }
        return found
    }

    private static func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
    private static func isAcronymByte(_ b: UInt8) -> Bool {
        isUpper(b) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "-")
    }

    /// The matches of the whole-text regex, for the tests.
    static func namedAcronymsByRegex(in text: String) -> [[String]] { all(namedAcronym, text) }

    /// The regime a text names most: by the resolution that set up its committee or panel, else
    /// by the resolution whose measures it renews. Ties go to the older resolution.
    static func regime(_ text: String, ownNumber: Int) -> String? {
        var counts: [Int: Int] = [:]
        for m in all(committee, text) { counts[Int(m[1]) ?? ownNumber, default: 0] += 1 }
        // A text that sets up a committee ("… pursuant to paragraph 19 of this resolution") is its regime's.
        if counts[ownNumber] != nil { return "res\(ownNumber)" }
        if counts.isEmpty { for m in all(measures, text) { if let n = Int(m[1]) { counts[n, default: 0] += 1 } } }
        guard let (number, _) = mostCommon(counts) else { return nil }
        return "res\(number)"
    }

    /// A title as a series key: lower case, without numbers, years, punctuation and the theme
    /// after a colon ("Situation of human rights in Myanmar" for every session's text).
    public static func titleKey(_ title: String) -> String? {
        let head = title.split(separator: ":", maxSplits: 1).first.map(String.init) ?? title
        var words: [String] = []
        var word = ""
        for ch in head.lowercased() {
            if ch.isLetter { word.append(ch) } else if !word.isEmpty { words.append(word); word = "" }
        }
        if !word.isEmpty { words.append(word) }
        // "… for 2022" without its year.
        while let last = words.last, ["for", "of", "in", "at", "on", "and", "the", "to"].contains(last) { words.removeLast() }
        return words.count >= 2 ? words.joined(separator: " ") : nil
    }

    /// The most frequent key with its count; ties go to the smaller key (the older resolution).
    static func mostCommon<K: Comparable>(_ counts: [K: Int]) -> (key: K, count: Int)? {
        counts.max { ($0.value, $1.key) < ($1.value, $0.key) }.map { ($0.key, $0.value) }
    }

    /// The most frequent key when it holds more than half of the counts.
    static func majority<K: Comparable>(_ counts: [K: Int]) -> K? {
        guard let (key, n) = mostCommon(counts) else { return nil }
        return 2 * n > counts.values.reduce(0, +) ? key : nil
    }

    private static func regex(_ pattern: String) -> NSRegularExpression {
        // The patterns are constants of this file.
        try! NSRegularExpression(pattern: pattern)
    }

    /// Groups of the first match (group 0 the whole match; "" for a group that did not take part).
    private static func first(_ re: NSRegularExpression, _ s: String) -> [String]? {
        let ns = s as NSString
        guard let m = re.firstMatch(in: s, range: NSRange(location: 0, length: ns.length)) else { return nil }
        return groups(m, ns)
    }

    private static func all(_ re: NSRegularExpression, _ s: String) -> [[String]] {
        let ns = s as NSString
        return re.matches(in: s, range: NSRange(location: 0, length: ns.length)).map { groups($0, ns) }
    }

    private static func groups(_ m: NSTextCheckingResult, _ ns: NSString) -> [String] {
        (0..<m.numberOfRanges).map { i in
            let r = m.range(at: i)
            return r.location == NSNotFound ? "" : ns.substring(with: r)
        }
    }
}
