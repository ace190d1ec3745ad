import Foundation
import Testing
@testable import CiteCore

/// Issue 14, tenth session: the edges of `ingest` of one language against the English ones. Each
/// test reads a sentence (and its note) copied from a tuning-half document where one language's
/// edges and the English ones disagreed.
@Suite struct MultilingualTenthSessionEdgesTests {
    /// A text of one paragraph and its notes, read as `citegraph extract` reads a text file.
    static func citations(_ paragraph: String, notes: [String] = [], language: Language, symbol: String = "A/RES/78/228") throws -> [Citation] {
        let opening: [Language: String] = [.english: "The General Assembly,", .french: "L’Assemblée générale,",
                                           .spanish: "La Asamblea General,", .russian: "Генеральная Ассамблея,",
                                           .arabic: "إن الجمعية العامة،", .chinese: "大会，"]
        var text = "\(symbol)\n\n\(opening[language] ?? "")\n\n\(paragraph)\n"
        if !notes.isEmpty { text += "\n__________________\n" + notes.joined(separator: "\n") + "\n" }
        let path = symbol.replacingOccurrences(of: "/", with: "_") + ".txt"
        let document = try DocumentReader.parse(text: text, path: path, language: language)
        return CitationExtractor().extract(document)
    }

    static func targets(_ citations: [Citation]) -> Set<String> { Set(citations.map(\.target)) }

    // MARK: a treaty's name inside one of its protocols' names

    /// A/RES/78/228 PP3: the Optional Protocol on the sale of children is cited, not the Convention
    /// on the Rights of the Child whose name its French and Chinese names hold.
    @Test func treatyNameInsideAProtocolsName() throws {
        let french = Self.targets(try Self.citations(
            "Rappelant la Convention des Nations Unies contre la criminalité transnationale organisée5 et rappelant également le Protocole facultatif à la Convention relative aux droits de l’enfant, concernant la vente d’enfants, la prostitution des enfants et la pornographie mettant en scène des enfants7, et la Convention supplémentaire relative à l’abolition de l’esclavage8,",
            notes: ["5\tNations Unies, Recueil des Traités, vol. 2225, no 39574.", "7\tIbid., vol. 2171, no 27531.", "8\tIbid., vol. 266, no 3822."],
            language: .french))
        #expect(french.contains("UNTS 2171/27531"))
        #expect(!french.contains("UNTS 1577/27531"))
        let chinese = Self.targets(try Self.citations(
            "又回顾《联合国打击跨国有组织犯罪公约》5 ，还承认《儿童权利公约关于买卖儿童、儿童卖淫和儿童色情制品问题的任择议定书》7 和《废止奴隶制、奴隶贩卖及类似奴隶制的制度与习俗补充公约》，8",
            notes: ["5\t联合国，《条约汇编》，第2225卷，第39574号。", "7\t同上，第2171卷，第27531号。", "8\t同上，第266卷，第3822号。"],
            language: .chinese))
        #expect(chinese.contains("UNTS 2171/27531"))
        #expect(!chinese.contains("UNTS 1577/27531"))
        // The Convention named on its own is still cited.
        let alone = Self.targets(try Self.citations("Rappelant la Convention relative aux droits de l’enfant,", language: .french))
        #expect(alone.contains("UNTS 1577/27531"))
    }

    /// A/RES/78/177 PP9: an English protocol's title that goes on after the treaty's name is not the
    /// one protocol of the treaty the gazetteer knows (the Maputo Protocol, on the rights of women).
    @Test func englishProtocolWhoseTitleGoesOn() throws {
        let found = Self.targets(try Self.citations(
            "Noting the adoption of the Protocol to the African Charter on Human and Peoples’ Rights on the Rights of Older Persons in Africa,",
            language: .english, symbol: "A/RES/78/177"))
        #expect(!found.contains("instrument:protocol-to-the-african-charter-on-human-and-peoples-rights-on-the-rights-of-women-in-africa"))
    }

    // MARK: names in their own language only

