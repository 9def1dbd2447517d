import Foundation
import KaartModel
import SearchIndex

/// A page of search results in HSDS 3's `Page` shape (`total_items`, `contents`, …). `contents`
/// holds help at a place, paged, as `HSDSService`s (`HSDSMapping`, with our record ids); online help, articles, the nearest further away and the crisis
/// routes are extensions next to it, as the web page shows them.
public struct HSDSSearchPage: Encodable, Sendable {
    public struct Crisis: Encodable, Sendable {
        var number: String
        var text: String
    }

    public struct Origin: Encodable, Sendable {
        var label: String
        var latitude: Double
        var longitude: Double
        var municipality: String?
        var radiusKm: Double
    }

    var totalItems: Int
    var totalPages: Int
    var pageNumber: Int
    var size: Int
    var firstPage: Bool
    var lastPage: Bool
    var empty: Bool
    var contents: [HSDSService]
    var online: [HSDSService]
    var knowledge: [HSDSService]
    var further: [HSDSService]
    var origin: Origin?
    var matchedAnyWord: Bool
    var crisis: [Crisis]
    /// The place searched from is outside the regions the map covers; `message` says so.
    var outsideCoverage: OutsideCoverage?
    /// How the words were read: needs, corrections, a place, an age, an audience.
    var understood: Understood

    public struct OutsideCoverage: Encodable, Sendable {
        var message: String
        var regions: [String]
    }

    public init(_ results: SearchResults, mapping: HSDSMapping) {
        let strings = Strings.for(mapping.language)
        let taxonomy = mapping.taxonomy
        func services(_ hits: [Hit]) -> [HSDSService] {
            hits.map { mapping.service($0.entry, hit: HSDSMapping.HitFacts($0)) }
        }
        let query = results.query
        totalItems = results.localTotal
        totalPages = results.pageCount
        pageNumber = query.page
        size = query.perPage
        firstPage = query.page == 1
        lastPage = query.page >= results.pageCount
        contents = services(results.local)
        empty = contents.isEmpty
        online = services(results.online)
        knowledge = services(results.knowledge)
        further = services(results.further)
        origin = results.origin.map {
            Origin(label: $0.label, latitude: $0.coordinate.latitude, longitude: $0.coordinate.longitude,
                   municipality: $0.municipality, radiusKm: query.radius.kilometres)
        }
        matchedAnyWord = results.matchedAnyWord
        if results.outsideCoverage, let origin = results.origin {
            outsideCoverage = OutsideCoverage(
                message: strings.practical.outsideCoverage(origin.label, results.coverageNames(strings)),
                regions: results.coverage.regions.map(\.name))
        }
        crisis = CrisisRoutes.all.map { Crisis(number: $0.number, text: strings.crisis.line($0)) }
        understood = Understood(results, strings: strings, taxonomy: taxonomy)
    }

    /// How the search read the words (issue 16), for scripts and for a page to show.
    public struct Understood: Encodable, Sendable {
        public struct Need: Encodable, Sendable {
            /// The words as searched (after corrections).
            var words: String
            /// The concept's id and label, when the words name one.
            var concept: String?
            var label: String?
        }

        public struct Correction: Encodable, Sendable {
            var typed: String
            var suggested: String
            /// True: `suggested` was searched instead; false: only offered.
            var replaced: Bool
        }

        var needs: [Need]
        var corrections: [Correction]
        var placeSuggestion: String?
        /// The place taken from the words, as typed; `origin` says where it lies.
        var place: String?
        var age: Int?
        /// Doelgroep codes the words name: their help ranks first.
        var targetGroups: [String]
        var leftOut: [String]
        /// The plain line the page shows ("Gezocht op: …"), in the page's language.
        var message: String?
        /// Asks for a few words when there was nothing to search for.
        var hint: String?

        public init(_ results: SearchResults, strings: Strings, taxonomy: Taxonomy) {
            let understanding = results.understanding
            let text = UnderstoodText(results, strings: strings, taxonomy: taxonomy)
            needs = understanding.needs.map { Need(words: $0.words, concept: $0.concept, label: $0.label(strings.language)) }
            corrections = understanding.corrections.map { Correction(typed: $0.typed, suggested: $0.suggested, replaced: $0.replaced) }
            placeSuggestion = understanding.placeSuggestion
            place = understanding.place
            age = understanding.age
            targetGroups = understanding.audiences
            leftOut = understanding.leftOut
            message = text.line
            hint = text.hint
        }
    }
}

/// The API's JSON encoder: snake_case names, stable key order.
public enum APIJSON {
    /// `pretty` for people reading it in a terminal; the API sends it compact.
    public static func encode(_ value: some Encodable, pretty: Bool = false) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted] : [.sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return try encoder.encode(value)
    }
}
