import ArgumentParser
import Indexing

struct CoverageCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage",
        abstract: "Laat de gaten in de kaart zien: hulp per gemeente en soort, en records zonder plek, samenvatting, bron of recente controle.",
        aliases: ["dekking"])

    @OptionGroup var sources: SourceOptions

    func run() async throws {
        try await runReportingFailures {
            let today = try Terminal.today()
            let load = try IndexBuild.check(sources.paths(index: "var/kaart.sqlite"), today: today)
            print(CoverageReport(records: load.records.map(\.entry), today: today).text(), terminator: "")
            return .success
        }
    }
}
