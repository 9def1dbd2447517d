import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import KaartModel
import Presentation
import Server
import Testing

/// Every page in six languages, with the crisis routes within reach and checked like a resident
/// with a screen reader would (issue 18), through the router `kaart serve` runs.
@Suite struct LanguagePageTests {
    let app: any ApplicationProtocol

    init() throws {
        app = buildApplication(ServerSettings.forTests, try TestIndex.dependencies())
    }

    func get(_ uri: String, headers: HTTPFields = [:]) async throws -> (status: HTTPResponse.Status, headers: HTTPFields, body: String) {
        try await PageTests.send(app, uri, method: .get, headers: headers)
    }

    static let pages = [
        "/", "/?wat=inloop&bij=6811", "/aanbod/test-steunpunt-arnhem", "/aanbod/test-steunpunt-arnhem/handout",
        "/aanbod/test-steunpunt-arnhem/melden", "/aanbod/test-steunpunt-arnhem/bedankt", "/aanbod/test-online-lotgenoten",
        "/bestaat-niet", "/aanbod/bestaat-niet", "/privacy", "/aanbod/nieuw",
        "/lijst?ids=test-steunpunt-arnhem,test-online-lotgenoten,weg-uit-de-kaart", "/gelukt/test-steunpunt-arnhem",
    ]

    static func withLanguage(_ path: String, _ language: Language) -> String {
        path + (path.contains("?") ? "&" : "?") + "taal=\(language.rawValue)"
    }

    @Test("Every page, in every language, has its language and direction, the crisis line on top and the full crisis block", arguments: Language.allCases)
    func everyPageInEveryLanguage(language: Language) async throws {
        let strings = Strings.for(language)
        for path in Self.pages {
            let uri = Self.withLanguage(path, language)
            let page = try await get(uri)
            #expect(page.status == (path.contains("bestaat-niet") ? .notFound : .ok), "\(uri)")
            let body = page.body
            #expect(body.contains("<html lang=\"\(language.rawValue)\" dir=\"\(language.isRightToLeft ? "rtl" : "ltr")\">"), "\(uri)")
            // The short crisis line comes before the header, the language choice and the content.
            let line = try #require(body.range(of: "<p class=\"crisis-kort\"><a href=\"#crisis\">\(HTML(strings.crisis.shortLine))</a>"), "\(uri)")
            #expect(line.lowerBound < body.range(of: "<header>")!.lowerBound && line.lowerBound < body.range(of: "<main")!.lowerBound)
            // The full block, once, in the page's language, each number a tel: link, the chat a link.
            #expect(body.components(separatedBy: "id=\"crisis\"").count == 2, "\(uri)")
            #expect(body.contains(HTML(strings.crisis.heading)))
            for number in ["113", "0800-0113", "112"] {
                #expect(body.contains("<a href=\"tel:\(number.filter(\.isNumber))\" dir=\"ltr\">\(number)</a>"), "\(uri): \(number)")
            }
            #expect(body.contains("<a href=\"https://www.113.nl\" rel=\"noopener noreferrer\" dir=\"ltr\">113.nl</a>"), "\(uri)")
            #expect(body.contains(HTML(strings.crisis.languagesNote)))
            // Every language named in itself, the page's own marked as current.
            for other in Language.allCases {
                #expect(body.contains("lang=\"\(other.rawValue)\" dir=\"\(other.isRightToLeft ? "rtl" : "ltr")\"\(other == language ? " aria-current=\"page\"" : " hreflang=\"\(other.rawValue)\"")>\(Strings.for(other).languageName)</a>"), "\(uri): \(other)")
            }
            Self.checkAccessibility(body, uri)
            // The choice travels in every link to our own pages (no cookies).
            #expect(page.headers[.setCookie] == nil)
            for link in Self.links(body) where !link.hasPrefix("/api/") && !link.contains("taal=") {
                Issue.record("\(uri): link \(link) loses the language")
            }
        }
    }

