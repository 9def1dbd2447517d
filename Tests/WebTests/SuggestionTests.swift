import Feedback
import Foundation
import Hummingbird
import HummingbirdTesting
import KaartModel
import Server
import Testing

/// "Ik mis iets" through the running server: the form, the API, and the report form's protections.
@Suite struct SuggestionTests {
    let form: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
    let json: HTTPFields = [.contentType: "application/json"]

    @Test func theFormAsksForNameWhatWhereWebsiteAndRoleAndAThankYouFollows() async throws {
        let dependencies = try TestIndex.dependencies()
        let app = buildApplication(ServerSettings.forTests, dependencies)
        let page = try await PageTests.send(app, "/aanbod/nieuw", method: .get)
        #expect(page.status == .ok)
        for name in ["naam", "wat", "waar", "website", "als", "contact", "website2"] { #expect(page.body.contains("name=\"\(name)\"")) }
        #expect(page.body.contains("Schrijf hier niets over je gezondheid"))
        #expect(try await PageTests.send(app, "/", method: .get).body.contains("href=\"/aanbod/nieuw\""))
        let sent = try await PageTests.send(
            app, "/aanbod/nieuw", method: .post, headers: form,
            body: "naam=Wandelgroep+Rouw&wat=Elke+dinsdag+wandelen&waar=Arnhem&website=https%3A%2F%2Fexample.org&als=inwoner&contact=piet%40example.org")
        #expect(sent.status == .ok)
        #expect(sent.body.contains("We hebben je suggestie ontvangen"))
        let stored = try await dependencies.feedback.suggestions(status: .open)
        #expect(stored.count == 1 && stored.first?.name == "Wandelgroep Rouw" && stored.first?.channel == .web)
        let missing = try await PageTests.send(app, "/aanbod/nieuw", method: .post, headers: form, body: "naam=X&als=inwoner")
        #expect(missing.status == .badRequest)
        #expect(missing.body.contains("Schrijf kort wat het is."))
        #expect(missing.body.contains("value=\"X\""), "what was typed stays in the form")
    }

    @Test func theHoneypotIsThankedAndDroppedAndEMailInTheTextIsLeftOut() async throws {
        let dependencies = try TestIndex.dependencies()
        let app = buildApplication(ServerSettings.forTests, dependencies)
        let trapped = try await PageTests.send(app, "/aanbod/nieuw", method: .post, headers: form, body: "naam=Spam&wat=Koop&als=inwoner&website2=http%3A%2F%2Fspam")
        #expect(trapped.status == .ok)
        #expect(try await dependencies.feedback.suggestions(status: nil).isEmpty)
        let answer = try await PageTests.send(
            app, "/api/v1/suggestions", method: .post, headers: json,
            body: #"{"name": "Lotgenotengroep", "what": "Mail jan@example.org of bel 06-12345678", "role": "professional", "contact": "jan@example.org"}"#)
        #expect(answer.status == .created)
        #expect(!answer.body.contains("jan@example.org"), "the contact is never echoed")
        let receipt = try #require(try JSONSerialization.jsonObject(with: Data(answer.body.utf8)) as? [String: Any])
        #expect((receipt["removed"] as? [String])?.isEmpty == false)
        #expect(receipt["status"] as? String == "open")
        let stored = try #require(try await dependencies.feedback.suggestions(status: nil).first)
        #expect(!stored.what.contains("jan@example.org") && !stored.what.contains("06-12345678"))
        #expect(stored.contact == "jan@example.org")
        let bad = try await PageTests.send(app, "/api/v1/suggestions", method: .post, headers: json, body: #"{"name": "X", "what": "Y", "role": "baas"}"#)
        #expect(bad.status == .badRequest)
        #expect(bad.body.contains("\"parameter\":\"role\""))
        let badURL = try await PageTests.send(app, "/api/v1/suggestions", method: .post, headers: json, body: #"{"name": "X", "what": "Y", "role": "inwoner", "url": "javascript:alert(1)"}"#)
        #expect(badURL.status == .badRequest)
    }

    @Test func aFloodOfSuggestionsFromOneClientIsRateLimitedWithReports() async throws {
        let dependencies = try TestIndex.dependencies()
        var settings = ServerSettings.forTests
        settings.reportsPerClient = 2
        let app = buildApplication(settings, dependencies)
        let body = #"{"name": "Inloop", "what": "Koffie", "role": "inwoner"}"#
        #expect(try await PageTests.send(app, "/api/v1/suggestions", method: .post, headers: json, body: body).status == .created)
        #expect(try await PageTests.send(app, "/api/v1/suggestions", method: .post, headers: json, body: body).status == .created)
        let flood = try await PageTests.send(app, "/api/v1/suggestions", method: .post, headers: json, body: body)
        #expect(flood.status == .tooManyRequests)
        #expect(flood.headers[.retryAfter] != nil)
        #expect(try await dependencies.feedback.suggestions(status: nil).count == 2)
    }
}
