import Foundation
import Hummingbird
import NIOCore
import Testing

/// Every way another map can fail: each gets one line in `kaart sync`'s output and in the run
/// log, with the source's name and what to do, and the previous snapshot and the live index
/// stay exactly as they were.
@Suite(.serialized) struct SyncFailureTests {
    /// A server with one route per failure.
    @Sendable static func page(_ services: [[String: Any]], page: Int = 1, pages: Int = 1) -> Response {
        .json([
            "total_items": services.count * pages, "total_pages": pages, "page_number": page, "size": services.count,
            "first_page": page == 1, "last_page": page >= pages, "empty": services.isEmpty, "contents": services,
        ] as [String: Any])
    }

    static func failingServer(calls: Box<[String: Int]>) async throws -> LoopbackServer {
        return try await LoopbackServer { router in
            router.get("/error/services") { _, _ in Response.text("kapot", status: .internalServerError) }
            router.get("/flaky/services") { request, _ in
                let count = calls.current["flaky", default: 0]
                calls.update { $0["flaky", default: 0] += 1 }
                return count == 0 ? Response.text("even niet", status: .serviceUnavailable) : Self.page((1...3).map { hsdsService("k\($0)") })
            }
            router.get("/stuck/services") { _, _ in
                try? await Task.sleep(for: .seconds(3))
                return Self.page([])
            }
            router.get("/drip/services") { _, _ in
                Response(status: .ok, headers: [.contentType: "application/json"], body: ResponseBody { writer in
                    // Whatever happens (the client gives up, the test stops the server), the
                    // writer is finished: NIO requires it.
                    do {
                        for byte in "{\"contents\": []}".utf8 {
                            try await writer.write(ByteBuffer(bytes: [byte]))
                            try await Task.sleep(for: .seconds(1))
                        }
                    } catch {}
                    try? await writer.finish(nil)
                })
            }
            router.get("/loop/services") { _, _ in Response(status: .found, headers: [.location: "/loop2/services"]) }
            router.get("/loop2/services") { _, _ in Response(status: .found, headers: [.location: "/loop/services"]) }
            router.get("/big/services") { _, _ in
                Self.page((1...50).map { hsdsService("b\($0)", description: String(repeating: "Heel lange omschrijving. ", count: 40)) })
            }
            router.get("/badjson/services") { _, _ in Response.text("{\"contents\": [ {\"id\": \"x\", ", type: "application/json") }
            router.get("/badcsv.csv") { _, _ in Response.text("ID;Naam;Omschrijving\n1;\"Open quote;nooit dicht\n", type: "text/csv") }
            router.get("/repeat/services") { request, _ in
                let number = request.uri.queryParameters["page"].flatMap { Int(String($0)) } ?? 1
                let shown = number >= 3 ? 2 : number
                return Self.page((1...2).map { hsdsService("p\(shown)-\($0)") }, page: number, pages: 4)
            }
            router.get("/dup/services") { _, _ in Self.page([hsdsService("d1"), hsdsService("d2"), hsdsService("d1", phone: "026 000 0000")]) }
            router.get("/invalid/services") { _, _ in
                var broken = hsdsService("k2")
                broken.removeValue(forKey: "description")
                return Self.page([hsdsService("k1"), broken, hsdsService("k3")])
            }
            router.get("/zero/services") { _, _ in Self.page([]) }
            router.get("/good/services") { _, _ in Self.page((1...3).map { hsdsService("k\($0)") }) }
        }
    }

    struct Case: Sendable {
        var route: String
        var format = "hsds-api"
        var extra = ""
        var expected: String
        var outcome = "failed"
    }

