import Feedback
import Foundation
import Hummingbird
import KaartModel
import Presentation
import SearchIndex

/// The list handout and what professionals see (issue 19): `/lijst?ids=…` (one B1 page of
/// several offers, stored nowhere but in its address), the anonymous "is het gelukt?" count,
/// and `/verwijzer/…` behind the professionals' own token. Each handler parses, calls one
/// library function, and renders.
struct ListRoutes: Sendable {
    let dependencies: ServerDependencies
    let pages: Pages
    /// Answers per client, shared with "vond je wat je zocht?", against floods.
    let answers: ReportRateLimiter

    var index: SearchIndex { dependencies.index }

    func add(to routes: RouteAdder) {
        routes.on(.get, "/lijst", use: list)
        routes.on(.get, "/gelukt/:id", use: outcomeForm)
        routes.on(.post, "/gelukt/:id", use: outcome)
        routes.on(.get, "/verwijzer", use: referrerSearch)
        routes.on(.get, "/verwijzer/aanbod/:id", use: referrerEntry)
    }

    /// The ids come as `ids=a,b,c` (the list's own address) or as one `ids` per ticked result
    /// (the form under the results); `gelukt=ja` adds the "is het gelukt?" address per offer.
    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        let index = self.index
        let values = context.query.filter { $0.name == "ids" || $0.name == "id" }.map(\.value)
        let askOutcome = context.query.contains { $0.name == "gelukt" && $0.value == "ja" }
        let list = try HandoutList(reading: values).resolved(in: index)
        for case .offer(let entry) in list.items {
            dependencies.usage.event(.handout, channel: .page, municipality: entry.municipality, domain: entry.domains.first, day: dependencies.today())
        }
        if context.wantsText {
            let strings = Strings.for(context.language)
            let base = pages.settings.baseURL
            let outcome: ((String) -> String)? = askOutcome ? { base + HandoutList.outcomePath(id: $0, language: context.language) } : nil
            let text = TextRenderer(strings: strings, taxonomy: index.taxonomy).forTheWeb
                .listHandout(list, address: base + list.path(language: context.language, askOutcome: askOutcome), outcome: outcome)
            return Pages.text(text)
        }
        return Pages.html(pages.listHandout(list, askOutcome: askOutcome, request: request, context: context))
    }

    /// A running record the "is het gelukt?" question may be about: one a resident's list can
    /// hold, so never a record only for professionals (its name is not for residents either).
    func outcomeEntry(_ context: AppRequestContext) throws -> Entry {
        let id = context.parameters.get("id") ?? ""
        guard id.utf8.count <= ReportDraft.maximumEntryIDLength, let entry = try index.entry(id: id), entry.status == .active,
            entry.audience == .everyone
        else {
            throw WebError.entryNotFound(id)
        }
        return entry
    }

    @Sendable func outcomeForm(_ request: Request, context: AppRequestContext) async throws -> Response {
        let entry = try outcomeEntry(context)
        return Pages.html(pages.outcomeForm(entry.forResidents, request: request, context: context))
    }

    /// Counts one yes or no for the record in this month: nothing else is kept. Rate-limited
    /// per client, so a flood of clicks cannot steer the counts.
    @Sendable func outcome(_ request: Request, context: AppRequestContext) async throws -> Response {
        let entry = try outcomeEntry(context)
        let body = try await request.body.collect(upTo: context.maxUploadSize)
        let fields = try FormFields.parse(String(buffer: body))
        let answer = fields.first { $0.name == "antwoord" }?.value
        guard answer == "ja" || answer == "nee" else {
            throw QueryError.invalid(parameter: "antwoord", value: answer ?? "", expected: "ja of nee")
        }
        guard await answers.allow(ReportRateLimiter.key(for: context.remoteAddress)) else { throw WebError.tooManyReports }
        try await dependencies.feedback.recordOutcome(entryID: entry.id, succeeded: answer == "ja", day: dependencies.today())
        return Pages.html(pages.outcomeThanks(request: request, context: context))
    }

    // MARK: Professionals

    /// Checks the professionals' token; the header itself is never logged or echoed.
    func authorize(_ request: Request) throws {
        guard let referrers = dependencies.referrers else { throw WebError.referrersDisabled }
        guard let presented = ReferrerAccess.presented(in: request.headers[.authorization]) else { throw WebError.referrerTokenMissing }
        guard referrers.accepts(presented) else { throw WebError.referrerTokenWrong }
    }

    /// The search page with what professionals see: when to refer, slim verwijzen and waiting
    /// times beside each result, the records only for them after the results, and a list
    /// form that asks "is het gelukt?".
    @Sendable func referrerSearch(_ request: Request, context: AppRequestContext) async throws -> Response {
        try authorize(request)
        let index = self.index
        var pages = self.pages
        pages.forProfessionals = true
        let fields = context.query.filter { !SearchRequest.presentationParameters.contains($0.name) }
        let query = try SearchRequest.query(context.query, taxonomy: index.taxonomy, language: context.language)
        guard !query.isUnconstrained else {
            return Pages.html(pages.search(nil, fields: fields, request: request, context: context))
        }
        let results = try await dependencies.search(query, in: index, context: context)
        let professionalOnly = try index.professionalOnly(matching: query)
        if context.wantsText {
            var renderer = TextRenderer(strings: .for(context.language), taxonomy: index.taxonomy).forTheWeb
            renderer.forProfessionals = true
            return Pages.text(renderer.results(results, professionalOnly: professionalOnly))
        }
        return Pages.html(pages.search(results, fields: fields, professionalOnly: professionalOnly, request: request, context: context))
    }

    /// One record with what professionals see, records only for them included.
    @Sendable func referrerEntry(_ request: Request, context: AppRequestContext) async throws -> Response {
        try authorize(request)
        let id = context.parameters.get("id") ?? ""
        guard id.utf8.count <= ReportDraft.maximumEntryIDLength, let entry = try index.entry(id: id) else {
            throw WebError.entryNotFound(id)
        }
        if context.wantsText {
            var renderer = TextRenderer(strings: .for(context.language), taxonomy: index.taxonomy).forTheWeb
            renderer.forProfessionals = true
            return Pages.text(renderer.entry(entry, moment: dependencies.moment()))
        }
        var pages = self.pages
        pages.forProfessionals = true
        return Pages.html(pages.entry(entry, moment: dependencies.moment(), request: request, context: context))
    }
}
