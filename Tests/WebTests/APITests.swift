import Feedback
import Foundation
import Hummingbird
import HummingbirdTesting
import KaartModel
import Server
import Testing

/// The JSON API through the front door.
@Suite struct APITests {
    let dependencies: ServerDependencies
    let app: any ApplicationProtocol

    init() throws {
        dependencies = try TestIndex.dependencies()
        app = buildApplication(ServerSettings.forTests, dependencies)
    }

    func send(_ uri: String, method: HTTPRequest.Method = .get, headers: HTTPFields = [:], body: String? = nil) async throws -> (status: HTTPResponse.Status, headers: HTTPFields, json: Any, body: String) {
        let response = try await PageTests.send(app, uri, method: method, headers: headers, body: body)
        let json = try JSONSerialization.jsonObject(with: Data(response.body.utf8), options: [.fragmentsAllowed])
        return (response.status, response.headers, json, response.body)
    }

    /// The one error shape: `{"error": {"status", "code", "message", "parameter"?}}`.
    func error(_ json: Any) throws -> [String: Any] {
        let object = try #require(json as? [String: Any])
        return try #require(object["error"] as? [String: Any])
    }

    @Test func searchingReturnsAnHSDSPageWithOurSections() async throws {
        let response = try await send("/api/v1/services?search=eenzaam&postcode=6811&proximity=15000&page=1&per_page=5")
        #expect(response.status == .ok)
        #expect(response.headers[.contentType] == "application/json; charset=utf-8")
        let page = try #require(response.json as? [String: Any])
        #expect(page["page_number"] as? Int == 1)
        #expect(page["size"] as? Int == 5)
        #expect(page["first_page"] as? Bool == true)
        let contents = try #require(page["contents"] as? [[String: Any]])
        #expect(contents.contains { $0["id"] as? String == "test-escaping-arnhem" })
        let online = try #require(page["online"] as? [[String: Any]])
        #expect(online.contains { $0["id"] as? String == "test-online-lotgenoten" })
        let crisis = try #require(page["crisis"] as? [[String: Any]])
        #expect(crisis.map { $0["number"] as? String } == ["113", "0800-0113", "112"])
        let origin = try #require(page["origin"] as? [String: Any])
        #expect(origin["radius_km"] as? Double == 15)
    }

