import Foundation
import Testing
@testable import CiteCore

/// The byte-level readers of issue 12 (speed) answer as the `String` readings they replace.
@Suite("Byte readings agree with string readings")
struct ByteReadingTests {
    /// Texts that trip byte readings: non-ASCII letters, NBSP, U+2011, combining marks, CRLF,
    /// typographic apostrophes, other scripts.
    static let tricky: [String] = [
        "Recalling the Treaty on the Non\u{2011}Proliferation of Nuclear Weapons and the Charter\u{00A0}of the United Nations,",
        "Welcoming the accession of Türkiye to the Convention on the Rights of the Child,\r\nRecalling also",
        "Reaffirming the Conve\u{0301}ntion and the Convention\u{0301} on Biological Diversity;",
        "L’Assemblée générale,\n\nRappelant sa résolution 76/13 et les résolutions de l’Assemblée",
        "L\u{2019}Assemble\u{0301}e ge\u{0301}ne\u{0301}rale, rappelant sa re\u{0301}solution 76/13 et les re\u{0301}solutions",
        "La Asamblea General,\n\nRecordando su resolución 74/1 y las resoluciones del Consejo con una",
        "Генеральная Ассамблея, ссылаясь на Конвенцию о правах ребенка",
        "إن الجمعية العامة، إذ تشير إلى اتفاقية حقوق الطفل",
        "大会，回顾《儿童权利公约》",
        "The General Assembly 👍🏽, recalling the Paris Agreement\u{200D} and CEDAW/C/GC/38,",
        "THE GENERAL ASSEMBLY, RECALLING ITS RESOLUTION 73/154 OF 17 DECEMBER 2018 AND THE KELVIN \u{212A}",
    ]

    @Test("a word table finds what a dictionary of the same words finds")
    func wordTableAgreesWithDictionary() {
        let words = ["convention", "conventions", "con", "rights", "türkiye", "конвенци", "اتفاقية", "儿", "a", "", "paris"]
            + (0..<200).map { "word\($0)" }
        var table = WordTable()
        var dictionary: [String: Int32] = [:]
        for (i, w) in words.enumerated() {
            table.insert(w, id: Int32(i))
            if dictionary[w] == nil { dictionary[w] = Int32(i) }
        }
        table.insert("convention", id: 999)  // present already: keeps its first id
        #expect(table.count == Set(words).count)
        for w in words + ["conv", "conventionz", "Convention", "turkiye", "word200", "wor"] {
            #expect(table.id(of: w) == (dictionary[w] ?? -1), "\(w)")
        }
        for w in ["Convention", "CONVENTIONS", "cOn", "Rights", "Word17", "Paris", "Pari", "Parisx"] {
            #expect(table.id(ofASCII: Array(w.utf8)[...]) == (dictionary[w.lowercased()] ?? -1), "\(w)")
        }
    }

