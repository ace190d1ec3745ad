import CiteCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One paragraph of a document's text, as lineage needs it: label, section, where it starts in
/// the document text (UTF-8 bytes, the offsets citation spans use) and its words.
public struct ParagraphText: Hashable, Sendable {
    public var label: String
    public var section: Section
    public var start: Int
    public var text: String

    public init(label: String, section: Section, start: Int, text: String) {
        self.label = label; self.section = section; self.start = start; self.text = text
    }
}

/// The evidence that resolution `successor` continues `predecessor` in one series, read from
/// plain text alone (every input has it), and the score it adds up to.
public struct SeriesEvidence: Hashable, Sendable, Codable {
    /// Cosine similarity of the two texts' TF-IDF profiles (a profile from the citing texts' words
    /// for a resolution outside the corpus); nil when one has no words.
    public var similarity: Double?
    /// `similarity` divided by the best similarity among the successor's candidates (1 for the best).
    public var relativeSimilarity: Double
    /// Whether the predecessor's profile comes from what citing texts say of it (no text of its own).
    public var similarityFromContext: Bool
    /// Jaccard similarity of the two titles' content words, when both are known.
    public var title: Double?
    /// Cited in the first paragraph that cites a resolution of the same body.
    public var firstParagraph: Bool
    /// Named alone in its paragraph ("Recalling its resolution 2406 (2018)"), or singled out
    /// ("its previous resolutions …, in particular resolution 2406 (2018)").
    public var singledOut: Bool
    /// Cited after "its previous resolutions on …" or "all relevant resolutions" in its paragraph:
    /// the text names its series.
    public var previousResolutions: Bool = false
    /// The newest of the candidates whose texts are about as close to the successor's as the
    /// closest (relative similarity ≥ `SeriesModel.similarBand`): the last renewal, not the first.
    public var newestOfClosest: Bool = false
    /// Cosine of the names the two texts repeat (missions, sanctions regimes: `EntityProfiles`);
    /// nil when one has no text or names nothing.
    public var entitySimilarity: Double? = nil
    /// The newest of the candidates whose names are about as close to the successor's as the
    /// closest (≥ `SeriesModel.entityBand` of the best): the mission's last renewal.
    public var newestOfEntityBand: Bool = false
    /// The newest of a list (one paragraph) of two or more of the candidates that read most like the successor,
    /// with nothing else in it from the first of them on that has a text reading otherwise: the
    /// end of the series' own list ("… 2285 (2016) and 2351 (2017)").
    public var extendsList: Bool = false
    /// The mandate both renew (`MandateKeys`: a mission's acronym, a sanctions regime as "res" + its
    /// founding resolution): the link joins two consecutive members of that key, whatever the score.
    public var mandate: String? = nil
    /// Cited with "recalls" or "reaffirms".
    public var recalls: Bool
    /// Cited in an operative paragraph ("Decides to extend the mandate … set out in resolution X").
    public var operative: Bool
    /// 0 for the newest of the successor's candidates, 1 for the next, …
    public var recencyRank: Int
    /// How many candidates the successor has.
    public var candidates: Int
    /// Years between the two, when both are known.
    public var yearGap: Int?
    /// Overlap of what the two cite among resolutions (nil when one cites none).
    public var sharedReferences: Double?
    /// The successor does not cite the predecessor: both cite the same earlier resolution and read alike.
    public var uncited: Bool
    /// The link is read from a later member's list (the successor's own citations are unknown).
    public var inferred: Bool
    /// How many later documents list the two together (inferred links only).
    public var listedTogether: Int
    /// The weighted sum of the above; a link needs `SeriesModel.threshold`.
    public var score: Double

    public init(similarity: Double? = nil, relativeSimilarity: Double = 0, similarityFromContext: Bool = false,
                title: Double? = nil, firstParagraph: Bool = false, singledOut: Bool = false, recalls: Bool = false,
                operative: Bool = false, recencyRank: Int = 0, candidates: Int = 1, yearGap: Int? = nil,
                sharedReferences: Double? = nil, uncited: Bool = false, inferred: Bool = false, listedTogether: Int = 0, score: Double = 0) {
        self.similarity = similarity; self.relativeSimilarity = relativeSimilarity
        self.similarityFromContext = similarityFromContext; self.title = title; self.firstParagraph = firstParagraph
        self.singledOut = singledOut; self.recalls = recalls; self.operative = operative
        self.recencyRank = recencyRank; self.candidates = candidates; self.yearGap = yearGap
        self.sharedReferences = sharedReferences; self.uncited = uncited; self.inferred = inferred; self.listedTogether = listedTogether
        self.score = score
    }

    /// The score as a probability in (0, 1): the logistic function of `score`.
    public var confidence: Double { 1 / (1 + exp(-score)) }

    /// The features in the order of `SeriesModel.weights`, for scoring and for fitting the weights.
    public var features: [Double] {
        let sim = similarity ?? 0
        let own = similarityFromContext ? 0 : sim
        let ctx = similarityFromContext ? sim : 0
        return [
            own,
            ctx,
            similarity == nil ? 0 : relativeSimilarity,
            relativeSimilarity >= 0.999 && similarity != nil ? 1 : 0,
            title ?? 0,
            title == nil ? 0 : 1,
            firstParagraph ? 1 : 0,
            singledOut ? 1 : 0,
            recalls ? 1 : 0,
            operative ? 1 : 0,
            recencyRank == 0 ? 1 : 0,
            1 / Double(1 + recencyRank),
            Double(min(yearGap ?? 3, 10)) / 10,
            sharedReferences ?? 0,
            inferred ? 1 : 0,
            Double(min(listedTogether, 5)) / 5,
            candidates == 1 ? 1 : 0,
            uncited ? 1 : 0,
            uncited ? sim : 0,
            (title ?? 0) >= 0.9 ? 1 : 0,
            previousResolutions ? 1 : 0,
            newestOfClosest ? 1 : 0,
            entitySimilarity ?? 0,
            newestOfEntityBand ? 1 : 0,
            extendsList ? 1 : 0,
        ]
    }

