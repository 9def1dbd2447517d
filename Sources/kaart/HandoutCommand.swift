import ArgumentParser
import Foundation
import Presentation
import SearchIndex

/// `kaart handout ID ID …`: several records on one B1 page to give or print, with the crisis
/// routes and the list's live address (the page `/lijst?ids=…` with its QR code).
struct HandoutCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "handout",
        abstract: "Eén B1-lijstje van meerdere records, om mee te geven of te printen.",
        discussion: """
              kaart handout cg-ixta-noa-arnhem cg-wijkteams-arnhem
              kaart handout gr-moveahead gr-voorzorg-stadskanaal --lang en --adres https://kaart.example.nl
              kaart handout ID ID --voor verwijzer     met bij elk aanbod de anonieme vraag "Is het gelukt?"

            Onbekende of gestopte ids staan er als "niet meer beschikbaar"; dubbele één keer;
            meer dan \(HandoutList.maximumCount) worden afgekapt. Er wordt niets bewaard: de lijst staat in het adres.
            """)

    @Argument(help: "De ids van de records (staan bij elk zoekresultaat), los of met komma's.")
    var ids: [String]

    @Option(name: .customLong("adres"), help: "Het adres waarop mensen de site bereiken (zoals kaart serve --public-url); standaard http://127.0.0.1:8080.")
    var address = "http://127.0.0.1:8080"

    @OptionGroup var language: LanguageOption
    @OptionGroup var reader: ReaderOption
    @OptionGroup var index: IndexOptions

    func run() async throws {
        try await runReportingFailures {
            let index = try index.open()
            let base = address.hasSuffix("/") ? String(address.dropLast()) : address
            guard base.hasPrefix("http://") || base.hasPrefix("https://") else {
                throw Failure("--adres \(address) is geen webadres; schrijf het als https://kaart.example.nl", code: .badInput)
            }
            // A handout goes to a resident: it shows what residents may see, even from a professional.
            let list = try HandoutList(reading: ids).resolved(in: index)
            guard !list.ids.isEmpty else {
                throw Failure("geen id om op het lijstje te zetten; zoek ids met: kaart zoek WOORD", code: .badInput)
            }
            let strings = Strings.for(language.language)
            let renderer = TextRenderer(strings: strings, taxonomy: index.taxonomy, useColor: false)
            let outcome: ((String) -> String)? = reader.forProfessionals
                ? { base + HandoutList.outcomePath(id: $0, language: language.language) } : nil
            print(renderer.listHandout(list, address: base + list.path(language: language.language, askOutcome: reader.forProfessionals), outcome: outcome), terminator: "")
            return .success
        }
    }
}
