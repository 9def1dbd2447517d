import Feedback
import Foundation
import Hummingbird
import KaartModel
import Presentation
import SearchIndex

/// The JSON API, named after Open Referral's HSDS API where it can be. Documented in
/// `openapi.json` (served at `/api/v1/openapi.json`); schemathesis checks the two agree.
struct APIRoutes: Sendable {
    let dependencies: ServerDependencies
    let reporting: Reporting

    var index: SearchIndex { dependencies.index }

    func add(to router: Router<AppRequestContext>) {
        router.get("/api/v1/services", use: services)
        router.get("/api/v1/services/:id", use: service)
        router.get("/api/v1/taxonomy_terms", use: taxonomyTerms)
        router.post("/api/v1/feedback", use: feedback)
        router.get("/api/v1/openapi.json", use: openAPI)
        router.get("/healthz", use: health)
    }

    /// The page is assembled from each record's cached JSON (`ServiceJSONCache`): the same
    /// bytes as encoding `HSDSSearchPage`, without encoding every record on every request.
    @Sendable func services(_ request: Request, context: AppRequestContext) async throws -> Response {
        let loaded = dependencies.indexes.currentLoaded
        let index = loaded.index
        let listing = context.query.filter { ServiceList.parameters.contains($0.name) }
        let query = try SearchRequest.query(
            context.query.filter { !ServiceList.parameters.contains($0.name) }, taxonomy: index.taxonomy, language: context.language,
            emptyIsAnError: true)
        if query.isUnconstrained { return try ServiceList.response(listing, query: query, loaded: loaded) }
        if let first = listing.first {
            throw QueryError.invalid(parameter: first.name, value: first.value, expected: "niets: deze parameter hoort bij de volledige lijst, zonder zoekvraag")
        }
        let results = try dependencies.search(query, in: index)
        return JSONResponses.json(bytes: try loaded.serviceJSON.searchPage(results, strings: .for(context.language)))
    }

    @Sendable func service(_ request: Request, context: AppRequestContext) async throws -> Response {
        let id = context.parameters.get("id") ?? ""
        guard id.utf8.count <= ReportDraft.maximumEntryIDLength, let entry = try index.entry(id: id) else {
            throw WebError.entryNotFound(id)
        }
        return try JSONResponses.json(APIService(entry, strings: .for(context.language), taxonomy: index.taxonomy))
    }

    @Sendable func taxonomyTerms(_ request: Request, context: AppRequestContext) async throws -> Response {
        try JSONResponses.json(HSDSTaxonomyTerm.all(index.taxonomy, language: context.language))
    }

    struct FeedbackRequest: Decodable {
        var serviceId: String?
        var reason: String?
        var text: String?
        var contact: String?
    }

    struct FeedbackReceipt: Encodable {
        var id: Int64
        var serviceId: String
        var reason: String
        var status: String
        var createdAt: String
    }

    /// `{"service_id": "…", "reason": "tijdelijk-dicht", "text": "…", "contact": "…"}` → 201
    /// with the report's number. The contact is stored, never echoed or logged.
    @Sendable func feedback(_ request: Request, context: AppRequestContext) async throws -> Response {
        let type = request.headers[.contentType]?.lowercased() ?? ""
        guard type.hasPrefix("application/json") else { throw WebError.unsupportedMediaType }
        let body = try await request.body.collect(upTo: context.maxUploadSize)
        let sent: FeedbackRequest
        do {
            let decoder = JSONDecoder()
            decoder.keyDecodingStrategy = .convertFromSnakeCase
            sent = try decoder.decode(FeedbackRequest.self, from: Data(buffer: body))
        } catch {
            throw WebError.malformedJSON(Self.describe(error))
        }
        let draft = try ReportDraft(entryID: sent.serviceId ?? "", reason: sent.reason, text: sent.text, contact: sent.contact)
        let report = try await reporting.submit(draft, channel: .api, context: context)
        let receipt = FeedbackReceipt(
            id: report.id ?? 0, serviceId: report.entryID, reason: report.reason.rawValue, status: report.status.rawValue,
            createdAt: ISO8601DateFormatter().string(from: report.createdAt))
        var response = try JSONResponses.json(receipt, status: .created)
        response.headers[.location] = "/api/v1/services/\(FormFields.escape(report.entryID))"
        return response
    }

    /// A short reason a body is not the JSON we expect, without echoing what was sent.
    static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            let field = context.codingPath.map(\.stringValue).joined(separator: ".")
            return field.isEmpty ? "expected an object" : "\(field) must be a string"
        case DecodingError.dataCorrupted: return "not valid JSON"
        default: return "not valid JSON"
        }
    }

    @Sendable func openAPI(_ request: Request, context: AppRequestContext) async throws -> Response {
        JSONResponses.json(data: Data(PackageResources.openapi_json), contentType: "application/json; charset=utf-8")
    }

    struct Health: Encodable {
        var status: String
        var indexBuiltAt: String
        var feedback: String
    }

    @Sendable func health(_ request: Request, context: AppRequestContext) async throws -> Response {
        let feedbackHealthy = dependencies.feedback.isHealthy()
        let health = Health(status: feedbackHealthy ? "ok" : "degraded", indexBuiltAt: index.builtAt, feedback: feedbackHealthy ? "ok" : "unavailable")
        return try JSONResponses.json(health, status: feedbackHealthy ? .ok : .serviceUnavailable)
    }
}
