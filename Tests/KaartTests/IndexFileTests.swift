import Foundation
import GRDB
import Indexing
import KaartModel
import SearchIndex
import Testing

@Suite("The index file")
struct IndexFileTests {
    func contents(_ records: [IndexContents.Record]) -> IndexContents {
        IndexContents(
            records: records, taxonomy: sharedReference.taxonomy, gazetteer: sharedReference.gazetteer,
            wordFrequencies: sharedReference.wordFrequencies, synonymGroups: sharedReference.synonymGroups,
            builtAt: Date(timeIntervalSince1970: 1_795_000_000))
    }

    func names(_ index: SearchIndex) throws -> [String] {
        try index.search(SearchQuery.parse([("kind", "aanbod")], taxonomy: index.taxonomy), today: testToday).local.map(\.entry.name)
    }

    @Test("A failed build leaves the old index untouched and no half-written files behind")
    func failedBuildKeepsOldIndex() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.write("oud", record("oud", name: "Het oude aanbod"))
        try workspace.index()
        let before = try Data(contentsOf: workspace.indexFile)
        // Two records with one id break the index's UNIQUE constraint halfway through the build.
        let good = try #require(try workspace.load().records.first)
        #expect(throws: (any Error).self) {
            try IndexWriter.build(contents([good, good]), at: workspace.indexFile.path)
        }
        #expect(try Data(contentsOf: workspace.indexFile) == before)
        let files = try FileManager.default.contentsOfDirectory(atPath: workspace.indexFile.deletingLastPathComponent().path)
        #expect(files == ["kaart.sqlite"])
        #expect(try names(SearchIndex(path: workspace.indexFile.path)) == ["Het oude aanbod"])
    }

    @Test("A reader that has the old index open keeps reading it while a new one replaces it")
    func readersNeverSeeHalfAnIndex() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.write("oud", record("oud", name: "Het oude aanbod"))
        let oldReader = try workspace.index()
        try FileManager.default.removeItem(at: workspace.corpus.appendingPathComponent("oud.yaml"))
        try workspace.write("nieuw", record("nieuw", name: "Het nieuwe aanbod"))
        let newReader = try workspace.index()
        #expect(try names(oldReader) == ["Het oude aanbod"])
        #expect(try names(newReader) == ["Het nieuwe aanbod"])
    }

    @Test("Every record of the real corpus is stored in under 45 % of its JSON and reads back byte for byte")
    func recordsAreStoredSmallAndWhole() throws {
        let codec = RecordCodec(taxonomy: sharedReference.taxonomy)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        var (json, stored) = (0, 0)
        for record in RealCorpusTests.load.records {
            let original = try encoder.encode(record.entry)
            let deflated = try codec.compress(original)
            #expect(try codec.decompress(deflated) == original, "\(record.entry.id)")
            (json, stored) = (json + original.count, stored + deflated.count)
        }
        #expect(json > 100_000)
        #expect(Double(stored) < 0.45 * Double(json), "\(stored) of \(json) bytes")
    }

    @Test("A record that deflates to a sliver of its size reads back whole")
    func highlyRepetitiveRecordReadsBack() throws {
        let codec = RecordCodec(taxonomy: sharedReference.taxonomy)
        let original = Data(("{\"description\":\"" + String(repeating: "Koffie en een praatje. ", count: 5_000) + "\"}").utf8)
        let deflated = try codec.compress(original)
        #expect(deflated.count * 50 < original.count)
        #expect(try codec.decompress(deflated) == original)
    }

    @Test("A stored record that is damaged is reported as damage, with the command that fixes it")
    func damagedRecordIsRefused() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.write("inloop", record("inloop", name: "Inloop De Brug", description: "Koffie, een praatje en klompendansen."))
        _ = try workspace.index()
        let queue = try DatabaseQueue(path: workspace.indexFile.path)
        try queue.write { db in try db.execute(sql: "UPDATE entry SET record = substr(record, 1, length(record) / 2)") }
        try queue.close()
        let index = try SearchIndex(path: workspace.indexFile.path)
        #expect {
            try index.entry(id: "inloop")
        } throws: { error in
            "\(error)".contains("the index is damaged") && "\(error)".contains("Rebuild it with: kaart index")
        }
    }

    @Test("An index from another schema version is refused with the command that fixes it")
    func incompatibleIndex() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try FileManager.default.createDirectory(at: workspace.indexFile.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("not a database".utf8).write(to: workspace.indexFile)
        #expect {
            try SearchIndex(path: workspace.indexFile.path)
        } throws: { error in
            "\(error)".contains("Rebuild it with: kaart index")
        }
        #expect {
            try SearchIndex(path: workspace.root.appendingPathComponent("missing.sqlite").path)
        } throws: { error in
            "\(error)".contains("kaart index")
        }
    }
}
