import ArgumentParser
import Feedback
import Foundation
import KaartModel
import SearchIndex

struct UsageCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "usage",
        abstract: "Voor beheerders: hoe de kaart gebruikt wordt, naast wat er te vinden is (vraag en aanbod).",
        discussion: """
            Alleen dagtotalen: per gemeente, kanaal, gebruikte filters en aantal resultaten;
            geen IP-adressen, geen cookies, geen zoekteksten. Zoekopdrachten zonder resultaat
            staan er alleen als begrip, en alleen als minstens \(UsagePolicy.minimumSharedGap) ze delen.
              kaart gebruik
              kaart gebruik --van 2026-01-01 --tot 2026-06-30 --gemeente Arnhem
              kaart gebruik --van 2026-01-01 --tot 2026-06-30 --rapport rapport/   (Markdown, CSV, SVG)
            Daaronder, als iemand antwoordde: "Is het gelukt?" per maand en record (alleen ja/nee-tellingen).
            """,
        aliases: ["gebruik"])

    @Option(help: "Eerste dag (JJJJ-MM-DD); standaard een half jaar terug.") var van: String?
    @Option(help: "Laatste dag (JJJJ-MM-DD); standaard vandaag.") var tot: String?
    @Option(help: "Alleen deze gemeente.") var gemeente: String?
    @Option(help: "Schrijf het halfjaarrapport in deze map: gebruik.md, gebruik.csv en gebruik.svg.") var rapport: String?
    @OptionGroup var index: IndexOptions
    @OptionGroup var feedback: FeedbackOptions

    func run() async throws {
        try await runReportingFailures {
            let today = try Terminal.today()
            let to = try day(tot, option: "--tot") ?? today
            let from = try day(van, option: "--van") ?? to.adding(days: -182)
            guard from <= to else { throw Failure("--van (\(from)) ligt na --tot (\(to))", code: .badInput) }
            let index = try index.open()
            let totals = try await feedback.withStore(now: { Date() }) { try await $0.usage(from: from, to: to, municipality: gemeente) }
            let records = try index.records(filteredBy: SearchQuery()).map(\.entry)
            let report = UsageReport(totals: totals, records: records, taxonomy: index.taxonomy, from: from, to: to, municipality: gemeente)
            print(report.text(), terminator: "")
            let outcomes = try await feedback.withStore(now: { Date() }) { try await $0.outcomes(from: from, to: to) }
            let names = Dictionary(records.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            print(OutcomeCount.text(outcomes, names: names), terminator: "")
            if let rapport {
                let folder = URL(fileURLWithPath: rapport)
                do {
                    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                    try report.markdown(chartFile: "gebruik.svg").write(to: folder.appendingPathComponent("gebruik.md"), atomically: true, encoding: .utf8)
                    try report.csv().write(to: folder.appendingPathComponent("gebruik.csv"), atomically: true, encoding: .utf8)
                    try report.svg().write(to: folder.appendingPathComponent("gebruik.svg"), atomically: true, encoding: .utf8)
                } catch {
                    throw Failure("kan het rapport niet schrijven in \(rapport): \(error.localizedDescription)", code: .environment)
                }
                print("\nRapport geschreven: \(rapport)/gebruik.md, gebruik.csv, gebruik.svg")
            }
            return .success
        }
    }

    func day(_ text: String?, option: String) throws -> Day? {
        guard let text else { return nil }
        guard let day = Day(text) else { throw Failure("\(option) \(text): geef een datum als 2026-06-30", code: .badInput) }
        return day
    }
}
