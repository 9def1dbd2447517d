import Feedback
import Foundation
import Hummingbird
import NIOHTTP1
import KaartModel
import Confirmation
import Presentation

/// The one error type of the web layer: what went wrong, and so which status it answers with.
/// `ErrorMiddleware` renders it as a page, as text or as JSON, in the request's language.
enum WebError: Error, HTTPResponseError {
    case badQuery(QueryError)
    case badReport(ReportProblem)
    case entryNotFound(String)
    case pageNotFound
    /// An id under a route that exists (a taxonomy, term, organisation): a 404, never a 405.
    case itemNotFound
    case methodNotAllowed
    case tooManyReports
    case reportNotSaved(FeedbackStoreError)
    case bodyTooLarge
    case uriTooLong
    case unsupportedMediaType
    case malformedJSON(String)
    case internalError
    case unauthorized
    case maintenanceDisabled
    case correctionRejected(String)
    // Abuse and faults (issue 21).
    case methodNotAllowedHere(allow: [String])
    case searchTooSlow
    case malformedBody
    case correctionBusy
    case indexUnusable(String)
    case tooManyReportsAboutEntry
    case reportQueueFull
    // Providers' confirmation links (issue 14).
    case confirmationRefused(ConfirmationError)
    case confirmationDisabled
    case unknownConfirmedEntry
    // "Ik mis iets" (issue 20).
    case badSuggestion(SuggestionProblem)
    case suggestionQueueFull
    // Professionals' pages (issue 19): no token, a wrong one, or switched off.
    case referrerTokenMissing
    case referrerTokenWrong
    case referrersDisabled

    var status: HTTPResponse.Status {
        switch self {
        case .badQuery, .badReport, .malformedJSON: .badRequest
        case .entryNotFound, .pageNotFound, .itemNotFound: .notFound
        case .methodNotAllowed: .methodNotAllowed
        case .tooManyReports: .tooManyRequests
        case .reportNotSaved: .serviceUnavailable
        case .bodyTooLarge: .contentTooLarge
        case .uriTooLong: .uriTooLong
        case .unsupportedMediaType: .unsupportedMediaType
        case .internalError: .internalServerError
        case .unauthorized: .unauthorized
        case .maintenanceDisabled: .notFound
        case .correctionRejected: .unprocessableContent
        case .methodNotAllowedHere: .methodNotAllowed
        case .searchTooSlow, .reportQueueFull: .serviceUnavailable
        case .malformedBody: .badRequest
        case .correctionBusy: .conflict
        case .indexUnusable: .unprocessableContent
        case .tooManyReportsAboutEntry: .tooManyRequests
        case .confirmationRefused: .forbidden
        case .confirmationDisabled, .unknownConfirmedEntry: .notFound
        case .badSuggestion: .badRequest
        case .suggestionQueueFull: .serviceUnavailable
        case .referrerTokenMissing, .referrerTokenWrong: .unauthorized
        case .referrersDisabled: .notFound
        }
    }

    /// A stable machine-readable code for the JSON error shape.
    var code: String {
        switch self {
        case .badQuery(.unknownParameter): "unknown_parameter"
        case .badQuery(.ambiguousPlace): "ambiguous_place"
        case .badQuery(.unknownPlace): "unknown_place"
        case .badQuery(.unknownCode): "unknown_code"
        case .badQuery(.invalid): "invalid_parameter"
        case .badReport(.unknownEntry): "unknown_service"
        case .badReport: "invalid_report"
        case .entryNotFound: "service_not_found"
        case .pageNotFound, .itemNotFound: "not_found"
        case .methodNotAllowed: "method_not_allowed"
        case .tooManyReports: "too_many_requests"
        case .reportNotSaved: "report_not_saved"
        case .bodyTooLarge: "body_too_large"
        case .uriTooLong: "query_too_long"
        case .unsupportedMediaType: "unsupported_media_type"
        case .malformedJSON: "malformed_json"
        case .internalError: "internal_error"
        case .unauthorized: "unauthorized"
        case .maintenanceDisabled: "maintenance_disabled"
        case .correctionRejected: "correction_rejected"
        case .methodNotAllowedHere: "method_not_allowed"
        case .searchTooSlow: "search_too_slow"
        case .malformedBody: "malformed_body"
        case .correctionBusy: "correction_in_progress"
        case .indexUnusable: "index_unusable"
        case .tooManyReportsAboutEntry: "too_many_reports_about_service"
        case .reportQueueFull: "report_queue_full"
        case .confirmationRefused(.expired): "confirmation_link_expired"
        case .confirmationRefused: "confirmation_link_invalid"
        case .confirmationDisabled: "confirmation_disabled"
        case .unknownConfirmedEntry: "service_not_found"
        case .badSuggestion: "invalid_suggestion"
        case .suggestionQueueFull: "suggestion_queue_full"
        case .referrerTokenMissing: "referrer_token_missing"
        case .referrerTokenWrong: "referrer_token_wrong"
        case .referrersDisabled: "referrer_pages_disabled"
        }
    }

