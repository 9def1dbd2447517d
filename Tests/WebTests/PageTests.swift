import Feedback
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import KaartModel
import Logging
import Server
import Testing

/// The resident's pages through the front door: HummingbirdTesting sends requests to the
/// application `kaart serve` runs, built by the same `buildApplication`.
@Suite struct PageTests {
    let dependencies: ServerDependencies
    let app: any ApplicationProtocol

    init() throws {
        dependencies = try TestIndex.dependencies()
        app = buildApplication(ServerSettings.forTests, dependencies)
    }

    /// Sends one GET and hands back status, headers and body.
    func get(_ uri: String, headers: HTTPFields = [:]) async throws -> (status: HTTPResponse.Status, headers: HTTPFields, body: String) {
        try await send(uri, method: .get, headers: headers)
    }

    func send(_ uri: String, method: HTTPRequest.Method, headers: HTTPFields = [:], body: String? = nil) async throws -> (status: HTTPResponse.Status, headers: HTTPFields, body: String) {
        try await Self.send(app, uri, method: method, headers: headers, body: body)
    }

    static func send(_ app: some ApplicationProtocol, _ uri: String, method: HTTPRequest.Method, headers: HTTPFields = [:], body: String? = nil) async throws -> (status: HTTPResponse.Status, headers: HTTPFields, body: String) {
        try await app.test(.router) { client in
            try await client.execute(uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) }) { response in
                (response.status, response.headers, String(buffer: response.body))
            }
        }
    }

    @Test func theStartPageShowsTheFormInDutchWithASkipLinkAndTheCrisisRoutes() async throws {
        let page = try await get("/")
        #expect(page.status == .ok)
        #expect(page.headers[.contentType] == "text/html; charset=utf-8")
        #expect(page.body.contains("<html lang=\"nl\" dir=\"ltr\">"))
        #expect(page.body.contains("<a class=\"skip\" href=\"#inhoud\">Naar de inhoud</a>"))
        #expect(page.body.contains("<label for=\"wat\">Wat zoek je?</label>"))
        #expect(page.body.contains("<label for=\"bij\">Postcode of plaats</label>"))
        #expect(page.body.contains("<label for=\"domein\">"))
        #expect(page.body.contains("<label for=\"doelgroep\">"))
        #expect(page.body.contains("<label for=\"soort\">"))
        #expect(page.body.contains("<a href=\"tel:113\" dir=\"ltr\">113</a>"))
        #expect(page.body.contains("<a href=\"tel:112\" dir=\"ltr\">112</a>"))
        #expect(!page.body.contains("<script"))
    }

    @Test func aSearchNearAPostcodeListsHelpNearbyWithDistanceLastCheckedAndAReportLink() async throws {
        let page = try await get("/?wat=inloop&bij=6811&km=15")
        #expect(page.status == .ok)
        #expect(page.body.contains("In de buurt van 6811"))
        #expect(page.body.contains("<a href=\"/aanbod/test-steunpunt-arnhem\">Inloop De Brug (test)</a>"))
        #expect(page.body.contains("Een plek in Arnhem waar je zonder afspraak binnen kunt lopen."))
        #expect(page.body.contains("Voorbeeldstraat 1, 6811 AB Arnhem"))
        #expect(page.body.contains("<a href=\"tel:0261234567\">026 123 45 67</a>"))
        #expect(page.body.contains("Laatst gecontroleerd: oktober 2026"))
        #expect(page.body.contains("<a class=\"melding\" href=\"/aanbod/test-steunpunt-arnhem/melden\">Klopt dit niet?</a>"))
        #expect(page.body.contains("Heb je nu direct hulp nodig?"))
        #expect(!page.body.contains("Gesloten Inloop"), "inactive records never show in results")
    }

    @Test func onlineHelpHasItsOwnSection() async throws {
        let page = try await get("/?wat=eenzaam&bij=Arnhem")
        #expect(page.body.contains("<h2 id=\"online\">Online en telefonisch</h2>"))
        let online = try #require(page.body.range(of: "<h2 id=\"online\">"))
        #expect(page.body[online.upperBound...].contains("Lotgenoten Online (test)"))
        #expect(page.body.contains("online, voor heel Nederland"))
    }

    @Test func whenNothingIsNearbyThePageSaysSoAndShowsTheNearestFurtherAway() async throws {
        let page = try await get("/?wat=schulden&bij=6811&km=5")
        #expect(page.status == .ok)
        #expect(page.body.contains("Binnen 5,0 km van 6811 Arnhem vonden we niets dat past."))
        #expect(page.body.contains("<h2 id=\"verder\">Het dichtstbij, verder weg</h2>"))
        #expect(page.body.contains("Schuldhulp Wageningen (test)"))
        #expect(page.body.contains("mogelijk verouderd"), "a record checked in 2024 is marked")
    }

    @Test func resultsArePagedWithLinksThatKeepTheSearch() async throws {
        let first = try await get("/?bij=Arnhem&km=10&per_pagina=1")
        #expect(first.body.contains("Pagina 1 van 3 (3 in totaal)"))
        #expect(first.body.contains("href=\"/?bij=Arnhem&amp;km=10&amp;per_pagina=1&amp;pagina=2\""))
        let second = try await get("/?bij=Arnhem&km=10&per_pagina=1&pagina=2")
        #expect(second.body.contains("<ol class=\"hits\" start=\"2\">"))
        #expect(second.body.contains("rel=\"prev\""))
        let beyond = try await get("/?bij=Arnhem&km=10&per_pagina=1&pagina=9")
        #expect(beyond.status == .ok)
        #expect(beyond.body.contains("Op deze pagina staat niets meer."))
    }

    @Test func theFormKeepsWhatWasTypedAndPlusMeansSpace() async throws {
        let page = try await get("/?wat=ik+voel+me+eenzaam&bij=&km=25&domein=&doelgroep=&soort=")
        #expect(page.status == .ok, "empty form fields mean 'Alles', not an error")
        #expect(page.body.contains("value=\"ik voel me eenzaam\""))
        #expect(page.body.contains("<option value=\"25\" selected>"))
    }

    @Test func thePageIsInEnglishWhenChosenAndOnlyOfferedWhenTheBrowserAsks() async throws {
        let offered = try await get("/", headers: [.acceptLanguage: "en-GB,en;q=0.9,nl;q=0.5"])
        #expect(offered.body.contains("<html lang=\"nl\" dir=\"ltr\">"), "the browser's language is offered, not switched to")
        #expect(offered.body.contains("<a href=\"/?taal=en\" hreflang=\"en\">Read this page in English</a>"))
        let page = try await get("/?taal=en")
        #expect(page.body.contains("<html lang=\"en\" dir=\"ltr\">"))
        #expect(page.body.contains("Skip to content"))
        #expect(page.body.contains("What are you looking for?"))
        #expect(page.body.contains("Do you need help right now?"))
        #expect(page.body.contains("lang=\"nl\" dir=\"ltr\" hreflang=\"nl\">Nederlands</a>"))
    }

    @Test func englishResultsKeepTheLanguageInTheirLinks() async throws {
        let page = try await get("/?wat=inloop&bij=6811&taal=en")
        #expect(page.body.contains("Last checked: October 2026"))
        #expect(page.body.contains("href=\"/aanbod/test-steunpunt-arnhem?taal=en\""))
        #expect(page.body.contains(">Is this wrong?</a>"))
        #expect(page.body.contains("<input type=\"hidden\" name=\"taal\" value=\"en\">"))
    }

    @Test func thePlainTextTwinAnswersAcceptTextPlainAndFormaatTekst() async throws {
        let byHeader = try await get("/?wat=inloop&bij=6811", headers: [.accept: "text/plain"])
        let byQuery = try await get("/?wat=inloop&bij=6811&formaat=tekst")
        for page in [byHeader, byQuery] {
            #expect(page.status == .ok)
            #expect(page.headers[.contentType] == "text/plain; charset=utf-8")
            #expect(page.body.contains(". Inloop De Brug (test) [steunpunt]"))
            #expect(page.body.contains("Heb je nu direct hulp nodig?"))
            #expect(!page.body.contains("<"))
        }
        #expect(byHeader.body == byQuery.body)
        let browser = try await get("/?wat=inloop", headers: [.accept: "text/html,application/xhtml+xml,text/plain;q=0.8,*/*;q=0.5"])
        #expect(browser.headers[.contentType] == "text/html; charset=utf-8")
        let usage = try await get("/?formaat=tekst")
        #expect(usage.body.contains("curl"))
    }

    @Test(arguments: ["<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "'><svg onload=alert(1)>", "<svg class=\"qr\" onload=alert(1)>"])
    func typedTextIsEscapedAndInert(_ attack: String) async throws {
        let encoded = attack.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
        for uri in [
            "/?wat=\(encoded)", "/?wat=\(encoded)&bij=\(encoded)", "/?wat=\(encoded)&formaat=html&onbekend=\(encoded)",
            "/lijst?ids=test-steunpunt-arnhem,\(encoded)", "/lijst?ids=\(encoded)&taal=\(encoded)",
        ] {
            let page = try await get(uri)
            #expect(page.status != .internalServerError)
            #expect(!page.body.contains("<script"))
            #expect(!page.body.contains("<img"))
            // Our own pictograms and the list's QR code (libqrencode's, issue 19) are inline SVG,
            // each marked by its class and drawn by us; every other `<svg` would be the typed one.
            let svgs = page.body.components(separatedBy: "<svg").count - 1
            let pictograms = page.body.components(separatedBy: "<svg class=\"picto\" ").count - 1
            let codes = page.body.components(separatedBy: "<svg class=\"qr\" viewBox=").count - 1
            #expect(codes <= 1, "one QR code at most: the list's own")
            #expect(svgs == pictograms + codes, "an <svg> that is not one of our pictograms or the list's QR code")
        }
        let page = try await get("/?wat=\(encoded)")
        #expect(page.body.contains(HTMLEscaped(attack)))
    }

    func HTMLEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }

    @Test func recordTextIsEscapedOnEveryPage() async throws {
        for uri in ["/aanbod/test-escaping-arnhem", "/aanbod/test-escaping-arnhem/handout", "/aanbod/test-escaping-arnhem/melden", "/?bij=Arnhem&km=10"] {
            let page = try await get(uri)
            #expect(page.status == .ok, "\(uri)")
            #expect(!page.body.contains("<script"), "\(uri)")
            #expect(!page.body.contains("<b>\"Samen\"</b>"), "\(uri)")
            #expect(page.body.contains("Zorg &amp; Welzijn &lt;b&gt;&quot;Samen&quot;&lt;/b&gt;"), "\(uri)")
        }
    }

    @Test(arguments: [
        ("/?bij=99999", "bij"),
        ("/?km=-3", "km"),
        ("/?wat=hulp&pagina=1e9", "pagina"),
        ("/?wat=hulp&onbekend=1", "onbekend"),
        ("/?domein=bestaat-niet", "domein"),
        ("/?wat=%ZZ", "%ZZ"),
        ("/?wat=hulp&formaat=pdf", "formaat"),
        ("/?leeftijd=oud", "leeftijd"),
    ])
    func badValuesGetAHelpful400PageNeverA500(uri: String, mentioned: String) async throws {
        let page = try await get(uri)
        #expect(page.status == .badRequest)
        #expect(page.body.contains("Zo kunnen we niet zoeken"))
        #expect(page.body.contains("role=\"alert\""))
        #expect(page.body.contains(mentioned))
        #expect(page.body.contains("<form class=\"zoek\""), "the form is there to try again")
        #expect(page.body.contains("Heb je nu direct hulp nodig?"))
        let text = try await get(uri + "&formaat=tekst")
        #expect(text.status == .badRequest)
    }

    @Test func anOverlongQueryStringIsRefused() async throws {
        let page = try await get("/?wat=" + String(repeating: "a", count: 5000))
        #expect(page.status == .uriTooLong)
    }

    @Test(arguments: ["/", "/?wat=x&bij=99999", "/aanbod/test-steunpunt-arnhem", "/api/v1/services", "/bestaat-niet", "/stijl-3.css"])
    func everyResponseForbidsScriptsAndSniffing(uri: String) async throws {
        let page = try await get(uri)
        let policy = try #require(page.headers[.contentSecurityPolicy])
        #expect(policy.contains("script-src 'none'"))
        #expect(policy.contains("default-src 'none'"))
        #expect(page.headers[.xContentTypeOptions] == "nosniff")
    }

    @Test func theDetailPageShowsTheFullRecordAndAnUnknownIdIsA404Page() async throws {
        let page = try await get("/aanbod/test-steunpunt-arnhem")
        #expect(page.status == .ok)
        #expect(page.body.contains("<h1>Inloop De Brug (test)</h1>"))
        #expect(page.body.contains("<dt>Contact</dt><dd>Bel <a href=\"tel:0261234567\">026 123 45 67</a>"))
        #expect(page.body.contains("Een laagdrempelig steunpunt"))
        // Residents see where the facts come from and how old they are, not maintainers' notes.
        #expect(page.body.contains("Bron: website van Inloop De Brug (test) (oktober 2026)"))
        #expect(!page.body.contains("<h2>Bronnen</h2>"))
        #expect(page.body.contains("href=\"/aanbod/test-steunpunt-arnhem/handout\""))
        #expect(page.body.contains("Heb je nu direct hulp nodig?"), "psychisch welzijn: crisis routes shown")
        let inactive = try await get("/aanbod/test-gesloten-inloop")
        #expect(inactive.body.contains("Dit aanbod bestaat niet meer of is gestopt."))
        let missing = try await get("/aanbod/bestaat-niet")
        #expect(missing.status == .notFound)
        #expect(missing.body.contains("Er is geen aanbod met nummer &quot;bestaat-niet&quot;"))
        let nowhere = try await get("/nergens")
        #expect(nowhere.status == .notFound)
        #expect(nowhere.body.contains("Deze pagina bestaat niet"))
        let text = try await get("/aanbod/test-steunpunt-arnhem?formaat=tekst")
        #expect(text.body.hasPrefix("Inloop De Brug (test) [steunpunt]"))
    }

    @Test func theHandoutIsPrintableB1WithTheCrisisRoutes() async throws {
        let page = try await get("/aanbod/test-steunpunt-arnhem/handout")
        #expect(page.status == .ok)
        #expect(page.body.contains("<body class=\"handout\">"))
        #expect(page.body.contains("<h2>Hoe begin je?</h2>") || page.body.contains("<h2>Contact</h2>"))
        #expect(page.body.contains("Heb je nu direct hulp nodig?"))
        #expect(page.body.contains("http://127.0.0.1:8080/aanbod/test-steunpunt-arnhem/melden"))
        let text = try await get("/aanbod/test-steunpunt-arnhem/handout?formaat=tekst")
        #expect(text.body.hasPrefix("Inloop De Brug (test)\n====="))
    }

    @Test func thePageIsSmallNoScriptNoFontsNoOutsideAssets() async throws {
        let page = try await get("/?wat=eenzaam&bij=Arnhem&km=50")
        #expect(page.body.utf8.count < 30_000, "page weight \(page.body.utf8.count) bytes")
        #expect(!page.body.contains("<script"))
        #expect(!page.body.contains("@font-face"))
        #expect(!page.body.contains("src=\"http"))
        #expect(!page.body.contains("href=\"//"))
        let css = try await get("/stijl-3.css")
        #expect(css.headers[.contentType] == "text/css; charset=utf-8")
        #expect(css.body.contains(":focus-visible"))
        #expect(!css.body.contains("url("))
        #expect(page.body.utf8.count + css.body.utf8.count < 30_000)
    }

    @Test func theServerLogsNoQueryAndNoAddress() async throws {
        let recorder = LogRecorder()
        var dependencies = try TestIndex.dependencies()
        dependencies.logger = Logger(label: "test") { _ in recorder }
        dependencies.logger.logLevel = .info
        let app = buildApplication(ServerSettings.forTests, dependencies)
        _ = try await Self.send(app, "/?wat=ik+heb+schulden&bij=6811+AB", method: .get)
        _ = try await Self.send(app, "/aanbod/test-steunpunt-arnhem/melden", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"], body: "reden=anders&contact=jan%40example.org&tekst=geheim")
        let lines = recorder.lines
        #expect(lines.count >= 2)
        #expect(lines.contains { $0.contains("GET / 200") })
        for line in lines {
            #expect(!line.contains("schulden"))
            #expect(!line.contains("6811"))
            #expect(!line.contains("jan@example.org"))
            #expect(!line.contains("geheim"))
        }
    }
}

/// Collects log lines so a test can read what the server logged.
final class LogRecorder: LogHandler, @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    var lines: [String] { lock.withLock { stored } }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let all = metadata.merging(event.metadata ?? [:]) { $1 }
        lock.withLock { stored.append("\(event.message) \(all)") }
    }
}