    /// The internal links of a page (`href="/…"`), unescaped.
    static func links(_ body: String) -> [String] {
        body.components(separatedBy: "href=\"/").dropFirst().compactMap { $0.split(separator: "\"").first.map { "/" + $0.replacingOccurrences(of: "&amp;", with: "&") } }
            .filter { !$0.hasPrefix("/stijl") }
    }

    /// Labels on every input, headings in order, no positive tabindex.
    static func checkAccessibility(_ body: String, _ uri: String) {
        for tag in ["<input ", "<select ", "<textarea "] {
            for piece in body.components(separatedBy: tag).dropFirst() {
                let attributes = String(piece.prefix { $0 != ">" })
                if attributes.contains("type=\"hidden\"") { continue }
                guard let id = attributes.components(separatedBy: "id=\"").dropFirst().first?.split(separator: "\"").first else {
                    Issue.record("\(uri): \(tag)\(attributes) has no id for a label")
                    continue
                }
                #expect(body.contains("<label for=\"\(id)\">"), "\(uri): no label for #\(id)")
            }
        }
        var levels: [Int] = []
        var rest = Substring(body)
        while let range = rest.range(of: "<h") {
            let next = rest[range.upperBound...]
            if let digit = next.first?.wholeNumberValue, next.dropFirst().first == ">" || next.dropFirst().first == " " { levels.append(digit) }
            rest = next
        }
        #expect(levels.first == 1, "\(uri): the first heading is h\(levels.first ?? 0)")
        #expect(levels.filter { $0 == 1 }.count == 1, "\(uri): one h1")
        for (previous, level) in zip(levels, levels.dropFirst()) where level > previous + 1 {
            Issue.record("\(uri): h\(previous) is followed by h\(level)")
        }
        #expect(body.range(of: #"tabindex="[1-9]"#, options: .regularExpression) == nil, "\(uri): a positive tabindex")
    }

    @Test("On a page in another language, the record's own Dutch text is marked lang=\"nl\", left to right inside Arabic", arguments: [Language.english, .arabic, .turkish, .polish, .ukrainian])
    func dutchTextIsMarked(language: Language) async throws {
        let strings = Strings.for(language)
        let direction = language.isRightToLeft ? " dir=\"ltr\"" : ""
        let record = try await get(Self.withLanguage("/aanbod/test-steunpunt-arnhem", language)).body
        #expect(record.contains("<h1 lang=\"nl\"\(direction)>Inloop De Brug (test)</h1>"))
        #expect(record.contains("<span lang=\"nl\"\(direction)>Een plek in Arnhem waar je zonder afspraak binnen kunt lopen."))
        #expect(record.contains("<div lang=\"nl\"\(direction)>\n<p>"))
        #expect(record.contains(HTML(strings.data.madeFromData)))
        #expect(record.contains("<li>\(HTML(strings.data.kind(strings.kindLabels[.supportPoint]!)))</li>"))
        let results = try await get(Self.withLanguage("/?wat=inloop&bij=6811", language)).body
        #expect(results.contains("<h3 lang=\"nl\"\(direction)><a href=\"/aanbod/test-steunpunt-arnhem?taal=\(language.rawValue)\">Inloop De Brug (test)</a></h3>"))
        let handout = try await get(Self.withLanguage("/aanbod/test-steunpunt-arnhem/handout", language)).body
        #expect(handout.contains("<h1 lang=\"nl\"\(direction)>"))
        #expect(handout.contains(HTML(strings.data.madeFromData)))
        #expect(handout.contains(HTML(strings.crisis.heading)))
    }

    @Test func aDutchPageMarksNothingAsForeign() async throws {
        let record = try await get("/aanbod/test-steunpunt-arnhem").body
        #expect(record.contains("<h1>Inloop De Brug (test)</h1>"))
        #expect(!record.contains("<span lang=\"nl\"") && !record.contains("<div lang=\"nl\"") && !record.contains("<h1 lang"))
        #expect(!record.contains(HTML(Strings.dutch.data.madeFromData)))
    }

