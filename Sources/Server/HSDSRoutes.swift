import Foundation
import Hummingbird
import KaartModel
import NIOCore
import Presentation
import SearchIndex

/// The rest of Open Referral's HSDS API 3.0 under `/api/v1/`: what the API is, taxonomies and
/// their terms (with their hierarchy), organisations with their services, and services at
/// locations (near a postcode, `proximity` in meters). Everything comes from `HSDSMapping`, the
/// mapping the services and the export use.
struct HSDSRoutes: Sendable {
    let dependencies: ServerDependencies

    func add(to routes: RouteAdder) {
        routes.on(.get, "/api/v1", use: information)
        routes.on(.get, "/api/v1/taxonomies", use: taxonomies)
        routes.on(.get, "/api/v1/taxonomies/:id", use: taxonomy)
        routes.on(.get, "/api/v1/taxonomy_terms", use: terms)
        routes.on(.get, "/api/v1/taxonomy_terms/:id", use: term)
        routes.on(.get, "/api/v1/organizations", use: organizations)
        routes.on(.get, "/api/v1/organizations/:id", use: organization)
        routes.on(.get, "/api/v1/service_at_locations", use: servicesAtLocations)
        routes.on(.get, "/api/v1/service_at_locations/:id", use: serviceAtLocation)
    }

    static let pageParameters: Set<String> = ["page", "per_page", "format", "search"]

    struct Information: Encodable {
        var version: String
        var profile: String
        var openapi_url: String
    }

    /// `GET /api/v1/`: the HSDS version, where our profile is described (the
    /// `x_sociale_kaart` schema in our OpenAPI document) and the document itself.
    @Sendable func information(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try ServiceList.options(context.query, allowed: [], taxonomy: dependencies.indexes.current.taxonomy)
        let host = request.head.authority.flatMap { $0.isEmpty ? nil : $0 } ?? "127.0.0.1"
        let document = "http://\(host)/api/v1/openapi.json"
        return try JSONResponses.json(Information(version: "3.0", profile: document + "#/components/schemas/KaartExtension", openapi_url: document))
    }

    // MARK: Taxonomies

    struct TaxonomyDocument: Encodable {
        var id: String
        var name: String
        var description: String
        var version: String?
    }

    func taxonomyDocument(_ facet: Taxonomy.Facet, mapping: HSDSMapping) -> TaxonomyDocument {
        let strings = Strings.for(mapping.language)
        return TaxonomyDocument(
            id: mapping.taxonomyID(facet), name: HSDSVocabulary.taxonomyName(facet),
            description: strings.language == .dutch ? "Sociale Kaart: \(facet.dutchName)" : "Sociale Kaart: \(facet.rawValue)")
    }

    @Sendable func taxonomies(_ request: Request, context: AppRequestContext) async throws -> Response {
        let loaded = dependencies.indexes.currentLoaded
        let options = try ServiceList.options(context.query, allowed: Self.pageParameters, taxonomy: loaded.index.taxonomy)
        let mapping = loaded.mapping.speaking(context.language)
        var items = HSDSMapping.taxonomyFacets.map { taxonomyDocument($0, mapping: mapping) }
        if let search = options.search { items = items.filter { Self.matches(search, [$0.name, $0.description]) } }
        return try Self.list(items, options)
    }

    @Sendable func taxonomy(_ request: Request, context: AppRequestContext) async throws -> Response {
        let loaded = dependencies.indexes.currentLoaded
        _ = try ServiceList.options(context.query, allowed: [], taxonomy: loaded.index.taxonomy)
        let mapping = loaded.mapping.speaking(context.language)
        let id = context.parameters.get("id") ?? ""
        guard let facet = HSDSMapping.taxonomyFacets.first(where: { mapping.taxonomyID($0) == id }) else { throw WebError.itemNotFound }
        return try JSONResponses.json(taxonomyDocument(facet, mapping: mapping))
    }

    // MARK: Taxonomy terms

