import Foundation
import KaartModel
import SearchIndex

/// The JSON shape of a result list, for scripts (`kaart search --json`) and the API.
public struct ResultsDocument: Encodable, Sendable {
    public struct Origin: Encodable, Sendable {
        var label: String
        var latitude: Double
        var longitude: Double
        var municipality: String?
    }

    public struct Item: Encodable, Sendable {
        var id: String
        var name: String
        var kind: String
        var summary: String
        var place: String
        var municipality: String?
        var locationPrecision: String
        var distanceKm: Double?
        var phones: [String]
        var email: String?
        var url: String?
        var lastChecked: String
        var possiblyOutdated: Bool
        var score: ScoreDocument
    }

    public struct ScoreDocument: Encodable, Sendable {
        var relevance: Double?
        var distanceFactor: Double
        var freshnessFactor: Double
        var total: Double
    }

    public struct Page: Encodable, Sendable {
        var total: Int
        var page: Int
        var perPage: Int
        var items: [Item]
    }

    public struct Crisis: Encodable, Sendable {
        var number: String
        var text: String
    }

    var query: [String: String]
    var origin: Origin?
    var matchedAnyWord: Bool
    var local: Page
    var online: [Item]
    var knowledge: [Item]
    var further: [Item]
    var crisis: [Crisis]

    public init(_ results: SearchResults, strings: Strings, taxonomy: Taxonomy) {
        func item(_ hit: Hit) -> Item {
            let facts = EntryFacts(hit.entry, strings: strings, taxonomy: taxonomy)
            return Item(
                id: hit.entry.id, name: hit.entry.name, kind: hit.entry.kind.rawValue, summary: facts.summary,
                place: facts.place, municipality: hit.entry.municipality,
                locationPrecision: hit.entry.locationPrecision.rawValue,
                distanceKm: hit.distance.map { ($0.kilometres * 10).rounded() / 10 },
                phones: hit.entry.phones.map(\.number), email: hit.entry.email, url: hit.entry.url,
                lastChecked: hit.entry.assuredDate.description, possiblyOutdated: hit.stale,
                score: ScoreDocument(
                    relevance: hit.score.relevance, distanceFactor: hit.score.distanceFactor,
                    freshnessFactor: hit.score.freshnessFactor, total: hit.score.total))
        }
        let q = results.query
        var query = ["text": q.text, "radius_km": String(q.radius.kilometres)]
        if let near = q.near { query["near"] = near }
        self.query = query
        self.origin = results.origin.map {
            Origin(label: $0.label, latitude: $0.coordinate.latitude, longitude: $0.coordinate.longitude, municipality: $0.municipality)
        }
        self.matchedAnyWord = results.matchedAnyWord
        self.local = Page(total: results.localTotal, page: q.page, perPage: q.perPage, items: results.local.map(item))
        self.online = results.online.map(item)
        self.knowledge = results.knowledge.map(item)
        self.further = results.further.map(item)
        self.crisis = CrisisRoutes.all.map { Crisis(number: $0.number, text: strings.language == .dutch ? $0.dutch : $0.english) }
    }

    /// Pretty, stable JSON: sorted keys, snake_case names.
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }
}