    @Test("The browser's language is offered as one link, in that language; the page stays Dutch", arguments: [Language.arabic, .turkish, .polish, .ukrainian, .english])
    func theBrowsersLanguageIsOffered(language: Language) async throws {
        let page = try await get("/?wat=inloop&bij=6811", headers: [.acceptLanguage: "\(language.rawValue);q=0.9,de;q=0.5"])
        #expect(page.body.contains("<html lang=\"nl\" dir=\"ltr\">"))
        let offer = "<p class=\"aanbod\" lang=\"\(language.rawValue)\" dir=\"\(language.isRightToLeft ? "rtl" : "ltr")\"><a href=\"/?wat=inloop&amp;bij=6811&amp;taal=\(language.rawValue)\" hreflang=\"\(language.rawValue)\">\(HTML(Strings.for(language).languageText.offer))</a></p>"
        #expect(page.body.contains(offer))
        let chosen = try await get("/?taal=\(language.rawValue)", headers: [.acceptLanguage: language.rawValue])
        #expect(!chosen.body.contains("class=\"aanbod\""), "no offer once the language is chosen")
        let dutchBrowser = try await get("/", headers: [.acceptLanguage: "nl-NL"])
        #expect(!dutchBrowser.body.contains("class=\"aanbod\""))
    }

    @Test(arguments: ["xx", "klingon", "<script>", "NL ", "e"])
    func anUnknownLanguageFallsBackToDutchWithANotice(value: String) async throws {
        let encoded = value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? value
        for path in ["/?taal=\(encoded)", "/aanbod/test-steunpunt-arnhem?taal=\(encoded)", "/?wat=inloop&taal=\(encoded)&formaat=tekst"] {
            let page = try await get(path)
            #expect(page.status == .ok, "\(path)")
            #expect(!page.body.contains("<script>"))
            if value == "NL " {
                #expect(!page.body.contains("We kennen de taal"))
            } else if !path.contains("formaat") {
                #expect(page.body.contains("<html lang=\"nl\" dir=\"ltr\">"))
                #expect(page.body.contains("<p class=\"fout\" role=\"status\">We kennen de taal"), "\(path)")
            }
        }
    }

