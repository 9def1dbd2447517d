import Confirmation
import Feedback
import Foundation
import Hummingbird
import Indexing
import KaartModel
import Presentation

/// "Klopt dit nog?": a provider opens the signed link from the mail merge (`kaart bevestiglinks`)
/// without an account, sees the record as residents see it, and answers "klopt nog" (a
/// confirmation in the change log, through the same safe path as a correction: the assured date
/// moves to today) or "er klopt iets niet" (a correction into the review queue). A forged,
/// broken or expired link gets a 403 page that says what to do.
struct ConfirmationRoutes: Sendable {
    let dependencies: ServerDependencies
    let pages: Pages

    func add(to routes: RouteAdder) {
        routes.on(.get, "/bevestig/:token", use: show)
        routes.on(.post, "/bevestig/:token", use: answer)
    }

    /// The record the link names, when the link is good.
    func claimed(_ context: AppRequestContext) throws -> (ConfirmationSettings, Entry) {
        guard let settings = dependencies.confirmation else { throw WebError.confirmationDisabled }
        let claim: ConfirmationClaim
        do {
            claim = try settings.signer.verify(context.parameters.get("token") ?? "", today: dependencies.today())
        } catch {
            throw WebError.confirmationRefused(error)
        }
        guard let entry = try dependencies.index.entry(id: claim.id), entry.id == claim.id else { throw WebError.unknownConfirmedEntry }
        return (settings, entry)
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (_, entry) = try claimed(context)
        return Pages.html(pages.confirmation(entry, moment: dependencies.moment(), request: request, context: context))
    }

    /// `keuze=klopt`, or `keuze=klopt-niet` with `veld`, `juist` and an optional `contact`.
    @Sendable func answer(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (settings, entry) = try claimed(context)
        let body = try await request.body.collect(upTo: context.maxUploadSize)
        let fields = try FormFields.parse(String(buffer: body))
        func value(_ name: String) -> String? { fields.first { $0.name == name }?.value }
        let strings = Strings.for(context.language)
        if value("keuze") == "klopt" {
            let dependencies = self.dependencies
            let id = entry.id
            _ = try await dependencies.desk.exclusively {
                try dependencies.changeCorpus(settings.paths) { editor, today in
                    try editor.confirm(id: id, by: "aanbieder (bevestigingslink)", today: today)
                }
            }
            let message = strings.confirmation.thanksRight(strings.monthYear(dependencies.today()))
            return Pages.html(pages.confirmationThanks(entry, message: message, request: request, context: context))
        }
        let field = value("veld").flatMap { code in strings.confirmation.fields.first { $0.code == code } }
        guard let field, let correct = value("juist")?.trimmingCharacters(in: .whitespacesAndNewlines), !correct.isEmpty else {
            let page = pages.confirmation(
                entry, moment: dependencies.moment(), values: fields, problem: strings.confirmation.missingCorrection,
                request: request, context: context)
            return Pages.html(page, status: .badRequest)
        }
        let reason: ReportReason = switch field.code {
        case "telefoon", "e-mail", "website", "adres": .contactWrong
        case "tijden": .hoursWrong
        case "bestaat-niet-meer": .gone
        default: .other
        }
        do {
            let draft = try ReportDraft(
                entryID: entry.id, reason: reason.rawValue, text: "Aanbieder, \(Strings.dutch.confirmation.fields.first { $0.code == field.code }?.label ?? field.code): \(correct)",
                contact: value("contact"))
            _ = try await dependencies.feedback.receive(draft, channel: .provider, sender: nil) { try dependencies.index.entry(id: $0) != nil }
        } catch let problem as ReportProblem {
            let page = pages.confirmation(
                entry, moment: dependencies.moment(), values: fields, problem: strings.reportProblem(problem), request: request, context: context)
            return Pages.html(page, status: .badRequest)
        }
        return Pages.html(pages.confirmationThanks(entry, message: strings.confirmation.thanksWrong, request: request, context: context))
    }
}