    @Test("every token's word id read from its bytes equals the id of its key")
    func tokenIDsAgree() throws {
        let matcher = try #require(CitationExtractor.bundledMatcher)
        var checked = 0
        for text in Self.tricky {
            let bytes = Array(text.utf8)
            for token in InstrumentToken.tokenize(utf8: bytes) {
                #expect(matcher.trie.wordID(of: token, in: bytes) == matcher.trie.wordID(token.key), "\(token.key) in \(text)")
                if token.isASCII { #expect(token.key == String(decoding: bytes[token.start..<token.end], as: UTF8.self).lowercased()) }
                checked += 1
            }
            #expect(matcher.matches(in: text) == matcher.matches(utf8: bytes))
        }
        #expect(checked > 100)
        // The ids are real: the words of a name are found, in any case.
        let found = matcher.matches(in: Self.tricky[0]).map(\.words)
        #expect(found == ["Treaty on the Non\u{2011}Proliferation of Nuclear Weapons", "Charter\u{00A0}of the United Nations"])
    }

    @Test("language detection over bytes answers as over characters")
    func languageAgrees() {
        var texts = Self.tricky
        // A word across the limit, and texts longer than it.
        texts.append(String(repeating: "x", count: 19_998) + " les des du et sa")
        texts.append(String(repeating: "the ", count: 4_000) + String(repeating: "les ", count: 4_000))
        texts.append(String(repeating: "la y el ", count: 3_000) + String(repeating: "the of and ", count: 3_000))
        texts.append("")
        texts.append("’ ' ’’ l'assemblée L’ASSEMBLÉE")
        for text in texts {
            #expect(Language.detect(in: text) == Language.detectByCharacters(in: text), "\(text.prefix(60))")
            #expect(Language.detect(in: text, limit: 25) == Language.detectByCharacters(in: text, limit: 25), "\(text.prefix(60))")
        }
        #expect(Language.detect(in: Self.tricky[3]) == .french)
        #expect(Language.detect(in: Self.tricky[4]) == .french)
        #expect(Language.detect(in: Self.tricky[5]) == .spanish)
        #expect(Language.detect(in: Self.tricky[6]) == .russian)
        #expect(Language.detect(in: Self.tricky[7]) == .arabic)
        #expect(Language.detect(in: Self.tricky[8]) == .chinese)
    }

    @Test("a JSON record appended to bytes is the record of the string form")
    func citationJSON() {
        let c = Citation(citing: "A/RES/74/174", target: "UNTS 1577/27531", targetKind: .treaty, body: nil, relation: .recalls,
                         section: .preamble, paragraph: "PP5", span: 10..<47, text: "Convention \"on\"\tthe\u{1} Rights\\ ",
                         date: "1989-11-20", part: nil, title: "Convention on the Rights of the Child", footnote: 4,
                         unts: UNTSReference(volume: 1577, number: 27531, league: true), via: .footnote)
        var bytes: [UInt8] = Array("x".utf8)
        CitationJSON.append(c, to: &bytes)
        let line = String(decoding: bytes.dropFirst(), as: UTF8.self)
        #expect(line == CitationJSON.line(c))
        #expect(line == #"{"citing":"A/RES/74/174","target":"UNTS 1577/27531","targetKind":"treaty","relation":"recalls","section":"preamble","paragraph":"PP5","span":[10,47],"text":"Convention \"on\"\tthe\u0001 Rights\\ ","date":"1989-11-20","title":"Convention on the Rights of the Child","footnote":4,"unts":{"volume":1577,"number":27531,"league":true},"via":"footnote"}"#)
    }

    @Test("a name search finds the last occurrence that a string search finds")
    func nameSearchAgrees() {
        let names = ["Human Rights Council", "General Assembly", "Security Council", "Council", "Conference of the Parties", "Assembl"]
        let search = NameSearch(names)
        let texts = Self.tricky + [
            "the General Assembly and the Human Rights Council",
            "the Human Rights Council\u{0301} and the General\u{00A0}Assembly",
            "Security Council, Council; the Security Councils",
            "Conference of the Parties\u{200D} and the General Assembly\u{20DD}",
            "the General Assembly",
            "Assemble\u{0301}e and Assemblée générale",
            "Council\r\nCouncil",
        ]
        for text in texts {
            let bytes = Array(text.utf8)
            // Every window, as the qualifier cuts them (its start may fall inside a character).
            for from in stride(from: 0, to: bytes.count, by: 3) {
                let window = String(decoding: bytes[from...], as: UTF8.self)
                var expected: (String.Index, Int)?
                for (i, n) in names.enumerated() {
                    if let r = window.range(of: n, options: .backwards), expected == nil || r.lowerBound > expected!.0 { expected = (r.lowerBound, i) }
                }
                let found = search.last(in: bytes, from..<bytes.count)
                #expect(found?.name == expected?.1, "\(text) from \(from)")
                if let found, let expected {
                    #expect(String(decoding: bytes[from..<found.start], as: UTF8.self) == String(window[..<expected.0]), "\(text) from \(from)")
                }
                #expect(search.containsAny(in: bytes, from..<bytes.count) == names.contains { window.contains($0) }, "\(text) from \(from)")
            }
        }
    }

    @Test("a text that needs no cleaning is given back by the byte check, and only such a text")
    func cleanAsIs() {
        let clean = "A/RES/78/1\n\nThe General Assembly,\n\nRecalling its resolution 77/1,\n\n1.\tDecides to remain seized;\n"
        #expect(TextCleaner.isClean(clean))
        #expect(TextCleaner.clean(clean) == clean)
        let variants = [
            clean.replacingOccurrences(of: "\n", with: "\r\n"),                // CRLF
            clean + "\n",                                                     // a blank line at the end
            "\n" + clean,                                                     // a blank line first
            clean.replacingOccurrences(of: "\n\n", with: "\n\n\n"),           // doubled blank lines
            clean.replacingOccurrences(of: "seized;", with: "seized; "),      // trailing space
            clean.replacingOccurrences(of: "77/1,", with: "77/1, recalling Decem-\nber"), // hyphenation
            clean + "\n19-22331 (E)\n",                                        // a job number
            clean.replacingOccurrences(of: "77/1", with: "S$/1"),             // an OCR slip
            clean + "A/78/L.1\ntext\nA/78/L.1\ntext\nA/78/L.1\n",                // a running header
            "The General Assembly,\nRecalling its\nresolution 77/1 and\nits resolution 76/2\nand 75/3,\n", // hard-wrapped
            "",
        ]
        for v in variants {
            #expect(!TextCleaner.isClean(v), "\(v)")
        }
        // Whatever it says, "clean as it is" is never wrong.
        for v in variants + Self.tricky.map({ $0 + "\n" }) where TextCleaner.isClean(v) {
            #expect(TextCleaner.clean(v) == v)
        }
        #expect(TextCleaner.isClean(Self.tricky[3] + "\n"))
        #expect(TextCleaner.isClean(clean.replacingOccurrences(of: "its resolution", with: "its\u{00A0}resolution")))
    }
}