    /// A/RES/78/40 OP3: "Action 21", the French name of Agenda 21, is no name in an English text.
    @Test func otherLanguagesNamesAreNotReadInEnglish() throws {
        let english = Self.targets(try Self.citations(
            "3.\tCalls upon all States to immediately pursue enhanced transparency measures by providing information in line with Action 21 of the 2010 Action Plan;",
            language: .english, symbol: "A/RES/78/40"))
        #expect(!english.contains("instrument:agenda-21"))
        let french = Self.targets(try Self.citations("Rappelant Action 21 et le Programme relatif à la poursuite de sa mise en œuvre,",
                                                     language: .french, symbol: "A/RES/78/40"))
        #expect(french.contains("instrument:agenda-21"))
    }

    /// A/RES/78/1 annex: "برنامج عمل فيينا …" opens with a word that also opens another name
    /// ("برنامج عمل المؤتمر الدولي للسكان والتنمية"); the learned name is read without its first letter.
    @Test func arabicWordThatOpensAnotherName() throws {
        let found = Self.targets(try Self.citations(
            "33 - يشجعنا التقدم المحرز في تنفيذ برنامج عمل فيينا لصالح البلدان النامية غير الساحلية للعقد 2014-2024، ونهيب بالمجتمع الدولي،",
            language: .arabic, symbol: "A/RES/78/1"))
        #expect(found.contains("instrument:vienna-programme-of-action-for-landlocked-developing-countries"))
    }

    /// "اتفاقيات جنيف لعام 1949(8) وبروتوكولاها الإضافيان لعام 1977(9)" (A/RES/78/205, the dual "its two
    /// Additional Protocols"), "日内瓦四公约8 及其1977年《附加议定书》9" (78/205) and "《关于难民地位的公约》3 及其
    /// 1967年《议定书》4" (78/185): the protocols of the treaty named right before.
    @Test func protocolPhrasesWithAYearOrADual() throws {
        let additional: Set<String> = ["UNTS 1125/17512", "UNTS 1125/17513"]
        let arabic = Self.targets(try Self.citations(
            "وإذ تشير إلى القانون الدولي الإنساني، بما في ذلك اتفاقيات جنيف لعام 1949 وبروتوكولاها الإضافيان لعام 1977، حسب الاقتضاء،",
            language: .arabic, symbol: "A/RES/78/205"))
        #expect(arabic.isSuperset(of: additional))
        let chinese = Self.targets(try Self.citations("回顾国际人道法，包括可适用的1949年日内瓦四公约及其1977年《附加议定书》等国际法相关规范，",
                                                      language: .chinese, symbol: "A/RES/78/205"))
        #expect(chinese.isSuperset(of: additional))
        let refugees = Self.targets(try Self.citations("重申1951年《关于难民地位的公约》及其1967年《议定书》经《1969年非洲统一组织关于非洲难民问题某些特定方面的公约》补充，",
                                                       language: .chinese, symbol: "A/RES/78/185"))
        #expect(refugees.contains("UNTS 606/8791"))
    }

    // MARK: Treaty Series references

    /// A note's volume may differ from the gazetteer's for a treaty printed over several volumes
    /// (A/RES/78/146, 78/39: the Law of the Sea Convention "vol. 1834" in French, 1833 in English):
    /// the treaty is the same node; the reference is kept as written.
    @Test func nearVolumeOfTheSameRegistrationNumber() throws {
        let citations = try Self.citations("Rappelant la Convention des Nations Unies sur le droit de la mer1,",
                                           notes: ["1\tNations Unies, Recueil des Traités, vol. 1834, no 31363."], language: .french,
                                           symbol: "A/RES/78/146")
        let law = citations.first { $0.target == "UNTS 1833/31363" }
        #expect(law != nil)
        #expect(law?.unts == UNTSReference(volume: 1834, number: 31363))
        #expect(!Self.targets(citations).contains("UNTS 1834/31363"))
        // Two entries as near: none is chosen (a treaty and its protocols share the number).
        let gazetteer = try Gazetteer.bundled()
        #expect(gazetteer.entry(near: UNTSReference(volume: 2172, number: 27531)) == nil)
        #expect(gazetteer.entry(near: UNTSReference(volume: 1975, number: 33757))?.id == "UNTS 1974/33757")
    }

