import ArgumentParser
import Foundation
import Indexing
import KaartModel
import Sync

struct SyncCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Houd andere sociale kaarten bij: haal elke bron met een url op, vergelijk, en werk de index bij.",
        discussion: """
            Voor elke bron met `url:` in Indexer/sources.yaml (of alleen de genoemde): ophalen
            (met een limiet op tijd en bytes), controleren zoals kaart import, vergelijken met de
            vorige momentopname in var/sources/NAAM/, en alleen bij een verschil de index opnieuw
            bouwen. Wat uit een bron verdwijnt, gaat na retire_after runs (standaard 3) uit de
            kaart: "niet meer bij bron X sinds DATUM". Een run die in één keer meer dan 20 %
            zou weghalen, 0 records geeft of records met fouten heeft, wordt tegengehouden.
              kaart sync --dry-run               laat het verschil zien, verandert niets
              kaart sync gemeente-arnhem
              kaart sync gemeente-arnhem --accept   neem een tegengehouden run toch over
            Een draaiende kaart serve leest de nieuwe index na kill -HUP; kaart serve --sync doet
            het zelf, op het schema van `every:`.
            """)

    @Argument(help: "De bronnen (standaard: elke bron met een url).") var names: [String] = []
    @Flag(help: "Laat het verschil zien en verander niets.") var dryRun = false
    @Flag(help: "Neem een run over die een vangrail tegenhoudt.") var accept = false
    @Flag(help: "Haal alles op, niet alleen wat veranderde (modified_after).") var full = false
    @Flag(help: "Laat elk record en elk probleem zien, niet de eerste 20.") var all = false
    @OptionGroup var sources: SourceOptions
    @OptionGroup var index: IndexOptions

    func run() async throws {
        try await runReportingFailures {
            let today = try Terminal.today()
            let fetcher = Fetcher()
            let synchronizer = Synchronizer(
                paths: sources.paths(index: index.path), fetcher: fetcher, now: { Date() }, today: { today },
                environment: ProcessInfo.processInfo.environment)
            let report: SyncReport
            do {
                report = try await synchronizer.run(names, options: SyncOptions(dryRun: dryRun, accept: accept, full: full))
            } catch let problem as SyncProblem {
                await fetcher.shutdown()
                throw Failure(problem.description, code: .badInput)
            } catch {
                await fetcher.shutdown()
                throw error
            }
            await fetcher.shutdown()
            if report.results.isEmpty { print("No source in \(sources.sources ?? "Indexer/sources.yaml") has a `url:`; nothing to sync.") }
            print(SyncReportText.lines(report, limit: all ? nil : 20).joined(separator: "\n"))
            let troubled = report.results.contains { $0.run.outcome == .failed || $0.run.outcome == .held } || report.indexProblem != nil
            return troubled ? .dataErrors : .success
        }
    }
}
