import KaartModel
import SearchIndex

/// What the answer says it understood of the words, in one language: one plain line ("Gezocht
/// op: eenzaamheid · rond Arnhem · leeftijd 15"), the corrections, and a request for a few words
/// when there was nothing to search for. The terminal, the page and the API say the same.
public struct UnderstoodText: Sendable {
    /// Nil when reading the words changed nothing worth telling.
    public var line: String?
    /// "Gezocht op eenzaamheid in plaats van eenzaamhied.", "Bedoelde je …?".
    public var corrections: [String]
    /// "Zeg in een paar woorden wat je zoekt."
    public var hint: String?

    public init(_ results: SearchResults, strings: Strings, taxonomy: Taxonomy) {
        let understanding = results.understanding
        let reading = strings.reading
        var parts: [String] = []
        let needs = understanding.needs.map { $0.label(strings.language) ?? $0.words }
        if !needs.isEmpty {
            let list = needs.count > 1 ? needs.dropLast().joined(separator: ", ") + " \(reading.and) " + needs.last! : needs[0]
            parts.append(reading.searchedFor(list))
        }
        if understanding.place != nil, let origin = results.origin {
            parts.append(parts.isEmpty ? reading.searchedAround(origin.label) : reading.aroundPlace(origin.label))
        }
        if let age = understanding.age { parts.append(reading.age(age)) }
        if !understanding.audiences.isEmpty {
            let groups = understanding.audiences.map { strings.term(.targetGroups, $0, taxonomy).lowercased() }
            parts.append(reading.audience(groups.joined(separator: ", ")))
        }
        line = understanding.isWorthTelling && !parts.isEmpty ? parts.joined(separator: " · ") : nil
        corrections = understanding.corrections.map { correction in
            correction.replaced ? reading.insteadOf(correction.suggested, correction.typed) : reading.didYouMean(correction.suggested)
        } + (understanding.placeSuggestion.map { [reading.didYouMeanPlace($0)] } ?? [])
        hint = understanding.nothingToSearch ? reading.fewWords : nil
    }

    /// Every line, in the order the answer shows them.
    public var lines: [String] { corrections + [line, hint].compactMap { $0 } }
}
