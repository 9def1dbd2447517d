import KaartModel
import Presentation

/// Escaping for HTML text and attribute values. Every piece of text that reaches a page goes
/// through `escape`: record fields, what someone typed, error messages, our own strings.
enum HTML {
    /// Works on UTF-8 bytes (the five characters are ASCII, never part of a longer sequence)
    /// and hands text with nothing to escape back as it is: most text on a page.
    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else {
            return text
        }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): out += "&amp;".utf8
            case UInt8(ascii: "<"): out += "&lt;".utf8
            case UInt8(ascii: ">"): out += "&gt;".utf8
            case UInt8(ascii: "\""): out += "&quot;".utf8
            case UInt8(ascii: "'"): out += "&#39;".utf8
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Paragraphs from text where a blank line separates paragraphs.
    static func paragraphs(_ text: String) -> String {
        text.components(separatedBy: "\n\n")
            .map { $0.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .map { "<p>\(escape($0))</p>" }
            .joined(separator: "\n")
    }

    /// A `tel:` link target: digits and a leading plus only.
    static func telephoneTarget(_ number: String) -> String {
        let kept = number.unicodeScalars.filter { ("0"..."9").contains($0) || $0 == "+" }
        return "tel:" + String(String.UnicodeScalarView(kept))
    }

    /// Only web addresses become links; anything else stays text.
    static func isWebAddress(_ url: String) -> Bool {
        let lower = url.lowercased()
        return lower.hasPrefix("https://") || lower.hasPrefix("http://")
    }
}

/// The frame around every page: language, title, skip link, header with the language switch,
/// main content, crisis routes where asked, footer.
struct Layout {
    var strings: Strings
    /// Links to the same page in the other languages.
    var languageLinks: [(language: Language, href: String)]
    /// Which regions the map covers, for the footer.
    var coverage: Coverage = .everywhere

    func page(title: String, body: String, crisis: Bool = true, bodyClass: String? = nil) -> String {
        let web = strings.web
        var html = """
            <!doctype html>
            <html lang="\(strings.language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTML.escape(title)) – \(HTML.escape(web.siteName))</title>
            <link rel="stylesheet" href="\(Stylesheet.path)">
            </head>
            <body\(bodyClass.map { " class=\"\($0)\"" } ?? "")>
            <a class="skip" href="#inhoud">\(HTML.escape(web.skipLink))</a>
            <header><p class="site"><a href="\(languageQuery("/"))">\(HTML.escape(web.siteName))</a></p>
            """
        if !languageLinks.isEmpty {
            html += "<nav class=\"taal\" aria-label=\"Taal / Language\"><ul>"
            for link in languageLinks {
                let name = Strings.for(link.language).languageName
                html += "<li><a href=\"\(HTML.escape(link.href))\" lang=\"\(link.language.rawValue)\" hreflang=\"\(link.language.rawValue)\">\(HTML.escape(name))</a></li>"
            }
            html += "</ul></nav>"
        }
        html += "</header>\n<main id=\"inhoud\" tabindex=\"-1\">\n\(body)\n"
        if crisis { html += crisisRoutes() }
        html += """
            </main>
            <footer>\(coverage.regions.isEmpty ? "" : "<p>\(HTML.escape(strings.practical.coverage(coverage.names(and: strings.language == .dutch ? "en" : "and"))))</p>")<p>\(HTML.escape(web.footer))</p><p><a href="\(languageQuery("/aanbod/nieuw"))">\(HTML.escape(strings.suggestion.link))</a> · <a href="\(languageQuery("/privacy"))">\(HTML.escape(strings.useAndPrivacy.privacyLink))</a> · <a href="/api/v1/openapi.json">\(HTML.escape(web.apiLink))</a></p></footer>
            </body>
            </html>

            """
        return html
    }

    /// The crisis routes, from the one constant that holds them, with the numbers as links.
    func crisisRoutes() -> String {
        var html = "<aside class=\"crisis\" aria-labelledby=\"crisis-kop\">\n<h2 id=\"crisis-kop\">\(HTML.escape(CrisisRoutes.heading(strings.language)))</h2>\n<ul>\n"
        for route in CrisisRoutes.all {
            let line = HTML.escape(strings.language == .dutch ? route.dutch : route.english)
            let number = HTML.escape(route.number)
            let linked = line.replacingOccurrences(of: number, with: "<a href=\"\(HTML.telephoneTarget(route.number))\">\(number)</a>", options: [], range: line.range(of: number))
            html += "<li>\(linked)</li>\n"
        }
        return html + "</ul>\n</aside>\n"
    }

    /// `path` with `?taal=` when the language was chosen in the query, so links keep it.
    var keepLanguage = false
    func languageQuery(_ path: String) -> String {
        guard keepLanguage else { return path }
        return path + (path.contains("?") ? "&" : "?") + "taal=\(strings.language.rawValue)"
    }
}
