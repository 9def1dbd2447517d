import ArgumentParser
import Indexing
import SearchIndex

struct DuplicatesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "duplicates",
        abstract: "Laat records zien die dezelfde hulp lijken, uit alle bronnen, met de redenen.",
        discussion: """
            Paren krijgen een score op naam, telefoon, e-mail, website, adres en afstand. Zelfde naam
            én zelfde contactgegeven uit twee bronnen wordt vanzelf samengevoegd; de rest wacht op
            een besluit, dat in Indexer/duplicates.yaml blijft staan, ook na een nieuwe import.
              kaart duplicates
              kaart duplicates merge cg-inloop-arnhem csv-gemeente-arnhem-17
              kaart duplicates distinct cg-inloop-arnhem hsds-wegwijzer-42
            """,
        subcommands: [DuplicatesListCommand.self, DuplicatesMergeCommand.self, DuplicatesDistinctCommand.self],
        defaultSubcommand: DuplicatesListCommand.self,
        aliases: ["dubbel"])
}

struct DuplicatesListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "Toon samengevoegde records en paren die op een besluit wachten.")

    @OptionGroup var sources: SourceOptions

    func run() async throws {
        try await runReportingFailures {
            let paths = sources.paths(index: "var/kaart.sqlite")
            let gathered = try IndexBuild.duplicates(paths, today: try Terminal.today())
            for diagnostic in gathered.deduplication.diagnostics { print(diagnostic) }
            print(DuplicatesReport.lines(gathered.deduplication, records: gathered.sources.flatMap(\.records)).joined(separator: "\n"))
            return gathered.deduplication.diagnostics.contains { $0.severity == .error } ? .dataErrors : .success
        }
    }
}

/// What `kaart duplicates` prints.
enum DuplicatesReport {
    static func lines(_ result: DeduplicationResult, records: [IndexContents.Record]) -> [String] {
        let byID = Dictionary(records.map { ($0.entry.id, $0) }, uniquingKeysWith: { first, _ in first })
        func describe(_ id: String) -> String {
            guard let record = byID[id] else { return id }
            return "\(id) \"\(record.entry.name)\" (\(record.origins.first?.source ?? "?"))"
        }
        let reasons = { (first: String, second: String) -> String in
            result.candidates.first { ($0.first, $0.second) == (first, second) || ($0.first, $0.second) == (second, first) }?
                .reasons.map(\.description).joined(separator: "; ") ?? "merged by decision"
        }
        var lines: [String] = []
        for (title, automatic) in [("Merged automatically (same name and contact, two sources); if wrong: kaart duplicates distinct A B", true), ("Merged by decision (Indexer/duplicates.yaml)", false)] {
            let groups = result.groups.filter { $0.automatic == automatic }
            guard !groups.isEmpty else { continue }
            lines.append("\(title):")
            for group in groups {
                lines.append("  \(describe(group.kept))")
                lines += group.merged.map { "    ⇐ \(describe($0)): \(reasons(group.kept, $0))" }
            }
            lines.append("")
        }
        lines.append("Candidates waiting for a decision: \(result.open.count)")
        for candidate in result.open {
            lines.append(String(format: "  %.2f  ", candidate.score) + describe(candidate.first))
            lines.append("        ~ " + describe(candidate.second))
            lines.append("        " + candidate.reasons.map(\.description).joined(separator: "; ") + (candidate.sameSource ? "; both from one source" : ""))
            lines.append("        kaart duplicates merge \(candidate.first) \(candidate.second)   |   kaart duplicates distinct \(candidate.first) \(candidate.second)")
        }
        return lines
    }
}
