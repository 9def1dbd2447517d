import Feedback
import Foundation
import Hummingbird
import KaartModel
import Presentation
import SearchIndex

/// The pages residents use: search, a record, its handout, and the report form. Each handler
/// parses, calls one library function, and renders.
struct WebRoutes: Sendable {
    let dependencies: ServerDependencies
    let pages: Pages
    let reporting: Reporting
    /// "Vond je wat je zocht?" answers per client, against floods.
    let answers: ReportRateLimiter

    var index: SearchIndex { dependencies.index }

    func add(to routes: RouteAdder) {
        routes.on(.get, "/", use: search)
        routes.on(.get, Stylesheet.path, use: stylesheet)
        routes.on(.get, "/aanbod/:id", use: entry)
        routes.on(.get, "/aanbod/:id/handout", use: handout)
        routes.on(.get, "/aanbod/:id/melden", use: reportForm)
        routes.on(.post, "/aanbod/:id/melden", use: submitReport)
        routes.on(.get, "/aanbod/:id/bedankt", use: thanks)
        routes.on(.post, "/gevonden", use: found)
        routes.on(.get, "/privacy", use: privacy)
    }

    /// "Vond je wat je zocht?": counted as a yes or a no for the day, with the gemeente and the
    /// levensdomein only if they are real ones (a form can be sent with anything). Rate-limited
    /// per client like reports, so a flood of clicks cannot steer the counts.
    @Sendable func found(_ request: Request, context: AppRequestContext) async throws -> Response {
        let body = try await request.body.collect(upTo: context.maxUploadSize)
        let fields = try FormFields.parse(String(buffer: body))
        func value(_ name: String) -> String? { fields.first { $0.name == name }?.value }
        let event: UsageEvent
        switch value("antwoord") {
        case "ja": event = .foundYes
        case "nee": event = .foundNo
        default: throw QueryError.invalid(parameter: "antwoord", value: value("antwoord") ?? "", expected: "ja of nee")
        }
        guard await answers.allow(ReportRateLimiter.key(for: context.remoteAddress)) else { throw WebError.tooManyReports }
        let municipality = value("gemeente").flatMap { index.gazetteer.municipality(named: $0)?.name }
        let domain = value("domein").flatMap { index.taxonomy.term(.domains, code: $0)?.code }
        dependencies.usage.event(event, channel: .page, municipality: municipality, domain: domain, day: dependencies.today())
        return Pages.html(pages.foundThanks(request: request, context: context))
    }

    @Sendable func privacy(_ request: Request, context: AppRequestContext) async throws -> Response {
        Pages.html(pages.privacy(policy: dependencies.policy, request: request, context: context))
    }

    @Sendable func search(_ request: Request, context: AppRequestContext) async throws -> Response {
        // One index for the whole request, even when a reload swaps it meanwhile.
        let index = self.index
        let fields = context.query.filter { !SearchRequest.presentationParameters.contains($0.name) }
        let query = try SearchRequest.query(context.query, taxonomy: index.taxonomy, language: context.language)
        let strings = Strings.for(context.language)
        guard !query.isUnconstrained else {
            if context.wantsText {
                let example = pages.settings.baseURL + "/?wat=eenzaam&bij=6811&formaat=tekst"
                return Pages.text(strings.web.textUsage(example) + "\n\n" + TextRenderer(strings: strings, taxonomy: index.taxonomy).forTheWeb.crisis() + "\n")
            }
            return Pages.html(pages.search(nil, fields: fields, request: request, context: context))
        }
        let results = try await dependencies.search(query, in: index, context: context)
        dependencies.usage.search(results, channel: .page, day: dependencies.today())
        if context.wantsText {
            return Pages.text(TextRenderer(strings: strings, taxonomy: index.taxonomy).forTheWeb.results(results))
        }
        return Pages.html(pages.search(results, fields: fields, request: request, context: context))
    }

    @Sendable func stylesheet(_ request: Request, context: AppRequestContext) async throws -> Response {
        Response(
            status: .ok,
            headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=31536000, immutable"],
            body: .init(byteBuffer: ByteBuffer(string: Stylesheet.css)))
    }

    /// The record a resident asks for; records meant for professionals are not there for them.
    func requireEntry(_ context: AppRequestContext) throws -> Entry {
        let id = context.parameters.get("id") ?? ""
        guard id.utf8.count <= ReportDraft.maximumEntryIDLength, let entry = try index.entry(id: id), entry.audience == .everyone else {
            throw WebError.entryNotFound(id)
        }
        return entry
    }

