import Foundation
import Hummingbird
import HummingbirdTesting
import KaartModel
import Presentation
import Server
import Testing

/// Open Referral's HSDS API 3.0 as a client that knows only the standard uses it, through the
/// running server: one HSDS model for the API and the export, paging, taxonomy terms, postcode
/// with proximity in meters, ndjson, modified_after, organisations, taxonomies.
@Suite struct HSDSAPITests {
    let app: any ApplicationProtocol

    init() throws {
        app = buildApplication(ServerSettings.forTests, try TestIndex.dependencies())
    }

    func get(_ uri: String) async throws -> (status: HTTPResponse.Status, json: Any?, body: String, contentType: String?) {
        let response = try await PageTests.send(app, uri, method: .get)
        let json = try? JSONSerialization.jsonObject(with: Data(response.body.utf8), options: [.fragmentsAllowed])
        return (response.status, json, response.body, response.headers[.contentType])
    }

    func object(_ uri: String, sourceLocation: SourceLocation = #_sourceLocation) async throws -> [String: Any] {
        let response = try await get(uri)
        #expect(response.status == .ok, "\(uri): \(response.body.prefix(300))", sourceLocation: sourceLocation)
        return try #require(response.json as? [String: Any], sourceLocation: sourceLocation)
    }

    /// Every page of a list, walked as the standard says (`page` until `last_page`).
    func allPages(_ uri: String, perPage: Int = 2) async throws -> [[String: Any]] {
        var items: [[String: Any]] = []
        var page = 1
        while true {
            let separator = uri.contains("?") ? "&" : "?"
            let json = try await object("\(uri)\(separator)page=\(page)&per_page=\(perPage)")
            #expect(json["page_number"] as? Int == page)
            #expect(json["first_page"] as? Bool == (page == 1))
            let contents = try #require(json["contents"] as? [[String: Any]])
            #expect(json["size"] as? Int == contents.count)
            #expect(json["total_pages"] as? Int == max(1, ((json["total_items"] as? Int ?? 0) + perPage - 1) / perPage))
            items += contents
            if json["last_page"] as? Bool == true { break }
            page += 1
            if page > 100 { Issue.record("no last page"); break }
        }
        return items
    }

    // MARK: One model

    /// Walks two JSON values side by side: every field equal, except ids (`id`, `…_id`), which
    /// must be a consistent renaming of our ids to the export's UUIDs.
    static func compare(_ api: Any, _ export: Any, path: String, ids: inout [String: String], problems: inout [String]) {
        switch (api, export) {
        case (let a as [String: Any], let b as [String: Any]):
            if Set(a.keys) != Set(b.keys) { problems.append("\(path): keys \(a.keys.sorted()) ≠ \(b.keys.sorted())") }
            for key in Set(a.keys).intersection(b.keys).sorted() {
                let isID = (key == "id" || key.hasSuffix("_id")) && path != "$.x_sociale_kaart"
                if isID, let ours = a[key] as? String, let theirs = b[key] as? String {
                    if let known = ids[ours], known != theirs { problems.append("\(path).\(key): \(ours) named \(known) and \(theirs)") }
                    ids[ours] = theirs
                    if UUID(uuidString: theirs) == nil { problems.append("\(path).\(key): the export's \(theirs) is not a UUID") }
                } else {
                    compare(a[key]!, b[key]!, path: "\(path).\(key)", ids: &ids, problems: &problems)
                }
            }
        case (let a as [Any], let b as [Any]):
            if a.count != b.count { problems.append("\(path): \(a.count) items ≠ \(b.count)") }
            for (n, (x, y)) in zip(a, b).enumerated() { compare(x, y, path: "\(path)[\(n)]", ids: &ids, problems: &problems) }
        default:
            if String(describing: api) != String(describing: export) { problems.append("\(path): \(api) ≠ \(export)") }
        }
    }

    @Test(arguments: ["test-steunpunt-arnhem", "test-open-inloop", "test-schuldhulp-wageningen", "test-online-lotgenoten", "test-gepland"])
    func aServiceFromTheAPIEqualsTheSameRecordInTheExportFieldByField(id: String) async throws {
        let api = try await object("/api/v1/services/\(id)")
        let services = try HSDSExport.services(from: TestIndex.index, query: SearchQuery(), modifiedAfter: nil)
        let exported = try #require(services.first { $0.x_sociale_kaart.id == id })
        let export = try JSONSerialization.jsonObject(with: try HSDSService.json([exported]).data(using: .utf8)!) as! [Any]
        var ids: [String: String] = [:]
        var problems: [String] = []
        Self.compare(api, export[0], path: "$", ids: &ids, problems: &problems)
        #expect(problems.isEmpty, "\(problems)")
        #expect(ids[id] == HSDSVocabulary.uuid(id), "the export's service id is the UUID of our id")
        #expect(Set(ids.values).count == ids.count, "no two of our ids share a UUID")
        #expect(ids.count > 3, "ids of the parts were compared too")
    }

