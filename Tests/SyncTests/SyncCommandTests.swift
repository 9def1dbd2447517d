import Foundation
import Hummingbird
import Testing

/// `kaart sync` through the front door: the built binary against another map on loopback.
@Suite(.serialized) struct SyncCommandTests {
    @Test func aPagedSyncAddsTheSourcesRecordsWithTheSourcesOwnDatesAndAnUnchangedRunRebuildsNothing() async throws {
        let map = try await OtherMap((1...25).map { hsdsService("s\($0)") })
        let workspace = try SyncWorkspace()
        defer { workspace.remove() }
        try workspace.source("buurkaart", url: map.url, "per_page: 10")

        let first = try await workspace.sync()
        #expect(first.status == 0, "\(first.output)")
        #expect(first.stdout.contains("buurkaart: 25 records; +25 new"))
        #expect(first.stdout.contains("Index rebuilt: 25 records"))
        #expect(map.requests.current.count == 3, "ndjson asked with page 1, which the server sent as a page; then pages 2 and 3: \(map.requests.current)")
        #expect(map.requests.current.last == "page=3&per_page=10&full=true")
        let shown = try await workspace.show("hsds-buurkaart-s7")
        #expect(shown.status == 0)
        #expect(shown.stdout.contains("Laatst gecontroleerd: oktober 2026"), "the source's assured_date, not the day of the sync")
        #expect(shown.stdout.contains("bijgewerkt uit bron buurkaart op 24 november 2026"))
        #expect(shown.stdout.contains("026 123 4567"))

        let built = try #require(modificationDate(workspace.indexFile))
        let second = try await workspace.sync()
        #expect(second.status == 0)
        #expect(second.stdout.contains("unchanged"))
        #expect(second.stdout.contains("Nothing changed: the index was not rebuilt."))
        #expect(modificationDate(workspace.indexFile) == built)
        #expect(workspace.runCount("buurkaart") == 2)

        let coverage = try await workspace.kaart(["dekking"] + workspace.pathArguments)
        #expect(coverage.status == 0, "\(coverage.output)")
        #expect(coverage.stdout.contains("Bronnen die kaart sync bijhoudt: 1"))
        #expect(coverage.stdout.contains("buurkaart (hsds-api, \(map.url))"))
        #expect(coverage.stdout.contains("records: 25 · veranderd in de laatste run: 25 · langer dan 12 maanden niet gecontroleerd: 0"))
        await map.stop()
    }

    @Test func aChangedAddedAndVanishedRecordShowAsADiffAndTheVanishedOneRetiresAfterNRunsAndComesBack() async throws {
        let map = try await OtherMap((1...10).map { hsdsService("s\($0)") })
        let workspace = try SyncWorkspace()
        defer { workspace.remove() }
        try workspace.source("buurkaart", url: map.url, "retire_after: 2\nmax_retired_share: 50%\nfull_every: 0")
        #expect(try await workspace.sync().status == 0)

        map.services.update { list in
            list[2] = hsdsService("s3", phone: "026 999 0000", assured: "2026-11-01")
            list.removeLast()
            list.append(hsdsService("s11", name: "Nieuwe inloop"))
        }
        let preview = try await workspace.sync(["--dry-run"])
        #expect(preview.stdout.contains("+1 new, ~1 changed, -1 gone"))
        #expect(preview.stdout.contains("dry run, nothing kept"))
        let changed = try await workspace.sync()
        #expect(changed.status == 0, "\(changed.output)")
        #expect(changed.stdout.contains("+ hsds-buurkaart-s11  Nieuwe inloop"))
        #expect(changed.stdout.contains("~ hsds-buurkaart-s3"))
        #expect(changed.stdout.contains("phones: 026 123 4567 → 026 999 0000"))
        #expect(changed.stdout.contains("assured_date: 2026-10-01 → 2026-11-01"))
        #expect(changed.stdout.contains("- hsds-buurkaart-s10"))
        let kept = try await workspace.show("hsds-buurkaart-s10")
        #expect(!kept.stdout.contains("bestaat niet meer"), "one run without it is not enough to retire it")

        let retiring = try await workspace.sync()
        #expect(retiring.stdout.contains("× hsds-buurkaart-s10"), "\(retiring.output)")
        let retired = try await workspace.show("hsds-buurkaart-s10")
        #expect(retired.stdout.contains("Dit aanbod bestaat niet meer of is gestopt."))
        #expect(retired.stdout.contains("niet meer bij bron buurkaart sinds 24 november 2026"))

        map.services.update { $0.append(hsdsService("s10")) }
        let back = try await workspace.sync()
        #expect(back.stdout.contains("↩ hsds-buurkaart-s10"), "\(back.output)")
        #expect(!(try await workspace.show("hsds-buurkaart-s10")).stdout.contains("bestaat niet meer"))
        await map.stop()
    }

    @Test func anNdjsonStreamIsReadLineByLineAndADryRunLeavesNothingBehind() async throws {
        let map = try await OtherMap((1...30).map { hsdsService("n\($0)") }, streams: true)
        let workspace = try SyncWorkspace()
        defer { workspace.remove() }
        try workspace.source("stroom", url: map.url)
        let preview = try await workspace.sync(["--dry-run"])
        #expect(preview.status == 0, "\(preview.output)")
        #expect(preview.stdout.contains("stroom: 30 records; +30 new"))
        #expect(workspace.state("stroom") == nil)
        #expect(!FileManager.default.fileExists(atPath: workspace.indexFile.path))
        #expect(map.requests.current == ["format=ndjson&full=true&page=1&per_page=100"])

        let applied = try await workspace.sync()
        #expect(applied.stdout.contains("full (ndjson)"), "\(applied.output)")
        #expect(try await workspace.show("hsds-stroom-n30").status == 0)
        await map.stop()
    }

