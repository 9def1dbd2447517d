import ArgumentParser
import Foundation
import Indexing

struct B1Command: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "b1",
        abstract: "Controleer of een tekst B1 is: oordeel, cijfers en redenen per zin.",
        discussion: """
            Leest tekstbestanden (of de standaardinvoer). Een regel "--- naam" begint een nieuw
            stuk tekst; regels met # zijn commentaar; "# expect: b1" of "# expect: above-b1" zegt
            wat elk stuk zou moeten zijn (docs/b1-checker.md).
              kaart b1 brief.txt
              echo "Je kunt zonder afspraak binnenlopen." | kaart b1
              kaart b1 Tests/KaartTests/Fixtures/b1/seed-*.txt     de ijking op de plannen
            """)

    @Argument(help: "Tekstbestanden; zonder bestand leest kaart b1 de standaardinvoer.")
    var files: [String] = []

    @Option(help: "De map met woordenlijst en verklarende woordenlijst (standaard Indexer/).")
    var indexer: String = "Indexer"

    func run() async throws {
        try await runReportingFailures {
            var texts: [(name: String, text: String)] = []
            for file in files {
                guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                    throw Failure("cannot read \(file) as UTF-8 text", code: .badInput)
                }
                texts.append((URL(fileURLWithPath: file).lastPathComponent, text))
            }
            if files.isEmpty {
                let input = FileHandle.standardInput.readDataToEndOfFile()
                texts.append(("stdin", String(decoding: input, as: UTF8.self)))
            }
            let reference = try ReferenceData.load(from: URL(fileURLWithPath: indexer))
            let check = B1Review.checkPassages(texts, reference: reference)
            check.lines.forEach { print($0) }
            print("")
            check.expectationLines.forEach { print($0) }
            print("Passages: \(check.totals.description)")
            return check.results.allSatisfy({ $0.isAsExpected != false }) ? .success : .dataErrors
        }
    }
}
