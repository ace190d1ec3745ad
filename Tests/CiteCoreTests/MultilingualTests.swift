import Foundation
import Testing
@testable import CiteCore

/// The six official languages: the same citations from each translation's TEXT (its links left
/// out) as the English file's official links. Fixtures: A/RES/78/250 and S/RES/2761 (2024) as the
/// UN publishes them in Arabic (A), Chinese (C), English (E), French (F), Russian (R), Spanish (S).
@Suite struct MultilingualTests {
    static let languages: [(letter: String, language: Language)] = [
        ("A", .arabic), ("C", .chinese), ("F", .french), ("R", .russian), ("S", .spanish), ("E", .english),
    ]

    static func path(_ name: String) throws -> String {
        let url = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        return url.appendingPathComponent("multilingual").appendingPathComponent(name).path
    }

    /// Citations of the document read from its XML, extracted from the text alone.
    static func textCitations(_ name: String) throws -> (Document, [Citation]) {
        var document = try AKNReader.read(path: try path(name))
        document.links = []
        return (document, CitationExtractor().extract(document))
    }

    static func resolutions(_ citations: [Citation]) -> Set<String> {
        Set(citations.filter { $0.targetKind == .resolution }.map { Symbols.withoutPart($0.target) })
    }

    /// The English official links of the same document: the truth every language is held to.
    static func englishLinks(_ stem: String) throws -> Set<String> {
        let document = try AKNReader.read(path: try path(stem + "E.xml"))
        return Set(document.links.map(\.target).filter(Evaluation.isResolution).map(Symbols.withoutPart))
    }

    @Test(arguments: languages)
    func gaResolutionFromText(_ letter: String, _ language: Language) throws {
        let (document, citations) = try Self.textCitations("A_RES_78_250-2326265\(letter).xml")
        #expect(document.language == language)
        #expect(document.symbol == "A/RES/78/250")
        #expect(document.body == .ga)
        let expected: Set<String> = ["A/RES/67/286", "A/RES/76/238", "A/RES/76/239", "A/RES/77/312", "A/RES/973 (X)",
                                     "S/RES/2100 (2013)", "S/RES/2640 (2022)", "S/RES/2690 (2023)"]
        #expect(try Self.englishLinks("A_RES_78_250-2326265") == expected)
        #expect(Self.resolutions(citations) == expected, "\(language.name)")
    }

    @Test(arguments: languages)
    func scResolutionFromText(_ letter: String, _ language: Language) throws {
        let (document, citations) = try Self.textCitations("S_RES_2761-2423078\(letter).xml")
        #expect(document.language == language)
        #expect(document.symbol == "S/RES/2761 (2024)")
        #expect(document.body == .sc)
        let expected: Set<String> = ["S/RES/1267 (1999)", "S/RES/1526 (2004)", "S/RES/1989 (2011)", "S/RES/2253 (2015)", "S/RES/2664 (2022)"]
        #expect(try Self.englishLinks("S_RES_2761-2423078") == expected)
        #expect(Self.resolutions(citations) == expected, "\(language.name)")
    }

    /// Every paragraph citing a resolution carries the relation of the English paragraph it translates.
    @Test(arguments: languages.filter { $0.language != .english })
    func relationsAgreeWithEnglish(_ letter: String, _ language: Language) throws {
        for stem in ["A_RES_78_250-2326265", "S_RES_2761-2423078"] {
            let (_, english) = try Self.textCitations(stem + "E.xml")
            let (_, theirs) = try Self.textCitations(stem + letter + ".xml")
            func relations(_ cs: [Citation]) -> [String: Set<Relation>] {
                Dictionary(grouping: cs.filter { $0.targetKind == .resolution && $0.section != .footnote }, by: { Symbols.withoutPart($0.target) })
                    .mapValues { Set($0.map(\.relation)) }
            }
            let want = relations(english), got = relations(theirs)
            #expect(!want.isEmpty)
            for (target, relations) in want {
                #expect(got[target].map { !$0.isDisjoint(with: relations) } == true, "\(language.name) \(stem) \(target): \(got[target] ?? []) vs \(relations)")
            }
        }
    }

    @Test func linkLanguagePrefixIsNoPartOfTheSymbol() throws {
        #expect(AKNSymbol.target(href: "https://undocs.org/fr/A/RES/76/13") == "A/RES/76/13")
        #expect(AKNSymbol.target(href: "https://undocs.org/ch/S/RES/2722(2024)") == "S/RES/2722 (2024)")
        #expect(AKNSymbol.target(href: "https://undocs.org/zh/S/RES/2722(2024)") == "S/RES/2722 (2024)")
        #expect(AKNSymbol.target(href: "https://undocs.org/ar/A/RES/973(X)") == "A/RES/973 (X)")
        #expect(AKNSymbol.target(href: "https://undocs.org/ES/A/RES/78/1") == "A/RES/78/1")
        // A symbol whose first segment is not a language code keeps it.
        #expect(AKNSymbol.target(href: "https://undocs.org/E/RES/2019/20") == "E/RES/2019/20")
        // With the links, every language gives the English link targets.
        for (letter, _) in Self.languages {
            let document = try AKNReader.read(path: try Self.path("S_RES_2761-2423078\(letter).xml"))
            #expect(Set(document.links.map(\.target)).isSuperset(of: ["S/RES/2664 (2022)", "S/RES/1267 (1999)"]), "\(letter)")
            #expect(!document.links.contains { $0.target.hasPrefix("FR/") || $0.target.hasPrefix("AR/") || $0.target.hasPrefix("ZH/") })
        }
    }

