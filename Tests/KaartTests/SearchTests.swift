import KaartModel
import SearchIndex
import Testing

@Suite("Search")
struct SearchTests {
    let index = SearchFixture.index

    func search(_ parameters: [(name: String, value: String)]) throws -> SearchResults {
        let query = try SearchQuery.parse(parameters, taxonomy: index.taxonomy)
        return try index.search(query, today: testToday)
    }

    func ids(_ hits: [Hit]) -> [String] { hits.map(\.entry.id) }

    @Test("A search under a spent time budget or for a client that has gone stops; one within its budget answers")
    func aSearchStopsWhenItsLimitSaysSo() throws {
        let query = try SearchQuery.parse([("wat", "eenzaam"), ("bij", SearchFixture.origin)], taxonomy: index.taxonomy)
        let spent = WorkLimit(deadline: .now - .seconds(1))
        #expect(throws: CancellationError.self) {
            try WorkLimit.$current.withValue(spent) { try index.search(query, today: testToday) }
        }
        let gone = WorkLimit(deadline: .now + .seconds(60), gone: { true })
        #expect(throws: CancellationError.self) {
            try WorkLimit.$current.withValue(gone) { try index.search(query, today: testToday) }
        }
        let ample = WorkLimit(deadline: .now + .seconds(60), gone: { false })
        let results = try WorkLimit.$current.withValue(ample) { try index.search(query, today: testToday) }
        #expect(!results.local.isEmpty)
    }

    @Test("A record 16 km away is outside a 15 km radius and inside a 20 km one")
    func distanceEdge() throws {
        let within15 = try search([("bij", SearchFixture.origin)])
        #expect(!ids(within15.local).contains("zestien-km"))
        let within20 = try search([("bij", SearchFixture.origin), ("km", "20")])
        let hit = try #require(within20.local.first { $0.entry.id == "zestien-km" })
        #expect(abs(hit.distance!.kilometres - 16.0) < 0.1)
    }

    @Test("Nothing within the radius: the nearest matches further away are offered")
    func nothingNearby() throws {
        let results = try search([("bij", SearchFixture.origin), ("soort", "ontmoeting-en-inloop")])
        #expect(results.local.isEmpty)
        #expect(ids(results.further) == ["zestien-km"])
    }

    @Test("\"Elst\" is ambiguous and the error lists both places")
    func ambiguousPlace() throws {
        #expect {
            try search([("bij", "Elst")])
        } throws: { error in
            guard case QueryError.ambiguousPlace(_, let choices) = error else { return false }
            return choices.contains("Elst (Overbetuwe)") && choices.contains("Elst (Rhenen)")
        }
    }

    @Test("A place narrowed by its municipality, a postcode, a municipality and coordinates all resolve")
    func placeForms() throws {
        #expect(try index.resolveOrigin("Elst (Overbetuwe)")?.municipality == "Overbetuwe")
        #expect(try index.resolveOrigin("Elst, Overbetuwe")?.municipality == "Overbetuwe")
        #expect(try index.resolveOrigin("Elst Ut")?.municipality == "Rhenen")
        #expect(try index.resolveOrigin("6811")?.municipality == "Arnhem")
        #expect(try index.resolveOrigin("6811 AB")?.municipality == "Arnhem")
        #expect(try index.resolveOrigin("6811ab")?.label == "6811 AB Arnhem")
        #expect(try index.resolveOrigin("Overbetuwe")?.label == "gemeente Overbetuwe")
        #expect(try index.resolveOrigin("51.98,5.91")?.municipality == "Arnhem")
    }

    @Test("An unknown place or postcode is a clear error, not an empty result")
    func unknownPlace() throws {
        #expect(throws: QueryError.self) { try search([("bij", "Atlantis")]) }
        #expect(throws: QueryError.self) { try search([("bij", "1000")]) }
        #expect(throws: QueryError.self) { try search([("bij", "40.7,-74.0")]) }
    }

    @Test("Values of one filter are OR; different filters are AND")
    func filterLogic() throws {
        let either = try search([("domein", "sociale-contacten"), ("domein", "zingeving")])
        #expect(Set(ids(either.local)) == ["dichtbij", "rouwgroep", "oud"])
        let both = try search([("domein", "sociale-contacten"), ("domein", "zingeving"), ("doelgroep", "naasten")])
        #expect(ids(both.local) == ["rouwgroep"])
    }

    @Test("An age filter uses the target group's ages")
    func ageFilter() throws {
        #expect(ids(try search([("wat", "somber"), ("leeftijd", "15")]).online) == ["jongeren-online"])
        #expect(try search([("wat", "somber"), ("leeftijd", "40")]).online.isEmpty)
    }

    @Test("Online help that serves the searcher's area has its own section; help for another area does not show")
    func onlineSection() throws {
        let arnhem = try search([("bij", "Arnhem")])
        #expect(ids(arnhem.online) == ["jongeren-online"])
        let stadskanaal = try search([("bij", "Stadskanaal")])
        #expect(Set(ids(stadskanaal.online)) == ["jongeren-online", "regionaal-online"])
    }

    @Test("Near a place whose gemeente no record names, help for the whole country still shows and area-bound help does not")
    func originAreaNobodyServes() throws {
        for parameters in [[("bij", "Maastricht")], [("bij", "Maastricht"), ("wat", "online")], [("bij", "50.85,5.69")]] {
            let results = try search(parameters)
            #expect(ids(results.online) == ["jongeren-online"], "\(parameters)")
        }
    }

    @Test("A gemeente's own service shows only to its residents, even when it is near")
    func areaRestricted() throws {
        #expect(ids(try search([("bij", "Veendam")]).local).contains("wmo-veendam"))
        let stadskanaal = try search([("bij", "Stadskanaal"), ("km", "30")])
        #expect(!ids(stadskanaal.local + stadskanaal.further).contains("wmo-veendam"))
        #expect(ids(stadskanaal.local).contains("schulden-stadskanaal"))
    }

    @Test("Inactive records never show")
    func inactiveHidden() throws {
        let results = try search([("wat", "Gesloten inloop")])
        #expect(!ids(results.local + results.further).contains("gesloten"))
    }

    @Test("A record past the freshness limit is marked and ranks below a fresh one")
    func staleRanksLower() throws {
        let results = try search([("wat", "eenzaam"), ("bij", SearchFixture.origin)])
        #expect(ids(results.local).prefix(2) == ["dichtbij", "oud"])
        #expect(results.local[1].stale)
        #expect(!results.local[0].stale)
    }

    @Test("Dutch search words find their stems, parts and accents", arguments: [
        ("rouw", "rouwgroep"), ("eenzaamheid", "dichtbij"), ("lotgenoten", "dichtbij"),
        ("financiele", "schulden-stadskanaal"), ("schuld", "schulden-stadskanaal"),
        ("steunpunten", "kennis-steunpunt"), ("neerslachtig", "jongeren-online"),
    ])
    func textMatching(word: String, expected: String) throws {
        let results = try search([("wat", word)])
        let all = ids(results.local + results.online + results.knowledge)
        #expect(all.contains(expected), "\(word) → \(all)")
    }

    @Test("When no record has every word, records with some of the words are shown with a notice")
    func anyWordFallback() throws {
        let results = try search([("wat", "rouw schulden")])
        #expect(results.matchedAnyWord)
        #expect(Set(ids(results.local)).isSuperset(of: ["rouwgroep", "schulden-stadskanaal"]))
        #expect(!(try search([("wat", "rouw")])).matchedAnyWord)
    }

    @Test("Hostile search text never errors", arguments: [
        "\"", "*", "NEAR(rouw eenzaam)", "rouw AND OR NOT", "-", "(((", "rouw)", "😀", "'; DROP TABLE entry; --",
        "",
    ])
    func hostileQueries(_ text: String) throws {
        _ = try search([("wat", text)])
    }

    @Test("Ten kilobytes of search text is cut short, not an error")
    func hugeQuery() throws {
        let results = try search([("wat", String(repeating: "rouw eenzaam ", count: 800))])
        #expect(results.analyzed.terms.count <= 2)
    }

    @Test("Pages split the local results")
    func pagination() throws {
        let first = try search([("domein", "sociale-contacten"), ("domein", "zingeving"), ("per_pagina", "2")])
        let second = try search([("domein", "sociale-contacten"), ("domein", "zingeving"), ("per_pagina", "2"), ("pagina", "2")])
        #expect(first.localTotal == 3 && first.pageCount == 2)
        #expect(first.local.count == 2 && second.local.count == 1)
        #expect(Set(ids(first.local + second.local)).count == 3)
    }

    @Test("Bad parameter values are errors that say what to give", arguments: [
        ("km", "-3"), ("km", "abc"), ("pagina", "1e9"), ("leeftijd", "200"), ("domein", "onzin"), ("kind", "x"), ("taal", "nederlands"),
    ])
    func badParameters(name: String, value: String) {
        #expect(throws: QueryError.self) { try SearchQuery.parse([(name, value)], taxonomy: index.taxonomy) }
    }

    @Test("Taxonomy labels are accepted where codes are expected")
    func labelsAccepted() throws {
        let query = try SearchQuery.parse([("domein", "Geld en schulden"), ("doelgroep", "Naasten en mantelzorgers")], taxonomy: index.taxonomy)
        #expect(query.domains == ["geld-en-schulden"])
        #expect(query.targetGroups == ["naasten"])
    }
}
