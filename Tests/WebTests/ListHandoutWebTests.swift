import Feedback
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import KaartModel
import Presentation
import Server
import Testing

/// The list handout, the professional pages and "is het gelukt?" through the front door
/// (issue 19): the application `kaart serve` runs, built by `buildApplication`.
@Suite struct ListHandoutWebTests {
    static let referrerToken = "verwijzers-code-voor-de-tests-1"
    static let maintainerToken = "beheerders-code-voor-de-tests-2"

    let dependencies: ServerDependencies
    let app: any ApplicationProtocol

    init() throws {
        var dependencies = try TestIndex.dependencies()
        dependencies.referrers = ReferrerAccess(token: Self.referrerToken)
        dependencies.maintenance = Maintenance(token: Self.maintainerToken, paths: nil)
        self.dependencies = dependencies
        app = buildApplication(ServerSettings.forTests, dependencies)
    }

    func get(_ uri: String, headers: HTTPFields = [:]) async throws -> (status: HTTPResponse.Status, headers: HTTPFields, body: String) {
        try await PageTests.send(app, uri, method: .get, headers: headers)
    }

    func post(_ uri: String, _ body: String) async throws -> (status: HTTPResponse.Status, headers: HTTPFields, body: String) {
        try await PageTests.send(app, uri, method: .post, headers: [.contentType: "application/x-www-form-urlencoded"], body: body)
    }

    static func basic(_ password: String, user: String = "huisarts") -> HTTPFields {
        [.authorization: "Basic " + Data("\(user):\(password)".utf8).base64EncodedString()]
    }

    /// Text that only professionals may read, from the fixture records.
    static let professionalOnly = [
        "(test, alleen voor verwijzers)", "3 weken tot het eerste gesprek", "slimverwijzen/de-brug", "de-brug/wachttijd",
        "Consultatielijn inloop voor wijkteams", "Medewerkers van wijkteams vragen hier advies", "Alleen voor verwijzers",
    ]

    // MARK: The list

