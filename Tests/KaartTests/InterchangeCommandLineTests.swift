import Foundation
import Testing

/// `kaart import`, `kaart duplicates` and `kaart export` as a maintainer runs them.
@Suite("Interchange on the command line", .serialized)
struct InterchangeCommandLineTests {
    /// A repository-like folder: Indexer/ (the real one, with its own sources list and an empty
    /// decisions file), Corpus/ with the records of the duplicate tests, and the fixtures.
    static func workspace() throws -> Workspace {
        let workspace = try SourcesAndDuplicatesTests.workspace()
        let indexer = workspace.root.appendingPathComponent("Indexer")
        try FileManager.default.createDirectory(at: indexer, withIntermediateDirectories: true)
        let real = repositoryRoot.appendingPathComponent("Indexer")
        for name in try FileManager.default.contentsOfDirectory(atPath: real.path) where !["sources.yaml", "duplicates.yaml"].contains(name) {
            try FileManager.default.createSymbolicLink(at: indexer.appendingPathComponent(name), withDestinationURL: real.appendingPathComponent(name))
        }
        try FileManager.default.moveItem(at: workspace.sourcesFile, to: indexer.appendingPathComponent("sources.yaml"))
        return workspace
    }

    @Test("kaart import csv reports rows with row and column, lists the records and says how to add the source; exit 1 for errors")
    func importCSV() throws {
        let workspace = try Self.workspace()
        defer { workspace.remove() }
        let export = fixtures.appendingPathComponent("csv/sociale-kaart-voorbeeld.csv").path
        let result = try runKaart(["import", "csv", export, "--mapping", "Indexer/sources/voorbeeld-gemeente.yaml", "--source", "voorbeeld"], in: workspace.root)
        #expect(result.status == 1)
        #expect(result.stdout.contains("sociale-kaart-voorbeeld.csv:4:2: error: Naam: this record has no name"))
        #expect(result.stdout.contains("Read 8 rows from \(export): 4 records, 4 errors, 3 warnings"))
        #expect(result.stdout.contains("  csv-voorbeeld-sk-105  Chat Luisterend Oor (online)"))
        #expect(result.stdout.contains("  - name: voorbeeld\n    format: csv\n    path: \(export)\n    mapping: Indexer/sources/voorbeeld-gemeente.yaml"))
    }

    @Test("kaart import hsds --index builds an index of the import alone, which kaart search then reads")
    func importHSDSIntoItsOwnIndex() throws {
        let workspace = try Self.workspace()
        defer { workspace.remove() }
        let example = fixtures.appendingPathComponent("hsds/service_full.json").path
        let result = try runKaart(["import", "hsds", example, "--source", "openreferral", "--index", "var/alleen.sqlite"], in: workspace.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Taxonomy terms not mapped (add rules to Indexer/hsds-taxonomy.yaml):\n  taxonomy: code name ×1"))
        #expect(result.stdout.contains("HSDS fields in the file that we do not read (docs/interchange.md says why):"))
        #expect(result.stdout.contains("Index with only this import written to"))
        let search = try runKaart(["zoek", "counselling", "--index", "var/alleen.sqlite"], in: workspace.root)
        #expect(search.stdout.contains("Community Counselling"))
    }

    @Test("kaart index, kaart duplicates, merge and distinct: decisions are written, applied on the next index, and the old id still shows the record")
    func duplicatesWorkflow() throws {
        let workspace = try Self.workspace()
        defer { workspace.remove() }
        let index = try runKaart(["index"], in: workspace.root)
        #expect(index.stdout.contains("Per source:\n  corpus (corpus): 3 of 3, 0 errors\n  voorbeeld (csv): 4 of 8, 4 errors\n  openreferral (hsds): 1 of 1, 0 errors\n"))
        #expect(index.stdout.contains("Records: 7 of 12 files, rows and services read"))
        #expect(index.stdout.contains("Duplicates: 1 records merged into 1 (1 automatically); 1 candidate pairs wait for a decision (kaart duplicates)"))

        let list = try runKaart(["duplicates"], in: workspace.root)
        #expect(list.status == 0)
        #expect(list.stdout.contains("Merged automatically"))
        #expect(list.stdout.contains("  inloophuis-de-linde \"Inloophuis De Linde\" (corpus)\n    ⇐ csv-voorbeeld-sk-101 \"Inloophuis De Linde\" (voorbeeld): names 100% alike; same phone 026 123 45 67"))
        #expect(list.stdout.contains("Candidates waiting for a decision: 1"))
        #expect(list.stdout.contains("kaart duplicates merge ommuurde-tuin csv-voorbeeld-sk-104"))

        let typo = try runKaart(["duplicates", "merge", "ommuurde-tuin", "csv-voorbeeld-sk-14"], in: workspace.root)
        #expect(typo.status == 2)
        #expect(typo.stderr.contains("no source has a record csv-voorbeeld-sk-14"))

        let merge = try runKaart(["duplicates", "merge", "ommuurde-tuin", "csv-voorbeeld-sk-104", "--note", "zelfde tuin"], in: workspace.root)
        #expect(merge.status == 0, "\(merge.stderr)")
        let distinct = try runKaart(["duplicates", "distinct", "inloophuis-de-linde", "csv-voorbeeld-sk-101"], in: workspace.root)
        #expect(distinct.status == 0, "\(distinct.stderr)")
        let decisions = try String(contentsOf: workspace.root.appendingPathComponent("Indexer/duplicates.yaml"), encoding: .utf8)
        #expect(decisions.contains("merge:\n  - ids: [\"ommuurde-tuin\", \"csv-voorbeeld-sk-104\"]\n    note: \"zelfde tuin\"\n    decided: 2026-11-24"))
        #expect(decisions.contains("distinct:\n  - ids: [\"inloophuis-de-linde\", \"csv-voorbeeld-sk-101\"]\n    decided: 2026-11-24"))

        let again = try runKaart(["index"], in: workspace.root)
        #expect(again.stdout.contains("Duplicates: 1 records merged into 1 (0 automatically); 0 candidate pairs wait"))
        let show = try runKaart(["toon", "csv-voorbeeld-sk-104", "--bronnen"], in: workspace.root)
        #expect(show.stdout.hasPrefix("Moestuin Ommuurde Tuin [aanbod]"))
        #expect(show.stdout.contains("sociale-kaart-voorbeeld.csv, record SK-104"))
    }

    @Test("kaart export hsds writes a file, says how many services, and --modified-after keeps only recent changes")
    func exportCommand() throws {
        let workspace = try Self.workspace()
        defer { workspace.remove() }
        _ = try runKaart(["index", "--quiet"], in: workspace.root)
        let all = try runKaart(["export", "hsds", "--output", "alles.json"], in: workspace.root)
        #expect(all.status == 0)
        #expect(all.stderr == "Exported 7 services to alles.json\n")
        let recent = try runKaart(["export", "hsds", "--modified-after", "2026-11-01"], in: workspace.root)
        #expect(recent.stderr == "Exported 2 services changed after 2026-11-01\n")
        let services = try JSONSerialization.jsonObject(with: Data(recent.stdout.utf8)) as? [[String: Any]]
        #expect(services?.map { $0["name"] as? String } == ["Chat Luisterend Oor", "Inloophuis De Linde"])
        let bad = try runKaart(["export", "hsds", "--modified-after", "gisteren"], in: workspace.root)
        #expect(bad.status == 2)
    }
}
