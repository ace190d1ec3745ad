import Foundation
import Testing
@testable import CiteCore

/// Issue 14, eleventh session: classes of wording the tuning half of the benchmark lost, each on a
/// sentence (and its notes) copied from a tuning-half text as `citegraph text` renders it.
@Suite struct MultilingualEleventhSessionTests {
    static func citations(_ paragraph: String, notes: [String] = [], language: Language, symbol: String = "A/RES/78/229") throws -> [Citation] {
        try MultilingualTenthSessionEdgesTests.citations(paragraph, notes: notes, language: language, symbol: symbol)
    }

    // MARK: relations

    /// "учитывая" is "Recognizing" in most tuning paragraphs, but "Bearing in mind" wherever a
    /// resolution follows it (A/RES/78/229 PP: "учитывая свою резолюцию 77/235…", "учитывая свои
    /// резолюции 73/189…"; A/RES/78/59 "учитывая резолюции 1196 (1998) и 1197 (1998)").
    @Test func russianConsideringItsResolutionIsBearingInMind() throws {
        let cited = try Self.citations(
            "учитывая свои резолюции 73/189 от 17 декабря 2018 года, 75/195 от 16 декабря 2020 года и 77/236 от 15 декабря 2022 года об усилении и поощрении эффективных мер и международного сотрудничества в сфере донорства и трансплантации органов в целях предупреждения и пресечения торговли людьми для изъятия органов и торговли человеческими органами,",
            language: .russian)
        #expect(Set(cited.map(\.target)) == ["A/RES/73/189", "A/RES/75/195", "A/RES/77/236"])
        #expect(cited.allSatisfy { $0.relation == .bearsInMind })
        #expect(ClauseVerbs.read("учитывая свою резолюцию 77/235 от 15 декабря 2022 года о предупреждении коррупции", language: .russian)?.relation == .bearsInMind)
        #expect(ClauseVerbs.read("учитывая резолюции 1196 (1998) и 1197 (1998)", language: .russian)?.relation == .bearsInMind)
        // Followed by anything else it is still "Recognizing" (A/RES/78/205).
        #expect(ClauseVerbs.read("учитывая, что нарушения международного гуманитарного права могут приводить к перемещению", language: .russian)?.relation == .recognizes)
        #expect(ClauseVerbs.read("учитывая важность устойчивых продовольственных систем", language: .russian)?.relation == .recognizes)
    }

    // MARK: the body named after the second item of a list

    /// "…на резолюцию 76/167 Генеральной Ассамблеи от 16 декабря 2021 года и на резолюцию 50/6 Совета
    /// по правам человека от 7 июля 2022 года6" (A/RES/78/205 PP21): the Assembly named after the first
    /// item is not the owner of the second, whose own body follows it; likewise "резолюцией 155 C (VII)
    /// Экономического и Социального Совета … и резолюцией 415 (V) Генеральной Ассамблеи" (A/RES/78/223 PP1).
    @Test func russianBodyAfterTheSecondItemOwnsIt() throws {
        let recalled = Set(try Self.citations(
            "ссылаясь также на резолюцию 76/167 Генеральной Ассамблеи от 16 декабря 2021 года и на резолюцию 50/6 Совета по правам человека от 7 июля 2022 года6,",
            notes: ["6\tСм. Официальные отчеты Генеральной Ассамблеи, семьдесят седьмая сессия, Дополнение № 53 (A/77/53), гл. VIII, разд. A."],
            language: .russian, symbol: "A/RES/78/205").map(\.target))
        #expect(recalled.contains("A/RES/76/167"))
        #expect(recalled.contains("A/HRC/RES/50/6"))
        #expect(!recalled.contains("A/RES/50/6"))
        let emphasized = Set(try Self.citations(
            "подчеркивая ответственность, принятую на себя Организацией Объединенных Наций в области предупреждения преступности и уголовного правосудия в соответствии с резолюцией 155 C (VII) Экономического и Социального Совета от 13 августа 1948 года и резолюцией 415 (V) Генеральной Ассамблеи от 1 декабря 1950 года,",
            language: .russian, symbol: "A/RES/78/223").map(\.target))
        #expect(emphasized == ["E/RES/155 (VII)", "A/RES/415 (V)"])
    }

