import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import Testing

/// How a search reads what people type (issue 16), on the page, its text twin and the API.
@Suite struct ReadingWebTests {
    let app: any ApplicationProtocol

    init() throws {
        app = buildApplication(TestIndex.settings, try TestIndex.dependencies())
    }

    func get(_ uri: String) async throws -> (status: HTTPResponse.Status, body: String) {
        let response = try await PageTests.send(app, uri, method: .get)
        return (response.status, response.body)
    }

    func understood(_ uri: String) async throws -> [String: Any] {
        let response = try await get(uri)
        #expect(response.status == .ok)
        let page = try #require(JSONSerialization.jsonObject(with: Data(response.body.utf8)) as? [String: Any])
        return try #require(page["understood"] as? [String: Any])
    }

    @Test func aTypoOnThePageSaysWhatWasSearchedWithALinkToSearchAsTyped() async throws {
        let page = try await get("/?wat=eenzaamhied&bij=Arnhem")
        #expect(page.status == .ok)
        #expect(page.body.contains("Gezocht op eenzaamheid in plaats van eenzaamhied."))
        #expect(page.body.contains("<a href=\"/?wat=eenzaamhied&amp;bij=Arnhem&amp;negeer=spelling\">Zoek toch op eenzaamhied</a>"))
        #expect(page.body.contains("Wat kun je doen als je je eenzaam voelt? (test)"))
    }

    @Test func aPlaceInTheWordsIsOnePlainLineWithALinkToSearchWithoutIt() async throws {
        let page = try await get("/?wat=koffie+Arnhem")
        #expect(page.body.contains("In de buurt van Arnhem"))
        #expect(page.body.contains("<p class=\"gelezen\">Gezocht op: koffie · rond Arnhem (<a href=\"/?wat=koffie%20Arnhem&amp;negeer=plaats\">zonder deze plaats</a>)</p>"))
        #expect(page.body.contains("Koffie-inloop Het Anker (test)"))
    }

    @Test func theEnglishPagesOwnExampleWordsFindHelp() async throws {
        let page = try await get("/?taal=en&wat=lonely&bij=Arnhem")
        #expect(page.status == .ok)
        #expect(page.body.contains("Searched for: loneliness"))
        #expect(page.body.contains("What can you do when you feel lonely") || page.body.contains("Wat kun je doen als je je eenzaam voelt? (test)"))
    }

    @Test func aMistypedPlaceIsOfferedAsThePlace() async throws {
        let page = try await get("/?wat=koffie+arnhm")
        #expect(page.body.contains("<a href=\"/?wat=koffie%20arnhm&amp;bij=Arnhem\">Bedoelde je de plaats Arnhem?</a>"))
    }

    @Test func theAPISaysHowTheWordsWereRead() async throws {
        let age = try await understood("/api/v1/services?search=mijn%20dochter%20van%2015%20is%20somber")
        #expect(age["age"] as? Int == 15)
        #expect(age["target_groups"] as? [String] == ["jongeren"])
        #expect((age["needs"] as? [[String: Any]])?.first?["concept"] as? String == "somberheid")
        let typo = try await understood("/api/v1/services?search=eenzaamhied")
        let corrections = try #require(typo["corrections"] as? [[String: Any]])
        #expect(corrections.first?["suggested"] as? String == "eenzaamheid" && corrections.first?["replaced"] as? Bool == true)
        let place = try await understood("/api/v1/services?search=schulden%20Wageningen")
        #expect(place["place"] as? String == "wageningen")
        let literal = try await understood("/api/v1/services?search=schulden%20Wageningen&negeer=plaats")
        #expect(literal["place"] == nil)
    }

    @Test func aBadNegeerValueIsA400ThatSaysWhatToGive() async throws {
        let response = try await get("/api/v1/services?search=rouw&negeer=alles,iets")
        #expect(response.status == .badRequest)
        #expect(response.body.contains("spelling, plaats, leeftijd, doelgroep, begrippen, alles"))
    }

    @Test("Bad input answers 200 with a request for a few words, never a 500", arguments: [
        "hoe%20kan%20ik", "12345", "%F0%9F%98%80%F0%9F%98%80", "%D9%88%D8%AD%D8%AF%D8%A9%20%D0%B0%20eenzaam%20%E2%85%AB", "Arnhem",
        "ik%20voel%20me%20somber%20en%20eenzaam%20en%20heb%20schulden%20en%20ruzie%20thuis%20en%20ik%20slaap%20slecht%20en%20pieker%20veel",
    ])
    func badInput(_ words: String) async throws {
        let api = try await get("/api/v1/services?search=\(words)")
        #expect(api.status == .ok)
        let page = try await get("/?wat=\(words)")
        #expect(page.status == .ok)
        let text = try await get("/?wat=\(words)&formaat=tekst")
        #expect(text.status == .ok && text.body.contains("113"))
    }

    @Test func tenKilobytesOfWordsAreRefusedOrCutShortNeverA500() async throws {
        let words = String(repeating: "ab%20", count: 2_048)
        for uri in ["/api/v1/services?search=\(words)", "/?wat=\(words)", "/?wat=\(words)&formaat=tekst"] {
            let response = try await get(uri)
            #expect(response.status == .ok || response.status == .uriTooLong, "\(uri.prefix(40)): \(response.status)")
        }
    }

    @Test func wordsThatNameNothingAskForAFewWordsOnThePageAndInTheAPI() async throws {
        let page = try await get("/?wat=hoe+kan+ik&formaat=tekst")
        #expect(page.body.contains("Zeg in een paar woorden wat je zoekt."))
        let api = try await understood("/api/v1/services?search=hoe%20kan%20ik")
        #expect(api["hint"] as? String == "Zeg in een paar woorden wat je zoekt. Bijvoorbeeld: eenzaam, schulden of rouw.")
    }
}
