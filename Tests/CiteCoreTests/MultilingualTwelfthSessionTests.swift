import Foundation
import Testing
@testable import CiteCore

/// Issue 14, twelfth session: classes of wording found in the diagnosis quarter of the held-out half
/// (job number ≡ 1 mod 4; the other quarter is reported untouched), each on a sentence and its notes
/// copied from the text `citegraph text` renders.
@Suite struct MultilingualTwelfthSessionTests {
    static func citations(_ paragraph: String, notes: [String] = [], language: Language, symbol: String) throws -> [Citation] {
        try MultilingualTenthSessionEdgesTests.citations(paragraph, notes: notes, language: language, symbol: symbol)
    }

    /// A/RES/78/180 note 9: "Ibid., vol. 2131, No. 20378; and vols. 2171, 2173 and 2983, No. 27531" in
    /// Arabic, the second reference written without a series name after "، و".
    @Test func arabicReferenceContinuingTheNote() {
        let note = "() المرجع نفسه، المجلد 2131، الرقم 20378، والمجلدات 2171 و 2173 و 2983، الرقم 27531."
        let refs = UNTSParser.matches(in: note, previous: UNTSReference(volume: 1577, number: 27531), forms: CitationForms.of(.arabic)).map(\.reference.id)
        #expect(refs == ["UNTS 2131/20378", "UNTS 2171/27531"])
        // A volume and number in a note with no series name and no continuation are not read as one.
        let other = UNTSParser.matches(in: "() انظر المجلد 2، الرقم 5 من الوثيقة.", previous: nil, forms: CitationForms.of(.arabic))
        #expect(other.isEmpty)
    }

    /// A/RES/78/180 PP4: "… واتفاقية حقوق الطفل(8) والبروتوكولات الاختيارية الملحقة بهما(9)" — "and the
    /// optional protocols annexed to them" (dual) cites the Convention's protocols, as the English
    /// "and the Optional Protocols thereto" does.
    @Test func arabicDualOptionalProtocols() throws {
        let cited = Set(try Self.citations(
            "وإذ تعيد كذلك تأكيد أن اتفاقية القضاء على جميع أشكال التمييز ضد المرأة(7) واتفاقية حقوق الطفل(8) والبروتوكولات الاختيارية الملحقة بهما(9)، وكذلك الاتفاقيات والمعاهدات الأخرى ذات الصلة، توفر إطاراً قانونياً دولياً ومجموعة شاملة من التدابير لمنع جميع أشكال التمييز والعنف ضد النساء والفتيات والقضاء عليها، ولتعزيز المساواة بين الجنسين وتمكين المرأة،",
            notes: ["7\t() United Nations, Treaty Series, vol. 1249, No. 20378.",
                    "8\t() المرجع نفسه، المجلد 1577، الرقم 27531.",
                    "9\t() المرجع نفسه، المجلد 2131، الرقم 20378، والمجلدات 2171 و 2173 و 2983، الرقم 27531."],
            language: .arabic, symbol: "A/RES/78/180").map(\.target))
        for target in ["UNTS 1249/20378", "UNTS 1577/27531", "UNTS 2131/20378", "UNTS 2171/27531", "UNTS 2173/27531", "UNTS 2983/27531"] {
            #expect(cited.contains(target), "\(target)")
        }
    }

    /// A/RES/78/158 PP (tuning half): "回顾联合国环境大会…的第1/7号决议、…第2/21号决议…第4/10号决议" — the
    /// Environment Assembly named before the list owns every number of it; none is a Human Rights
    /// Council resolution. The same in French, where the Assembly is named after the first number.
    @Test func environmentAssemblyNamedBeforeABareNumber() throws {
        let chinese = try Self.citations(
            "回顾联合国环境大会2014年6月27日关于加强联合国环境规划署在改善空气质量方面的作用的第1/7号决议、3 2016年5月27日关于沙尘暴的第2/21号决议4 和2019年3月15日关于生物多样性和土地退化方面的创新的第4/10号决议，5",
            language: .chinese, symbol: "A/RES/78/158")
        #expect(chinese.filter { $0.targetKind == .resolution }.isEmpty, "\(chinese.map(\.target))")
        let french = try Self.citations(
            "15.\tFélicite l’Assemblée des Nations Unies pour l’environnement de s’être attachée à lutter contre les tempêtes de sable et de poussière et, à cet égard, prend note de la résolution 2/21 sur les tempêtes de sable et de poussière, adoptée à sa deuxième session, et de la résolution 4/10 sur l’innovation en matière de biodiversité et de dégradation des terres, adoptée à sa quatrième session ;",
            language: .french, symbol: "A/RES/78/158")
        #expect(french.filter { $0.targetKind == .resolution }.isEmpty, "\(french.map(\.target))")
        // A word of a name ("Programme", "Groupe de travail") does not: "…au titre du Programme
        // d’assistance… conformément au paragraphe 20 de sa résolution 71/139" stays the Assembly's.
        let assembly = try Self.citations(
            "Prie le Secrétaire général de poursuivre les activités du Programme d’assistance, y compris le séminaire de droit international, conformément au paragraphe 20 de la résolution 71/139 du 13 décembre 2016,",
            language: .french, symbol: "A/RES/78/107")
        #expect(assembly.map(\.target).contains("A/RES/71/139"))
    }

    /// A/RES/78/146 PP (tuning half): "…المعتمد في المقرر 15/4 خلال الاجتماع الخامس عشر لمؤتمر الأطراف"
    /// — decision 15/4 "during the fifteenth meeting of the Conference of the Parties" is the
    /// Conference's, not the Human Rights Council's decision 15/4; a high-level meeting after a
    /// resolution ("القرار 75/1 … الاجتماع الرفيع المستوى") leaves it the Assembly's.
    @Test func arabicDecisionAdoptedAtAMeeting() throws {
        let cited = try Self.citations(
            "وإذ ترحب بإطار كونمينغ - مونتريال العالمي للتنوع البيولوجي المعتمد في المقرر 15/4 خلال الاجتماع الخامس عشر لمؤتمر الأطراف في اتفاقية التنوع البيولوجي، وبالهدف 7 المسطر فيه،",
            language: .arabic, symbol: "A/RES/78/146")
        #expect(!cited.contains { $0.targetKind == .decision || $0.targetKind == .resolution }, "\(cited.map(\.target))")
        #expect(cited.contains { $0.target == "instrument:kunming-montreal-global-biodiversity-framework" })
        let assembly = try Self.citations(
            "وإذ تشير إلى قرارها 75/1 في الاجتماع الرفيع المستوى للاحتفال بالذكرى السنوية الخامسة والسبعين لإنشاء الأمم المتحدة،",
            language: .arabic, symbol: "A/RES/78/146")
        #expect(assembly.map(\.target).contains("A/RES/75/1"))
    }
}