    @Test("The text twin follows the chosen language, with the crisis routes and their languages", arguments: Language.allCases)
    func theTextTwinFollowsTheChoice(language: Language) async throws {
        let strings = Strings.for(language)
        let text = try await get("/?wat=inloop&bij=6811&formaat=tekst&taal=\(language.rawValue)")
        #expect(text.headers[.contentType] == "text/plain; charset=utf-8")
        #expect(text.body.contains(strings.crisis.heading))
        #expect(text.body.contains(strings.crisis.languagesNote))
        for line in strings.crisisLines { #expect(text.body.contains(line)) }
        let record = try await get("/aanbod/test-online-lotgenoten?formaat=tekst&taal=\(language.rawValue)")
        #expect(record.body.contains(strings.helpLanguageName("ar")))
        if language != .dutch { #expect(record.body.contains(strings.data.madeFromData)) }
    }

    @Test("The API's messages follow taal", arguments: [(Language.polish, "nieprawidłowe"), (.turkish, "geçerli değil"), (.arabic, "غير صالحة"), (.ukrainian, "недійсне")])
    func apiMessagesFollowTheLanguage(language: Language, words: String) async throws {
        let response = try await get("/api/v1/services?proximity=-3&taal=\(language.rawValue)")
        #expect(response.status == .badRequest)
        #expect(response.body.contains(words), "\(response.body)")
        let place = try await get("/api/v1/services?bij=Nergensdorp&taal=\(language.rawValue)")
        #expect(place.body.contains("Nergensdorp"))
    }

    @Test func helpInMyLanguageIsShownAndFiltersOnThePageAndInTheAPI() async throws {
        let page = try await get("/?wat=lotgenoten&hulptaal=ar&taal=ar")
        #expect(page.body.contains("<label for=\"hulptaal\">مساعدة بلغتي</label>"))
        #expect(page.body.contains("<option value=\"ar\" selected>العربية</option>"))
        #expect(page.body.contains("Lotgenoten Online (test)"))
        #expect(!page.body.contains("Inloop De Brug (test)"), "a record that names no language is not taken to speak Arabic")
        let dutchFilter = try await get("/?wat=inloop&bij=6811&hulptaal=nl")
        #expect(!dutchFilter.body.contains("Inloop De Brug (test)"), "nor to be Dutch only")
        let record = try await get("/aanbod/test-steunpunt-arnhem")
        #expect(record.body.contains("<dt>Talen</dt><dd>niet bekend welke talen</dd>"))
        let online = try await get("/aanbod/test-online-lotgenoten?taal=tr")
        #expect(online.body.contains("<dd>Hollandaca, Arapça</dd>"))
        let api = try await get("/api/v1/services?hulptaal=ar")
        #expect(api.body.contains("test-online-lotgenoten"))
        #expect(!api.body.contains("test-steunpunt-arnhem"))
    }

    @Test func theReportFormAndItsThankYouPageCarryTheCrisisRoutesInEveryLanguage() async throws {
        for language in Language.allCases {
            let form = try await get("/aanbod/test-steunpunt-arnhem/melden?taal=\(language.rawValue)")
            #expect(form.body.contains("action=\"/aanbod/test-steunpunt-arnhem/melden?taal=\(language.rawValue)\""))
            #expect(form.body.contains(HTML(Strings.for(language).crisis.heading)))
            #expect(form.body.contains(HTML(Strings.for(language).safety.reportFormCrisisNote)))
        }
    }

    @Test("A record shows a pictogram beside every kind and kind of help, never alone, and large action links for the facts it holds", arguments: Language.allCases)
    func pictogramsAndActions(language: Language) async throws {
        let strings = Strings.for(language)
        let page = try await get("/aanbod/test-steunpunt-arnhem?taal=\(language.rawValue)").body
        let drawings = page.components(separatedBy: "<svg ").dropFirst()
        #expect(drawings.count >= 4)
        for drawing in drawings {
            #expect(drawing.hasPrefix("class=\"picto\" viewBox=\"0 0 24 24\" width=\"28\" height=\"28\" aria-hidden=\"true\" focusable=\"false\">"))
            #expect(!drawing.prefix(while: { $0 != ">" }).contains("style="), "the CSP forbids inline styles")
            // Text follows every drawing: a label, never an icon alone.
            let after = drawing.components(separatedBy: "</svg>")[1]
            #expect(!after.hasPrefix("<") || after.hasPrefix("<span>") , "\(after.prefix(40))")
        }
        #expect(page.contains("<a class=\"actie\" href=\"tel:0261234567\">"))
        #expect(page.contains("<span>\(HTML(strings.practical.phone))</span> <bdi dir=\"ltr\">026 123 45 67</bdi></a>"))
        #expect(page.contains("<span>\(HTML(strings.web.printAction))</span></a>"))
        #expect(page.contains("href=\"/aanbod/test-steunpunt-arnhem/handout?taal=\(language.rawValue)\""))
        let online = try await get("/aanbod/test-online-lotgenoten?taal=\(language.rawValue)").body
        #expect(!online.contains(HTML(strings.web.routeAction)), "no route without an address")
        #expect(!online.contains("class=\"actie\" href=\"tel:"), "no call button without a number")
        #expect(online.contains("<span>\(HTML(strings.practical.website))</span></a>"))
    }

    /// Text as the page escapes it.
    func HTML(_ text: String) -> String { Self.HTML(text) }
    static func HTML(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "'", with: "&#39;")
    }
}
