import Foundation
import TestSupport
import Testing

/// `kaart zoek` and `kaart beoordeel` as a wegwijzer uses them, on the judged fixture map.
@Suite("Reading the words on the command line", .serialized)
struct ReadingCommandLineTests {
    /// Runs `kaart` on a thread of its own: waiting for a process on one of the two threads Swift
    /// concurrency has on this machine starved the server tests running beside these.
    func kaart(_ arguments: [String]) async throws -> CommandResult {
        let index = await JudgedFixture.indexPathOffThePool()
        let all = arguments + (arguments.first == "beoordeel" || arguments.first == "zoek" ? ["--index", index] : [])
        return try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try runKaart(all, in: repositoryRoot) }) }.start()
        }
    }

    func json(_ result: CommandResult) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test("A typo is searched as the close word and the answer says so; --negeer spelling searches it as typed")
    func typo() async throws {
        let corrected = try await kaart(["zoek", "eenzaamhied", "--bij", "Arnhem"])
        #expect(corrected.status == 0)
        #expect(corrected.stdout.hasPrefix("Gezocht op eenzaamheid in plaats van eenzaamhied."))
        #expect(corrected.stdout.contains("test-eenzaam-arnhem"))
        let literal = try await kaart(["zoek", "eenzaamhied", "--bij", "Arnhem", "--negeer", "spelling"])
        #expect(literal.status == 1 && !literal.stdout.contains("in plaats van"))
    }

    @Test("A sentence: --json has the understood block with each need's concept and the words left out")
    func sentenceJSON() async throws {
        let result = try await kaart(["zoek", "ik voel me somber en heb geldzorgen", "--bij", "Stadskanaal", "--json"])
        #expect(result.status == 0)
        let understood = try #require(try json(result)["understood"] as? [String: Any])
        let needs = try #require(understood["needs"] as? [[String: Any]])
        #expect(needs.compactMap { $0["concept"] as? String } == ["somberheid", "schulden"])
        #expect((understood["left_out"] as? [String])?.contains("voel") == true)
        #expect((understood["message"] as? String) == "Gezocht op: somberheid en geldzorgen")
    }

    @Test("A place in the words is the place: the answer says so, --uitleg shows it, an ambiguous one lists the choices")
    func placeInWords() async throws {
        let result = try await kaart(["zoek", "rouw", "Arnhem", "--uitleg"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Gezocht op: rouw · rond Arnhem"))
        #expect(result.stdout.contains("plaats uit je woorden: arnhem → Arnhem"))
        #expect(result.stdout.contains("test-rouw-oosterbeek") && !result.stdout.contains("test-rouw-zwolle"))
        let ambiguous = try await kaart(["zoek", "wandelen Elst"])
        #expect(ambiguous.status == 2 && ambiguous.stderr.contains("Elst (Overbetuwe)"))
    }

    @Test("An age and an audience in the words are shown and can be switched off")
    func ageAndAudience() async throws {
        let read = try json(try await kaart(["zoek", "mijn dochter van 15 is somber", "--json"]))
        let understood = try #require(read["understood"] as? [String: Any])
        #expect(understood["age"] as? Int == 15)
        #expect(understood["target_groups"] as? [String] == ["jongeren"])
        let ids = (read["contents"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(ids.contains("test-jongeren-arnhem") && !ids.contains("test-somber-arnhem"))
        let plain = try json(try await kaart(["zoek", "mijn dochter van 15 is somber", "--json", "--negeer", "leeftijd", "--negeer", "doelgroep"]))
        let undone = try #require(plain["understood"] as? [String: Any])
        #expect(undone["age"] == nil && (undone["target_groups"] as? [String])?.isEmpty == true)
    }

    @Test("Words in another language find help, and the English answer says what was searched")
    func otherLanguages() async throws {
        let result = try await kaart(["zoek", "lonely", "--bij", "Arnhem", "--lang", "en"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Searched for: loneliness"))
        #expect(result.stdout.contains("test-eenzaam-arnhem"))
    }

    @Test("Words that name nothing: exit 1 and a request for a few words, with the crisis routes", arguments: [
        ["hoe", "kan", "ik"], ["12345"], ["😀😀"], [String(repeating: "ab ", count: 3_400)],
    ])
    func nothingToSearch(_ words: [String]) async throws {
        let result = try await kaart(["zoek"] + words)
        #expect(result.status == 1)
        #expect(result.stdout.contains("Zeg in een paar woorden wat je zoekt") || result.stdout.contains("We vonden niets"))
        #expect(result.stdout.contains("113"))
    }

    @Test("kaart beoordeel prints the score per behaviour, passes above the floor and exits 1 below it")
    func judge() async throws {
        let passed = try await kaart(["beoordeel", JudgedFixture.setFile.path])
        #expect(passed.status == 0, "\(passed.stdout)\(passed.stderr)")
        #expect(passed.stdout.contains("| typos |") && passed.stdout.contains("| **all** |"))
        let folder = Scratch.path("kaart-judge")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let strict = folder.appendingPathComponent("strict.yaml")
        try """
            floor: {pass_rate: 1.0, recall: 1.0, ndcg: 0}
            queries:
              - {behaviour: wrong on purpose, query: {wat: rouw, bij: Arnhem}, must: [test-schulden-stadskanaal]}
            """.write(to: strict, atomically: true, encoding: .utf8)
        let failed = try await kaart(["beoordeel", strict.path])
        #expect(failed.status == 1)
        #expect(failed.stdout.contains("FAIL") && failed.stdout.contains("strict.yaml:3"))
        #expect(failed.stderr.contains("onder de vloer"))
    }
}
