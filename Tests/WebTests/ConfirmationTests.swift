import Confirmation
import Feedback
import Foundation
import Hummingbird
import HummingbirdTesting
import Indexing
import KaartModel
import SearchIndex
import Server
import Testing

/// "Klopt dit nog?": providers confirm or correct their own entry through a signed link, on a
/// private copy of the fixture corpus (a confirmation writes the corpus and swaps the index).
@Suite(.serialized) struct ConfirmationTests {
    static let secret = "een-geheim-van-minstens-tweeendertig-tekens-lang"

    func app(_ copy: MaintenanceTests.Copy, confirmation: Bool = true) throws -> (any ApplicationProtocol, ServerDependencies, ConfirmationSigner) {
        var dependencies = try copy.dependencies()
        let signer = try ConfirmationSigner(secret: Self.secret)
        if confirmation { dependencies.confirmation = ConfirmationSettings(signer: signer, paths: copy.paths) }
        return (buildApplication(ServerSettings.forTests, dependencies), dependencies, signer)
    }

    func post(_ app: some ApplicationProtocol, _ path: String, _ form: String) async throws -> (status: HTTPResponse.Status, headers: HTTPFields, body: String) {
        try await PageTests.send(app, path, method: .post, headers: [.contentType: "application/x-www-form-urlencoded"], body: form)
    }

    @Test func theLinkShowsTheRecordAsResidentsSeeItWithBothAnswers() async throws {
        let copy = try MaintenanceTests.Copy()
        let (app, _, signer) = try app(copy)
        let token = signer.token(for: "test-steunpunt-arnhem", expires: TestIndex.today.adding(days: 60))
        let page = try await PageTests.send(app, "/bevestig/\(token)", method: .get)
        #expect(page.status == .ok)
        #expect(page.body.contains("<h1>Klopt dit nog? Inloop De Brug (test)</h1>"))
        #expect(page.body.contains("Bel <a href=\"tel:0261234567\">026 123 45 67</a>"))
        #expect(page.body.contains("Ja, dit klopt nog"))
        #expect(page.body.contains("<option value=\"telefoon\">Telefoonnummer</option>"))
    }

    @Test func kloptNogMovesTheAssuredDateToTodayThroughTheChangeLogAndServesIt() async throws {
        let copy = try MaintenanceTests.Copy()
        let (app, dependencies, signer) = try app(copy)
        #expect(try dependencies.index.entry(id: "test-steunpunt-arnhem")?.assuredDate == Day("2026-10-01"))
        let token = signer.token(for: "test-steunpunt-arnhem", expires: TestIndex.today.adding(days: 60))
        let answer = try await post(app, "/bevestig/\(token)", "keuze=klopt")
        #expect(answer.status == .ok)
        #expect(answer.body.contains("Op de kaart staat nu: laatst gecontroleerd november 2026."))
        // Served at once, and written as a confirmation in the record's change log.
        let entry = try #require(try dependencies.index.entry(id: "test-steunpunt-arnhem"))
        #expect(entry.assuredDate == TestIndex.today)
        #expect(entry.metadata.last?.lastActionType == "confirm")
        #expect(entry.metadata.last?.updatedBy == "aanbieder (bevestigingslink)")
        let file = try String(contentsOf: copy.paths.corpus.appendingPathComponent("test-steunpunt-arnhem.yaml"), encoding: .utf8)
        #expect(file.contains("last_action_type: confirm"))
        #expect(!file.contains("assured_date: "), "the date is not typed into the file")
    }

    @Test func erKloptIetsNietPutsTheProvidersCorrectionInTheReviewQueueAsConfirmed() async throws {
        let copy = try MaintenanceTests.Copy()
        let (app, dependencies, signer) = try app(copy)
        let token = signer.token(for: "test-steunpunt-arnhem", expires: TestIndex.today.adding(days: 60))
        let empty = try await post(app, "/bevestig/\(token)", "keuze=klopt-niet&veld=telefoon&juist=")
        #expect(empty.status == .badRequest)
        #expect(empty.body.contains("Kies wat er niet klopt en schrijf wat wel juist is."))
        let sent = try await post(app, "/bevestig/\(token)", "keuze=klopt-niet&veld=telefoon&juist=Nieuw+nummer%3A+026+765+43+21")
        #expect(sent.status == .ok)
        #expect(sent.body.contains("We hebben je verbetering ontvangen."))
        let reports = try await dependencies.feedback.reports(status: .open)
        let report = try #require(reports.first { $0.entryID == "test-steunpunt-arnhem" })
        #expect(report.channel == .provider)
        #expect(report.reason == .contactWrong)
        #expect(report.text?.hasPrefix("Aanbieder, Telefoonnummer: Nieuw nummer:") == true)
        #expect(report.confirmedAt != nil, "the provider's own word marks the record at once")
        #expect(try await dependencies.feedback.markedReportCounts()["test-steunpunt-arnhem"] == 1)
    }

