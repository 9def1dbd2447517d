import Foundation
import KaartModel

/// How a remote source stands, from its state and run log: for `kaart dekking` and the
/// maintainers' view. Read from files; no network.
public struct SourceStatus: Encodable, Sendable {
    public var name: String
    public var url: String
    public var format: String
    /// Seconds between scheduled runs in `kaart serve --sync`; nil when run by hand only.
    public var every: Double?
    public var lastRun: SyncRun?
    /// The last run that was applied or found nothing changed.
    public var lastSuccess: SyncRun?
    /// Records on the map from this source (kept ones included, retired ones not).
    public var records: Int
    /// Added, changed, gone, retired and back in the last applied run.
    public var changedInLastRun: Int
    /// Records past the freshness limit by the source's own date.
    public var stale: Int
    /// Missing from the source, still on the map until `retire_after` runs have passed.
    public var missing: Int
    /// Taken off the map: "niet meer bij bron X sinds …".
    public var retired: Int

    /// The status of every source with a `url:` in `sources`.
    public static func load(_ sources: [SourceDefinition], today: Day, freshnessMonths: Int = 12) throws -> [SourceStatus] {
        try sources.compactMap { source in
            guard let remote = source.remote else { return nil }
            let folder = SyncFolder(source.path)
            let runs = folder.runs()
            let state = try folder.state()
            let records = state?.records.values ?? [:].values
            let retireAfter = remote.retireAfter
            let lastApplied = runs.last { $0.outcome == .applied }
            return SourceStatus(
                name: source.name, url: remote.url.absoluteString, format: source.format.rawValue, every: remote.every,
                lastRun: runs.last, lastSuccess: runs.last { $0.outcome == .applied || $0.outcome == .unchanged },
                records: records.filter { $0.missing < retireAfter }.count,
                changedInLastRun: lastApplied.map { $0.added + $0.changed + $0.gone + $0.retired + $0.returned } ?? 0,
                stale: records.filter { $0.missing < retireAfter && ($0.assured.map { $0.isPastFreshnessLimit(on: today, limitMonths: freshnessMonths) } ?? true) }.count,
                missing: records.filter { $0.missing > 0 && $0.missing < retireAfter }.count,
                retired: records.filter { $0.missing >= retireAfter }.count)
        }
    }

    /// The section per source in `kaart dekking`.
    public static func text(_ statuses: [SourceStatus], freshnessMonths: Int = 12) -> String {
        guard !statuses.isEmpty else { return "" }
        let formatter = ISO8601DateFormatter()
        var lines = ["", "Bronnen die kaart sync bijhoudt: \(statuses.count)"]
        for status in statuses {
            lines.append("")
            lines.append("\(status.name) (\(status.format), \(status.url))")
            if let success = status.lastSuccess {
                lines.append("  laatste geslaagde run: \(formatter.string(from: success.startedAt)) (\(success.outcome.rawValue))")
            } else {
                lines.append("  laatste geslaagde run: nog geen (kaart sync \(status.name))")
            }
            if let last = status.lastRun, last.outcome == .failed || last.outcome == .held {
                lines.append("  laatste run \(last.outcome == .failed ? "mislukt" : "tegengehouden") op \(formatter.string(from: last.startedAt)): \(last.message ?? "")")
            }
            lines.append("  records: \(status.records) · veranderd in de laatste run: \(status.changedInLastRun) · langer dan \(freshnessMonths) maanden niet gecontroleerd: \(status.stale)")
            lines.append("  weg bij de bron (nog op de kaart): \(status.missing) · uit de kaart gehaald: \(status.retired)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
