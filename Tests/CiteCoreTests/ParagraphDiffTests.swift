import Foundation
import Testing
@testable import CiteCore

/// The paragraph diff: word diff, tokens, alignment on small hand-made cases, then three real
/// consecutive pairs of `Fixtures/diff` whose expected changes were read from both texts.
@Suite("Paragraph diff")
struct ParagraphDiffTests {
    static func pp(_ n: Int, _ text: String) -> DiffParagraph { DiffParagraph(label: "PP\(n)", section: .preamble, text: text) }
    static func op(_ n: Int, _ text: String) -> DiffParagraph { DiffParagraph(label: "OP\(n)", section: .operative, text: text) }

    static func compare(_ a: [DiffParagraph], _ b: [DiffParagraph], _ ca: [Citation] = [], _ cb: [Citation] = []) -> DocumentDiff {
        ParagraphDiff.compare(DiffInput(symbol: "A", paragraphs: a, citations: ca), DiffInput(symbol: "B", paragraphs: b, citations: cb))
    }

    static func change(_ d: DocumentDiff, to label: String) -> ParagraphChange? { d.paragraphs.first { $0.to == label } }
    static func change(_ d: DocumentDiff, from label: String) -> ParagraphChange? { d.paragraphs.first { $0.from == label } }

    // MARK: - Word diff

    @Test func myersGivesAShortestScriptWithDeletionsFirst() {
        let a = ["until", "31", "October", "2024", ";"], b = ["until", "31", "October", "2025", ";"]
        let s = WordDiff.script(a, b)
        #expect(s.map(\.op) == [.equal, .equal, .equal, .delete, .insert, .equal])
        #expect(s[3].a == 3 && s[4].b == 3)
    }

    @Test func myersRebuildsBothSequences() {
        let a = Array("the quick brown fox jumps over the lazy dog".split(separator: " ")).map(String.init)
        let b = Array("a quick brown cat jumps over the dog today".split(separator: " ")).map(String.init)
        let s = WordDiff.script(a, b)
        #expect(s.compactMap { $0.op != .insert ? $0.a.map { a[$0] } : nil } == a)
        #expect(s.compactMap { $0.op != .delete ? $0.b.map { b[$0] } : nil } == b)
        // the→a, fox→cat, lazy out, today in: 3 deletions, 3 insertions.
        #expect(s.filter { $0.op == .delete }.count == 3 && s.filter { $0.op == .insert }.count == 3)
        #expect(WordDiff.script([String](), ["x"]).map(\.op) == [.insert])
        #expect(WordDiff.script(["x"], [String]()).map(\.op) == [.delete])
    }

    @Test func anInsertedListItemStartsAtAWord() {
        // S/RES/2756 (2024), OP10: "2602 (2021), and 2654 (2022)" → "…, 2654 (2022), and 2703 (2023)".
        let a = [DiffParagraph(label: "OP10", section: .operative, text: "resolutions 2602 (2021), and 2654 (2022) and the success")]
        let b = [DiffParagraph(label: "OP10", section: .operative, text: "resolutions 2602 (2021), 2654 (2022), and 2703 (2023) and the success")]
        let d = Self.compare(a, b)
        let inserted = d.paragraphs[0].words.filter { $0.op == .insert }.map(\.text)
        #expect(inserted == [", and 2703 (2023)"])
    }

    // MARK: - Tokens

