import Foundation
import TestSupport
import Testing

/// The `kaart` binary, run as a wegwijzer runs it.
@Suite("kaart on the command line", .serialized)
struct CommandLineTests {
    /// A workspace with the search fixture's records and a built index, made by `kaart index`.
    static let workspace: Workspace = {
        do {
            let workspace = try Workspace()
            for (name, yaml) in SearchFixture.records { try workspace.write(name, yaml) }
            try workspace.linkIndexer()
            let result = try runKaart(["index", "--quiet"], in: workspace.root)
            precondition(result.status == 0, "kaart index failed: \(result.stdout) \(result.stderr)")
            return workspace
        } catch {
            fatalError("cannot set up the command-line workspace: \(error)")
        }
    }()

    func kaart(_ arguments: String...) throws -> CommandResult {
        try runKaart(arguments, in: Self.workspace.root)
    }

    @Test("A search prints results with place, summary, contact and last check, and ends with the crisis routes")
    func searchOutput() throws {
        let result = try kaart("zoek", "rouw", "--bij", "6811")
        #expect(result.status == 0)
        #expect(result.stdout.contains("In de buurt van 6811 Arnhem (tot 15 km)"))
        #expect(result.stdout.contains("Rouwverwerkingsgroep"))
        #expect(result.stdout.contains("Laatst gecontroleerd: november 2026"))
        #expect(result.stdout.contains("Contact: geen telefoon, e-mail of website bekend"))
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.suffix(4).first == "Heb je nu direct hulp nodig?")
        #expect(lines.last == "Is er direct gevaar? Bel 112.")
    }

    @Test("The text output of a search is pinned by a golden file")
    func searchGolden() throws {
        let result = try kaart("zoek", "eenzaam", "--bij", "51.98,5.91", "--km", "20")
        try expectGolden(result.stdout, "search-eenzaam.txt")
    }

    @Test("Nothing found: exit code 1, a plain sentence, and the crisis routes")
    func nothingFound() throws {
        let result = try kaart("zoek", "paardrijden")
        #expect(result.status == 1)
        #expect(result.stdout.contains("We vonden niets dat past."))
        #expect(result.stdout.contains("Bel 113"))
    }

    @Test("An ambiguous place: exit code 2 and the choices on stderr")
    func ambiguousPlace() throws {
        let result = try kaart("zoek", "lotgenoten", "--bij", "Elst")
        #expect(result.status == 2)
        #expect(result.stderr.contains("Elst (Overbetuwe)"))
        #expect(result.stderr.contains("Elst (Rhenen)"))
        #expect(result.stdout.isEmpty)
    }

    @Test("A bad radius: exit code 2 and what to give instead")
    func badRadius() throws {
        let result = try kaart("zoek", "rouw", "--km", "-3")
        #expect(result.status == 2)
        #expect(result.stderr.contains("een afstand in km"))
    }

    @Test("kaart bench refuses a size of no records before it builds anything", arguments: [["0"], ["1000", "0"]])
    func benchNeedsRecords(_ sizes: [String]) throws {
        let result = try runKaart(["bench", "--quick", "--records"] + sizes, in: Self.workspace.root)
        #expect(result.status == 64)
        #expect(result.stderr.contains("--records: geef aantallen van 1 of meer"))
    }

    @Test("kaart bench takes one measurement mode at a time and names the ones given together")
    func benchModesDoNotCombine() throws {
        let result = try runKaart(["bench", "--alleen-bouw", "--alleen-advies", "--records", "10"], in: Self.workspace.root)
        #expect(result.status == 64)
        #expect(result.stderr.contains("--alleen-advies en --alleen-bouw gaan niet samen"))
    }

    @Test("kaart bench --alleen-zoeken builds its index once and searches the one it finds after that")
    func benchSearchOnlyKeepsItsIndex() throws {
        let work = Scratch.path("bench-zoeken").path
        let arguments = ["bench", "--alleen-zoeken", "--records", "40", "--queries", "3", "--klasse", "text", "--work", work]
        let first = try runKaart(arguments, in: Self.workspace.root)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("[40] building the index"))
        #expect(first.stdout.contains("== 40 synthetic records, 3 queries per class, in-process =="))
        let second = try runKaart(arguments, in: Self.workspace.root)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(!second.stderr.contains("building the index"))
        let lines = second.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("text ") })
        #expect(!lines.contains { $0.hasPrefix("typo ") })
    }

    @Test("kaart bench --klasse names the classes it knows, and only goes with --alleen-zoeken")
    func benchClassIsChecked() throws {
        let unknown = try runKaart(["bench", "--alleen-zoeken", "--klasse", "zinnen", "--records", "10"], in: Self.workspace.root)
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("--klasse zinnen: onbekend; kies uit text, text+filters"))
        let alone = try runKaart(["bench", "--klasse", "sentence", "--records", "10"], in: Self.workspace.root)
        #expect(alone.status == 64)
        #expect(alone.stderr.contains("--klasse gaat alleen samen met --alleen-zoeken"))
    }

    @Test("No index: exit code 3 and how to build one")
    func missingIndex() throws {
        let result = try kaart("zoek", "rouw", "--index", "/nonexistent/kaart.sqlite")
        #expect(result.status == 3)
        #expect(result.stderr.contains("kaart index"))
    }

    @Test("--json gives the API's search page: the sections, the crisis routes and stable ids")
    func json() throws {
        let result = try kaart("zoek", "somber", "--bij", "Arnhem", "--json")
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let online = try #require(object["online"] as? [[String: Any]])
        #expect(online.first?["id"] as? String == "jongeren-online")
        let crisis = try #require(object["crisis"] as? [[String: Any]])
        #expect(crisis.map { $0["number"] as? String } == ["113", "0800-0113", "112"])
        #expect(object["total_items"] as? Int == (object["contents"] as? [Any])?.count)
    }

    @Test("--uitleg shows the analysed words and each result's score")
    func explain() throws {
        let result = try kaart("zoek", "somber", "--uitleg")
        #expect(result.stdout.contains("Gezocht op:"))
        #expect(result.stdout.contains("ook gezocht op: neerslachtig"))
        #expect(result.stdout.contains("tekst "))
    }

    @Test("--lang en speaks English, crisis routes included")
    func english() throws {
        let result = try kaart("search", "rouw", "--bij", "Arnhem", "--lang", "en")
        #expect(result.stdout.contains("Near Arnhem (within 15 km)"))
        #expect(result.stdout.contains("Do you need help right now?"))
        #expect(result.stdout.contains("Last checked: November 2026"))
    }

    @Test("kaart toon prints a record with its sources; --handout is a B1 handout pinned by a golden file")
    func show() throws {
        let full = try kaart("toon", "schulden-stadskanaal")
        #expect(full.status == 0)
        #expect(full.stdout.contains("ergens in de gemeente Stadskanaal"))
        // Residents' view of the sources by default; the maintainers' list with --bronnen.
        #expect(full.stdout.contains("Bron: plan van de regio Centraal Gelderland (juli 2025); website example.org (november 2026)"))
        #expect(!full.stdout.contains("seed 002"))
        let sources = try kaart("toon", "schulden-stadskanaal", "--bronnen")
        #expect(sources.stdout.contains("- seed 002 (002_dfb2aae17ec2b9db.txt), regel 655"))
        #expect(sources.stdout.contains("- https://example.org/bron [2026-11-01; derde partij; free]"))
        let handout = try kaart("toon", "schulden-stadskanaal", "--handout")
        try expectGolden(handout.stdout, "handout-schulden-stadskanaal.txt")
    }

    @Test("kaart toon with an unknown id: exit code 2 and a hint")
    func showUnknown() throws {
        let result = try kaart("toon", "rouw")
        #expect(result.status == 2)
        #expect(result.stderr.contains("rouwgroep"))
    }

    @Test("kaart check on a corpus with a broken file: exit code 1, diagnostics with file and line, good records counted")
    func checkReportsErrors() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.write("goed", record("goed", name: "Goed"))
        try workspace.write("kapot", record("kapot", name: "Kapot", domains: "[bestaat-niet]"))
        let result = try runKaart(["check", "--indexer", repositoryRoot.appendingPathComponent("Indexer").path], in: workspace.root)
        #expect(result.status == 1)
        #expect(result.stdout.contains("Corpus/kapot.yaml:5: error: domains: unknown levensdomein code \"bestaat-niet\""))
        #expect(result.stdout.contains("2 files, 1 good records, 1 errors"))
    }

    @Test("kaart index with a broken record still indexes the good ones, and exits 1")
    func indexKeepsGoodRecords() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.write("goed", record("goed", name: "Goed vindbaar"))
        try workspace.write("kapot", "id: kapot\nname: [\n")
        let indexer = repositoryRoot.appendingPathComponent("Indexer").path
        let index = try runKaart(["index", "--indexer", indexer], in: workspace.root)
        #expect(index.status == 1)
        #expect(index.stdout.contains("Per kind: aanbod 1"))
        #expect(index.stdout.contains("Corpus/kapot.yaml:"))
        let search = try runKaart(["zoek", "vindbaar"], in: workspace.root)
        #expect(search.status == 0)
        #expect(search.stdout.contains("Goed vindbaar"))
    }

    @Test("kaart --help teaches by example")
    func help() throws {
        let result = try kaart("--help")
        try expectGolden(result.stdout, "help.txt")
    }
}

/// Compares `actual` with `Tests/KaartTests/Fixtures/golden/<name>`; `UPDATE_GOLDEN=1` rewrites it.
func expectGolden(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = repositoryRoot.appendingPathComponent("Tests/KaartTests/Fixtures/golden/\(name)")
    if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try actual.write(to: url, atomically: true, encoding: .utf8)
        return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(actual == expected, "golden file \(name) differs; run UPDATE_GOLDEN=1 swift test and review the diff", sourceLocation: sourceLocation)
}
