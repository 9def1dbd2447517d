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

/// The frame around every page: language and direction, title, skip link, the short crisis
/// line, the language choice (with the browser's language offered), main content, the crisis
/// routes, footer.
struct Layout {
    var strings: Strings
    /// Links to the same page in every language, the page's own included.
    var languageLinks: [(language: Language, href: String)]
    /// Which regions the map covers, for the footer.
    var coverage: Coverage = .everywhere
    /// The browser's language, offered as one link when it is not the page's.
    var offeredLanguage: Language? = nil
    /// A `taal=` value we do not know: said above the content.
    var unknownLanguage: String? = nil

    /// `crisis` false only where the body holds the crisis block itself (the handout, and a
    /// thank-you page that answers crisis words with it first).
    func page(title: String, body: String, crisis: Bool = true, bodyClass: String? = nil) -> String {
        let web = strings.web
        let language = strings.language
        var html = """
            <!doctype html>
            <html lang="\(language.rawValue)" dir="\(language.direction)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTML.escape(title)) – \(HTML.escape(web.siteName))</title>
            <link rel="stylesheet" href="\(Stylesheet.path)">
            </head>
            <body\(bodyClass.map { " class=\"\($0)\"" } ?? "")>
            <a class="skip" href="#inhoud">\(HTML.escape(web.skipLink))</a>
            \(crisisLine())<header><p class="site"><a href="\(languageQuery("/"))">\(HTML.escape(web.siteName))</a></p>
            """
        if !languageLinks.isEmpty {
            html += "<nav class=\"taal\" aria-label=\"\(HTML.escape(strings.languageText.choiceLabel))\"><ul>"
            for link in languageLinks {
                let name = HTML.escape(Strings.for(link.language).languageName)
                let attributes = "lang=\"\(link.language.rawValue)\" dir=\"\(link.language.direction)\""
                if link.language == language {
                    html += "<li><a href=\"\(HTML.escape(link.href))\" \(attributes) aria-current=\"page\">\(name)</a></li>"
                } else {
                    html += "<li><a href=\"\(HTML.escape(link.href))\" \(attributes) hreflang=\"\(link.language.rawValue)\">\(name)</a></li>"
                }
            }
            html += "</ul></nav>"
        }
        html += "</header>\n"
        if let offered = offeredLanguage, let link = languageLinks.first(where: { $0.language == offered }) {
            html += "<p class=\"aanbod\" lang=\"\(offered.rawValue)\" dir=\"\(offered.direction)\"><a href=\"\(HTML.escape(link.href))\" hreflang=\"\(offered.rawValue)\">\(HTML.escape(Strings.for(offered).languageText.offer))</a></p>\n"
        }
        if let unknownLanguage {
            html += "<p class=\"fout\" role=\"status\">\(HTML.escape(strings.languageText.unknownChoice(unknownLanguage)))</p>\n"
        }
        html += "<main id=\"inhoud\" tabindex=\"-1\">\n\(body)\n"
        if crisis { html += crisisRoutes() }
        html += """
            </main>
            <footer>\(coverage.regions.isEmpty ? "" : "<p>\(HTML.escape(strings.practical.coverage(coverage.names(and: strings.reading.and))))</p>")<p>\(HTML.escape(web.footer))</p><p><a href="\(languageQuery("/aanbod/nieuw"))">\(HTML.escape(strings.suggestion.link))</a> · <a href="\(languageQuery("/privacy"))">\(HTML.escape(strings.useAndPrivacy.privacyLink))</a> · <a href="/api/v1/openapi.json">\(HTML.escape(web.apiLink))</a></p></footer>
            </body>
            </html>

            """
        return html
    }

    /// The short line at the top of every page: "Direct hulp nodig? 113 · 112", the question a
    /// link to the full block, each number a `tel:` link.
    func crisisLine() -> String {
        let numbers = CrisisRoutes.shortNumbers.map { number in
            "<a href=\"\(HTML.telephoneTarget(number))\" dir=\"ltr\">\(HTML.escape(number))</a>"
        }
        return "<p class=\"crisis-kort\"><a href=\"#crisis\">\(HTML.escape(strings.crisis.shortLine))</a> \(numbers.joined(separator: " · "))</p>\n"
    }

    /// The crisis routes, from the one constant that holds them: every number a `tel:` link, the
    /// chat a link to 113's site, and what the lines' own sources say about their languages.
    func crisisRoutes() -> String {
        var html = "<aside class=\"crisis\" id=\"crisis\" aria-labelledby=\"crisis-kop\">\n<h2 id=\"crisis-kop\">\(HTML.escape(strings.crisis.heading))</h2>\n<ul>\n"
        for route in CrisisRoutes.all {
            html += "<li>\(Self.linked(HTML.escape(strings.crisis.line(route)), number: route.number))</li>\n"
        }
        html += "</ul>\n<p>\(HTML.escape(strings.crisis.languagesNote)) <a href=\"\(HTML.escape(CrisisRoutes.englishPage))\" lang=\"en\" hreflang=\"en\" rel=\"noopener noreferrer\">\(HTML.escape(strings.crisis.englishPageLink))</a></p>\n"
        return html + "</aside>\n"
    }

    /// An escaped crisis line with its number as a `tel:` link and 113's chat address as a link.
    static func linked(_ line: String, number: String) -> String {
        let escaped = HTML.escape(number)
        var head = ""
        var tail = line
        if let range = line.range(of: escaped) {
            head = String(line[..<range.lowerBound]) + "<a href=\"\(HTML.telephoneTarget(number))\" dir=\"ltr\">\(escaped)</a>"
            tail = String(line[range.upperBound...])
        }
        if let range = tail.range(of: CrisisRoutes.chatName) {
            let chat = "<a href=\"\(HTML.escape(CrisisRoutes.chatAddress))\" rel=\"noopener noreferrer\" dir=\"ltr\">\(CrisisRoutes.chatName)</a>"
            tail = String(tail[..<range.lowerBound]) + chat + String(tail[range.upperBound...])
        }
        return head + tail
    }

    /// Attributes for Dutch text inside a page in another language (summaries, names, what a
    /// provider wrote): `lang="nl"`, and left to right inside a right-to-left page.
    var dutchAttributes: String {
        guard strings.language != .dutch else { return "" }
        return " lang=\"nl\"" + (strings.language.isRightToLeft ? " dir=\"ltr\"" : "")
    }

    /// `path` with `?taal=` when the language was chosen in the query, so links keep it.
    var keepLanguage = false
    func languageQuery(_ path: String) -> String {
        guard keepLanguage else { return path }
        return path + (path.contains("?") ? "&" : "?") + "taal=\(strings.language.rawValue)"
    }
}
