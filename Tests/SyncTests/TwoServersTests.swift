import Foundation
import NIOCore
import Sync
import Testing

/// Two `kaart serve` processes on loopback: one serves a map through its own
/// `/api/v1/services`, the other keeps in step with it (`kaart serve --sync`). The first map
/// changes; the second follows — added, changed, and retired after `retire_after` runs — while
/// it keeps answering every request.
@Suite(.serialized) struct TwoServersTests {
    static func record(_ id: String, name: String, phone: String = "026 123 45 67", description: String, assured: String = "2026-10-01") -> String {
        """
        id: \(id)
        kind: steunpunt
        name: \(name)
        description: \(description)
        url: https://example.org/\(id)
        phones:
          - number: "\(phone)"
        location_type: physical
        address:
          address_1: Voorbeeldstraat 1
          postal_code: "6811 AB"
          city: Arnhem
        municipality: Arnhem
        location_precision: postcode
        domains: [psychisch-welzijn]
        target_groups: [iedereen]
        support_types: [ontmoeting-en-inloop]
        sources:
          - url: https://example.org/\(id)
            date: \(assured)
            covers: [url, phones, address]
        """
    }

    /// A running `kaart serve` and the address it said it listens on.
    final class Served: @unchecked Sendable {
        let process = Process()
        let output = Pipe()
        var base = ""

        init(_ arguments: [String], in directory: URL) throws {
            process.executableURL = kaartExecutable
            process.arguments = ["serve", "--host", "127.0.0.1", "--port", "0"] + arguments
            process.currentDirectoryURL = directory
            var environment = ProcessInfo.processInfo.environment
            environment["KAART_TODAY"] = testToday.description
            process.environment = environment
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
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
        }

        func stop() {
            guard process.isRunning else { return }
            kill(process.processIdentifier, SIGTERM)
            process.waitUntilExit()
        }
    }

    static let client = Fetcher()

    /// GET with a deadline: a request that hangs counts as failed (status 0) instead of hanging the test.
    static func get(_ url: String) async -> (Int, String) {
        guard let address = URL(string: url) else { return (0, "") }
        var body = Data()
        do {
            let answer = try await client.get(address, headers: [("Accept-Language", "nl")], timeout: 10, maximumBytes: 10_000_000) { _, piece in
                body.append(contentsOf: piece.readableBytesView)
            }
            return (answer.status, String(decoding: body, as: UTF8.self))
        } catch {
            return (0, "\(error)")
        }
    }

