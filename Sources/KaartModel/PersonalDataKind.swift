/// Kinds of personal data that are left out of a report's free text before it is stored
/// (`Feedback.PersonalData`), in the order the sender is told about them.
public enum PersonalDataKind: String, CaseIterable, Codable, Hashable, Sendable, Comparable {
    case citizenServiceNumber = "bsn"
    case phoneNumber = "telefoonnummer"
    case emailAddress = "e-mailadres"
    case streetAddress = "adres"

    public static func < (a: PersonalDataKind, b: PersonalDataKind) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
