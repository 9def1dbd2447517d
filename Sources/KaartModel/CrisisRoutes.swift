/// The crisis routes shown with every mental-health result list and handout. They live here and
/// nowhere else: never in corpus data, where an edit could break them.
public enum CrisisRoutes {
    public struct Route: Hashable, Sendable {
        public var number: String
        public var dutch: String
        public var english: String
    }

    public static let all: [Route] = [
        Route(
            number: "113",
            dutch: "Denk je aan zelfmoord? Bel 113 of chat op 113.nl. Gratis, dag en nacht.",
            english: "Thinking about suicide? Call 113 or chat at 113.nl. Free, day and night."),
        Route(
            number: "0800-0113",
            dutch: "Of bel gratis 0800-0113 (113 Zelfmoordpreventie).",
            english: "Or call 0800-0113 free of charge (113 Suicide Prevention)."),
        Route(
            number: "112",
            dutch: "Is er direct gevaar? Bel 112.",
            english: "In immediate danger? Call 112."),
    ]

    /// Heading above the routes.
    public static func heading(_ language: Language) -> String {
        language == .dutch ? "Heb je nu direct hulp nodig?" : "Do you need help right now?"
    }

    public static func lines(_ language: Language) -> [String] {
        all.map { language == .dutch ? $0.dutch : $0.english }
    }
}

/// The interface languages.
public enum Language: String, CaseIterable, Sendable, Codable {
    case dutch = "nl"
    case english = "en"
}
