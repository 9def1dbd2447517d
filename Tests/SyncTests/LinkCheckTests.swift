import Foundation
import Hummingbird
import KaartModel
import Presentation
import Testing

/// `kaart links` through the front door: records whose web addresses point at a loopback
/// server that answers, refuses HEAD, is missing, loops, or is slow.
@Suite(.serialized) struct LinkCheckTests {
    static func record(_ id: String, url: String) -> String {
        """
        id: \(id)
        kind: online
        name: Site \(id)
        description: Een website met uitleg.
        url: \(url)
        location_type: virtual
        domains: [psychisch-welzijn]
        support_types: [informatie-en-advies]
        sources:
          - url: \(url)
            date: 2026-10-01
            covers: [url]
        """
    }

    @Test func aLinkThatFailsTwiceInARowBecomesAReportThatClosesItselfWhenItWorksAgain() async throws {
        let missing = Box(true)
        let inFlight = Box(0)
        let most = Box(0)
        let server = try await LoopbackServer { router in
            router.get("/ok") { _, _ in Response.text("ok") }
            router.head("/head-refused") { _, _ in Response(status: .methodNotAllowed) }
            router.get("/head-refused") { _, _ in Response.text("ok") }
            router.get("/missing") { _, _ in missing.current ? Response.text("weg", status: .notFound) : Response.text("terug") }
            router.get("/loop") { _, _ in Response(status: .found, headers: [.location: "/loop2"]) }
            router.get("/loop2") { _, _ in Response(status: .found, headers: [.location: "/loop"]) }
            router.get("/slow/:n") { _, _ in
                inFlight.update { $0 += 1 }
                most.update { $0 = max($0, inFlight.current) }
                try await Task.sleep(for: .milliseconds(300))
                inFlight.update { $0 -= 1 }
                return Response.text("traag")
            }
        }
        let workspace = try SyncWorkspace()
        defer { workspace.remove() }
        let corpus = workspace.root.appendingPathComponent("Corpus")
        let paths = ["ok", "head-refused", "missing", "loop"] + (1...6).map { "slow/\($0)" }
        for path in paths {
            let id = "site-" + path.replacingOccurrences(of: "/", with: "-")
            try Self.record(id, url: "\(server.base)/\(path)").write(to: corpus.appendingPathComponent("\(id).yaml"), atomically: true, encoding: .utf8)
        }
        let indexer = repositoryRoot.appendingPathComponent("Indexer").path
        let indexed = try await workspace.kaart(["index", "--corpus", corpus.path, "--indexer", indexer, "--index", workspace.indexFile.path, "--quiet"])
        #expect(indexed.status == 0, "\(indexed.output)")
        let feedback = workspace.root.appendingPathComponent("var/feedback.sqlite").path
        // A generous timeout: this loopback server shares the machine with the rest of the suite,
        // and no link here is meant to time out.
        let links = { () async throws -> CommandResult in try await workspace.kaart(["links", "--index", workspace.indexFile.path, "--feedback", feedback, "--timeout", "60"]) }
        let review = { () async throws -> CommandResult in try await workspace.kaart(["review", "--index", workspace.indexFile.path, "--feedback", feedback]) }

        let first = try await links()
        #expect(first.status == 0, "\(first.output)")
        #expect(first.stdout.contains("10 webadressen in 10 verwijzingen gecontroleerd: 2 werken niet"), "\(first.output)")
        #expect(first.stdout.contains("site-missing: \(server.base)/missing — werkt niet (1e keer): 404"))
        #expect(first.stdout.contains("site-loop: \(server.base)/loop — werkt niet (1e keer): doorverwijzing in een kringetje"))
        #expect(!(try await review()).stdout.contains("Websites die niet werken"), "one failure is not yet a report")
        #expect(most.current <= 2, "at most 2 requests at a time to one host")
        #expect(most.current == 2, "and the two lanes do run side by side")

        let second = try await links()
        #expect(second.stdout.contains("Nieuwe meldingen (twee keer achter elkaar mis):"))
        let today = Strings.for(.dutch).dayMonthYear(Day(Date()))
        let reported = try await review()
        #expect(reported.stdout.contains("Websites die niet werken (kaart links, automatische meldingen): 2"), "\(reported.output)")
        #expect(reported.stdout.contains("\(server.base)/missing: website werkt niet: 404 sinds \(today)"))

        missing.current = false
        let third = try await links()
        #expect(third.stdout.contains("Werkt weer, melding gesloten:\n  site-missing: \(server.base)/missing"), "\(third.output)")
        let after = try await review()
        #expect(after.stdout.contains("automatische meldingen): 1"))
        #expect(!after.stdout.contains("/missing"))
        await server.stop()
    }
}
