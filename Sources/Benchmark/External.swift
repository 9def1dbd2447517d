import Foundation
import KaartModel
import SearchIndex

/// The reference points outside Swift: Tantivy (a Python script in scripts/) and Datasette
/// driven by wrk. Missing tools are installed with pip and apt-get; if that fails, the figure
/// says why it is missing instead of failing the run.
enum External {
    /// Runs `arguments` and returns its exit status and output.
    @discardableResult
    static func run(_ arguments: [String], timeout: TimeInterval = 600) -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do { try process.run() } catch { return (127, "\(error)") }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static func pythonHas(_ module: String) -> Bool { run(["python3", "-c", "import \(module)"]).status == 0 }

    /// Installs a PyPI package if its module is missing; nil on success, else the reason.
    static func ensurePython(_ module: String, package: String) -> String? {
        if pythonHas(module) { return nil }
        let result = run(["python3", "-m", "pip", "install", "--quiet", package])
        return pythonHas(module) ? nil : "pip install \(package) failed: \(result.output.suffix(300))"
    }

    static func ensureWrk() -> String? {
        if run(["which", "wrk"]).status == 0 { return nil }
        run(["apt-get", "install", "-y", "-q", "wrk"])
        return run(["which", "wrk"]).status == 0 ? nil : "wrk is missing and apt-get install wrk failed"
    }

    // MARK: Tantivy

    static func tantivy(entries: [Entry], queries: [BenchQuery], index: SearchIndex, options: BenchOptions) -> ReferenceFigures {
        if let problem = ensurePython("tantivy", package: "tantivy") { return ReferenceFigures(skipped: problem) }
        let directory = options.workDirectory
        let recordsFile = directory.appendingPathComponent("tantivy-records-\(options.records).jsonl")
        let queriesFile = directory.appendingPathComponent("tantivy-queries-\(options.records).json")
        let outFile = directory.appendingPathComponent("tantivy-result-\(options.records).json")
        do {
            var lines = ""
            let encoder = JSONEncoder()
            for e in entries where e.status == .active {
                let record = TantivyRecord(
                    id: e.id, name: e.name, body: [e.description, e.summaryB1].compactMap { $0 }.joined(separator: "\n"),
                    kind: e.kind.rawValue, domains: e.domains, target_groups: e.targetGroups, support_types: e.supportTypes,
                    free: e.free ?? false, lat: e.coordinate?.latitude, lon: e.coordinate?.longitude)
                lines += String(decoding: try encoder.encode(record), as: UTF8.self) + "\n"
            }
            try lines.write(to: recordsFile, atomically: true, encoding: .utf8)
            let neutral = try queries.map { q -> TantivyQuery in
                let center = try q.postcode.flatMap { try index.resolveOrigin($0)?.coordinate }
                let box = center.map { $0.boundingBox(radius: .defaultRadius) }
                return TantivyQuery(
                    class: q.queryClass.rawValue, text: q.text, domains: q.domains, target_groups: q.targetGroups,
                    support_types: q.supportTypes, kinds: q.kinds, free: q.freeOnly,
                    box: box.map { [$0.latitude.lowerBound, $0.latitude.upperBound, $0.longitude.lowerBound, $0.longitude.upperBound] })
            }
            try encoder.encode(neutral).write(to: queriesFile)
        } catch {
            return ReferenceFigures(skipped: "could not write the Tantivy input: \(error)")
        }
        let script = options.scriptsDirectory.appendingPathComponent("bench_tantivy.py").path
        let indexDirectory = directory.appendingPathComponent("tantivy-\(options.records)").path
        let result = run(["python3", script, recordsFile.path, queriesFile.path, indexDirectory, outFile.path])
        guard result.status == 0, let data = FileManager.default.contents(atPath: outFile.path),
            let output = try? JSONDecoder().decode(TantivyOutput.self, from: data)
        else {
            return ReferenceFigures(skipped: "bench_tantivy.py failed: \(result.output.suffix(500))")
        }
        var figures = ReferenceFigures(
            build: BuildFigures(
                seconds: output.build_seconds, recordsPerSecond: Double(output.records) / output.build_seconds,
                indexBytes: output.index_bytes))
        for (name, c) in output.classes {
            var latency = Latency(milliseconds: [], meanHits: c.mean_hits)
            latency.count = c.count
            latency.p50 = c.p50
            latency.p95 = c.p95
            latency.p99 = c.p99
            figures.classes[name] = latency
        }
        return figures
    }

    struct TantivyRecord: Encodable {
        var id, name, body, kind: String
        var domains, target_groups, support_types: [String]
        var free: Bool
        var lat, lon: Double?
    }

    struct TantivyQuery: Encodable {
        var `class`: String
        var text: String
        var domains, target_groups, support_types, kinds: [String]
        var free: Bool
        var box: [Double]?
    }

    struct TantivyOutput: Decodable {
        struct Class: Decodable { var count: Int; var p50, p95, p99, mean_hits: Double }
        var records: Int
        var build_seconds: Double
        var index_bytes: Int64
        var classes: [String: Class]
    }

