import KaartModel

/// All interface text for one language. Adding a language is adding one file that fills in
/// this struct (see `Strings+nl.swift`); nothing else in the code holds interface text.
public struct Strings: Sendable {
    public var language: Language
    public var monthNames: [String]
    public var kindLabels: [Entry.Kind: String]
    public var nearHeading: @Sendable (_ place: String, _ radius: String) -> String
    public var allHeading: String
    public var onlineHeading: String
    public var knowledgeHeading: String
    public var nothingNearby: @Sendable (_ radius: String, _ place: String) -> String
    public var furtherHeading: String
    public var noResults: String
    public var anyWordNotice: String
    public var lastChecked: String
    public var possiblyOutdated: String
    public var contact: String
    public var noContact: String
    public var online: String
    public var somewhereInMunicipality: @Sendable (_ municipality: String) -> String
    public var inMunicipality: @Sendable (_ municipality: String) -> String
    public var servesArea: @Sendable (_ municipalities: String) -> String
    public var nationwide: String
    public var about: String
    public var page: @Sendable (_ page: Int, _ pages: Int, _ total: Int) -> String
    public var explainTerms: String
    public var explainSynonyms: String
    public var explainScore: @Sendable (_ relevance: String, _ distance: String, _ freshness: String, _ total: String) -> String
    // Record details and handout.
    public var fieldLabels: [String: String]
    public var sourcesHeading: String
    public var handoutFooter: @Sendable (_ id: String) -> String
    public var unknown: String
    public var yes: String
    public var no: String
    public var free: String
    public var inactive: String

    public static func `for`(_ language: Language) -> Strings {
        switch language {
        case .dutch: .dutch
        case .english: .english
        }
    }

    /// "november 2026".
    public func monthYear(_ day: Day) -> String { "\(monthNames[day.month - 1]) \(day.year)" }

    public func label(_ field: String) -> String { fieldLabels[field] ?? field }
}
