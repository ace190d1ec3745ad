import CiteCore
import Testing
@testable import CiteReport

/// The shortcuts the site takes for speed give exactly what the slower code they stand in for
/// gives: the symbol sort key orders as `SymbolOrder.less`, HTML escaping returns unchanged only
/// text it would not change, quotes skip the white-space folding only when it changes nothing,
/// and `url(` is found wherever `String.contains` finds it.
@Suite struct FastPathTests {
    /// Symbols of every shape the corpus holds, plus digit runs with leading zeros, a digit
    /// against a letter or punctuation on either side of `0`…`9`, prefixes, and non-ASCII.
    static let symbols: [String] = [
        "A/RES/73/9", "A/RES/73/10", "A/RES/73/010", "A/RES/73/0010", "A/RES/73/1", "A/RES/73", "A/RES/73/", "A/RES/7",
        "A/RES/S-27/2", "A/RES/ES-11/1", "A/RES/2200 (XXI)", "A/RES/2200A (XXI)", "A/RES/217 (III)", "A/DEC/60/519",
        "S/RES/1325 (2000)", "S/RES/1325(2000)", "S/RES/2467 (2019)", "S/RES/242 (1967)", "S/RES/0242 (1967)",
        "A/HRC/RES/54/7", "E/RES/2019/20", "E/CN.4/RES/2005/70", "UNTS 1577/27531", "UNTS 2171/27531",
        "instrument:charter-of-the-united-nations", "instrument:beijing-platform", "A/78/209", "S/2019/123",
        "0", "00", "000", "1", "01", "10", "9", "09", "", "a", "A", "/", ":", "@", "a0", "a00", "a0b", "a/", "a9z", "é1", "e1",
        "A/RES/1٢/3", "A/RES/\u{1F600}/1", "x 1", "x  1", "12a", "12", "12/", "1/2", "1/10", "01/2",
    ]

    @Test func symbolSortKeyOrdersAsSymbolOrder() {
        var ids = FastPathTests.symbols
        var generator = SplitMix(seed: 11)
        let alphabet = Array("0123456789/ -(ARES)a:.")
        for _ in 0..<400 {
            ids.append(String((0..<Int(generator.next() % 9)).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }))
        }
        let keys = ids.map(SymbolOrder.Key.init)
        for i in ids.indices {
            for j in ids.indices {
                #expect((keys[i] < keys[j]) == SymbolOrder.less(ids[i], ids[j]), "\(ids[i]) vs \(ids[j])")
            }
        }
        // And so a sort by keys is the sort by SymbolOrder.
        let unique = Array(Set(ids))
        #expect(unique.sorted { SymbolOrder.Key($0) < SymbolOrder.Key($1) } == unique.sorted(by: SymbolOrder.less))
    }

    /// The escaping before the shortcut, scalar by scalar.
    static func slowHTML(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            default: out += scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) ? "\u{FFFD}" : String(scalar)
            }
        }
        return out
    }

    static let texts: [String] = [
        "", "plain", "A/RES/73/154", "Tab\there", "line\nbreak", "cr\r", "nul\u{0}", "esc\u{1B}[31m", "del\u{7F}",
        "c1 \u{85} next line", "c1 \u{9F}", "not c1: \u{A0} \u{C2}\u{A9} é ü 中文", "Â\u{80}", "a & b", "<b>", "\"q\"", "it's",
        "emoji \u{1F600}", "combining e\u{0301}", "\u{2028}", " lead", "trail ", "two  spaces", "ok words here",
        " \u{0301}x", "a \u{0301}b", "a\r\nb", "…cut", "x\u{0301} ", "\u{FEFF}bom",
    ]

    @Test func htmlEscapingShortcutChangesNothing() {
        for text in FastPathTests.texts {
            #expect(Escaping.html(text) == FastPathTests.slowHTML(text), "\(text.debugDescription)")
            #expect(Escaping.needsHTMLEscaping(text) == (FastPathTests.slowHTML(text) != text), "\(text.debugDescription)")
        }
    }

    @Test func flatQuotesSkipOnlyWhatFoldingLeavesAlone() {
        for text in FastPathTests.texts + FastPathTests.symbols {
            let folded = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
            if Site.isFlat(text) { #expect(folded == text, "\(text.debugDescription)") }
        }
        #expect(Site.isFlat("Recalling its resolution 73/154 of 17 December 2018,"))
        #expect(!Site.isFlat("two  spaces") && !Site.isFlat(" lead") && !Site.isFlat("line\nbreak"))
        // The window of a paragraph, cut at spaces, is the same either way.
        let paragraph = "Recalling  its resolutions 73/154 of 17 December 2018\nand 74/174, " + String(repeating: "word ", count: 60)
        let window = Site.window(paragraph, from: 11, to: 40)
        #expect(window.hasPrefix("Recalling its resolutions 73/154 of 17 December 2018 and 74/174, word"))
        #expect(window.hasSuffix("word…"))
        #expect(window == window.split(separator: " ").joined(separator: " "))
        // Edge spaces dropped without the split: the same as folding, whatever borders them.
        for text in FastPathTests.texts + FastPathTests.symbols {
            for padded in [text, " " + text, text + " ", "  " + text + "  ", " \u{0301}" + text + " ", text + "\u{0600} "] {
                let slow = padded.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
                let fast = Array(padded.utf8).withUnsafeBufferPointer { Site.folded($0) }
                #expect(fast == slow, "\(padded.debugDescription)")
            }
        }
    }

    @Test func urlReferenceFoundAsContainsFindsIt() {
        for value in ["url(#a)", "fill:url(#g)", "uurl(", "ur l(", "URL(", "url", "u r l (", "", "xurl(y", "urlurl(", "ulr("] {
            #expect(InlineSVG.containsURL(value) == value.contains("url("), "\(value)")
        }
    }

    /// `Site.jsonString` as it was written scalar by scalar, before it read bytes.
    static func jsonStringByScalars(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    @Test func jsonStringByBytesEscapesAsByScalars() {
        var texts = FastPathTests.symbols + ["", "\"", "\\", "</script>", "a&b", "\u{2028}x\u{2029}", "\u{7F}\u{80}\u{9F}\u{A0}",
                                             "\u{1B}[31m", "é\u{2027}\u{202A}", "\u{C2}", "日本\u{1F600}", "\t\n\r\u{0}"]
        var generator = SplitMix(seed: 7)
        let alphabet: [Character] = ["a", "\"", "\\", "<", ">", "&", "\u{2028}", "\u{2029}", "\u{85}", "\u{9F}", "\u{A0}", "\u{1F}",
                                     "\u{7F}", "é", "€", "\u{1F600}", " ", "\n"]
        for _ in 0..<2_000 {
            texts.append(String((0..<Int(generator.next() % 12)).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }))
        }
        for t in texts { #expect(Site.jsonString(t) == FastPathTests.jsonStringByScalars(t), "\(t.debugDescription)") }
    }
}

/// A small deterministic generator (SplitMix64), so the random symbols are the same on every run.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

}
