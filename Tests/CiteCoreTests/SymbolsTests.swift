import Foundation
import Testing
@testable import CiteCore

/// Canonical identifiers of DESIGN.md.
@Suite("Symbols")
struct SymbolsTests {
    @Test("canonical ids by body and kind")
    func canonical() {
        #expect(Symbols.canonical(body: .ga, kind: .resolution, number: "73/154") == "A/RES/73/154")
        #expect(Symbols.canonical(body: .ga, kind: .resolution, number: "2200 (XXI)") == "A/RES/2200 (XXI)")
        #expect(Symbols.canonical(body: .ga, kind: .resolution, number: "ES-11/1") == "A/RES/ES-11/1")
        #expect(Symbols.canonical(body: .ga, kind: .decision, number: "60/519") == "A/DEC/60/519")
        #expect(Symbols.canonical(body: .hrc, kind: .resolution, number: "54/7") == "A/HRC/RES/54/7")
        #expect(Symbols.canonical(body: .ecosoc, kind: .resolution, number: "2019/20") == "E/RES/2019/20")
        #expect(Symbols.canonical(body: .chr, kind: .resolution, number: "2005/70") == "E/CN.4/RES/2005/70")
        #expect(Symbols.canonical(body: .sc, kind: .resolution, number: "1325") == nil)
        #expect(Symbols.scResolution(1325, year: 2000) == "S/RES/1325 (2000)")
    }

    @Test("body and kind of a symbol")
    func bodyAndKind() {
        #expect(Symbols.body(ofSymbol: "A/HRC/RES/54/7") == .hrc)
        #expect(Symbols.body(ofSymbol: "E/CN.4/RES/2005/70") == .chr)
        #expect(Symbols.body(ofSymbol: "E/RES/2019/20") == .ecosoc)
        #expect(Symbols.body(ofSymbol: "S/PRST/2002/12") == .sc)
        #expect(Symbols.body(ofSymbol: "FCCC/CP/2015/10/Add.1") == nil)
        #expect(Symbols.kind(ofSymbol: "A/DEC/60/519") == .decision)
        #expect(Symbols.kind(ofSymbol: "A/78/461") == .document)
        #expect(Symbols.kind(ofSymbol: "UNTS 1577/27531") == .treaty)
        #expect(Symbols.kind(ofSymbol: "instrument:universal-declaration-of-human-rights") == .instrument)
    }

    @Test("part letters leave the id")
    func withoutPart() {
        #expect(Symbols.withoutPart("A/RES/75/101 A-B") == "A/RES/75/101")
        #expect(Symbols.withoutPart("A/RES/75/290 A") == "A/RES/75/290")
        #expect(Symbols.withoutPart("A/RES/2200 (XXI)") == "A/RES/2200 (XXI)")
        #expect(Symbols.withoutPart("S/RES/1325 (2000)") == "S/RES/1325 (2000)")
    }

    @Test("Roman numerals and plausible Security Council numbers")
    func romanAndPlausible() {
        #expect(Symbols.romanValue("XXI") == 21)
        #expect(Symbols.romanValue("III") == 3)
        #expect(Symbols.romanValue("XL") == 40)
        #expect(Symbols.romanValue("A") == nil)
        #expect(Symbols.isPlausibleSCResolution(number: 1325, year: 2000))
        #expect(Symbols.isPlausibleSCResolution(number: 2467, year: 2019))
        #expect(!Symbols.isPlausibleSCResolution(number: 1577, year: 1989))
        #expect(!Symbols.isPlausibleSCResolution(number: 2225, year: 2000))
    }

    @Test("explicit symbols as written in the text")
    func symbolParser() {
        func parse(_ s: String) -> SymbolParser.Parsed? { SymbolParser.parse(Array(s.utf8), at: 0, end: s.utf8.count) }
        #expect(parse("S/RES/1325 (2000)")?.symbol == "S/RES/1325 (2000)")
        #expect(parse("S/RES/2282(2016), and")?.symbol == "S/RES/2282 (2016)")
        #expect(parse("A/RES/50/81 and")?.symbol == "A/RES/50/81")
        #expect(parse("A/76/462/Add.2, para. 114")?.symbol == "A/76/462/Add.2")
        #expect(parse("S$/21909.")?.symbol == "S/21909")
        #expect(parse("FCCC/CP/2015/10/Add.1.")?.symbol == "FCCC/CP/2015/10/Add.1")
        #expect(parse("Annex") == nil)
        // A presidential statement without its "S/" is the Council's: one node with "S/PRST/…".
        #expect(parse("PRST/2017/21 and")?.symbol == "S/PRST/2017/21")
        #expect(parse("PRST/2006/28),")?.symbol == "S/PRST/2006/28")
        #expect(parse("S/PRST/2006/28")?.symbol == "S/PRST/2006/28")
        #expect(parse("PRST/12/3")?.symbol == "PRST/12/3")  // no year: not the Council's numbering
    }

