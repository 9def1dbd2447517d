import ArgumentParser

@main
struct Kaart: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kaart",
        abstract: "Sociale Kaart: vind hulp bij mentale gezondheid en welzijn, dichtbij en online.",
        discussion: """
            Voorbeelden:
              kaart index                          bouw de zoekindex uit Corpus/
              kaart zoek lotgenoten --bij Arnhem   lotgenotencontact rond Arnhem (15 km)
              kaart zoek schulden --bij 9501 --km 20
              kaart zoek --doelgroep jongeren --soort online-zelfhulp
              kaart toon cg-ixta-noa-arnhem --handout
              kaart handout ID ID                  één B1-lijstje met meerdere records
              kaart advies "schulden, eenzaam"     van situatie naar plan, per levensdomein
              kaart serve                          webpagina en API op 127.0.0.1:8080
              kaart meld cg-ixta-noa-arnhem --reden "tijdelijk dicht"
              kaart import hsds export.json        lees een andere kaart in (HSDS 3)
              kaart export hsds --modified-after 2026-11-01 > wijzigingen.json
              kaart sync --dry-run                 wat is er veranderd bij de andere kaarten?
              kaart links                          werken de websites in de records nog?

            Exit codes:
              0 gelukt
              1 niets gevonden, of fouten in de data
              2 verkeerde invoer (onbekende plaats, verkeerde waarde)
              3 de index of andere bestanden ontbreken
            """,
        subcommands: [
            SearchCommand.self, ShowCommand.self, HandoutCommand.self, ServeCommand.self, ReportCommand.self, IndexCommand.self,
            CheckCommand.self, CoverageCommand.self, ReviewCommand.self, CorrectCommand.self, B1Command.self,
            ImportCommand.self, ExportCommand.self, DuplicatesCommand.self, BenchCommand.self, JudgeCommand.self,
            SyntheticCorpusCommand.self, SyncCommand.self, LinksCommand.self, ConfirmationLinksCommand.self, UsageCommand.self,
            AdviceCommand.self,
        ],
        defaultSubcommand: nil
    )
}
