import ArgumentParser
import Indexing
import KaartModel

struct DuplicatesMergeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Leg vast dat records dezelfde hulp zijn; de eerste blijft, de andere gaan erin op met al hun bronnen.")

    @Argument(help: "Het record dat blijft, en de records die erin opgaan.")
    var ids: [String]

    @Option(help: "Waarom (komt in Indexer/duplicates.yaml).")
    var note: String?

    @OptionGroup var sources: SourceOptions

    func run() async throws {
        try await runReportingFailures {
            guard Set(ids).count >= 2, Set(ids).count == ids.count else {
                throw Failure("give at least two different ids: the one to keep first, then the ones to merge into it", code: .badInput)
            }
            let paths = sources.paths(index: "var/kaart.sqlite")
            let today = try Terminal.today()
            try DuplicatesDecisionEditing.checkKnown(ids, paths: paths, today: today)
            var decisions = try DuplicateDecisions.load(from: paths.decisions, display: paths.decisions.path)
            let replaced = decisions.recordMerge(ids, note: note, on: today)
            try decisions.write(to: paths.decisions)
            for decision in replaced { print("Replaced the earlier decision that \(decision.ids.joined(separator: " and ")) are distinct.") }
            print("Recorded in \(CorpusLoader.relativePath(paths.decisions, to: paths.root)): \(ids.dropFirst().joined(separator: ", ")) merge into \(ids[0]). Run kaart index to apply it.")
            return .success
        }
    }
}

enum DuplicatesDecisionEditing {
    /// A decision about an id no source has is a typo: refuse it, with the nearest ids.
    static func checkKnown(_ ids: [String], paths: IndexPaths, today: Day) throws {
        let gathered = try IndexBuild.duplicates(paths, today: today)
        let known = Set(gathered.sources.flatMap { $0.records.map(\.entry.id) })
        for id in ids where !known.contains(id) {
            let close = known.filter { $0.contains(id) || id.contains($0) }.sorted().prefix(5)
            throw Failure("no source has a record \(id)." + (close.isEmpty ? " kaart duplicates lists the ids." : " Did you mean: \(close.joined(separator: ", "))?"), code: .badInput)
        }
    }
}
