import Foundation
import GRDB
import Indexing
import KaartModel
import TestSupport
import Testing
@testable import SearchIndex

/// The search engine's inner workings, held to what plain SQL and FTS5 say: precomputed
/// postings score exactly as FTS5's bm25, the in-memory filters mean what the export's SQL
/// means, and the statements a search runs use indexes.
@Suite("The search engine", .serialized)
struct SearchEngineTests {
    /// The real corpus built twice: every token's postings precomputed, and none (all from FTS5).
    static let indexes: (precomputed: SearchIndex, fullText: SearchIndex, directory: URL) = {
        do {
            let directory = Scratch.path("kaart-engine")
            var contents = IndexContents(
                records: RealCorpusTests.load.records, taxonomy: sharedReference.taxonomy,
                gazetteer: sharedReference.gazetteer, wordFrequencies: sharedReference.wordFrequencies,
                synonymGroups: sharedReference.synonymGroups, builtAt: Date(timeIntervalSince1970: 1_795_000_000))
            contents.concepts = sharedReference.concepts
            let precomputed = directory.appendingPathComponent("precomputed.sqlite").path
            let fullText = directory.appendingPathComponent("fulltext.sqlite").path
            try IndexWriter.build(contents, at: precomputed, postingThreshold: 1)
            try IndexWriter.build(contents, at: fullText, postingThreshold: .max)
            return (try SearchIndex(path: precomputed), try SearchIndex(path: fullText), directory)
        } catch {
            fatalError("cannot build the engine test indexes: \(error)")
        }
    }()

    static let queries: [[(name: String, value: String)]] = [
        [("wat", "lotgenoten"), ("bij", "Arnhem")],
        [("wat", "jongeren somber")],
        [("wat", "schulden"), ("bij", "Stadskanaal")],
        [("wat", "mantelzorg"), ("bij", "Barendrecht"), ("km", "25")],
        [("wat", "eenzaam rouw verlies")],
        [("wat", "schuldhulpmaatje")],
        [("wat", "hulp")],
        [("wat", "ervaringsdeskundige"), ("bij", "Groningen"), ("sorteer", "afstand")],
        [("wat", "steunpunt wachtlijst ggz"), ("bij", "9501")],
        [("wat", "zzzonbekend eenzaam")],
        [("domein", "geld-en-schulden"), ("bij", "Arnhem")],
        [("soort", "lotgenotencontact"), ("sorteer", "naam")],
        [("bij", "Middelharnis"), ("per_pagina", "5"), ("pagina", "2")],
        [("wat", "depressie"), ("gratis", "ja"), ("leeftijd", "16")],
    ]

    func search(_ index: SearchIndex, _ parameters: [(name: String, value: String)]) throws -> SearchResults {
        try index.search(SearchQuery.parse(parameters, taxonomy: index.taxonomy), today: testToday)
    }

    func summary(_ results: SearchResults) -> [String] {
        func line(_ section: String, _ hits: [Hit]) -> [String] {
            hits.map { "\(section) \($0.entry.id) \($0.score.relevance.map { String(format: "%.12f", $0) } ?? "-") \(String(format: "%.12f", $0.score.total))" }
        }
        return line("local", results.local) + line("online", results.online) + line("knowledge", results.knowledge)
            + line("further", results.further) + ["total \(results.localTotal) any \(results.matchedAnyWord)"]
    }

    @Test("Precomputed postings rank exactly as FTS5's own bm25 does", arguments: 0..<queries.count)
    func precomputedEqualsFullText(_ number: Int) throws {
        let query = Self.queries[number]
        #expect(summary(try search(Self.indexes.precomputed, query)) == summary(try search(Self.indexes.fullText, query)))
    }

    @Test("Skipping matches that cannot enter a section changes nothing: a page of ten is the start of a page of a hundred", arguments: 0..<queries.count)
    func pruningKeepsTheTop(_ number: Int) throws {
        let short = try search(Self.indexes.precomputed, Self.queries[number].filter { $0.name != "per_pagina" && $0.name != "pagina" })
        let long = try search(
            Self.indexes.precomputed,
            Self.queries[number].filter { $0.name != "per_pagina" && $0.name != "pagina" } + [("per_pagina", "100")])
        #expect(short.localTotal == long.localTotal)
        #expect(short.local.map(\.entry.id) == Array(long.local.prefix(10).map(\.entry.id)))
        #expect(short.online.map(\.entry.id) == Array(long.online.prefix(10).map(\.entry.id)))
        #expect(short.knowledge.map(\.entry.id) == long.knowledge.map(\.entry.id))
        #expect(short.further.map(\.entry.id) == long.further.map(\.entry.id))
    }

