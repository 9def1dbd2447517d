import Advice
import Foundation
import Indexing
import KaartModel
import SearchIndex

/// The assistant's class of `kaart bench` (issue 19): three-need situations as a wegwijzer types
/// them, each around a postcode, through `Advisor` exactly as `/advies` runs it (a new `Advisor`
/// per request, several searches per situation). Warm: after 50 warm-up situations.
public enum AdviceBench {
    /// Situations naming three needs in three levensdomeinen.
    static let situations = [
        "alleenstaande moeder, schulden, slaapt slecht en weinig mensen om zich heen",
        "ik ben somber, heb geldzorgen en veel ruzie thuis",
        "mantelzorger voor mijn vader, overspannen en eenzaam",
        "ontslagen, huurachterstand en ik drink te veel",
        "mijn dochter van 15 is somber, spijbelt en heeft weinig vrienden",
        "weduwe, rouw om mijn man, slaap slecht en krap bij kas",
    ]

    public static let className = "advies (3 needs)"

    /// The requests of the class, in the order they are run: `count` of them.
    public static func requests(count: Int) -> [AdviceRequest] {
        (0..<count).map { i in
            AdviceRequest(situation: situations[i % situations.count], near: QueryMix.postcodes[(i / situations.count) % QueryMix.postcodes.count])
        }
    }

    /// Warm latency of the assistant on `index`; `meanHits` is the mean number of suggestions.
    public static func measure(_ index: SearchIndex, count: Int, today: Day, clock: () -> UInt64) throws -> Latency {
        let requests = requests(count: count)
        for request in requests.prefix(50) { _ = try Advisor(index: index).advise(request, today: today) }
        var times: [Double] = []
        var suggestions = 0
        times.reserveCapacity(requests.count)
        for request in requests {
            let t0 = clock()
            let advice = try Advisor(index: index).advise(request, today: today)
            times.append(Double(clock() - t0) / 1e6)
            suggestions += advice.domains.reduce(0) { $0 + $1.suggestions.count }
        }
        return Latency(milliseconds: times, meanHits: Double(suggestions) / Double(max(1, requests.count)))
    }

    /// Only the assistant (`kaart bench --alleen-advies`): generate and index `records` synthetic
    /// records, then measure the class. Skips the search mix, the references and the server.
    public static func run(_ options: BenchOptions, reference: ReferenceData, clock: @escaping @Sendable () -> UInt64, log: (String) -> Void) throws -> Latency {
        let n = options.records
        try FileManager.default.createDirectory(at: options.workDirectory, withIntermediateDirectories: true)
        log("[\(n)] generating synthetic records")
        let corpus = SyntheticCorpus(today: options.today, gazetteer: reference.gazetteer, wordFrequencies: reference.wordFrequencies)
        let entries = corpus.records(n).map { $0.entry(gazetteer: reference.gazetteer) }
        log("[\(n)] building the index")
        let contents = IndexBuild.contents(
            records: entries.map { .init(entry: $0, sourceFile: "synthetic/\($0.id).yaml") }, reference: reference, now: options.now)
        let indexPath = options.workDirectory.appendingPathComponent("kaart-advies-\(n).sqlite").path
        try IndexWriter.build(contents, at: indexPath)
        log("[\(n)] the assistant, warm")
        return try measure(SearchIndex(path: indexPath), count: options.queriesPerClass, today: options.today, clock: clock)
    }
}
