import ArgumentParser
import Benchmark
import Foundation
import KaartModel

/// `kaart beoordeel`: scores the search on a judged set of queries (docs/search.md).
struct JudgeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "judge",
        abstract: "Beoordeel het zoeken met een set vragen waarvan bekend is wat er moet komen.",
        discussion: """
            Elke vraag zegt welke records bij de eerste vijf van hun deel moeten staan en welke er niet
            mogen staan. Drukt per gedrag recall@5, nDCG@5 en het aantal overtredingen af, en de
            vragen die niet slagen. Stopt met code 1 onder de vloer die het bestand noemt.
              kaart index --corpus Tests/KaartTests/Fixtures/judged/Corpus --index var/judged.sqlite
              kaart beoordeel Tests/KaartTests/Fixtures/judged/queries.yaml --index var/judged.sqlite
            """,
        aliases: ["beoordeel"])

    @Argument(help: "Het bestand met beoordeelde zoekvragen (YAML).")
    var file: String

    @Flag(help: "Toon ook de vragen die slagen.")
    var all = false

    @OptionGroup var index: IndexOptions

    func run() async throws {
        try await runReportingFailures {
            guard let yaml = try? String(contentsOfFile: file, encoding: .utf8) else {
                throw Failure("kan \(file) niet lezen; geef het pad van een bestand met beoordeelde zoekvragen", code: .environment)
            }
            let set = try JudgedSet.parse(yaml, file: file)
            let index = try index.open()
            let score = try JudgedScorer.score(set, file: file, index: index, today: try Terminal.today(), now: try Terminal.moment())
            for outcome in score.outcomes where all || !outcome.passed {
                let words = outcome.query.parameters.map { "\($0.name)=\($0.value)" }.joined(separator: " ")
                print("\(outcome.passed ? "ok  " : "FAIL") \(file):\(outcome.query.line) [\(outcome.query.behaviour)] \(words)")
                for problem in outcome.problems { print("       \(problem)") }
            }
            print(score.table())
            if let floor = set.floor {
                let shortfalls = score.shortfalls(of: floor)
                guard shortfalls.isEmpty else {
                    throw Failure("de score ligt onder de vloer in \(file): " + shortfalls.joined(separator: "; "), code: .dataErrors)
                }
                print(String(format: "Boven de vloer (slaagt %.3f, recall@5 %.3f, nDCG@5 %.3f).", floor.passRate, floor.recall, floor.ndcg))
            }
            return .success
        }
    }
}
