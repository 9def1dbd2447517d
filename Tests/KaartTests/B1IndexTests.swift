import DutchText
import Foundation
import Indexing
import KaartModel
import Presentation
import SearchIndex
import Testing

@Suite("B1 summaries in the index")
struct B1IndexTests {
    @Test("The index stores each summary with its figures, and results and the handout show the generated one")
    func indexStoresAndShowsSummaries() throws {
        let root = try B1TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let corpus = root.appendingPathComponent("Corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        try """
            id: koffie-inloop
            kind: steunpunt
            name: Koffie-inloop
            description: Een plek om samen koffie te drinken.
            municipality: Arnhem
            location_precision: municipality
            free: true
            access: vrije-inloop
            domains: [sociale-contacten]
            support_types: [ontmoeting-en-inloop]
            sources:
              - {seed: "002", lines: "333"}
              - {url: "https://example.org/bron", date: 2026-11-24, covers: [free]}
            """.write(to: corpus.appendingPathComponent("koffie-inloop.yaml"), atomically: true, encoding: .utf8)
        try """
            id: praatgroep
            kind: lotgenoten
            name: Praatgroep
            description: Een groep voor mensen die somber zijn.
            summary_b1: Je praat met mensen die ook somber zijn.
            municipality: Arnhem
            location_precision: municipality
            domains: [psychisch-welzijn]
            support_types: [lotgenotencontact]
            sources:
              - {seed: "002", lines: "333"}
              - {url: "https://example.org/bron", date: 2026-11-24}
            """.write(to: corpus.appendingPathComponent("praatgroep.yaml"), atomically: true, encoding: .utf8)
        let paths = IndexPaths(corpus: corpus, indexer: B1TestSupport.indexer, index: root.appendingPathComponent("kaart.sqlite"), root: root)
        let today = try #require(Day("2026-12-01"))
        let report = try IndexBuild.run(paths, today: today, now: Date(timeIntervalSince1970: 1_795_000_000))
        #expect(report.load.errorCount == 0)

        let index = try SearchIndex(path: paths.index.path)
        let generated = try #require(try index.summary(id: "koffie-inloop"))
        let expected = "Een plek om samen koffie te drinken. Het is voor iedereen. Het is in de gemeente Arnhem. "
            + "Het is gratis. Je kunt zonder afspraak binnenlopen."
        #expect(generated.origin == .generated)
        #expect(generated.text == expected)
        #expect(generated.figures.verdict == .b1)
        #expect(generated.figures.sentenceCount == 5)
        #expect(generated.figures.fleschDouma != nil)
        #expect(generated.figures.meanSentenceLength == 5.0)

        let maintainer = try #require(try index.summary(id: "praatgroep"))
        #expect(maintainer.origin == .maintainer)
        #expect(maintainer.text == "Je praat met mensen die ook somber zijn.")

        var query = SearchQuery()
        query.text = "koffie"
        let results = try index.search(query, today: today)
        let hit = try #require(results.local.first)
        let facts = EntryFacts(hit.entry, strings: .for(.dutch), taxonomy: index.taxonomy)
        #expect(facts.summary == expected)
        let handout = TextRenderer(strings: .for(.dutch), taxonomy: index.taxonomy, useColor: false).handout(hit.entry)
        #expect(handout.split(whereSeparator: \.isNewline).joined(separator: " ").contains(expected))
    }
}
