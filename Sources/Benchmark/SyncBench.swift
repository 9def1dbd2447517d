import Foundation
import Indexing
import KaartModel
import SearchIndex

/// `kaart bench --sync`: another map with `records` synthetic services on loopback (`kaart
/// serve` on a synthetic index, its `/api/v1/services` paged and as ndjson), and the built
/// `kaart sync` following it as a child process: records per second for fetch + validate +
/// diff, the sync's peak resident memory, the first real sync (with the index build) and an
/// unchanged re-sync, which must rebuild nothing.
public enum SyncBench {
    public struct Figure: Codable, Sendable {
        public var run: String
        public var records: Int
        /// Fetch + validate + diff, as the run measured itself (its log line's seconds).
        public var syncSeconds: Double
        public var recordsPerSecond: Double
        /// The whole `kaart sync` process: start, reference data, the run, and any index build.
        public var wallSeconds: Double
        /// The `kaart sync` process's peak resident memory (VmHWM).
        public var peakMemoryBytes: Int64?
        public var indexRebuilt: Bool
        /// The server's side, for the `format=ndjson` stream: bytes received, and the server's
        /// resident memory before the request (its peak is `peakMemoryBytes`).
        public var bytes: Int64?
        public var serverMemoryBeforeBytes: Int64?
    }

    /// `GET /api/v1/services?format=ndjson` of every service, read and counted (not kept):
    /// seconds, bytes, services, and the server's resident memory before and at its peak.
    static func stream(_ server: ServerProcess, records n: Int) throws -> Figure {
        let before = server.memory().current
        var bytes: Int64 = 0
        var lines = 0
        var last: UInt8 = 0
        let started = DispatchTime.now().uptimeNanoseconds
        try HTTPProbe.stream(port: server.port, path: "/api/v1/services?format=ndjson") { piece in
            bytes += Int64(piece.count)
            // A line ends with "}\n"; a JSON string cannot hold a raw newline, and the chunk
            // framing's "\r\n" never follows a "}".
            for byte in piece {
                if byte == 0x0A && last == UInt8(ascii: "}") { lines += 1 }
                last = byte
            }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        guard lines == n else { throw BenchError.server("format=ndjson gave \(lines) services, not \(n)") }
        return Figure(
            run: "kaart serve: format=ndjson stream", records: lines, syncSeconds: seconds, recordsPerSecond: Double(lines) / seconds,
            wallSeconds: seconds, peakMemoryBytes: server.memory().peak, indexRebuilt: false, bytes: bytes,
            serverMemoryBeforeBytes: before)
    }

    public static func run(
        records n: Int, executable: URL, indexer: URL, work: URL, reference: ReferenceData, today: Day, now: Date,
        log: (String) -> Void
    ) throws -> [Figure] {
        let directory = work.appendingPathComponent("sync-\(n)")
        try? FileManager.default.removeItem(at: directory)
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("Corpus"), withIntermediateDirectories: true)

        log("[sync \(n)] generating the other map's synthetic records and its index")
        let corpus = SyntheticCorpus(today: today, gazetteer: reference.gazetteer, wordFrequencies: reference.wordFrequencies)
        let entries = corpus.records(n).map { $0.entry(gazetteer: reference.gazetteer) }
        let contents = IndexBuild.contents(
            records: entries.map { .init(entry: $0, sourceFile: "synthetic/\($0.id).yaml") }, reference: reference, now: now)
        let sourceIndex = directory.appendingPathComponent("other-map.sqlite").path
        try IndexWriter.build(contents, at: sourceIndex)

        log("[sync \(n)] starting kaart serve as the other map")
        let server = try ServerProcess(
            executable: executable, index: sourceIndex, feedback: directory.appendingPathComponent("feedback.sqlite").path,
            logFile: directory.appendingPathComponent("other-map.log"))
        defer { server.stop() }
        let sources = directory.appendingPathComponent("sources.yaml")
        func configure(ndjson: Bool) throws {
            try """
            sources:
              - name: synthetisch
                format: hsds-api
                url: http://127.0.0.1:\(server.port)/api/v1
                ndjson: \(ndjson)
                per_page: 100
                full_every: 0
                timeout: 600s
                max_bytes: 4GB
                retries: 0
            """.write(to: sources, atomically: true, encoding: .utf8)
        }
        func sync(_ name: String, _ extra: [String]) throws -> Figure {
            log("[sync \(n)] kaart sync \(extra.joined(separator: " ")) (\(name))")
            let process = Process()
            process.executableURL = executable
            process.currentDirectoryURL = directory
            process.arguments = ["sync"] + extra + [
                "--indexer", indexer.path, "--sources", sources.path, "--corpus", directory.appendingPathComponent("Corpus").path,
                "--index", directory.appendingPathComponent("kaart.sqlite").path,
            ]
            var environment = ProcessInfo.processInfo.environment
            environment["KAART_TODAY"] = today.description
            process.environment = environment
            let output = directory.appendingPathComponent("sync-\(name).log")
            FileManager.default.createFile(atPath: output.path, contents: nil)
            let handle = try FileHandle(forWritingTo: output)
            process.standardOutput = handle
            process.standardError = handle
            let started = DispatchTime.now().uptimeNanoseconds
            try process.run()
            var peak: Int64?
            while process.isRunning {
                if let value = Self.peakMemory(pid: process.processIdentifier) { peak = max(peak ?? 0, value) }
                usleep(20_000)
            }
            process.waitUntilExit()
            try? handle.close()
            let wall = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
            let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
            guard process.terminationStatus == 0, let line = text.split(separator: "\n").first(where: { $0.hasPrefix("synthetisch: ") }) else {
                throw BenchError.server("kaart sync (\(name)) failed: \(text.suffix(800))")
            }
            // "… (full (pages), 12.3 s)" at the end of the summary line.
            let seconds = line.split(separator: " ").reversed().dropFirst().first.flatMap { Double($0) } ?? wall
            let count = line.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
            return Figure(
                run: name, records: count, syncSeconds: seconds, recordsPerSecond: Double(count) / seconds, wallSeconds: wall,
                peakMemoryBytes: peak, indexRebuilt: text.contains("Index rebuilt"), bytes: nil, serverMemoryBeforeBytes: nil)
        }
        log("[sync \(n)] streaming every service as ndjson from the other map")
        let streamed = try stream(server, records: n)
        log("[sync \(n)] " + table([streamed]).split(separator: "\n").last.map(String.init)!)
        var figures: [Figure] = [streamed]
        try configure(ndjson: false)
        figures.append(try sync("paged, dry run", ["--dry-run"]))
        try configure(ndjson: true)
        figures.append(try sync("ndjson, dry run", ["--dry-run"]))
        figures.append(try sync("ndjson, first sync with index build", []))
        figures.append(try sync("ndjson, unchanged re-sync", []))
        try configure(ndjson: false)
        figures.append(try sync("paged, unchanged re-sync", []))
        return figures
    }