    @Sendable func terms(_ request: Request, context: AppRequestContext) async throws -> Response {
        let loaded = dependencies.indexes.currentLoaded
        let options = try ServiceList.options(
            context.query, allowed: Self.pageParameters.union(["taxonomy_id", "top_only", "parent_id"]), taxonomy: loaded.index.taxonomy)
        let mapping = loaded.mapping.speaking(context.language)
        var terms = mapping.allTerms()
        if let facet = options.taxonomy { terms = terms.filter { $0.taxonomy_id == mapping.taxonomyID(facet) } }
        // HSDS: "only retrieve taxonomy terms that have no child terms"… and, by its name, the
        // top of the tree. We take the name: terms without a parent.
        if options.topOnly { terms = terms.filter { $0.parent_id == nil } }
        if let parent = options.parentID { terms = terms.filter { $0.parent_id == parent } }
        if let search = options.search { terms = terms.filter { Self.matches(search, [$0.name, $0.description, $0.code]) } }
        return try Self.list(terms, options)
    }

    @Sendable func term(_ request: Request, context: AppRequestContext) async throws -> Response {
        let loaded = dependencies.indexes.currentLoaded
        _ = try ServiceList.options(context.query, allowed: [], taxonomy: loaded.index.taxonomy)
        let id = context.parameters.get("id") ?? ""
        guard let term = loaded.mapping.speaking(context.language).allTerms().first(where: { $0.id == id }) else { throw WebError.itemNotFound }
        return try JSONResponses.json(term)
    }

    // MARK: Organisations

    /// Every organisation named by a record, by name; each with its services when asked.
    @Sendable func organizations(_ request: Request, context: AppRequestContext) async throws -> Response {
        let loaded = dependencies.indexes.currentLoaded
        let options = try ServiceList.options(
            context.query, allowed: Self.pageParameters.union(["full", "full_service"]), taxonomy: loaded.index.taxonomy)
        let withServices = context.query.contains { ($0.name == "full_service" || $0.name == "full") && $0.value == "true" }
        let mapping = loaded.mapping.speaking(context.language)
        var found: [String: HSDSService.Organization] = [:]
        try await ServiceList.forEachBatch(loaded.index, ServiceList.Options()) { batch in
            for record in batch {
                guard var organization = mapping.service(record.entry, aliases: record.aliases).organization else { continue }
                if let search = options.search, !Self.matches(search, [organization.name]) { continue }
                var services = found[organization.id]?.services ?? []
                if withServices { services.append(mapping.service(record.entry, aliases: record.aliases)) }
                organization.services = withServices ? services : nil
                found[organization.id] = organization
            }
        }
        let sorted = found.values.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
        return try Self.list(sorted, options)
    }

    /// One organisation with its services, fully nested.
    @Sendable func organization(_ request: Request, context: AppRequestContext) async throws -> Response {
        let loaded = dependencies.indexes.currentLoaded
        _ = try ServiceList.options(context.query, allowed: ["full_service"], taxonomy: loaded.index.taxonomy)
        let id = context.parameters.get("id") ?? ""
        let mapping = loaded.mapping.speaking(context.language)
        var options = ServiceList.Options()
        options.organizationID = id
        var organization: HSDSService.Organization?
        var services: [HSDSService] = []
        try await ServiceList.forEachBatch(loaded.index, options) { batch in
            for record in batch {
                let service = mapping.service(record.entry, aliases: record.aliases)
                organization = organization ?? service.organization
                services.append(service)
            }
        }
        guard var organization else { throw WebError.itemNotFound }
        organization.services = services
        return try JSONResponses.json(organization)
    }

    // MARK: Services at locations

