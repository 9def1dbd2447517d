import Foundation
import Indexing
import KaartModel
import Testing

@Suite("Corrections by maintainers")
struct CorrectionTests {
    func editor(_ workspace: Workspace) -> CorpusEditor {
        CorpusEditor(paths: workspace.paths, reference: sharedReference)
    }

    @Test("A correction changes the field, sets the assured date and logs old and new value")
    func correctionIsLogged() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.write("inloop", record("inloop", name: "Inloop De Haven"))
        let today = Day("2026-12-03")!
        let result = try editor(workspace).correct(
            id: "inloop", corrections: [Correction("name=Inloop De Nieuwe Haven")!, Correction("domains=sociale-contacten, psychisch-welzijn")!],
            source: nil, by: "Sanne", today: today)
        // The maintainer's check is logged as a confirmation: that is what moves the assured date.
        #expect(result.changes.map(\.fieldName) == ["name", "domains", "assured_date"])
        #expect(result.changes.map(\.lastActionType) == ["update", "update", "confirm"])
        let load = try CorpusLoader.load(directory: workspace.corpus, reference: sharedReference, today: today, relativeTo: workspace.root)
        #expect(load.errorCount == 0, "\(load.diagnostics)")
        let entry = try #require(load.records.first?.entry)
        #expect(entry.name == "Inloop De Nieuwe Haven")
        #expect(entry.domains == ["sociale-contacten", "psychisch-welzijn"])
        #expect(entry.assuredDate == today)
        #expect(entry.lastModified == today)
        let change = try #require(entry.metadata.first)
        #expect(change.previousValue == "Inloop De Haven")
        #expect(change.replacementValue == "Inloop De Nieuwe Haven")
        #expect(change.updatedBy == "Sanne")
        #expect(change.lastActionType == "update")
    }

    @Test("A contact detail without a source is refused and the file stays exactly as it was")
    func invalidCorrectionLeavesFileUntouched() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.write("inloop", record("inloop", name: "Inloop De Haven"))
        let file = workspace.corpus.appendingPathComponent("inloop.yaml")
        let before = try Data(contentsOf: file)
        #expect(throws: CorrectionError.self) {
            try editor(workspace).correct(id: "inloop", corrections: [Correction("phones=026 123 45 67")!], source: nil, by: "Sanne", today: testToday)
        }
        #expect(try Data(contentsOf: file) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: workspace.corpus.path).filter { $0 != "inloop.yaml" }
        #expect(leftovers.isEmpty)
    }

    @Test("With a source, a new phone number is accepted and the source covers it")
    func sourceCoversNewContact() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.write("inloop", record("inloop", name: "Inloop De Haven"))
        _ = try editor(workspace).correct(
            id: "inloop", corrections: [Correction("phones=026 123 45 67")!], source: "https://example.org/haven", by: "Sanne", today: testToday)
        let load = try workspace.load()
        let entry = try #require(load.records.first?.entry)
        #expect(entry.phones.map(\.number) == ["026 123 45 67"])
        #expect(entry.sources.last?.covers == ["phones"])
    }

    @Test("Unknown fields, protected fields and bad values are refused with what to do")
    func refusals() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.write("inloop", record("inloop", name: "Inloop De Haven"))
        let editor = editor(workspace)
        for (text, expected) in [("nmae=X", "did you mean name"), ("id=ander", "beheert kaart zelf"), ("free=misschien", "true of false"), ("domains=onzin", "unknown levensdomein")] {
            do {
                _ = try editor.correct(id: "inloop", corrections: [Correction(text)!], source: nil, by: "Sanne", today: testToday)
                Issue.record("\(text) was accepted")
            } catch let error as CorrectionError {
                #expect(error.description.contains(expected), "\(text): \(error)")
            }
        }
        #expect(throws: CorrectionError.self) {
            try editor.correct(id: "bestaat-niet", corrections: [Correction("name=X")!], source: nil, by: "Sanne", today: testToday)
        }
    }

    @Test("Setting status to inactive takes the record out of search after re-indexing")
    func inactiveAfterCorrection() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.write("inloop", record("inloop", name: "Inloop De Haven"))
        #expect(try workspace.index().search(SearchQuery.parse([("wat", "haven")], taxonomy: sharedReference.taxonomy), today: testToday).local.count == 1)
        _ = try editor(workspace).correct(id: "inloop", corrections: [Correction("status=inactive")!], source: nil, by: "Sanne", today: testToday)
        #expect(try workspace.index().search(SearchQuery.parse([("wat", "haven")], taxonomy: sharedReference.taxonomy), today: testToday).local.isEmpty)
    }

    @Test("A confirmation moves the assured date to its day, is logged, and changes no field")
    func confirmationMovesTheDate() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        // Its own page shows no date, so the record's date is unknown until someone confirms it.
        try workspace.write("inloop", record(
            "inloop", name: "Inloop De Haven",
            extra: "url: https://www.dehaven.example/\nsources:\n  - url: https://www.dehaven.example/\n    covers: [url]"
        ).replacingOccurrences(of: recordSources, with: ""))
        #expect(try workspace.load().records.first?.entry.assuredDate == nil)
        let day = Day("2026-12-03")!
        let result = try editor(workspace).confirm(id: "inloop", by: "aanbieder", today: day)
        #expect(result.changes.map(\.lastActionType) == ["confirm"])
        let load = try CorpusLoader.load(directory: workspace.corpus, reference: sharedReference, today: day, relativeTo: workspace.root)
        let entry = try #require(load.records.first?.entry)
        #expect(entry.assuredDate == day)
        #expect(entry.lastModified == nil, "a confirmation changes nothing")
        #expect(entry.metadata.last?.updatedBy == "aanbieder")
    }
}
