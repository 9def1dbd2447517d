import Advice
import Foundation
import Hummingbird
import KaartModel
import Presentation
import SearchIndex

/// The assistant on the web: `/advies` (a form; the plan on the same page, posted so the
/// situation never lands in an address bar, a browser history or a referrer) with its text twin,
/// and `GET /api/v1/advies` for scripts. Thin: parse, call `Advisor`, render. The situation is
/// never logged or stored; only the day's counts per levensdomein (channel `assistant`).
struct AdviceRoutes: Sendable {
    let dependencies: ServerDependencies
    let pages: Pages

    /// The fields the page and the API take.
    static let parameters: Set<String> = ["situatie", "bij", "leeftijd", "km"]

    func add(to routes: RouteAdder) {
        routes.on(.get, "/advies", use: page)
        routes.on(.post, "/advies", use: page)
        routes.on(.get, "/api/v1/advies", use: api)
    }

    /// The request a page or API call asks for; nil when no `situatie` was sent at all. An empty
    /// place, age or radius is the form's "not given"; an API client leaves it out instead
    /// (`emptyIsAnError`).
    static func request(
        _ fields: [(name: String, value: String)], taxonomy: Taxonomy, language: Language, emptyIsAnError: Bool = false
    ) throws(QueryError) -> AdviceRequest? {
        var search: [(name: String, value: String)] = []
        var situation: String?
        for field in fields where !SearchRequest.presentationParameters.contains(field.name) {
            guard parameters.contains(field.name) else { throw .unknownParameter(field.name) }
            if field.name == "situatie" {
                situation = (situation.map { $0 + " " } ?? "") + field.value
            } else if !field.value.trimmingCharacters(in: .whitespaces).isEmpty {
                search.append(field)
            } else if emptyIsAnError {
                throw .invalid(parameter: field.name, value: field.value, expected: "een waarde, of laat de parameter weg")
            }
        }
        let parsed = try SearchQuery.parse(search, taxonomy: taxonomy)
        guard let situation else { return nil }
        var request = AdviceRequest(situation: situation, near: parsed.near, age: parsed.age)
        request.radius = parsed.radius
        request.language = language
        return request
    }

    func advise(_ request: AdviceRequest, in index: SearchIndex, context: AppRequestContext) async throws -> Advice {
        let dependencies = self.dependencies
        let today = dependencies.today(), now = dependencies.moment(), months = dependencies.freshnessMonths
        let openReports = await dependencies.openReports()
        let advice = try await dependencies.searchBudget.run(on: context.channel) {
            try Advisor(index: index).advise(request, today: today, now: now, freshnessMonths: months, openReports: openReports)
        }
        dependencies.usage.advice(advice, day: today)
        return advice
    }

    @Sendable func page(_ request: Request, context: AppRequestContext) async throws -> Response {
        let index = dependencies.index
        var fields = context.query.filter { !SearchRequest.presentationParameters.contains($0.name) }
        if request.method == .post {
            let body = try await request.body.collect(upTo: context.maxUploadSize)
            fields = try FormFields.parse(String(buffer: body)).filter { !SearchRequest.presentationParameters.contains($0.name) }
        }
        let strings = Strings.for(context.language)
        let wording = AdviceWording(strings: strings, taxonomy: index.taxonomy, concepts: index.concepts)
        do {
            guard let asked = try Self.request(fields, taxonomy: index.taxonomy, language: context.language) else {
                if context.wantsText {
                    return Pages.text(strings.advice.noSituation + "\n\n" + TextRenderer(strings: strings, taxonomy: index.taxonomy).forTheWeb.crisis() + "\n")
                }
                return Pages.html(pages.advice(nil, fields: fields, wording: wording, request: request, context: context))
            }
            let advice = try await advise(asked, in: index, context: context)
            if context.wantsText {
                return Pages.text(TextRenderer(strings: strings, taxonomy: index.taxonomy).forTheWeb.advice(advice, concepts: index.concepts))
            }
            return Pages.html(pages.advice(advice, fields: fields, wording: wording, request: request, context: context))
        } catch let error as QueryError {
            // An unknown place or a bad age: the form again, with what to fix.
            let message = strings.queryError(error)
            if context.wantsText {
                return Pages.text(message + "\n\n" + TextRenderer(strings: strings, taxonomy: index.taxonomy).forTheWeb.crisis() + "\n", status: .badRequest)
            }
            return Pages.html(pages.advice(nil, fields: fields, problem: message, wording: wording, request: request, context: context), status: .badRequest)
        }
    }

    @Sendable func api(_ request: Request, context: AppRequestContext) async throws -> Response {
        let index = dependencies.index
        let fields = context.query
        guard let asked = try Self.request(fields, taxonomy: index.taxonomy, language: context.language, emptyIsAnError: true),
            asked.situation.contains(where: { !$0.isWhitespace })
        else {
            throw QueryError.invalid(parameter: "situatie", value: "", expected: "een situatie in een paar woorden, bijvoorbeeld situatie=schulden, slaap slecht")
        }
        let advice = try await advise(asked, in: index, context: context)
        let wording = AdviceWording(strings: .for(context.language), taxonomy: index.taxonomy, concepts: index.concepts)
        return try JSONResponses.json(AdviceDocument(advice, wording: wording))
    }
}
