import KaartModel

/// The crisis block in one language (issue 18). The numbers and the chat's address come from
/// `CrisisRoutes` only; a language file words what each number is for.
public struct CrisisText: Sendable {
    /// "Heb je nu direct hulp nodig?"
    public var heading: String
    /// The start of the short line at the top of every page: "Direct hulp nodig?"
    public var shortLine: String
    /// One route in a sentence that names its number (and for 113 the chat's address).
    public var line: @Sendable (_ route: CrisisRoutes.Route) -> String
    /// Which languages the lines answer in: only what their own public sources say.
    public var languagesNote: String
    /// The link text for 113's own page in English.
    public var englishPageLink: String
}

/// The language choice, the browser's language offered, and "Hulp in mijn taal" (issue 18).
public struct LanguageText: Sendable {
    /// The label of the language choice on every page ("Taal").
    public var choiceLabel: String
    /// Said in this language, offering it: "Lees deze pagina in het Nederlands".
    public var offer: String
    /// An unknown `taal=` value: the page is shown in this language instead.
    public var unknownChoice: @Sendable (_ typed: String) -> String
    /// The filter on the languages help is given in.
    public var helpLanguageLabel: String
    public var helpLanguageAny: String
    /// A record that names no language: unknown, never "Dutch only".
    public var helpLanguagesUnknown: String
    /// The names of the languages help is given in, by ISO 639-1 code, in this language.
    public var names: [String: String]
}

/// A record explained from its structured facts, for readers of another language than Dutch
/// (issue 18): only facts the record holds, in fixed sentences, never translated free text.
public struct DataText: Sendable {
    /// "Deze uitleg is gemaakt uit de gegevens van dit aanbod."
    public var madeFromData: String
    /// The label above the Dutch summary on a page in another language.
    public var dutchText: String
    /// Under a maintainer's translated summary: who translated it and when.
    public var translatedBy: @Sendable (_ translator: String, _ day: String) -> String
    /// "Dit is een steunpunt."
    public var kind: @Sendable (_ kind: String) -> String
    /// "Soort hulp: lotgenotencontact, informatie en advies."
    public var supportTypes: @Sendable (_ list: String) -> String
    /// "Voor: jongeren, ouders."
    public var targetGroups: @Sendable (_ list: String) -> String
    /// "Leeftijd: 12 tot en met 18 jaar."
    public var ages: @Sendable (_ ages: String) -> String
    public var agesBetween: @Sendable (_ low: Int, _ high: Int) -> String
    public var agesFrom: @Sendable (_ low: Int) -> String
    public var agesUpTo: @Sendable (_ high: Int) -> String
    public var free: String
    public var notFree: String
    /// "Toegang: vrije inloop."
    public var access: @Sendable (_ access: String) -> String
    /// "Het is online: voor heel Nederland."
    public var online: @Sendable (_ area: String) -> String
    /// "Waar: Voorbeeldstraat 1, 6811 AB Arnhem."
    public var place: @Sendable (_ place: String) -> String
    /// "Talen: Nederlands, Arabisch."
    public var languages: @Sendable (_ list: String) -> String
    /// "Open: ma t/m vr 10.00 tot 16.00 uur."
    public var hours: @Sendable (_ hours: String) -> String
}

/// The languages help can be given in that the interface names; a record may name others,
/// shown by their code.
public enum HelpLanguages {
    public static let codes = ["nl", "en", "ar", "tr", "pl", "uk", "de", "fr", "es", "ru", "fa", "ti", "so"]
}
