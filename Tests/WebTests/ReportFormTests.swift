import Feedback
import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import KaartModel
import Server
import Testing

/// The report form on the web: works without JavaScript, post/redirect/get, honeypot, limits.
@Suite struct ReportFormTests {
    static let form: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]

    @Test func theFormOffersTheB1ReasonsAndOptionalFields() async throws {
        let app = buildApplication(ServerSettings.forTests, try TestIndex.dependencies())
        let page = try await PageTests.send(app, "/aanbod/test-steunpunt-arnhem/melden", method: .get)
        #expect(page.status == .ok)
        #expect(page.body.contains("<h1>Klopt er iets niet bij Inloop De Brug (test)?</h1>"))
        #expect(page.body.contains("<form method=\"post\" action=\"/aanbod/test-steunpunt-arnhem/melden\">"))
        for label in ["Bestaat niet meer", "Tijdelijk dicht", "Telefoon of adres klopt niet", "Tijden kloppen niet", "Staat er dubbel in", "Verkeerde doelgroep of thema", "Anders"] {
            #expect(page.body.contains(">\(label)</label>"))
        }
        #expect(page.body.contains("<label for=\"tekst\">"))
        #expect(page.body.contains("<label for=\"contact\">"))
        #expect(page.body.contains("name=\"website\" tabindex=\"-1\""), "the honeypot is there, out of the tab order")
        let english = try await PageTests.send(app, "/aanbod/test-steunpunt-arnhem/melden?taal=en", method: .get)
        #expect(english.body.contains(">Temporarily closed</label>"))
        #expect(english.body.contains("action=\"/aanbod/test-steunpunt-arnhem/melden?taal=en\""))
    }

    @Test func aSentReportIsStoredAndTheBrowserIsRedirected() async throws {
        let dependencies = try TestIndex.dependencies()
        let app = buildApplication(ServerSettings.forTests, dependencies)
        let response = try await PageTests.send(
            app, "/aanbod/test-steunpunt-arnhem/melden", method: .post, headers: Self.form,
            body: "reden=telefoon-of-adres-klopt-niet&tekst=Het+nummer+staat+nu+op+hun+website&contact=jan%40example.org&website=")
        #expect(response.status == .seeOther)
        #expect(response.headers[.location] == "/aanbod/test-steunpunt-arnhem/bedankt")
        let reports = try await dependencies.feedback.reports(status: nil)
        #expect(reports.count == 1)
        #expect(reports.first?.reason == .contactWrong)
        #expect(reports.first?.text == "Het nummer staat nu op hun website")
        #expect(reports.first?.contact == "jan@example.org")
        #expect(reports.first?.channel == .web)
        let thanks = try await PageTests.send(app, "/aanbod/test-steunpunt-arnhem/bedankt", method: .get)
        #expect(thanks.body.contains("Bedankt voor je melding"))
    }

    @Test func aReportWithoutAReasonShowsTheFormAgainWithWhatToFix() async throws {
        let dependencies = try TestIndex.dependencies()
        let app = buildApplication(ServerSettings.forTests, dependencies)
        let response = try await PageTests.send(
            app, "/aanbod/test-steunpunt-arnhem/melden", method: .post, headers: Self.form,
            body: "tekst=%3Cscript%3Ex%3C%2Fscript%3E&contact=")
        #expect(response.status == .badRequest)
        #expect(response.body.contains("Kies wat er niet klopt."))
        #expect(response.body.contains("&lt;script&gt;x&lt;/script&gt;</textarea>"), "what was typed is kept, escaped")
        #expect(try await dependencies.feedback.reports(status: nil).isEmpty)
    }

    @Test func aFilledInHoneypotIsThankedButNotStored() async throws {
        let dependencies = try TestIndex.dependencies()
        let app = buildApplication(ServerSettings.forTests, dependencies)
        let response = try await PageTests.send(
            app, "/aanbod/test-steunpunt-arnhem/melden", method: .post, headers: Self.form,
            body: "reden=anders&tekst=buy+now&website=http%3A%2F%2Fspam.example")
        #expect(response.status == .seeOther)
        #expect(try await dependencies.feedback.reports(status: nil).isEmpty)
    }

    @Test func tooManyReportsFromOneClientAreRefusedWith429() async throws {
        let dependencies = try TestIndex.dependencies()
        var settings = ServerSettings.forTests
        settings.reportsPerClient = 2
        let app = buildApplication(settings, dependencies)
        var statuses: [HTTPResponse.Status] = []
        for _ in 0..<3 {
            let response = try await PageTests.send(app, "/aanbod/test-steunpunt-arnhem/melden", method: .post, headers: Self.form, body: "reden=anders")
            statuses.append(response.status)
        }
        #expect(statuses == [.seeOther, .seeOther, .tooManyRequests])
        let refused = try await PageTests.send(app, "/aanbod/test-steunpunt-arnhem/melden", method: .post, headers: Self.form, body: "reden=anders")
        #expect(refused.body.contains("Wacht een kwartier"))
        #expect(refused.headers[.retryAfter] == "900")
        #expect(try await dependencies.feedback.reports(status: nil).count == 2)
    }

    @Test func anUnknownEntryHasNoFormAndAnOversizedBodyIsRefused() async throws {
        let dependencies = try TestIndex.dependencies()
        let app = buildApplication(ServerSettings.forTests, dependencies)
        let unknown = try await PageTests.send(app, "/aanbod/bestaat-niet/melden", method: .post, headers: Self.form, body: "reden=anders")
        #expect(unknown.status == .notFound)
        let huge = try await PageTests.send(
            app, "/aanbod/test-steunpunt-arnhem/melden", method: .post, headers: Self.form,
            body: "reden=anders&tekst=" + String(repeating: "a", count: 50_000))
        #expect(huge.status == .contentTooLarge)
        #expect(huge.body.contains("te lang"))
        #expect(try await dependencies.feedback.reports(status: nil).isEmpty)
    }

    @Test func whenTheStoreCannotWriteTheSenderIsToldNothingWasSaved() async throws {
        // A feedback file the server may only read: SQLite refuses the write, as it would for a
        // read-only file or mount, and the sender must hear that the report was NOT saved.
        let path = TestIndex.feedbackPath()
        _ = try FeedbackStore(path: path, now: { TestIndex.now })
        var configuration = Configuration()
        configuration.readonly = true
        let readOnly = try FeedbackStore(writer: DatabaseQueue(path: path, configuration: configuration), location: path, now: { TestIndex.now })
        let app = buildApplication(ServerSettings.forTests, try TestIndex.dependencies(feedback: readOnly))
        let page = try await PageTests.send(app, "/aanbod/test-steunpunt-arnhem/melden", method: .post, headers: Self.form, body: "reden=anders")
        #expect(page.status == .serviceUnavailable)
        #expect(page.body.contains("Je melding is NIET bewaard"))
        let api = try await PageTests.send(
            app, "/api/v1/feedback", method: .post, headers: [.contentType: "application/json"],
            body: #"{"service_id": "test-steunpunt-arnhem", "reason": "anders"}"#)
        #expect(api.status == .serviceUnavailable)
        #expect(api.body.contains("\"code\":\"report_not_saved\""))
    }
}
