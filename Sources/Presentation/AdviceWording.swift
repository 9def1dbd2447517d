import Advice
import DutchText
import KaartModel
import SearchIndex

/// The sentences of a plan in one language, shared by the terminal, the page, its text twin and
/// the API, so all four say the same: why a domain is there, why each suggestion fits, what the
/// situation was read as, and what could not be placed.
public struct AdviceWording: Sendable {
    public let strings: Strings
    public let taxonomy: Taxonomy
    public let concepts: ConceptLexicon

    public init(strings: Strings, taxonomy: Taxonomy, concepts: ConceptLexicon) {
        self.strings = strings
        self.taxonomy = taxonomy
        self.concepts = concepts
    }

    var text: AdviceText { strings.advice }

    public func domainLabel(_ code: String) -> String { strings.term(.domains, code, taxonomy) }

    /// "Je noemde 'schulden' en 'krap bij kas' → geld en schulden".
    public func because(_ plan: DomainAdvice) -> String {
        text.because(text.list(plan.mentions.map(\.words)), domainLabel(plan.domain))
    }

    /// The why-line of one suggestion: the resident's words, then what makes this one fit.
    public func why(_ suggestion: Suggestion, in plan: DomainAdvice) -> String {
        var parts = [because(plan)]
        let entry = suggestion.hit.entry
        if entry.kind == .knowledge {
            parts.append(text.articleReason)
        } else if entry.kind == .online || entry.locationType == .virtual {
            parts.append(text.onlineReason)
        }
        for reason in suggestion.reasons {
            switch reason {
            case .line(let line): parts.append(text.lineReason(line))
            case .group: parts.append(text.groupReason)
            case .noReferral: parts.append(text.noReferralReason)
            case .forAudience(let group): parts.append(text.audienceReason(strings.term(.targetGroups, group, taxonomy)))
            case .domainOnly: parts.append(text.domainOnlyReason(domainLabel(plan.domain)))
            }
        }
        return parts.joined(separator: " · ")
    }

    /// How the situation was read: the place, the age, who the help is for, corrected words.
    public func readingLines(_ advice: Advice) -> [String] {
        var parts: [String] = []
        if let origin = advice.origin { parts.append(strings.reading.searchedAround(origin.label)) }
        if let age = advice.age { parts.append(text.age(age)) }
        if !advice.audiences.isEmpty {
            let groups = advice.audiences.map { strings.term(.targetGroups, $0, taxonomy).lowercased() }
            parts.append(strings.reading.audience(groups.joined(separator: ", ")))
        }
        var lines = parts.isEmpty ? [] : [parts.joined(separator: " · ")]
        lines += advice.corrections.map { text.readAs($0.typed, $0.suggested) }
        if advice.truncated { lines.append(text.truncated(Advisor.maximumSituationLength)) }
        if advice.outsideCoverage, let origin = advice.origin {
            lines.append(strings.practical.outsideCoverage(origin.label, advice.coverage.names(and: strings.reading.and)))
        }
        return lines
    }

    /// Why there is no plan, in plain words; nil when there is one.
    public func gapMessage(_ advice: Advice) -> String? {
        switch advice.gap {
        case .noSituation: text.noSituation
        case .onlyPlace: text.onlyPlace
        case .nothingPlaced: text.nothingPlaced
        case nil: nil
        }
    }

    /// "We weten niet bij welk onderwerp 'x' hoort …"; nil when everything was placed.
    public func unplacedMessage(_ advice: Advice) -> String? {
        advice.unplaced.isEmpty ? nil : text.unplaced(text.list(advice.unplaced))
    }

    /// The section heading for places: nearby, at a place (no place given), or further away.
    public func nearbyHeading(_ plan: DomainAdvice, _ advice: Advice) -> String {
        if plan.nearbyIsFurther {
            return text.furtherHeading(advice.request.radius.formatted(decimalSeparator: strings.decimalSeparator))
        }
        return advice.origin == nil ? text.placesHeading : text.nearbyHeading
    }
}
