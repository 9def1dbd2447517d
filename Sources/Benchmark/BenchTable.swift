import Foundation

/// The printed table of `kaart bench`: one block per corpus size.
public enum BenchTable {
    public static func render(_ reports: [BenchReport]) -> String {
        var out: [String] = []
        for r in reports {
            out.append("== \(r.records) synthetic records, \(r.queriesPerClass) queries per class ==")
            out.append(String(
                format: "build   kaart %.2f s (%.0f rec/s; B1 summaries %.2f s of it), %@, peak RSS %@; open %.0f ms",
                r.build.seconds, r.build.recordsPerSecond, r.summarySeconds, bytes(r.build.indexBytes),
                r.build.peakMemoryBytes.map(bytes) ?? "?", r.openSeconds * 1000))
            if let b = r.plainFTS5.build {
                out.append(String(format: "        plain FTS5 %.2f s (%.0f rec/s), %@", b.seconds, b.recordsPerSecond, bytes(b.indexBytes)))
            }
            if let b = r.tantivy.build {
                out.append(String(format: "        Tantivy %.2f s (%.0f rec/s), %@", b.seconds, b.recordsPerSecond, bytes(b.indexBytes)))
            }
            if let c = r.change { out.append(change(c, records: r.records)) }
            out.append("search RSS after the query mix: " + (r.searchMemoryBytes.map(bytes) ?? "?"))
            out.append(pad("class", 14) + pad("kaart p50", 10) + pad("p95", 8) + pad("p99", 8) + pad("hits", 8)
                + pad("cold p50", 10) + pad("max", 8)
                + pad("fts5 p50", 10) + pad("p99", 8) + pad("tantivy p50", 12) + pad("p99", 8) + "ms")
            for queryClass in QueryClass.allCases {
                let name = queryClass.rawValue
                let k = r.search[name]
                let p = r.plainFTS5.classes[name]
                let t = r.tantivy.classes[name]
                let c = r.coldSearch[name]
                out.append(pad(name, 14) + pad(ms(k?.p50), 10) + pad(ms(k?.p95), 8) + pad(ms(k?.p99), 8)
                    + pad(k?.meanHits.map { String(format: "%.0f", $0) } ?? "-", 8)
                    + pad(ms(c?.p50), 10) + pad(ms(c?.maximum), 8)
                    + pad(ms(p?.p50), 10) + pad(ms(p?.p99), 8) + pad(ms(t?.p50), 12) + pad(ms(t?.p99), 8))
            }
            if let a = r.advice {
                out.append(pad(AdviceBench.className, 14) + pad(ms(a.p50), 10) + pad(ms(a.p95), 8) + pad(ms(a.p99), 8)
                    + pad(a.meanHits.map { String(format: "%.0f", $0) } ?? "-", 8) + "(warm; hits: suggestions per situation)")
            }
            if let reason = r.tantivy.skipped { out.append("Tantivy: \(reason)") }
            for l in r.load {
                out.append(String(
                    format: "wrk %@ -c %d: %.0f req/s, p99 %@ ms, server RSS %@%@%@", l.target, l.connections,
                    l.requestsPerSecond, ms(l.p99Milliseconds), l.serverMemoryBytes.map(bytes) ?? "?",
                    l.serverPeakMemoryBytes.map { " (peak \(bytes($0)))" } ?? "", l.errors > 0 ? ", \(l.errors) errors" : ""))
            }
            out += r.notes.map { "note: \($0)" }
            out.append("")
        }
        return out.joined(separator: "\n")
    }

    /// "change  100 records → served …": the change line, with its stages when known.
    static func change(_ c: ChangeFigures, records: Int) -> String {
        var line = String(
            format: "change  %d records → served %.2f s (%d of %d records from the build cache, %@); filling the cache: a build of %.2f s",
            c.changedRecords, c.seconds, c.reusedRecords, records, bytes(c.cacheBytes), c.fillSeconds)
        if let preparing = c.preparingSeconds, let writing = c.writingSeconds, let opening = c.openingSeconds {
            line += String(
                format: "\n        of it: keys, cache and summaries %.2f s · writing the index %.2f s · opening and a first search %.2f s",
                preparing, writing, opening)
        }
        if let stages = c.stages, !stages.isEmpty {
            line += "\n        steps: " + stages.map { String(format: "%@ %.2f s", $0.stage, $0.seconds) }.joined(separator: " · ")
        }
        return line
    }

    /// The build and change lines alone (`kaart bench --alleen-bouw`).
    public static func buildOnly(records: Int, build: BuildFigures, summarySeconds: Double, change c: ChangeFigures) -> String {
        String(
            format: "== %d synthetic records: build and change only ==\nbuild   kaart %.2f s (%.0f rec/s; B1 summaries %.2f s of it), %@, peak RSS %@\n",
            records, build.seconds, build.recordsPerSecond, summarySeconds, bytes(build.indexBytes), build.peakMemoryBytes.map(bytes) ?? "?")
            + change(c, records: records) + "\n"
    }

    /// The in-process search lines alone (`kaart bench --alleen-zoeken`).
    public static func searchOnly(records: Int, queries: Int, warm: [String: Latency], cold: [String: Latency]) -> String {
        var text = "== \(records) synthetic records, \(queries) queries per class, in-process ==\n"
            + pad("class", 18) + pad("p50", 8) + pad("p95", 8) + pad("p99", 8) + pad("max", 8) + pad("cold p50", 10) + "ms\n"
        for queryClass in QueryClass.allCases where warm[queryClass.rawValue] != nil {
            let w = warm[queryClass.rawValue]
            text += pad(queryClass.rawValue, 18) + pad(ms(w?.p50), 8) + pad(ms(w?.p95), 8) + pad(ms(w?.p99), 8) + pad(ms(w?.maximum), 8)
                + pad(ms(cold[queryClass.rawValue]?.p50), 10) + String(format: "(%.0f hits)", w?.meanHits ?? 0) + "\n"
        }
        return text
    }

    /// The assistant's line alone (`kaart bench --alleen-advies`).
    public static func advice(records: Int, queries: Int, _ latency: Latency) -> String {
        "== \(records) synthetic records, \(queries) situations ==\n" + pad("class", 18) + pad("p50", 8) + pad("p95", 8) + pad("p99", 8) + pad("max", 8) + "ms\n"
            + pad(AdviceBench.className, 18) + pad(ms(latency.p50), 8) + pad(ms(latency.p95), 8) + pad(ms(latency.p99), 8) + pad(ms(latency.maximum), 8)
            + String(format: "(warm; %.1f suggestions per situation)", latency.meanHits ?? 0) + "\n"
    }

    static func ms(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "-" }
        return value < 10 ? String(format: "%.3f", value) : String(format: "%.1f", value)
    }

    static func bytes(_ value: Int64) -> String {
        value >= 1 << 20 ? String(format: "%.1f MB", Double(value) / 1_048_576) : String(format: "%.0f kB", Double(value) / 1024)
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
