/// The crisis routes shown with every mental-health result list and handout. They live here and
/// nowhere else: never in corpus data, where an edit could break them.
public enum CrisisRoutes {
    public struct Route: Hashable, Sendable {
        public var number: String
        public var dutch: String
        public var english: String
        /// What the number is for; interface files word each role in their own language.
        public var role: Role
    }

    /// What a crisis number is for.
    public enum Role: String, CaseIterable, Hashable, Sendable {
        /// 113: thinking about suicide, call or chat.
        case suicidePrevention
        /// 0800-0113: the same line, free of charge.
        case suicidePreventionFree
        /// 112: immediate danger.
        case emergency
    }

    /// Where the 113 chat starts: the chat is on 113's own site.
    public static let chatAddress = "https://www.113.nl"
    /// The chat's address as people say it.
    public static let chatName = "113.nl"
    /// 113's own page in English, the one public source on the line's languages we found.
    public static let englishPage = "https://www.113.nl/english"

    /// The short line at the top of every page: the two numbers to remember.
    public static var shortNumbers: [String] { all.filter { $0.role != .suicidePreventionFree }.map(\.number) }

    public static let all: [Route] = [
        Route(
            number: "113",
            dutch: "Denk je aan zelfmoord? Bel 113 of chat op 113.nl. Gratis, dag en nacht.",
            english: "Thinking about suicide? Call 113 or chat at 113.nl. Free, day and night.",
            role: .suicidePrevention),
        Route(
            number: "0800-0113",
            dutch: "Of bel gratis 0800-0113 (113 Zelfmoordpreventie).",
            english: "Or call 0800-0113 free of charge (113 Suicide Prevention).",
            role: .suicidePreventionFree),
        Route(
            number: "112",
            dutch: "Is er direct gevaar? Bel 112.",
            english: "In immediate danger? Call 112.",
            role: .emergency),
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

/// The interface languages (issue 18). Dutch is the default; the others are offered, never
/// chosen silently.
public enum Language: String, CaseIterable, Sendable, Codable {
    case dutch = "nl"
    case english = "en"
    case arabic = "ar"
    case turkish = "tr"
    case polish = "pl"
    case ukrainian = "uk"

    /// Arabic is written right to left: the page gets `dir="rtl"`.
    public var isRightToLeft: Bool { self == .arabic }

    /// The value of the `dir` attribute for text in this language.
    public var direction: String { isRightToLeft ? "rtl" : "ltr" }
}