    @Test("A search answers the same from kept place sets and merged word lists as when it worked them out")
    func keptSetsChangeNothing() throws {
        // A newly opened index, so the first round works everything out and the second reuses it.
        let index = try SearchIndex(path: Self.indexes.precomputed.path)
        let first = try Self.queries.map { try summary(search(index, $0)) }
        let keptPlaces = index.placeSets.count
        #expect(keptPlaces > 0)
        // "schuldhulpmaatje" is one word whose compound parts are alternatives: merged once, kept.
        let compound = try #require(SearchIndex.Phrases(index.analyzer.query("schuldhulpmaatje")))
        #expect(compound.terms.count == 1 && compound.count > 1)
        #expect(index.postingsCache.get(compound.key) != nil)
        let second = try Self.queries.map { try summary(search(index, $0)) }
        #expect(index.placeSets.count == keptPlaces)
        #expect(first == second)
        // A place searched with another radius gets a set of its own.
        _ = try search(index, [("wat", "schulden"), ("bij", "Stadskanaal"), ("km", "40")])
        #expect(index.placeSets.count == keptPlaces + 1)
    }

    @Test("Near a point, the local hits are exactly the ones a 300 km search finds within the radius", arguments: [
        [("bij", "Arnhem"), ("km", "25")],
        [("wat", "hulp"), ("bij", "Arnhem"), ("km", "25")],
        [("kind", "aanbod"), ("bij", "Barendrecht"), ("km", "6")],
    ])
    func radiusIsExact(_ parameters: [(name: String, value: String)]) throws {
        // A new index each time, so the kept place sets of other tests play no part.
        let index = try SearchIndex(path: Self.indexes.precomputed.path)
        func allLocal(_ parameters: [(name: String, value: String)]) throws -> [Hit] {
            var hits: [Hit] = []
            var page = 1
            repeat {
                let results = try search(index, parameters + [("per_pagina", "100"), ("pagina", String(page))])
                hits += results.local
                page += 1
                if page > results.pageCount { break }
            } while true
            return hits
        }
        let kilometres = Double(parameters.first { $0.name == "km" }!.value)!
        let near = try allLocal(parameters)
        let wide = try allLocal(parameters.filter { $0.name != "km" } + [("km", "300")])
        let within = wide.filter { hit in hit.distance.map { $0.kilometres <= kilometres } ?? true }
        // The wide search reaches further, so the test can tell a box from a circle.
        #expect(within.count < wide.count)
        #expect(!within.isEmpty)
        #expect(Set(near.map(\.entry.id)) == Set(within.map(\.entry.id)))
        #expect(near.count == within.count)
        #expect(try search(index, parameters).localTotal == within.count)
    }

    @Test("A one-word search scores each hit exactly as FTS5's bm25() of that word does", arguments: ["hulp", "dagbesteding", "ggz"])
    func relevanceIsFTS5BM25(_ word: String) throws {
        let index = Self.indexes.precomputed
        let tokens = index.analyzer.query(word).terms.flatMap { $0.alternatives.flatMap { $0 } }
        try #require(tokens.count == 1, "\(word) analyses to \(tokens)")
        let expected = try DatabaseQueue(path: index.path).read { db in
            try Row.fetchAll(
                db, sql: "SELECT e.id, -bm25(entry_text, 10, 4, 3, 1) FROM entry_text JOIN entry e ON e.rowid = entry_text.rowid WHERE entry_text MATCH ?",
                arguments: ["\"\(tokens[0])\""]
            ).reduce(into: [String: Double]()) { $0[$1[0]] = $1[1] }
        }
        let results = try search(index, [("wat", word), ("per_pagina", "50")])
        let hits = results.local + results.online + results.knowledge
        #expect(!hits.isEmpty)
        for hit in hits {
            let relevance = try #require(hit.score.relevance)
            let fts5 = try #require(expected[hit.entry.id], "\(word): \(hit.entry.id)")
            #expect(relevance == fts5, "\(word): \(hit.entry.id)")
        }
    }

