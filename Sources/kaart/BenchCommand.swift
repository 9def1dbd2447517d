import ArgumentParser
import Benchmark
import Dispatch
import Foundation
import Indexing

struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Meet indexbouw en zoeksnelheid op een synthetisch corpus (docs/benchmark.md).",
        discussion: """
            Bouwt per grootte een synthetisch corpus (nooit in Corpus/), indexeert het, draait de vaste
            zoekmix in het proces en dezelfde records en vragen tegen kale SQLite FTS5, Tantivy en
            Datasette; start `kaart serve` op die index en meet de pagina en de JSON-zoekvraag met
            wrk. Drukt één tabel af en schrijft bench-out/bench-N.json.

            Voorbeelden:
              kaart bench                                 1.000, 10.000 en 100.000 records
              kaart bench --records 100000
              kaart bench --records 1000 --quick          klein en snel, zonder Python en wrk (CI);
                                                          de server beantwoordt dan alleen een paar verzoeken
              kaart bench --alleen-advies --records 100000  alleen de assistent (kaart advies), warm
              kaart bench --alleen-bouw --records 100000    alleen de indexbouw en een wijziging van 100 records
              kaart bench --alleen-zoeken --records 100000  alleen het zoeken in het proces, warm en koud, op de
                                                          index van een eerdere meting (of een nieuwe)
              kaart bench --sync --records 100000         alleen kaart sync: een andere kaart met zoveel
                                                          synthetische services op loopback, per pagina en als ndjson
              kaart bench --gebruik                       alleen de gebruiksopslag: een jaar gesimuleerde
                                                          tellingen voor alle gemeenten, en hoe groot dat bestand wordt
            """)

    @Option(name: .customLong("records"), parsing: .upToNextOption, help: "Aantallen records (standaard 1000 10000 100000).")
    var records: [Int] = [1_000, 10_000, 100_000]

    @Option(help: "Zoekvragen per klasse (standaard 1000; met --quick 100).")
    var queries: Int?

    @Flag(help: "Snel: minder vragen, geen Tantivy, Datasette of wrk.")
    var quick = false

    @Option(help: "Seconden per wrk-meting.")
    var loadSeconds = 5

    @Option(help: "Werkmap voor indexen en referentiebestanden.")
    var work = ".build-bench"

    @Option(help: "Map voor de JSON-uitvoer.")
    var out = "bench-out"

    @Flag(help: "Meet alleen kaart sync tegen een synthetische kaart op loopback (docs/benchmark.md).")
    var sync = false

    @Flag(name: .customLong("gebruik"), help: "Meet alleen hoe groot de gebruiksopslag wordt: een jaar gesimuleerde tellingen voor alle gemeenten (docs/benchmark.md).")
    var usage = false

    @Option(name: .customLong("zoekvragen-per-dag"), help: "Met --gebruik: gesimuleerde zoekvragen per dag, over heel Nederland (standaard 50000).")
    var searchesPerDay = 50_000

    @Flag(help: "Meet alleen de assistent (kaart advies): situaties met drie vragen, warm (docs/benchmark.md).")
    var alleenAdvies = false

    @Flag(help: "Meet alleen de indexbouw en een wijziging van 100 records via de bouwcache (docs/benchmark.md).")
    var alleenBouw = false

    @Flag(help: "Meet alleen het zoeken in het proces, warm en koud, op de index die een eerdere meting in de werkmap liet (docs/benchmark.md).")
    var alleenZoeken = false

    @Option(name: .customLong("klasse"), help: ArgumentHelp(
        "Met --alleen-zoeken: alleen deze zoekklasse (herhaal voor meer), bijvoorbeeld --klasse sentence.",
        valueName: "klasse"))
    var classes: [String] = []

    @OptionGroup var sources: SourceOptions

    func validate() throws {
        guard records.allSatisfy({ $0 >= 1 }) else { throw ValidationError("--records: geef aantallen van 1 of meer, zoals --records 1000 10000") }
        if let queries, queries < 1 { throw ValidationError("--queries moet 1 of meer zijn") }
        guard loadSeconds >= 1 else { throw ValidationError("--load-seconds moet 1 of meer zijn") }
        let modes = [("--sync", sync), ("--gebruik", usage), ("--alleen-advies", alleenAdvies), ("--alleen-bouw", alleenBouw), ("--alleen-zoeken", alleenZoeken)]
            .filter(\.1).map(\.0)
        for name in classes where QueryClass(rawValue: name) == nil {
            throw ValidationError("--klasse \(name): onbekend; kies uit \(QueryClass.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if !classes.isEmpty && !alleenZoeken { throw ValidationError("--klasse gaat alleen samen met --alleen-zoeken") }
        guard modes.count <= 1 else {
            throw ValidationError("\(modes.joined(separator: " en ")) gaan niet samen: kies er één, of geen voor de hele meting")
        }
    }

    func run() async throws {
        try await runReportingFailures {
            let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            let reference = try ReferenceData.load(from: URL(fileURLWithPath: sources.indexer, relativeTo: root))
            var reports: [BenchReport] = []
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
            if usage {
                let figures = try await UsageBench.run(
                    reference: reference, days: 365, searchesPerDay: searchesPerDay, lastDay: try Terminal.today(),
                    path: URL(fileURLWithPath: work, relativeTo: root).appendingPathComponent("usage-year.sqlite").path,
                    log: { Terminal.error($0) })
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                try encoder.encode(figures).write(to: URL(fileURLWithPath: "\(out)/usage-year.json"))
                print(UsageBench.table(figures))
                return .success
            }
            if sync {
                for n in records {
                    let figures = try SyncBench.run(
                        records: n, executable: Self.executable(), indexer: URL(fileURLWithPath: sources.indexer, relativeTo: root),
                        work: URL(fileURLWithPath: work, relativeTo: root), reference: reference, today: try Terminal.today(), now: Date(),
                        log: { Terminal.error($0) })
                    let encoder = JSONEncoder()
                    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                    try encoder.encode(figures).write(to: URL(fileURLWithPath: "\(out)/sync-\(n).json"))
                    print("kaart sync against \(n) synthetic services on loopback\n" + SyncBench.table(figures))
                }
                return .success
            }
            if alleenAdvies {
                for n in records {
                    let options = try inProcessOptions(records: n, root: root)
                    let latency = try AdviceBench.run(options, reference: reference, clock: { DispatchTime.now().uptimeNanoseconds }, log: { Terminal.error($0) })
                    let encoder = JSONEncoder()
                    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                    try encoder.encode(latency).write(to: URL(fileURLWithPath: "\(out)/advies-\(n).json"))
                    print(BenchTable.advice(records: n, queries: options.queriesPerClass, latency), terminator: "")
                }
                return .success
            }
            if alleenBouw {
                for n in records {
                    let options = try inProcessOptions(records: n, root: root, queriesPerClass: 1)
                    let measured = try Benchmark.buildAndChange(
                        options, reference: reference, clock: { DispatchTime.now().uptimeNanoseconds }, log: { Terminal.error($0) })
                    print(BenchTable.buildOnly(records: n, build: measured.build, summarySeconds: measured.summarySeconds, change: measured.change), terminator: "")
                }
                return .success
            }
            if alleenZoeken {
                for n in records {
                    let options = try inProcessOptions(records: n, root: root)
                    let measured = try Benchmark.searchOnly(
                        options, reference: reference, clock: { DispatchTime.now().uptimeNanoseconds }, log: { Terminal.error($0) })
                    print(BenchTable.searchOnly(records: n, queries: options.queriesPerClass, warm: measured.warm, cold: measured.cold), terminator: "")
                }
                return .success
            }
            if quick {
                print("quick mode: \(queries ?? 100) queries per class; Tantivy, Datasette and wrk are skipped, kaart serve answers smoke requests only")
            }
            for n in records {
                let options = BenchOptions(
                    records: n, queriesPerClass: queries ?? (quick ? 100 : 1_000),
                    workDirectory: URL(fileURLWithPath: work, relativeTo: root),
                    scriptsDirectory: root.appendingPathComponent("scripts"), runTantivy: !quick, runDatasette: !quick,
                    serverExecutable: Self.executable(), runLoad: !quick, loadSeconds: loadSeconds, connections: [1, 16, 64],
                    today: try Terminal.today(), now: Date())
                let report = try Benchmark.run(
                    options, reference: reference, clock: { DispatchTime.now().uptimeNanoseconds },
                    log: { Terminal.error($0) })
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                try encoder.encode(report).write(to: URL(fileURLWithPath: "\(out)/bench-\(n).json"))
                reports.append(report)
            }
            print(BenchTable.render(reports))
            return .success
        }
    }

    /// The options of the modes that measure in this process only: no references, no server.
    func inProcessOptions(records n: Int, root: URL, queriesPerClass: Int? = nil) throws -> BenchOptions {
        var options = BenchOptions(
            records: n, queriesPerClass: queriesPerClass ?? queries ?? (quick ? 100 : 1_000),
            workDirectory: URL(fileURLWithPath: work, relativeTo: root), scriptsDirectory: root.appendingPathComponent("scripts"),
            runTantivy: false, runDatasette: false, loadSeconds: loadSeconds, connections: [], today: try Terminal.today(), now: Date())
        if !classes.isEmpty { options.classes = classes.compactMap(QueryClass.init(rawValue:)) }
        return options
    }

    /// This very `kaart`, to start as `kaart serve`: the server measured is the one just built.
    static func executable() -> URL {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: path)
        }
        return URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
    }
}
