import Feedback
import Foundation
import Hummingbird
import KaartModel
import Presentation

/// "Ik mis iets": the form at `/aanbod/nieuw` and `POST /api/v1/suggestions`, with the report
/// form's protections: the per-client rate limit, the honeypot, no personal data in the free
/// text (left out before storing, and the sender told), crisis words answered first.
struct SuggestionRoutes: Sendable {
    let dependencies: ServerDependencies
    let pages: Pages
    let reporting: Reporting

    func add(to routes: RouteAdder) {
        routes.on(.get, "/aanbod/nieuw", use: form)
        routes.on(.post, "/aanbod/nieuw", use: submitForm)
        routes.on(.post, "/api/v1/suggestions", use: submitJSON)
    }

    @Sendable func form(_ request: Request, context: AppRequestContext) async throws -> Response {
        Pages.html(pages.suggestionForm(request: request, context: context))
    }

    @Sendable func submitForm(_ request: Request, context: AppRequestContext) async throws -> Response {
        let body = try await request.body.collect(upTo: context.maxUploadSize)
        let fields = try FormFields.parse(String(buffer: body))
        func value(_ name: String) -> String? { fields.first { $0.name == name }?.value }
        // A filled-in honeypot is thanked and dropped.
        if let trap = value("website2"), !trap.isEmpty { return Pages.html(pages.suggestionThanks(request: request, context: context)) }
        do {
            let draft = try SuggestionDraft(
                name: value("naam"), what: value("wat"), place: value("waar"), url: value("website"), role: value("als"), contact: value("contact"))
            let receipt = try await reporting.suggest(draft, channel: .web, context: context)
            return Pages.html(pages.suggestionThanks(crisisFirst: receipt.speaksOfCrisis, removed: receipt.removed.sorted(), request: request, context: context))
        } catch let problem as SuggestionProblem {
            let page = pages.suggestionForm(values: fields, problem: Strings.for(context.language).suggestion.problem(problem), request: request, context: context)
            return Pages.html(page, status: .badRequest)
        }
    }

    struct SuggestionRequest: Decodable {
        var name: String?
        var what: String?
        var place: String?
        var url: String?
        var role: String?
        var contact: String?
    }

    struct SuggestionReceipt: Encodable {
        var id: Int64
        var status: String
        var createdAt: String
        var removed: [String]?
        var removedNotice: String?
        var crisisRoutes: APIRoutes.CrisisAnswer?
    }

    /// `{"name", "what", "place", "url", "role": "inwoner"|"professional", "contact"}` → 201.
    /// The contact is stored, never echoed or logged.
    @Sendable func submitJSON(_ request: Request, context: AppRequestContext) async throws -> Response {
        let sent = try await APIRoutes.decodeJSON(SuggestionRequest.self, request, context: context)
        let draft = try SuggestionDraft(name: sent.name, what: sent.what, place: sent.place, url: sent.url, role: sent.role, contact: sent.contact)
        let stored = try await reporting.suggest(draft, channel: .api, context: context)
        let safety = Strings.for(context.language).safety
        let removed = stored.removed.sorted()
        let receipt = SuggestionReceipt(
            id: stored.suggestion.id ?? 0, status: stored.suggestion.status.rawValue,
            createdAt: ISO8601DateFormatter().string(from: stored.suggestion.createdAt),
            removed: removed.isEmpty ? nil : removed.map(\.rawValue),
            removedNotice: removed.isEmpty ? nil : safety.removedPersonalData(removed),
            crisisRoutes: stored.speaksOfCrisis
                ? APIRoutes.CrisisAnswer(
                    message: safety.crisisFirst,
                    routes: CrisisRoutes.all.map { .init(number: $0.number, text: context.language == .dutch ? $0.dutch : $0.english) },
                    reportStored: safety.crisisReportStored)
                : nil)
        return try JSONResponses.json(receipt, status: .created)
    }
}

extension Reporting {
    /// A suggestion through the web or the API: the same per-client limit as reports, then the store.
    func suggest(_ draft: SuggestionDraft, channel: Report.Channel, context: AppRequestContext) async throws -> Suggestion.Receipt {
        let sender = ReportRateLimiter.key(for: context.remoteAddress)
        guard await limiter.allow(sender) else { throw WebError.tooManyReports }
        do {
            let receipt = try await dependencies.feedback.receive(draft, channel: channel, sender: String(UInt(bitPattern: sender), radix: 16))
            dependencies.logger.info("suggestion stored", metadata: ["suggestion": "\(receipt.suggestion.id ?? 0)", "channel": "\(channel.rawValue)"])
            return receipt
        } catch let error as FeedbackStoreError {
            dependencies.logger.error("suggestion NOT stored", metadata: ["cause": "\(error.cause)"])
            throw WebError.reportNotSaved(error)
        }
    }
}