    @Test func numbersListLettersAndFootnoteMarkersAreNotWords() {
        let t = DiffTokenizer.tokens(["3.\tDecides to extend the Change1 until 31 October 2024;"]).map(\.text)
        #expect(t == ["Decides", "to", "extend", "the", "Change", "until", "31", "October", "2024", ";"])
        // A/RES/80/138 PP23: "2017–2030,21 and" — the year stays, the marker goes.
        #expect(DiffTokenizer.tokens(["strategic plan for forests 2017–2030,21 and"]).map(\.key) == ["strategic", "plan", "for", "forests", "2017", "-", "2030", ",", "and"])
        #expect(DiffTokenizer.tokens(["the Warsaw Framework for REDD-plus22 and"]).map(\.text).contains("REDD-plus"))
        // Symbols, thousands and hyphenated numbers are kept whole.
        #expect(DiffTokenizer.tokens(["(S/2024/707), 1,325 troops, COVID‑19, A/RES/54/7 and L.53"]).map(\.text)
                == ["(", "S/2024/707", ")", ",", "1,325", "troops", ",", "COVID‑19", ",", "A/RES/54/7", "and", "L.53"])
        let items = DiffTokenizer.tokens(["Requests:", "(b)\tto report;"])
        #expect(items.map(\.key) == ["Requests", ":", "(•)", "to", "report", ";"])
        #expect(items[2].space == "\n")
    }

    // MARK: - Alignment, hand-made

    @Test func renumberedParagraphsAreUnchanged() {
        let a = [Self.op(1, "1.\tDecides to extend the mandate of the Mission until 31 March 2025;"),
                 Self.op(2, "2.\tRequests the Secretary-General to report every ninety days;")]
        let b = [Self.op(1, "1.\tDecides to extend the mandate of the Mission until 31 March 2025;"),
                 Self.op(2, "2.\tCondemns all attacks against peacekeepers and civilians in the strongest terms;"),
                 Self.op(3, "3.\tRequests the Secretary-General to report every ninety days;")]
        let d = Self.compare(a, b)
        #expect(Self.change(d, from: "OP2")?.status == .unchanged)
        #expect(Self.change(d, from: "OP2")?.to == "OP3")
        #expect(Self.change(d, to: "OP2")?.status == .new)
        #expect(d.counts.unchanged == 2 && d.counts.new == 1 && d.counts.changed == 0)
    }

    @Test func aParagraphFoundElsewhereIsMoved() {
        let x = "Recalling all its previous resolutions and statements on the situation in the region,"
        let y = "Reaffirming its strong commitment to the sovereignty, independence and territorial integrity of the country,"
        let z = "Expressing deep concern at the humanitarian situation and the number of displaced persons,"
        let d = Self.compare([Self.pp(1, x), Self.pp(2, y), Self.pp(3, z)], [Self.pp(1, z), Self.pp(2, x), Self.pp(3, y)])
        #expect(d.counts.moved == 1 && d.counts.unchanged == 2)
        let moved = d.paragraphs.first { $0.status == .moved }
        #expect(moved?.from == "PP3" && moved?.to == "PP1")
        #expect(d.paragraphs.map(\.to) == ["PP1", "PP2", "PP3"])
    }

    @Test func aSplitParagraphIsChangedAndNewSplitFromIt() {
        let a = [Self.op(1, "1.\tDecides to extend the mandate of the Mission until 31 March 2025, and requests the Secretary-General to report to the Council every ninety days on the implementation of this resolution;")]
        let b = [Self.op(1, "1.\tDecides to extend the mandate of the Mission until 31 March 2025;"),
                 Self.op(2, "2.\tRequests the Secretary-General to report to the Council every ninety days on the implementation of this resolution;")]
        let d = Self.compare(a, b)
        #expect(d.paragraphs.count == 2)
        let split = Self.change(d, to: "OP2")
        #expect(split?.status == .new && split?.splitFrom == "OP1")
        #expect(d.counts.split == 1)
        // Every label once on each side.
        #expect(d.paragraphs.compactMap(\.from) == ["OP1"])
        #expect(d.paragraphs.compactMap(\.to) == ["OP1", "OP2"])
    }

    @Test func aMergedParagraphIsDroppedIntoItsNewHome() {
        let a = [Self.pp(1, "Stressing the importance of improving the human rights situation in the region,"),
                 Self.pp(2, "Urging enhancing cooperation with the Office of the High Commissioner, including through facilitating visits,")]
        let b = [Self.pp(1, "Stressing the importance of improving the human rights situation in the region, and strongly urging enhancing cooperation with the Office of the High Commissioner, including through facilitating visits,")]
        let d = Self.compare(a, b)
        let merged = Self.change(d, from: "PP2")
        #expect(merged?.status == .dropped && merged?.mergedInto == "PP1")
        #expect(Self.change(d, from: "PP1")?.status == .changed)
    }

    @Test func footnoteMarkersAndListLettersAreNoChange() {
        let a = [Self.pp(1, "Recalling the Convention on the Rights of the Child,1 and the Optional Protocols thereto,2"),
                 Self.op(1, "1.\tRequests:"), Self.op(1, "(a)\tto report;"), Self.op(1, "(b)\tto consult;")]
        let b = [Self.pp(1, "Recalling the Convention on the Rights of the Child,3 and the Optional Protocols thereto,4"),
                 Self.op(1, "1.\tRequests:"), Self.op(1, "(a)\tto inform;"), Self.op(1, "(b)\tto report;"), Self.op(1, "(c)\tto consult;")]
        let d = Self.compare(a, b)
        #expect(Self.change(d, from: "PP1")?.status == .unchanged)
        let list = Self.change(d, from: "OP1")
        #expect(list?.status == .changed)
        #expect(list?.words.filter { $0.op != .equal }.map(\.text) == ["\n(a) to inform;"])
    }

    @Test func citationsFollowTheirParagraphs() {
        func cite(_ citing: String, _ target: String, _ label: String) -> Citation {
            Citation(citing: citing, target: target, targetKind: .resolution, relation: .recalls, section: .preamble,
                     paragraph: label, span: 0..<1, text: "x")
        }
        let a = [Self.pp(1, "Recalling its resolutions 2602 (2021) and 2654 (2022) on the question,")]
        let b = [Self.pp(1, "Recalling its resolutions 2654 (2022) and 2703 (2023) on the question,")]
        let d = Self.compare(a, b, [cite("A", "S/RES/2602 (2021)", "PP1"), cite("A", "S/RES/2654 (2022)", "PP1")],
                             [cite("B", "S/RES/2654 (2022)", "PP1"), cite("B", "S/RES/2703 (2023)", "PP1")])
        let p = Self.change(d, to: "PP1")
        #expect(p?.citations == CitationChanges(added: ["S/RES/2703 (2023)"], dropped: ["S/RES/2602 (2021)"], kept: ["S/RES/2654 (2022)"]))
        #expect(d.citations.added == ["S/RES/2703 (2023)"] && d.counts.citationsDropped == 1 && d.counts.citationsKept == 1)
    }

    @Test func aLetterIsComparedAsPlainParagraphsAndSaysSo() {
        let a = [Self.pp(1, "I have the honour to transmit the report of the Panel."), Self.pp(2, "I should be grateful if it were brought to the attention of the members.")]
        let b = [Self.pp(1, "I have the honour to transmit the final report of the Panel."), Self.pp(2, "I should be grateful if it were brought to the attention of the members.")]
        let d = Self.compare(a, b)
        #expect(d.notes == ["A has no operative paragraphs: compared as plain paragraphs", "B has no operative paragraphs: compared as plain paragraphs"])
        #expect(Self.change(d, to: "PP1")?.words.filter { $0.op == .insert }.map(\.text) == [" final"])
    }

    // MARK: - Real pairs

    static func input(_ name: String) throws -> DiffInput {
        let url = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil)).appendingPathComponent("diff/\(name)")
        let doc = try DocumentReader.read(path: url.path)
        return DiffInput(document: doc, citations: CitationExtractor().extract(doc))
    }

    static func checkEveryLabelOnce(_ d: DocumentDiff, _ a: DiffInput, _ b: DiffInput) {
        func labels(_ i: DiffInput) -> [String] {
            var out: [String] = []
            for p in i.paragraphs where p.section != .cover && out.last != p.label { out.append(p.label) }
            return out
        }
        #expect(d.paragraphs.compactMap(\.from).sorted() == labels(a).sorted())
        #expect(d.paragraphs.compactMap(\.to) == labels(b))
    }

    /// MINURSO, S/RES/2703 (2023) → S/RES/2756 (2024), read side by side: the mandate runs a
    /// year longer, the report cited is the new one, preambular paragraph 21 (cooperation with
    /// OHCHR) moved into paragraph 18, "long -standing" lost a space.
    @Test func minursoRenewal() throws {
        let a = try Self.input("S_RES_2703_(2023).txt"), b = try Self.input("S_RES_2756_(2024).txt")
        let d = ParagraphDiff.compare(a, b)
        Self.checkEveryLabelOnce(d, a, b)
        #expect(d.counts.unchanged == 33 && d.counts.changed == 10 && d.counts.new == 0 && d.counts.dropped == 1 && d.counts.moved == 0)
        let op1 = Self.change(d, to: "OP1")
        #expect(op1?.status == .changed)
        #expect(op1?.words.filter { $0.op != .equal }.map { "\($0.op.rawValue)\($0.text)" } == ["- 2024", "+ 2025"])
        #expect(Self.change(d, from: "PP21")?.mergedInto == "PP18")
        #expect(Self.change(d, from: "PP8")?.status == .unchanged)
        let report = Self.change(d, to: "PP26")
        #expect(report?.from == "PP27")
        #expect(report?.citations.added == ["S/2024/707"] && report?.citations.dropped == ["S/2023/729"])
        #expect(d.citations.added == ["S/RES/2703 (2023)", "S/2024/707"] && d.citations.dropped == ["S/2023/729"])
    }

    /// GA climate, A/RES/79/206 → A/RES/80/138: the COVID-19 paragraphs (PP10, OP2) are gone,
    /// the years move on, renumbered footnote markers are no change.
    @Test func gaClimateLastStep() throws {
        let a = try Self.input("A_RES_79_206.txt"), b = try Self.input("A_RES_80_138.txt")
        let d = ParagraphDiff.compare(a, b)
        Self.checkEveryLabelOnce(d, a, b)
        #expect(Self.change(d, from: "PP10")?.status == .dropped)
        #expect(Self.change(d, from: "OP2")?.status == .dropped)
        #expect(Self.change(d, from: "OP3")?.to == "OP2")
        let calendar = Self.change(d, to: "OP43")
        #expect(calendar?.from == "OP42")
        #expect(calendar?.words.filter { $0.op == .insert }.map(\.text) == [" and 2027", " and 2027"])
        let forests = Self.change(d, to: "PP23")
        #expect(forests?.from == "PP24")
        #expect(!(forests?.words.contains { $0.op != .equal && $0.text.contains("2030") } ?? true))
        #expect(Self.change(d, to: "PP13")?.words.filter { $0.op != .equal }.map(\.text) == [" 2024", " 2025"])
        #expect(d.citations.added.contains("A/RES/79/206") && d.citations.dropped.contains("A/RES/76/296"))
    }

    /// ECOSOC Haiti, E/RES/2024/20 → E/RES/2025/22: the long list of resolutions in PP1 becomes
    /// "its resolution 2024/20 … and all previous", a paragraph on the Caribbean region is new.
    @Test func ecosocHaiti() throws {
        let a = try Self.input("E_RES_2024_20.txt"), b = try Self.input("E_RES_2025_22.txt")
        let d = ParagraphDiff.compare(a, b)
        Self.checkEveryLabelOnce(d, a, b)
        #expect(Self.change(d, to: "PP1")?.status == .changed)
        #expect(Self.change(d, to: "PP3")?.status == .new)
        #expect(Self.change(d, to: "PP3")?.text == "Mindful of the serious implications of the crisis in Haiti for the Caribbean region,")
        #expect(Self.change(d, to: "OP2")?.words.filter { $0.op != .equal }.map(\.text) == [" 2025", " 2026"])
        #expect(Self.change(d, to: "PP1")?.citations.dropped.count == 34)
    }

    @Test func outputIsTheSameOnEveryRun() throws {
        let a = try Self.input("A_RES_79_206.txt"), b = try Self.input("A_RES_80_138.txt")
        let first = ParagraphDiff.compare(a, b)
        let second = ParagraphDiff.compare(a, b)
        #expect(first.json == second.json)
        #expect(first.text(colour: false) == second.text(colour: false))
        let object = try JSONSerialization.jsonObject(with: Data(first.json.utf8)) as? [String: Any]
        #expect((object?["paragraphs"] as? [Any])?.count == first.paragraphs.count)
        #expect(object?["from"] as? String == "A/RES/79/206")
    }
}
