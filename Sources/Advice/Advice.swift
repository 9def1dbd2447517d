import KaartModel
import SearchIndex

/// What the assistant is asked (`kaart advies`, `/advies`, `GET /api/v1/advies`): a situation
/// in a resident's or a wegwijzer's words, and optionally a place and an age.
public struct AdviceRequest: Hashable, Sendable {
    /// The situation as typed ("alleenstaande moeder, schulden, slaapt slecht").
    public var situation: String
    /// A postcode, place, gemeente or "lat,lon"; nil to take a place from the words, if any.
    public var near: String?
    public var age: Int?
    public var radius: Distance = .defaultRadius
    public var language: Language = .dutch

    public init(situation: String, near: String? = nil, age: Int? = nil) {
        self.situation = situation
        self.near = near
        self.age = age
    }
}

/// The assistant's answer: per levensdomein the situation names, the lightest fitting help
/// nearby, one online option and one article, each with why; what it could not place; and
/// whether the words speak of a crisis (then the crisis routes come first).
public struct Advice: Sendable {
    /// Why there is no plan: nothing to read, or only a place and no need.
    public enum Gap: Hashable, Sendable {
        /// The situation was empty (or only signs).
        case noSituation
        /// The words named a place or an age but no need.
        case onlyPlace
        /// There were words, but none the assistant could place in a levensdomein.
        case nothingPlaced
    }

    public var request: AdviceRequest
    /// The place searched from, resolved; nil without a place.
    public var origin: SearchResults.Origin?
    /// True when the place lies outside the regions the map covers.
    public var outsideCoverage = false
    public var coverage: Coverage = .everywhere
    /// The age used (given, or read from the words).
    public var age: Int?
    /// The place as read from the words, when none was given.
    public var placeFromWords: String?
    /// Doelgroep codes the words name ("alleenstaande moeder" → ouders); their help ranks first.
    public var audiences: [String] = []
    /// Typed words read as others ("schulde" → "schulden").
    public var corrections: [QueryUnderstanding.Correction] = []
    /// True when the words speak of suicide, self-harm or acute danger.
    public var crisis = false
    public var domains: [DomainAdvice] = []
    /// Needs the assistant could not place in a levensdomein, as typed.
    public var unplaced: [String] = []
    /// True when the situation was longer than `Advisor.maximumSituationLength` and only its
    /// start was read.
    public var truncated = false
    /// Set when there is no plan, and why.
    public var gap: Gap?

    public init(request: AdviceRequest) { self.request = request }

    /// True when at least one domain has a suggestion.
    public var hasSuggestions: Bool { domains.contains { !$0.suggestions.isEmpty } }
}

/// One levensdomein of the plan.
public struct DomainAdvice: Sendable {
    /// What the resident said that led here.
    public struct Mention: Hashable, Sendable {
        /// The words as typed (folded), e.g. "schulden", "weinig mensen".
        public var words: String
        /// The concept the words name (`Indexer/concepts.yaml`); nil when the taxonomy's own
        /// words for the domain placed it.
        public var concept: String?

        public init(words: String, concept: String?) {
            self.words = words
            self.concept = concept
        }
    }

    /// The levensdomein's code (`geld-en-schulden`).
    public var domain: String
    public var mentions: [Mention]
    /// Help at a place, lightest first: nulde lijn before eerste before tweede, groups first.
    public var nearby: [Suggestion] = []
    /// True when nothing lay within the radius and `nearby` holds the nearest further away.
    public var nearbyIsFurther = false
    /// One online option ("digitaal, tenzij").
    public var online: Suggestion?
    /// One knowledge article.
    public var article: Suggestion?

    public init(domain: String, mentions: [Mention]) {
        self.domain = domain
        self.mentions = mentions
    }

    public var suggestions: [Suggestion] { nearby + [online, article].compactMap { $0 } }
}

/// One record the assistant suggests, with what makes it fit.
public struct Suggestion: Sendable {
    /// What the why-line says beside the resident's own words.
    public enum Reason: Hashable, Sendable {
        /// Its lijn (`nulde`, `eerste`, `tweede`).
        case line(String)
        /// A group: lotgenoten, inloop, a course or an activity together ("groepen, tenzij").
        case group
        /// No referral needed: walk in or sign up yourself.
        case noReferral
        /// Help for the audience the words name.
        case forAudience(String)
        /// Found for the levensdomein, not for the words themselves.
        case domainOnly
    }

    public var hit: Hit
    public var reasons: [Reason]

    public init(hit: Hit, reasons: [Reason]) {
        self.hit = hit
        self.reasons = reasons
    }
}
