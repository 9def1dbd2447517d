import Feedback
import Foundation
import KaartModel
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `kaart gebruik`: demand beside supply, from a feedback file with counted use.
@Suite("kaart gebruik")
struct UsageCommandTests {
    @Test("kaart gebruik shows demand beside supply per levensdomein and gemeente and writes the half-yearly report")
    func usageReportShowsDemandBesideSupplyAndWritesTheReport() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.write("test-steunpunt-a", record("test-steunpunt-a", name: "Steunpunt A", domains: "[geld-en-schulden]"))
        try workspace.write("test-steunpunt-b", record("test-steunpunt-b", name: "Steunpunt B", domains: "[geld-en-schulden, psychisch-welzijn]"))
        try workspace.index()
        let feedback = workspace.root.appendingPathComponent("var/feedback.sqlite").path
        let store = try FeedbackStore(path: feedback, now: { Date(timeIntervalSince1970: 1_795_518_000) })
        var batch = UsageBatch()
        let day = Day("2026-11-20")!
        batch.counts[UsageKey(day: day, municipality: "Arnhem", channel: .page, event: .search, domain: "geld-en-schulden", filters: ["wat", "bij"], size: .many)] = 12
        batch.counts[UsageKey(day: day, municipality: "Arnhem", channel: .api, event: .search, domain: "geld-en-schulden", filters: ["wat"], size: .none)] = 4
        batch.counts[UsageKey(day: day, municipality: "Ede", channel: .page, event: .search, domain: "wonen", filters: ["wat"], size: .none)] = 6
        batch.counts[UsageKey(day: day, municipality: "Arnhem", channel: .page, event: .handout, domain: "geld-en-schulden")] = 3
        batch.counts[UsageKey(day: day, municipality: "Arnhem", channel: .page, event: .foundYes, domain: nil)] = 7
        batch.counts[UsageKey(day: day, municipality: "Arnhem", channel: .page, event: .foundNo, domain: nil)] = 2
        batch.gaps[UsageGap(day: day, municipality: "Ede", concept: "huurachterstand")] = 6
        batch.gaps[UsageGap(day: day, municipality: "Arnhem", concept: "gokverslaving")] = 4
        try store.addUsage(batch, keepDays: 400)
        try store.recordOutcome(entryID: "test-steunpunt-a", succeeded: true, day: day)
        try store.recordOutcome(entryID: "test-steunpunt-a", succeeded: true, day: day)
        try store.recordOutcome(entryID: "test-steunpunt-a", succeeded: false, day: Day("2026-10-02")!)
        try store.recordOutcome(entryID: "test-steunpunt-b", succeeded: false, day: Day("2025-01-02")!)

        let folder = workspace.root.appendingPathComponent("rapport")
        let result = try runKaart(
            ["gebruik", "--van", "2026-06-01", "--tot", "2026-11-30", "--rapport", folder.path, "--index", workspace.indexFile.path, "--feedback", feedback],
            in: workspace.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Zoekopdrachten: 22 (api 4, page 18), zonder resultaat: 10 (45%)"))
        #expect(result.stdout.contains("handouts: 3, \"vond je wat je zocht?\": ja 7, nee 2"))
        #expect(result.stdout.contains("  Geld en schulden — Arnhem: 16 · 25% · 2"))
        #expect(result.stdout.contains("  Wonen — Ede: 6 · 100% · 0"))
        #expect(result.stdout.contains("  huurachterstand: 6"))
        #expect(!result.stdout.contains("gokverslaving"), "four searches are too few to show")
        // "Is het gelukt?" per month and record, counts only; a month outside the period is left out.
        #expect(result.stdout.contains("- 2026-10  Steunpunt A (test-steunpunt-a): ja 0, nee 1\n- 2026-11  Steunpunt A (test-steunpunt-a): ja 2, nee 0\n"))
        #expect(!result.stdout.contains("2025-01"))
        let markdown = try String(contentsOf: folder.appendingPathComponent("gebruik.md"), encoding: .utf8)
        #expect(markdown.contains("![Vraag en aanbod per levensdomein](gebruik.svg)"))
        let csv = try String(contentsOf: folder.appendingPathComponent("gebruik.csv"), encoding: .utf8)
        #expect(csv.hasPrefix("levensdomein,gemeente,zoekopdrachten,zonder_resultaat,records\n"))
        #expect(csv.contains("geld-en-schulden,Arnhem,16,4,2\n"))
        let svg = try String(contentsOf: folder.appendingPathComponent("gebruik.svg"), encoding: .utf8)
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.contains(">16</text>"))
        #expect(try XMLDocument(data: Data(svg.utf8)).rootElement()?.name == "svg")

        let arnhem = try runKaart(
            ["gebruik", "--van", "2026-06-01", "--tot", "2026-11-30", "--gemeente", "Ede", "--index", workspace.indexFile.path, "--feedback", feedback],
            in: workspace.root)
        #expect(arnhem.stdout.contains("Zoekopdrachten: 6 (page 6)"))
        let wrong = try runKaart(["gebruik", "--van", "gisteren", "--index", workspace.indexFile.path, "--feedback", feedback], in: workspace.root)
        #expect(wrong.status == 2)
        #expect(wrong.stderr.contains("--van gisteren"))
    }
}