    /// "…резолюцию 51/31 Совета от 7 октября 2022 года1 и резолюцию 76/170 Генеральной Ассамблеи от 16
    /// декабря 2021 года…" (A/RES/78/204 PP1): Russian names the body between the number and its date;
    /// the date (2022) is the Human Rights Council's fifty-first session, not the Assembly's.
    @Test func russianDateAfterTheBodyNamedAfterTheNumber() throws {
        let cited = try Self.citations(
            "ссылаясь на все свои соответствующие резолюции, а также на резолюции Совета по правам человека и Комиссии по правам человека о национальных учреждениях, занимающихся поощрением и защитой прав человека, в том числе на самые последние из них — резолюцию 51/31 Совета от 7 октября 2022 года1 и резолюцию 76/170 Генеральной Ассамблеи от 16 декабря 2021 года, а также на предыдущие резолюции о роли институтов омбудсмена, посредника и других национальных правозащитных учреждений2 в поощрении и защите прав человека,",
            notes: ["1\tСм. Официальные отчеты Генеральной Ассамблеи, семьдесят седьмая сессия, Дополнение № 53А (A/77/53/Add.1), гл. III, разд. A.",
                    "2\tИменуемых далее «национальные правозащитные учреждения»."],
            language: .russian, symbol: "A/RES/78/204")
        let council = try #require(cited.first { $0.target == "A/HRC/RES/51/31" })
        #expect(council.date == "2022-10-07")
        #expect(council.text == "51/31")
        #expect(!cited.contains { $0.target == "A/RES/51/31" })
        #expect(cited.contains { $0.target == "A/RES/76/170" && $0.date == "2021-12-16" })
    }

    /// "…отмечает резолюцию 2/21 Ассамблеи по окружающей среде о песчаных и пыльных бурях…" (A/RES/78/158
    /// OP15): the Environment Assembly's short name makes the number another organization's.
    @Test func russianEnvironmentAssemblyShortName() throws {
        let cited = try Self.citations(
            "15.\tвысоко оценивает приверженность Ассамблеи Организации Объединенных Наций по окружающей среде борьбе с песчаными и пыльными бурями и в этой связи отмечает резолюцию 2/21 Ассамблеи по окружающей среде о песчаных и пыльных бурях, принятую на ее второй сессии;",
            language: .russian, symbol: "A/RES/78/158")
        #expect(!cited.contains { $0.target.hasSuffix("/2/21") })
    }

    /// "قرار المجلس 51/31 المؤرخ 7 تشرين الأول/أكتوبر 2022" (A/RES/78/204 PP1) and "بقرار المجلس 2021/30
    /// المؤرخ 22 تموز/يوليه 2021" (A/RES/78/160): "the Council" unnamed between the keyword and the number
    /// is the council named before it (the Human Rights Council, the Economic and Social Council).
    @Test func arabicTheCouncilUnnamed() throws {
        let human = Set(try Self.citations(
            "إذ تشير إلى جميع قراراتها ذات الصلة، وكذلك قرارات مجلس حقوق الإنسان ولجنة حقوق الإنسان بشأن المؤسسات الوطنية لتعزيز حقوق الإنسان وحمايتها، بما في ذلك آخرها وهما قرار المجلس 51/31 المؤرخ 7 تشرين الأول/أكتوبر 2022(1) وقرار الجمعية العامة 76/170 المؤرخ 16 كانون الأول/ديسمبر 2021، وكذلك القرارات السابقة بشأن دور أمين المظالم والمؤسسات الوسيطة وسائر المؤسسات الوطنية لحقوق الإنسان(2) في تعزيز حقوق الإنسان وحمايتها،",
            notes: ["1\t() انظر الوثائق الرسمية للجمعية العامة، الدورة السابعة والسبعون، الملحق رقم 53 ألف (A/77/53/Add.1)، الفصل الثالث، الفرع ألف.",
                    "2\t() يشار إليها فيما يلي باسم ”المؤسسات الوطنية لحقوق الإنسان“."],
            language: .arabic, symbol: "A/RES/78/204").map(\.target))
        #expect(human.contains("A/HRC/RES/51/31"))
        #expect(human.contains("A/RES/76/170"))
        #expect(!human.contains("A/RES/51/31"))
        let economic = Set(try Self.citations(
            "وإذ تحيط علما بقرار المجلس الاقتصادي والاجتماعي 2023/4 المؤرخ 7 حزيران/يونيه 2023 بشأن تسخير العلم والتكنولوجيا والابتكار لأغراض التنمية، وقراراته السابقة المتخذة في هذا الموضوع(4)، وإذ تحيط علما أيضا بقرار المجلس 2021/30 المؤرخ 22 تموز/يوليه 2021، بشأن تسخير التكنولوجيات المفتوحة المصدر لأغراض التنمية المستدامة 2021/30،",
            language: .arabic, symbol: "A/RES/78/160").map(\.target))
        #expect(economic.contains("E/RES/2023/4"))
        #expect(economic.contains("E/RES/2021/30"))
    }