    // MARK: Datasette + wrk

    static func datasette(plainPath: String, options: BenchOptions, log: (String) -> Void) -> (figures: [LoadFigures], notes: [String]) {
        if let problem = ensurePython("datasette", package: "datasette") { return ([], ["Datasette not run: \(problem)"]) }
        if let problem = ensureWrk() { return ([], ["Datasette not run: \(problem)"]) }
        let directory = options.workDirectory
        let metadata = directory.appendingPathComponent("datasette-metadata.json")
        let script = directory.appendingPathComponent("wrk-queries.lua")
        let database = URL(fileURLWithPath: plainPath).deletingPathExtension().lastPathComponent
        do {
            let canned: [String: Any] = ["databases": [database: ["queries": ["search": ["sql": PlainReference.cannedSearchSQL]]]]]
            try JSONSerialization.data(withJSONObject: canned).write(to: metadata)
            let words = QueryMix.words.compactMap(PlainReference.matchExpression).map {
                "/\(database)/search.json?q=\($0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? $0)"
            }
            try cyclingScript(words).write(to: script, atomically: true, encoding: .utf8)
        } catch {
            return ([], ["Datasette not run: \(error)"])
        }
        let port = 18_000 + options.records % 1000
        let server = Process()
        server.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        server.arguments = [
            "python3", "-m", "datasette", "serve", "-i", plainPath, "--metadata", metadata.path, "--host", "127.0.0.1",
            "--port", String(port), "--setting", "sql_time_limit_ms", "5000",
        ]
        server.standardOutput = FileHandle.nullDevice
        server.standardError = FileHandle.nullDevice
        do { try server.run() } catch { return ([], ["Datasette not run: \(error)"]) }
        defer {
            // Datasette (uvicorn) can wait a long time for idle connections on SIGTERM: give it
            // five seconds, then stop it hard, so a bench run always ends.
            server.terminate()
            for _ in 0..<50 where server.isRunning { usleep(100_000) }
            if server.isRunning { kill(server.processIdentifier, SIGKILL) }
            server.waitUntilExit()
        }
        let base = "http://127.0.0.1:\(port)"
        var ready = false
        for _ in 0..<100 where !ready {
            ready = run(["curl", "-sf", "-o", "/dev/null", "\(base)/\(database)/search.json?q=hulp"]).status == 0
            if !ready { usleep(200_000) }
        }
        guard ready else { return ([], ["Datasette did not start on \(base)"]) }
        var figures: [LoadFigures] = []
        for connections in options.connections {
            log("[\(options.records)] wrk -c \(connections) Datasette")
            var load = wrk(url: base, script: script.path, connections: connections, seconds: options.loadSeconds)
            load.target = "datasette canned search (JSON)"
            load.serverMemoryBytes = Benchmark.currentMemoryBytes(pid: server.processIdentifier)
            figures.append(load)
        }
        return (figures, [])
    }

    /// A wrk script that asks `paths` in turn, one per request, on every connection.
    static func cyclingScript(_ paths: [String]) -> String {
        """
        -- Cycles through the text queries of the benchmark mix.
        local paths = { \(paths.map { "\"\($0)\"" }.joined(separator: ", ")) }
        local i = 0
        request = function()
          i = i % #paths + 1
          return wrk.format("GET", paths[i])
        end

        """
    }

    /// One bounded wrk run (2 threads) and its requests/s and p99.
    static func wrk(url: String, script: String?, connections: Int, seconds: Int) -> LoadFigures {
        var arguments = ["wrk", "-t", String(min(2, connections)), "-c", String(connections), "-d", "\(seconds)s", "--latency", "--timeout", "10s"]
        if let script { arguments += ["-s", script] }
        let output = run(arguments + [url], timeout: TimeInterval(seconds + 30)).output
        func number(after label: String, in line: Substring) -> Double? {
            line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first.flatMap { parseDuration(String($0)) }
        }
        var rps = 0.0
        var p99: Double?
        var errors = 0
        for line in output.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("Requests/sec:") {
                rps = Double(trimmed.dropFirst("Requests/sec:".count).trimmingCharacters(in: .whitespaces)) ?? 0
            } else if trimmed.hasPrefix("99%") {
                p99 = number(after: "99%", in: Substring(trimmed))
            } else if trimmed.hasPrefix("Non-2xx") || trimmed.hasPrefix("Socket errors") {
                errors += trimmed.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }.reduce(0, +)
            }
        }
        return LoadFigures(target: url, connections: connections, requestsPerSecond: rps, p99Milliseconds: p99, serverMemoryBytes: nil, errors: errors)
    }

    /// "1.23ms", "850.00us", "1.02s" → milliseconds.
    static func parseDuration(_ text: String) -> Double? {
        for (suffix, factor) in [("us", 0.001), ("ms", 1.0), ("s", 1000.0), ("m", 60_000.0)] where text.hasSuffix(suffix) {
            if let value = Double(text.dropLast(suffix.count)) { return value * factor }
        }
        return nil
    }
}
