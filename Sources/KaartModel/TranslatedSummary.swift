/// A summary a person translated (`summary_b1_<lang>` in the corpus): the text, who translated
/// it and on which day, so a reader knows it is a person's work and how old it is.
public struct TranslatedSummary: Codable, Hashable, Sendable {
    public var text: String
    public var translator: String
    public var date: Day

    public init(text: String, translator: String, date: Day) {
        self.text = text
        self.translator = translator
        self.date = date
    }

    /// The corpus field for a language: `summary_b1_ar`.
    public static func field(_ language: Language) -> String { "summary_b1_\(language.rawValue)" }

    /// Every language a summary may be translated into: all but Dutch, the original.
    public static var languages: [Language] { Language.allCases.filter { $0 != .dutch } }
}
