import ArgumentParser
import Indexing

struct DuplicatesDistinctCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "distinct",
        abstract: "Leg vast dat twee records verschillende hulp zijn: ze worden nooit samengevoegd.")

    @Argument(help: "Het ene record.") var first: String
    @Argument(help: "Het andere record.") var second: String

    @Option(help: "Waarom (komt in Indexer/duplicates.yaml).")
    var note: String?

    @OptionGroup var sources: SourceOptions

    func run() async throws {
        try await runReportingFailures {
            guard first != second else { throw Failure("give two different ids", code: .badInput) }
            let paths = sources.paths(index: "var/kaart.sqlite")
            let today = try Terminal.today()
            try DuplicatesDecisionEditing.checkKnown([first, second], paths: paths, today: today)
            var decisions = try DuplicateDecisions.load(from: paths.decisions, display: paths.decisions.path)
            let changed = decisions.recordDistinct(first, second, note: note, on: today)
            try decisions.write(to: paths.decisions)
            for decision in changed { print("Changed the earlier merge of \(decision.ids.joined(separator: ", ")).") }
            print("Recorded in \(CorpusLoader.relativePath(paths.decisions, to: paths.root)): \(first) and \(second) are different help. Run kaart index to apply it.")
            return .success
        }
    }
}