    @Test func afterAFullRunOnlyChangesAreAskedForAndTheirAbsenceRetiresNothing() async throws {
        let map = try await OtherMap((1...5).map { hsdsService("m\($0)", modified: "2026-10-01") })
        let workspace = try SyncWorkspace()
        defer { workspace.remove() }
        try workspace.source("wijzig", url: map.url, "full_every: 7d\nndjson: false")
        #expect(try await workspace.sync().status == 0)
        // Changed after the first run (whatever today's clock says): the only one asked for.
        map.services.update { $0[0] = hsdsService("m1", phone: "026 555 0000", modified: "2099-01-01") }
        map.services.update { $0.removeLast() }
        let second = try await workspace.sync()
        #expect(second.stdout.contains("5 records; +0 new, ~1 changed, -0 gone"), "absence says nothing when only changes were asked for: \(second.output)")
        #expect(second.stdout.contains("changes since"))
        #expect(map.requests.current.last?.contains("modified_after=") == true)
        let full = try await workspace.sync(["--full"])
        #expect(full.stdout.contains("full (pages)"))
        #expect(full.stdout.contains("-1 gone"), "a full run notices the deletion: \(full.output)")
        #expect(!(map.requests.current.last ?? "").contains("modified_after"))
        await map.stop()
    }

    @Test func aFileAtAnAddressIsSyncedAsHSDSJSONOrAsCSVWithItsMapping() async throws {
        let csv = Box("ID;Naam;Omschrijving;Telefoon;Postcode;Plaats;Categorie;Laatst gecontroleerd\n1;Schuldhulp Oost;Hulp bij geldzorgen.;026 111 2222;6811 AB;Arnhem;Schuldhulpverlening;01-10-2026\n")
        let json = Box([hsdsService("f1"), hsdsService("f2")])
        let server = try await LoopbackServer { router in
            router.get("/export.csv") { _, _ in Response.text(csv.current, type: "text/csv") }
            router.get("/export.json") { _, _ in Response.json(json.current) }
        }
        let workspace = try SyncWorkspace()
        defer { workspace.remove() }
        try workspace.source("bestand", format: "hsds", url: "\(server.base)/export.json")
        let hsds = try await workspace.sync()
        #expect(hsds.stdout.contains("bestand: 2 records; +2 new"), "\(hsds.output)")

        try """
        sources:
          - name: spreadsheet
            format: csv
            url: \(server.base)/export.csv
            mapping: \(repositoryRoot.appendingPathComponent("Indexer/sources/voorbeeld-gemeente.yaml").path)
            retries: 0
        """.write(to: workspace.sourcesFile, atomically: true, encoding: .utf8)
        let spreadsheet = try await workspace.sync()
        #expect(spreadsheet.stdout.contains("spreadsheet: 1 records; +1 new"), "\(spreadsheet.output)")
        await server.stop()
    }

    @Test func aSecretFromTheEnvironmentReachesTheServerAndNeverTheOutputOrTheRunLog() async throws {
        let map = try await OtherMap([hsdsService("g1")])
        let workspace = try SyncWorkspace()
        defer { workspace.remove() }
        try workspace.source("geheim", url: map.url, "credentials: {env: KAART_TEST_SECRET}")
        let secret = "s3cr3t-\(UUID().uuidString)"
        let result = try await workspace.sync(environment: ["KAART_TEST_SECRET": secret])
        #expect(result.status == 0, "\(result.output)")
        #expect(map.authorizations.current.allSatisfy { $0 == "Bearer \(secret)" })
        let log = String(decoding: FileManager.default.contents(atPath: workspace.folder("geheim").appendingPathComponent("runs.ndjson").path) ?? Data(), as: UTF8.self)
        #expect(!result.output.contains(secret) && !log.contains(secret))

        let missing = try await workspace.sync()
        #expect(missing.status == 1)
        #expect(missing.stdout.contains("KAART_TEST_SECRET"))

        try workspace.source("geheim", url: map.url, "credentials: {env: X, token: abc}")
        let refused = try await workspace.sync()
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("puts a secret in sources.yaml"))
        await map.stop()
    }

    @Test func aRunThatWouldRetireMoreThanTheShareIsHeldBackUntilAccepted() async throws {
        let map = try await OtherMap((1...10).map { hsdsService("r\($0)") })
        let workspace = try SyncWorkspace()
        defer { workspace.remove() }
        try workspace.source("bewaakt", url: map.url, "retire_after: 1\nfull_every: 0")
        #expect(try await workspace.sync().status == 0)
        let before = workspace.state("bewaakt")
        map.services.update { $0.removeLast(3) }
        let held = try await workspace.sync()
        #expect(held.status == 1)
        #expect(held.stdout.contains("bewaakt: HELD BACK: this run would take 3 of 10 records of bewaakt off the map at once (30 %"), "\(held.output)")
        #expect(held.stdout.contains("kaart sync bewaakt --accept"))
        #expect(workspace.state("bewaakt") == before)
        #expect(workspace.lastRun("bewaakt")?["outcome"] as? String == "held")
        let accepted = try await workspace.sync(["--accept"])
        #expect(accepted.status == 0, "\(accepted.output)")
        #expect(try await workspace.show("hsds-bewaakt-r10").stdout.contains("niet meer bij bron bewaakt"))
        await map.stop()
    }
}
