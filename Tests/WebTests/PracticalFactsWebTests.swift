import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import KaartModel
import Server
import Testing

/// Practical facts as residents meet them on the page, the text twin and the API: contact routes,
/// "nu open", where the map ends, and records that are planned or only for professionals. The
/// clock is the fixtures' own: Tuesday 24 November 2026, 12:00 in Amsterdam.
@Suite struct PracticalFactsWebTests {
    let app: any ApplicationProtocol

    init() throws {
        app = buildApplication(ServerSettings.forTests, try TestIndex.dependencies())
    }

    func get(_ uri: String) async throws -> (status: HTTPResponse.Status, body: String) {
        let response = try await PageTests.send(app, uri, method: .get)
        return (response.status, response.body)
    }

    @Test func aPlaceOpenAtTheMomentOfTheSearchCarriesANuOpenBadgeOnThePageAndInTheAPI() async throws {
        let page = try await get("/?wat=inloop&bij=Arnhem")
        #expect(page.body.contains("Koffie-inloop Het Anker (test)"))
        #expect(page.body.contains("<p class=\"open-nu\">Nu open</p>"))
        let api = try await get("/api/v1/services?search=koffie&bij=Arnhem")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(api.body.utf8)) as? [String: Any])
        let contents = try #require(json["contents"] as? [[String: Any]])
        let anker = try #require(contents.first { $0["id"] as? String == "test-open-inloop" })
        let ours = try #require(anker["x_sociale_kaart"] as? [String: Any])
        #expect(ours["opening"] as? String == "nu")
        #expect(ours["chat"] as? String == "https://example.org/het-anker/chat")
        let schedule = try #require((anker["schedules"] as? [[String: Any]])?.first)
        #expect(schedule["byday"] as? String == "TU")
        #expect(schedule["opens_at"] as? String == "10:00")
        #expect(schedule["closes_at"] as? String == "16:00")
    }

    @Test func theOpenFilterKeepsOnlyHelpOpenNowAndLeavesOutHelpWithoutOpeningHours() async throws {
        let all = try await get("/?wat=inloop&bij=Arnhem")
        #expect(all.body.contains("Inloop De Brug (test)"))
        let open = try await get("/?wat=inloop&bij=Arnhem&open=nu")
        #expect(open.body.contains("Koffie-inloop Het Anker (test)"))
        #expect(!open.body.contains("Inloop De Brug (test)"), "no opening hours: not known to be open")
        #expect(open.body.contains("<option value=\"nu\" selected>Nu open</option>"))
        let bad = try await get("/?wat=inloop&open=straks")
        #expect(bad.status == .badRequest)
        #expect(bad.body.contains("nu of vandaag"))
    }

    @Test func theRecordPageListsEachContactRouteByNameWithTheHoursInWordsAndTheBadge() async throws {
        let page = try await get("/aanbod/test-open-inloop")
        #expect(page.body.contains("Chat <a href=\"https://example.org/het-anker/chat\""))
        #expect(page.body.contains("Website <a href=\"https://example.org/het-anker\""))
        #expect(page.body.contains("<dt>Wanneer?</dt><dd>di 10.00 tot 16.00 uur</dd>"))
        #expect(page.body.contains("<p class=\"open\">Nu open</p>"))
        #expect(page.body.contains("Bron: website van Koffie-inloop Het Anker (test) (september 2026)"))
    }

    @Test func aSearchFromOutsideTheRegionsSaysSoFirstAndOffersNoPlacesFarAway() async throws {
        let page = try await get("/?wat=inloop&bij=Maastricht")
        let notice = try #require(page.body.range(of: "De Sociale Kaart gaat nog niet over Maastricht."))
        let results = try #require(page.body.range(of: "In de buurt van Maastricht"))
        #expect(notice.lowerBound < results.lowerBound, "the notice comes first")
        #expect(!page.body.contains("Het dichtstbij, verder weg"))
        #expect(page.body.contains("Centraal Gelderland, Groningen en Zuid-Holland Eilanden en BAR"))
        let text = try await get("/?wat=inloop&bij=Maastricht&formaat=tekst")
        #expect(text.body.hasPrefix("De Sociale Kaart gaat nog niet over Maastricht."))
        let api = try await get("/api/v1/services?search=inloop&bij=Maastricht")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(api.body.utf8)) as? [String: Any])
        let outside = try #require(json["outside_coverage"] as? [String: Any])
        #expect((outside["regions"] as? [String])?.count == 3)
        #expect((json["further"] as? [Any])?.isEmpty == true)
        // Inside the map nothing is said.
        let inside = try await get("/?wat=inloop&bij=Arnhem")
        #expect(!inside.body.contains("gaat nog niet over"))
    }

    @Test func everyPageFooterNamesTheRegionsTheMapCovers() async throws {
        let page = try await get("/")
        #expect(page.body.contains("<footer><p>Deze kaart gaat over Centraal Gelderland, Groningen en Zuid-Holland Eilanden en BAR, en over hulp die je in heel Nederland online of telefonisch krijgt.</p>"))
    }

    @Test func recordsForProfessionalsAreNeverInResidentsOutput() async throws {
        let page = try await get("/?wat=consultatielijn")
        #expect(!page.body.contains("Consultatielijn inloop voor wijkteams"))
        let api = try await get("/api/v1/services?search=consultatielijn")
        #expect(!api.body.contains("test-professioneel"))
        for path in ["/aanbod/test-professioneel", "/aanbod/test-professioneel/handout", "/aanbod/test-professioneel/melden", "/api/v1/services/test-professioneel", "/aanbod/test-professioneel?formaat=tekst"] {
            let response = try await get(path)
            #expect(response.status == .notFound, "\(path)")
            #expect(!response.body.contains("Medewerkers van wijkteams vragen hier advies"), "\(path)")
        }
    }

    @Test func aPlannedServiceIsNotInResultsAndItsPageSaysItHasNotStarted() async throws {
        let results = try await get("/?wat=inloop&bij=Arnhem")
        #expect(!results.body.contains("Nieuwe inloop De Brug-Zuid"))
        let page = try await get("/aanbod/test-gepland")
        #expect(page.status == .ok)
        #expect(page.body.contains("Nog niet beschikbaar: dit is een plan, het is nog niet begonnen. Het begint naar verwachting in maart 2027."))
        let api = try await get("/api/v1/services/test-gepland")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(api.body.utf8)) as? [String: Any])
        #expect(json["status"] as? String == "inactive")
        let ours = try #require(json["x_sociale_kaart"] as? [String: Any])
        #expect(ours["planned"] as? Bool == true)
        #expect(ours["expected_start"] as? String == "2027-03-01")
    }

    @Test func theAPIGivesSourcesWithTheirDatesButNotMaintainersNotes() async throws {
        let api = try await get("/api/v1/services/test-steunpunt-arnhem")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(api.body.utf8)) as? [String: Any])
        let source = try #require(((json["x_sociale_kaart"] as? [String: Any])?["sources"] as? [[String: Any]])?.first)
        #expect(source["date"] as? String == "2026-10-01")
        #expect(source["note"] == nil)
    }
}