    /// The peak resident memory of a process so far (VmHWM), from /proc.
    static func peakMemory(pid: Int32) -> Int64? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
            let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
        else { return nil }
        return line.split(separator: " ").compactMap { Int64($0) }.first.map { $0 * 1024 }
    }

    /// The figures as a table.
    public static func table(_ figures: [Figure]) -> String {
        var lines = ["| run | records | fetch + validate + diff | records/s | whole process | peak RSS | index rebuilt |", "| --- | ---: | ---: | ---: | ---: | ---: | --- |"]
        for figure in figures {
            lines.append(String(
                format: "| %@ | %d | %.1f s | %.0f | %.1f s | %@ | %@ |", figure.run, figure.records, figure.syncSeconds,
                figure.recordsPerSecond, figure.wallSeconds, figure.peakMemoryBytes.map(BenchTable.bytes) ?? "?",
                figure.indexRebuilt ? "yes" : "no"))
        }
        for figure in figures {
            guard let bytes = figure.bytes else { continue }
            lines.append(String(
                format: "\n%@: %d services, %@ in %.2f s (%@/s); server RSS %@ before, peak %@",
                figure.run, figure.records, BenchTable.bytes(bytes), figure.syncSeconds,
                BenchTable.bytes(Int64(Double(bytes) / figure.syncSeconds)), figure.serverMemoryBeforeBytes.map(BenchTable.bytes) ?? "?",
                figure.peakMemoryBytes.map(BenchTable.bytes) ?? "?"))
        }
        return lines.joined(separator: "\n")
    }
}
