import Advice
import KaartModel
import SearchIndex

/// The plan as JSON: one shape for `kaart advies --json` and `GET /api/v1/advies`
/// (`AdviceResponse` in openapi.json). It never repeats the situation itself; only the words
/// that led to each domain, as the why-lines do.
public struct AdviceDocument: Encodable, Sendable {
    public struct Reading: Encodable, Sendable {
        /// The place searched from, as resolved ("6811 Arnhem"); nil without one.
        var place: String?
        var municipality: String?
        var age: Int?
        var audiences: [String]
        /// Typed words read as others.
        var corrections: [Correction]
        var truncated: Bool
        var outsideCoverage: Bool
        /// Everything above in sentences, in the answer's language.
        var lines: [String]
    }

    public struct Correction: Encodable, Sendable {
        var typed: String
        var read: String
    }

    public struct Mention: Encodable, Sendable {
        var words: String
        var concept: String?
    }

    public struct Item: Encodable, Sendable {
        var id: String
        var name: String
        var kind: String
        var line: String?
        var summary: String
        var place: String
        var distanceKm: Double?
        var contact: String
        var url: String?
        /// The why-line: the resident's words, then what makes this one fit.
        var why: String
        var reasons: [String]
    }

    public struct Domain: Encodable, Sendable {
        var domain: String
        var label: String
        var because: String
        var mentions: [Mention]
        var nearby: [Item]
        var nearbyIsFurther: Bool
        var online: Item?
        var article: Item?
    }

    public struct CrisisRoute: Encodable, Sendable {
        var number: String
        var text: String
    }

    var language: String
    /// True when the words speak of suicide, self-harm or acute danger: show `crisisRoutes` first.
    var crisis: Bool
    var crisisRoutes: [CrisisRoute]
    var reading: Reading
    var domains: [Domain]
    var unplaced: [String]
    var unplacedMessage: String?
    /// Why there is no plan (`no-situation`, `only-place`, `nothing-placed`); nil when there is.
    var gap: String?
    var message: String?

    public init(_ advice: Advice, wording: AdviceWording) {
        let strings = wording.strings
        language = strings.language.rawValue
        crisis = advice.crisis
        crisisRoutes = CrisisRoutes.all.map { CrisisRoute(number: $0.number, text: strings.crisis.line($0)) }
        reading = Reading(
            place: advice.origin?.label, municipality: advice.origin?.municipality, age: advice.age, audiences: advice.audiences,
            corrections: advice.corrections.map { Correction(typed: $0.typed, read: $0.suggested) }, truncated: advice.truncated,
            outsideCoverage: advice.outsideCoverage, lines: wording.readingLines(advice))
        domains = advice.domains.map { plan in
            func item(_ suggestion: Suggestion) -> Item {
                let entry = suggestion.hit.entry
                let facts = EntryFacts(entry, strings: strings, taxonomy: wording.taxonomy)
                return Item(
                    id: entry.id, name: entry.name, kind: entry.kind.rawValue, line: entry.line, summary: facts.summary, place: facts.place,
                    distanceKm: suggestion.hit.distance.map { ($0.kilometres * 10).rounded() / 10 }, contact: facts.contact,
                    url: entry.url ?? entry.organization?.url, why: wording.why(suggestion, in: plan),
                    reasons: suggestion.reasons.map(Self.code))
            }
            return Domain(
                domain: plan.domain, label: wording.domainLabel(plan.domain), because: wording.because(plan),
                mentions: plan.mentions.map { Mention(words: $0.words, concept: $0.concept) }, nearby: plan.nearby.map(item),
                nearbyIsFurther: plan.nearbyIsFurther, online: plan.online.map(item), article: plan.article.map(item))
        }
        unplaced = advice.unplaced
        unplacedMessage = wording.unplacedMessage(advice)
        gap = advice.gap.map {
            switch $0 {
            case .noSituation: "no-situation"
            case .onlyPlace: "only-place"
            case .nothingPlaced: "nothing-placed"
            }
        }
        message = wording.gapMessage(advice)
    }

    /// A reason as a stable code for scripts: `line:nulde`, `group`, `no-referral`, `for:jongeren`, `domain-only`.
    static func code(_ reason: Suggestion.Reason) -> String {
        switch reason {
        case .line(let line): "line:\(line)"
        case .group: "group"
        case .noReferral: "no-referral"
        case .forAudience(let group): "for:\(group)"
        case .domainOnly: "domain-only"
        }
    }
}
