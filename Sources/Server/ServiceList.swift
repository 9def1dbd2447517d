import Foundation
import Hummingbird
import KaartModel
import NIOCore
import Presentation
import SearchIndex

/// `GET /api/v1/services` without a search: every record as an HSDS 3 service (`HSDSMapping`,
/// our record ids), as Open Referral's API lists them — paged (`page`, `per_page`,
/// `total_pages`, `last_page`), or streamed one per line with `format=ndjson`; filtered by
/// `modified_after`, `taxonomy_term_id`, `taxonomy_id` and `organization_id`; `minimal=true`
/// gives only each service's id, name, status and `last_modified`. What another map (or
/// `kaart sync`) reads from us.
enum ServiceList {
    /// Parameters the full list takes; any other sends the request to the search.
    static let parameters: Set<String> = [
        "modified_after", "format", "full", "minimal", "taxonomy_id", "organization_id", "taxonomy_term_id", "page", "per_page",
    ]

    /// The parameters of a list, checked: a bad value is a 400, never a 500.
    struct Options {
        var since: Day?
        var stream = false
        var minimal = false
        var page = 1
        var perPage = 10
        var termID: (facet: Taxonomy.Facet, code: String)?
        var taxonomy: Taxonomy.Facet?
        var organizationID: String?
        var search: String?
        var topOnly = false
        var parentID: String?

        /// Which records the filters keep (`since` is applied by the index's query).
        func keeps(_ entry: Entry) -> Bool {
            if let termID, !HSDSMapping.codes(entry, termID.facet).contains(termID.code) { return false }
            if let taxonomy, HSDSMapping.codes(entry, taxonomy).isEmpty { return false }
            if let organizationID, entry.organization.map({ HSDSMapping.organizationID($0.name) }) != organizationID { return false }
            return true
        }

        var filtersRecords: Bool { termID != nil || taxonomy != nil || organizationID != nil }
    }

    static func boolean(_ field: (name: String, value: String)) throws(QueryError) -> Bool {
        switch field.value {
        case "true": return true
        case "false": return false
        default: throw .invalid(parameter: field.name, value: field.value, expected: "true of false")
        }
    }

    /// Reads `fields` (all of them must be in `allowed`); `taal` is the negotiation's.
    static func options(_ fields: [(name: String, value: String)], allowed: Set<String>, taxonomy: Taxonomy) throws(QueryError) -> Options {
        var options = Options()
        for field in fields where !SearchRequest.presentationParameters.contains(field.name) {
            guard allowed.contains(field.name) else { throw .unknownParameter(field.name) }
            let value = field.value
            switch field.name {
            case "modified_after":
                guard let day = Day(String(value.prefix(10))), value.count == 10 || value.dropFirst(10).first == "T" else {
                    throw .invalid(parameter: field.name, value: value, expected: "een datum of tijdstip, zoals 2026-11-24 of 2026-11-24T10:00:00Z")
                }
                options.since = day
            case "format":
                guard ["json", "ndjson"].contains(value) else { throw .invalid(parameter: field.name, value: value, expected: "json of ndjson") }
                options.stream = value == "ndjson"
            case "full", "full_service":
                _ = try boolean(field)
            case "minimal":
                options.minimal = try boolean(field)
            case "top_only":
                options.topOnly = try boolean(field)
            case "page":
                guard let page = Int(value), page >= 1, page <= 10_000 else {
                    throw .invalid(parameter: field.name, value: value, expected: "een paginanummer vanaf 1")
                }
                options.page = page
            case "per_page":
                guard let perPage = Int(value), (1...SearchQuery.maximumPerPage).contains(perPage) else {
                    throw .invalid(parameter: field.name, value: value, expected: "een aantal van 1 tot en met \(SearchQuery.maximumPerPage)")
                }
                options.perPage = perPage
            case "taxonomy_term_id":
                options.termID = try term(value, taxonomy: taxonomy)
            case "taxonomy_id":
                guard let facet = Taxonomy.Facet(rawValue: value), HSDSMapping.taxonomyFacets.contains(facet) else {
                    throw .unknownCode(parameter: field.name, value: value, choices: HSDSMapping.taxonomyFacets.map(\.rawValue))
                }
                options.taxonomy = facet
            case "organization_id":
                guard !value.isEmpty, value.count <= 80 else { throw .invalid(parameter: field.name, value: String(value.prefix(40)), expected: "het id van een organisatie") }
                options.organizationID = value
            case "parent_id":
                guard !value.isEmpty, value.count <= 120 else { throw .invalid(parameter: field.name, value: String(value.prefix(40)), expected: "het id van een term") }
                options.parentID = value
            case "search":
                options.search = value
            default:
                throw .unknownParameter(field.name)
            }
        }
        return options
    }

