import Foundation
import HTTPTypes
import Hummingbird
import Logging
import Presentation

/// Negotiates language and format, then turns every failure into an answer in that language
/// and format: a helpful HTML page, plain text, or the API's one JSON error shape. Never a bare
/// 500 with a stack trace. One middleware, because what negotiation learns must reach the
/// error page.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let pages: Pages
    let routes: RouteTable

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        do {
            try Negotiation.negotiate(request, &context, settings: pages.settings)
            return try await next(request, context)
        } catch {
            var webError = WebError.from(error)
            // The router found no route for this method; if the path has routes, say which
            // methods it takes.
            if case .pageNotFound = webError {
                let allowed = routes.methods(for: request.uri.path)
                if !allowed.isEmpty { webError = .methodNotAllowedHere(allow: allowed) }
            }
            if case .internalError = webError {
                context.logger.error("unexpected error", metadata: ["error": "\(String(reflecting: type(of: error)))"])
            }
            var response = try pages.error(webError, request: request, context: context)
            if case .methodNotAllowedHere(let allow) = webError { response.headers[.allow] = allow.joined(separator: ", ") }
            switch webError {
            case .referrerTokenMissing, .referrerTokenWrong:
                // A browser asks for the code itself (no script); any user name, the code as password.
                response.headers[.wwwAuthenticate] = ReferrerAccess.challenge
            default:
                break
            }
            return response
        }
    }
}

extension HTTPField.Name {
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
    static let xFrameOptions = HTTPField.Name("X-Frame-Options")!
}

/// Headers that make the page safe to show: no scripts at all, nothing from elsewhere, no
/// sniffing, no framing, no referrer leaking a search for "schulden" to another site.
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    static let contentSecurityPolicy = "default-src 'none'; script-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.referrerPolicy] = "no-referrer"
        response.headers[.xFrameOptions] = "DENY"
        if response.headers[.vary] == nil { response.headers[.vary] = "Accept, Accept-Language" }
        return response
    }
}

/// One log line per request: method, route pattern, status and time. Never the query (it holds
/// what someone searched for and where they live), never an address, never a form field.
struct RequestLogMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let logger: Logger

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        let response = try await next(request, context)
        let elapsed = ContinuousClock.now - start
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        logger.info("\(request.method) \(context.endpointPath ?? "(no route)") \(response.status.code) \(String(format: "%.1f", milliseconds)) ms")
        return response
    }
}
