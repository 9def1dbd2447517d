import ArgumentParser
import Indexing

struct CoverageCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage",
        abstract: "Laat de gaten in de kaart zien: hulp per gemeente en soort, praktische gaten (contact, plek, tijden, oude bronnen) en de doelen.",
        aliases: ["dekking"])

    @OptionGroup var sources: SourceOptions

    func run() async throws {
        try await runReportingFailures {
            let today = try Terminal.today()
            let paths = sources.paths(index: "var/kaart.sqlite")
            let reference = try ReferenceData.load(from: paths.indexer)
            let load = try IndexBuild.check(paths, today: today)
            print(CoverageReport(records: load.records.map(\.entry), today: today, coverage: reference.coverage).text(), terminator: "")
            print(SourceStatus.text(try SourceStatus.load(IndexBuild.sourceDefinitions(paths), today: today)), terminator: "")
            return .success
        }
    }
}