    /// Each record's one place with the service; with `postcode` (and `proximity` in meters,
    /// or `search`) the records the search finds within that distance, nearest first.
    @Sendable func servicesAtLocations(_ request: Request, context: AppRequestContext) async throws -> Response {
        let loaded = dependencies.indexes.currentLoaded
        let index = loaded.index
        let mapping = loaded.mapping.speaking(context.language)
        let fields = context.query.filter { !SearchRequest.presentationParameters.contains($0.name) }
        let searchParameters: Set<String> = ["search", "postcode", "proximity"]
        @Sendable func item(_ entry: Entry, aliases: [String] = [], hit: HSDSMapping.HitFacts? = nil) -> HSDSService.ServiceAtLocation {
            var place = mapping.serviceAtLocation(entry)
            let service = mapping.service(entry, aliases: aliases, hit: hit)
            place.service_id = service.id
            place.location_id = place.location.id
            place.service = service
            return place
        }
        if fields.contains(where: { searchParameters.contains($0.name) }) {
            let allowed: Set<String> = ["search", "postcode", "proximity", "taxonomy_term_id", "page", "per_page"]
            if let other = fields.first(where: { !allowed.contains($0.name) }) {
                throw QueryError.invalid(parameter: other.name, value: other.value, expected: "niets: met search, postcode of proximity horen alleen taxonomy_term_id, page en per_page")
            }
            if fields.contains(where: { $0.name == "proximity" }), !fields.contains(where: { $0.name == "postcode" }) {
                throw QueryError.invalid(parameter: "proximity", value: fields.first { $0.name == "proximity" }?.value ?? "", expected: "ook een postcode: proximity is de afstand tot die postcode")
            }
            let query = try SearchRequest.query(fields, taxonomy: index.taxonomy, language: context.language, emptyIsAnError: true)
            let results = try await dependencies.search(query, in: index, context: context)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            let contents = try results.local.map { try encoder.encode(item($0.entry, hit: HSDSMapping.HitFacts(distance: $0.distance, stale: $0.stale, opening: $0.openness))) }
            return JSONResponses.json(data: HSDSPage.json(contents: contents, total: results.localTotal, page: query.page, perPage: query.perPage))
        }
        let allowed = ServiceList.parameters.subtracting(["minimal"])
        let options = try ServiceList.options(fields, allowed: allowed, taxonomy: index.taxonomy)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        if options.stream {
            let body = ResponseBody { writer in
                try await ServiceList.forEachBatch(index, options) { batch in
                    var bytes = ByteBuffer()
                    for record in batch {
                        bytes.writeBytes(try encoder.encode(item(record.entry, aliases: record.aliases)))
                        bytes.writeInteger(UInt8(ascii: "\n"))
                    }
                    try await writer.write(bytes)
                }
                try await writer.finish(nil)
            }
            return Response(status: .ok, headers: [.contentType: "application/x-ndjson", .cacheControl: "no-store"], body: body)
        }
        var total = 0
        var contents: [Data] = []
        let first = (options.page - 1) * options.perPage
        try await ServiceList.forEachBatch(index, options) { batch in
            for record in batch {
                if total >= first && contents.count < options.perPage { contents.append(try encoder.encode(item(record.entry, aliases: record.aliases))) }
                total += 1
            }
        }
        return JSONResponses.json(data: HSDSPage.json(contents: contents, total: total, page: options.page, perPage: options.perPage))
    }

    @Sendable func serviceAtLocation(_ request: Request, context: AppRequestContext) async throws -> Response {
        let loaded = dependencies.indexes.currentLoaded
        _ = try ServiceList.options(context.query, allowed: [], taxonomy: loaded.index.taxonomy)
        let id = context.parameters.get("id") ?? ""
        let mapping = loaded.mapping.speaking(context.language)
        let suffix = ":service-at-location"
        guard id.hasSuffix(suffix), id.utf8.count <= ReportDraft.maximumEntryIDLength + suffix.utf8.count,
            let entry = try loaded.index.entry(id: String(id.dropLast(suffix.count))), entry.audience == .everyone
        else { throw WebError.itemNotFound }
        let service = mapping.service(entry, aliases: try loaded.index.aliases(id: entry.id))
        var place = mapping.serviceAtLocation(entry)
        place.service_id = service.id
        place.location_id = place.location.id
        place.service = service
        return try JSONResponses.json(place)
    }

    // MARK: Helpers

    /// A list's page, or every item one per line with `format=ndjson`.
    static func list(_ items: [some Encodable], _ options: ServiceList.Options) throws -> Response {
        if options.stream {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            var out = Data()
            for item in items {
                out.append(try encoder.encode(item))
                out.append(UInt8(ascii: "\n"))
            }
            return JSONResponses.json(data: out, contentType: "application/x-ndjson")
        }
        return JSONResponses.json(data: try HSDSPage.json(items, page: options.page, perPage: options.perPage))
    }

    /// A plain, accent- and case-blind substring match for the small lists' `search`.
    static func matches(_ search: String, _ texts: [String]) -> Bool {
        let needle = search.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return needle.isEmpty || texts.contains { $0.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).contains(needle) }
    }
}