    /// `domains:geld-en-schulden` (or a plain code) → its facet and code.
    static func term(_ id: String, taxonomy: Taxonomy) throws(QueryError) -> (facet: Taxonomy.Facet, code: String) {
        let parts = id.split(separator: ":", maxSplits: 1).map(String.init)
        let facetName = parts.count == 2 ? parts[0] : nil
        let code = parts.last ?? id
        for facet in HSDSMapping.taxonomyFacets where facetName == nil || facetName == facet.rawValue {
            if taxonomy.term(facet, code: code) != nil { return (facet, code) }
        }
        let choices = HSDSVocabulary.exportedFacets.flatMap { facet in taxonomy.terms(facet).map { "\(facet.rawValue):\($0.code)" } }
        throw .unknownCode(parameter: "taxonomy_term_id", value: id, choices: choices)
    }

    /// Every record the options keep, in id order, a batch at a time: memory stays that of one
    /// batch however large the index.
    static func forEachBatch(
        _ index: SearchIndex, _ options: Options, _ body: ([(entry: Entry, aliases: [String])]) async throws -> Void
    ) async throws {
        var after: String?
        while true {
            let batch = try index.records(modifiedSince: options.since, audience: .everyone, after: after, limit: 500)
            guard let last = batch.last else { break }
            let kept = options.filtersRecords ? batch.filter { options.keeps($0.entry) } : batch
            if !kept.isEmpty { try await body(kept) }
            after = last.entry.id
        }
    }

    struct Minimal: Encodable {
        var id: String
        var name: String
        var status: String
        var last_modified: String?
    }

    static func response(_ options: Options, loaded: LoadedIndex, mapping: HSDSMapping) async throws -> Response {
        let index = loaded.index
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        @Sendable func encode(_ record: (entry: Entry, aliases: [String])) throws -> Data {
            let service = mapping.service(record.entry, aliases: record.aliases)
            if options.minimal {
                return try encoder.encode(Minimal(id: service.id, name: service.name, status: service.status, last_modified: service.last_modified))
            }
            return try encoder.encode(service)
        }
        if options.stream {
            let body = ResponseBody { writer in
                try await forEachBatch(index, options) { batch in
                    var bytes = ByteBuffer()
                    for record in batch {
                        bytes.writeBytes(try encode(record))
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
        if options.filtersRecords {
            try await forEachBatch(index, options) { batch in
                for record in batch {
                    if total >= first && contents.count < options.perPage { contents.append(try encode(record)) }
                    total += 1
                }
            }
        } else {
            // Records for professionals are not in the public list, as they are not at /services/{id}.
            total = try index.recordCount(modifiedSince: options.since, audience: .everyone)
            contents = try index.records(modifiedSince: options.since, audience: .everyone, offset: first, limit: options.perPage).map(encode)
        }
        return JSONResponses.json(data: HSDSPage.json(contents: contents, total: total, page: options.page, perPage: options.perPage))
    }
}

/// HSDS 3's `Page`: `total_items`, `total_pages`, `page_number`, `size`, `first_page`,
/// `last_page`, `empty` and the page's `contents`, written around already encoded items.
enum HSDSPage {
    static func json(contents: [Data], total: Int, page: Int, perPage: Int) -> Data {
        let pages = max(1, (total + perPage - 1) / perPage)
        var out = Data(#"{"contents":["#.utf8)
        for (n, item) in contents.enumerated() {
            if n > 0 { out.append(UInt8(ascii: ",")) }
            out.append(item)
        }
        out.append(contentsOf: Array(#"],"empty":\#(contents.isEmpty),"first_page":\#(page == 1),"last_page":\#(page >= pages),"#.utf8))
        out.append(contentsOf: Array(#""page_number":\#(page),"size":\#(contents.count),"total_items":\#(total),"total_pages":\#(pages)}"#.utf8))
        return out
    }

    /// A page of `items` (all of them in memory: taxonomies, terms, organisations).
    static func json(_ items: [some Encodable], page: Int, perPage: Int) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let slice = items.dropFirst((page - 1) * perPage).prefix(perPage)
        return json(contents: try slice.map { try encoder.encode($0) }, total: items.count, page: page, perPage: perPage)
    }
}