    /// Ranges and lists of the other languages' notes (A/RES/78/78 note 7, 78/205 note 8, 78/188
    /// note 4, 78/177 note 10).
    @Test func treatySeriesRangesListsAndIbid() throws {
        func numbers(_ note: String, _ language: Language) -> [String] {
            UNTSParser.matches(in: note, previous: UNTSReference(volume: 1577, number: 27531), forms: CitationForms.of(language)).map(\.reference.id)
        }
        #expect(numbers("Ibid., vol. 75, nos 970 à 973.", .french) == ["UNTS 75/970", "UNTS 75/971", "UNTS 75/972", "UNTS 75/973"])
        #expect(numbers("Ibid., vol. 75, núms. 970 a 973.", .spanish) == ["UNTS 75/970", "UNTS 75/971", "UNTS 75/972", "UNTS 75/973"])
        #expect(numbers("同上，第75卷，第970-973号。", .chinese) == ["UNTS 75/970", "UNTS 75/971", "UNTS 75/972", "UNTS 75/973"])
        #expect(numbers("Ibid., vols. 2171, 2173 y 2983, núm. 27531, ibid., vol. 2131, núm. 20378; e ibid., vol. 2518, núm. 44910.", .spanish)
                == ["UNTS 2171/27531", "UNTS 2131/20378", "UNTS 2518/44910"])
        #expect(numbers("() المرجع نفسه، vol. 2220, No. 39481.", .arabic) == ["UNTS 2220/39481"])
        #expect(numbers("() المرجع نفسه، المجلد 75، الأرقام 970 إلى 973.", .arabic) == ["UNTS 75/970", "UNTS 75/971", "UNTS 75/972", "UNTS 75/973"])
    }

    /// A/RES/78/188 PP3: "…, the Optional Protocols thereto4" after three treaties; note 4 names the
    /// protocols of all three, the phrase alone those of the last.
    @Test func protocolsPhraseTakesItsNotesReferences() throws {
        let found = Self.targets(try Self.citations(
            "Recalling all human rights instruments, including the Convention on the Rights of the Child,1 the Convention on the Elimination of All Forms of Discrimination against Women,2 the Convention on the Rights of Persons with Disabilities,3 the Optional Protocols thereto4 and the Convention on Consent to Marriage, Minimum Age for Marriage and Registration of Marriages,5",
            notes: ["1\tUnited Nations, Treaty Series, vol. 1577, No. 27531.", "2\tIbid., vol. 1249, No. 20378.", "3\tIbid., vol. 2515, No. 44910.",
                    "4\tIbid., vols. 2171, 2173 and 2983, No. 27531; ibid., vol. 2131, No. 20378; and ibid., vol. 2518, No. 44910.",
                    "5\tIbid., vol. 521, No. 7525."],
            language: .english, symbol: "A/RES/78/188"))
        #expect(found.isSuperset(of: ["UNTS 2171/27531", "UNTS 2131/20378", "UNTS 2518/44910", "UNTS 521/7525"]))
    }

    // MARK: resolutions

    /// A/RES/78/177 note 18 and A/RES/78/182 note 11: the Official Records report's symbol says
    /// whose resolution the note cites, in every language: A/77/53/Add.1 is the Human Rights
    /// Council's report, E/2020/27 a functional commission's.
    @Test func officialRecordsReportSymbol() throws {
        let council = Self.targets(try Self.citations(
            "10.\tPrend note du rapport de l’Experte indépendante18,",
            notes: ["18\tDocuments officiels de l’Assemblée générale, soixante-dix-septième session, Supplément no 53A (A/77/53/Add.1), chap. III, sect. A, résolution 51/4."],
            language: .french, symbol: "A/RES/78/177"))
        #expect(council.contains("A/HRC/RES/51/4"))
        #expect(!council.contains("A/RES/51/4"))
        let commission = Self.targets(try Self.citations(
            "Réaffirmant la déclaration11,",
            notes: ["11\tDocuments officiels du Conseil économique et social, 2020, Supplément no 7 (E/2020/27), chap. I, sect. C, résolution 59/1, annexe."],
            language: .french, symbol: "A/RES/78/182"))
        #expect(!commission.contains("A/RES/59/1"))
        let russian = Self.targets(try Self.citations(
            "10.\tпринимает к сведению доклад Независимого эксперта18,",
            notes: ["18\tОфициальные отчеты Генеральной Ассамблеи, семьдесят седьмая сессия, Дополнение № 53A (A/77/53/Add.1), гл. III, разд. A, резолюция 51/4."],
            language: .russian, symbol: "A/RES/78/177"))
        #expect(russian.contains("A/HRC/RES/51/4"))
    }

    /// A/RES/78/324 PP: "la décision 13/1 du Groupe de travail à composition non limitée sur le
    /// vieillissement" is the Working Group's, not the Human Rights Council's.
    @Test func openEndedWorkingGroupIsAnotherBody() throws {
        let french = Self.targets(try Self.citations(
            "Prenant note de la décision 13/1 du Groupe de travail à composition non limitée sur le vieillissement1,",
            notes: ["1\tVoir A/AC.278/2023/2, par. 25."], language: .french, symbol: "A/RES/78/324"))
        #expect(!french.contains("A/HRC/DEC/13/1"))
    }

    /// A/RES/78/182 PP: "VIH/sida7" is "VIH/sida" and note 7, no document symbol (the French and
    /// Spanish texts; in the English one the marker of "HIV/AIDS7" is not found, so the symbol stays).
    @Test func markerGluedToWordsWithASlash() throws {
        let french = Self.targets(try Self.citations(
            "Réaffirmant la Déclaration d’engagement sur le VIH/sida7 et la « Déclaration politique sur le VIH et le sida : mettre fin aux inégalités »,",
            notes: ["7\tRésolution S-26/2, annexe."], language: .french, symbol: "A/RES/78/182"))
        #expect(french == ["A/RES/S-26/2"])
    }

    // MARK: names read in the tuning half

    /// Names added by hand, each where the English text of a tuning-half document names the entry
    /// (A/RES/78/228 PP4, 78/195 OP7, 78/40 PP13).
    @Test func namesAddedFromTheTuningHalf() throws {
        let protocol2014 = "UNTS 3175/612"
        #expect(Self.targets(try Self.citations("Prenant acte de l’adoption du Protocole de 2014 relatif à la Convention de 1930 sur le travail forcé (no 29) de l’Organisation internationale du Travail,", language: .french)).contains(protocol2014))
        #expect(Self.targets(try Self.citations("Tomando nota de la aprobación del Protocolo de 2014 relativo al Convenio sobre el Trabajo Forzoso, 1930 (núm. 29),", language: .spanish)).contains(protocol2014))
        #expect(Self.targets(try Self.citations("учитывая принятие Протокола 2014 года к Конвенции о принудительном труде 1930 года (№ 29) Международной организации труда,", language: .russian)).contains(protocol2014))
        #expect(Self.targets(try Self.citations("وإذ تحيط علما باعتماد وبروتوكول عام 2014 الملحق باتفاقية منظمة العمل الدولية لعام 1930 (رقم 29) المتعلقة بالعمل الجبري،", language: .arabic)).contains(protocol2014))
        #expect(Self.targets(try Self.citations("还表示注意到国际劳工组织《1930年强迫劳动公约》(第29号)的《2014年议定书》获得通过，", language: .chinese)).contains(protocol2014))
        #expect(Self.targets(try Self.citations("7.\tAlienta a los Estados que aún no lo hayan hecho a que ratifiquen el Tratado de Marrakech para Facilitar el Acceso a las Obras Publicadas;", language: .spanish, symbol: "A/RES/78/195")).contains("UNTS 3162/54134"))
        #expect(Self.targets(try Self.citations("Considérant que le Traité sur la zone dénucléarisée du Pacifique Sud (Traité de Rarotonga)8 est en vigueur,", notes: ["8\tVoir A/40/1000."], language: .french, symbol: "A/RES/78/40")).contains("instrument:south-pacific-nuclear-free-zone-treaty"))
    }
}
