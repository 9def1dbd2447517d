import Advice
import Feedback
import Foundation
import KaartModel
import Logging
import SearchIndex

/// Counts use in memory and adds it to the store in batches (`flush`, every `flushInterval` in
/// `kaart serve` and at shutdown), so counting costs a search a dictionary update, not a write.
/// What it keeps is what `UsageKey` and `UsageGap` hold: no address, no query text, no trail.
public final class UsageCounter: Sendable {
    private let batch = Locked(UsageBatch())
    /// How often `kaart serve` adds the counts to the store. Counts not yet added are lost if the
    /// process is killed (SIGKILL); that is at most this long of statistics.
    public static let flushInterval: Duration = .seconds(60)

    /// False only for `kaart bench`, which measures what counting costs by serving once with and
    /// once without it (`kaart serve --zonder-telling`, a hidden flag).
    public let isCounting: Bool

    public init(counting: Bool = true) {
        isCounting = counting
    }

    /// Counts one search: the gemeente of the searched place, the filters used (their names),
    /// the result size bucket, and for a search that found nothing its understood concepts.
    func search(_ results: SearchResults, channel: UsageChannel, day: Day) {
        guard isCounting else { return }
        let query = results.query
        let municipality = results.origin?.municipality ?? query.municipalities.first
        let found = results.localTotal + results.online.count + results.knowledge.count
        let domain = query.domains.first ?? results.local.first?.entry.domains.first ?? results.online.first?.entry.domains.first
        let key = UsageKey(
            day: day, municipality: municipality, channel: channel, event: .search, domain: domain,
            filters: Self.filters(query), size: ResultSize(results: found))
        let concepts = found == 0 ? results.understanding.concepts : []
        batch.withLock { batch in
            batch.counts[key, default: 0] += 1
            for concept in Set(concepts) {
                batch.gaps[UsageGap(day: day, municipality: municipality, concept: concept), default: 0] += 1
            }
        }
    }

    /// Counts one use of the assistant (channel `assistant`): per levensdomein it answered, a
    /// search of that domain with its result size, and for a domain with nothing to suggest the
    /// concepts it was named by. The situation itself, and words it could not place, are never
    /// counted: they are a person's own words.
    func advice(_ advice: Advice, day: Day) {
        let municipality = advice.origin?.municipality
        var filters = ["wat"]
        if advice.origin != nil { filters.append("bij") }
        if advice.age != nil { filters.append("leeftijd") }
        batch.withLock { batch in
            guard !advice.domains.isEmpty else {
                let key = UsageKey(day: day, municipality: municipality, channel: .assistant, event: .search, domain: nil, filters: filters, size: .none)
                batch.counts[key, default: 0] += 1
                return
            }
            for plan in advice.domains {
                let found = plan.suggestions.count
                let key = UsageKey(
                    day: day, municipality: municipality, channel: .assistant, event: .search, domain: plan.domain, filters: filters,
                    size: ResultSize(results: found))
                batch.counts[key, default: 0] += 1
                guard found == 0 else { continue }
                for concept in Set(plan.mentions.compactMap(\.concept)) {
                    batch.gaps[UsageGap(day: day, municipality: municipality, concept: concept), default: 0] += 1
                }
            }
        }
    }

    /// Counts a record's page, its handout, or a "vond je wat je zocht?" answer.
    func event(_ event: UsageEvent, channel: UsageChannel, municipality: String?, domain: String?, day: Day) {
        guard isCounting else { return }
        let key = UsageKey(day: day, municipality: municipality, channel: channel, event: event, domain: domain)
        batch.withLock { $0.counts[key, default: 0] += 1 }
    }

    /// The names of the filters a query used; never their free-text values.
    static func filters(_ query: SearchQuery) -> [String] {
        var names: [String] = []
        if !query.domains.isEmpty { names.append("domein") }
        if !query.targetGroups.isEmpty { names.append("doelgroep") }
        if !query.supportTypes.isEmpty { names.append("soort-steun") }
        if !query.access.isEmpty { names.append("toegang") }
        if !query.languages.isEmpty { names.append("taal") }
        if !query.kinds.isEmpty { names.append("soort") }
        if !query.municipalities.isEmpty { names.append("gemeente") }
        if query.age != nil { names.append("leeftijd") }
        if query.freeOnly { names.append("gratis") }
        if query.open != nil { names.append("open") }
        if query.near != nil { names.append("bij") }
        if !query.text.isEmpty { names.append("wat") }
        return names
    }

    /// Adds what was counted to `store`; on failure the counts are kept for the next try.
    public func flush(to store: any ReportStore, policy: UsagePolicy, logger: Logger) async {
        let taken = batch.withLock { batch -> UsageBatch in
            let taken = batch
            batch = UsageBatch()
            return taken
        }
        guard !taken.isEmpty else { return }
        do {
            try await store.addUsage(taken, keepDays: policy.retentionDays)
        } catch {
            logger.warning("usage counts not stored yet; kept for the next try", metadata: ["cause": "\(error)"])
            batch.withLock { batch in
                for (key, count) in taken.counts { batch.counts[key, default: 0] += count }
                for (gap, count) in taken.gaps { batch.gaps[gap, default: 0] += count }
            }
        }
    }
}
