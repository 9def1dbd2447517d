import AsyncHTTPClient
import Feedback
import Foundation
import KaartModel
import NIOCore
import TestSupport
import Testing

/// More than one server on one PostgreSQL (docs/more-servers.md), through the front door: two
/// `kaart serve` processes on loopback, reports through both under search load, one killed with
/// SIGKILL halfway, and every acknowledged report found exactly once in `kaart review`.
@Suite(.serialized, .enabled(if: TestDatabase.isAvailable)) struct SharedDatabaseTests {
    /// Reports and suggestions sent in all, as the issue asks; `KAART_TWO_SERVER_REPORTS` changes it.
    static let reports = Int(ProcessInfo.processInfo.environment["KAART_TWO_SERVER_REPORTS"] ?? "") ?? 1_000

    final class Server: @unchecked Sendable {
        let process = Process()
        let output = Pipe()
        /// The server's log goes to a file: a pipe nobody reads fills at 64 kB and then blocks
        /// the server in the middle of a request (what stalled the run of 1,000 before).
        let errors: FileHandle
        let errorFile = Scratch.path("kaart-two-server", suffix: ".log")
        var base = ""

        init(_ arguments: [String]) throws {
            process.executableURL = TestIndex.kaartExecutable
            process.arguments = ["serve", "--host", "127.0.0.1", "--port", "0", "--index", TestIndex.path] + arguments
            var environment = ProcessInfo.processInfo.environment
            environment["KAART_TODAY"] = TestIndex.today.description
            process.environment = environment
            _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
            errors = try FileHandle(forWritingTo: errorFile)
            process.standardOutput = output
            process.standardError = errors
            try process.run()
            var buffer = ""
            let deadline = Date().addingTimeInterval(30)
            while Date() < deadline {
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                buffer += String(decoding: chunk, as: UTF8.self)
                if let range = buffer.range(of: #"http://127\.0\.0\.1:[0-9]+"#, options: .regularExpression) {
                    base = String(buffer[range])
                    break
                }
            }
            // Keep reading what it prints after that, for the same reason.
            output.fileHandleForReading.readabilityHandler = { handle in _ = handle.availableData }
        }

        func kill(_ signal: Int32) {
            guard process.isRunning else { return }
            Foundation.kill(process.processIdentifier, signal)
            process.waitUntilExit()
            output.fileHandleForReading.readabilityHandler = nil
        }

        var errorText: String { (try? String(contentsOf: errorFile, encoding: .utf8)) ?? "" }

        deinit { try? FileManager.default.removeItem(at: errorFile) }
    }

    /// The swift-server client the Sync target uses: one shared pool, requests time out.
    static let client = HTTPClient(eventLoopGroupProvider: .singleton)
    static let timeout = TimeAmount.seconds(15)

    /// POSTs one report (or, with `suggestion`, one suggestion); its number when the server
    /// acknowledged it (201), else nil.
    static func send(_ base: String, path: String, body: [String: Any]) async -> Int64? {
        var request = HTTPClientRequest(url: base + path)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        guard let bytes = try? JSONSerialization.data(withJSONObject: body) else { return nil }
        request.body = .bytes(ByteBuffer(bytes: bytes))
        guard let response = try? await client.execute(request, timeout: timeout), response.status.code == 201,
            let data = try? await response.body.collect(upTo: 1 << 16),
            let json = try? JSONSerialization.jsonObject(with: Data(buffer: data)) as? [String: Any],
            let id = json["id"] as? Int
        else { return nil }
        return Int64(id)
    }

    static func status(_ url: String) async -> Int {
        guard let response = try? await client.execute(HTTPClientRequest(url: url), timeout: timeout) else { return 0 }
        _ = try? await response.body.collect(upTo: 1 << 22)
        return Int(response.status.code)
    }

    @Test func everyReportAcknowledgedByEitherServerIsFoundOnceAfterOneIsKilledHalfway() async throws {
        let url = try await TestDatabase.freshDatabase()
        let flags = ["--database-url", url, "--meldingen-per-adres", "100000", "--max-open-meldingen", "100000", "--max-open-per-record", "100000"]
        let first = try Server(flags), second = try Server(flags)
        defer { first.kill(SIGKILL); second.kill(SIGKILL) }
        try #require(!first.base.isEmpty && !second.base.isEmpty, "both servers start: \(first.errorText)")
        let entries = ["test-steunpunt-arnhem", "test-open-inloop", "test-escaping-arnhem", "test-online-lotgenoten"]
        let total = Self.reports
        let start = ContinuousClock.now
        print("two-server: servers at \(first.base) and \(second.base)")

        // Search load on both servers for the whole run.
        let searching = Task {
            var answered = [0, 0], failed = [0, 0]
            while !Task.isCancelled {
                for (i, server) in [first, second].enumerated() {
                    let status = await Self.status("\(server.base)/api/v1/services?search=inloop&postcode=6811")
                    // A request cut off by the end of the run is no failure of the server.
                    if status == 200 { answered[i] += 1 } else if !Task.isCancelled { failed[i] += 1 }
                }
            }
            return (answered, failed)
        }

        // Reports through both, eight at a time; the first server is killed halfway.
        var acknowledged: [Int64] = [], suggested: [Int64] = []
        var refused = 0
        var killedAt: Duration?
        for batch in stride(from: 0, to: total, by: 8) {
            if batch >= total / 2 && killedAt == nil {
                first.kill(SIGKILL)
                killedAt = ContinuousClock.now - start
            }
            let results = await withTaskGroup(of: (suggestion: Bool, id: Int64?).self) { group in
                for n in batch..<min(batch + 8, total) {
                    // Before the kill, both take half. In the first batch after it, the dead
                    // one still gets its share, which must fail, never half-succeed; then the
                    // balancer sends everything to the server still up. Every fifth is a
                    // suggestion for missing help, the rest are reports.
                    let justKilled = killedAt != nil && batch < total / 2 + 8
                    let server = (killedAt == nil || justKilled) && n.isMultiple(of: 2) ? first : second
                    if n % 5 == 4 {
                        let body: [String: Any] = ["name": "Wandelgroep \(n)", "what": "tweede server, suggestie \(n)", "role": "inwoner"]
                        group.addTask { (true, await Self.send(server.base, path: "/api/v1/suggestions", body: body)) }
                    } else {
                        let body: [String: Any] = ["service_id": entries[n % entries.count], "reason": "anders", "text": "tweede server, melding \(n)"]
                        group.addTask { (false, await Self.send(server.base, path: "/api/v1/feedback", body: body)) }
                    }
                }
                return await group.reduce(into: [(suggestion: Bool, id: Int64?)]()) { $0.append($1) }
            }
            acknowledged += results.filter { !$0.suggestion }.compactMap(\.id)
            suggested += results.filter(\.suggestion).compactMap(\.id)
            refused += results.filter { $0.id == nil }.count
            if (batch + 8).isMultiple(of: 200) { print("two-server: \(batch + 8) sent after \(ContinuousClock.now - start)") }
        }
        let elapsed = ContinuousClock.now - start
        print("two-server: reports sent in \(elapsed)")
        searching.cancel()
        let (answered, failedSearches) = await searching.value

        #expect(refused > 0 && refused < total, "the killed server refused its share after the kill")
        #expect(acknowledged.count + suggested.count >= total / 2, "the surviving server took its share")
        #expect(answered[1] > 0 && failedSearches[1] == 0, "the surviving server answered every search")

        print("two-server: searches stopped")
        // kaart review against the same database: every acknowledged report, once.
        let review = Process()
        review.executableURL = TestIndex.kaartExecutable
        review.arguments = ["review", "--database-url", url, "--index", TestIndex.path]
        var environment = ProcessInfo.processInfo.environment
        environment["KAART_TODAY"] = TestIndex.today.description
        review.environment = environment
        let output = Pipe()
        review.standardOutput = output
        review.standardError = Pipe()
        try review.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        review.waitUntilExit()
        #expect(review.terminationStatus == 0)
        var seen: [Int64: Int] = [:], seenSuggestions: [Int64: Int] = [:]
        for line in text.split(separator: "\n") {
            if line.hasPrefix("  #"), let id = Int64(line.dropFirst(3).prefix { $0.isNumber }) { seen[id, default: 0] += 1 }
            if line.hasPrefix("  s"), let id = Int64(line.dropFirst(3).prefix { $0.isNumber }) { seenSuggestions[id, default: 0] += 1 }
        }
        let missingSuggestions = suggested.filter { seenSuggestions[$0] == nil }
        #expect(!suggested.isEmpty && missingSuggestions.isEmpty, "acknowledged suggestions not in kaart review: \(missingSuggestions.prefix(10))")
        #expect(seenSuggestions.values.allSatisfy { $0 == 1 }, "no suggestion in kaart review twice")
        let missing = acknowledged.filter { seen[$0] == nil }
        let twice = seen.filter { $0.value > 1 }.map(\.key)
        #expect(missing.isEmpty, "acknowledged but not in kaart review: \(missing.prefix(10))")
        #expect(twice.isEmpty, "in kaart review more than once: \(twice.prefix(10))")
        #expect(Set(acknowledged).count == acknowledged.count, "no number given out twice")
        print("""
            two-server figures: \(total) reports and suggestions sent in \(elapsed), \(acknowledged.count) reports and \(suggested.count) suggestions acknowledged, \(refused) refused \
            (first server SIGKILLed at \(killedAt ?? .zero)); in review: \(seen.count) (stored unacknowledged: \(seen.count - acknowledged.count)); \
            searches answered \(answered) failed \(failedSearches) [first, second]
            """)
    }

    /// Reports through a running `kaart serve` whose database goes away: a 503 with a retry
    /// hint, never a hang; searches need no database and keep working; when the database comes
    /// back the pool reconnects by itself.
    @Test func aLostDatabaseMakesReportsFailWithARetryHintWhileSearchesKeepWorking() async throws {
        let url = try await TestDatabase.freshDatabase()
        let server = try Server(["--database-url", url])
        defer { server.kill(SIGKILL) }
        try #require(!server.base.isEmpty, "the server starts: \(server.errorText)")
        let body: [String: Any] = ["service_id": "test-steunpunt-arnhem", "reason": "anders", "text": "Klopt niet"]
        #expect(await Self.send(server.base, path: "/api/v1/feedback", body: body) != nil)

        let name = TestDatabase.name(of: url)
        try await TestDatabase.administer("ALTER DATABASE \(name) WITH ALLOW_CONNECTIONS false")
        try await TestDatabase.administer("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '\(name)'")

        var request = HTTPClientRequest(url: server.base + "/api/v1/feedback")
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.body = .bytes(ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: body)))
        let started = ContinuousClock.now
        let lost = try await Self.client.execute(request, timeout: .seconds(30))
        let answer = String(buffer: try await lost.body.collect(upTo: 1 << 16))
        #expect(lost.status.code == 503)
        #expect(lost.headers.first(name: "Retry-After") == "30")
        #expect(answer.contains("report_not_saved"))
        #expect(ContinuousClock.now - started < .seconds(15), "a lost database costs a report its deadline, not a hang")
        #expect(await Self.status("\(server.base)/api/v1/services?search=inloop&postcode=6811") == 200, "searching needs no database")
        #expect(await Self.status("\(server.base)/?wat=inloop&bij=6811") == 200)
        #expect(await Self.status("\(server.base)/healthz") == 503, "a balancer sees that reports cannot be stored here")

        try await TestDatabase.administer("ALTER DATABASE \(name) WITH ALLOW_CONNECTIONS true")
        var stored: Int64?
        let deadline = ContinuousClock.now + .seconds(30)
        while stored == nil && ContinuousClock.now < deadline {
            stored = await Self.send(server.base, path: "/api/v1/feedback", body: body)
            if stored == nil { try await Task.sleep(for: .milliseconds(500)) }
        }
        #expect(stored != nil, "the pool reconnects by itself once the database is back")
    }

    @Test func aServerWhoseDatabaseCannotBeReachedAtStartSaysSoAndExitsWithThree() throws {
        let process = Process()
        process.executableURL = TestIndex.kaartExecutable
        process.arguments = ["serve", "--port", "0", "--index", TestIndex.path, "--database-url", "postgresql://kaart@127.0.0.1:9/kaart?sslmode=disable"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = Pipe()
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 3)
        #expect(text.contains("postgresql://127.0.0.1:9/kaart"))
        #expect(text.contains("--database-url"))
    }
}
