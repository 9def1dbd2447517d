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

    /// The crisis numbers a text mentions as numbers to call, text or chat with: `112`, `113`
    /// (also in `113.nl`) and `0800-0113` in any spacing. The organisation's name "113
    /// Zelfmoordpreventie" is not a call instruction, nor is 113 inside a longer number.
    public static func numbers(in text: String) -> [String] {
        var found: [String] = []
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            guard characters[index].isNumber, index == 0 || !(characters[index - 1].isNumber || characters[index - 1] == "-" || characters[index - 1].isLetter) else {
                index += 1
                continue
            }
            // Read one number, allowing single spaces or hyphens between digit groups.
            var end = index
            var digits = ""
            while end < characters.count {
                if characters[end].isNumber {
                    digits.append(characters[end])
                    end += 1
                } else if (characters[end] == " " || characters[end] == "-"), end + 1 < characters.count,
                    characters[end + 1].isNumber, digits.hasPrefix("0800")
                {
                    end += 1
                } else {
                    break
                }
            }
            let rest = String(characters[end..<min(characters.count, end + 20)]).lowercased()
            let followedByDigitLike = end < characters.count && (characters[end] == "," || characters[end] == ".") && end + 1 < characters.count && characters[end + 1].isNumber
            switch digits {
            case "08000113":
                found.append("0800-0113")
            case "112" where !followedByDigitLike:
                found.append("112")
            case "113" where !followedByDigitLike && !rest.hasPrefix(" zelfmoordpreventie") && !rest.hasPrefix("zelfmoordpreventie"):
                found.append("113")
            default:
                break
            }
            index = end
        }
        return found
    }

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
