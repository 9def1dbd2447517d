import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// `kaart serve` under load: the built `kaart` started as a child process on the index the bench
/// just built, so what is measured is the server people run, and its memory can be read from
/// /proc. Every page and JSON search of the mix is asked once first (a smoke test, also with
/// `--quick`); then wrk drives the page and the JSON search at each connection count.
enum ServerLoad {
    /// The text words around the mix's postcodes, as the page's form and an API client ask.
    static func paths(json: Bool) -> [String] {
        QueryMix.queries(.textNear, count: QueryMix.words.count).map { q in
            let postcode = q.postcode ?? ""
            return json ? "/api/v1/services?search=\(q.text)&postcode=\(postcode)" : "/?wat=\(q.text)&bij=\(postcode)"
        }
    }

    static func run(indexPath: String, options: BenchOptions, log: (String) -> Void) throws -> (figures: [LoadFigures], notes: [String]) {
        guard let executable = options.serverExecutable else { return ([], ["kaart serve not run: no kaart executable given"]) }
        let n = options.records
        let directory = options.workDirectory
        let feedback = directory.appendingPathComponent("feedback-\(n).sqlite")
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: feedback.path + suffix) }
        log("[\(n)] starting kaart serve")
        let server = try ServerProcess(
            executable: executable, index: indexPath, feedback: feedback.path,
            logFile: directory.appendingPathComponent("serve-\(n).log"))
        defer { server.stop() }

        // Smoke test: every path once, in order, must answer 200 with the shape it promises.
        let targets: [(name: String, json: Bool)] = [("kaart serve page (HTML)", false), ("kaart serve search (JSON)", true)]
        var answered = 0
        var smokeNanoseconds: UInt64 = 0
        for target in targets {
            for path in paths(json: target.json) {
                let start = DispatchTime.now().uptimeNanoseconds
                let answer = try HTTPProbe.get(port: server.port, path: path)
                smokeNanoseconds += DispatchTime.now().uptimeNanoseconds - start
                let promised = target.json ? "\"total_items\":" : "<!doctype html>"
                guard answer.status == 200, answer.body.contains(promised) else {
                    throw BenchError.server("GET \(path) answered \(answer.status) without \(promised)")
                }
                answered += 1
            }
        }
        var notes = [String(
            format: "kaart serve answered %d smoke requests (page and JSON, one connection) in %.1f ms each on average",
            answered, Double(smokeNanoseconds) / Double(answered) / 1e6)]
        guard options.runLoad else {
            notes.append("wrk not run (--quick); server RSS after the smoke requests " + (server.memory().current.map(BenchTable.bytes) ?? "?"))
            return ([], notes)
        }
        if let problem = External.ensureWrk() { return ([], notes + ["kaart serve not driven: \(problem)"]) }
        var figures: [LoadFigures] = []
        for target in targets {
            let script = directory.appendingPathComponent(target.json ? "wrk-kaart-json.lua" : "wrk-kaart-page.lua")
            try External.cyclingScript(paths(json: target.json)).write(to: script, atomically: true, encoding: .utf8)
            for connections in options.connections {
                log("[\(n)] wrk -c \(connections) \(target.name)")
                var load = External.wrk(url: "http://127.0.0.1:\(server.port)", script: script.path, connections: connections, seconds: options.loadSeconds)
                load.target = target.name
                let memory = server.memory()
                load.serverMemoryBytes = memory.current
                load.serverPeakMemoryBytes = memory.peak
                figures.append(load)
            }
        }
        // What counting use costs (issue 20: at most 5 %): the JSON search on this server and on
        // one that counts nothing, both up, in alternating runs, three of each per connection
        // count; the medians are compared. One run each differs by more than 5 % on its own.
        let uncounted = try ServerProcess(
            executable: executable, index: indexPath, feedback: feedback.path + "-uncounted",
            logFile: directory.appendingPathComponent("serve-\(n)-uncounted.log"), counting: false)
        defer {
            uncounted.stop()
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: feedback.path + "-uncounted" + suffix) }
        }
        let script = directory.appendingPathComponent("wrk-kaart-json.lua")
        for connections in options.connections {
            var counted: [LoadFigures] = [], notCounted: [LoadFigures] = []
            for round in 1...Self.countingRounds {
                for (process, isCounted) in [(server, true), (uncounted, false)] {
                    log("[\(n)] wrk -c \(connections) kaart serve search (JSON), use \(isCounted ? "counted" : "not counted"), run \(round) of \(Self.countingRounds)")
                    var load = External.wrk(url: "http://127.0.0.1:\(process.port)", script: script.path, connections: connections, seconds: options.loadSeconds)
                    let memory = process.memory()
                    load.serverMemoryBytes = memory.current
                    load.serverPeakMemoryBytes = memory.peak
                    if isCounted { counted.append(load) } else { notCounted.append(load) }
                }
            }
            guard var withCounting = Self.median(counted), var without = Self.median(notCounted) else { continue }
            withCounting.target = Self.countedTarget
            without.target = Self.uncountedTarget
            figures += [withCounting, without]
            if without.requestsPerSecond > 0, let p99 = without.p99Milliseconds, p99 > 0, let countedP99 = withCounting.p99Milliseconds {
                notes.append(String(
                    format: "counting use at -c %d (median of %d alternating runs each): %.0f req/s counted vs %.0f not counted (%+.1f %%), p99 %.2f vs %.2f ms (%+.1f %%)",
                    connections, Self.countingRounds, withCounting.requestsPerSecond, without.requestsPerSecond,
                    (withCounting.requestsPerSecond / without.requestsPerSecond - 1) * 100,
                    countedP99, p99, (countedP99 / p99 - 1) * 100))
            }
        }
        server.stop()
        return (figures, notes)
    }

    static let countedTarget = "kaart serve search (JSON), use counted (median)"
    static let uncountedTarget = "kaart serve search (JSON), use not counted (median)"
    static let countingRounds = 3

    /// The run with the median requests per second; its p99 and memory come with it.
    static func median(_ runs: [LoadFigures]) -> LoadFigures? {
        let sorted = runs.sorted { $0.requestsPerSecond < $1.requestsPerSecond }
        return sorted.isEmpty ? nil : sorted[sorted.count / 2]
    }
}

