import Foundation
import Indexing
import KaartModel
import Presentation
import SearchIndex
import Testing

/// One index from the corpus and every listed source, with duplicates across them merged.
@Suite("Sources and duplicates")
struct SourcesAndDuplicatesTests {
    /// The corpus holds two records the spreadsheet fixture also has: Inloophuis De Linde with
    /// the same phone (merged by itself), and the walled garden without contact details (a
    /// candidate for a maintainer).
    static func workspace() throws -> Workspace {
        let workspace = try Workspace()
        try workspace.write("inloophuis-de-linde", record(
            "inloophuis-de-linde", kind: "steunpunt", name: "Inloophuis De Linde",
            description: "Een huiskamer in Velp waar je zonder afspraak binnenloopt.",
            domains: "[sociale-contacten]", supportTypes: "[ontmoeting-en-inloop]",
            extra: """
                municipality: Rheden
                location_precision: municipality
                phones:
                  - number: "026 123 45 67"
                """
        ).replacingOccurrences(of: "    lines: \"655\"\n", with: "    lines: \"655\"\n  - url: https://www.example.org/de-linde\n    date: 2026-11-01\n    covers: [phones]\n"))
        try workspace.write("ommuurde-tuin", record(
            "ommuurde-tuin", name: "Moestuin Ommuurde Tuin", description: "Samen tuinieren.",
            domains: "[lichaam-en-leefstijl]", supportTypes: "[activiteit]",
            extra: "municipality: Rheden\nlocation_precision: municipality"))
        try workspace.write("rouwgroep", record(
            "rouwgroep", kind: "lotgenoten", name: "Rouwgroep Arnhem", description: "Praten na verlies.",
            domains: "[zingeving]", supportTypes: "[lotgenotencontact]"))
        try workspace.writeSources("""
            sources:
              - name: corpus
                format: corpus
              - name: voorbeeld
                format: csv
                path: \(fixtures.appendingPathComponent("csv/sociale-kaart-voorbeeld.csv").path)
                mapping: \(repositoryRoot.appendingPathComponent("Indexer/sources/voorbeeld-gemeente.yaml").path)
              - name: openreferral
                format: hsds
                path: \(fixtures.appendingPathComponent("hsds/tabular").path)
            """)
        return workspace
    }

    @Test("kaart index builds one index from the corpus and every listed source, and each record knows where it came from")
    func oneIndexFromAllSources() throws {
        let workspace = try Self.workspace()
        defer { workspace.remove() }
        let (report, index) = try workspace.build()
        #expect(report.sources.map(\.source.name) == ["corpus", "voorbeeld", "openreferral"])
        #expect(report.sources.map(\.records.count) == [3, 4, 1])
        // 8 records read, one pair merged.
        #expect(try index.ids().count == 7)
        #expect(try index.sourceNames().count == 3)
        #expect(try index.origins(id: "rouwgroep") == [IndexContents.Origin(source: "corpus", file: "Corpus/rouwgroep.yaml", recordID: "rouwgroep")])
        let origin = try #require(try index.origins(id: "csv-voorbeeld-sk-105").first)
        #expect(origin.source == "voorbeeld" && origin.recordID == "SK-105")
        #expect(origin.file.hasSuffix("Tests/KaartTests/Fixtures/csv/sociale-kaart-voorbeeld.csv"))
        #expect(try index.origins(id: "hsds-openreferral-ac148810-d857-441c-9679-408f346de14b").first?.source == "openreferral")
        // The spreadsheet's errors are the index's errors; the good rows are in.
        #expect(report.load.errorCount == 4)
    }

