import KaartModel

/// How the answer says what it understood of the words (issue 16): "Gezocht op: …", words
/// corrected, a place, an age and an audience taken from the words, and how to undo each. One
/// value per language, in `Strings+nl.swift` and `Strings+en.swift`.
public struct ReadingText: Sendable {
    /// "Gezocht op: eenzaamheid en geldzorgen".
    public var searchedFor: @Sendable (_ needs: String) -> String
    /// "en": joins the last two needs.
    public var and: String
    /// "Gezocht op eenzaamheid in plaats van eenzaamhied."
    public var insteadOf: @Sendable (_ searched: String, _ typed: String) -> String
    /// "Zoek toch op eenzaamhied".
    public var searchAsTyped: @Sendable (_ typed: String) -> String
    /// "Bedoelde je eenzaamheid?"
    public var didYouMean: @Sendable (_ word: String) -> String
    /// "Bedoelde je de plaats Arnhem?"
    public var didYouMeanPlace: @Sendable (_ place: String) -> String
    /// "rond Arnhem": the place taken from the words.
    public var aroundPlace: @Sendable (_ place: String) -> String
    /// "Gezocht rond Arnhem": only a place in the words.
    public var searchedAround: @Sendable (_ place: String) -> String
    /// "leeftijd 15".
    public var age: @Sendable (_ years: Int) -> String
    /// "eerst hulp voor jongeren".
    public var audience: @Sendable (_ groups: String) -> String
    /// Links that undo one part of the reading.
    public var withoutPlace: String
    public var withoutAge: String
    public var withoutAudience: String
    /// "Niet gebruikt: ik, voel, nodig".
    public var leftOut: @Sendable (_ words: String) -> String
    /// Asked when the words name nothing to search for.
    public var fewWords: String
    /// `--uitleg`: the heading and the labels of each part.
    public var explainHeading: String
    public var explainConcept: String
    public var explainPlace: String
    public var explainAge: String
    public var explainAudience: String
    public var explainCorrected: String
}

extension Strings {
    public var reading: ReadingText {
        switch language {
        case .dutch: .dutch
        case .english: .english
        case .arabic: .arabic
        case .turkish: .turkish
        case .polish: .polish
        case .ukrainian: .ukrainian
        }
    }
}
