import Foundation

/// Why someone says an entry is wrong: the short B1 list of DESIGN §7. The codes are stable (they
/// are stored, used by the API and typed after `kaart meld --reden`); each is its Dutch label
/// written as a code, so "tijdelijk dicht" works as typed. Labels for people live in `Strings`.
public enum ReportReason: String, CaseIterable, Codable, Sendable {
    case gone = "bestaat-niet-meer"
    case temporarilyClosed = "tijdelijk-dicht"
    case contactWrong = "telefoon-of-adres-klopt-niet"
    case hoursWrong = "tijden-kloppen-niet"
    case duplicate = "staat-er-dubbel-in"
    case wrongGroupOrTopic = "verkeerde-doelgroep-of-thema"
    case other = "anders"

    /// Accepts the code, or the label as a person types it ("Tijdelijk dicht").
    public init?(typed text: String) {
        let key = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            .split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" }).joined(separator: "-")
        self.init(rawValue: key)
    }
}

/// A report as someone typed it, checked: a known reason, and text and contact within bounds.
/// Whether the entry exists is checked by the store, against the index.
public struct ReportDraft: Hashable, Sendable {
    /// Long enough for "the number changed to …, I called on Tuesday"; short enough that nobody
    /// pastes a medical history into a form about a phone number.
    public static let maximumTextLength = 1000
    /// An e-mail address or phone number, with room for a name.
    public static let maximumContactLength = 120
    public static let maximumEntryIDLength = 120

    public var entryID: String
    public var reason: ReportReason
    public var text: String?
    public var contact: String?

    /// Checks what someone typed. Empty optional fields become nil; lengths count Unicode
    /// scalars, as SQLite's `length()` does in the store's CHECK constraints.
    public init(entryID: String, reason: String?, text: String?, contact: String?) throws(ReportProblem) {
        let id = entryID.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !id.isEmpty else { throw .missingEntry }
        guard id.unicodeScalars.count <= Self.maximumEntryIDLength else { throw .unknownEntry(String(id.prefix(40))) }
        guard let reasonText = reason?.trimmingCharacters(in: .whitespacesAndNewlines), !reasonText.isEmpty else {
            throw .missingReason
        }
        guard let reason = ReportReason(typed: reasonText) else { throw .unknownReason(String(reasonText.prefix(60))) }
        let text = try Self.clean(text, field: .text, limit: Self.maximumTextLength, allowNewlines: true)
        let contact = try Self.clean(contact, field: .contact, limit: Self.maximumContactLength, allowNewlines: false)
        self.entryID = id
        self.reason = reason
        self.text = text
        self.contact = contact
    }

    static func clean(_ value: String?, field: ReportProblem.Field, limit: Int, allowNewlines: Bool) throws(ReportProblem) -> String? {
        guard let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        let normalized = trimmed.replacingOccurrences(of: "\r\n", with: "\n")
        guard normalized.unicodeScalars.count <= limit else { throw .tooLong(field, limit: limit) }
        for scalar in normalized.unicodeScalars where scalar.properties.generalCategory == .control {
            if allowNewlines && (scalar == "\n" || scalar == "\t") { continue }
            throw .invalidCharacters(field)
        }
        return normalized
    }
}

/// Why a report cannot be accepted as sent. Messages for people are in `Strings`; the
/// description here is for logs and the terminal.
public enum ReportProblem: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Field: String, Sendable { case text, contact }

    case missingEntry
    case unknownEntry(String)
    case missingReason
    case unknownReason(String)
    case tooLong(Field, limit: Int)
    case invalidCharacters(Field)

    public var description: String {
        switch self {
        case .missingEntry: "geef het id van het aanbod"
        case .unknownEntry(let id): "er is geen aanbod met id \"\(id)\""
        case .missingReason: "kies een reden: " + ReportReason.allCases.map(\.rawValue).joined(separator: ", ")
        case .unknownReason(let text):
            "\"\(text)\" is geen reden; kies uit: " + ReportReason.allCases.map(\.rawValue).joined(separator: ", ")
        case .tooLong(let field, let limit): "\(field.rawValue) is te lang: maximaal \(limit) tekens"
        case .invalidCharacters(let field): "\(field.rawValue) bevat tekens die niet in een melding passen"
        }
    }
}
