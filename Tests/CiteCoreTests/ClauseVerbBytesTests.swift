import Foundation
import Testing
@testable import CiteCore

/// The clause verb read from bytes (`ClauseVerbs.readASCII`, thirteenth speed round) gives what the
/// character reading (`readWords`, which it stands before) gives: the verb as written, the relation
/// and the operative form, on made-up openings of every rule and on every line of the fixture
/// texts (and of every 40th file of akn/text when the corpus is there).
@Suite("Clause verbs read from bytes as from characters")
struct ClauseVerbBytesTests {
    static let made: [String] = [
        "Recalling its resolution 70/1,", "Recalling also", "Recalling further its resolutions", "Also recalling", "Reaffirming",
        "Decides to remain seized of the matter;", "Also decides", "Strongly condemns", "Deeply concerned", "Remaining deeply concerned",
        "Ever mindful", "Mindful of", "Aware of", "Conscious of", "Noting with concern", "Noting with deep concern", "Noting with",
        "Takes note of the report", "Taking note also", "Taking full note", "Taking careful note", "Taking due note", "Taking due account",
        "Taking into account", "Taking into consideration", "Taking", "Take note", "Takes into", "Bearing in mind", "Bears in mind",
        "Bearing", "Calling upon", "Calls on all States", "Calls for", "Call upon", "Appeals to", "Appealing", "Calling",
        "Expressing its deep concern", "Expressing concern", "Expresses its appreciation", "Expressing its gratitude", "Expresses alarm",
        "Expressing regret", "Expressing outrage at", "Expresses dismay", "Expressing satisfaction", "Expresses support", "Expresses thanks",
        "Expressing its", "Expressing", "Expresses its profound concern and dismay", "Having considered", "Having noted", "Having taken note",
        "Having taken", "Having also taken note", "Having adopted", "Having decided", "Having recalled", "Having reaffirmed", "Having welcomed",
        "Having", "Keeping in mind", "Keeping", "Having regard to", "Acting under Chapter VII of the Charter", "Welcomes", "Welcoming also",
        "Requests the Secretary-General to submit", "Urges", "Encourages further", "Invites again", "Emphasizes", "Reiterates",
        "Recognizing", "Determined", "Convinced", "Desiring", "Decides also", "Calls upon also", "once more", "also", "in addition decides",
        "In addition, decides", "Further decides", "Reaffirms once again", "The Security Council recalls its resolutions",
        "The Security Council, recalling", "The Council, recalling", "The Council recalls", "The Councils recall", "The Security Councilé",
        "The Council\u{0301} recalls", "“Recalling", "“The Security Council reaffirms", "\"Recalling", "  Recalling", "\u{201C}\u{0301}Recalling",
        "\"\u{0301}Recalling", " \u{0301}Recalling", "“", "\"", "", " ", "Recalling\ttoo", "Recalling  also", "Recalling\talso", "Recalling-also",
        "Recalling’s", "Recalling's", "Recalling'", "Réaffirming", "Recalling résolution", "Recalling also é", "Nöting", "RECALLING",
        "RECALLS ALSO", "Decides,", "Decides.", "decides", "1. Decides", "Takes note with appreciation", "Takes note with",
        "Noting with appreciation the report", "Noting with\u{00A0}appreciation", "Welcoming with satisfaction", "Condemns in the strongest terms",
        "Expressing\u{00A0}concern", "Takes\u{00A0}note", "Sets", "Has", "Is", "Was decided", "Observes", "Guided by", "Guided",
        "Member States’ obligations", "Recalling States’", "’Recalling", "Recalling’\u{0301}s", "Recalling – in particular", "Recalling…",
        "• Decides", "Welcoming the “Agenda”", "Welcoming the “\u{0301}Agenda”", "Notes–with concern", "Noting with concern‑",
        "Expressing its deep concern—", "Expressing ‘concern’", "Decides ▪", "Decides \u{2023}", "Decides\u{2010}", "Expressing\u{2009}concern",
        "Recalling also ’", "Recalling also’", "Requests the Secretary-General to submit to the General Assembly at its",
    ]

    static var lines: [String] {
        get throws {
            var out = made
            for name in try TextFixtures.allNames() {
                out += try TextFixtures.contents(name).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            }
            return out + PrefilterTests.corpusParagraphs
        }
    }

    @Test("verb, relation and operative form are those of the character reading")
    func sameAsCharacters() throws {
        var decided = 0, verbs = 0
        for line in try Self.lines {
            for text in [Substring(line), Substring(line).dropFirst(min(1, line.count))] {
                let characters = ClauseVerbs.readWords(text).map { ($0.verb, $0.relation, ClauseVerbs.isOperativeForm(lowerWords: $0.lowerWords)) }
                guard let bytes = ClauseVerbs.readASCII(text) else { continue }
                decided += 1
                if bytes != nil { verbs += 1 }
                #expect(bytes?.verb == characters?.0, "\(text)")
                #expect(bytes?.relation == characters?.1, "\(text)")
                #expect(bytes?.operative == characters?.2, "\(text)")
                #expect(ClauseVerbs.read(text).map { "\($0.verb)|\($0.relation)" } == characters.map { "\($0.0)|\($0.1)" }, "\(text)")
            }
        }
        // The byte reading answers for most lines, and finds verbs in many of them.
        #expect(decided >= 2_000)
        #expect(verbs >= 500)
    }

    @Test("a byte of another script before the words are read leaves the line to the character reading")
    func otherScripts() {
        for line in ["Réaffirming", "\u{201C}\u{0301}Recalling", " \u{0301}Recalling", "The Council\u{0301} recalls", "Recalling\u{00A0}also", "“"] {
            #expect(ClauseVerbs.readASCII(Substring(line)) == nil, "\(line)")
        }
        // Past the words read, another script does not matter.
        #expect(ClauseVerbs.readASCII(Substring("Recalling its resolution 70/1 on the “Agenda”")) == .some(ClauseVerbs.ByteReading(verb: "Recalling", relation: .recalls, operative: false)))
        #expect(ClauseVerbs.readASCII(Substring("Decides, à l’unanimité")) == .some(ClauseVerbs.ByteReading(verb: "Decides", relation: .decides, operative: true)))
    }
}
