import Foundation
import Testing

/// The list handout and what only professionals see, through the `kaart` binary (issue 19).
@Suite("List handout and the professional view on the command line", .serialized)
struct ListHandoutCommandLineTests {
    /// Records for the list: one with every practical fact and facts for professionals, one
    /// that knows little, one that stopped, and one only for professionals.
    static let workspace: Workspace = {
        do {
            let workspace = try Workspace()
            try workspace.linkIndexer()
            try workspace.write("ggz-praktijk-arnhem", """
                id: ggz-praktijk-arnhem
                kind: aanbod
                name: Praktijk Somber Arnhem
                description: Behandeling bij sombere gevoelens voor volwassenen in Arnhem.
                summary_b1: Hulp als je je lang somber voelt.
                url: https://www.praktijk.example/
                phones:
                  - number: "026 111 22 33"
                location_type: physical
                municipality: Arnhem
                location_precision: municipality
                schedules:
                  - days: [ma, di]
                    opens: "09:00"
                    closes: "17:00"
                application_process: Neem je verwijsbrief van de huisarts mee.
                domains: [psychisch-welzijn]
                support_types: [behandeling]
                sector: ggz
                when_to_refer: Verwijs bij matige somberheid; niet bij een acute crisis.
                slimverwijzen: https://slimverwijzen.example/praktijk-somber
                waiting_times:
                  - value: 7 weken tot de intake
                    date: 2026-11-01
                    url: https://www.praktijk.example/wachttijd
                sources:
                  - url: https://www.praktijk.example/
                    covers: [url, phones, schedules]
                """)
            try workspace.write("inloop-weinig-bekend", """
                id: inloop-weinig-bekend
                kind: steunpunt
                name: Inloop Somber De Brug
                description: Een inloop voor wie zich somber voelt.
                location_type: physical
                municipality: Arnhem
                location_precision: municipality
                domains: [psychisch-welzijn]
                support_types: [ontmoeting-en-inloop]
                sources:
                  - seed: "002"
                    lines: "333"
                """)
            try workspace.write("inloop-gestopt", """
                id: inloop-gestopt
                kind: steunpunt
                name: Inloop Die Stopte
                status: inactive
                description: Een inloop die gestopt is.
                location_type: physical
                municipality: Arnhem
                location_precision: municipality
                domains: [psychisch-welzijn]
                support_types: [ontmoeting-en-inloop]
                sources:
                  - seed: "002"
                    lines: "334"
                """)
            try workspace.write("consultatie-somber", """
                id: consultatie-somber
                kind: aanbod
                name: Consultatielijn somberheid voor wijkteams
                audience: professionals
                description: Wijkteams vragen hier advies over een inwoner die somber is.
                location_type: virtual
                service_area: [Arnhem]
                domains: [psychisch-welzijn]
                support_types: [informatie-en-advies]
                when_to_refer: Voor wijkteams met een vraag over een cliënt zonder behandeling.
                sources:
                  - seed: "002"
                    lines: "814-820"
                """)
            let result = try runKaart(["index", "--quiet"], in: workspace.root)
            precondition(result.status == 0, "kaart index failed: \(result.stdout) \(result.stderr)")
            return workspace
        } catch {
            fatalError("cannot set up the list-handout workspace: \(error)")
        }
    }()

    func kaart(_ arguments: String...) throws -> CommandResult {
        try runKaart(arguments, in: Self.workspace.root)
    }

    /// Words only professionals may read, from the records above.
    static let professionalWords = ["matige somberheid", "7 weken", "slimverwijzen.example", "Consultatielijn"]

