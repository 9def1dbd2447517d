import ArgumentParser
import Indexing

struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Controleer alle records in Corpus/ zonder de index te bouwen.",
        discussion: """
            Elke fout staat op een eigen regel: bestand:regel: error: veld: wat je moet doen.
            Met --b1 ook per record en per zin of de samenvatting B1 is, met de redenen en de
            cijfers (docs/b1-checker.md).
            """,
        aliases: ["controleer"])

    @OptionGroup var sources: SourceOptions

    @Flag(help: "Alleen fouten, geen waarschuwingen.")
    var quiet = false

    @Flag(help: "Controleer ook of elke samenvatting B1 is: per record, per zin, met redenen.")
    var b1 = false

    func run() async throws {
        try await runReportingFailures {
            let paths = sources.paths(index: "var/kaart.sqlite")
            let load: CorpusLoad
            var b1Warnings = 0
            if b1 {
                let (checked, review) = try IndexBuild.checkSummaries(paths, today: try Terminal.today())
                load = checked
                b1Warnings = review.diagnostics.count
                if !quiet { B1Review.lines(review).forEach { print($0) } }
                for diagnostic in load.diagnostics + review.diagnostics where !quiet || diagnostic.severity == .error { print(diagnostic) }
                print("Summaries shown (\(review.records.filter { $0.shown.origin == .maintainer }.count) by maintainers, \(review.records.filter { $0.shown.origin == .generated }.count) generated): \(review.shown.description)")
                print("Maintainers' summary_b1: \(review.maintainers.description)")
                print("Generated for every record: \(review.generated.description)")
            } else {
                load = try IndexBuild.check(paths, today: try Terminal.today())
            }
            for diagnostic in b1 ? [] : load.diagnostics where !quiet || diagnostic.severity == .error { print(diagnostic) }
            print("\(load.fileCount) files, \(load.records.count) good records, \(load.errorCount) errors, \(load.warningCount + b1Warnings) warnings")
            return load.errorCount > 0 ? .dataErrors : .success
        }
    }
}