enum BenchError: Error, CustomStringConvertible {
    case server(String)
    var description: String {
        switch self {
        case .server(let problem): "kaart serve under the bench: \(problem)"
        }
    }
}

/// A `kaart serve` child on 127.0.0.1 and a free port (port 0: the kernel picks, the server
/// prints it). Its output goes to a log file, as in a deployment, never to a pipe nobody reads.
final class ServerProcess {
    let process = Process()
    private(set) var port = 0

    init(executable: URL, index: String, feedback: String, logFile: URL, counting: Bool = true) throws {
        _ = FileManager.default.createFile(atPath: logFile.path, contents: nil)
        let output = try FileHandle(forWritingTo: logFile)
        process.executableURL = executable
        process.arguments = ["serve", "--host", "127.0.0.1", "--port", "0", "--index", index, "--feedback", feedback]
            + (counting ? [] : ["--zonder-telling"])
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        try? output.close()
        // Wait for "luistert op http://127.0.0.1:PORT" (at most 30 s: a large index opens slowly).
        for _ in 0..<300 {
            let text = (try? String(contentsOf: logFile, encoding: .utf8)) ?? ""
            if let range = text.range(of: "http://127.0.0.1:") {
                port = Int(text[range.upperBound...].prefix { $0.isNumber }) ?? 0
                if port > 0 { return }
            }
            guard process.isRunning else { break }
            usleep(100_000)
        }
        let text = (try? String(contentsOf: logFile, encoding: .utf8)) ?? ""
        stop()
        throw BenchError.server("did not start: \(text.suffix(500))")
    }

    /// Resident memory now and at its peak (VmRSS, VmHWM), from /proc.
    func memory() -> (current: Int64?, peak: Int64?) {
        guard let text = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8) else { return (nil, nil) }
        func field(_ name: String) -> Int64? {
            guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix(name + ":") }) else { return nil }
            return line.split(separator: " ").compactMap { Int64($0) }.first.map { $0 * 1024 }
        }
        return (field("VmRSS"), field("VmHWM"))
    }

    /// SIGTERM (the server shuts down gracefully), then SIGKILL after five seconds, so a bench
    /// run always ends and never leaves a server behind.
    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        for _ in 0..<50 where process.isRunning { usleep(100_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }
}

/// One HTTP/1.1 GET over a plain socket, so the smoke test needs neither curl nor wrk.
enum HTTPProbe {
    /// GET `path`, handing each piece received to `piece` (headers included) and keeping none.
    static func stream(port: Int, path: String, _ piece: (ArraySlice<UInt8>) -> Void) throws {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw BenchError.server("socket() failed") }
        defer { close(socket) }
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw BenchError.server("cannot connect to 127.0.0.1:\(port)") }
        let request = Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n".utf8)
        guard request.withUnsafeBytes({ send(socket, $0.baseAddress, $0.count, 0) }) == request.count else {
            throw BenchError.server("cannot send GET \(path)")
        }
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            if count < 0 { throw BenchError.server("no answer to GET \(path)") }
            if count == 0 { break }
            piece(buffer[0..<count])
        }
    }

    static func get(port: Int, path: String) throws -> (status: Int, body: String) {
        var received: [UInt8] = []
        try stream(port: port, path: path) { received += $0 }
        let text = String(decoding: received, as: UTF8.self)
        let status = text.split(separator: " ", maxSplits: 2).dropFirst().first.flatMap { Int($0) } ?? 0
        let body = text.range(of: "\r\n\r\n").map { String(text[$0.upperBound...]) } ?? ""
        return (status, body)
    }
}