    @Test("kaart handout puts several records on one B1 page: what it is, how to reach it, what to bring, the crisis routes and the list's address")
    func handoutOfSeveralRecords() throws {
        let result = try kaart("handout", "ggz-praktijk-arnhem", "inloop-weinig-bekend")
        #expect(result.status == 0, "\(result.stderr)")
        let out = result.stdout
        #expect(out.hasPrefix("Mijn lijstje\n"))
        #expect(out.contains("1. Praktijk Somber Arnhem"))
        #expect(out.contains("2. Inloop Somber De Brug"))
        #expect(out.contains("Wat is het?"))
        #expect(out.contains("Hulp als je je lang somber voelt."))
        #expect(out.contains("Bellen, mailen of website: Bel 026 111 22 33"))
        #expect(out.contains("Neem je verwijsbrief van de huisarts mee."))
        // The record that knows no hours and nothing about how to begin says so.
        #expect(out.contains("Wanneer: Dat weten we niet. Bel of kijk op de website."))
        #expect(out.contains("Dat weten we niet. Vraag het als je contact opneemt."))
        #expect(out.contains("Bel 113"))
        #expect(out.contains("Scan de code of ga naar http://127.0.0.1:8080/lijst?ids=ggz-praktijk-arnhem,inloop-weinig-bekend"))
        for word in Self.professionalWords { #expect(!out.contains(word), "\(word) is for professionals only") }
    }

    @Test("Unknown, stopped, professional-only, doubled and junk ids never fail the handout: each is said plainly")
    func handoutOfBadIDs() throws {
        let result = try kaart("handout", "ggz-praktijk-arnhem,bestaat-niet", "inloop-gestopt", "consultatie-somber", "ggz-praktijk-arnhem", "<script>")
        #expect(result.status == 0, "\(result.stderr)")
        let out = result.stdout
        #expect(out.contains("2. bestaat-niet: niet meer beschikbaar"))
        #expect(out.contains("3. inloop-gestopt: niet meer beschikbaar"))
        #expect(out.contains("4. consultatie-somber: niet meer beschikbaar"))
        #expect(out.contains("Eén hulp stond er twee keer op. We tonen die één keer."))
        #expect(out.contains("Eén code in de link konden we niet lezen. Die hebben we weggelaten."))
        #expect(!out.contains("<script>"))
        for word in Self.professionalWords { #expect(!out.contains(word), "\(word) is for professionals only") }
    }

    @Test("Fifty ids are cut to the first fifteen with a clear message; no id at all is exit 2")
    func handoutOfTooManyIDs() throws {
        let ids = (1...50).map { "record-\($0)" }
        let result = try runKaart(["handout"] + ids, in: Self.workspace.root)
        #expect(result.status == 0)
        #expect(result.stdout.contains("Op een lijstje passen 15 soorten hulp. Je koos er 50. Hier staan de eerste 15."))
        #expect(result.stdout.contains("15. record-15: niet meer beschikbaar"))
        #expect(!result.stdout.contains("record-16"))
        let none = try kaart("handout", "!!!")
        #expect(none.status == 2)
        #expect(none.stderr.contains("geen id om op het lijstje te zetten"))
    }

    @Test("kaart handout speaks the chosen language, and a professional's handout asks 'is het gelukt?' per offer without their facts")
    func handoutInEnglishAndForProfessionals() throws {
        let english = try kaart("handout", "ggz-praktijk-arnhem", "--lang", "en", "--adres", "https://kaart.example.nl/")
        #expect(english.stdout.hasPrefix("My list\n"))
        #expect(english.stdout.contains("What do you bring or say?"))
        #expect(english.stdout.contains("Scan the code or go to https://kaart.example.nl/lijst?ids=ggz-praktijk-arnhem&taal=en"))
        let professional = try kaart("handout", "ggz-praktijk-arnhem", "--voor", "verwijzer")
        // The address stays whole on a line of its own, to copy or type over.
        #expect(professional.stdout.contains("   Is het gelukt? Laat het weten, zonder je naam:\n   http://127.0.0.1:8080/gelukt/ggz-praktijk-arnhem\n"))
        #expect(professional.stdout.contains("/lijst?ids=ggz-praktijk-arnhem&gelukt=ja"))
        for word in Self.professionalWords { #expect(!professional.stdout.contains(word), "\(word) is not for the resident's handout") }
    }

    @Test("kaart zoek --voor verwijzer shows when to refer, slim verwijzen, dated waiting times and records only for professionals; without it none of them")
    func professionalSearch() throws {
        let resident = try kaart("zoek", "somber", "--bij", "Arnhem")
        #expect(resident.stdout.contains("Praktijk Somber Arnhem"))
        for word in Self.professionalWords { #expect(!resident.stdout.contains(word), "\(word) is for professionals only") }
        let professional = try kaart("zoek", "somber", "--bij", "Arnhem", "--voor", "verwijzer")
        #expect(professional.status == 0)
        #expect(professional.stdout.contains("Wanneer verwijzen: Verwijs bij matige somberheid; niet bij een acute crisis."))
        #expect(professional.stdout.contains("Slim verwijzen (wachttijden): https://slimverwijzen.example/praktijk-somber"))
        #expect(professional.stdout.contains("Wachttijd: 7 weken tot de intake (1 november 2026, bron: https://www.praktijk.example/wachttijd)"))
        #expect(professional.stdout.contains("Alleen voor verwijzers"))
        #expect(professional.stdout.contains("Consultatielijn somberheid voor wijkteams"))
        #expect(professional.stdout.hasSuffix("Is er direct gevaar? Bel 112.\n"))
        let elsewhere = try kaart("zoek", "somber", "--bij", "Stadskanaal", "--voor", "verwijzer")
        #expect(!elsewhere.stdout.contains("Consultatielijn somberheid voor wijkteams"), "it serves Arnhem only")
    }

    @Test("kaart toon shows the facts for professionals only with --voor verwijzer, and never in --handout")
    func professionalShow() throws {
        let resident = try kaart("toon", "ggz-praktijk-arnhem")
        for word in Self.professionalWords { #expect(!resident.stdout.contains(word)) }
        let professional = try kaart("toon", "ggz-praktijk-arnhem", "--voor", "verwijzer")
        #expect(professional.stdout.contains("Voor verwijzers"))
        #expect(professional.stdout.contains("7 weken tot de intake"))
        let handout = try kaart("toon", "ggz-praktijk-arnhem", "--handout", "--voor", "verwijzer")
        for word in Self.professionalWords { #expect(!handout.stdout.contains(word)) }
    }

    @Test("kaart check refuses a waiting time without a date or a source, and slimverwijzen outside ggz, with file, line and field")
    func checkRefusesUndatedWaitingTimes() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.linkIndexer()
        try workspace.write("kapot", """
            id: kapot
            kind: aanbod
            name: Inloop De Linde
            description: Een inloop.
            municipality: Arnhem
            domains: [sociale-contacten]
            support_types: [ontmoeting-en-inloop]
            slimverwijzen: https://slimverwijzen.example/linde
            waiting_times:
              - value: 3 weken
                url: https://www.linde.example/wachttijd
              - value: 4 weken
                date: 2026-10-01
              - value: 5 weken
                date: 2099-01-01
                seed: "002"
                lines: "514"
            sources:
              - seed: "002"
                lines: "655"
            """)
        let result = try runKaart(["check"], in: workspace.root)
        #expect(result.status == 1)
        #expect(result.stdout.contains("Corpus/kapot.yaml:8: error: slimverwijzen: slimverwijzen is the dashboard of ggz waiting times"))
        #expect(result.stdout.contains("Corpus/kapot.yaml:10: error: waiting_times.date: a waiting time without a date misleads"))
        #expect(result.stdout.contains("Corpus/kapot.yaml:12: error: waiting_times.source: a waiting time without a source misleads"))
        #expect(result.stdout.contains("Corpus/kapot.yaml:15: error: waiting_times.date: \"2099-01-01\" is not a date that has passed"))
    }
}