    @Test func theListPageShowsEachOfferHowToReachItWhatToBringTheCrisisRoutesAndAQRCodeOfItsOwnAddress() async throws {
        let page = try await get("/lijst?ids=test-steunpunt-arnhem,test-open-inloop")
        #expect(page.status == .ok)
        #expect(page.body.contains("<body class=\"handout\">"))
        #expect(page.body.contains("<h1>Mijn lijstje</h1>"))
        #expect(page.body.contains("<h2>Inloop De Brug (test)</h2>"))
        #expect(page.body.contains("<h3>Hoe kom je erbij?</h3>"))
        #expect(page.body.contains("<dt>Waar</dt><dd>Voorbeeldstraat 1, 6811 AB Arnhem</dd>"))
        #expect(page.body.contains("<a href=\"tel:0261234567\">026 123 45 67</a>"))
        #expect(page.body.contains("<h3>Wat neem je mee of wat zeg je?</h3>\n<p>Dat weten we niet. Vraag het als je contact opneemt.</p>"))
        #expect(page.body.contains("<a href=\"tel:113\" dir=\"ltr\">113</a>"))
        let address = "http://127.0.0.1:8080/lijst?ids=test-steunpunt-arnhem,test-open-inloop"
        #expect(page.body.contains("<figcaption>Scan de code of ga naar \(address)</figcaption>"))
        // The code on the page is libqrencode's code of that same address.
        let code = try #require(QRCode(address))
        #expect(page.body.contains(code.svg(label: "QR-code: open dit lijstje op je telefoon")))
        #expect(!page.body.contains("<script"))
        for text in Self.professionalOnly { #expect(!page.body.contains(text), "\(text)") }
        let twin = try await get("/lijst?ids=test-steunpunt-arnhem,test-open-inloop&formaat=tekst")
        #expect(twin.headers[.contentType] == "text/plain; charset=utf-8")
        #expect(twin.body.contains("1. Inloop De Brug (test)"))
        #expect(twin.body.contains("Scan de code of ga naar \(address)"))
    }

    @Test func theQRCodeIsLibqrencodesWithItsThreeFinderPatternsAndAQuietZone() throws {
        let code = try #require(QRCode("http://127.0.0.1:8080/lijst?ids=test-steunpunt-arnhem,test-open-inloop"))
        #expect((code.width - 17) % 4 == 0 && code.width >= 21, "a QR code is 17 + 4 × version modules wide")
        // A finder pattern: a dark 7×7 ring, a light ring inside it, a dark 3×3 centre.
        func finder(_ row: Int, _ column: Int) -> Bool {
            (0..<7).allSatisfy { r in
                (0..<7).allSatisfy { c in
                    let ring = max(abs(r - 3), abs(c - 3))
                    return code.isDark(row: row + r, column: column + c) == (ring != 2)
                }
            }
        }
        #expect(finder(0, 0) && finder(0, code.width - 7) && finder(code.width - 7, 0))
        #expect(!finder(code.width - 7, code.width - 7), "the fourth corner has no finder pattern")
        let svg = code.svg(label: "x")
        #expect(svg.hasPrefix("<svg class=\"qr\" viewBox=\"0 0 \(code.width + 8) \(code.width + 8)\""))
        #expect(QRCode(String(repeating: "a", count: 8000)) == nil, "more than the largest code holds is nil, never a crash")
    }

    @Test func unknownStoppedProfessionalDoubledAndJunkIdsAreSaidPlainlyNeverAnErrorPage() async throws {
        let junk = "%3Cscript%3E,test-steunpunt-arnhem,bestaat-niet,test-gesloten-inloop,test-professioneel,test-steunpunt-arnhem,%22%3E%3Csvg%20onload%3Dx%3E"
        let page = try await get("/lijst?ids=\(junk)")
        #expect(page.status == .ok)
        #expect(page.body.contains("<h2>bestaat-niet: niet meer beschikbaar</h2>"))
        #expect(page.body.contains("<h2>test-gesloten-inloop: niet meer beschikbaar</h2>"))
        #expect(page.body.contains("<h2>test-professioneel: niet meer beschikbaar</h2>"))
        #expect(page.body.contains("Eén hulp stond er twee keer op. We tonen die één keer."))
        // `"><svg onload=x>` is two codes, split at the space, and neither is an id.
        #expect(page.body.contains("3 codes in de link konden we niet lezen. Die hebben we weggelaten."))
        #expect(!page.body.contains("<script") && !page.body.contains("<svg onload"))
        for text in Self.professionalOnly { #expect(!page.body.contains(text), "\(text)") }
        // The checked <svg>s are our pictograms and the one QR code, nothing typed.
        let svgs = page.body.components(separatedBy: "<svg").count - 1
        let ours = page.body.components(separatedBy: "<svg class=\"picto\" ").count - 1 + page.body.components(separatedBy: "<svg class=\"qr\" ").count - 1
        #expect(svgs == ours)

        let fifty = (1...50).map { "record-\($0)" }.joined(separator: ",")
        let long = try await get("/lijst?ids=\(fifty)")
        #expect(long.status == .ok)
        #expect(long.body.contains("Op een lijstje passen 15 soorten hulp. Je koos er 50. Hier staan de eerste 15."))
        #expect(long.body.contains("record-15: niet meer beschikbaar") && !long.body.contains("record-16: niet meer beschikbaar"))
        #expect(long.body.contains(",record-14,record-15</figcaption>"), "the code opens the cut list")
        #expect(try await get("/lijst?ids=%00%FF").status != .internalServerError)
        for uri in ["/lijst", "/lijst?ids=", "/lijst?ids=,,,", "/lijst?id=&ids=%20", "/lijst?formaat=tekst"] {
            let empty = try await get(uri)
            #expect(empty.status == .ok, "\(uri)")
            #expect(empty.body.contains("Er staat nog niets op je lijstje."), "\(uri)")
            #expect(!empty.body.contains("<svg class=\"qr\""), "\(uri): no code for an empty list")
        }
    }

    @Test func resultsOfferZetOpMijnLijstjeAsACheckboxOfOneFormWithoutJavaScript() async throws {
        let page = try await get("/?wat=inloop&bij=6811")
        #expect(page.body.contains("<input type=\"checkbox\" id=\"lijst-test-steunpunt-arnhem\" name=\"ids\" value=\"test-steunpunt-arnhem\" form=\"lijstje\"><label for=\"lijst-test-steunpunt-arnhem\">Zet op mijn lijstje</label>"))
        #expect(page.body.contains("<form id=\"lijstje\" class=\"lijstje noprint\" method=\"get\" action=\"/lijst\">"))
        #expect(!page.body.contains("name=\"gelukt\""), "residents' lists do not ask 'is het gelukt?'")
        // What the browser sends when two are ticked: one ids= per choice.
        let chosen = try await get("/lijst?ids=test-steunpunt-arnhem&ids=test-open-inloop")
        #expect(chosen.body.contains("Scan de code of ga naar http://127.0.0.1:8080/lijst?ids=test-steunpunt-arnhem,test-open-inloop"))
        let empty = try await get("/?wat=paardrijden")
        #expect(!empty.body.contains("id=\"lijstje\""), "no list form without results")
    }

    @Test(arguments: [Language.english, .arabic, .turkish, .polish, .ukrainian])
    func theListSpeaksTheChosenLanguageAndItsCodeKeepsIt(_ language: Language) async throws {
        let page = try await get("/lijst?ids=test-steunpunt-arnhem&taal=\(language.rawValue)")
        let strings = Strings.for(language)
        #expect(page.status == .ok)
        #expect(page.body.contains("<html lang=\"\(language.rawValue)\""))
        #expect(page.body.contains("<h1>\(strings.list.title)</h1>"))
        #expect(page.body.contains("<h2 lang=\"nl\"\(language.isRightToLeft ? " dir=\"ltr\"" : "")>Inloop De Brug (test)</h2>"))
        #expect(page.body.contains("lijst?ids=test-steunpunt-arnhem&amp;taal=\(language.rawValue)"))
    }

    // MARK: Is het gelukt?

    @Test func isHetGeluktShowsTwoButtonsAndCountsAYesOrNoForTheRecordAndMonth() async throws {
        let professional = try await get("/lijst?ids=test-steunpunt-arnhem&gelukt=ja")
        #expect(professional.body.contains("Is het gelukt? Laat het weten, zonder je naam: http://127.0.0.1:8080/gelukt/test-steunpunt-arnhem"))
        #expect(professional.body.contains("Scan de code of ga naar http://127.0.0.1:8080/lijst?ids=test-steunpunt-arnhem&amp;gelukt=ja"))
        let form = try await get("/gelukt/test-steunpunt-arnhem")
        #expect(form.status == .ok)
        #expect(form.body.contains("<legend>Is het gelukt om bij Inloop De Brug (test) te komen?</legend>"))
        #expect(form.body.contains("<button type=\"submit\" name=\"antwoord\" value=\"ja\">"))
        #expect(!form.body.contains("<textarea") && !form.body.contains("type=\"text\""), "no free text, no name")
        #expect(try await post("/gelukt/test-steunpunt-arnhem", "antwoord=ja").body.contains("Bedankt. Je antwoord is geteld."))
        #expect(try await post("/gelukt/test-steunpunt-arnhem", "antwoord=nee").status == .ok)
        #expect(try await post("/gelukt/test-steunpunt-arnhem", "antwoord=misschien").status == .badRequest)
        #expect(try await post("/gelukt/bestaat-niet", "antwoord=ja").status == .notFound)
        #expect(try await post("/gelukt/test-gesloten-inloop", "antwoord=ja").status == .notFound)
        #expect(try await post("/gelukt/test-steunpunt-arnhem", "antwoord=ja&naam=Jan&tekst=hallo").status == .ok)
        let privacy = try await get("/privacy")
        #expect(privacy.body.contains("<li>Is het gelukt? We tellen alleen ja en nee per maand. We bewaren geen naam en geen andere gegevens.</li>"))
        let counts = try await dependencies.feedback.outcomes(from: TestIndex.today, to: TestIndex.today)
        #expect(counts == [OutcomeCount(entryID: "test-steunpunt-arnhem", month: "2026-11", yes: 2, no: 1)])
    }

    @Test func isHetGeluktIsRateLimitedLikeTheOtherForms() async throws {
        var settings = ServerSettings.forTests
        settings.answersPerClient = 2
        let app = buildApplication(settings, try TestIndex.dependencies())
        var statuses: [HTTPResponse.Status] = []
        for _ in 0..<3 {
            statuses.append(try await PageTests.send(app, "/gelukt/test-steunpunt-arnhem", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"], body: "antwoord=ja").status)
        }
        #expect(statuses == [.ok, .ok, .tooManyRequests])
    }

    // MARK: Professionals

    @Test func professionalPagesNeedTheirOwnTokenAndAForgedOneGetsAClear401() async throws {
        for path in ["/verwijzer?wat=inloop", "/verwijzer/aanbod/test-professioneel"] {
            let none = try await get(path)
            #expect(none.status == .unauthorized, "\(path)")
            #expect(none.headers[.wwwAuthenticate] == "Basic realm=\"Sociale Kaart verwijzers\", charset=\"UTF-8\"")
            #expect(none.body.contains("Deze pagina&#39;s zijn voor verwijzers. Log in met de verwijzerscode van je organisatie."))
            for forged in [Self.basic("verwijzers-code-voor-de-tests-X"), Self.basic(Self.maintainerToken), [.authorization: "Bearer \(Self.maintainerToken)"],
                           [.authorization: "Basic %%%niet-base64"], [.authorization: "Basic " + Data("zonder-dubbele-punt".utf8).base64EncodedString()],
                           [.authorization: "Bearer "], Self.basic(String(Self.referrerToken.dropLast()))] as [HTTPFields] {
                let wrong = try await get(path, headers: forged)
                #expect(wrong.status == .unauthorized, "\(path) \(forged)")
                #expect(wrong.body.contains("Deze verwijzerscode klopt niet."), "\(path) \(forged)")
                for text in Self.professionalOnly { #expect(!wrong.body.contains(text)) }
            }
            #expect(try await get(path, headers: Self.basic(Self.referrerToken)).status == .ok)
            #expect(try await get(path, headers: [.authorization: "Bearer \(Self.referrerToken)"]).status == .ok)
        }
        // The maintainers' routes do not take the professionals' token.
        #expect(try await get("/api/v1/beheer/meldingen", headers: [.authorization: "Bearer \(Self.referrerToken)"]).status == .unauthorized)
        // Without a professionals' token the pages are not there.
        let off = buildApplication(ServerSettings.forTests, try TestIndex.dependencies())
        #expect(try await PageTests.send(off, "/verwijzer?wat=inloop", method: .get, headers: Self.basic(Self.referrerToken)).status == .notFound)
    }

    @Test func theProfessionalViewShowsWhenToReferSlimVerwijzenDatedWaitingTimesAndRecordsOnlyForThem() async throws {
        let token = Self.basic(Self.referrerToken)
        let search = try await get("/verwijzer?wat=inloop&bij=Arnhem", headers: token)
        #expect(search.status == .ok)
        #expect(search.body.contains("<form class=\"zoek met-resultaten\" method=\"get\" action=\"/verwijzer\" role=\"search\">"))
        #expect(search.body.contains("<dt>Wanneer verwijzen</dt><dd>Verwijs hierheen wie zonder afspraak steun zoekt (test, alleen voor verwijzers).</dd>"))
        #expect(search.body.contains("<a href=\"https://example.org/slimverwijzen/de-brug\" rel=\"noopener noreferrer\">"))
        #expect(search.body.contains("<dt>Wachttijd</dt><dd>3 weken tot het eerste gesprek (test) (15 oktober 2026, bron: https://example.org/de-brug/wachttijd)</dd>"))
        #expect(search.body.contains("<h2 id=\"verwijzers\">Alleen voor verwijzers</h2>"))
        #expect(search.body.contains("Consultatielijn inloop voor wijkteams (test)"))
        #expect(search.body.contains("<input type=\"checkbox\" id=\"gelukt\" name=\"gelukt\" value=\"ja\" checked>"))
        let text = try await get("/verwijzer?wat=inloop&bij=Arnhem&formaat=tekst", headers: token)
        #expect(text.body.contains("Wachttijd: 3 weken tot het eerste gesprek (test) (15 oktober 2026, bron: https://example.org/de-brug/wachttijd)"))
        #expect(text.body.contains("Consultatielijn inloop voor wijkteams (test)"))
        let record = try await get("/verwijzer/aanbod/test-professioneel", headers: token)
        #expect(record.status == .ok)
        #expect(record.body.contains("Medewerkers van wijkteams vragen hier advies"))
        #expect(try await get("/verwijzer/aanbod/bestaat-niet", headers: token).status == .notFound)
        #expect(try await get("/verwijzer?wat=\(String(repeating: "%FF", count: 20))", headers: token).status != .internalServerError)
    }

    /// Every route a resident or a public client can read, with the records that carry facts for
    /// professionals: a new resident route belongs in this list.
    static let residentRoutes = [
        "/", "/?wat=inloop&bij=6811", "/?wat=inloop&bij=6811&formaat=tekst", "/?wat=consultatielijn", "/?wat=verwijzers",
        "/?wat=wachttijd", "/aanbod/test-steunpunt-arnhem", "/aanbod/test-steunpunt-arnhem?formaat=tekst",
        "/aanbod/test-steunpunt-arnhem/handout", "/aanbod/test-steunpunt-arnhem/handout?formaat=tekst",
        "/aanbod/test-steunpunt-arnhem/melden", "/aanbod/test-steunpunt-arnhem/bedankt", "/aanbod/test-professioneel",
        "/lijst?ids=test-steunpunt-arnhem,test-professioneel", "/lijst?ids=test-steunpunt-arnhem,test-professioneel&gelukt=ja&formaat=tekst",
        "/gelukt/test-steunpunt-arnhem", "/gelukt/test-professioneel", "/privacy", "/aanbod/nieuw",
        "/api/v1", "/api/v1/services", "/api/v1/services?per_page=100", "/api/v1/services?format=ndjson",
        "/api/v1/services?search=inloop&postcode=6811", "/api/v1/services?search=consultatielijn",
        "/api/v1/services?modified_after=2000-01-01", "/api/v1/services?taxonomy_term_id=domains:psychisch-welzijn",
        "/api/v1/services/test-steunpunt-arnhem", "/api/v1/services/test-professioneel", "/api/v1/organizations",
        "/api/v1/service_at_locations", "/api/v1/service_at_locations?per_page=100", "/api/v1/taxonomy_terms", "/api/v1/taxonomies",
    ]

    @Test func everyResidentRouteLeavesOutWhatOnlyProfessionalsSee() async throws {
        for path in Self.residentRoutes {
            for language in ["", "taal=en", "taal=ar"] where language.isEmpty || !path.hasPrefix("/api/") {
                let uri = language.isEmpty ? path : path + (path.contains("?") ? "&" : "?") + language
                let response = try await get(uri)
                #expect(response.status != .internalServerError, "\(uri)")
                for text in Self.professionalOnly { #expect(!response.body.contains(text), "\(uri) shows \(text)") }
                #expect(!response.body.contains("\"when_to_refer\""), "\(uri)")
                #expect(!response.body.contains("\"id\":\"test-professioneel\"") && !response.body.contains("\"id\": \"test-professioneel\""), "\(uri)")
            }
        }
        // The public list counts only records for everyone, as /services/{id} shows only those.
        let list = try await get("/api/v1/services?per_page=100")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(list.body.utf8)) as? [String: Any])
        let ids = (json["contents"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(ids.contains("test-steunpunt-arnhem") && !ids.contains("test-professioneel"))
        #expect(json["total_items"] as? Int == ids.count)
    }
}
