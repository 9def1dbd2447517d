import ArgumentParser
import KaartModel
import Presentation
import SearchIndex

struct SearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Zoek hulp: vrije tekst, filters en een plek.",
        discussion: """
            Meerdere waarden van één filter betekenen OF; verschillende filters betekenen EN.
              kaart zoek eenzaam --bij Middelharnis
              kaart zoek "jongeren somber"
              kaart zoek --bij "6811 AB" --km 20 --soort lotgenotencontact --soort ervaringsdeskundige-steun
              kaart zoek rouw --json
              kaart zoek eenzaamhied --bij Arnhem        typfout: zoekt op eenzaamheid, en zegt dat
              kaart zoek "ik voel me somber en heb geldzorgen" --bij Stadskanaal
              kaart zoek rouw Arnhem                      een plaats in de woorden wordt de plek
              kaart zoek "mijn dochter van 15 is somber"  leeftijd 15, eerst hulp voor jongeren
              kaart zoek lonely --bij Arnhem              ook Engels, Arabisch, Turks, Pools, Oekraïens
              kaart zoek rouw Arnhem --negeer plaats      zoek "Arnhem" als woord
            Een plek is een postcode (6811 of 6811 AB), een plaats (Elst (Overbetuwe)), een gemeente
            (Overbetuwe) of coördinaten (51.98,5.91).
            """,
        aliases: ["zoek"])

    @Argument(help: "Wat zoek je? Bijvoorbeeld: schulden, ik voel me eenzaam, rouw.")
    var words: [String] = []

    @Option(help: "Postcode, plaats, gemeente of breedte,lengte.") var bij: String?
    @Option(parsing: .unconditional, help: "Straal in km rond de plek (standaard 15).") var km: String?
    @Option(help: "Levensdomein (code of naam); mag vaker.") var domein: [String] = []
    @Option(help: "Doelgroep; mag vaker.") var doelgroep: [String] = []
    @Option(help: "Soort ondersteuning; mag vaker.") var soort: [String] = []
    @Option(help: "Toegang: vrije-inloop, aanmelden, verwijzing-nodig.") var toegang: [String] = []
    @Option(help: "Soort record: aanbod, steunpunt, lotgenoten, online, kennis.") var kind: [String] = []
    @Option(help: "Leeftijd in jaren.") var leeftijd: String?
    @Option(help: "Alleen in of voor deze gemeente; mag vaker.") var gemeente: [String] = []
    @Option(help: "Taal waarin hulp gegeven wordt (nl, en, ar …).") var taal: [String] = []
    @Flag(help: "Alleen gratis hulp.") var gratis = false
    @Option(help: "Alleen wat nu open is (nu) of vandaag open is (vandaag), volgens de openingstijden.") var open: String?
    @Option(help: "Sorteer op relevantie, afstand of naam.") var sorteer: String?
    @Option(help: "Pagina.") var pagina: String?
    @Option(help: "Aantal resultaten per pagina (standaard 10).") var aantal: String?
    @Flag(help: "Uitvoer als JSON, voor scripts.") var json = false
    @Flag(help: "Laat zien waarom elk resultaat op zijn plek staat.") var uitleg = false
    @Option(help: "Zoek de woorden zoals getypt: spelling, plaats, leeftijd, doelgroep, begrippen of alles; mag vaker.") var negeer: [String] = []
    @Flag(help: "Zoek de woorden precies zoals getypt (hetzelfde als --negeer alles).") var letterlijk = false
    @OptionGroup var language: LanguageOption
    @OptionGroup var reader: ReaderOption
    @Option(help: "Maanden waarna een record \"mogelijk verouderd\" is (standaard 12).") var verouderdNa = SearchIndex.defaultFreshnessMonths
    @OptionGroup var index: IndexOptions
    @OptionGroup var feedback: FeedbackOptions

    /// The flags as named parameters, so the terminal and the web parse one way.
    var parameters: [(name: String, value: String)] {
        var list: [(name: String, value: String)] = []
        if !words.isEmpty { list.append(("wat", words.joined(separator: " "))) }
        if let bij { list.append(("bij", bij)) }
        if let km { list.append(("km", km)) }
        list += domein.map { ("domein", $0) } + doelgroep.map { ("doelgroep", $0) }
        list += soort.map { ("soort", $0) } + toegang.map { ("toegang", $0) }
        list += kind.map { ("kind", $0) } + gemeente.map { ("gemeente", $0) } + taal.map { ("taal", $0) }
        if let leeftijd { list.append(("leeftijd", leeftijd)) }
        if gratis { list.append(("gratis", "ja")) }
        if let open { list.append(("open", open)) }
        if let sorteer { list.append(("sorteer", sorteer)) }
        if let pagina { list.append(("pagina", pagina)) }
        if let aantal { list.append(("per_pagina", aantal)) }
        list += negeer.map { ("negeer", $0) }
        if letterlijk { list.append(("negeer", "alles")) }
        return list
    }

    func run() async throws {
        try await runReportingFailures {
            let index = try index.open()
            var query = try SearchQuery.parse(parameters, taxonomy: index.taxonomy)
            query.language = language.language
            let results = try index.search(
                query, today: try Terminal.today(), now: try Terminal.moment(), freshnessMonths: verouderdNa,
                openReports: try await feedback.openReportCounts())
            let strings = Strings.for(language.language)
            if json {
                // The same document as GET /api/v1/services: one JSON shape for scripts and the API.
                let page = HSDSSearchPage(results, mapping: HSDSMapping(index: index, identifiers: .local, language: strings.language))
                print(String(decoding: try APIJSON.encode(page, pretty: true), as: UTF8.self))
            } else {
                var renderer = TextRenderer(strings: strings, taxonomy: index.taxonomy, useColor: Terminal.useColor)
                renderer.forProfessionals = reader.forProfessionals
                let professionalOnly = reader.forProfessionals ? try index.professionalOnly(matching: query) : []
                print(renderer.results(results, explain: uitleg, professionalOnly: professionalOnly), terminator: "")
            }
            return results.isEmpty ? .nothingFound : .success
        }
    }
}
