import Foundation
import Indexing
import KaartModel

/// What `kaart sync` prints: per source one summary line (its run log line in words), the
/// problems, and the difference record by record.
public enum SyncReportText {
    /// `limit` caps the lines per list (added, changed, …); nil shows them all.
    public static func lines(_ report: SyncReport, limit: Int?, diagnostics showDiagnostics: Bool = true) -> [String] {
        var lines: [String] = []
        for result in report.results {
            if !lines.isEmpty { lines.append("") }
            lines += self.lines(result, limit: limit, diagnostics: showDiagnostics)
        }
        if let index = report.index {
            lines += ["", "Index rebuilt: \(index.load.records.count) records, in \(String(format: "%.1f", index.seconds)) s"]
        } else if let problem = report.indexProblem {
            lines += ["", "index: \(problem)"]
        } else if report.results.contains(where: { $0.run.outcome == .unchanged }) && !report.results.contains(where: { $0.run.outcome == .applied }) {
            lines += ["", "Nothing changed: the index was not rebuilt."]
        }
        return lines
    }

    public static func summary(_ run: SyncRun) -> String {
        let counts = "\(run.records) records; +\(run.added) new, ~\(run.changed) changed, -\(run.gone) gone, \(run.retired) retired, \(run.returned) back"
        let took = String(format: "%.1f s", run.seconds)
        switch run.outcome {
        case .applied: return "\(run.source): \(counts) — applied (\(run.fetched), \(run.requests) request(s), \(run.bytes) bytes, \(took))"
        case .unchanged: return "\(run.source): \(counts) — unchanged (\(run.fetched), \(took))"
        case .dryRun: return "\(run.source): \(counts) — dry run, nothing kept (\(run.fetched), \(took))"
        case .held: return "\(run.source): HELD BACK: \(run.message ?? "")"
        case .failed: return "\(run.source): FAILED: \(run.message ?? "") — the previous snapshot and the index stay as they were"
        }
    }

    static func lines(_ result: SourceResult, limit: Int?, diagnostics showDiagnostics: Bool) -> [String] {
        var lines = [summary(result.run)]
        if showDiagnostics {
            let shown = result.diagnostics.filter { $0.severity == .error } + result.diagnostics.filter { $0.severity == .warning }
            lines += (limit.map { Array(shown.prefix($0)) } ?? shown).map { "  \($0)" }
            if let limit, shown.count > limit { lines.append("  … and \(shown.count - limit) more problems (kaart sync --all shows them all)") }
        }
        guard result.run.outcome != .failed else { return lines }
        let retireAfter = result.source.remote?.retireAfter ?? 3
        func list(_ mark: String, _ items: [SourceResult.Item], _ note: String = "") {
            let shown = limit.map { Array(items.prefix($0)) } ?? items
            lines += shown.map { "  \(mark) \($0.id)  \($0.name)\(note)" }
            if let limit, items.count > limit { lines.append("  … and \(items.count - limit) more") }
        }
        list("+", result.added)
        let changes = limit.map { Array(result.changed.prefix($0)) } ?? result.changed
        for change in changes {
            lines.append("  ~ \(change.id)  \(change.name)")
            lines += change.fields.map { "      \($0.field): \(short($0.old)) → \(short($0.new))" }
        }
        if let limit, result.changed.count > limit { lines.append("  … and \(result.changed.count - limit) more changed") }
        list("-", result.gone, " (gone from the source; retired after \(retireAfter) run(s) without it)")
        list("×", result.retired, " (retired: niet meer bij bron \(result.source.name))")
        list("↩", result.returned, " (back in the source)")
        return lines
    }

    /// A long value in one line, cut in the middle of nothing important.
    static func short(_ text: String) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        if flat.isEmpty { return "(empty)" }
        return flat.count > 120 ? String(flat.prefix(117)) + "…" : flat
    }
}
