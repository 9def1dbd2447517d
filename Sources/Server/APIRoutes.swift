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

    func add(to routes: RouteAdder) {
        routes.on(.get, "/api/v1/services", use: services)
        routes.on(.get, "/api/v1/services/:id", use: service)
        HSDSRoutes(dependencies: dependencies).add(to: routes)
        routes.on(.post, "/api/v1/feedback", use: feedback)
        routes.on(.get, "/api/v1/openapi.json", use: openAPI)
        routes.on(.get, "/healthz", use: health)
    }

    /// Parameters that belong to the full list only, never to a search.
    static let listOnlyParameters: Set<String> = ServiceList.parameters.subtracting(["page", "per_page", "taxonomy_term_id"])

    /// Without a search (only list parameters) every record, as `ServiceList`; with one, a
    /// search page assembled from each record's cached JSON (`ServiceJSONCache`): the same
    /// bytes as encoding `HSDSSearchPage`, without encoding every record on every request.
    @Sendable func services(_ request: Request, context: AppRequestContext) async throws -> Response {
        let loaded = dependencies.indexes.currentLoaded
        let index = loaded.index
        let fields = context.query.filter { !SearchRequest.presentationParameters.contains($0.name) }
        if fields.allSatisfy({ ServiceList.parameters.contains($0.name) }) {
            let options = try ServiceList.options(fields, allowed: ServiceList.parameters, taxonomy: index.taxonomy)
            return try await ServiceList.response(options, loaded: loaded, mapping: loaded.mapping.speaking(context.language))
        }
        let listing = fields.filter { Self.listOnlyParameters.contains($0.name) }
        let query = try SearchRequest.query(
            context.query.filter { !Self.listOnlyParameters.contains($0.name) }, taxonomy: index.taxonomy, language: context.language,
            emptyIsAnError: true)
        if query.isUnconstrained {
            let options = try ServiceList.options(listing, allowed: ServiceList.parameters, taxonomy: index.taxonomy)
            return try await ServiceList.response(options, loaded: loaded, mapping: loaded.mapping.speaking(context.language))
        }
        if let first = listing.first {
            throw QueryError.invalid(parameter: first.name, value: first.value, expected: "niets: deze parameter hoort bij de volledige lijst, zonder zoekvraag")
        }
        let results = try await dependencies.search(query, in: index, context: context)
        dependencies.usage.search(results, channel: .api, day: dependencies.today())
        return JSONResponses.json(bytes: try loaded.serviceJSON.searchPage(results, strings: .for(context.language)))
    }

    /// One record, fully nested, exactly as `kaart export hsds` maps it (with our record ids).
    @Sendable func service(_ request: Request, context: AppRequestContext) async throws -> Response {
        let loaded = dependencies.indexes.currentLoaded
        let id = context.parameters.get("id") ?? ""
        // The public API is residents' output too: records for professionals are not in it.
        guard id.utf8.count <= ReportDraft.maximumEntryIDLength, let entry = try loaded.index.entry(id: id), entry.audience == .everyone else {
            throw WebError.entryNotFound(id)
        }
        dependencies.usage.event(.view, channel: .api, municipality: entry.municipality, domain: entry.domains.first, day: dependencies.today())
        let service = loaded.mapping.speaking(context.language).service(entry, aliases: try loaded.index.aliases(id: entry.id))
        return try JSONResponses.json(service)
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
        /// Kinds of personal data left out of the text (`bsn`, `telefoonnummer`, …), and why.
        var removed: [String]?
        var removedNotice: String?
        /// When the text speaks of suicide, self-harm or danger: the crisis routes, first.
        var crisisRoutes: CrisisAnswer?
    }

    struct CrisisAnswer: Encodable {
        var message: String
        var routes: [Route]
        var reportStored: String
        struct Route: Encodable {
            var number: String
            var text: String
        }
    }

    /// `{"service_id": "…", "reason": "tijdelijk-dicht", "text": "…", "contact": "…"}` → 201
    /// with the report's number. The contact is stored, never echoed or logged.
    @Sendable func feedback(_ request: Request, context: AppRequestContext) async throws -> Response {
        let sent = try await Self.decodeJSON(FeedbackRequest.self, request, context: context)
        let draft = try ReportDraft(entryID: sent.serviceId ?? "", reason: sent.reason, text: sent.text, contact: sent.contact)
        let stored = try await reporting.submit(draft, channel: .api, context: context)
        let report = stored.report
        let safety = Strings.for(context.language).safety
        let removed = stored.removed.sorted()
        let receipt = FeedbackReceipt(
            id: report.id ?? 0, serviceId: report.entryID, reason: report.reason.rawValue, status: report.status.rawValue,
            createdAt: ISO8601DateFormatter().string(from: report.createdAt),
            removed: removed.isEmpty ? nil : removed.map(\.rawValue),
            removedNotice: removed.isEmpty ? nil : safety.removedPersonalData(removed),
            crisisRoutes: stored.speaksOfCrisis
                ? CrisisAnswer(
                    message: safety.crisisFirst,
                    routes: CrisisRoutes.all.map { .init(number: $0.number, text: Strings.for(context.language).crisis.line($0)) },
                    reportStored: safety.crisisReportStored)
                : nil)
        var response = try JSONResponses.json(receipt, status: .created)
        response.headers[.location] = "/api/v1/services/\(FormFields.escape(report.entryID))"
        return response
    }

    /// A request body as `type`: only `application/json` (no charset, or UTF-8) is taken, so
    /// `application/jsonp`, `text/json` and UTF-16 get a 415, and a body that is not UTF-8 a 400.
    static func decodeJSON<Value: Decodable>(_ type: Value.Type, _ request: Request, context: AppRequestContext) async throws -> Value {
        guard isJSON(request.headers[.contentType]) else { throw WebError.unsupportedMediaType }
        let body = Data(buffer: try await request.body.collect(upTo: context.maxUploadSize))
        guard !body.starts(with: [0xFE, 0xFF]), !body.starts(with: [0xFF, 0xFE]), String(data: body, encoding: .utf8) != nil else {
            throw WebError.malformedJSON("the body must be UTF-8")
        }
        do {
            let decoder = JSONDecoder()
            decoder.keyDecodingStrategy = .convertFromSnakeCase
            return try decoder.decode(Value.self, from: body)
        } catch {
            throw WebError.malformedJSON(Self.describe(error))
        }
    }

    /// True for `application/json`, with no charset or a UTF-8 one.
    static func isJSON(_ contentType: String?) -> Bool {
        guard let contentType else { return false }
        let parts = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard parts.first == "application/json" else { return false }
        return parts.dropFirst().allSatisfy { parameter in
            guard parameter.hasPrefix("charset=") else { return true }
            let charset = parameter.dropFirst("charset=".count).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            return charset == "utf-8" || charset == "utf8"
        }
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
        /// The index file's SHA-256: servers behind one balancer must show the same.
        var indexChecksum: String?
        var feedback: String
    }

    /// "ok" only when a report could be stored now; "degraded" (503) while searching works but
    /// reports cannot be written.
    @Sendable func health(_ request: Request, context: AppRequestContext) async throws -> Response {
        let feedbackHealthy = await dependencies.feedback.canWrite()
        let loaded = dependencies.indexes.currentLoaded
        let checksum = await loaded.checksum.sha256
        let health = Health(
            status: feedbackHealthy ? "ok" : "degraded", indexBuiltAt: loaded.index.builtAt, indexChecksum: checksum,
            feedback: feedbackHealthy ? "ok" : "unavailable")
        return try JSONResponses.json(health, status: feedbackHealthy ? .ok : .serviceUnavailable)
    }
}
