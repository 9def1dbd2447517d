import KaartModel
import SearchIndex

/// The query string of a search, for the page and the API alike, turned into one `SearchQuery`
/// by `SearchQuery.parse`, the parser the terminal uses too.
enum SearchRequest {
    /// Parameters that choose how to answer, not what to search; the negotiation reads them.
    static let presentationParameters: Set<String> = ["taal", "formaat"]

    /// Which `SearchQuery.parse` parameter each facet's terms go to, for `taxonomy_term_id`.
    static let facetParameters: [(Taxonomy.Facet, String)] = [
        (.domains, "domein"), (.targetGroups, "doelgroep"), (.supportTypes, "soort"), (.access, "toegang"),
    ]

    /// The search parameters of a request: presentation parameters dropped, HSDS's
    /// `taxonomy_term_id` mapped onto our facets. Empty values are the form's "Alles" choice
    /// and are dropped; an API client leaves a parameter out instead (`emptyIsAnError`).
    static func parameters(_ fields: [(name: String, value: String)], taxonomy: Taxonomy, emptyIsAnError: Bool = false) throws(QueryError) -> [(name: String, value: String)] {
        var result: [(name: String, value: String)] = []
        for field in fields where !presentationParameters.contains(field.name) {
            let value = field.value.trimmingWhitespace
            guard !value.isEmpty else {
                if emptyIsAnError { throw .invalid(parameter: field.name, value: field.value, expected: "een waarde, of laat de parameter weg") }
                continue
            }
            if field.name == "taxonomy_term_id" {
                result.append(try facetParameter(forTerm: value, taxonomy: taxonomy))
            } else {
                result.append((field.name, value))
            }
        }
        return result
    }

    static func query(_ fields: [(name: String, value: String)], taxonomy: Taxonomy, language: Language, emptyIsAnError: Bool = false) throws(QueryError) -> SearchQuery {
        var query = try SearchQuery.parse(parameters(fields, taxonomy: taxonomy, emptyIsAnError: emptyIsAnError), taxonomy: taxonomy)
        query.language = language
        return query
    }

    /// `domains:geld-en-schulden` or plain `geld-en-schulden` → `("domein", "geld-en-schulden")`.
    static func facetParameter(forTerm id: String, taxonomy: Taxonomy) throws(QueryError) -> (name: String, value: String) {
        let parts = id.split(separator: ":", maxSplits: 1).map(String.init)
        let facetName = parts.count == 2 ? parts[0] : nil
        let code = parts.last ?? id
        for (facet, parameter) in facetParameters where facetName == nil || facetName == facet.rawValue {
            if taxonomy.term(facet, code: code) != nil { return (parameter, code) }
        }
        let choices = facetParameters.flatMap { facet, _ in taxonomy.terms(facet).map { "\(facet.rawValue):\($0.code)" } }
        throw .unknownCode(parameter: "taxonomy_term_id", value: id, choices: choices)
    }
}
