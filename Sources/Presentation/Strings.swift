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
    /// "bijgewerkt uit bron X op DATUM": when our copy of a synced record last changed. Shown
    /// apart from "laatst gecontroleerd", which stays the source's own date.
    public var sourceUpdated: @Sendable (_ source: String, _ day: String) -> String
    /// Why a synced record left the map: "niet meer bij bron X sinds DATUM".
    public var goneFromSource: @Sendable (_ source: String, _ day: String) -> String
    /// A link-check report: "website werkt niet: 404 sinds DATUM".
    public var websiteBroken: @Sendable (_ problem: String, _ day: String) -> String
    // The web page, its plain-text twin and the API's messages.
    /// This language's own name, for the language switch ("English", "Nederlands").
    public var languageName: String
    public var web: WebText
    public var reasonLabels: [ReportReason: String]
    /// A search that cannot run, said for people (the web's 400 page and the API's errors).
    public var queryError: @Sendable (QueryError) -> String
    public var reportProblem: @Sendable (ReportProblem) -> String
    public var practical: PracticalText
    public var confirmation: ConfirmationText
    public var crisis: CrisisText
    public var languageText: LanguageText
    public var data: DataText
    /// Taxonomy labels for languages the taxonomy file does not hold, keyed `facet/code`
    /// ("support_types/lotgenotencontact"); empty for Dutch and English, whose labels are in
    /// `Indexer/taxonomy.yaml`.
    public var taxonomyLabels: [String: String]
    /// Month names standing alone ("listopad 2026"), where a language inflects them after a day
    /// number ("24 listopada 2026"); nil when `monthNames` serve both.
    public var standaloneMonthNames: [String]? = nil
    // ---- issue 20 (use counted, privacy): one block, to translate at merge ----
    public var useAndPrivacy: UseAndPrivacyText
    public var suggestion: SuggestionText
    // ---- end issue 20 ----

    public static func `for`(_ language: Language) -> Strings {
        switch language {
        case .dutch: .dutch
        case .english: .english
        case .arabic: .arabic
        case .turkish: .turkish
        case .polish: .polish
        case .ukrainian: .ukrainian
        }
    }

    /// The label of a taxonomy code in this language: this file's own, else the taxonomy's
    /// (Dutch and English), else the code.
    public func term(_ facet: Taxonomy.Facet, _ code: String, _ taxonomy: Taxonomy) -> String {
        taxonomyLabels["\(facet.rawValue)/\(code)"] ?? taxonomy.label(facet, code: code, language)
    }

    /// The name of a language help is given in, by its code; an unnamed code as it is.
    public func helpLanguageName(_ code: String) -> String { languageText.names[code.lowercased()] ?? code }

    /// The crisis routes as lines, in this language.
    public var crisisLines: [String] { CrisisRoutes.all.map(crisis.line) }

    /// The decimal separator for distances: a comma in Dutch, Turkish, Polish and Ukrainian.
    public var decimalSeparator: String { [.english, .arabic].contains(language) ? "." : "," }

    /// "24 november 2026".
    public func dayMonthYear(_ day: Day) -> String { "\(day.day) \(monthNames[day.month - 1]) \(day.year)" }

    /// "november 2026".
    public func monthYear(_ day: Day) -> String { "\((standaloneMonthNames ?? monthNames)[day.month - 1]) \(day.year)" }

    public func label(_ field: String) -> String { fieldLabels[field] ?? field }

    public func reasonLabel(_ reason: ReportReason) -> String { reasonLabels[reason] ?? reason.rawValue }
}

/// What the web page says around the results: the form, the report form, the error pages.
public struct WebText: Sendable {
    public var siteName: String
    public var skipLink: String
    public var searchHeading: String
    public var searchIntro: String
    public var whatLabel: String
    public var whatHint: String
    public var whereLabel: String
    public var whereHint: String
    public var distanceLabel: String
    public var domainLabel: String
    public var targetGroupLabel: String
    public var supportTypeLabel: String
    public var anyOption: String
    public var moreChoices: String
    public var freeOnlyLabel: String
    public var searchButton: String
    public var resultsTitle: @Sendable (_ words: String) -> String
    public var resultsHeading: String
    public var previousPage: String
    public var nextPage: String
    public var pagesLabel: String
    public var emptyPage: String
    public var reportLink: String
    public var detailsLink: String
    public var handoutLink: String
    public var printHint: String
    public var backToSearch: String
    public var reportHeading: @Sendable (_ name: String) -> String
    public var reportIntro: String
    public var reasonLegend: String
    public var reportTextLabel: String
    public var reportTextHint: @Sendable (_ limit: Int) -> String
    public var reportContactLabel: String
    public var reportContactHint: String
    public var honeypotLabel: String
    public var sendReport: String
    public var thanksHeading: String
    public var thanksBody: String
    public var handoutFooter: @Sendable (_ url: String) -> String
    public var badRequestHeading: String
    public var badRequestHelp: String
    public var notFoundHeading: String
    public var notFoundEntry: @Sendable (_ id: String) -> String
    public var notFoundPage: String
    public var tooManyReports: String
    public var reportNotSaved: String
    public var requestTooLarge: String
    public var unsupportedMediaType: String
    public var methodNotAllowed: String
    public var serverError: String
    /// Maintainer routes: a missing or wrong token, and routes switched off.
    public var maintenanceUnauthorized: String
    public var maintenanceDisabled: String
    public var errorHeading: String
    public var textUsage: @Sendable (_ example: String) -> String
    public var footer: String
    public var apiLink: String
    /// Large action links on a record (issue 18): route to the address, print the handout;
    /// "Bel" and "Website" are `practical.phone` and `practical.website`.
    public var routeAction: String
    public var printAction: String
    /// The accessible name of the row of action links.
    public var actionsLabel: String
}