    @Test func taxonomyTermIdsMapOntoOurFacets() async throws {
        for term in ["domains:geld-en-schulden", "geld-en-schulden"] {
            let response = try await send("/api/v1/services?taxonomy_term_id=\(term)")
            #expect(response.status == .ok)
            let page = try #require(response.json as? [String: Any])
            let ids = (page["contents"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
            #expect(ids == ["test-schuldhulp-wageningen"])
        }
        let unknown = try await send("/api/v1/services?taxonomy_term_id=domains:nope")
        #expect(unknown.status == .badRequest)
        #expect(try error(unknown.json)["code"] as? String == "unknown_code")
        let terms = try await send("/api/v1/taxonomy_terms?per_page=100")
        let list = try #require((terms.json as? [String: Any])?["contents"] as? [[String: Any]])
        #expect(list.contains { $0["id"] as? String == "domains:geld-en-schulden" && $0["name"] as? String == "Geld en schulden" })
    }

    @Test(arguments: [
        ("/api/v1/services?postcode=99999", "unknown_place", "postcode"),
        ("/api/v1/services?proximity=-3", "invalid_parameter", "proximity"),
        ("/api/v1/services?page=1e9", "invalid_parameter", "page"),
        ("/api/v1/services?per_page=1000", "invalid_parameter", "per_page"),
        ("/api/v1/services?colour=blue", "unknown_parameter", "colour"),
        ("/api/v1/services?taal=xx", "invalid_parameter", "taal"),
        ("/api/v1/services?domein=", "invalid_parameter", "domein"),
        ("/api/v1/services?taal=", "invalid_parameter", "taal"),
    ])
    func badParametersGetTheOneJSONErrorShape(uri: String, code: String, parameter: String) async throws {
        let response = try await send(uri)
        #expect(response.status == .badRequest)
        #expect(response.headers[.contentType] == "application/json; charset=utf-8")
        let detail = try error(response.json)
        #expect(detail["status"] as? Int == 400)
        #expect(detail["code"] as? String == code)
        #expect(detail["parameter"] as? String == parameter)
        #expect((detail["message"] as? String)?.isEmpty == false)
    }

    @Test func errorMessagesFollowTheLanguage() async throws {
        let dutch = try await send("/api/v1/services?km=-3")
        #expect((try error(dutch.json)["message"] as? String)?.contains("is niet geldig") == true)
        let english = try await send("/api/v1/services?km=-3", headers: [.acceptLanguage: "en"])
        #expect((try error(english.json)["message"] as? String)?.contains("is not valid: give a distance in km") == true)
        let meters = try await send("/api/v1/services?proximity=-3", headers: [.acceptLanguage: "en"])
        #expect((try error(meters.json)["message"] as? String)?.contains("is not valid: give a distance in meters") == true)
    }

    @Test func oneServiceIsHSDSShapedWithOurExtensions() async throws {
        let response = try await send("/api/v1/services/test-steunpunt-arnhem")
        #expect(response.status == .ok)
        let service = try #require(response.json as? [String: Any])
        #expect(service["name"] as? String == "Inloop De Brug (test)")
        #expect(service["status"] as? String == "active")
        #expect(service["assured_date"] as? String == "2026-10-01")
        #expect((service["phones"] as? [[String: Any]])?.first?["number"] as? String == "026 123 45 67")
        let location = try #require((service["service_at_locations"] as? [[String: Any]])?.first?["location"] as? [String: Any])
        #expect(location["location_type"] as? String == "physical")
        #expect((location["addresses"] as? [[String: Any]])?.first?["address_1"] as? String == "Voorbeeldstraat 1")
        let ours = try #require(service["x_sociale_kaart"] as? [String: Any])
        #expect(ours["kind"] as? String == "steunpunt")
        #expect(ours["summary_b1"] as? String == "Een plek in Arnhem waar je zonder afspraak binnen kunt lopen.")
        #expect(ours["location_precision"] as? String == "postcode")
        #expect(ours["last_checked"] as? String == "oktober 2026")
        let attributes = try #require(service["attributes"] as? [[String: Any]])
        #expect(attributes.contains { ($0["taxonomy_term"] as? [String: Any])?["id"] as? String == "domains:psychisch-welzijn" })

        let missing = try await send("/api/v1/services/bestaat-niet")
        #expect(missing.status == .notFound)
        #expect(try error(missing.json)["code"] as? String == "service_not_found")
        let nowhere = try await send("/api/v1/nergens")
        #expect(nowhere.status == .notFound)
        #expect(try error(nowhere.json)["code"] as? String == "not_found")
    }

    @Test func feedbackIsStoredAndAcknowledgedWith201() async throws {
        let response = try await send(
            "/api/v1/feedback", method: .post, headers: [.contentType: "application/json"],
            body: #"{"service_id": "test-steunpunt-arnhem", "reason": "tijdelijk-dicht", "text": "Dicht tot maart", "contact": "piet@example.org"}"#)
        #expect(response.status == .created)
        let receipt = try #require(response.json as? [String: Any])
        #expect(receipt["service_id"] as? String == "test-steunpunt-arnhem")
        #expect(receipt["reason"] as? String == "tijdelijk-dicht")
        #expect(receipt["status"] as? String == "open")
        #expect(!response.body.contains("piet@example.org"), "the contact is never echoed")
        let id = try #require(receipt["id"] as? Int)
        let stored = try #require(try await dependencies.feedback.report(id: Int64(id)))
        #expect(stored.channel == .api)
        #expect(stored.contact == "piet@example.org")
        #expect(stored.text == "Dicht tot maart")
        #expect(stored.createdAt == TestIndex.now)
        let nulls = try await send(
            "/api/v1/feedback", method: .post, headers: [.contentType: "application/json"],
            body: #"{"service_id": "test-steunpunt-arnhem", "reason": "anders", "text": null, "contact": null}"#)
        #expect(nulls.status == .created)
    }

    @Test(arguments: [
        (#"{"service_id": "bestaat-niet", "reason": "anders"}"#, "application/json", HTTPResponse.Status.badRequest, "unknown_service"),
        (#"{"service_id": "test-steunpunt-arnhem", "reason": "kapot"}"#, "application/json", .badRequest, "invalid_report"),
        (#"{"service_id": "test-steunpunt-arnhem"}"#, "application/json", .badRequest, "invalid_report"),
        (#"{"service_id": 12, "reason": "anders"}"#, "application/json", .badRequest, "malformed_json"),
        (#"{"service_id": "#, "application/json", .badRequest, "malformed_json"),
        (#"[]"#, "application/json", .badRequest, "malformed_json"),
        ("service_id=x", "application/x-www-form-urlencoded", .unsupportedMediaType, "unsupported_media_type"),
    ])
    func badFeedbackIsAnsweredClearly(body: String, contentType: String, status: HTTPResponse.Status, code: String) async throws {
        let response = try await send("/api/v1/feedback", method: .post, headers: [.contentType: contentType], body: body)
        #expect(response.status == status)
        #expect(try error(response.json)["code"] as? String == code)
        #expect(try await dependencies.feedback.reports(status: nil).isEmpty)
    }

    @Test func oversizedFeedbackIsRefusedWith413() async throws {
        let text = String(repeating: "x", count: 40_000)
        let response = try await send(
            "/api/v1/feedback", method: .post, headers: [.contentType: "application/json"],
            body: #"{"service_id": "test-steunpunt-arnhem", "reason": "anders", "text": "\#(text)"}"#)
        #expect(response.status == .contentTooLarge)
        #expect(try error(response.json)["code"] as? String == "body_too_large")
        let long = String(repeating: "x", count: ReportDraft.maximumTextLength + 1)
        let tooLong = try await send(
            "/api/v1/feedback", method: .post, headers: [.contentType: "application/json"],
            body: #"{"service_id": "test-steunpunt-arnhem", "reason": "anders", "text": "\#(long)"}"#)
        #expect(tooLong.status == .badRequest)
        #expect(try error(tooLong.json)["parameter"] as? String == "text")
    }

    @Test func healthAndTheOpenAPIDocumentAreServed() async throws {
        let health = try await send("/healthz")
        #expect(health.status == .ok)
        #expect((health.json as? [String: Any])?["status"] as? String == "ok")
        let document = try await send("/api/v1/openapi.json")
        let openapi = try #require(document.json as? [String: Any])
        #expect(openapi["openapi"] as? String == "3.1.0")
        let paths = try #require(openapi["paths"] as? [String: Any])
        #expect(Set(paths.keys) == [
            "/api/v1", "/api/v1/services", "/api/v1/services/{id}", "/api/v1/service_at_locations", "/api/v1/service_at_locations/{id}",
            "/api/v1/organizations", "/api/v1/organizations/{id}", "/api/v1/taxonomies", "/api/v1/taxonomies/{id}",
            "/api/v1/taxonomy_terms", "/api/v1/taxonomy_terms/{id}", "/api/v1/feedback", "/api/v1/openapi.json", "/healthz",
            "/api/v1/beheer/meldingen", "/api/v1/beheer/correcties", "/api/v1/beheer/herlaad", "/api/v1/beheer/bronnen", "/api/v1/suggestions",
            "/api/v1/advies",
        ])
        let schemes = try #require((openapi["components"] as? [String: Any])?["securitySchemes"] as? [String: Any])
        #expect((schemes["beheerToken"] as? [String: Any])?["scheme"] as? String == "bearer")
        let inRepository = try Data(contentsOf: TestIndex.repositoryRoot.appendingPathComponent("Sources/Server/openapi.json"))
        #expect(document.body == String(decoding: inRepository, as: UTF8.self))
    }
}
