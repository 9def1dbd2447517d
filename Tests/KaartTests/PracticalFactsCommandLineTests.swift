import Foundation
import Testing

/// Practical facts through the `kaart` binary: what `kaart check` refuses, how dates come from
/// sources, "nu open" on both daylight-saving weekends, where the map ends, and `kaart dekking`.
@Suite("Practical facts on the command line", .serialized)
struct PracticalFactsCommandLineTests {
    /// A workspace with records that carry hours, dated and undated sources, a planned service
    /// and one for professionals; indexed by `kaart index`.
    static let workspace: Workspace = {
        do {
            let workspace = try Workspace()
            try workspace.linkIndexer()
            try workspace.write("inloop-de-haven", """
                id: inloop-de-haven
                kind: steunpunt
                name: Inloop De Haven
                description: Een inloop waar je zonder afspraak binnenloopt voor koffie en een gesprek.
                summary_b1: Je kunt hier zonder afspraak binnenlopen.
                url: https://www.dehaven.example/inloop
                location_type: physical
                address:
                  address_1: Steenstraat 1
                  postal_code: "6811 AB"
                  city: Arnhem
                municipality: Arnhem
                schedules:
                  - days: [ma, di, wo, do, vr]
                    opens: "09:00"
                    closes: "17:00"
                  - days: [zo]
                    opens: "01:00"
                    closes: "04:00"
                    note: Nachtinloop
                domains: [sociale-contacten]
                support_types: [ontmoeting-en-inloop]
                sources:
                  - seed: "002"
                    lines: "333-338"
                  - url: https://www.dehaven.example/contact
                    covers: [url, address, schedules]
                """)
            try workspace.write("schuldhulp-nieuws", """
                id: schuldhulp-nieuws
                kind: aanbod
                name: Schuldhulp De Wissel
                description: Hulp bij schulden voor inwoners van Arnhem.
                location_type: physical
                municipality: Arnhem
                location_precision: municipality
                service_area: [Arnhem]
                phones:
                  - number: "026 765 43 21"
                domains: [geld-en-schulden]
                support_types: [praktische-hulp]
                sources:
                  - seed: "002"
                    lines: "655"
                  - url: https://www.krant.example/nieuws/de-wissel
                    date: 2026-05-12
                    covers: [phones]
                """)
            try workspace.write("consultatie-inloop", """
                id: consultatie-inloop
                kind: aanbod
                name: Consultatie inloop voor wijkteams
                audience: professionals
                description: Wijkteams vragen hier advies over een inloop.
                location_type: physical
                municipality: Arnhem
                location_precision: municipality
                service_area: [Arnhem]
                domains: [sociale-contacten]
                support_types: [informatie-en-advies]
                sources:
                  - seed: "002"
                    lines: "735"
                """)
            try workspace.write("inloop-gepland", """
                id: inloop-gepland
                kind: steunpunt
                name: Inloop Het Nieuwe Plein
                status: planned
                expected_start: 2027-03
                description: Een inloop die het plan wil openen.
                location_type: physical
                municipality: Arnhem
                location_precision: municipality
                service_area: [Arnhem]
                domains: [sociale-contacten]
                support_types: [ontmoeting-en-inloop]
                sources:
                  - seed: "002"
                    lines: "601"
                """)
            try workspace.write("nachtlijn", """
                id: nachtlijn
                kind: online
                name: Nachtlijn inloop aan de telefoon
                description: Een telefoonlijn voor de nacht, als een inloop aan de telefoon.
                url: https://www.nachtlijn.example/
                phones:
                  - number: "0800 123 45 67"
                schedules:
                  - days: [ma, di, wo, do, vr, za, zo]
                    opens: "22:00"
                    closes: "06:00"
                domains: [sociale-contacten]
                support_types: [hulplijn-en-crisis]
                sources:
                  - url: https://www.nachtlijn.example/
                    covers: [url, phones, schedules]
                """)
            let result = try runKaart(["index", "--quiet"], in: workspace.root)
            precondition(result.status == 0, "kaart index failed: \(result.stdout) \(result.stderr)")
            return workspace
        } catch {
            fatalError("cannot set up the practical-facts workspace: \(error)")
        }
    }()

    func kaart(_ arguments: String..., now: String? = nil) throws -> CommandResult {
        try runKaart(arguments, in: Self.workspace.root, environment: now.map { ["KAART_NU": $0] } ?? [:])
    }