    @Test("A rebuild from the same sources gives the same index")
    func rebuildIsReproducible() throws {
        let workspace = try Self.workspace()
        defer { workspace.remove() }
        let first = try workspace.build().index
        let second = try workspace.build(index: workspace.root.appendingPathComponent("var/again.sqlite")).index
        let a = try HSDSService.json(HSDSExport.services(from: first, query: SearchQuery(), modifiedAfter: nil))
        let b = try HSDSService.json(HSDSExport.services(from: second, query: SearchQuery(), modifiedAfter: nil))
        #expect(a == b)
        #expect(try resultLines(first, [("wat", "tuin")]) == resultLines(second, [("wat", "tuin")]))
    }

    @Test("The same help from two sources shows once, with both sources, and both ids lead to it")
    func sameHelpShowsOnce() throws {
        let workspace = try Self.workspace()
        defer { workspace.remove() }
        let (report, index) = try workspace.build()
        let group = try #require(report.deduplication?.groups.first)
        #expect(group == MergeGroup(kept: "inloophuis-de-linde", merged: ["csv-voorbeeld-sk-101"], automatic: true))
        let results = try index.search(SearchQuery.parse([("wat", "Inloophuis De Linde")], taxonomy: index.taxonomy), today: testToday)
        #expect(results.local.map(\.entry.id) == ["inloophuis-de-linde"])
        let merged = try #require(try index.entry(id: "csv-voorbeeld-sk-101"))
        #expect(merged.id == "inloophuis-de-linde")
        // The corpus's fields win; the spreadsheet fills what the corpus lacks.
        #expect(merged.kind == .supportPoint)
        #expect(merged.email == "linde@example.org")
        #expect(merged.address?.postalCode == "6882 AB")
        #expect(merged.locationPrecision == .address)
        #expect(merged.sources.map(\.citation).contains { $0.hasSuffix("Tests/KaartTests/Fixtures/csv/sociale-kaart-voorbeeld.csv, record SK-101") })
        #expect(merged.sources.contains { $0.seed == "002" })
        #expect(try index.origins(id: "inloophuis-de-linde").map(\.source) == ["corpus", "voorbeeld"])
        #expect(try index.aliases(id: "inloophuis-de-linde") == ["csv-voorbeeld-sk-101"])
        // Found by words only the spreadsheet had, too.
        let byOtherWords = try index.search(SearchQuery.parse([("wat", "praatje")], taxonomy: index.taxonomy), today: testToday)
        #expect(byOtherWords.local.isEmpty || byOtherWords.local.map(\.entry.id) == ["inloophuis-de-linde"])
    }

    @Test("A likely duplicate waits for a maintainer with its reasons; a merge decision folds it in and holds across re-imports")
    func candidatesWaitForADecision() throws {
        let workspace = try Self.workspace()
        defer { workspace.remove() }
        let before = try workspace.build()
        let candidate = try #require(before.report.deduplication?.open.first { $0.first == "ommuurde-tuin" })
        #expect(candidate.second == "csv-voorbeeld-sk-104")
        #expect(!candidate.isCertain)
        #expect(candidate.reasons.contains(.sameMunicipality("Rheden")))
        #expect(candidate.reasons.contains { if case .similarName(let share) = $0 { share > 0.85 } else { false } })
        #expect(try before.index.entry(id: "csv-voorbeeld-sk-104")?.id == "csv-voorbeeld-sk-104")

        var decisions = try DuplicateDecisions.load(from: workspace.decisionsFile, display: "duplicates.yaml")
        decisions.recordMerge(["ommuurde-tuin", "csv-voorbeeld-sk-104"], note: "zelfde tuin", on: testToday)
        try decisions.write(to: workspace.decisionsFile)
        let text = try String(contentsOf: workspace.decisionsFile, encoding: .utf8)
        #expect(text.contains("  - ids: [\"ommuurde-tuin\", \"csv-voorbeeld-sk-104\"]\n    note: \"zelfde tuin\"\n    decided: 2026-11-24"))

        // Re-importing the same export: the ids are the same, so the decision still applies.
        for _ in 0..<2 {
            let after = try workspace.build()
            #expect(after.report.deduplication?.groups.contains(MergeGroup(kept: "ommuurde-tuin", merged: ["csv-voorbeeld-sk-104"], automatic: false)) == true)
            #expect(try after.index.entry(id: "csv-voorbeeld-sk-104")?.id == "ommuurde-tuin")
            #expect(after.report.deduplication?.open.contains { $0.first == "ommuurde-tuin" } == false)
            #expect(try after.index.ids().count == 6)
        }
    }

