import ArgumentParser

struct ImportHSDSCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hsds",
        abstract: "Lees Open Referral HSDS 3: een service, een lijst services, of een tabel-pakket (map met datapackage.json).",
        discussion: """
            Termen uit andere taxonomieën gaan via Indexer/hsds-taxonomy.yaml naar onze codes; wat
            niet gekoppeld is, staat in het rapport. Virtuele locaties worden online hulp.
              kaart import hsds services.json --source wegwijzer-overbetuwe
              kaart import hsds tabellen/datapackage.json
            """)

    @Argument(help: "Een HSDS-bestand (.json) of de map van een tabel-pakket.")
    var path: String

    @OptionGroup var options: ImportOptions

    func run() async throws {
        try await runReportingFailures {
            try options.run(try options.definition(format: .hsds, path: path), mappingLine: nil)
        }
    }
}