    /// The local hits of a search, by name, at a moment.
    func openNow(at moment: String) throws -> String {
        try kaart("zoek", "inloop", "--bij", "Arnhem", "--open", "nu", now: moment).stdout
    }

    @Test("Opening hours follow Dutch time when summer time starts (29 March 2026)")
    func summerTimeStarts() throws {
        // Sunday 01:30 CET, and one hour later 03:30 CEST: both inside 01:00–04:00.
        #expect(try openNow(at: "2026-03-29T00:30:00Z").contains("Inloop De Haven"))
        #expect(try openNow(at: "2026-03-29T01:30:00Z").contains("Inloop De Haven"))
        // 04:30 CEST: closed again.
        #expect(try !openNow(at: "2026-03-29T02:30:00Z").contains("Inloop De Haven"))
        // Monday 09:30 CEST is 07:30 UTC: open; in winter time it would have been 08:30.
        #expect(try openNow(at: "2026-03-30T07:30:00Z").contains("Inloop De Haven"))
        #expect(try !openNow(at: "2026-03-30T06:30:00Z").contains("Inloop De Haven"))
    }

    @Test("Opening hours follow Dutch time when summer time ends (25 October 2026)")
    func summerTimeEnds() throws {
        // Sunday 02:30 CEST, then the clock goes back: 02:30 CET is 01:30 UTC, 03:30 CET is 02:30 UTC.
        #expect(try openNow(at: "2026-10-25T00:30:00Z").contains("Inloop De Haven"))
        #expect(try openNow(at: "2026-10-25T02:30:00Z").contains("Inloop De Haven"))
        #expect(try !openNow(at: "2026-10-25T03:30:00Z").contains("Inloop De Haven"))
        // Monday 08:30 CET is 07:30 UTC: not yet open (in summer time it would have been 09:30).
        #expect(try !openNow(at: "2026-10-26T07:30:00Z").contains("Inloop De Haven"))
        #expect(try openNow(at: "2026-10-26T08:30:00Z").contains("Inloop De Haven"))
    }

    @Test("Hours that run past midnight are open after midnight, and the badge says so")
    func pastMidnight() throws {
        let night = try kaart("zoek", "nachtlijn", now: "2026-11-24T03:00:00Z")
        #expect(night.stdout.contains("Nachtlijn inloop aan de telefoon"))
        #expect(night.stdout.contains("Nu open"))
        let afternoon = try kaart("zoek", "nachtlijn", now: "2026-11-24T14:00:00Z")
        #expect(afternoon.stdout.contains("Vandaag open"))
        let filtered = try kaart("zoek", "nachtlijn", "--open", "nu", now: "2026-11-24T14:00:00Z")
        #expect(!filtered.stdout.contains("Nachtlijn inloop aan de telefoon"))
    }

    @Test("A record resting on an undated own page says 'datum onbekend'; a dated news page gives its date")
    func datesComeFromSources() throws {
        let haven = try kaart("toon", "inloop-de-haven")
        #expect(haven.stdout.contains("Laatst gecontroleerd: datum onbekend"))
        #expect(haven.stdout.contains("Wanneer? ma t/m vr 9.00 tot 17.00 uur; zo 1.00 tot 4.00 uur (Nachtinloop)"))
        #expect(haven.stdout.contains("Bron: plan van de regio Centraal Gelderland (juli 2025); website van Inloop De Haven (datum onbekend)"))
        let full = try kaart("toon", "inloop-de-haven", "--bronnen")
        #expect(full.stdout.contains("- https://www.dehaven.example/contact [datum onbekend; eigen website; url, address, schedules]"))
        let news = try kaart("toon", "schuldhulp-nieuws")
        #expect(news.stdout.contains("Laatst gecontroleerd: mei 2026"))
        #expect(news.stdout.contains("Contact: Bel 026 765 43 21"))
        // A record whose newest source is past the limit, or has no date, is marked.
        let search = try kaart("zoek", "inloop", "--bij", "Arnhem")
        #expect(search.stdout.contains("Laatst gecontroleerd: datum onbekend (mogelijk verouderd)"))
    }

