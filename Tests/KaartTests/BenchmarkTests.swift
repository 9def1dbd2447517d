import Benchmark
import Foundation
import Indexing
import KaartModel
import SearchIndex
import Testing

@Suite("Benchmark corpus and query plans")
struct BenchmarkTests {
    let generator = SyntheticCorpus(
        today: testToday, gazetteer: sharedReference.gazetteer, wordFrequencies: sharedReference.wordFrequencies)

    @Test("The synthetic corpus is the same for the same seed, and every record says it is synthetic")
    func deterministicAndMarked() {
        let again = SyntheticCorpus(
            today: testToday, gazetteer: sharedReference.gazetteer, wordFrequencies: sharedReference.wordFrequencies)
        #expect(generator.records(200) == again.records(200))
        for record in generator.records(200) {
            #expect(record.id.hasPrefix("synth-"))
            #expect(record.yaml.contains(SyntheticCorpus.sourceURL))
        }
    }

    @Test("Synthetic YAML decodes without errors into the same records the generator hands the index directly")
    func yamlPathMatchesDirectPath() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let records = generator.records(150)
        for record in records { try workspace.write(record.id, record.yaml) }
        let load = try workspace.load()
        #expect(load.errorCount == 0, "\(load.diagnostics.filter { $0.severity == .error }.prefix(3))")
        let direct = Dictionary(uniqueKeysWithValues: records.map { ($0.id, $0.entry(gazetteer: sharedReference.gazetteer)) })
        for decoded in load.records.map(\.entry) where decoded != direct[decoded.id] {
            Issue.record("\(decoded.id) differs between the YAML and the direct path")
        }
        #expect(load.records.count == records.count)
    }

    @Test("The corpus mixes kinds, online records and places all over the country")
    func realisticMix() {
        let entries = generator.records(2_000).map { $0.entry(gazetteer: sharedReference.gazetteer) }
        let online = entries.filter { $0.kind == .online }.count
        #expect(online > 200 && online < 600)
        #expect(Set(entries.compactMap(\.municipality)).count > 150)
        #expect(entries.filter { $0.description.lowercased().contains("hulp") }.count > 500)
    }

    @Test("Every class of the benchmark mix runs and finds something on a synthetic index")
    func queryMixFindsResults() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        for record in generator.records(400) { try workspace.write(record.id, record.yaml) }
        let index = try workspace.index()
        for queryClass in QueryClass.allCases where queryClass != .rareWord {
            let query = try SearchQuery.parse(QueryMix.queries(queryClass, count: 1)[0].parameters, taxonomy: index.taxonomy)
            let results = try index.search(query, today: testToday)
            #expect(!results.isEmpty, "\(queryClass.rawValue)")
        }
    }
}
