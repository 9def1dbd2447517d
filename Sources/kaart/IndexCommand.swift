import ArgumentParser
import Foundation
import Indexing
import KaartModel

struct IndexCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Bouw de zoekindex uit Corpus/ en Indexer/.",
        discussion: """
            Goede records komen in de index, ook als andere records fouten hebben; de fouten staan
            in het overzicht en maken de exit code 1. De nieuwe index vervangt de oude pas als hij
            af is: wie zoekt, ziet nooit een halve index.
            """)

    @OptionGroup var sources: SourceOptions
    @OptionGroup var index: IndexOptions

    @Flag(help: "Geen overzicht, alleen fouten.")
    var quiet = false

    func run() async throws {
        try await runReportingFailures {
            let showProgress = Terminal.stderrIsInteractive && !quiet
            let report = try IndexBuild.run(
                sources.paths(index: index.path), today: try Terminal.today(), now: Date(),
                progress: { done, total in
                    guard showProgress, total >= 500, done % 250 == 0 || done == total else { return }
                    FileHandle.standardError.write(Data("\rindexing \(done)/\(total)".utf8))
                    if done == total { FileHandle.standardError.write(Data("\n".utf8)) }
                })
            for diagnostic in report.load.diagnostics { print(diagnostic) }
            if !quiet { print(summary(report)) }
            return report.load.errorCount > 0 ? .dataErrors : .success
        }
    }

    func summary(_ report: IndexReport) -> String {
        var lines = ["Index written to \(index.path) in \(String(format: "%.2f", report.seconds)) s"
            + (report.indexBytes.map { " (\($0 / 1024) kB)" } ?? "")]
        lines.append("Records: \(report.load.records.count) of \(report.load.fileCount) files")
        lines.append("Per kind: " + report.countsByKind.map { "\($0.0.rawValue) \($0.1)" }.joined(separator: ", "))
        lines.append("Per municipality:")
        lines += report.countsByMunicipality.map { "  \($0.0): \($0.1)" }
        lines.append("Diagnostics: \(report.load.errorCount) errors, \(report.load.warningCount) warnings")
        return lines.joined(separator: "\n")
    }
}