    /// The parameter at fault, when there is one.
    var parameter: String? {
        switch self {
        case .badQuery(.invalid(let parameter, _, _)), .badQuery(.unknownCode(let parameter, _, _)): parameter
        case .badQuery(.unknownParameter(let name)): name
        case .badQuery(.ambiguousPlace), .badQuery(.unknownPlace): "bij"
        case .badReport(.tooLong(let field, _)), .badReport(.invalidCharacters(let field)): field.rawValue
        case .badReport(.missingReason), .badReport(.unknownReason): "reason"
        case .badReport(.missingEntry), .badReport(.unknownEntry): "service_id"
        case .badSuggestion(.missing(let field)), .badSuggestion(.tooLong(let field, _)), .badSuggestion(.invalidCharacters(let field)):
            Self.suggestionParameter(field)
        case .badSuggestion(.unknownRole): "role"
        case .badSuggestion(.notAWebAddress): "url"
        default: nil
        }
    }

    /// The API's name for a suggestion's field.
    static func suggestionParameter(_ field: SuggestionProblem.Field) -> String {
        switch field {
        case .name: "name"
        case .what: "what"
        case .place: "place"
        case .url: "url"
        case .role: "role"
        case .contact: "contact"
        }
    }

    /// The parameter at fault as the client named it: a place error names `postcode` when the
    /// place came in as HSDS's `postcode` rather than as `bij`.
    func parameter(given fields: [(name: String, value: String)]) -> String? {
        guard parameter == "bij" else { return parameter }
        return ["bij", "postcode", "plaats"].first { name in fields.contains { $0.name == name } } ?? "bij"
    }

    /// What to tell a person, in their language.
    func message(_ strings: Strings) -> String {
        let web = strings.web
        switch self {
        case .badQuery(let error): return strings.queryError(error)
        case .badReport(let problem): return strings.reportProblem(problem)
        case .entryNotFound(let id): return web.notFoundEntry(String(id.prefix(80)))
        case .pageNotFound, .itemNotFound: return web.notFoundPage
        case .methodNotAllowed: return web.methodNotAllowed
        case .tooManyReports: return web.tooManyReports
        case .reportNotSaved: return web.reportNotSaved
        case .bodyTooLarge, .uriTooLong: return web.requestTooLarge
        case .unsupportedMediaType: return web.unsupportedMediaType
        case .malformedJSON(let detail): return web.badRequestHelp + " (JSON: \(detail))"
        case .internalError: return web.serverError
        case .unauthorized: return web.maintenanceUnauthorized
        case .maintenanceDisabled: return web.maintenanceDisabled
        case .correctionRejected(let detail): return detail
        case .methodNotAllowedHere: return web.methodNotAllowed
        case .searchTooSlow: return strings.safety.searchTooSlow
        case .malformedBody: return strings.safety.malformedBody
        case .correctionBusy: return strings.safety.correctionBusy
        case .indexUnusable(let detail): return strings.safety.indexUnusable(detail)
        case .tooManyReportsAboutEntry: return strings.safety.tooManyReportsAboutEntry
        case .reportQueueFull: return strings.safety.reportQueueFull
        case .confirmationRefused(.expired(let day)): return strings.confirmation.expired(strings.dayMonthYear(day))
        case .confirmationRefused(.forged), .confirmationRefused(.weakSecret): return strings.confirmation.forged
        case .confirmationRefused(.malformed): return strings.confirmation.malformed
        case .confirmationDisabled: return strings.confirmation.disabled
        case .unknownConfirmedEntry: return strings.confirmation.unknownRecord
        case .badSuggestion(let problem): return strings.suggestion.problem(problem)
        case .suggestionQueueFull: return strings.suggestion.queueFull
        case .referrerTokenMissing: return strings.referrer.tokenMissing
        case .referrerTokenWrong: return strings.referrer.tokenWrong
        case .referrersDisabled: return strings.web.notFoundPage
        }
    }

    func heading(_ strings: Strings) -> String {
        switch status {
        case .badRequest: strings.web.badRequestHeading
        case .notFound: strings.web.notFoundHeading
        case .forbidden: strings.confirmation.forbiddenHeading
        default: strings.web.errorHeading
        }
    }

    /// Any error as a `WebError`: Hummingbird's own (too large, not found) keep their status;
    /// anything unexpected is a 500 whose details stay in the log.
    static func from(_ error: any Error) -> WebError {
        switch error {
        case let error as WebError: return error
        case let error as QueryError: return .badQuery(error)
        case let error as ReportProblem: return .badReport(error)
        case let error as FeedbackStoreError: return .reportNotSaved(error)
        case let error as ReportLimitReached: return error == .entryFull ? .tooManyReportsAboutEntry : .reportQueueFull
        case let error as SuggestionProblem: return .badSuggestion(error)
        case is SuggestionQueueFull: return .suggestionQueueFull
        // A body the HTTP parser cannot read (a broken chunked encoding): the client's error.
        case is HTTPParserError: return .malformedBody
        case let error as any HTTPResponseError:
            switch error.status {
            case .contentTooLarge: return .bodyTooLarge
            case .notFound: return .pageNotFound
            case .methodNotAllowed: return .methodNotAllowed
            case .uriTooLong: return .uriTooLong
            case .unsupportedMediaType: return .unsupportedMediaType
            case .badRequest: return .malformedJSON((error as? HTTPError)?.body ?? "")
            default: return .internalError
            }
        default: return .internalError
        }
    }

    /// Used only when an error escapes the middleware (it should not): plain JSON in Dutch.
    func response(from request: Request, context: some RequestContext) throws -> Response {
        try JSONResponses.error(self, strings: .dutch, fields: [])
    }
}
