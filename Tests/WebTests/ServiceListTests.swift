import Foundation
import Hummingbird
import HummingbirdTesting
import Server
import Testing

/// `GET /api/v1/services` without a search: every record as an HSDS 3 service, paged or as
/// ndjson, as Open Referral's API lists them and another map (or `kaart sync`) reads them.
@Suite struct ServiceListTests {
    let app: any ApplicationProtocol

    init() throws {
        app = buildApplication(ServerSettings(), try TestIndex.dependencies())
    }

    @Test func withoutASearchEveryRecordIsListedPageByPageAsAnHSDSService() async throws {
        let all = try TestIndex.publicIDs
        #expect(!all.contains("test-professioneel"))
        var seen: [String] = []
        var page = 1
        while true {
            let response = try await PageTests.send(app, "/api/v1/services?page=\(page)&per_page=2&full=true", method: .get)
            #expect(response.status == .ok)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(response.body.utf8)) as? [String: Any])
            #expect(json["total_items"] as? Int == all.count)
            #expect(json["total_pages"] as? Int == (all.count + 1) / 2)
            let contents = try #require(json["contents"] as? [[String: Any]])
            for service in contents {
                let extensionFields = try #require(service["x_sociale_kaart"] as? [String: Any])
                seen.append(try #require(extensionFields["id"] as? String))
                // A date, or the extension saying that no dated source vouches for the record.
                #expect(service["assured_date"] != nil || extensionFields["assured_date_unknown"] as? Bool == true)
            }
            if json["last_page"] as? Bool == true { break }
            page += 1
        }
        #expect(seen == all, "every record for everyone once, inactive ones included, in id order; none only for professionals")
    }

    @Test func formatNdjsonStreamsOneServicePerLineAndModifiedAfterKeepsTheChangedOnes() async throws {
        let response = try await PageTests.send(app, "/api/v1/services?format=ndjson", method: .get)
        #expect(response.status == .ok)
        #expect(response.headers[.contentType] == "application/x-ndjson")
        let lines = response.body.split(separator: "\n")
        #expect(lines.count == (try TestIndex.publicIDs).count)
        for line in lines { #expect((try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["name"] != nil) }

        let later = try await PageTests.send(app, "/api/v1/services?format=ndjson&modified_after=2099-01-01T00:00:00Z", method: .get)
        #expect(later.status == .ok)
        #expect(later.body.isEmpty)
        let wrong = try await PageTests.send(app, "/api/v1/services?modified_after=gisteren", method: .get)
        #expect(wrong.status == .badRequest)
        let mixed = try await PageTests.send(app, "/api/v1/services?search=eenzaam&format=ndjson", method: .get)
        #expect(mixed.status == .badRequest, "the list's parameters do not go with a search")
    }
}