    @Test("The in-memory filters select the same records as the export's SQL", arguments: [
        [("domein", "geld-en-schulden")],
        [("doelgroep", "jongeren"), ("doelgroep", "ouderen")],
        [("soort", "lotgenotencontact"), ("kind", "lotgenoten")],
        [("toegang", "vrije-inloop")],
        [("taal", "nl")],
        [("gemeente", "Arnhem")],
        [("gemeente", "Stadskanaal"), ("gemeente", "Westerwolde")],
        [("leeftijd", "15")],
        [("leeftijd", "70"), ("gratis", "ja")],
        [("kind", "online"), ("kind", "kennis")],
    ])
    func filtersMatchTheExport(_ parameters: [(String, String)]) throws {
        let index = Self.indexes.precomputed
        let query = try SearchQuery.parse(parameters.map { (name: $0.0, value: $0.1) }, taxonomy: index.taxonomy)
        // The export is the maintainers' whole map; residents' searches leave out records for
        // professionals.
        let exported = try index.records(filteredBy: query).map(\.entry).filter { $0.status == .active && $0.audience == .everyone }
        var all = query
        all.perPage = 1_000
        let results = try index.search(all, today: testToday)
        // Articles are shown five at a time; the rest are compared in full.
        let articles = Set(exported.filter { $0.kind == .knowledge }.map(\.id))
        let others = Set(exported.filter { $0.kind != .knowledge }.map(\.id))
        #expect(!exported.isEmpty)
        #expect(Set((results.local + results.online).map(\.entry.id)) == others)
        #expect(results.knowledge.count == min(5, articles.count))
        #expect(Set(results.knowledge.map(\.entry.id)).isSubset(of: articles))
    }

    @Test("A filter reads whole records only for what the columns do not hold, and none without filters")
    func filterNeedsRecordOnlyWhenItMust() throws {
        let index = Self.indexes.precomputed
        func filter(_ parameters: [(String, String)], municipalities: [String] = []) throws -> CandidateFilter {
            CandidateFilter(
                try SearchQuery.parse(parameters.map { (name: $0.0, value: $0.1) }, taxonomy: index.taxonomy),
                municipalities: municipalities, table: index.candidates)
        }
        let none = try filter([("wat", "hulp"), ("bij", "Arnhem")])
        #expect(none.isEmpty && !none.needsRecord)
        let columnsOnly = try filter([("domein", "geld-en-schulden"), ("gratis", "ja"), ("kind", "lotgenoten")])
        #expect(!columnsOnly.isEmpty && !columnsOnly.needsRecord)
        let age = try filter([("leeftijd", "15")])
        #expect(!age.isEmpty && !age.needsRecord)
        for parameters in [[("toegang", "vrije-inloop")], [("taal", "nl")]] {
            #expect(try filter(parameters).needsRecord, "\(parameters)")
        }
        #expect(try filter([("gemeente", "Arnhem")], municipalities: ["Arnhem"]).needsRecord)
    }

    @Test("Results with equal scores are listed by name, as localizedStandardCompare orders names")
    func equalScoresByName() throws {
        // Without words or a place every score is 1 (fresh) or 0.75 (stale): long runs of ties.
        let results = try search(Self.indexes.precomputed, [("kind", "aanbod"), ("per_pagina", "100")])
        let pairs = zip(results.local, results.local.dropFirst()).filter { $0.score.total == $1.score.total }
        #expect(pairs.count > 20)
        for (a, b) in pairs {
            #expect(a.entry.name.localizedStandardCompare(b.entry.name) != .orderedDescending, "\(a.entry.name) before \(b.entry.name)")
        }
    }

    @Test("Sorting by name follows localizedStandardCompare over the whole list")
    func sortByName() throws {
        let names = try search(Self.indexes.precomputed, [("kind", "aanbod"), ("sorteer", "naam"), ("per_pagina", "100")]).local.map(\.entry.name)
        #expect(names.count > 20)
        for (a, b) in zip(names, names.dropFirst()) {
            #expect(a.localizedStandardCompare(b) != .orderedDescending, "\(a) before \(b)")
        }
    }

    @Test("Every statement a search runs uses an index or the full-text index, never a table scan")
    func queryPlans() throws {
        let database = try DatabaseQueue(path: Self.indexes.precomputed.path)
        try database.read { db in
            for sql in SearchIndex.searchStatements {
                let plan = try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: StatementArguments(
                    Array(repeating: "x" as DatabaseValueConvertible, count: sql.filter { $0 == "?" }.count)))
                    .map { $0["detail"] as String }
                #expect(!plan.isEmpty)
                for step in plan {
                    let usesIndex = step.hasPrefix("SEARCH ") || step.contains("VIRTUAL TABLE INDEX")
                    #expect(usesIndex, "\(sql): \(step)")
                }
            }
        }
    }
}
