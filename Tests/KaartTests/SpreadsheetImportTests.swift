import Foundation
import Indexing
import KaartModel
import Testing

/// `kaart import csv`: a municipal social map's export with deliberate faults, through the
/// declarative mapping in `Indexer/sources/`.
@Suite("Importing a spreadsheet export")
struct SpreadsheetImportTests {
    static let mappingFile = repositoryRoot.appendingPathComponent("Indexer/sources/voorbeeld-gemeente.yaml")
    static let export = fixtures.appendingPathComponent("csv/sociale-kaart-voorbeeld.csv")
    static let load: SourceLoad = {
        do { return try importSource(.csv, export, name: "voorbeeld", mapping: mappingFile) } catch {
            fatalError("cannot import the spreadsheet fixture: \(error)")
        }
    }()

    @Test("Good rows import and every bad row is a diagnostic with its row and column")
    func goodRowsImportBadRowsAreReported() {
        #expect(Self.load.itemCount == 8)
        #expect(Self.load.records.map(\.entry.id) == ["csv-voorbeeld-sk-101", "csv-voorbeeld-sk-102", "csv-voorbeeld-sk-104", "csv-voorbeeld-sk-105"])
        let file = "Tests/KaartTests/Fixtures/csv/sociale-kaart-voorbeeld.csv"
        let lines = Self.load.diagnostics.map { "\($0.severity.rawValue) \($0.line ?? 0):\($0.column ?? 0) \($0.field ?? "")" }
        #expect(lines == [
            "warning 3:9 Postcode",  // 68111AB is no postcode: left out, placed by its city
            "error 4:2 Naam",  // no name: the row stays out
            "warning 5:13 Categorie",  // "Tuinieren" is no category in the mapping
            "warning 7:6 E-mail",  // chat(at)example.org
            "error 8:20 Laatst gecontroleerd",  // a date in the future
            "error 9:1 ID",  // SK-101 again
            "error 10:20 Laatst gecontroleerd",  // no date at all
        ])
        #expect(Self.load.diagnostics.allSatisfy { $0.file == file })
        let messages = Self.load.diagnostics.map(\.description)
        #expect(messages.contains("\(file):5:13: warning: Categorie: unknown category \"Tuinieren\"; left out. Add it under `values:` → \"Categorie\" in Indexer/sources/voorbeeld-gemeente.yaml"))
        #expect(messages.contains("\(file):9:1: error: ID: id \"SK-101\" is also used by row 2; ids must be unique, so this row is left out"))
    }

    @Test("Columns map to fields and categories to our codes; a place name two municipalities share is placed in the row's municipality")
    func columnsAndValuesMap() throws {
        let linde = try #require(Self.load.records.first { $0.entry.id == "csv-voorbeeld-sk-101" }?.entry)
        #expect(linde.name == "Inloophuis De Linde")
        #expect(linde.organization?.name == "Stichting Welzijn Voorbeeld")
        #expect(linde.phones.map(\.number) == ["026 123 45 67"])
        #expect(linde.address == Entry.Address(address1: "Voorbeeldstraat 12", postalCode: "6882 AB", city: "Velp"))
        #expect(linde.municipality == "Rheden")
        #expect(linde.locationPrecision == .address)
        #expect(linde.domains == ["sociale-contacten"])
        #expect(linde.supportTypes == ["ontmoeting-en-inloop"])
        #expect(linde.targetGroups == ["volwassenen", "ouderen"])
        #expect(linde.free == true)
        #expect(linde.assuredDate == Day("2026-11-12"))
        #expect(linde.applicationProcess == "Loop binnen tijdens de openingstijden.")

        // The bad postcode is left out; Dieren places the record.
        let schuldhulp = try #require(Self.load.records.first { $0.entry.id == "csv-voorbeeld-sk-102" }?.entry)
        #expect(schuldhulp.address?.postalCode == nil)
        #expect(schuldhulp.locationPrecision == .place)
        #expect(schuldhulp.serviceArea == ["Rheden"])

        // A quoted cell with a line break stays one cell.
        let tuin = try #require(Self.load.records.first { $0.entry.id == "csv-voorbeeld-sk-104" }?.entry)
        #expect(tuin.schedule == "Dinsdag 9.30 tot 12.00 uur;\nin de winter op afspraak")
        #expect(tuin.free == false)
        #expect(tuin.feesDescription == "€ 2,50 per keer")

        let chat = try #require(Self.load.records.first { $0.entry.id == "csv-voorbeeld-sk-105" }?.entry)
        #expect(chat.kind == .online)
        #expect(chat.locationType == .virtual)
        #expect(chat.serviceArea == ["Rheden", "Rozendaal"])
        #expect(chat.email == nil)
        #expect(chat.domains == ["psychisch-welzijn"])
        #expect(chat.supportTypes == ["hulplijn-en-crisis"])
        #expect(chat.targetGroups == ["jongeren"])
        #expect(chat.sources.last?.citation == "Tests/KaartTests/Fixtures/csv/sociale-kaart-voorbeeld.csv, record SK-105")
    }

    @Test("A mapping with an unknown code or field is refused, with its line")
    func badMappingIsRefused() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let mapping = workspace.root.appendingPathComponent("kapot.yaml")
        try "id_column: ID\ncolumns:\n  Naam: naam\n".write(to: mapping, atomically: true, encoding: .utf8)
        #expect(throws: ImportError.self) { try importSource(.csv, Self.export, name: "x", mapping: mapping) }
        do {
            _ = try importSource(.csv, Self.export, name: "x", mapping: mapping)
        } catch {
            #expect("\(error)".contains("line 3: \"naam\" is not a field; did you mean name?"))
        }
        try "id_column: ID\ncolumns:\n  Categorie: categories\nvalues:\n  Categorie:\n    Rouw: {domains: [rouwverwerking]}\n".write(to: mapping, atomically: true, encoding: .utf8)
        do {
            _ = try importSource(.csv, Self.export, name: "x", mapping: mapping)
            Issue.record("an unknown code was accepted")
        } catch {
            #expect("\(error)".contains("line 6: domains: \"rouwverwerking\" is not a levensdomein code"))
        }
    }
}