/// What the site says when it is abused or something fails, and where residents write to us
/// (issue 21): too slow, broken requests, report ceilings, crisis words and left-out personal
/// data. The crisis routes themselves come from `CrisisRoutes`.
public struct SafetyText: Sendable {
    public var searchTooSlow: String
    public var malformedBody: String
    public var correctionBusy: String
    public var indexUnusable: @Sendable (_ detail: String) -> String
    public var tooManyReportsAboutEntry: String
    public var reportQueueFull: String
    /// Said first when a report's text speaks of suicide, self-harm or danger.
    public var crisisFirst: String
    /// After the crisis routes: the report was stored all the same.
    public var crisisReportStored: String
    /// What was left out of a report's text, as a list ("een telefoonnummer en een e-mailadres").
    public var removedPersonalData: @Sendable (_ kinds: [PersonalDataKind]) -> String
    /// Under the report form: the routes are there for anyone who needs them now.
    public var reportFormCrisisNote: String
}

extension Strings {
    public var safety: SafetyText {
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

// ---- issue 20 (use counted, privacy): one block, to translate at merge ----
/// "Vond je wat je zocht?" under the results, and the privacy page (`/privacy`), whose numbers
/// come from the settings the server runs with, so the page changes when they do.
public struct UseAndPrivacyText: Sendable {
    public var foundQuestion: String
    public var foundYes: String
    public var foundNo: String
    public var foundThanksHeading: String
    public var foundThanks: String
    /// The footer's link to the privacy page.
    public var privacyLink: String
    public var privacyHeading: String
    public var privacyIntro: String
    public var storedHeading: String
    /// Reports about a record: kept until handled; contact details deleted when handled or after `contactDays` days.
    public var reportsStored: @Sendable (_ contactDays: Int) -> String
    /// Daily totals of use, kept `retentionDays` days; zero-result concepts shown from `minimumShared` searches.
    public var usageStored: @Sendable (_ retentionDays: Int, _ minimumShared: Int) -> String
    public var foundStored: String
    public var whyHeading: String
    public var why: String
    public var whoHeading: String
    public var who: String
    public var neverHeading: String
    public var never: [String]
    /// The rate limit on reports and answers: `count` per `minutes` minutes per address, kept in memory only.
    public var rateLimit: @Sendable (_ count: Int, _ minutes: Int) -> String
    public var crisisNote: String

    public init(
        foundQuestion: String, foundYes: String, foundNo: String, foundThanksHeading: String, foundThanks: String,
        privacyLink: String, privacyHeading: String, privacyIntro: String, storedHeading: String,
        reportsStored: @escaping @Sendable (Int) -> String, usageStored: @escaping @Sendable (Int, Int) -> String,
        foundStored: String, whyHeading: String, why: String, whoHeading: String, who: String, neverHeading: String,
        never: [String], rateLimit: @escaping @Sendable (Int, Int) -> String, crisisNote: String
    ) {
        self.foundQuestion = foundQuestion
        self.foundYes = foundYes
        self.foundNo = foundNo
        self.foundThanksHeading = foundThanksHeading
        self.foundThanks = foundThanks
        self.privacyLink = privacyLink
        self.privacyHeading = privacyHeading
        self.privacyIntro = privacyIntro
        self.storedHeading = storedHeading
        self.reportsStored = reportsStored
        self.usageStored = usageStored
        self.foundStored = foundStored
        self.whyHeading = whyHeading
        self.why = why
        self.whoHeading = whoHeading
        self.who = who
        self.neverHeading = neverHeading
        self.never = never
        self.rateLimit = rateLimit
        self.crisisNote = crisisNote
    }
}
/// "Ik mis iets": the form for help that is not on the map yet (`/aanbod/nieuw`).
public struct SuggestionText: Sendable {
    public var link: String
    public var heading: String
    public var intro: String
    public var nameLabel: String
    public var whatLabel: String
    public var whatHint: String
    public var placeLabel: String
    public var urlLabel: String
    public var roleLegend: String
    public var resident: String
    public var professional: String
    public var contactLabel: String
    public var contactHint: String
    public var send: String
    public var thanksHeading: String
    public var thanks: String
    public var queueFull: String
    public var problem: @Sendable (SuggestionProblem) -> String

    public init(
        link: String, heading: String, intro: String, nameLabel: String, whatLabel: String, whatHint: String, placeLabel: String,
        urlLabel: String, roleLegend: String, resident: String, professional: String, contactLabel: String, contactHint: String,
        send: String, thanksHeading: String, thanks: String, queueFull: String, problem: @escaping @Sendable (SuggestionProblem) -> String
    ) {
        self.link = link
        self.heading = heading
        self.intro = intro
        self.nameLabel = nameLabel
        self.whatLabel = whatLabel
        self.whatHint = whatHint
        self.placeLabel = placeLabel
        self.urlLabel = urlLabel
        self.roleLegend = roleLegend
        self.resident = resident
        self.professional = professional
        self.contactLabel = contactLabel
        self.contactHint = contactHint
        self.send = send
        self.thanksHeading = thanksHeading
        self.thanks = thanks
        self.queueFull = queueFull
        self.problem = problem
    }
}
// ---- end issue 20 ----
