import ArgumentParser
import Benchmark
import Foundation
import Indexing

struct SyntheticCorpusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synth",
        abstract: "Schrijf een synthetisch benchmarkcorpus als YAML (nooit in Corpus/).",
        discussion: """
            Elk record heeft een id die met synth- begint en een bron die zegt dat het synthetisch is.
            Dezelfde seed geeft altijd hetzelfde corpus.

            Voorbeeld:
              kaart synth --records 1000 --out .build-bench/corpus-1000
              kaart index --corpus .build-bench/corpus-1000 --index .build-bench/synth.sqlite
            """)

    @Option(help: "Aantal records.")
    var records = 1_000

    @Option(help: "De map om in te schrijven (buiten Corpus/).")
    var out = ".build-bench/corpus"

    @Option(help: "Seed van de generator.")
    var seed: UInt64 = 8

    @OptionGroup var sources: SourceOptions

    func run() async throws {
        try await runReportingFailures {
            let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            let target = URL(fileURLWithPath: out, relativeTo: root).standardizedFileURL
            let corpus = URL(fileURLWithPath: sources.corpus, relativeTo: root).standardizedFileURL
            guard !target.path.hasPrefix(corpus.path) else {
                throw Failure("synthetic records never go in \(sources.corpus)/; choose another --out", code: .badInput)
            }
            let reference = try ReferenceData.load(from: URL(fileURLWithPath: sources.indexer, relativeTo: root))
            let generator = SyntheticCorpus(
                seed: seed, today: try Terminal.today(), gazetteer: reference.gazetteer,
                wordFrequencies: reference.wordFrequencies)
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            for number in 0..<records {
                let record = generator.record(number)
                try record.yaml.write(to: target.appendingPathComponent("\(record.id).yaml"), atomically: false, encoding: .utf8)
            }
            print("\(records) synthetic records written to \(out)")
            return .success
        }
    }
}
