import ArgumentParser
import Foundation
import Indexing
import KaartModel

struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Lees een andere sociale kaart in: HSDS 3 of een spreadsheet, met een rapport.",
        discussion: """
            kaart import leest en controleert; het verandert niets. Wil je de bron in de index, zet
            hem dan in Indexer/sources.yaml (kaart import laat zien hoe) en draai kaart index.
              kaart import hsds export.json
              kaart import hsds hsds-tabellen/ --index var/alleen-import.sqlite
              kaart import csv sociale-kaart.csv --mapping Indexer/sources/voorbeeld-gemeente.yaml
            """,
        subcommands: [ImportHSDSCommand.self, ImportCSVCommand.self])
}

/// Options both import formats share.
struct ImportOptions: ParsableArguments {
    @Option(help: "De naam van de bron; ids worden <formaat>-<bron>-<id> (standaard: de bestandsnaam).")
    var source: String?

    @Option(help: "De datum (JJJJ-MM-DD) waarop de bron als geheel is gecontroleerd, voor records zonder datum.")
    var assuredDate: String?

    @Option(help: "Bouw ook een index met alleen deze import, in dit bestand.")
    var index: String?

    @Flag(help: "Alleen fouten en de samenvatting.")
    var quiet = false

    @OptionGroup var sources: SourceOptions

    func definition(format: SourceDefinition.Format, path: String, mapping: String? = nil) throws -> SourceDefinition {
        let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let url = URL(fileURLWithPath: path, relativeTo: root).standardizedFileURL
        let name = source ?? SourceDefinition.name(for: url)
        guard SourceDefinition.isValidName(name) else {
            throw Failure("--source \(name): use lower-case letters, digits and hyphens, at most 24", code: .badInput)
        }
        var assured: Day?
        if let assuredDate {
            guard let day = Day(assuredDate) else { throw Failure("--assured-date \(assuredDate) is not a date (YYYY-MM-DD)", code: .badInput) }
            assured = day
        }
        return SourceDefinition(
            name: name, format: format, path: url,
            mapping: mapping.map { URL(fileURLWithPath: $0, relativeTo: root).standardizedFileURL }, assuredDate: assured)
    }

    /// Reads the source, prints the report and, with --index, builds an index of it alone.
    func run(_ definition: SourceDefinition, mappingLine: String?) throws -> ExitStatus {
        let today = try Terminal.today()
        let paths = sources.paths(index: index ?? "var/kaart.sqlite")
        let load = try IndexBuild.read(definition, paths: paths, today: today)
        for diagnostic in load.diagnostics where !quiet || diagnostic.severity == .error { print(diagnostic) }
        if !load.diagnostics.isEmpty && !quiet { print("") }
        print(ImportSummary.lines(load, root: paths.root, mappingLine: mappingLine, verbose: !quiet).joined(separator: "\n"))
        if index != nil {
            let report = try IndexBuild.run(paths, today: today, now: Date(), sources: [definition], decisions: DuplicateDecisions())
            print("\nIndex with only this import written to \(paths.index.path): \(report.load.records.count) records")
        }
        return load.errorCount > 0 ? .dataErrors : .success
    }
}

/// The report `kaart import` prints after the diagnostics.
enum ImportSummary {
    /// Fields with one parent (`contacts[].name`, `contacts[].email` …) on one line:
    /// `contacts[].{name, email, …}`.
    static func collapsed(_ fields: [(field: String, count: Int)]) -> [(field: String, count: Int)] {
        var groups: [String: [(name: String, count: Int)]] = [:]
        for item in fields {
            let parent = item.field.range(of: ".", options: .backwards).map { String(item.field[..<$0.lowerBound]) } ?? ""
            let name = parent.isEmpty ? item.field : String(item.field.dropFirst(parent.count + 1))
            groups[parent, default: []].append((name, item.count))
        }
        return groups.keys.sorted().flatMap { parent -> [(field: String, count: Int)] in
            let items = groups[parent]!.sorted { $0.name < $1.name }
            if parent.isEmpty || items.count == 1 { return items.map { (parent.isEmpty ? $0.name : parent + "." + $0.name, $0.count) } }
            return [("\(parent).{\(items.map(\.name).joined(separator: ", "))}", items.map(\.count).max() ?? 1)]
        }
    }

    static func lines(_ load: SourceLoad, root: URL, mappingLine: String?, verbose: Bool) -> [String] {
        let path = CorpusLoader.relativePath(load.source.path, to: root)
        let unit = load.source.format == .csv ? "rows" : "services"
        var lines = ["Read \(load.itemCount) \(unit) from \(path): \(load.records.count) records, \(load.errorCount) errors, \(load.warningCount) warnings"]
        let kinds = Entry.Kind.allCases.map { kind in (kind, load.records.filter { $0.entry.kind == kind }.count) }.filter { $0.1 > 0 }
        if !kinds.isEmpty { lines.append("Per kind: " + kinds.map { "\($0.0.rawValue) \($0.1)" }.joined(separator: ", ")) }
        if !load.unmappedTerms.isEmpty {
            lines.append("Taxonomy terms not mapped (add rules to Indexer/hsds-taxonomy.yaml):")
            lines += load.unmappedTerms.map { "  \($0.term) ×\($0.count)" }
        }
        if !load.ignoredFields.isEmpty && verbose {
            lines.append("HSDS fields in the file that we do not read (docs/interchange.md says why):")
            lines += collapsed(load.ignoredFields).map { "  \($0.field) ×\($0.count)" }
        }
        if verbose && !load.records.isEmpty {
            lines.append("Records:")
            lines += load.records.map { record in
                let entry = record.entry
                let place = entry.locationType == .virtual ? "online" : entry.municipality ?? entry.address?.city ?? "no place"
                return "  \(entry.id)  \(entry.name) (\(place))"
            }
        }
        lines.append("")
        lines.append("To build it into the index, add to Indexer/sources.yaml and run kaart index:")
        lines.append("  - name: \(load.source.name)")
        lines.append("    format: \(load.source.format.rawValue)")
        lines.append("    path: \(path)")
        if let mappingLine { lines.append("    mapping: \(mappingLine)") }
        if let day = load.source.assuredDate { lines.append("    assured_date: \(day)") }
        return lines
    }
}