    /// Waits until `condition` holds, asking every 200 ms, for at most `seconds`.
    static func eventually(_ seconds: Double, _ condition: () async -> Bool) async -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if await condition() { return true }
            try? await Task.sleep(for: .milliseconds(200))
        }
        return false
    }

    @Test func aServerSyncingFromAnotherFollowsItsAdditionsChangesAndRetirementsWithoutAFailedRequest() async throws {
        let indexer = repositoryRoot.appendingPathComponent("Indexer").path
        // The first map: its own corpus, index and server.
        let first = try SyncWorkspace()
        defer { first.remove() }
        let corpus = first.root.appendingPathComponent("Corpus")
        func write(_ id: String, _ text: String) throws {
            try text.write(to: corpus.appendingPathComponent("\(id).yaml"), atomically: true, encoding: .utf8)
        }
        try write("e2e-een", Self.record("e2e-een", name: "Inloop Een", description: "Koffie en een praatje."))
        try write("e2e-twee", Self.record("e2e-twee", name: "Inloop Twee", description: "Samen koken op dinsdag."))
        try write("e2e-drie", Self.record("e2e-drie", name: "Inloop Drie", description: "Wandelen in het park."))
        let firstIndex = first.root.appendingPathComponent("index.sqlite").path
        let indexFirst = { () async throws -> CommandResult in try await first.kaart(["index", "--corpus", corpus.path, "--indexer", indexer, "--index", firstIndex, "--quiet"]) }
        #expect(try await indexFirst().status == 0)
        let source = try Served(["--index", firstIndex, "--feedback", first.root.appendingPathComponent("feedback.sqlite").path], in: first.root)
        defer { source.stop() }
        #expect(!source.base.isEmpty)

        // The second map keeps in step with the first, every second.
        let second = try SyncWorkspace()
        defer { second.remove() }
        try second.source("kaart-een", url: "\(source.base)/api/v1", "every: 1s\nretire_after: 2\nfull_every: 0\nmax_retired_share: 50%")
        #expect(try await second.kaart(["index"] + second.pathArguments + ["--index", second.indexFile.path, "--quiet"]).status == 0)
        let follower = try Served(
            ["--sync", "--index", second.indexFile.path, "--feedback", second.root.appendingPathComponent("var/feedback.sqlite").path]
                + second.pathArguments, in: second.root)
        defer { follower.stop() }
        #expect(!follower.base.isEmpty)

        // Ask the follower all the time: no request may fail while indexes are swapped in.
        let failures = Box<[String]>([])
        let answered = Box(0)
        let asking = Task {
            while !Task.isCancelled {
                let (status, body) = await Self.get("\(follower.base)/api/v1/services?search=inloop")
                if Task.isCancelled { break }
                if status == 200 { answered.update { $0 += 1 } } else { failures.update { $0.append("\(status) \(body)") } }
            }
        }
        defer { asking.cancel() }

        let service = { (id: String) in "\(follower.base)/api/v1/services/hsds-kaart-een-\(id)" }
        #expect(await Self.eventually(30) { await Self.get(service("e2e-drie")).0 == 200 }, "the first sync brings the three records")
        let page = await Self.get("\(follower.base)/aanbod/hsds-kaart-een-e2e-een?taal=nl")
        #expect(page.1.contains("bijgewerkt uit bron kaart-een op"))
        #expect(page.1.contains("oktober 2026"), "the first map's own assured date")

        // The first map changes: one added, one changed, one gone.
        try write("e2e-vier", Self.record("e2e-vier", name: "Inloop Vier", description: "Een nieuwe plek om binnen te lopen."))
        try write("e2e-twee", Self.record("e2e-twee", name: "Inloop Twee", phone: "026 765 43 21", description: "Samen koken op donderdag.", assured: "2026-11-20"))
        try FileManager.default.removeItem(at: corpus.appendingPathComponent("e2e-drie.yaml"))
        #expect(try await indexFirst().status == 0)
        kill(source.process.processIdentifier, SIGHUP)

        #expect(await Self.eventually(30) { await Self.get(service("e2e-vier")).0 == 200 }, "added")
        #expect(await Self.eventually(30) { await Self.get(service("e2e-twee")).1.contains("Samen koken op donderdag.") }, "changed")
        let changed = await Self.get(service("e2e-twee")).1
        #expect(changed.contains("026 765 43 21"))
        #expect(changed.contains("\"assured_date\":\"2026-11-20\""))
        #expect(await Self.eventually(30) { await Self.get(service("e2e-drie")).1.contains("\"status\":\"inactive\"") }, "retired")

        // The run log: gone in one run, retired in the very next (retire_after: 2).
        let runLog = (FileManager.default.contents(atPath: second.folder("kaart-een").appendingPathComponent("runs.ndjson").path) ?? Data())
            .split(separator: UInt8(ascii: "\n"))
        let runs = runLog.compactMap { try? JSONSerialization.jsonObject(with: Data($0)) as? [String: Any] }
        let gone = try #require(runs.firstIndex { $0["gone"] as? Int == 1 }, "\(runs)")
        let retired = try #require(runs.firstIndex { $0["retired"] as? Int == 1 })
        #expect(retired == gone + 1)
        #expect(runs.allSatisfy { ["applied", "unchanged"].contains($0["outcome"] as? String) }, "\(runs)")
        let retiredPage = await Self.get("\(follower.base)/aanbod/hsds-kaart-een-e2e-drie?taal=nl")
        #expect(retiredPage.1.contains("niet meer bij bron kaart-een sinds"))

        asking.cancel()
        _ = await asking.value
        #expect(failures.current.isEmpty)
        #expect(answered.current > 10)
    }
}