    @Sendable func entry(_ request: Request, context: AppRequestContext) async throws -> Response {
        let entry = try requireEntry(context)
        dependencies.usage.event(.view, channel: .page, municipality: entry.municipality, domain: entry.domains.first, day: dependencies.today())
        if context.wantsText {
            return Pages.text(TextRenderer(strings: .for(context.language), taxonomy: index.taxonomy).forTheWeb.entry(entry, moment: dependencies.moment()))
        }
        return Pages.html(pages.entry(entry, moment: dependencies.moment(), request: request, context: context))
    }

    @Sendable func handout(_ request: Request, context: AppRequestContext) async throws -> Response {
        let entry = try requireEntry(context)
        dependencies.usage.event(.handout, channel: .page, municipality: entry.municipality, domain: entry.domains.first, day: dependencies.today())
        if context.wantsText {
            return Pages.text(TextRenderer(strings: .for(context.language), taxonomy: index.taxonomy).forTheWeb.handout(entry))
        }
        return Pages.html(pages.handout(entry, request: request, context: context))
    }

    @Sendable func reportForm(_ request: Request, context: AppRequestContext) async throws -> Response {
        let entry = try requireEntry(context)
        return Pages.html(pages.reportForm(entry, request: request, context: context))
    }

    /// Stores the report and redirects to the thank-you page (post/redirect/get), or shows the
    /// form again with what to fix. A filled-in honeypot is thanked and dropped.
    @Sendable func submitReport(_ request: Request, context: AppRequestContext) async throws -> Response {
        let entry = try requireEntry(context)
        let body = try await request.body.collect(upTo: context.maxUploadSize)
        let fields = try FormFields.parse(String(buffer: body))
        func value(_ name: String) -> String? { fields.first { $0.name == name }?.value }
        let thanks = Pages.redirect(to: Layout(strings: .for(context.language), languageLinks: [], keepLanguage: context.languageInQuery)
            .languageQuery("/aanbod/\(FormFields.escape(entry.id))/bedankt"))
        if let trap = value("website"), !trap.isEmpty { return thanks }
        do {
            let draft = try ReportDraft(entryID: entry.id, reason: value("reden"), text: value("tekst"), contact: value("contact"))
            let receipt = try await reporting.submit(draft, channel: .web, context: context)
            // Crisis words or left-out data: answer at once, with that first (no redirect, so
            // nothing about it ends up in an address bar or history).
            guard !receipt.speaksOfCrisis && receipt.removed.isEmpty else {
                return Pages.html(pages.thanks(entry, crisisFirst: receipt.speaksOfCrisis, removed: receipt.removed.sorted(), request: request, context: context))
            }
            return thanks
        } catch let problem as ReportProblem {
            let page = pages.reportForm(entry, values: fields, problem: Strings.for(context.language).reportProblem(problem), request: request, context: context)
            return Pages.html(page, status: .badRequest)
        }
    }

    @Sendable func thanks(_ request: Request, context: AppRequestContext) async throws -> Response {
        let entry = try requireEntry(context)
        return Pages.html(pages.thanks(entry, request: request, context: context))
    }
}

/// Taking in a report from the web or the API: the per-client rate limit, then the store.
struct Reporting: Sendable {
    let dependencies: ServerDependencies
    let limiter: ReportRateLimiter

    @discardableResult
    func submit(_ draft: ReportDraft, channel: Report.Channel, context: AppRequestContext) async throws -> FeedbackStore.Receipt {
        let sender = ReportRateLimiter.key(for: context.remoteAddress)
        guard await limiter.allow(sender) else {
            throw WebError.tooManyReports
        }
        let index = dependencies.index
        do {
            // The sender as the limiter knows it: a hash salted per server start, never the
            // address. Two different ones are needed before a record is marked in public.
            let receipt = try await dependencies.feedback.receive(draft, channel: channel, sender: String(UInt(bitPattern: sender), radix: 16)) {
                try index.entry(id: $0) != nil
            }
            let report = receipt.report
            dependencies.logger.info("report stored", metadata: ["report": "\(report.id ?? 0)", "entry": "\(report.entryID)", "reason": "\(report.reason.rawValue)", "channel": "\(channel.rawValue)"])
            return receipt
        } catch let error as FeedbackStoreError {
            dependencies.logger.error("report NOT stored", metadata: ["entry": "\(draft.entryID)", "cause": "\(error.cause)"])
            throw WebError.reportNotSaved(error)
        }
    }
}