    @Test func aForgedAnExpiredOrABrokenLinkGetsA403PageThatSaysWhatToDo() async throws {
        let copy = try MaintenanceTests.Copy()
        let (app, dependencies, signer) = try app(copy)
        let other = try ConfirmationSigner(secret: String(Self.secret.reversed()))
        let forged = other.token(for: "test-steunpunt-arnhem", expires: TestIndex.today.adding(days: 60))
        let expired = signer.token(for: "test-steunpunt-arnhem", expires: TestIndex.today.adding(days: -1))
        // A valid signature on another record's token cannot be moved to this one.
        let good = signer.token(for: "test-steunpunt-arnhem", expires: TestIndex.today.adding(days: 60))
        let parts = good.split(separator: ".")
        let tampered = ConfirmationSigner.base64URL(Data("v1|test-online-lotgenoten|2027-01-23".utf8)) + "." + parts[1]
        for (token, message) in [
            (forged, "Deze link komt niet van de Sociale Kaart."),
            (expired, "Deze link werkte tot en met 23 november 2026."),
            (tampered, "Deze link komt niet van de Sociale Kaart."),
            ("niet-een-token", "Deze link is niet compleet."),
        ] {
            let page = try await PageTests.send(app, "/bevestig/\(token)", method: .get)
            #expect(page.status == .forbidden, "\(token)")
            #expect(page.body.contains(message), "\(token)")
            let post = try await post(app, "/bevestig/\(token)", "keuze=klopt")
            #expect(post.status == .forbidden)
        }
        #expect(try dependencies.index.entry(id: "test-steunpunt-arnhem")?.assuredDate == Day("2026-10-01"), "nothing was confirmed")
    }

    @Test func withoutASecretTheLinksAreSwitchedOff() async throws {
        let copy = try MaintenanceTests.Copy()
        let (app, _, signer) = try app(copy, confirmation: false)
        let token = signer.token(for: "test-steunpunt-arnhem", expires: TestIndex.today.adding(days: 60))
        let page = try await PageTests.send(app, "/bevestig/\(token)", method: .get)
        #expect(page.status == .notFound)
        #expect(page.body.contains("Bevestigen via een link staat op deze server uit."))
    }

    @Test func aShortSecretIsRefusedWithWhatToDo() {
        #expect(throws: ConfirmationError.weakSecret) { try ConfirmationSigner(secret: "kort") }
        #expect(throws: ConfirmationError.weakSecret) { try ConfirmationSigner(secret: String(repeating: " ", count: 40)) }
    }

    @Test func theMailMergeHasOneRowPerRecordAndQuotesWhatASpreadsheetWouldRun() throws {
        let signer = try ConfirmationSigner(secret: Self.secret)
        var entry = Entry(id: "x", kind: .offering, name: "=HYPERLINK(\"evil\")", description: "d", sources: [], assuredDate: nil)
        entry.organization = .init(name: "Stichting, met komma")
        let csv = ConfirmationMailMerge.csv(ConfirmationMailMerge.rows(for: [entry], signer: signer, baseURL: "https://kaart.example", expires: Day("2027-01-31")!))
        let lines = csv.split(separator: "\r\n")
        #expect(lines.first == "record,naam,organisatie,link,geldig_tot")
        #expect(lines[1].hasPrefix("x,\"'=HYPERLINK(\"\"evil\"\")\",\"Stichting, met komma\",https://kaart.example/bevestig/"))
        #expect(lines[1].hasSuffix(",2027-01-31"))
    }
}
