import Testing
@testable import CiteCore

/// The byte paths of `Symbol` parsing (taken for ASCII text) give what the Character paths give.
@Suite("Symbol fast paths")
struct SymbolFastPathTests {
    /// Every string of up to 4 characters from an alphabet of the characters `normalise` treats
    /// apart, plus random longer ones: the ASCII path and the Character path agree on each.
    @Test("normaliseASCII equals the Character reading on every short string and random long ones")
    func normaliseAgrees() {
        let alphabet: [Character] = [" ", "\t", "\n", "_", "(", ")", "a", "Z", "1", "/", "-"]
        var strings: [String] = [""]
        var frontier: [String] = [""]
        for _ in 0..<4 {
            frontier = frontier.flatMap { s in alphabet.map { s + String($0) } }
            strings += frontier
        }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let n = Int.random(in: 5...30, using: &generator)
            strings.append(String((0..<n).map { _ in alphabet.randomElement(using: &generator)! }))
        }
        strings += ["s/res/2467 ( 2019 )", "A/RES/2200 A(XXI)", "  e/res/2019/20  ", "A_RES_78_10", "( )", "(  )x"]
        var checked = 0
        for s in strings {
            #expect(Symbol.normaliseASCII(s) == Symbol.normaliseCharacters(s), "\(s.debugDescription)")
            checked += 1
        }
        #expect(checked > 16_000)
        // Non-ASCII text goes the Character way.
        #expect(Symbol.normaliseASCII("A/RES/78/1\u{00A0}2") == nil)
        #expect(Symbol.normalise("a/res/78/1\u{2003}(2)") == Symbol.normaliseCharacters("a/res/78/1\u{2003}(2)"))
    }

    @Test("trimmed returns clean text as it is and trims the rest as Foundation does")
    func trimming() {
        #expect(Symbol.trimmed("A/RES/73/154") == "A/RES/73/154")
        #expect(Symbol.trimmed("  A/RES/73/154\n") == "A/RES/73/154")
        #expect(Symbol.trimmed("\u{00A0}S/RES/1325 (2000)\u{2003}") == "S/RES/1325 (2000)")
        #expect(Symbol.trimmed(" \t ") == "")
    }

    @Test("Council numbers are read from lower-case and long-s prefixes as before")
    func prefixes() {
        #expect(Symbol("resolution 2467 (2019)")?.id == "S/RES/2467 (2019)")
        #expect(Symbol("Res. 2467")?.id == "S/RES/2467")
        #expect(Symbol("security council resolution 1325 (2000)")?.id == "S/RES/1325 (2000)")
        #expect(Symbol("a/res/73/154")?.id == "A/RES/73/154")
    }

    @Test("undocs.org addresses escape every byte but letters, digits and /.-_~")
    func undocs() {
        #expect(Symbols.undocsURL("S/RES/1325 (2000)") == "https://undocs.org/S/RES/1325%20%282000%29")
        #expect(Symbols.undocsURL("A/RES/ES-11/1") == "https://undocs.org/A/RES/ES-11/1")
        #expect(Symbols.undocsURL("A/RES/78/1é~") == "https://undocs.org/A/RES/78/1%C3%A9~")
        #expect(Symbols.undocsURL("UNTS 1577/27531") == nil)
    }
}
