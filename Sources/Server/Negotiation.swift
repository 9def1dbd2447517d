import Hummingbird
import KaartModel

/// Works out, once per request, which language and format to answer in, and decodes the query
/// string. Failures here are rendered by `ErrorMiddleware` with as much as was worked out.
enum Negotiation {
    static func negotiate(_ request: Request, _ context: inout AppRequestContext, settings: ServerSettings) throws {
        let path = request.uri.path
        context.isAPI = path.hasPrefix("/api/") || path == "/healthz"
        // Pages are Dutch until the reader picks another language; the browser's language is
        // offered as a link, never switched to silently. The API follows Accept-Language.
        let browserLanguage = Self.acceptedLanguage(request.headers[.acceptLanguage])
        context.language = context.isAPI ? browserLanguage : .dutch
        if let query = request.uri.query, !query.isEmpty {
            guard query.utf8.count <= settings.maximumQueryBytes else {
                throw WebError.uriTooLong
            }
            context.query = try FormFields.parse(query)
        }
        if let taal = context.parameter("taal") {
            if let language = Language(rawValue: taal.lowercased().trimmingCharacters(in: .whitespaces)) {
                context.language = language
                context.languageInQuery = true
            } else if context.isAPI {
                throw WebError.badQuery(.invalid(parameter: "taal", value: taal, expected: "een taal voor de pagina: " + Language.allCases.map(\.rawValue).joined(separator: " of ")))
            } else {
                // A page never fails on the language: Dutch, and a notice that says so.
                context.language = .dutch
                context.unknownLanguage = String(taal.prefix(40))
            }
        }
        if !context.isAPI, !context.languageInQuery, browserLanguage != context.language {
            context.offeredLanguage = browserLanguage
        }
        if let format = context.parameter("formaat") {
            switch format.lowercased() {
            case "tekst", "text", "txt": context.wantsText = true
            case "html": context.wantsText = false
            default: throw WebError.badQuery(.invalid(parameter: "formaat", value: format, expected: "html of tekst"))
            }
        } else {
            context.wantsText = Self.prefersPlainText(request.headers[.accept])
        }
    }

    /// The first of our languages in `Accept-Language`, by quality; Dutch when none fits.
    static func acceptedLanguage(_ header: String?) -> Language {
        guard let header else { return .dutch }
        let ranked = header.split(separator: ",").enumerated().compactMap { position, item -> (Language, Double, Int)? in
            let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = parts.first?.lowercased(), let primary = tag.split(separator: "-").first,
                let language = Language(rawValue: String(primary))
            else { return nil }
            let quality = parts.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            return quality > 0 ? (language, quality, position) : nil
        }
        return ranked.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.2 < $1.2 }.first?.0 ?? .dutch
    }

    /// True when the client asks for text/plain and not for HTML (curl with `-H 'Accept:
    /// text/plain'`, text browsers that say so); browsers ask for HTML first.
    static func prefersPlainText(_ header: String?) -> Bool {
        guard let header = header?.lowercased() else { return false }
        let types = header.split(separator: ",").map { $0.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? "" }
        guard let plain = types.firstIndex(of: "text/plain") else { return false }
        let html = types.firstIndex(of: "text/html") ?? types.firstIndex(of: "application/xhtml+xml")
        return html.map { plain < $0 } ?? true
    }
}