    @Test("Planned services and records for professionals are not in search results; kaart toon says what they are")
    func plannedAndProfessional() throws {
        let search = try kaart("zoek", "inloop", "--bij", "Arnhem")
        #expect(!search.stdout.contains("Inloop Het Nieuwe Plein"))
        #expect(!search.stdout.contains("Consultatie inloop voor wijkteams"))
        let planned = try kaart("toon", "inloop-gepland")
        #expect(planned.stdout.contains("Nog niet beschikbaar: dit is een plan, het is nog niet begonnen. Het begint naar verwachting in maart 2027."))
        let professional = try kaart("toon", "consultatie-inloop")
        #expect(professional.stdout.contains("Alleen voor professionals, niet voor inwoners."))
    }

    @Test("A search from outside the covered regions says so first and offers no groups far away")
    func outsideTheMap() throws {
        let result = try kaart("zoek", "inloop", "--bij", "Maastricht")
        #expect(result.stdout.hasPrefix("De Sociale Kaart gaat nog niet over Maastricht."))
        #expect(!result.stdout.contains("Het dichtstbij, verder weg"))
        #expect(result.stdout.contains("Nachtlijn inloop aan de telefoon"), "help by phone for the whole country still shows")
        let json = try kaart("zoek", "inloop", "--bij", "Maastricht", "--json")
        #expect(json.stdout.contains("\"outside_coverage\""))
    }

    @Test("kaart bevestiglinks writes a mail merge with one signed link per record, and refuses a weak secret")
    func confirmationLinks() throws {
        let secret = ["KAART_BEVESTIG_GEHEIM": "een-geheim-van-minstens-tweeendertig-tekens-lang"]
        let result = try runKaart(
            ["bevestiglinks", "inloop-de-haven", "schuldhulp-nieuws", "--adres", "https://kaart.example/", "--dagen", "30"],
            in: Self.workspace.root, environment: secret)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\r\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0] == "record,naam,organisatie,link,geldig_tot")
        #expect(lines[1].hasPrefix("inloop-de-haven,Inloop De Haven,,https://kaart.example/bevestig/"))
        #expect(lines[1].hasSuffix(",2026-12-24"))
        // All records meant for residents when no ids are given: not the planned one, not the professional one.
        let all = try runKaart(["bevestiglinks"], in: Self.workspace.root, environment: secret)
        #expect(all.stdout.split(separator: "\r\n").count == 4)
        #expect(!all.stdout.contains("consultatie-inloop") && !all.stdout.contains("inloop-gepland"))
        let weak = try runKaart(["bevestiglinks"], in: Self.workspace.root, environment: ["KAART_BEVESTIG_GEHEIM": "kort"])
        #expect(weak.status == 2)
        #expect(weak.stderr.contains("at least 32 characters"))
    }

    @Test("kaart dekking counts the practical holes and reports the goals")
    func coverageReport() throws {
        let report = try kaart("dekking").stdout
        #expect(report.contains("Praktische gaten per gemeente en soort"))
        #expect(report.contains("Records met een contactroute (telefoon, chat, e-mail of website) uit een genoemde bron: 3 van 5 (60 %)"))
        #expect(report.contains("Plekken om heen te gaan op postcode of adres: 1 van 3 (33 %)"))
        #expect(report.contains("Landelijke hulplijnen met een contactroute: 1 van 1"))
        #expect(report.contains("Verschillende datums 'laatst gecontroleerd': 2; records zonder datum: 2"))
        let arnhem = try #require(report.split(separator: "\n").first { $0.hasPrefix("Arnhem") && $0.contains("aanbod") })
        // Two aanbod records serve Arnhem: one without contact (and for professionals), both
        // placed only at the municipality, neither with hours, one resting on the 2025 plan only.
        #expect(arnhem.split(separator: " ", omittingEmptySubsequences: true).map(String.init) == ["Arnhem", "aanbod", "2", "1", "2", "2", "1", "0", "1"])
    }
}

/// What `kaart check` refuses, with file, line and field, in one broken file each.
@Suite("kaart check and the practical-facts rules", .serialized)
struct PracticalFactsCheckTests {
    func check(_ yaml: String) throws -> CommandResult {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.linkIndexer()
        try workspace.write("kapot", yaml)
        return try runKaart(["check"], in: workspace.root)
    }

    /// A valid record with `extra` lines and extra source items.
    func record(_ extra: String, sources: String = "") -> String {
        """
        id: kapot
        kind: aanbod
        name: Inloop De Linde
        description: Een inloop.
        municipality: Arnhem
        domains: [sociale-contacten]
        support_types: [ontmoeting-en-inloop]
        \(extra)
        sources:
          - seed: "002"
            lines: "655"
        \(sources)
        """
    }

