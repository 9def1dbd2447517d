import KaartModel

/// How practical facts read: contact routes, opening hours, dates and sources, planned and
/// professional-only records, and where the map ends. One value per language, in
/// `Strings+nl.swift` and `Strings+en.swift`.
public struct PracticalText: Sendable {
    /// "datum onbekend": no dated source vouches for the record.
    public var dateUnknown: String
    public var notYetAvailable: String
    /// "Verwacht vanaf juli 2027."
    public var expectedFrom: @Sendable (_ monthYear: String) -> String
    public var forProfessionalsOnly: String
    public var openNow: String
    public var openToday: String
    public var closedToday: String
    /// Short day names in week order, Monday first ("ma" … "zo").
    public var dayAbbreviations: [String]
    /// "ma t/m vr": a run of three or more days.
    public var dayRange: @Sendable (_ first: String, _ last: String) -> String
    /// "10.00–16.00 uur".
    public var hours: @Sendable (_ opens: String, _ closes: String) -> String
    public var allDay: String
    public var everyDayAndNight: String
    /// "vanaf 1 januari 2027", "tot en met 30 juni 2026".
    public var validFrom: @Sendable (_ day: String) -> String
    public var validUntil: @Sendable (_ day: String) -> String
    public var chat: String
    public var phone: String
    public var email: String
    public var website: String
    /// "Bron: website van Lentis (juni 2025)".
    public var sourceLine: @Sendable (_ sources: String) -> String
    public var ownWebsite: @Sendable (_ organisation: String) -> String
    public var webPage: @Sendable (_ host: String) -> String
    public var regionalPlan: @Sendable (_ region: String?) -> String
    /// The place searched from is outside the regions the map covers.
    public var outsideCoverage: @Sendable (_ place: String, _ regions: String) -> String
    /// The footer line: which regions the map covers.
    public var coverage: @Sendable (_ regions: String) -> String
    /// Labels of the "open" filter on the page.
    public var openFilterLabel: String
    public var openFilterAny: String
}

/// "Klopt dit nog?": what a provider reads on the page their confirmation link opens.
public struct ConfirmationText: Sendable {
    public var heading: @Sendable (_ name: String) -> String
    public var intro: String
    public var rightButton: String
    public var wrongLegend: String
    public var fieldLabel: String
    /// The choices of what is wrong, as code and label; codes are stable.
    public var fields: [(code: String, label: String)]
    public var correctLabel: String
    public var correctHint: String
    public var contactLabel: String
    public var wrongButton: String
    public var thanksRight: @Sendable (_ monthYear: String) -> String
    public var thanksWrong: String
    public var thanksHeading: String
    public var forbiddenHeading: String
    /// Why the link does not work, and what to do.
    public var forged: String
    public var expired: @Sendable (_ day: String) -> String
    public var malformed: String
    public var unknownRecord: String
    public var disabled: String
    public var missingCorrection: String
}