    /// "وإذ تشير إلى قرارات مجلس حقوق الإنسان(4) 44/20 المؤرخ 17 تموز/يوليه 2020 و 47/21 …" (A/RES/78/234):
    /// the Arabic marker in its parentheses between the body and the first number does not part them.
    @Test func arabicMarkerBetweenTheBodyAndTheNumber() throws {
        let cited = Set(try Self.citations(
            "وإذ تأسف للحوادث الأخيرة للاستخدام المفرط للقوة وغير ذلك من انتهاكات حقوق الإنسان من جانب موظفين مسؤولين عن إنفاذ القانون ضد متظاهرين سلميين يدافعون عن حقوق الأفارقة والمنحدرين من أصل أفريقي، وإذ تشير إلى قرارات مجلس حقوق الإنسان(4) 44/20 المؤرخ 17 تموز/يوليه 2020 و 47/21 المؤرخ 13 تموز/يوليه 2021(5) و 48/18 المؤرخ 11 تشرين الأول/أكتوبر 2021(6) و 51/32 المؤرخ 7 تشرين الأول/أكتوبر 2022(7) و 54/27 المؤرخ 12 تشرين الأول/أكتوبر 2023(8)،",
            notes: ["4\t() انظر الوثائق الرسمية للجمعية العامة، الدورة الخامسة والسبعون، الملحق رقم 53 (A/75/53)، الفصل الخامس، الفرع ألف."],
            language: .arabic, symbol: "A/RES/78/234").map(\.target))
        for target in ["A/HRC/RES/44/20", "A/HRC/RES/47/21", "A/HRC/RES/48/18", "A/HRC/RES/51/32", "A/HRC/RES/54/27"] {
            #expect(cited.contains(target), "\(target)")
        }
    }

    // MARK: Treaty Series references

    /// Two registration numbers in one volume ("Ibid., vol. 1125, Nos. 17512 and 17513", A/RES/78/205
    /// note 9, the Additional Protocols) and several volumes of one number ("vols. 2171, 2173 and
    /// 2983, No. 27531", A/RES/78/229 note 28), as the five languages write them; the Arabic note
    /// stretched with tatweel ("المرجــع نفسـه", A/RES/78/188 note 4).
    @Test func treatySeriesListsOfNumbersAndVolumes() throws {
        func read(_ note: String, _ language: Language) -> [String] {
            let previous = UNTSReference(volume: 75, number: 970, league: false)
            return UNTSParser.matches(in: note, previous: previous, forms: CitationForms.of(language)).map(\.reference.id)
        }
        #expect(read("() المرجع نفسه، المجلد 1125، الرقمان 17512 و 17513.", .arabic) == ["UNTS 1125/17512", "UNTS 1125/17513"])
        #expect(read("同上，第1125卷，第17512和17513号。", .chinese) == ["UNTS 1125/17512", "UNTS 1125/17513"])
        #expect(read("Ibid., vol. 1125, nos 17512 et 17513.", .french) == ["UNTS 1125/17512", "UNTS 1125/17513"])
        #expect(read("Ibid., vol. 1125, núms. 17512 y 17513.", .spanish) == ["UNTS 1125/17512", "UNTS 1125/17513"])
        #expect(read("() المرجع نفسه، المجلدات 2171 و 2173 و 2983، الرقم 27531.", .arabic) == ["UNTS 2171/27531"])
        #expect(read("同上，第2171、2173和2983卷，第27531号。", .chinese) == ["UNTS 2171/27531"])
        #expect(read("联合国，《条约汇编》，第2225、2237、2241和2326卷，第39574号。", .chinese) == ["UNTS 2225/39574"])
        let stretched = "() المرجــع نفسـه، المجلدات 2171 و 2173 و 2983، الرقم 27531؛ والمرجع نفسه، المجلد 2131، الرقم 20378؛ والمرجع نفسه، المجلد 2518، الرقم 44910."
        let matches = UNTSParser.matches(in: stretched, previous: nil, forms: CitationForms.of(.arabic))
        #expect(matches.map(\.reference.id) == ["UNTS 2171/27531", "UNTS 2131/20378", "UNTS 2518/44910"])
        // The ranges are the note's own bytes, tatweel included.
        let bytes = Array(stretched.utf8)
        let first = try #require(matches.first)
        #expect(String(decoding: bytes[first.range], as: UTF8.self) == "المرجــع نفسـه، المجلدات 2171 و 2173 و 2983، الرقم 27531")
        // One number stays one reference; a range is still read.
        #expect(read("() المرجع نفسه، المجلد 75، الأرقام 970 إلى 973.", .arabic) == ["UNTS 75/970", "UNTS 75/971", "UNTS 75/972", "UNTS 75/973"])
        #expect(read("() المرجع نفسه، المجلد 1577، الرقم 27531.", .arabic) == ["UNTS 1577/27531"])
    }

