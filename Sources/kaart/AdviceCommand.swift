import Advice
import ArgumentParser
import KaartModel
import Presentation
import SearchIndex

/// `kaart advies`: from a situation to a plan, per levensdomein. Thin: parse, call `Advisor`,
/// render. The situation is read and forgotten: nothing of it is written anywhere.
struct AdviceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "advies",
        abstract: "Van situatie naar plan: per levensdomein de lichtste hulp dichtbij, iets online en iets om te lezen.",
        discussion: """
            Vertel de situatie in een paar woorden of zinnen. Per levensdomein dat erin staat komt
            eerst de lichtste hulp in de buurt (nulde lijn, dan eerste, dan tweede; groepen eerst),
            dan één online mogelijkheid en één artikel, elk met waarom. Wat niet te plaatsen is,
            staat er apart bij. Er wordt niets van de situatie bewaard.
              kaart advies "alleenstaande moeder, schulden, slaapt slecht, weinig mensen om zich heen" --bij Arnhem
              kaart advies "mijn dochter van 15 is somber en spijbelt" --bij 9501
              kaart advies "ik zorg voor mijn man met dementie en ben op" --bij Stadskanaal --leeftijd 74
              kaart advies "schulden en ik drink te veel" --json
            Exit codes: 0 een plan, 1 niets gevonden, 2 geen situatie, of een onbekende plaats.
            """,
        aliases: ["advice"])

    @Argument(help: "De situatie, in een paar woorden of zinnen.") var situation: [String] = []
    @Option(help: "Postcode, plaats, gemeente of breedte,lengte.") var bij: String?
    @Option(help: "Leeftijd in jaren.") var leeftijd: String?
    @Option(parsing: .unconditional, help: "Straal in km rond de plek (standaard 15).") var km: String?
    @Flag(help: "Uitvoer als JSON, voor scripts (dezelfde vorm als GET /api/v1/advies).") var json = false
    @OptionGroup var language: LanguageOption
    @Option(help: "Maanden waarna een record \"mogelijk verouderd\" is (standaard 12).") var verouderdNa = SearchIndex.defaultFreshnessMonths
    @OptionGroup var index: IndexOptions
    @OptionGroup var feedback: FeedbackOptions

    func run() async throws {
        try await runReportingFailures {
            let index = try index.open()
            // The place, age and radius are parsed as a search parses them: one set of messages.
            var parameters: [(name: String, value: String)] = []
            if let bij { parameters.append(("bij", bij)) }
            if let leeftijd { parameters.append(("leeftijd", leeftijd)) }
            if let km { parameters.append(("km", km)) }
            let parsed = try SearchQuery.parse(parameters, taxonomy: index.taxonomy)
            var request = AdviceRequest(situation: situation.joined(separator: " "), near: parsed.near, age: parsed.age)
            request.radius = parsed.radius
            request.language = language.language
            let advice = try Advisor(index: index).advise(
                request, today: try Terminal.today(), now: try Terminal.moment(), freshnessMonths: verouderdNa,
                openReports: try await feedback.openReportCounts())
            let strings = Strings.for(language.language)
            if json {
                let document = AdviceDocument(advice, wording: AdviceWording(strings: strings, taxonomy: index.taxonomy, concepts: index.concepts))
                print(String(decoding: try APIJSON.encode(document, pretty: true), as: UTF8.self))
            } else {
                let renderer = TextRenderer(strings: strings, taxonomy: index.taxonomy, useColor: Terminal.useColor)
                print(renderer.advice(advice, concepts: index.concepts), terminator: "")
            }
            if advice.gap == .noSituation || advice.gap == .onlyPlace { return .badInput }
            return advice.hasSuggestions ? .success : .nothingFound
        }
    }
}
