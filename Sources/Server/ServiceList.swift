import Foundation
import Hummingbird
import KaartModel
import NIOCore
import Presentation
import SearchIndex

/// `GET /api/v1/services` without a search: every record as an HSDS 3 service (the shape
/// `kaart export hsds` writes), as Open Referral's API lists them — paged (`page`, `per_page`,
/// `total_pages`, `last_page`), or streamed one per line with `format=ndjson`; `modified_after`
/// keeps those changed on or after that day. What another map (or `kaart sync`) reads from us.
enum ServiceList {
    /// Parameters only the full list takes.
    static let parameters: Set<String> = ["modified_after", "format", "full"]

    struct Page: Encodable {
        var total_items: Int
        var total_pages: Int
        var page_number: Int
        var size: Int
        var first_page: Bool
        var last_page: Bool
        var empty: Bool
        var contents: [HSDSService]
    }

    static func response(
        _ fields: [(name: String, value: String)], query: SearchQuery, loaded: LoadedIndex
    ) throws -> Response {
        var since: Day?
        var stream = false
        for field in fields {
            switch field.name {
            case "modified_after":
                guard let day = Day(String(field.value.prefix(10))), field.value.count == 10 || field.value.dropFirst(10).first == "T" else {
                    throw QueryError.invalid(parameter: field.name, value: field.value, expected: "een datum of tijdstip, zoals 2026-11-24 of 2026-11-24T10:00:00Z")
                }
                since = day
            case "format":
                guard ["json", "ndjson"].contains(field.value) else {
                    throw QueryError.invalid(parameter: field.name, value: field.value, expected: "json of ndjson")
                }
                stream = field.value == "ndjson"
            case "full":
                guard ["true", "false"].contains(field.value) else {
                    throw QueryError.invalid(parameter: field.name, value: field.value, expected: "true of false")
                }
            default:
                break
            }
        }
        let index = loaded.index
        let service = HSDSExport.converter(for: index)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        if stream {
            let since = since
            let body = ResponseBody { writer in
                var after: String?
                while true {
                    let batch = try index.records(modifiedSince: since, after: after, limit: 500)
                    guard let last = batch.last else { break }
                    var bytes = ByteBuffer()
                    for record in batch {
                        bytes.writeBytes(try encoder.encode(service(record.entry, record.aliases)))
                        bytes.writeInteger(UInt8(ascii: "\n"))
                    }
                    try await writer.write(bytes)
                    after = last.entry.id
                }
                try await writer.finish(nil)
            }
            return Response(status: .ok, headers: [.contentType: "application/x-ndjson", .cacheControl: "no-store"], body: body)
        }
        let total = try index.recordCount(modifiedSince: since)
        let pages = max(1, (total + query.perPage - 1) / query.perPage)
        let records = try index.records(modifiedSince: since, offset: (query.page - 1) * query.perPage, limit: query.perPage)
        let page = Page(
            total_items: total, total_pages: pages, page_number: query.page, size: records.count, first_page: query.page == 1,
            last_page: query.page >= pages, empty: records.isEmpty, contents: records.map { service($0.entry, $0.aliases) })
        return JSONResponses.json(data: try encoder.encode(page))
    }
}