    @Test func eachFailureSaysWhatToDoInOneLineAndLeavesTheSnapshotAndIndexAsTheyWere() async throws {
        let calls = Box<[String: Int]>([:])
        let server = try await Self.failingServer(calls: calls)
        let workspace = try SyncWorkspace()
        defer { workspace.remove() }
        try workspace.source("buren", url: "\(server.base)/good", "ndjson: false\nfull_every: 0")
        let good = try await workspace.sync()
        #expect(good.status == 0, "\(good.output)")
        let state = try #require(workspace.state("buren"))
        let index = try #require(FileManager.default.contents(atPath: workspace.indexFile.path))
        let longLabel = String(repeating: "a", count: 70)

        let cases: [Case] = [
            Case(route: "http://127.0.0.1:1", expected: "cannot reach the server (the connection was refused"),
            Case(route: "http://\(longLabel).invalid", expected: "the server's name cannot be found (DNS)"),
            Case(route: "\(server.base)/error", expected: "the server answered 500, an error on its side; try again later"),
            Case(route: "\(server.base)/stuck", extra: "timeout: 1s", expected: "no complete answer within 1 s"),
            Case(route: "\(server.base)/drip", extra: "timeout: 2s", expected: "no complete answer within 2 s"),
            Case(route: "\(server.base)/loop", expected: "the address redirects in a loop"),
            Case(route: "\(server.base)/big", extra: "max_bytes: 20kB", expected: "the answer is larger than max_bytes (20000 bytes)"),
            Case(route: "\(server.base)/badjson", expected: "page 1 is not valid JSON"),
            Case(route: "\(server.base)/badcsv.csv", format: "csv", extra: "mapping: \(repositoryRoot.path)/Indexer/sources/voorbeeld-gemeente.yaml",
                 expected: "a quoted cell is never closed"),
            Case(route: "\(server.base)/repeat", expected: "page 3 returned the same services as page 2"),
            Case(route: "\(server.base)/dup", expected: "is used twice in this source", outcome: "held"),
            Case(route: "\(server.base)/invalid", expected: "this record has no description", outcome: "held"),
            Case(route: "\(server.base)/zero", expected: "returned 0 records (last time 3); nothing changed", outcome: "held"),
        ]
        for (number, item) in cases.enumerated() {
            let extra = item.format == "hsds-api" ? "ndjson: false\nfull_every: 0\n" + item.extra : item.extra
            try workspace.source("buren", format: item.format, url: item.route, extra)
            let result = try await workspace.sync()
            let line = result.stdout.split(separator: "\n").first.map(String.init) ?? ""
            #expect(result.status == 1, "\(item.route): \(result.output)")
            #expect(line.hasPrefix("buren: "), "\(item.route): \(result.output)")
            #expect(result.stdout.contains(item.expected), "\(item.route): \(result.output)")
            #expect(workspace.runCount("buren") == 2 + number, "one line in the run log per run")
            let run = workspace.lastRun("buren")
            #expect(run?["outcome"] as? String == item.outcome, "\(item.route)")
            // The run measures itself: a slow or dripping server is given up at its timeout, not
            // waited out (the drip would take 16 s).
            #expect((run?["seconds"] as? Double ?? 99) < 12, "\(item.route) was waited out: \(String(describing: run?["seconds"]))")
            #expect((run?["message"] as? String)?.contains(item.expected) == true || item.outcome == "held", "\(item.route): \(String(describing: run))")
            #expect(workspace.state("buren") == state, "\(item.route) changed the accepted state")
            #expect(FileManager.default.contents(atPath: workspace.indexFile.path) == index, "\(item.route) changed the index")
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: workspace.folder("buren").path).filter { $0.hasPrefix(".incoming") }
            #expect(leftovers.isEmpty, "\(item.route) left \(leftovers)")
        }
        await server.stop()
    }

    @Test func aServerThatFailsOnceIsAskedAgainAfterAPause() async throws {
        let calls = Box<[String: Int]>([:])
        let server = try await Self.failingServer(calls: calls)
        let workspace = try SyncWorkspace()
        defer { workspace.remove() }
        try workspace.source("wankel", url: "\(server.base)/flaky", "ndjson: false\nretries: 1")
        let result = try await workspace.sync()
        #expect(result.status == 0, "\(result.output)")
        #expect(result.stdout.contains("wankel: 3 records; +3 new"))
        #expect(calls.current["flaky"] == 2)
        await server.stop()
    }

    @Test func recordsWithErrorsAreTakenOverOnlyWithAcceptAndKeepTheirLastGoodVersion() async throws {
        let calls = Box<[String: Int]>([:])
        let server = try await Self.failingServer(calls: calls)
        let workspace = try SyncWorkspace()
        defer { workspace.remove() }
        try workspace.source("buren", url: "\(server.base)/good", "ndjson: false")
        #expect(try await workspace.sync().status == 0)
        try workspace.source("buren", url: "\(server.base)/invalid", "ndjson: false\nfull_every: 0")
        let accepted = try await workspace.sync(["--accept"])
        #expect(accepted.status == 0, "\(accepted.output)")
        #expect(accepted.stdout.contains("error: description: this record has no description"))
        let kept = try await workspace.show("hsds-buren-k2")
        #expect(kept.status == 0)
        #expect(!kept.stdout.contains("bestaat niet meer"), "the last good version stays on the map")
        await server.stop()
    }
}
