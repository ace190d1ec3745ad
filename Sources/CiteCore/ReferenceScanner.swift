/// Finds references to resolutions, decisions and documents in one stretch of text
/// (a paragraph or a footnote) and decides, from the words that govern them, what each one is.
///
/// The pipeline, one file a stage (as eyecite splits its own):
/// - `ReferenceScanner+Tokens`: the tokenizer, numbers as cited with their part, date and title;
/// - `ReferenceScanner+Qualifier`: the body or organization named by the words around a keyword,
///   from the vocabulary of `Organizations` (`Resources/organizations.tsv`);
/// - `ReferenceScanner+Lists`: the list state machine (`scan`), which keyword and body govern a token;
/// - `ReferenceScanner+Resolve`: the canonical target of a token for its body;
/// - `ReferenceScanner+Languages`: the same stages for the other five languages (`CitationForms`).
struct ReferenceScanner {
    let bytes: [UInt8]
    let citingBody: Body
    /// Where footnote markers start: a number stops there ("54/2639" is 54/26 and note 39).
    var markerStarts: Set<Int> = []
    /// Footnote text of an Official Records supplement of the Human Rights Council ("Supplement No. 53").
    var councilReport = false
    /// Footnote text whose marker follows another body's "resolutions" ("… by the Conference of the States
    /// Parties at its tenth session of all resolutions30"): the note's bare "resolution 10/1" is that body's.
    var otherBodysNote = false
    /// The text being read is another organization's, annexed to the citing document ("The Economic
    /// and Social Commission for Western Asia, … Recalling also its resolution 302 (XXVII)"): "its" is theirs.
    var otherOrganizationSpeaks = false
    /// The year of the citing text, when known: the Human Rights Council's later sessions had not met.
    var citingYear: Int?
    /// The citation forms of a language other than English (nil: English, read by the rules below).
    var forms: CitationForms?
    /// The text as scalars, for the language tables' phrases (set with `forms`).
    var scalarText: ScalarText?

    init(bytes: [UInt8], citingBody: Body, language: Language = .english) {
        self.bytes = bytes
        self.citingBody = citingBody
        if let f = CitationForms.of(language) {
            forms = f
            scalarText = ScalarText(bytes: bytes)
        }
    }

    /// A number as cited, before its body is known.
    enum Form: Equatable {
        case explicit(SymbolParser.Parsed)
        /// `73/154`, `ES-11/1`, `S-27/2` (session prefix kept in `session`).
        case sessionNumber(session: String, sessionValue: Int, number: Int)
        /// `2019/20`: ECOSOC and Commission on Human Rights.
        case yearNumber(year: Int, number: Int)
        /// `1325 (2000)`.
        case scYear(number: Int, year: Int)
        /// `2200 (XXI)`, `2253 (ES-V)`.
        case roman(number: Int, session: String)
    }

    struct Raw {
        var form: Form
        var part: String?
        /// The number and its part letter.
        var numberRange: Range<Int>
        /// Number, part and "of <date>" when present: the cited words.
        var span: Range<Int>
        var date: String?
        var title: String?
    }

    struct Found {
        var target: String
        var kind: TargetKind
        var body: Body?
        var part: String?
        var span: Range<Int>
        var date: String?
        var title: String?
    }

    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    static func isLetter(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }
}