    @Test func detectsTheLanguageOfText() {
        #expect(Language.detect(in: "L’Assemblée générale,\n\nRappelant sa résolution 76/13 du 2 décembre 2021,") == .french)
        #expect(Language.detect(in: "La Asamblea General,\n\nRecordando su resolución 76/13, de 2 de diciembre de 2021,") == .spanish)
        #expect(Language.detect(in: "Генеральная Ассамблея,\n\nссылаясь на свою резолюцию 76/13") == .russian)
        #expect(Language.detect(in: "إن الجمعية العامة،\n\nإذ تشير إلى قرارها 76/13") == .arabic)
        #expect(Language.detect(in: "大会，\n\n回顾其2021年12月2日第76/13号决议") == .chinese)
        #expect(Language.detect(in: "The General Assembly,\n\nRecalling its resolution 76/13 of 2 December 2021,") == .english)
    }

    /// Citation forms, one row per form: (language, text, expected targets).
    @Test(arguments: [
        (Language.french, "Rappelant sa résolution 73/154 du 17 décembre 2018 et ses résolutions 1261 (1999), 1314 (2000),", ["A/RES/73/154", "S/RES/1261 (1999)", "S/RES/1314 (2000)"]),
        (.french, "Rappelant la résolution 53/1 du Conseil des droits de l’homme,", ["A/HRC/RES/53/1"]),
        (.french, "Rappelant la résolution 2200 A (XXI) et la décision 60/551,", ["A/RES/2200 (XXI)", "A/DEC/60/551"]),
        (.french, "Rappelant la résolution 75/8 de l’Assemblée mondiale de la Santé,", []),
        (.spanish, "Recordando su resolución 73/154, de 17 de diciembre de 2018, y las resoluciones 1261 (1999) y 1314 (2000),", ["A/RES/73/154", "S/RES/1261 (1999)", "S/RES/1314 (2000)"]),
        (.russian, "ссылаясь на свою резолюцию 73/154 от 17 декабря 2018 года и резолюцию Совета по правам человека 53/1,", ["A/RES/73/154", "A/HRC/RES/53/1"]),
        (.arabic, "وإذ تشير إلى قرارها 73/154 المؤرخ 17 كانون الأول/ديسمبر 2018 وقرار مجلس حقوق الإنسان 53/1،", ["A/RES/73/154", "A/HRC/RES/53/1"]),
        (.chinese, "回顾其2018年12月17日第73/154号决议和人权理事会第53/1号决议以及第1261(1999)、1314(2000)号决议，", ["A/RES/73/154", "A/HRC/RES/53/1", "S/RES/1261 (1999)", "S/RES/1314 (2000)"]),
    ] as [(Language, String, [String])])
    func citationForms(_ language: Language, _ sentence: String, _ targets: [String]) throws {
        let opening: [Language: String] = [.french: "L’Assemblée générale,", .spanish: "La Asamblea General,",
                                           .russian: "Генеральная Ассамблея,", .arabic: "إن الجمعية العامة،", .chinese: "大会，"]
        let text = "A/RES/78/999\n\n\(opening[language] ?? "")\n\n\(sentence)\n"
        let document = try DocumentReader.parse(text: text, path: "form.txt")
        #expect(document.language == language)
        let found = CitationExtractor().extract(document).filter { $0.targetKind == .resolution || $0.targetKind == .decision }.map(\.target)
        #expect(found == targets, "\(language.name): \(sentence)")
    }

    @Test func clauseVerbsFoldToTheEnglishRelations() {
        let cases: [(Language, String, Relation)] = [
            (.french, "Rappelant également sa résolution", .recalls), (.french, "Réaffirmant", .reaffirms),
            (.french, "Prie le Secrétaire général", .requests), (.spanish, "Reafirmando", .reaffirms),
            (.spanish, "Acogiendo con beneplácito", .welcomes), (.russian, "вновь подтверждая", .reaffirms),
            (.russian, "ссылаясь также на", .recalls), (.russian, "настоятельно призывает", .urges),
            (.arabic, "وإذ تشير أيضاً إلى", .recalls), (.arabic, "وإذ تعيد تأكيد", .reaffirms),
            (.chinese, "重申其", .reaffirms), (.chinese, "又回顾", .recalls), (.chinese, "请秘书长", .requests),
        ]
        for (language, text, relation) in cases {
            #expect(ClauseVerbs.read(Substring(text), language: language)?.relation == relation, "\(language.name): \(text)")
        }
        #expect(ClauseVerbs.read("Décide", language: .french)?.operative == true)
        #expect(ClauseVerbs.read("Rappelant", language: .french)?.operative == false)
        #expect(ClauseVerbs.read("Bonjour tout le monde", language: .french) == nil)
    }
}
