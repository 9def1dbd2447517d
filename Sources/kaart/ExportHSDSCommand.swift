import ArgumentParser
import Foundation
import KaartModel
import Presentation
import SearchIndex

struct ExportHSDSCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hsds",
        abstract: "Schrijf de index (of een deel) als HSDS 3 JSON: een lijst services.",
        discussion: """
            Eigen velden (soort, B1-samenvatting, bronnen, precisie van de plek …) staan onder
            x_sociale_kaart; onze taxonomie staat als attributes met taxonomy sociale-kaart:….
            Elke service voldoet aan HSDS' schema/compiled/service_with_definitions.json.
              kaart export hsds > kaart.json
              kaart export hsds --modified-after 2026-11-01 --output wijzigingen.json
              kaart export hsds --gemeente Arnhem --domein geld-en-schulden
            --modified-after DATUM neemt records die na die dag zijn gewijzigd of gecontroleerd.
            """)

    @Option(help: "Alleen records gewijzigd of gecontroleerd na deze dag (JJJJ-MM-DD).")
    var modifiedAfter: String?
    @Option(help: "Schrijf naar dit bestand in plaats van de standaarduitvoer.") var output: String?
    @Option(help: "Levensdomein; mag vaker.") var domein: [String] = []
    @Option(help: "Doelgroep; mag vaker.") var doelgroep: [String] = []
    @Option(help: "Soort ondersteuning; mag vaker.") var soort: [String] = []
    @Option(help: "Toegang; mag vaker.") var toegang: [String] = []
    @Option(help: "Soort record; mag vaker.") var kind: [String] = []
    @Option(help: "Alleen in of voor deze gemeente; mag vaker.") var gemeente: [String] = []
    @Option(help: "Taal; mag vaker.") var taal: [String] = []
    @Option(help: "Leeftijd in jaren.") var leeftijd: String?
    @Flag(help: "Alleen gratis hulp.") var gratis = false
    @OptionGroup var index: IndexOptions

    var parameters: [(name: String, value: String)] {
        var list: [(name: String, value: String)] = []
        list += domein.map { ("domein", $0) } + doelgroep.map { ("doelgroep", $0) } + soort.map { ("soort", $0) }
        list += toegang.map { ("toegang", $0) } + kind.map { ("kind", $0) } + gemeente.map { ("gemeente", $0) }
        list += taal.map { ("taal", $0) }
        if let leeftijd { list.append(("leeftijd", leeftijd)) }
        if gratis { list.append(("gratis", "ja")) }
        return list
    }

    func run() async throws {
        try await runReportingFailures {
            let index = try index.open()
            let query = try SearchQuery.parse(parameters, taxonomy: index.taxonomy)
            var after: Day?
            if let modifiedAfter {
                guard let day = Day(String(modifiedAfter.prefix(10))) else {
                    throw Failure("--modified-after \(modifiedAfter) is not a date; write YYYY-MM-DD", code: .badInput)
                }
                after = day
            }
            let services = try HSDSExport.services(from: index, query: query, modifiedAfter: after)
            let json = try HSDSService.json(services)
            if let output {
                do {
                    try json.write(toFile: output, atomically: true, encoding: .utf8)
                } catch {
                    throw Failure("cannot write \(output): \(error.localizedDescription)", code: .environment)
                }
            } else {
                print(json, terminator: "")
            }
            Terminal.error("Exported \(services.count) services" + (after.map { " changed after \($0)" } ?? "") + (output.map { " to \($0)" } ?? ""))
            return .success
        }
    }
}
