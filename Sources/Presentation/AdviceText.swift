import KaartModel

/// What the assistant says (`kaart advies`, `/advies`): B1 Dutch, with a twin in every interface
/// language (`static let dutch`, `.english`, … at the end of each `Strings+xx.swift`).
public struct AdviceText: Sendable {
    public var heading: String
    public var intro: String
    /// "We bewaren niets van wat je hier typt."
    public var privacyNote: String
    public var situationLabel: String
    public var situationHint: String
    public var placeLabel: String
    public var placeHint: String
    public var ageLabel: String
    public var button: String
    public var planHeading: String
    /// "Je noemde 'schulden' → geld en schulden"
    public var because: @Sendable (_ words: String, _ domain: String) -> String
    public var nearbyHeading: String
    /// Without a place: help at a place anywhere on the map.
    public var placesHeading: String
    public var furtherHeading: @Sendable (_ radius: String) -> String
    public var onlineHeading: String
    public var articleHeading: String
    public var nothingInDomain: String
    public var why: String
    /// The why of each reason.
    public var lineReason: @Sendable (_ line: String) -> String
    public var groupReason: String
    public var noReferralReason: String
    public var audienceReason: @Sendable (_ group: String) -> String
    public var domainOnlyReason: @Sendable (_ domain: String) -> String
    public var onlineReason: String
    public var articleReason: String
    public var unplacedHeading: String
    public var unplaced: @Sendable (_ words: String) -> String
    public var noSituation: String
    public var onlyPlace: String
    public var nothingPlaced: String
    public var truncated: @Sendable (_ characters: Int) -> String
    public var readAs: @Sendable (_ typed: String, _ read: String) -> String
    public var age: @Sendable (_ age: Int) -> String
    /// Said above the plan when the words speak of a crisis, before the crisis routes.
    public var crisisFirst: String
    public var quote: @Sendable (_ word: String) -> String
    public var and: String
    /// Below the plan: this is a start, not a referral.
    public var closing: String
    public var backToSearch: String
}

extension Strings {
    /// The assistant's text in this language.
    public var advice: AdviceText {
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

extension AdviceText {
    /// "'a', 'b' en 'c'".
    public func list(_ words: [String]) -> String {
        let quoted = words.map(quote)
        guard quoted.count > 1 else { return quoted.joined() }
        return quoted.dropLast().joined(separator: ", ") + " \(and) " + quoted.last!
    }
}
