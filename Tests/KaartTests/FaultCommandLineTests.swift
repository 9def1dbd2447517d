import Feedback
import Foundation
import GRDB
import KaartModel
import Testing

/// Issue 21 through the `kaart` binary: wrong shapes and sizes in the corpus, a damaged index,
/// abandoned builds, hostile text in `kaart review`.
@Suite("kaart under faults", .serialized)
struct FaultCommandLineTests {
    func workspace(_ records: [(String, String)]) throws -> Workspace {
        let workspace = try Workspace()
        for (name, yaml) in records { try workspace.write(name, yaml) }
        try workspace.linkIndexer()
        return workspace
    }

    @Test("A nested service_area list is an error with file and line, not silently no area")
    func nestedServiceArea() throws {
        let ws = try workspace([("t-genest", record("t-genest", name: "Genest", extra: "service_area: [[Wageningen, Arnhem]]"))])
        defer { ws.remove() }
        let result = try runKaart(["check"], in: ws.root)
        #expect(result.status == 1)
        #expect(result.stdout.contains("t-genest.yaml:") && result.stdout.contains("service_area"), "\(result.stdout)")
    }

    @Test("A huge description or too many phone numbers is refused by kaart check")
    func sizeLimits() throws {
        let phones = (0..<11).map { "  - number: 026 123 45 \(String(format: "%02d", $0))" }.joined(separator: "\n")
        let ws = try workspace([
            ("t-lang", record("t-lang", name: "Lang", description: String(repeating: "Veel tekst. ", count: 1_000))),
            ("t-tel", record("t-tel", name: "Tel", extra: "phones:\n\(phones)\nsources:\n  - url: https://example.org/t\n    covers: [phones]")),
        ])
        defer { ws.remove() }
        let result = try runKaart(["check"], in: ws.root)
        #expect(result.status == 1)
        #expect(result.stdout.contains("`description` has 11999 characters; at most 8000"), "\(result.stdout)")
        #expect(result.stdout.contains("t-tel.yaml"))
    }

    @Test("A search on an index with smashed pages exits 3 with what to run")
    func smashedIndex() throws {
        let ws = try workspace([("t-a", record("t-a", name: "Inloop A"))])
        defer { ws.remove() }
        #expect(try runKaart(["index", "--quiet"], in: ws.root).status == 0)
        let handle = try FileHandle(forUpdating: ws.indexFile)
        let size = try handle.seekToEnd()
        for offset in stride(from: UInt64(4096), to: size, by: 8192) {
            try handle.seek(toOffset: offset)
            try handle.write(contentsOf: Data(repeating: 0xA5, count: 2048))
        }
        try handle.close()
        let result = try runKaart(["zoek", "inloop"], in: ws.root)
        #expect(result.status == 3, "\(result.stderr)")
        #expect(result.stderr.contains("kaart index"))
        #expect(!result.stderr.contains("DecodingError"))
    }

    @Test("kaart index removes the half-built files a killed build left behind")
    func abandonedBuilds() throws {
        let ws = try workspace([("t-a", record("t-a", name: "Inloop A"))])
        defer { ws.remove() }
        try FileManager.default.createDirectory(at: ws.root.appendingPathComponent("var"), withIntermediateDirectories: true)
        // A pid that no process has: the largest the kernel allows is below this.
        let leftover = ws.root.appendingPathComponent("var/.kaart.sqlite.building-99999999")
        try Data("half".utf8).write(to: leftover)
        try Data("half".utf8).write(to: URL(fileURLWithPath: leftover.path + "-journal"))
        #expect(try runKaart(["index", "--quiet"], in: ws.root).status == 0)
        let left = try FileManager.default.contentsOfDirectory(atPath: ws.root.appendingPathComponent("var").path).filter { $0.contains("building") }
        #expect(left.isEmpty, "\(left)")
    }

    @Test("kaart review shows bidi and control characters from a report as escapes")
    func reviewNeutralisesText() throws {
        let ws = try workspace([("t-a", record("t-a", name: "Inloop A"))])
        defer { ws.remove() }
        #expect(try runKaart(["index", "--quiet"], in: ws.root).status == 0)
        let store = try FeedbackStore(path: ws.root.appendingPathComponent("var/feedback.sqlite").path, now: { Date() })
        _ = try store.submit(try ReportDraft(entryID: "t-a", reason: "anders", text: "gesloten \u{202E}lanimirc", contact: nil), channel: .web, sender: "x") { _ in true }
        let result = try runKaart(["review"], in: ws.root)
        #expect(result.status == 0)
        #expect(!result.stdout.unicodeScalars.contains("\u{202E}"))
        #expect(result.stdout.contains("\\u{202E}"))
        #expect(result.stdout.contains("wacht op een tweede afzender"))
    }

    @Test("kaart serve refuses a maintainer token of twenty spaces")
    func spaceToken() throws {
        let result = try runKaart(["serve", "--port", "0"], in: CommandLineTests.workspace.root, environment: ["KAART_BEHEER_TOKEN": String(repeating: " ", count: 20)])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no spaces"))
    }
}
