import Foundation
import Testing
@testable import CiteCore

/// A footnote's source in words no translation changes (issue 14, eighth session): the notes are
/// real ones, of the tuning half of the multilingual corpus and their English originals.
@Suite struct NoteSourceTests {
    /// The sources of notes read one after another (each "Ibid." against the note before).
    static func sources(_ notes: [String], language: Language) -> [String?] {
        var previous: NoteSource?
        return notes.map { note in
            let bytes = Array(note.utf8)
            let scanner = ReferenceScanner(bytes: bytes, citingBody: .ga, language: language)
            let anchors = CitationExtractor.anchors(scanner.scan(0..<bytes.count))
            previous = NoteSource.read(bytes, range: 0..<bytes.count, anchors: anchors, previous: previous)
            return previous?.description
        }
    }

    /// The Sendai Framework's note in the six languages.
    @Test func annexOfAResolution() {
        let notes: [(Language, String)] = [
            (.english, "Resolution 69/283, annex II."), (.french, "Résolution 69/283, annexe II."),
            (.spanish, "Resolución 69/283, anexo II."), (.russian, "Резолюция 69/283, приложение II."),
            (.arabic, "القرار 69/283، المرفق الثاني."), (.chinese, "第69/283号决议，附件二。"),
        ]
        for (language, note) in notes {
            #expect(Self.sources([note], language: language) == ["A/RES/69/283 annex 2"], "\(language.name)")
        }
        #expect(Self.sources(["القرار 69/283، المرفقان الأول والثاني."], language: .arabic) == ["A/RES/69/283 annex 1 2"])
        #expect(Self.sources(["第69/283号决议，附件一和二。"], language: .chinese) == ["A/RES/69/283 annex 1 2"])
        #expect(Self.sources(["Resolution 70/1."], language: .english) == ["A/RES/70/1"])
    }

    /// The Beijing Declaration and Platform for Action: a report known by its sales number, the
    /// conference's resolution and two annexes.
    @Test func salesNumberResolutionAndAnnexes() {
        let notes: [(Language, String)] = [
            (.english, "Report of the Fourth World Conference on Women, Beijing, 4–15 September 1995 (United Nations publication, Sales No. E.96.IV.13), chap. I, resolution 1, annexes I and II."),
            (.french, "Rapport de la quatrième Conférence mondiale sur les femmes, Beijing, 4-15 septembre 1995 (publication des Nations Unies, numéro de vente : F.96.IV.13), chap. I, résolution 1, annexes I et II."),
            (.spanish, "Informe de la Cuarta Conferencia Mundial sobre la Mujer, Beijing, 4 a 15 de septiembre de 1995 (publicación de las Naciones Unidas, núm. de venta S.96.IV.13), cap. I, resolución 1, anexos I y II."),
            (.russian, "Доклад четвертой Всемирной конференции по положению женщин, Пекин, 4–15 сентября 1995 года (издание Организации Объединенных Наций, в продаже под № R.96.IV.13), гл. I, резолюция 1, приложения I и II."),
            (.arabic, "تقرير المؤتمر العالمي الرابع المعني بالمرأة، بيجين، 4-15 أيلول/سبتمبر 1995 (منشورات الأمم المتحدة، رقم المبيع A.96.IV.13)، الفصل الأول، القرار 1، المرفقان الأول والثاني."),
            (.chinese, "《第四次妇女问题世界会议的报告，1995年9月4日至15日，北京》(联合国出版物，出售品编号：C.96.IV.13)，第一章，决议1，附件一和二。"),
        ]
        for (language, note) in notes {
            #expect(Self.sources([note], language: language) == ["sales 96.IV.13 resolution 1 annex 1 2"], "\(language.name)")
        }
    }