    // MARK: Services

    @Test func aStandardClientPagesThroughEveryServiceAndEachIdOpensItsService() async throws {
        let services = try await allPages("/api/v1/services")
        #expect(services.map { $0["id"] as? String } == (try TestIndex.publicIDs).map { Optional($0) })
        for service in services.prefix(3) {
            let id = try #require(service["id"] as? String)
            let professionals = (service["x_sociale_kaart"] as? [String: Any])?["audience"] != nil
            let one = try await get("/api/v1/services/\(id)")
            #expect(one.status == (professionals ? .notFound : .ok))
        }
        let minimal = try await object("/api/v1/services?minimal=true&per_page=3")
        let first = try #require((minimal["contents"] as? [[String: Any]])?.first)
        #expect(Set(first.keys).isSubset(of: ["id", "name", "status", "last_modified"]))
    }

    @Test func filteringByTaxonomyTermTaxonomyAndOrganizationKeepsOnlyThoseServices() async throws {
        let term = try await allPages("/api/v1/services?taxonomy_term_id=domains:geld-en-schulden")
        #expect(term.map { $0["id"] as? String } == ["test-schuldhulp-wageningen"])
        let sectors = try await allPages("/api/v1/services?taxonomy_id=domains")
        #expect(!sectors.isEmpty)
        for service in sectors {
            let attributes = service["attributes"] as? [[String: Any]] ?? []
            #expect(attributes.contains { ($0["taxonomy_term"] as? [String: Any])?["taxonomy_id"] as? String == "domains" })
        }
        let organizations = try await allPages("/api/v1/organizations")
        let voorbeeld = try #require(organizations.first { $0["name"] as? String == "Stichting Voorbeeld (test)" })
        let organizationID = try #require(voorbeeld["id"] as? String)
        let theirs = try await allPages("/api/v1/services?organization_id=\(organizationID)")
        #expect(Set(theirs.compactMap { $0["id"] as? String }) == ["test-gesloten-inloop", "test-schuldhulp-wageningen"])
        for service in theirs { #expect(service["organization_id"] as? String == organizationID) }
        let nobody = try await object("/api/v1/services?organization_id=onbekend")
        #expect(nobody["total_items"] as? Int == 0)
    }

    @Test func postcodeWithProximityInMetersFindsWhatLiesWithinThatDistance() async throws {
        let near = try await object("/api/v1/services?search=eenzaam&postcode=6811&proximity=15000")
        let origin = try #require(near["origin"] as? [String: Any])
        #expect(origin["radius_km"] as? Double == 15)
        let contents = try #require(near["contents"] as? [[String: Any]])
        #expect(contents.contains { $0["id"] as? String == "test-escaping-arnhem" })
        for service in contents {
            let distance = try #require((service["x_sociale_kaart"] as? [String: Any])?["distance_km"] as? Double)
            #expect(distance <= 15)
        }
        let tight = try await object("/api/v1/service_at_locations?postcode=6811&proximity=1")
        let wide = try await object("/api/v1/service_at_locations?postcode=6811&proximity=30000")
        #expect((tight["total_items"] as? Int ?? 0) < (wide["total_items"] as? Int ?? 0))
        for place in wide["contents"] as? [[String: Any]] ?? [] {
            #expect(place["service_id"] as? String == (place["service"] as? [String: Any])?["id"] as? String)
            let id = try #require(place["id"] as? String)
            let one = try await object("/api/v1/service_at_locations/\(id)")
            #expect(one["service_id"] as? String == place["service_id"] as? String)
        }
        let kilometres = try await object("/api/v1/services?search=eenzaam&postcode=6811&km=15")
        #expect((kilometres["origin"] as? [String: Any])?["radius_km"] as? Double == 15, "km stays, as our extension")
    }

    @Test func ndjsonStreamsEveryMatchingServiceAndModifiedAfterKeepsWhatChanged() async throws {
        let all = try await get("/api/v1/services?format=ndjson")
        #expect(all.contentType == "application/x-ndjson")
        let lines = all.body.split(separator: "\n")
        #expect(lines.count == (try TestIndex.publicIDs).count)
        let recent = try await get("/api/v1/services?format=ndjson&modified_after=2026-10-01")
        let recentServices = recent.body.split(separator: "\n").map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(!recentServices.isEmpty && recentServices.count < lines.count)
        for service in recentServices {
            let modified = try #require(service?["last_modified"] as? String)
            #expect(modified >= "2026-10-01")
        }
        let terms = try await get("/api/v1/services?format=ndjson&taxonomy_term_id=geld-en-schulden")
        #expect(terms.body.split(separator: "\n").count == 1)
    }

    // MARK: Taxonomies, organisations, information

    @Test func taxonomiesAndTermsShowTheHierarchyFromPositieveGezondheidToLevensdomein() async throws {
        let taxonomies = try await allPages("/api/v1/taxonomies", perPage: 3)
        #expect(taxonomies.compactMap { $0["id"] as? String }.contains("positieve_gezondheid"))
        let domains = try await object("/api/v1/taxonomies/domains")
        #expect(domains["name"] as? String == "sociale-kaart:domains")
        let top = try await allPages("/api/v1/taxonomy_terms?taxonomy_id=positieve_gezondheid&top_only=true", perPage: 10)
        #expect(!top.isEmpty)
        let dimension = try #require(top.first { $0["code"] as? String == "mentaal-welbevinden" })
        let children = try await allPages("/api/v1/taxonomy_terms?parent_id=\(dimension["id"] as! String)", perPage: 10)
        #expect(!children.isEmpty)
        for child in children { #expect(child["taxonomy_id"] as? String == "domains") }
        let term = try await object("/api/v1/taxonomy_terms/domains:geld-en-schulden")
        #expect(term["name"] as? String == "Geld en schulden")
        let english = try await object("/api/v1/taxonomy_terms/domains:geld-en-schulden?taal=en")
        #expect(english["language"] as? String == "en")
        #expect((try await get("/api/v1/taxonomy_terms/domains:nope")).status == .notFound)
    }

    @Test func anOrganizationListsItsServices() async throws {
        let organizations = try await allPages("/api/v1/organizations?full_service=true")
        let voorbeeld = try #require(organizations.first { $0["name"] as? String == "Stichting Voorbeeld (test)" })
        #expect((voorbeeld["services"] as? [[String: Any]])?.count == 2)
        let one = try await object("/api/v1/organizations/\(voorbeeld["id"] as! String)")
        #expect(Set((one["services"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }) == ["test-gesloten-inloop", "test-schuldhulp-wageningen"])
        #expect(one["description"] as? String != nil)
        #expect((try await get("/api/v1/organizations/\(UUID().uuidString.lowercased())")).status == .notFound)
    }

    @Test func theAPISaysWhatItIs() async throws {
        let information = try await object("/api/v1")
        #expect(information["version"] as? String == "3.0")
        #expect((information["openapi_url"] as? String)?.hasSuffix("/api/v1/openapi.json") == true)
        #expect((try await get("/api/v1/")).status == .ok)
    }

    @Test(arguments: [
        ("/api/v1/services?proximity=abc&postcode=6811&search=x", "proximity"),
        ("/api/v1/services?proximity=400000&postcode=6811&search=x", "proximity"),
        ("/api/v1/services?taxonomy_id=kleur", "taxonomy_id"),
        ("/api/v1/services?minimal=misschien", "minimal"),
        ("/api/v1/services?format=xml", "format"),
        ("/api/v1/taxonomy_terms?top_only=1", "top_only"),
        ("/api/v1/taxonomy_terms?page=0", "page"),
        ("/api/v1/organizations?per_page=1000", "per_page"),
        ("/api/v1/organizations?kleur=rood", "kleur"),
        ("/api/v1/service_at_locations?proximity=500", "proximity"),
        ("/api/v1/service_at_locations?postcode=6811&format=ndjson", "format"),
        ("/api/v1/taxonomies?format=csv", "format"),
    ])
    func badValuesGetTheOneErrorShapeWith400(uri: String, parameter: String) async throws {
        let response = try await get(uri)
        #expect(response.status == .badRequest, "\(uri): \(response.body.prefix(200))")
        let error = try #require((response.json as? [String: Any])?["error"] as? [String: Any])
        #expect(error["status"] as? Int == 400)
        #expect(error["parameter"] as? String == parameter)
    }
}
