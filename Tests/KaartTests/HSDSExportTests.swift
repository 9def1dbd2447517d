import Foundation
import Indexing
import KaartModel
import Presentation
import SearchIndex
import Testing

/// `kaart export hsds`: valid HSDS 3, incremental, and a round trip back to the same results.
@Suite("Exporting HSDS 3")
struct HSDSExportTests {
    /// Searches that exercise text, filters, places, online help and knowledge articles.
    static let fixtureQueries: [[(name: String, value: String)]] = [
        [("wat", "eenzaam")], [("wat", "rouw"), ("bij", "6811")], [("wat", "somber")],
        [("bij", SearchFixture.origin), ("km", "20")], [("wat", "schulden"), ("bij", "Stadskanaal")],
        [("wat", "steunpunt")], [("doelgroep", "jongeren")], [("gratis", "ja")], [("leeftijd", "15")],
        [("gemeente", "Veendam")], [("wat", "wandelen"), ("bij", "Elst (Overbetuwe)")], [("kind", "online")],
    ]

    static let corpusQueries: [[(name: String, value: String)]] = [
        [("wat", "rouw")], [("wat", "schulden"), ("bij", "Arnhem")], [("wat", "ik voel me eenzaam")],
        [("wat", "lotgenoten"), ("bij", "6811")], [("wat", "steunpunt"), ("bij", "Wageningen")], [("wat", "somber")],
        [("wat", "financiele hulp")], [("doelgroep", "jongeren"), ("soort", "online-zelfhulp")], [("bij", "Renkum")],
        [("domein", "geld-en-schulden"), ("bij", "Stadskanaal"), ("km", "25")], [("wat", "mantelzorg")],
        [("kind", "kennis")], [("wat", "crisis")], [("toegang", "vrije-inloop"), ("bij", "Arnhem")], [("leeftijd", "19")],
    ]

    /// Exports `index`, imports the file into an empty index, and returns both with the file.
    static func roundTrip(_ workspace: Workspace, _ index: SearchIndex) throws -> (export: URL, back: SearchIndex, load: IndexReport) {
        let export = workspace.root.appendingPathComponent("export.json")
        try HSDSService.json(HSDSExport.services(from: index, query: SearchQuery(), modifiedAfter: nil))
            .write(to: export, atomically: true, encoding: .utf8)
        let back = workspace.root.appendingPathComponent("var/terug.sqlite")
        let (report, reopened) = try workspace.build(
            sources: [SourceDefinition(name: "terug", format: .hsds, path: export)], decisions: DuplicateDecisions(), index: back)
        return (export, reopened, report)
    }

    /// The ids of the records the export holds: those for everyone (issue 19).
    static func publicIDs(_ index: SearchIndex) throws -> [String] {
        try index.records(filteredBy: SearchQuery(), audience: .everyone).map(\.entry.id)
    }

    /// Every record for everyone comes back field for field, as residents may see it (the facts
    /// only professionals see stay home); only its id gains the import's namespace, its sources
    /// gain the export file, and maintainers' notes on sources stay home.
    static func expectSameRecords(_ original: SearchIndex, _ back: SearchIndex, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let ids = try publicIDs(original)
        #expect(try back.ids() == ids.map { "hsds-terug-\($0)" }.sorted(), sourceLocation: sourceLocation)
        for id in ids {
            var before = try #require(try original.entry(id: id)).forResidents
            var after = try #require(try back.entry(id: "hsds-terug-\(id)"))
            let published = before.sources.map { source in
                var source = source
                source.note = nil
                return source
            }
            #expect(after.sources.dropLast() == published[...], "\(id)", sourceLocation: sourceLocation)
            #expect(after.sources.last?.record == HSDSVocabulary.uuid(id), sourceLocation: sourceLocation)
            after.id = id
            after.sources = []
            before.sources = []
            #expect(after == before, "\(id)", sourceLocation: sourceLocation)
        }
    }

