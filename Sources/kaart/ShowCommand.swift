import ArgumentParser
import Presentation
import SearchIndex

struct ShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Toon één record helemaal, of als B1-handout om te geven of te printen.",
        discussion: "  kaart toon cg-ixta-noa-arnhem\n  kaart toon cg-ixta-noa-arnhem --handout\n  kaart toon cg-ixta-noa-arnhem --bronnen\n  kaart toon nl-slimverwijzen --voor verwijzer",
        aliases: ["toon"])

    @Argument(help: "Het id van het record (staat bij elk zoekresultaat).")
    var id: String

    @Flag(help: "Een korte handout in eenvoudige taal.") var handout = false
    @Flag(help: "Alle bronnen, met datum, eigen website of derde partij, wat ze dekken en de notities (voor beheerders).") var bronnen = false
    @OptionGroup var language: LanguageOption
    @OptionGroup var reader: ReaderOption
    @OptionGroup var index: IndexOptions

    func run() async throws {
        try await runReportingFailures {
            let index = try index.open()
            guard let entry = try index.entry(id: id) else {
                let ids = try index.ids()
                let close = ids.filter { $0.contains(id) || id.contains($0) }.prefix(5)
                let hint = close.isEmpty ? " Zoek het id met: kaart zoek WOORD" : " Bedoel je: \(close.joined(separator: ", "))?"
                throw Failure("er is geen record met id \"\(id)\".\(hint)", code: .badInput)
            }
            var renderer = TextRenderer(strings: .for(language.language), taxonomy: index.taxonomy, useColor: Terminal.useColor && !handout)
            // A handout is for residents whoever prints it: never the facts for professionals.
            renderer.forProfessionals = reader.forProfessionals && !handout
            let full = renderer.entry(entry, allSources: bronnen, moment: try Terminal.moment(), today: try Terminal.today())
            print(handout ? renderer.handout(entry) : full, terminator: "")
            return .success
        }
    }
}
