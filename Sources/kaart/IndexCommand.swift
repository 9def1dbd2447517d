import ArgumentParser
import Foundation
import Indexing
import KaartModel

struct IndexCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Bouw de zoekindex uit alle bronnen in Indexer/sources.yaml (Corpus/ en imports).",
        discussion: """
            Goede records komen in de index, ook als andere records fouten hebben; de fouten staan
            in het overzicht en maken de exit code 1. De nieuwe index vervangt de oude pas als hij
            af is: wie zoekt, ziet nooit een halve index. Dezelfde hulp uit twee bronnen staat er één
            keer in, met beide bronnen (kaart duplicates). Wat sinds de vorige bouw niet veranderde
            (samenvatting, analyse) komt uit var/kaart.sqlite.cache; de index is dezelfde als
            met --vanaf-niets, dat alles opnieuw doet.
            """)

    @OptionGroup var sources: SourceOptions
    @OptionGroup var index: IndexOptions

    @Flag(help: "Geen overzicht, alleen fouten.")
    var quiet = false

    @Flag(name: .customLong("vanaf-niets"), help: "Alles opnieuw, zonder wat de vorige bouw bewaarde.")
    var fromNothing = false

    func run() async throws {
        try await runReportingFailures {
            let showProgress = Terminal.stderrIsInteractive && !quiet
            let report = try IndexBuild.run(
                sources.paths(index: index.path), today: try Terminal.today(), now: Date(), fromNothing: fromNothing,
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
        let imports = report.sources.contains { $0.source.format != .corpus }
        lines.append("Records: \(report.load.records.count) of \(report.load.fileCount) " + (imports ? "files, rows and services read" : "files"))
        if report.reusedRecords > 0 {
            lines.append("Unchanged since the last build: \(report.reusedRecords) records (their summaries and analysis were kept)")
        }
        if report.sources.count > 1 || imports {
            lines.append("Per source:")
            lines += report.sources.map { source in
                "  \(source.source.name) (\(source.source.format.rawValue)): \(source.records.count) of \(source.itemCount), \(source.errorCount) errors"
                    + (source.unmappedTerms.isEmpty ? "" : ", \(source.unmappedTerms.count) taxonomy terms not mapped")
            }
        }
        if let deduplication = report.deduplication, !deduplication.groups.isEmpty || !deduplication.open.isEmpty {
            let merged = deduplication.groups.map(\.merged.count).reduce(0, +)
            lines.append("Duplicates: \(merged) records merged into \(deduplication.groups.count) (\(deduplication.groups.filter(\.automatic).count) automatically); \(deduplication.open.count) candidate pairs wait for a decision (kaart duplicates)")
        }
        lines.append("Per kind: " + report.countsByKind.map { "\($0.0.rawValue) \($0.1)" }.joined(separator: ", "))
        lines.append("Per municipality:")
        lines += report.countsByMunicipality.map { "  \($0.0): \($0.1)" }
        lines.append("Diagnostics: \(report.load.errorCount) errors, \(report.load.warningCount) warnings")
        return lines.joined(separator: "\n")
    }
}
