import ArgumentParser
import Indexing

struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Controleer alle records in Corpus/ zonder de index te bouwen.",
        discussion: "Elke fout staat op een eigen regel: bestand:regel: error: veld: wat je moet doen.",
        aliases: ["controleer"])

    @OptionGroup var sources: SourceOptions

    @Flag(help: "Alleen fouten, geen waarschuwingen.")
    var quiet = false

    func run() async throws {
        try await runReportingFailures {
            let load = try IndexBuild.check(sources.paths(index: "var/kaart.sqlite"), today: try Terminal.today())
            for diagnostic in load.diagnostics where !quiet || diagnostic.severity == .error { print(diagnostic) }
            print("\(load.fileCount) files, \(load.records.count) good records, \(load.errorCount) errors, \(load.warningCount) warnings")
            return load.errorCount > 0 ? .dataErrors : .success
        }
    }
}