    // MARK: Arabic names

    /// "للإعلان العالمي لحقوق الإنسان" (A/RES/78/211 PP): the preposition "ل" before the article "ال" is
    /// written "لل", so the name "الإعلان العالمي لحقوق الإنسان" starts inside the word.
    @Test func arabicPrepositionBeforeTheArticle() throws {
        let cited = try Self.citations(
            "وإذ تلاحظ مع التقدير أن عام 2023 يصادف الذكرى السنوية الخامسة والسبعين للإعلان العالمي لحقوق الإنسان والذكرى السنوية الثلاثين لإعلان وبرنامج عمل فيينا، وإذ تسلم بأهمية هذين الصكين في تعزيز وحماية حقوق الأشخاص المنتمين إلى أقليات قومية أو إثنية وإلى أقليات دينية ولغوية،",
            language: .arabic, symbol: "A/RES/78/211")
        let udhr = try #require(cited.first { $0.target == "instrument:universal-declaration-of-human-rights" })
        #expect(udhr.text == "لإعلان العالمي لحقوق الإنسان")
    }

    /// "بما فيها اتفاقيــة حقوق الطفل(1)" (A/RES/78/188 PP2): tatweel stretches a word of the name in
    /// justified text (310 tuning paragraphs hold one); the name is read all the same.
    @Test func arabicNameStretchedWithTatweel() throws {
        let cited = try Self.citations(
            "وإذ تشير إلى جميع صكوك حقوق الإنسان والصكوك الأخرى المتعلقة بحقوق الطفل، وبخاصـة الطفلة، بما فيها اتفاقيــة حقوق الطفل(1)،",
            notes: ["1\t() United Nations, Treaty Series, vol. 1577, No. 27531."],
            language: .arabic, symbol: "A/RES/78/188")
        let named = try #require(cited.first { $0.target == "UNTS 1577/27531" && $0.section == .preamble })
        #expect(named.text == "اتفاقيــة حقوق الطفل")
        #expect(InstrumentToken.fold("اتفاقيــة") == InstrumentToken.fold("اتفاقية"))
    }

    /// "واتفاقية حقوق الأشخاص ذوي الإعاقة(3) وبروتوكولاتها الاختيارية(4)" (A/RES/78/188 PP2): the longer
    /// protocols phrase is read whole, and the Arabic marker "(4)" after it gives its note, which names
    /// the protocols of three treaties (the Convention on the Rights of the Child's, CEDAW's and the
    /// Disabilities Convention's), as the English "and the Optional Protocols thereto4" does.
    @Test func arabicOptionalProtocolsPhraseTakesItsNote() throws {
        let cited = Set(try Self.citations(
            "وإذ تشير إلى جميع صكوك حقوق الإنسان والصكوك الأخرى المتعلقة بحقوق الطفل، وبخاصـة الطفلة، بما فيها اتفاقيــة حقوق الطفل(1) واتفاقية القضاء على جميع أشكال التمييز ضد المرأة(2)، واتفاقية حقوق الأشخاص ذوي الإعاقة(3) وبروتوكولاتها الاختيارية(4)، واتفاقية الرضا بالزواج والحد الأدنى لسن الزواج وتسجيل عقود الزواج(5)،",
            notes: ["1\t() United Nations, Treaty Series, vol. 1577, No. 27531.",
                    "2\t() المرجع نفسه، المجلد 1249، الرقم 20378.",
                    "3\t() المرجع نفسه، المجلد 2515، الرقم 44910.",
                    "4\t() المرجــع نفسـه، المجلدات 2171 و 2173 و 2983، الرقم 27531؛ والمرجع نفسه، المجلد 2131، الرقم 20378؛ والمرجع نفسه، المجلد 2518، الرقم 44910.",
                    "5\t() المرجع نفسه، المجلد 521، الرقم 7525."],
            language: .arabic, symbol: "A/RES/78/188").map(\.target))
        for target in ["UNTS 1577/27531", "UNTS 1249/20378", "UNTS 2515/44910", "UNTS 2171/27531", "UNTS 2131/20378", "UNTS 2518/44910", "UNTS 521/7525"] {
            #expect(cited.contains(target), "\(target)")
        }
    }
}
