import Feedback
import Dispatch
import Foundation
import Indexing
import KaartModel

/// How large the usage store grows (issue 20: a year of daily aggregates for every gemeente
/// under 50 MB). Use is simulated one event at a time — searches, record views, handouts and
/// "vond je wat je zocht?" answers — and counted into `UsageBatch`es exactly as the server's
/// `UsageCounter` does, one batch per simulated day, added to a fresh SQLite store through
/// `addUsage`. What grows the file is the number of distinct cells, so the simulation draws the
/// cells' dimensions from spreads that make many of them: every gemeente, both channels, every
/// levensdomein, a dozen filter combinations, three result sizes, and a concept or two for each
/// search that found nothing. Nothing here is real use; the figures say so.
public enum UsageBench {
    public struct Figures: Codable, Sendable {
        public var days: Int
        public var municipalities: Int
        public var searchesPerDay: Int
        public var events: Int
        /// Distinct daily cells and zero-result concept cells stored.
        public var cells: Int
        public var gapCells: Int
        public var fileBytes: Int64
        public var seconds: Double
        /// The goal of issue 20.
        public static let goalBytes: Int64 = 50_000_000
    }

    /// Filter combinations as the server names them (`UsageCounter.filters`), with weights.
    static let filterMix: [(filters: [String], weight: Int)] = [
        (["bij", "wat"], 30), (["wat"], 12), ([], 8), (["bij", "domein"], 10), (["bij", "domein", "wat"], 8),
        (["bij", "doelgroep", "wat"], 6), (["bij", "gratis", "wat"], 4), (["domein", "gemeente"], 5),
        (["bij", "open", "wat"], 4), (["bij", "leeftijd", "wat"], 4), (["bij", "taal", "wat"], 3), (["bij", "soort", "wat"], 6),
    ]

    /// Simulates `days` days of use ending at `lastDay`, `searchesPerDay` searches a day over all
    /// gemeenten (weighted by their number of postcode areas, the population proxy), and adds
    /// them to a new store at `path`.
    public static func run(
        reference: ReferenceData, days: Int, searchesPerDay: Int, lastDay: Day, path: String, seed: UInt64 = 20,
        log: (String) -> Void
    ) async throws -> Figures {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        let areasPerMunicipality = Dictionary(grouping: reference.gazetteer.postcodeAreas.values, by: \.municipality).mapValues(\.count)
        let municipalities = areasPerMunicipality.keys.sorted()
        let municipalityWeights = municipalities.map { areasPerMunicipality[$0] ?? 1 }
        let domains = (reference.taxonomy.terms[.domains] ?? []).map(\.code)
        let concepts = reference.concepts.concepts.map(\.id)
        let filterWeights = filterMix.map(\.weight)
        let firstDay = lastDay.adding(days: -(days - 1))

        let clock = Locked(Date())
        let store = try FeedbackStore(path: path, now: { clock.withLock { $0 } })
        var random = SplitMix64(seed: seed)
        var events = 0, cells = 0, gapCells = 0
        let start = DispatchTime.now().uptimeNanoseconds
        for offset in 0..<days {
            let day = firstDay.adding(days: offset)
            var batch = UsageBatch()
            for _ in 0..<searchesPerDay {
                let municipality = municipalities[pick(municipalityWeights, &random)]
                let channel: UsageChannel = random.next() % 5 == 0 ? .api : .page
                let filters = filterMix[pick(filterWeights, &random)].filters
                let domain = filters.contains("domein") || random.next() % 3 == 0 ? random.element(domains) : nil
                let roll = random.next() % 100
                let size: ResultSize = roll < 8 ? .none : roll < 38 ? .few : .many
                batch.counts[UsageKey(day: day, municipality: municipality, channel: channel, event: .search, domain: domain, filters: filters, size: size), default: 0] += 1
                events += 1
                if size == .none {
                    for _ in 0..<(1 + Int(random.next() % 2)) {
                        batch.gaps[UsageGap(day: day, municipality: municipality, concept: random.element(concepts)), default: 0] += 1
                    }
                }
                // After a search: a record view half the time, a handout one time in twenty, an
                // answer to "vond je wat je zocht?" one time in ten.
                let recordDomain = random.element(domains)
                for (event, chance) in [(UsageEvent.view, 50), (.handout, 5), (random.next() % 3 == 0 ? .foundNo : .foundYes, 10)]
                where random.next() % 100 < UInt64(chance) {
                    batch.counts[UsageKey(day: day, municipality: municipality, channel: channel, event: event, domain: recordDomain), default: 0] += 1
                    events += 1
                }
            }
            cells += batch.counts.count
            gapCells += batch.gaps.count
            clock.withLock { $0 = noon(day) }
            try await store.addUsage(batch, keepDays: UsagePolicy().retentionDays)
            if (offset + 1).isMultiple(of: 60) { log("usage store: \(offset + 1) of \(days) days added") }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        try store.checkpoint()
        let bytes = ["", "-wal"].reduce(Int64(0)) { sum, suffix in
            sum + ((try? FileManager.default.attributesOfItem(atPath: path + suffix)[.size] as? Int64) ?? 0)
        }
        return Figures(
            days: days, municipalities: municipalities.count, searchesPerDay: searchesPerDay, events: events,
            cells: cells, gapCells: gapCells, fileBytes: bytes, seconds: seconds)
    }

    /// Noon in Amsterdam on `day`: the store's clock while that day's counts are added.
    static func noon(_ day: Day) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Amsterdam")!
        return calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day, hour: 12)) ?? Date()
    }

    static func pick(_ weights: [Int], _ random: inout SplitMix64) -> Int {
        let total = weights.reduce(0, +)
        var roll = Int(random.next() % UInt64(total))
        for (index, weight) in weights.enumerated() {
            if roll < weight { return index }
            roll -= weight
        }
        return weights.count - 1
    }

    /// Decimal megabytes (10^6 bytes), as the goal is written.
    static func megabytes(_ bytes: Int64) -> String { String(format: "%.1f MB", Double(bytes) / 1e6) }

    public static func table(_ f: Figures) -> String {
        """
        usage store (synthetic use, never real): \(f.days) days × \(f.municipalities) gemeenten, \
        \(f.searchesPerDay) searches a day (\(f.events) events counted)
        | daily cells | zero-result concept cells | file (SQLite, after checkpoint) | goal | time to add |
        | ---: | ---: | ---: | ---: | ---: |
        | \(f.cells) | \(f.gapCells) | \(megabytes(f.fileBytes)) | < \(megabytes(Figures.goalBytes)) \
        \(f.fileBytes < Figures.goalBytes ? "(met)" : "(NOT met)") | \(String(format: "%.1f s", f.seconds)) |
        """
    }
}
