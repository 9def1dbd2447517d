import KaartModel

/// How the list handout reads (issue 19): several offers on one page to take home, with the
/// crisis routes and a QR code, and the anonymous "is het gelukt?" question. One value per
/// language, at the end of each `Strings+xx.swift`.
public struct ListText: Sendable {
    /// "Mijn lijstje": the page's title.
    public var title: String
    public var intro: String
    /// The choice beside each result, and the button that makes the list.
    public var addToList: String
    public var makeList: String
    public var listHint: String
    /// An id on the list that is not (or no longer) on the map, inactive, or not for residents.
    public var unavailable: String
    public var unavailableNote: String
    public var whatItIs: String
    public var howToReach: String
    public var whereLabel: String
    public var whenLabel: String
    public var contactLabel: String
    public var hoursUnknown: String
    public var bringOrSay: String
    public var bringOrSayUnknown: String
    /// More ids than a list holds: the first `maximum` are shown.
    public var tooMany: @Sendable (_ maximum: Int, _ given: Int) -> String
    /// Ids in the address that cannot be ids (junk characters, too long).
    public var skipped: @Sendable (_ count: Int) -> String
    public var duplicates: @Sendable (_ count: Int) -> String
    public var empty: String
    /// The QR code's text for screen readers, and the line under it.
    public var qrLabel: String
    public var qrCaption: @Sendable (_ url: String) -> String
    // "Is het gelukt?" (counts only).
    public var outcomeLink: @Sendable (_ url: String) -> String
    public var outcomeHeading: String
    public var outcomeQuestion: @Sendable (_ name: String) -> String
    public var outcomeYes: String
    public var outcomeNo: String
    public var outcomePrivacy: String
    public var outcomeThanks: String
}

/// What professionals see beside what residents see (issue 19): when to refer, the "slim
/// verwijzen" dashboard, waiting times with their date and source, and records only for them.
public struct ReferrerText: Sendable {
    public var heading: String
    /// Records for professionals only, listed apart from the results residents also get.
    public var professionalOnlyHeading: String
    public var whenToRefer: String
    public var slimverwijzen: String
    public var waitingTimes: String
    /// "6 weken tot de intake (1 november 2026, bron: …)".
    public var waitingTime: @Sendable (_ value: String, _ day: String, _ source: String) -> String
    /// The professional pages without a token, and with a wrong one.
    public var tokenMissing: String
    public var tokenWrong: String
    public var feedbackOption: String
}

extension Strings {
    public var list: ListText {
        switch language {
        case .dutch: .dutch
        case .english: .english
        case .arabic: .arabic
        case .turkish: .turkish
        case .polish: .polish
        case .ukrainian: .ukrainian
        }
    }

    public var referrer: ReferrerText {
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
