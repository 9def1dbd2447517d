/// The limits the B1 checker judges a text by. docs/b1-checker.md explains each one and how it
/// was calibrated; a test keeps that page and these values in step.
///
/// A count criterion allows `max(minimum, rate × size)`: a short text may hold one rare word,
/// but never jargon it does not need.
public struct B1Thresholds: Hashable, Sendable {
    /// A sentence with more words than this is reported as long (B1 advice: 15 on average, 20 at most).
    public var longSentenceWords = 20
    /// A text with a sentence longer than this is above B1, whatever its mean.
    public var maximumSentenceWords = 30
    /// A text whose mean sentence length exceeds this is above B1.
    public var maximumMeanSentenceLength = 15.0
    /// A word, or every part of a compound, at least this common (Zipf, log10 per billion
    /// words) counts as common; 3.0 is once per million words.
    public var commonWordZipf = 3.0
    /// Rare words allowed per 100 words (and always at least `minimumRareWordsAllowed`).
    public var rareWordsPer100Words = 5.0
    public var minimumRareWordsAllowed = 1
    /// A text whose Flesch-Douma score is below this is above B1. Douma's scale calls 0–30 "very
    /// difficult"; counting syllables by vowel groups makes plain Dutch compounds
    /// ("medicijndispenser") cost many syllables, so the human B1 summary of seed 004 scores 34–79.
    public var minimumFleschDouma = 30.0
    /// Flesch-Douma is judged only on texts at least this long: on two short sentences one long
    /// compound moves the score by twenty points.
    public var minimumWordsForFleschDouma = 30
    /// Jargon words allowed per 100 words; a text shorter than 100 words may hold none.
    public var jargonPer100Words = 1.0
    /// Sentences in the passive allowed per sentence (and always at least one).
    public var passiveSentenceShare = 0.34
    /// Nominal-style words (-ing, -heid, -atie, -iteit) allowed per 100 words (and always two).
    public var nominalWordsPer100Words = 8.0
    public var minimumNominalWordsAllowed = 2

    public init() {}

    /// The thresholds documented in docs/b1-checker.md.
    public static let standard = B1Thresholds()
}
