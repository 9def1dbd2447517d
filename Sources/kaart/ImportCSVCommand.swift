import ArgumentParser

struct ImportCSVCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "csv",
        abstract: "Lees de spreadsheet-export van een sociale kaart, via een mapping (kolom → veld, waarde → code).",
        discussion: """
            Elke fout noemt rij en kolom (bestand:rij:kolom). Rijen zonder id, naam of omschrijving
            blijven buiten de index; een verkeerde cel (postcode, categorie) wordt weggelaten en gemeld.
              kaart import csv export.csv --mapping Indexer/sources/voorbeeld-gemeente.yaml
            """)

    @Argument(help: "Het CSV-bestand (komma, puntkomma of tab).")
    var path: String

    @Option(help: "De mapping, in Indexer/sources/.")
    var mapping: String

    @OptionGroup var options: ImportOptions

    func run() async throws {
        try await runReportingFailures {
            try options.run(try options.definition(format: .csv, path: path, mapping: mapping), mappingLine: mapping)
        }
    }
}