    @Test("\"Not a duplicate\" keeps two records apart, even where the automatic merge would join them")
    func distinctKeepsRecordsApart() throws {
        let workspace = try Self.workspace()
        defer { workspace.remove() }
        var decisions = DuplicateDecisions()
        decisions.recordMerge(["inloophuis-de-linde", "csv-voorbeeld-sk-101"], note: nil, on: testToday)
        let changed = decisions.recordDistinct("inloophuis-de-linde", "csv-voorbeeld-sk-101", note: "twee locaties", on: testToday)
        #expect(changed.count == 1)
        #expect(decisions.merges.isEmpty)
        try decisions.write(to: workspace.decisionsFile)
        let reloaded = try DuplicateDecisions.load(from: workspace.decisionsFile, display: "duplicates.yaml")
        #expect(reloaded.distinct.map(\.ids) == [["inloophuis-de-linde", "csv-voorbeeld-sk-101"]])
        #expect(reloaded.distinct.first?.note == "twee locaties")
        let (report, index) = try workspace.build()
        #expect(report.deduplication?.groups.isEmpty == true)
        #expect(try index.entry(id: "csv-voorbeeld-sk-101")?.id == "csv-voorbeeld-sk-101")
        let results = try index.search(SearchQuery.parse([("wat", "Inloophuis De Linde")], taxonomy: index.taxonomy), today: testToday)
        #expect(Set(results.local.map(\.entry.id)) == ["inloophuis-de-linde", "csv-voorbeeld-sk-101"])
    }

    @Test("A decision about an id that no longer exists is reported with its line, and a merge that is also marked distinct is refused")
    func staleAndConflictingDecisions() throws {
        let workspace = try Self.workspace()
        defer { workspace.remove() }
        try """
            merge:
              - ids: [rouwgroep, csv-voorbeeld-sk-999]
              - ids: [ommuurde-tuin, csv-voorbeeld-sk-104]
            distinct:
              - ids: [ommuurde-tuin, csv-voorbeeld-sk-104]
            """.write(to: workspace.decisionsFile, atomically: true, encoding: .utf8)
        let (report, _) = try workspace.build()
        let messages = report.load.diagnostics.filter { $0.file == "duplicates.yaml" }.map(\.description)
        #expect(messages.contains("duplicates.yaml:2: warning: merge: no record has the id csv-voorbeeld-sk-999 (any more); remove it from this decision, or check the source it came from"))
        #expect(messages.contains { $0.hasPrefix("duplicates.yaml:3: error: merge: ommuurde-tuin, csv-voorbeeld-sk-104 are also marked distinct") })
    }

    @Test("Names are compared on their words: spelling and filler words count little, different names a lot")
    func nameSimilarity() {
        #expect(DuplicateFinder.dice(DuplicateFinder.normalisedName("Stichting De Brug"), DuplicateFinder.normalisedName("de brug")) == 1)
        #expect(DuplicateFinder.dice(DuplicateFinder.normalisedName("Inloophuis De Linde"), DuplicateFinder.normalisedName("Inloophuis Linde (Velp)")) > 0.6)
        #expect(DuplicateFinder.dice(DuplicateFinder.normalisedName("Schuldhulp Arnhem"), DuplicateFinder.normalisedName("Rouwgroep Ede")) < 0.2)
        #expect(DuplicateFinder.urlKey("https://www.Example.org/inloop/") == DuplicateFinder.urlKey("http://example.org/inloop"))
    }
}