    @Test("A typed-in assured_date is refused: the date comes from the sources")
    func assuredDateIsRefused() throws {
        let result = try check(record("assured_date: 2026-11-24"))
        #expect(result.status == 1)
        #expect(result.stdout.contains("Corpus/kapot.yaml:8: error: assured_date: assured_date is worked out from the sources"))
    }

    @Test("A third party's page vouches only with its own date, and stops vouching after 24 months")
    func thirdPartyPagesNeedADate() throws {
        let undated = try check(record("phones:\n  - number: \"026 123 45 67\"", sources: "  - url: https://www.krant.example/x\n    covers: [phones]"))
        #expect(undated.status == 1)
        #expect(undated.stdout.contains("Corpus/kapot.yaml:13: error: sources.date: https://www.krant.example/x is a third party's page"))
        let old = try check(record("phones:\n  - number: \"026 123 45 67\"", sources: "  - url: https://www.krant.example/x\n    date: 2023-05\n    covers: [phones]"))
        #expect(old.status == 0)
        #expect(old.stdout.contains("warning: sources.date: https://www.krant.example/x is a third party's page of 2023-05-01, older than 24 months"))
        let own = try check(record("url: https://www.delinde.example/\nphones:\n  - number: \"026 123 45 67\"", sources: "  - url: https://www.delinde.example/contact\n    covers: [url, phones]"))
        #expect(own.status == 0, "the organisation's own page needs no date: \(own.stdout)")
    }

    @Test("Crisis numbers in any text field are refused with the field and line; the name 113 Zelfmoordpreventie is fine")
    func crisisNumbersInText() throws {
        let result = try check(record("summary_b1: Heb je het zwaar? Bel 0800 0113 of chat op 113.nl.\nwhen_to_refer: Bij gevaar eerst 112."))
        #expect(result.status == 1)
        #expect(result.stdout.contains("Corpus/kapot.yaml:8: error: summary_b1: the crisis number 0800-0113 is in the text"))
        #expect(result.stdout.contains("Corpus/kapot.yaml:8: error: summary_b1: the crisis number 113 is in the text"))
        #expect(result.stdout.contains("Corpus/kapot.yaml:9: error: when_to_refer: the crisis number 112 is in the text"))
        let fine = try check(record("summary_b1: Werkt samen met 113 Zelfmoordpreventie. Bel ons op 026 1130 000."))
        #expect(fine.status == 0, "\(fine.stdout)")
    }

    @Test("A cost claim needs a source that covers it")
    func costClaimsNeedASource() throws {
        let result = try check(record("free: true"))
        #expect(result.status == 1)
        #expect(result.stdout.contains("Corpus/kapot.yaml:8: error: free: no source vouches for this; add `covers: [free]`"))
    }

    @Test("Opening hours with an unknown day, a bad time or one side missing are errors on their line")
    func badSchedules() throws {
        let result = try check(record("""
            schedules:
              - days: [ma, maandagochtend]
                opens: "10:00"
                closes: "16:00"
              - days: [di]
                opens: "25:00"
                closes: "16:00"
              - days: [wo]
                opens: "10:00"
            """, sources: "  - url: https://www.delinde.example/\n    own: true\n    covers: [schedules]"))
        #expect(result.status == 1)
        #expect(result.stdout.contains("Corpus/kapot.yaml:9: error: schedules.days: \"maandagochtend\" is not a day"))
        #expect(result.stdout.contains("Corpus/kapot.yaml:13: error: schedules.opens: \"25:00\" is not a time"))
        #expect(result.stdout.contains("Corpus/kapot.yaml:15: error: schedules: give both opens and closes, or neither"))
    }

    @Test("expected_start belongs to a planned service, and audience has two values")
    func plannedAndAudience() throws {
        let result = try check(record("expected_start: 2027-01\naudience: bewoners"))
        #expect(result.stdout.contains("Corpus/kapot.yaml:8: error: expected_start: expected_start belongs to a planned service"))
        #expect(result.stdout.contains("Corpus/kapot.yaml:9: error: audience: \"bewoners\" is not an audience; use everyone or professionals"))
        let planned = try check(record("status: planned\nexpected_start: 2027-01"))
        #expect(planned.status == 0, "\(planned.stdout)")
    }
}