    /// Names of `features`, for `--explain` and the fitting script.
    public static let featureNames = [
        "similarity", "contextSimilarity", "relativeSimilarity", "mostSimilar", "title", "hasTitles",
        "firstParagraph", "singledOut", "recalls", "operative", "newest", "recency", "yearGap",
        "sharedReferences", "inferred", "listedTogether", "onlyCandidate", "uncited", "uncitedSimilarity", "sameTitle", "previousResolutions", "newestOfClosest",
        "entitySimilarity", "newestOfEntityBand", "extendsList",
    ]
}

/// The weights that turn evidence into a score, and the score a link needs.
///
/// Fitted by logistic regression (Benchmarks/series/fit.py) on the tuning half of the development
/// series truth (Benchmarks/series/series_truth.tsv, half = tune); the other half is only measured.
/// Of two fits (before and after word pairs and the list rule), the one whose chains were better
/// on the tuning half was kept.
/// The Security Council has weights of its own: its texts carry no title and name their series by
/// a mission or regime, where the other bodies' texts cite their series by number and title.
public enum SeriesModel {
    public static let weights: [Double] = [0.268, 0.151, -0.317, 0.673, 1.047, -1.595, 1.170, 0.894, 1.288, 0.066, 0.316, 0.642, -3.762, 0.459, -0.330, -0.066, -0.497, -1.438, -0.767, 1.258, 0.190, 1.290, 0.362, 0.123, 0.837]
    public static let bias = -0.599
    public static let councilWeights: [Double] = [-0.099, 1.139, 0.451, 1.142, 0.000, 0.000, 1.776, 0.002, 0.614, 0.753, 0.440, 1.567, -2.471, 0.682, -0.444, -0.089, -0.416, 0.191, 0.284, 0.000, 0.318, 1.138, -0.168, 0.772, 1.872]
    public static let councilBias = -2.855
    /// A resolution left out goes back between two members when both its links score this share
    /// of the link they replace (`insertLeftOut`).
    public static let insertionShare = 0.75
    /// Candidates whose names are within this share of the best count as equally close.
    public static let entityBand = 0.7
    /// Below this a resolution starts its own series rather than continue the best candidate.
    public static let threshold = 0.0
    /// A series whose first member's best candidate is taken by another series (at least this score)
    /// joins that series' family as a branch.
    public static let familyThreshold = 1.0

    /// Words just before a citation that single it out of a list ("…, the most recent of which was resolution 74/133").
    public static let singlingOut = ["in particular", "most recent", "latest", "notably"]
    /// Words earlier in the paragraph that say its citations are the text's own series.
    public static let seriesPhrases = ["previous resolutions", "its resolutions on", "its earlier resolutions", "prior resolutions",
                                       "all its relevant resolutions", "its relevant resolutions"]

    /// Uncited candidates: at most this many, this many years back, this similar at least.
    public static let siblingCount = 10
    /// Candidates within this share of the best similarity count as equally close.
    public static let similarBand = 0.85
    public static let siblingYears = 8
    public static let siblingSimilarity = 0.2

    /// The score of an inferred link: listed together by two later documents is enough.
    static func inferredScore(listedTogether n: Int) -> Double { 0.25 * Double(min(n, 8)) }

    /// A link to a resolution without text needs some sign that it is on the same topic, since
    /// recency and the citation's place alone also fit a neighbouring agenda's text listed first:
    /// words around its citations like the successor's text, or the citation singled out, or
    /// titles alike, or named among "its previous resolutions on …"; an inferred link needs two
    /// later documents that list the two together.
    /// Applied to Security Council resolutions, whose texts carry no title and list the Council's
    /// thematic resolutions side by side; the other bodies cite their own series by number and date.
    static func hasTopicEvidence(_ e: SeriesEvidence, body: Body?) -> Bool {
        if e.inferred { return e.listedTogether >= 2 }
        guard body == .sc else { return true }
        guard e.similarityFromContext else {
            // Two texts of the Council that read unlike each other are not one series however the
            // one cites the other (2512 (2020) on Guinea-Bissau recalls 2493 (2019) on women and
            // peace and security in its operative part) — unless it recalls it in its first paragraph
            // or singles it out.
            return (e.similarity ?? 0) >= textSimilarityFloor || e.singledOut || (e.firstParagraph && e.recalls) || e.extendsList
        }
        return (e.similarity ?? 0) >= contextSimilarityFloor || e.singledOut || (e.title ?? 0) >= 0.5 || e.previousResolutions
            || e.extendsList
    }
    /// Floors on the TF-IDF cosine of words and word pairs (about a tenth of the positive links
    /// of the development truth fall below them).
    public static let contextSimilarityFloor = 0.2
    public static let textSimilarityFloor = 0.1

    static func score(_ features: [Double], body: Body?) -> Double {
        let council = body == .sc
        var s = council ? councilBias : bias
        for (w, f) in zip(council ? councilWeights : weights, features) { s += w * f }
        return s
    }
}