    @Test("a presidential statement cited without its “S/” (S/RES/2408 (2018), S/PRST/2020/3) is the S/PRST node", arguments: [
        ("…by the end of 2018, recalls PRST/2017/3 in which the Security Council called for active steps to lay the foundation for elections in four years,", "S/PRST/2017/3"),
        ("“The Security Council commends the work … to develop a United Nations practical guidance …, as encouraged by the Security Council in its PRST/2017/21 and of which the concrete implementation is the primary responsibility of all relevant actors.", "S/PRST/2017/21"),
    ])
    func presidentialStatementWithoutPrefix(_ sentence: String, _ target: String) {
        let bytes = Array(sentence.utf8)
        let found = ReferenceScanner(bytes: bytes, citingBody: .sc).scan(0..<bytes.count).map(\.target)
        #expect(found == [target])
    }

    @Test("Council symbols the source spaced out or punctuated (the aide-memoire S/PRST/2018/18)")
    func spacedOutCouncilSymbols() {
        func parse(_ s: String) -> String? { SymbolParser.parse(Array(s.utf8), at: 0, end: s.utf8.count)?.symbol }
        // As written in S/PRST/2018/18's annex.
        #expect(parse("S/RES/22 1 1 (2015), op. 34") == "S/RES/2211 (2015)")
        #expect(parse("S/RES/2 3 85 (2017), op. 2, op. 4") == "S/RES/2385 (2017)")
        #expect(parse("S/RES/2393 (201 7 ), pp. 15") == "S/RES/2393 (2017)")
        #expect(parse("S/RES/1998, (2011), op. 19") == "S/RES/1998 (2011)")
        // Joined only when the Council adopted that number in that year: a list item is not swallowed.
        #expect(parse("S/RES/2 3 (2017)") == "S/RES/2")
        #expect(parse("S/RES/2213, pp. 7 and op. 5") == "S/RES/2213")
    }

    @Test("a joint symbol printed with an en dash is the same node as with a hyphen (Arabic A/RES/78/121)")
    func jointSymbolWithEnDash() {
        func parse(_ s: String) -> SymbolParser.Parsed? { SymbolParser.parse(Array(s.utf8), at: 0, end: s.utf8.count) }
        #expect(parse("A/78/86\u{2013}E/2023/83.")?.symbol == "A/78/86-E/2023/83")
        #expect(parse("A/78/86-E/2023/83.")?.symbol == "A/78/86-E/2023/83")
        #expect(parse("A/72/707\u{2013}S/2018/43.")?.length == "A/72/707\u{2013}S/2018/43".utf8.count)
        // A dash that joins no second symbol ends the first: a range, or words after it.
        #expect(parse("A/78/86\u{2013}87")?.symbol == "A/78/86")
        #expect(parse("A/78/86\u{2013}Add")?.symbol == "A/78/86")
    }

    @Test("a resolution of the Environment Assembly is one node however its \"Res.\" is cased")
    func resSegmentCase() {
        func parse(_ s: String) -> String? { SymbolParser.parse(Array(s.utf8), at: 0, end: s.utf8.count)?.symbol }
        #expect(parse("UNEP/EA.5/RES.6.") == "UNEP/EA.5/Res.6")
        #expect(parse("UNEP/EA.5/Res.6") == "UNEP/EA.5/Res.6")
        #expect(parse("A/RES/78/1") == "A/RES/78/1")
        #expect(parse("UNEP/EA.5/RES.A") == "UNEP/EA.5/RES.A")
        // Another organization's series keeps its own casing (S/RES/841 (1993): "MRE/RES.1/91").
        #expect(parse("MRE/RES.1/91") == "MRE/RES.1/91")
    }
}
