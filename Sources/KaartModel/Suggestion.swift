import Foundation

/// Who suggests missing help: it tells a maintainer how to weigh and check it.
public enum SuggesterRole: String, CaseIterable, Codable, Sendable {
    case resident = "inwoner"
    case professional = "professional"

    public init?(typed text: String) {
        switch text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() {
        case "inwoner", "resident", "bewoner": self = .resident
        case "professional", "professioneel", "hulpverlener", "wegwijzer": self = .professional
        default: return nil
        }
    }
}

/// "Ik mis iets": help that is not on the map yet, as someone typed it. Free text only in
/// name, what and where; the contact field is the only place for an address or number.
public struct SuggestionDraft: Hashable, Sendable {
    public static let maximumNameLength = 120
    public static let maximumWhatLength = 1000
    public static let maximumPlaceLength = 120
    public static let maximumURLLength = 500

    public var name: String
    public var what: String
    public var place: String?
    public var url: String?
    public var role: SuggesterRole
    public var contact: String?

    public init(name: String?, what: String?, place: String?, url: String?, role: String?, contact: String?) throws(SuggestionProblem) {
        guard let name = try Self.clean(name, .name, limit: Self.maximumNameLength, newlines: false) else { throw .missing(.name) }
        guard let what = try Self.clean(what, .what, limit: Self.maximumWhatLength, newlines: true) else { throw .missing(.what) }
        guard let roleText = role?.trimmingCharacters(in: .whitespacesAndNewlines), !roleText.isEmpty else { throw .missing(.role) }
        guard let role = SuggesterRole(typed: roleText) else { throw .unknownRole(String(roleText.prefix(40))) }
        let url = try Self.clean(url, .url, limit: Self.maximumURLLength, newlines: false)
        if let url {
            guard let parts = URLComponents(string: url), ["http", "https"].contains(parts.scheme?.lowercased() ?? ""), parts.host?.isEmpty == false else {
                throw .notAWebAddress
            }
        }
        self.name = name
        self.what = what
        self.place = try Self.clean(place, .place, limit: Self.maximumPlaceLength, newlines: false)
        self.url = url
        self.role = role
        self.contact = try Self.clean(contact, .contact, limit: ReportDraft.maximumContactLength, newlines: false)
    }

    static func clean(_ value: String?, _ field: SuggestionProblem.Field, limit: Int, newlines: Bool) throws(SuggestionProblem) -> String? {
        guard let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        let normalized = trimmed.replacingOccurrences(of: "\r\n", with: "\n")
        guard normalized.unicodeScalars.count <= limit else { throw .tooLong(field, limit: limit) }
        for scalar in normalized.unicodeScalars where scalar.properties.generalCategory == .control {
            if newlines && (scalar == "\n" || scalar == "\t") { continue }
            throw .invalidCharacters(field)
        }
        return normalized
    }
}

/// Why a suggestion cannot be taken as sent.
public enum SuggestionProblem: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Field: String, Sendable { case name = "naam", what = "wat", place = "waar", url = "website", role = "als", contact }

    case missing(Field)
    case unknownRole(String)
    case tooLong(Field, limit: Int)
    case invalidCharacters(Field)
    case notAWebAddress

    public var description: String {
        switch self {
        case .missing(.role): "zeg of je inwoner of professional bent"
        case .missing(let field): "vul \(field.rawValue) in"
        case .unknownRole(let text): "\"\(text)\" is geen inwoner of professional"
        case .tooLong(let field, let limit): "\(field.rawValue) is te lang: maximaal \(limit) tekens"
        case .invalidCharacters(let field): "\(field.rawValue) bevat tekens die er niet in passen"
        case .notAWebAddress: "de website is geen webadres; begin met https://"
        }
    }
}