    /// "Ibid., resolution 2, annex." after the Johannesburg report's resolution 1, and "Ibid., annex
    /// II." after the Rio report's annex I, continue the note before.
    @Test func ibidContinuesTheNoteBefore() {
        let english = Self.sources([
            "Report of the World Summit on Sustainable Development, Johannesburg, South Africa, 26 August–4 September 2002 (United Nations publication, Sales No. E.03.II.A.1 and corrigendum), chap. I, resolution 1, annex.",
            "Ibid., resolution 2, annex.",
            "Report of the United Nations Conference on Environment and Development, Rio de Janeiro, 3‑14 June 1992, vol. I, Resolutions Adopted by the Conference (United Nations publication, Sales No. E.93.I.8 and corrigendum), resolution 1, annex I.",
            "Ibid., annex II.",
            "Ibid.",
        ], language: .english)
        #expect(english == ["sales 03.II.A.1 resolution 1 annex", "sales 03.II.A.1 resolution 2 annex",
                            "sales 93.I.8 resolution 1 annex 1", "sales 93.I.8 resolution 1 annex 2", "sales 93.I.8 resolution 1 annex 2"])
        let chinese = Self.sources([
            "《可持续发展问题世界首脑会议的报告，2002年8月26日至9月4日，南非约翰内斯堡》(联合国出版物，出售品编号：C.03.II.A.1和更正)，第一章，决议1，附件。",
            "同上，决议2，附件。",
        ], language: .chinese)
        #expect(chinese == ["sales 03.II.A.1 resolution 1 annex", "sales 03.II.A.1 resolution 2 annex"])
    }

    /// A note that cites nothing has no source; a treaty's note has none either (its Treaty Series
    /// reference names it).
    @Test func notesWithoutSource() {
        #expect(Self.sources(["See the statement by the President of the Security Council."], language: .english) == [nil])
        #expect(Self.sources(["United Nations, Treaty Series, vol. 1577, No. 27531."], language: .english) == [nil])
    }

    /// The learned table answers with the finest key it holds; `-` stops a coarser key.
    @Test func tableLooksUpTheFinestKey() {
        let table = InstrumentNotes(tsv: "A/RES/69/283 annex 2\tinstrument:sendai-framework-for-disaster-risk-reduction-2015-2030\t109\t110\nA/RES/69/283\tinstrument:sendai-framework-for-disaster-risk-reduction-2015-2030\t150\t170\nA/RES/69/283 annex 1\t-\t3\t17\n")
        #expect(table.targets(for: NoteSource(anchor: "A/RES/69/283", annexes: [2])) == ["instrument:sendai-framework-for-disaster-risk-reduction-2015-2030"])
        #expect(table.targets(for: NoteSource(anchor: "A/RES/69/283", annexes: [3])) == ["instrument:sendai-framework-for-disaster-risk-reduction-2015-2030"])
        #expect(table.targets(for: NoteSource(anchor: "A/RES/69/283", annexes: [1])) == nil)
        #expect(table.targets(for: NoteSource(anchor: "A/RES/70/1")) == nil)
    }

    /// Openers translated several ways (learn_openers.py, tuning half): "Принимая во внимание" is
    /// "Bearing in mind" more often than "Acknowledging", "Noting" or "Recognizing", and no relation
    /// had half of its paragraphs, so the table had no row (A/RES/78/120: "Принимая во внимание
    /// свою резолюцию 71/256"); "تدعو إلى" is "Calls for" where "تدعو" alone is "Invites" (A/RES/78/132).
    @Test func openersTranslatedSeveralWays() {
        #expect(ClauseVerbs.read("Принимая во внимание свою резолюцию 71/256", language: .russian)?.relation == .bearsInMind)
        #expect(ClauseVerbs.read("تدعو إلى تشجيع البحوث الجديدة وإلى تطوير التكنولوجيات", language: .arabic)?.relation == .callsUpon)
        #expect(ClauseVerbs.read("تدعو لجنة القانون الدولي إلى أن تواصل اتخاذ تدابير", language: .arabic)?.relation == .invites)
    }
}