extension Pages {
    func suggestionForm(values: [(name: String, value: String)] = [], problem: String? = nil, request: Request, context: AppRequestContext) -> String {
        let strings = strings(context)
        let text = strings.suggestion
        let layout = layout(request, context)
        func value(_ name: String) -> String { HTML.escape(values.first { $0.name == name }?.value ?? "") }
        var body = "<h1>\(HTML.escape(text.heading))</h1>\n<p>\(HTML.escape(text.intro))</p>\n"
        body += "<p class=\"zorg\">\(HTML.escape(strings.safety.reportFormCrisisNote))</p>\n"
        if let problem { body += "<div class=\"fout\" role=\"alert\" id=\"fout\"><p>\(HTML.escape(problem))</p></div>\n" }
        let chosen = SuggesterRole(typed: values.first { $0.name == "als" }?.value ?? "")
        body += """
            <form method="post" action="\(HTML.escape(layout.languageQuery("/aanbod/nieuw")))">
            <div class="veld"><label for="naam">\(HTML.escape(text.nameLabel))</label>
            <input type="text" id="naam" name="naam" required maxlength="\(SuggestionDraft.maximumNameLength)" value="\(value("naam"))"></div>
            <div class="veld"><label for="wat">\(HTML.escape(text.whatLabel))</label><span class="hint" id="wat-hint">\(HTML.escape(text.whatHint))</span>
            <textarea id="wat" name="wat" rows="4" required maxlength="\(SuggestionDraft.maximumWhatLength)" aria-describedby="wat-hint">\(value("wat"))</textarea></div>
            <div class="veld"><label for="waar">\(HTML.escape(text.placeLabel))</label>
            <input type="text" id="waar" name="waar" maxlength="\(SuggestionDraft.maximumPlaceLength)" value="\(value("waar"))"></div>
            <div class="veld"><label for="website">\(HTML.escape(text.urlLabel))</label>
            <input type="url" id="website" name="website" maxlength="\(SuggestionDraft.maximumURLLength)" value="\(value("website"))"></div>
            <fieldset class="veld"><legend>\(HTML.escape(text.roleLegend))</legend>
            <div class="keuze"><input type="radio" id="als-inwoner" name="als" value="inwoner" required\(chosen == .resident ? " checked" : "")><label for="als-inwoner">\(HTML.escape(text.resident))</label></div>
            <div class="keuze"><input type="radio" id="als-professional" name="als" value="professional"\(chosen == .professional ? " checked" : "")><label for="als-professional">\(HTML.escape(text.professional))</label></div>
            </fieldset>
            <div class="veld"><label for="contact">\(HTML.escape(text.contactLabel))</label><span class="hint" id="contact-hint">\(HTML.escape(text.contactHint))</span>
            <input type="text" id="contact" name="contact" maxlength="\(ReportDraft.maximumContactLength)" value="\(value("contact"))" aria-describedby="contact-hint" autocomplete="email"></div>
            <div class="hp" aria-hidden="true"><label for="website2">\(HTML.escape(strings.web.honeypotLabel))</label><input type="text" id="website2" name="website2" tabindex="-1" autocomplete="off"></div>
            <button type="submit">\(HTML.escape(text.send))</button>
            </form>

            """
        return layout.page(title: text.heading, body: body, crisis: true)
    }

    func suggestionThanks(crisisFirst: Bool = false, removed: [PersonalDataKind] = [], request: Request, context: AppRequestContext) -> String {
        let strings = strings(context)
        let safety = strings.safety
        let layout = layout(request, context)
        var body = ""
        if crisisFirst {
            body += "<div class=\"crisis-eerst\" role=\"alert\"><p>\(HTML.escape(safety.crisisFirst))</p>\n\(layout.crisisRoutes())<p>\(HTML.escape(safety.crisisReportStored))</p></div>\n"
        }
        body += "<h1>\(HTML.escape(strings.suggestion.thanksHeading))</h1>\n<p class=\"goed\" role=\"status\">\(HTML.escape(strings.suggestion.thanks))</p>\n"
        if !removed.isEmpty { body += "<p class=\"let-op\">\(HTML.escape(safety.removedPersonalData(removed)))</p>\n" }
        body += "<p><a href=\"\(HTML.escape(layout.languageQuery("/")))\">\(HTML.escape(strings.web.backToSearch))</a></p>\n"
        return layout.page(title: strings.suggestion.thanksHeading, body: body)
    }
}