    @Test("Round trip: a handful of records → export → import into an empty index → the same records and the same search results")
    func roundTripOfTestRecords() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        for (name, yaml) in SearchFixture.records { try workspace.write(name, yaml) }
        try workspace.write("oud", SearchFixture.stale)
        try workspace.writeSources("sources:\n  - {name: corpus, format: corpus}\n")
        let original = try workspace.build().index
        let (export, back, report) = try Self.roundTrip(workspace, original)
        #expect(report.load.diagnostics.isEmpty, "\(report.load.diagnostics)")
        try Self.expectSameRecords(original, back)
        for query in Self.fixtureQueries {
            #expect(try resultLines(back, query) == resultLines(original, query), "\(query)")
        }
        let validation = try validateWithJSONSchema(export)
        #expect(validation.problems.isEmpty, "\(validation.problems)")
        #expect(validation.checked == SearchFixture.records.count + 1)
    }

    @Test("Round trip of the real Corpus/: every record validates against HSDS, comes back whole and is found by the same searches")
    func roundTripOfTheRealCorpus() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let corpus = SourceDefinition(name: "corpus", format: .corpus, path: repositoryRoot.appendingPathComponent("Corpus"))
        let original = try workspace.build(sources: [corpus], decisions: DuplicateDecisions()).index
        let (export, back, report) = try Self.roundTrip(workspace, original)
        #expect(report.load.errorCount == 0 && report.load.warningCount == 0, "\(report.load.diagnostics)")
        #expect(try back.ids().count == Self.publicIDs(original).count)
        #expect(try Self.publicIDs(original).count < original.ids().count, "the real corpus has records for professionals, and they stay home")
        try Self.expectSameRecords(original, back)
        for query in Self.corpusQueries {
            #expect(try resultLines(back, query) == resultLines(original, query), "\(query)")
        }
        let validation = try validateWithJSONSchema(export)
        #expect(validation.problems.isEmpty, "\(validation.problems.prefix(10))")
        #expect(validation.checked == (try Self.publicIDs(original).count))
    }

    @Test("Records imported from other maps export as valid HSDS too")
    func importsExportValidly() throws {
        let workspace = try SourcesAndDuplicatesTests.workspace()
        defer { workspace.remove() }
        let index = try workspace.build().index
        let export = workspace.root.appendingPathComponent("alles.json")
        let services = try HSDSExport.services(from: index, query: SearchQuery(), modifiedAfter: nil)
        try HSDSService.json(services).write(to: export, atomically: true, encoding: .utf8)
        let validation = try validateWithJSONSchema(export)
        #expect(validation.problems.isEmpty, "\(validation.problems)")
        #expect(validation.checked == 7)
        // The merged record says which records went into it.
        let linde = try #require(services.first { $0.x_sociale_kaart.id == "inloophuis-de-linde" })
        #expect(linde.x_sociale_kaart.mergedIDs == ["csv-voorbeeld-sk-101"])
    }

    @Test("--modified-after exports only records changed or checked after that day")
    func incrementalExport() throws {
        let index = SearchFixture.index
        let all = try HSDSExport.services(from: index, query: SearchQuery(), modifiedAfter: nil)
        let recent = try HSDSExport.services(from: index, query: SearchQuery(), modifiedAfter: Day("2025-01-01"))
        #expect(all.count == 11)
        #expect(Set(all.map(\.x_sociale_kaart.id)).subtracting(recent.map(\.x_sociale_kaart.id)) == ["oud"])
        #expect(try HSDSExport.services(from: index, query: SearchQuery(), modifiedAfter: Day("2026-11-01")).isEmpty)
        #expect(try HSDSExport.services(from: index, query: SearchQuery(), modifiedAfter: Day("2026-10-31")).count == 10)
    }

    @Test("Export filters mean what search filters mean, and inactive records are exported with their status")
    func filteredExport() throws {
        let index = SearchFixture.index
        let stadskanaal = try HSDSExport.services(
            from: index, query: SearchQuery.parse([("gemeente", "Stadskanaal")], taxonomy: index.taxonomy), modifiedAfter: nil)
        // Help for the whole country serves Stadskanaal too, as in search.
        #expect(stadskanaal.map(\.x_sociale_kaart.id).sorted() == ["jongeren-online", "kennis-steunpunt", "regionaal-online", "schulden-stadskanaal"])
        let all = try HSDSExport.services(from: index, query: SearchQuery(), modifiedAfter: nil)
        #expect(all.first { $0.x_sociale_kaart.id == "gesloten" }?.status == "inactive")
        let online = try HSDSExport.services(from: index, query: SearchQuery.parse([("kind", "online")], taxonomy: index.taxonomy), modifiedAfter: nil)
        #expect(online.map(\.x_sociale_kaart.id) == ["jongeren-online", "regionaal-online"])
    }

    @Test("An exported service carries our fields under x_sociale_kaart, our taxonomy as attributes, and only coordinates a record states")
    func exportShape() throws {
        let index = SearchFixture.index
        let all = try HSDSExport.services(from: index, query: SearchQuery(), modifiedAfter: nil)
        let stated = try #require(all.first { $0.x_sociale_kaart.id == "dichtbij" })
        let location = try #require(stated.service_at_locations?.first?.location)
        #expect(location.latitude == 51.98 && location.longitude == 5.91)
        #expect(stated.id == HSDSVocabulary.uuid("dichtbij"))
        #expect(stated.x_sociale_kaart.kind == "lotgenoten")
        #expect(stated.attributes?.map { "\($0.taxonomy_term.taxonomy) \($0.taxonomy_term.code)" } == [
            "sociale-kaart:domains sociale-contacten", "sociale-kaart:target_groups volwassenen",
            "sociale-kaart:support_types lotgenotencontact",
        ])
        // Placed at a municipality's centre: no coordinates claimed.
        let centre = try #require(all.first { $0.x_sociale_kaart.id == "schulden-stadskanaal" })
        #expect(centre.service_at_locations?.first?.location.latitude == nil)
        #expect(centre.x_sociale_kaart.locationPrecision == "municipality")
        #expect(centre.cost_options?.first?.amount == 0)
        let online = try #require(all.first { $0.x_sociale_kaart.id == "jongeren-online" })
        #expect(online.service_areas?.map(\.name) == ["Nederland"])
        #expect(online.service_at_locations?.first?.location.location_type == "virtual")
    }
}
