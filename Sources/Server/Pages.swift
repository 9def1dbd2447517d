import Foundation
import HTTPTypes
import Hummingbird
import KaartModel
import Presentation
import SearchIndex

/// Renders the pages residents read. Pure functions of the data they are given: routes fetch,
/// pages render, so a page can be tested and pinned without a server.
struct Pages: Sendable {
    let taxonomy: Taxonomy
    let settings: ServerSettings
    /// The regions the index in use covers (read per page: a reload may change them).
    var coverage: @Sendable () -> Coverage = { .everywhere }
    /// The professional view (`/verwijzer`): when to refer, slim verwijzen and waiting times
    /// beside each record. Never set for pages residents read.
    var forProfessionals = false

    static let distanceChoices: [Double] = [2, 5, 10, 15, 25, 50]

    func strings(_ context: AppRequestContext) -> Strings { .for(context.language) }

    func layout(_ request: Request, _ context: AppRequestContext) -> Layout {
        let path = request.uri.path
        let kept = request.method == .get ? context.query.filter { $0.name != "taal" } : []
        let links = Language.allCases.map { language in
            (language, path + "?" + FormFields.encode(kept + [("taal", language.rawValue)]))
        }
        var layout = Layout(strings: strings(context), languageLinks: links, coverage: coverage(), offeredLanguage: context.offeredLanguage, unknownLanguage: context.unknownLanguage)
        layout.keepLanguage = context.languageInQuery
        return layout
    }

    // MARK: Responses

    static func html(_ page: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(string: page)))
    }

    static func text(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func redirect(to location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location, .cacheControl: "no-store"])
    }

    // MARK: The search page

    /// The form, and the results when there was a search. `problem` is shown above the form when
    /// the search could not run (the helpful 400 page).
    func search(
        _ results: SearchResults?, fields: [(name: String, value: String)], problem: String? = nil, professionalOnly: [Entry] = [],
        request: Request, context: AppRequestContext
    ) -> String {
        let strings = strings(context)
        let web = strings.web
        let layout = layout(request, context)
        var body = "<h1>\(HTML.escape(problem == nil ? web.searchHeading : web.badRequestHeading))</h1>\n"
        if let problem {
            body += "<div class=\"fout\" role=\"alert\"><p>\(HTML.escape(problem))</p><p>\(HTML.escape(web.badRequestHelp))</p></div>\n"
        } else if results == nil {
            body += "<p>\(HTML.escape(web.searchIntro))</p>\n"
        }
        body += form(fields, hasResults: results != nil, strings: strings, layout: layout)
        var title = problem == nil ? web.searchHeading : web.badRequestHeading
        if let results {
            body += self.results(results, fields: fields, strings: strings, layout: layout)
            body += professionalOnlySection(professionalOnly, strings: strings, layout: layout)
            if !results.isEmpty { body += listForm(strings: strings, layout: layout, askOutcome: forProfessionals) }
            body += foundQuestion(results, strings: strings, layout: layout)
            title = web.resultsTitle(results.query.text)
        }
        return layout.page(title: title, body: body)
    }

    func form(_ fields: [(name: String, value: String)], hasResults: Bool, strings: Strings, layout: Layout) -> String {
        let web = strings.web
        func value(_ names: String...) -> String {
            fields.first { names.contains($0.name) }?.value ?? ""
        }
        // Once there are results, the hints are kept for screen readers but not shown, so the
        // first result reaches the first screen of a phone.
        var html = "<form class=\"zoek\(hasResults ? " met-resultaten" : "")\" method=\"get\" action=\"\(forProfessionals ? "/verwijzer" : "/")\" role=\"search\">\n"
        if layout.keepLanguage { html += "<input type=\"hidden\" name=\"taal\" value=\"\(strings.language.rawValue)\">\n" }
        html += """
            <div class="veld"><label for="wat">\(HTML.escape(web.whatLabel))</label><span class="hint" id="wat-hint">\(HTML.escape(web.whatHint))</span>
            <input type="search" id="wat" name="wat" value="\(HTML.escape(value("wat", "q", "search")))" aria-describedby="wat-hint"></div>
            <div class="rij plek"><div class="veld"><label for="bij">\(HTML.escape(web.whereLabel))</label><span class="hint" id="bij-hint">\(HTML.escape(web.whereHint))</span>
            <input type="text" id="bij" name="bij" value="\(HTML.escape(value("bij", "postcode", "plaats")))" aria-describedby="bij-hint" autocomplete="postal-code"></div>
            <div class="veld"><label for="km">\(HTML.escape(web.distanceLabel))</label>
            <select id="km" name="km">
            """
        let chosen = Double(value("km", "proximity").replacingOccurrences(of: ",", with: "."))
        var choices = Self.distanceChoices
        if let chosen, chosen > 0, chosen <= SearchQuery.maximumRadius.kilometres, !choices.contains(chosen) {
            choices = (choices + [chosen]).sorted()
        }
        let selected = chosen ?? Distance.defaultRadius.kilometres
        for km in choices {
            let number = km.rounded() == km ? String(Int(km)) : String(km)
            let label = "\(number.replacingOccurrences(of: ".", with: strings.decimalSeparator)) km"
            html += "<option value=\"\(number)\"\(km == selected ? " selected" : "")>\(HTML.escape(label))</option>"
        }
        html += "</select></div></div>\n"
        // The other choices fold away once there are results, so the results start on the first
        // screen of a phone; they stay open when one is in use. <details> needs no script.
        let filterNames = ["domein", "levensdomein", "doelgroep", "soort", "gratis", "open", "hulptaal"]
        let open = !hasResults || fields.contains { filterNames.contains($0.name) && !$0.value.isEmpty }
        html += "<details class=\"keuzes\"\(open ? " open" : "")><summary>\(HTML.escape(web.moreChoices))</summary>\n<div class=\"rij\">"
        for (facet, name, label) in [(Taxonomy.Facet.domains, "domein", web.domainLabel), (.targetGroups, "doelgroep", web.targetGroupLabel), (.supportTypes, "soort", web.supportTypeLabel)] {
            let current = value(name, facet == .domains ? "levensdomein" : name)
            html += "<div class=\"veld\"><label for=\"\(name)\">\(HTML.escape(label))</label><select id=\"\(name)\" name=\"\(name)\"><option value=\"\">\(HTML.escape(web.anyOption))</option>"
            for term in taxonomy.terms(facet) {
                let isSelected = term.code == current
                html += "<option value=\"\(HTML.escape(term.code))\"\(isSelected ? " selected" : "")>\(HTML.escape(strings.term(facet, term.code, taxonomy)))</option>"
            }
            html += "</select></div>"
        }
        let free = ["ja", "1", "on", "true", "yes"].contains(value("gratis").lowercased())
        let openChoice = value("open").lowercased()
        let practical = strings.practical
        html += """
            <div class="veld"><label for="open">\(HTML.escape(practical.openFilterLabel))</label><select id="open" name="open"><option value="">\(HTML.escape(practical.openFilterAny))</option><option value="nu"\(openChoice == "nu" ? " selected" : "")>\(HTML.escape(practical.openNow))</option><option value="vandaag"\(openChoice == "vandaag" ? " selected" : "")>\(HTML.escape(practical.openToday))</option></select></div>
            \(helpLanguageChoice(value("hulptaal").lowercased(), strings: strings))
            </div>
            <div class="veld keuze"><input type="checkbox" id="gratis" name="gratis" value="ja"\(free ? " checked" : "")><label for="gratis">\(HTML.escape(web.freeOnlyLabel))</label></div>
            </details>
            <button type="submit">\(HTML.escape(web.searchButton))</button>
            </form>

            """
        return html
    }

    /// "Hulp in mijn taal": the languages help can be given in, each named in the page's
    /// language and in itself. Records that name no language are not taken to be Dutch.
    func helpLanguageChoice(_ chosen: String, strings: Strings) -> String {
        let text = strings.languageText
        var html = "<div class=\"veld\"><label for=\"hulptaal\">\(HTML.escape(text.helpLanguageLabel))</label><select id=\"hulptaal\" name=\"hulptaal\"><option value=\"\">\(HTML.escape(text.helpLanguageAny))</option>"
        for code in HelpLanguages.codes {
            let own = Language(rawValue: code).map { Strings.for($0).languageName }
            let name = strings.helpLanguageName(code) + (own.map { $0 == strings.helpLanguageName(code) ? "" : " – \($0)" } ?? "")
            html += "<option value=\"\(code)\"\(code == chosen ? " selected" : "")>\(HTML.escape(name))</option>"
        }
        return html + "</select></div>"
    }

    func results(_ results: SearchResults, fields: [(name: String, value: String)], strings: Strings, layout: Layout) -> String {
        let web = strings.web
        let query = results.query
        let radius = query.radius.formatted(decimalSeparator: strings.decimalSeparator)
        var html = ""
        if results.outsideCoverage, let origin = results.origin {
            let regions = results.coverageNames(strings)
            html += "<p class=\"fout\" role=\"status\">\(HTML.escape(strings.practical.outsideCoverage(origin.label, regions)))</p>\n"
        }
        html += understood(results, fields: fields, strings: strings, layout: layout)
        if results.matchedAnyWord { html += "<p class=\"goed\">\(HTML.escape(strings.anyWordNotice))</p>\n" }
        if results.isEmpty {
            html += "<h2 id=\"resultaten\">\(HTML.escape(web.resultsHeading))</h2>\n<p>\(HTML.escape(strings.noResults))</p>\n"
        }
        let start = (query.page - 1) * query.perPage + 1
        if let origin = results.origin {
            html += "<section aria-labelledby=\"dichtbij\">\n<h2 id=\"dichtbij\">\(HTML.escape(strings.nearHeading(origin.label, radius)))</h2>\n"
            if results.local.isEmpty && query.page == 1 {
                html += "<p>\(HTML.escape(strings.nothingNearby(radius, origin.label)))</p>\n"
            }
            html += list(results.local, start: start, strings: strings, layout: layout)
            html += pagination(results, fields: fields, strings: strings, layout: layout)
            html += "</section>\n"
            if !results.further.isEmpty {
                html += "<section aria-labelledby=\"verder\">\n<h2 id=\"verder\">\(HTML.escape(strings.furtherHeading))</h2>\n"
                html += list(results.further, strings: strings, layout: layout) + "</section>\n"
            }
        } else if !results.local.isEmpty || query.page > 1 {
            html += "<section aria-labelledby=\"plek\">\n<h2 id=\"plek\">\(HTML.escape(strings.allHeading))</h2>\n"
            html += list(results.local, start: start, strings: strings, layout: layout)
            html += pagination(results, fields: fields, strings: strings, layout: layout)
            html += "</section>\n"
        }
        if !results.online.isEmpty {
            html += "<section aria-labelledby=\"online\">\n<h2 id=\"online\">\(HTML.escape(strings.onlineHeading))</h2>\n"
            html += list(results.online, strings: strings, layout: layout) + "</section>\n"
        }
        if !results.knowledge.isEmpty {
            html += "<section aria-labelledby=\"lezen\">\n<h2 id=\"lezen\">\(HTML.escape(strings.knowledgeHeading))</h2>\n"
            html += list(results.knowledge, strings: strings, layout: layout) + "</section>\n"
        }
        return html
    }

    /// How the words were read, in one plain line, with a link to undo each part; corrections
    /// as links ("Zoek toch op …", "Bedoelde je …?"); a request for a few words when nothing was
    /// left to search for.
    func understood(_ results: SearchResults, fields: [(name: String, value: String)], strings: Strings, layout: Layout) -> String {
        let understanding = results.understanding
        let text = UnderstoodText(results, strings: strings, taxonomy: taxonomy)
        let reading = strings.reading
        let kept = fields.filter { !["pagina", "page"].contains($0.name) }
        func link(_ changed: [(name: String, value: String)], _ label: String) -> String {
            "<a href=\"\(HTML.escape(layout.languageQuery("/?" + FormFields.encode(changed))))\">\(HTML.escape(label))</a>"
        }
        func ignoring(_ part: SearchQuery.Reading) -> [(name: String, value: String)] {
            kept + [("negeer", part.rawValue)]
        }
        func replacing(_ typed: String, with word: String) -> [(name: String, value: String)] {
            kept.map { field in
                guard ["wat", "q", "search"].contains(field.name) else { return field }
                let words = field.value.split(separator: " ").map { Gazetteer.key(String($0)) == Gazetteer.key(typed) ? word : String($0) }
                return (field.name, words.joined(separator: " "))
            }
        }
        var html = ""
        for correction in understanding.corrections {
            if correction.replaced {
                html += "<p class=\"gelezen\">\(HTML.escape(reading.insteadOf(correction.suggested, correction.typed))) \(link(ignoring(.spelling), reading.searchAsTyped(correction.typed)))</p>\n"
            } else {
                html += "<p class=\"gelezen\">\(link(replacing(correction.typed, with: correction.suggested), reading.didYouMean(correction.suggested)))</p>\n"
            }
        }
        if let place = understanding.placeSuggestion {
            html += "<p class=\"gelezen\">\(link(kept.filter { !["bij", "postcode", "plaats"].contains($0.name) } + [("bij", place)], reading.didYouMeanPlace(place)))</p>\n"
        }
        if let line = text.line {
            var undo: [String] = []
            if understanding.place != nil { undo.append(link(ignoring(.place), reading.withoutPlace)) }
            if understanding.age != nil { undo.append(link(ignoring(.age), reading.withoutAge)) }
            if !understanding.audiences.isEmpty { undo.append(link(ignoring(.audience), reading.withoutAudience)) }
            html += "<p class=\"gelezen\">\(HTML.escape(line))" + (undo.isEmpty ? "" : " (" + undo.joined(separator: ", ") + ")") + "</p>\n"
        }
        if let hint = text.hint { html += "<p class=\"goed\">\(HTML.escape(hint))</p>\n" }
        return html
    }

    func list(_ hits: [Hit], start: Int = 1, strings: Strings, layout: Layout) -> String {
        guard !hits.isEmpty else {
            return start > 1 ? "<p>\(HTML.escape(strings.web.emptyPage))</p>\n" : ""
        }
        var html = "<ol class=\"hits\"\(start > 1 ? " start=\"\(start)\"" : "")>\n"
        for hit in hits { html += item(hit, strings: strings, layout: layout) }
        return html + "</ol>\n"
    }

    /// One result: name, where, summary, contact, last checked, and "Klopt dit niet?".
    func item(_ hit: Hit, strings: Strings, layout: Layout) -> String {
        let entry = hit.entry
        let facts = EntryFacts(entry, strings: strings, taxonomy: taxonomy)
        let path = (forProfessionals ? "/verwijzer/aanbod/" : "/aanbod/") + FormFields.escape(entry.id)
        let whereText = [Self.kindLabel(facts), facts.distance(hit.distance), facts.place].compactMap { $0 }.joined(separator: " · ")
        var html = "<li class=\"hit\"><article>\n<h3\(layout.dutchAttributes)><a href=\"\(HTML.escape(layout.languageQuery(path)))\">\(HTML.escape(entry.name))</a></h3>\n"
        html += "<p class=\"waar\">\(Pictograms.kinds[entry.kind].map(Pictograms.svg) ?? "")\(HTML.escape(whereText))</p>\n"
        html += summary(facts, layout: layout, short: true)
        if entry.kind != .knowledge {
            html += "<p>\(HTML.escape(strings.contact)): \(contactLinks(entry, strings: strings))</p>\n"
        }
        if let openness = hit.openness {
            html += "<p class=\"open-\(openness.rawValue)\">\(HTML.escape(EntryFacts.openLabel(openness, strings)))</p>\n"
        }
        if forProfessionals { html += professionalFacts(entry, strings: strings, layout: layout) }
        let reportPath = "/aanbod/\(FormFields.escape(entry.id))/melden"
        html += "<p class=\"meta\">\(checked(entry, stale: hit.stale, strings: strings)) · <a class=\"melding\" href=\"\(HTML.escape(layout.languageQuery(reportPath)))\">\(HTML.escape(strings.web.reportLink))</a></p>\n"
        html += listChoice(entry, strings: strings)
        return html + "</article></li>\n"
    }

    /// The summary in the page's language: the Dutch B1 summary on a Dutch page; elsewhere a
    /// person's translation when there is one, else sentences made from the data (labelled so),
    /// with the Dutch summary beside it marked `lang="nl"`. `short` leaves out the kind and the
    /// place, which a result already shows.
    func summary(_ facts: EntryFacts, layout: Layout, short: Bool = false) -> String {
        let strings = facts.strings
        guard strings.language != .dutch else { return "<p>\(HTML.escape(facts.summary))</p>\n" }
        var html = ""
        if let translated = facts.translatedSummary {
            html += "<p class=\"uitleg\">\(HTML.escape(translated.text))</p>\n<p class=\"meta\">\(HTML.escape(strings.data.translatedBy(translated.translator, strings.dayMonthYear(translated.date))))</p>\n"
        } else {
            var lines = facts.explanation
            if short { lines = Array(lines.dropFirst()).filter { !$0.contains(facts.place) } }
            if !lines.isEmpty {
                html += "<div class=\"uitleg\"><ul>" + lines.map { "<li>\(HTML.escape($0))</li>" }.joined() + "</ul>\n<p class=\"meta\">\(HTML.escape(strings.data.madeFromData))</p></div>\n"
            }
        }
        html += "<p class=\"nl\"><span class=\"label\">\(HTML.escape(strings.data.dutchText)):</span> <span\(layout.dutchAttributes)>\(HTML.escape(facts.summary))</span></p>\n"
        return html
    }

    /// The kind, unless the place already says it ("online · online, voor heel Nederland").
    static func kindLabel(_ facts: EntryFacts) -> String? {
        facts.place.lowercased().hasPrefix(facts.kind.lowercased()) ? nil : facts.kind
    }

    func checked(_ entry: Entry, stale: Bool, strings: Strings) -> String {
        let date = entry.assuredDate.map(strings.monthYear) ?? strings.practical.dateUnknown
        var html = "\(HTML.escape(strings.lastChecked)): \(HTML.escape(date))"
        if stale { html += " <span class=\"oud\">(\(HTML.escape(strings.possiblyOutdated)))</span>" }
        return html
    }

    func contactLinks(_ entry: Entry, strings: Strings) -> String {
        let facts = EntryFacts(entry, strings: strings, taxonomy: taxonomy)
        let parts = facts.routes.map { routeLink($0, facts) }
        return parts.isEmpty ? HTML.escape(strings.noContact) : parts.joined(separator: " · ")
    }

    /// A contact route as a link: `tel:` for phones, `mailto:` for e-mail, the page for chat and
    /// website, each named so a screen reader says what it is.
    func routeLink(_ route: EntryFacts.Route, _ facts: EntryFacts) -> String {
        let label = HTML.escape(facts.label(route.kind))
        switch route.kind {
        case .phone:
            return "\(label) <a href=\"\(HTML.escape(HTML.telephoneTarget(route.value)))\">\(HTML.escape(route.value))</a>"
        case .email:
            return "\(label) <a href=\"mailto:\(HTML.escape(route.value))\">\(HTML.escape(route.value))</a>"
        case .chat, .website:
            return "\(label) " + webLink(route.value)
        }
    }

    func webLink(_ url: String, text: String? = nil) -> String {
        guard HTML.isWebAddress(url) else { return HTML.escape(text ?? url) }
        return "<a href=\"\(HTML.escape(url))\" rel=\"noopener noreferrer\">\(HTML.escape(text ?? url))</a>"
    }

    func pagination(_ results: SearchResults, fields: [(name: String, value: String)], strings: Strings, layout: Layout) -> String {
        let query = results.query
        guard results.pageCount > 1 || query.page > 1 else { return "" }
        let kept = fields.filter { !["pagina", "page"].contains($0.name) }
        func link(_ page: Int) -> String { layout.languageQuery("/?" + FormFields.encode(kept + [("pagina", String(page))])) }
        var html = "<nav class=\"paginas\" aria-label=\"\(HTML.escape(strings.web.pagesLabel))\"><p>\(HTML.escape(strings.page(min(query.page, results.pageCount), results.pageCount, results.localTotal)))</p><ul>"
        if query.page > 1 {
            html += "<li><a rel=\"prev\" href=\"\(HTML.escape(link(min(query.page - 1, results.pageCount))))\">\(HTML.escape(strings.web.previousPage))</a></li>"
        }
        if query.page < results.pageCount {
            html += "<li><a rel=\"next\" href=\"\(HTML.escape(link(query.page + 1)))\">\(HTML.escape(strings.web.nextPage))</a></li>"
        }
        return html + "</ul></nav>\n"
    }

    // MARK: One record

    /// What residents may know about one record, with the web pages and plans its facts rest on
    /// (maintainers' notes stay in `kaart toon --bronnen`). `moment` decides "nu open".
    func entry(_ entry: Entry, moment: Moment? = nil, request: Request, context: AppRequestContext) -> String {
        let strings = strings(context)
        let web = strings.web
        let layout = layout(request, context)
        let facts = EntryFacts(entry, strings: strings, taxonomy: taxonomy)
        let path = "/aanbod/\(FormFields.escape(entry.id))"
        let whereText = [Self.kindLabel(facts), facts.place].compactMap { $0 }.joined(separator: " · ")
        let dutch = layout.dutchAttributes
        var body = "<h1\(dutch)>\(HTML.escape(entry.name))</h1>\n<p class=\"waar\">\(Pictograms.kinds[entry.kind].map(Pictograms.svg) ?? "")\(HTML.escape(whereText))</p>\n"
        if entry.status == .active { body += actions(entry, facts: facts, layout: layout) }
        if entry.status == .inactive { body += "<p class=\"fout\">\(HTML.escape(strings.inactive))</p>\n" }
        let sourceNote = facts.sourceNote
        if entry.status == .inactive, entry.sourceUpdate?.goneSince != nil, let sourceNote {
            body += "<p class=\"fout\">\(HTML.escape(sourceNote))</p>\n"
        }
        if entry.status == .planned {
            let expected = entry.expectedStart.map { " " + strings.practical.expectedFrom(strings.monthYear($0)) } ?? ""
            body += "<p class=\"fout\">\(HTML.escape(strings.practical.notYetAvailable + expected))</p>\n"
        }
        body += summary(facts, layout: layout)
        if entry.status == .active, let open = facts.openness(at: moment) { body += "<p class=\"open\">\(HTML.escape(open))</p>\n" }
        body += "<dl>\n"
        func add(_ field: String, _ valueHTML: String?) {
            guard let valueHTML, !valueHTML.isEmpty else { return }
            body += "<dt>\(HTML.escape(strings.label(field)))</dt><dd>\(valueHTML)</dd>\n"
        }
        func text(_ value: String?) -> String? { value.map(HTML.escape) }
        /// What a record's own free text says, in Dutch.
        func dutchText(_ value: String?) -> String? { value.map { dutch.isEmpty ? HTML.escape($0) : "<span\(dutch)>\(HTML.escape($0))</span>" } }
        let routes = facts.routes.map { route in routeLink(route, facts) + (route.description.map { " – \(HTML.escape($0))" } ?? "") }
        add("contact", routes.isEmpty ? HTML.escape(strings.noContact) : routes.joined(separator: "<br>"))
        add("organization", entry.organization.map { organization in
            "<span\(dutch)>" + (organization.url.map { webLink($0, text: organization.name) } ?? HTML.escape(organization.name)) + "</span>"
        })
        let hours = [text(EntryFacts.describe(entry.schedules, strings)), dutchText(entry.schedule)].compactMap { $0 }
        add("schedule", hours.isEmpty ? nil : hours.joined(separator: ". "))
        add("cost", entry.feesDescription != nil ? dutchText(facts.cost) : text(facts.cost))
        add("application_process", dutchText(entry.applicationProcess))
        add("target_groups", text(facts.labels(.targetGroups, entry.targetGroups)))
        add("ages", text(facts.ages))
        add("domains", text(facts.labels(.domains, entry.domains)))
        add("support_types", entry.supportTypes.isEmpty ? nil : "<ul class=\"soorten\">" + entry.supportTypes.map { code in
            "<li>" + Pictograms.labelled(Pictograms.supportTypes[code], strings.term(.supportTypes, code, taxonomy)) + "</li>"
        }.joined() + "</ul>")
        add("access", text(entry.access.map { strings.term(.access, $0, taxonomy) }))
        add("line", text(entry.line.map { strings.term(.lines, $0, taxonomy) }))
        add("sector", text(entry.sector.map { strings.term(.sectors, $0, taxonomy) }))
        add("languages", text(facts.helpLanguages))
        add("accessibility", dutchText(entry.accessibility))
        body += "</dl>\n<h2>\(HTML.escape(strings.label("description")))</h2>\n\(dutchBlock(HTML.paragraphs(entry.description), layout))\n"
        if forProfessionals {
            let professional = professionalFacts(entry, strings: strings, layout: layout)
            if !professional.isEmpty { body += "<h2>\(HTML.escape(strings.referrer.heading))</h2>\n" + professional }
        }
        if let sources = facts.residentSources { body += "<p class=\"meta\">\(HTML.escape(sources))</p>\n" }
        body += "<p class=\"meta\">\(checked(entry, stale: false, strings: strings)) · \(HTML.escape(strings.label("id"))): \(HTML.escape(entry.id))</p>\n"
        if entry.status == .active, let sourceNote { body += "<p class=\"meta\">\(HTML.escape(sourceNote))</p>\n" }
        body += "<ul class=\"noprint\"><li><a href=\"\(HTML.escape(layout.languageQuery(path + "/handout")))\">\(HTML.escape(web.handoutLink))</a></li>"
        body += "<li><a href=\"\(HTML.escape(layout.languageQuery(path + "/melden")))\">\(HTML.escape(web.reportLink))</a></li>"
        body += "<li><a href=\"\(HTML.escape(layout.languageQuery("/")))\">\(HTML.escape(web.backToSearch))</a></li></ul>\n"
        return layout.page(title: entry.name, body: body)
    }

    /// Large links for what a resident does next, each only when the record holds the fact:
    /// call the first number, open the website, a route to an exact address, print the handout.
    func actions(_ entry: Entry, facts: EntryFacts, layout: Layout) -> String {
        let strings = facts.strings
        func action(_ icon: String, _ href: String, _ label: String, _ detail: String? = nil, external: Bool = false) -> String {
            let extra = detail.map { " <bdi dir=\"ltr\">\(HTML.escape($0))</bdi>" } ?? ""
            return "<li><a class=\"actie\" href=\"\(HTML.escape(href))\"\(external ? " rel=\"noopener noreferrer\"" : "")>\(Pictograms.svg(Pictograms.actions[icon]!))<span>\(HTML.escape(label))</span>\(extra)</a></li>"
        }
        var items: [String] = []
        if let phone = entry.phones.first {
            items.append(action("bel", HTML.telephoneTarget(phone.number), strings.practical.phone, phone.number))
        }
        if let url = entry.url ?? entry.organization?.url, HTML.isWebAddress(url) {
            items.append(action("website", url, strings.practical.website, external: true))
        }
        if entry.locationType == .physical, entry.locationPrecision == .address, let street = entry.address?.address1 {
            let town = [entry.address?.postalCode, entry.address?.city ?? entry.municipality].compactMap { $0 }.joined(separator: " ")
            let destination = [street, town].filter { !$0.isEmpty }.joined(separator: ", ")
            items.append(action("route", "https://www.openstreetmap.org/directions?" + FormFields.encode([("to", destination)]), strings.web.routeAction, external: true))
        }
        items.append(action("print", layout.languageQuery("/aanbod/\(FormFields.escape(entry.id))/handout"), strings.web.printAction))
        return "<ul class=\"acties noprint\" aria-label=\"\(HTML.escape(strings.web.actionsLabel))\">" + items.joined() + "</ul>\n"
    }

    /// Paragraphs of a record's Dutch free text, marked as Dutch on a page in another language.
    func dutchBlock(_ html: String, _ layout: Layout) -> String {
        layout.dutchAttributes.isEmpty ? html : "<div\(layout.dutchAttributes)>\n\(html)\n</div>"
    }

    /// A printable B1 handout: the questions B1 writers answer, only with what the record knows.
    func handout(_ entry: Entry, request: Request, context: AppRequestContext) -> String {
        let strings = strings(context)
        let layout = layout(request, context)
        let facts = EntryFacts(entry, strings: strings, taxonomy: taxonomy)
        var body = "<p class=\"noprint goed\">\(HTML.escape(strings.web.printHint))</p>\n<h1\(layout.dutchAttributes)>\(HTML.escape(entry.name))</h1>\n"
        body += summary(facts, layout: layout)
        for section in facts.handoutSections {
            let text = section.isDutch ? "<span\(layout.dutchAttributes)>\(HTML.escape(section.text))</span>" : HTML.escape(section.text)
            body += "<h2>\(HTML.escape(section.heading))</h2>\n<p>\(text)</p>\n"
        }
        body += layout.crisisRoutes()
        let reportURL = settings.baseURL + "/aanbod/\(FormFields.escape(entry.id))/melden"
        body += "<p class=\"meta\">\(HTML.escape(strings.web.handoutFooter(reportURL)))<br>\(checked(entry, stale: false, strings: strings))</p>\n"
        return layout.page(title: entry.name, body: body, crisis: false, bodyClass: "handout")
    }

    // MARK: Providers' confirmation links

    /// The record as residents see it, with "Ja, dit klopt nog" and a short form for what is
    /// wrong. Posted back to the same link.
    func confirmation(
        _ entry: Entry, moment: Moment?, values: [(name: String, value: String)] = [], problem: String? = nil,
        request: Request, context: AppRequestContext
    ) -> String {
        let strings = strings(context)
        let text = strings.confirmation
        let layout = layout(request, context)
        let facts = EntryFacts(entry, strings: strings, taxonomy: taxonomy)
        func value(_ name: String) -> String { values.first { $0.name == name }?.value ?? "" }
        let action = HTML.escape(layout.languageQuery(request.uri.path))
        var body = "<h1>\(HTML.escape(text.heading(entry.name)))</h1>\n<p>\(HTML.escape(text.intro))</p>\n"
        if let problem { body += "<div class=\"fout\" role=\"alert\" id=\"fout\"><p>\(HTML.escape(problem))</p></div>\n" }
        body += "<section class=\"voorbeeld\"><h2>\(HTML.escape(entry.name))</h2>\n<p class=\"waar\">\(HTML.escape(facts.place))</p>\n<p>\(HTML.escape(facts.summary))</p>\n<dl>\n"
        let routes = facts.routes.map { routeLink($0, facts) + ($0.description.map { " – \(HTML.escape($0))" } ?? "") }
        body += "<dt>\(HTML.escape(strings.label("contact")))</dt><dd>\(routes.isEmpty ? HTML.escape(strings.noContact) : routes.joined(separator: "<br>"))</dd>\n"
        if let hours = facts.hours { body += "<dt>\(HTML.escape(strings.label("schedule")))</dt><dd>\(HTML.escape(hours))</dd>\n" }
        if let cost = facts.cost { body += "<dt>\(HTML.escape(strings.label("cost")))</dt><dd>\(HTML.escape(cost))</dd>\n" }
        body += "</dl>\n<p class=\"meta\">\(checked(entry, stale: false, strings: strings))</p></section>\n"
        body += "<form method=\"post\" action=\"\(action)\"><input type=\"hidden\" name=\"keuze\" value=\"klopt\"><button type=\"submit\">\(HTML.escape(text.rightButton))</button></form>\n"
        body += "<form method=\"post\" action=\"\(action)\"><input type=\"hidden\" name=\"keuze\" value=\"klopt-niet\">\n<fieldset class=\"veld\"><legend>\(HTML.escape(text.wrongLegend))</legend>\n"
        body += "<div class=\"veld\"><label for=\"veld\">\(HTML.escape(text.fieldLabel))</label><select id=\"veld\" name=\"veld\">"
        for (code, label) in text.fields {
            body += "<option value=\"\(code)\"\(value("veld") == code ? " selected" : "")>\(HTML.escape(label))</option>"
        }
        body += """
            </select></div>
            <div class="veld"><label for="juist">\(HTML.escape(text.correctLabel))</label><span class="hint" id="juist-hint">\(HTML.escape(text.correctHint))</span>
            <textarea id="juist" name="juist" rows="4" maxlength="\(ReportDraft.maximumTextLength - 40)" aria-describedby="juist-hint">\(HTML.escape(value("juist")))</textarea></div>
            <div class="veld"><label for="contact">\(HTML.escape(text.contactLabel))</label>
            <input type="text" id="contact" name="contact" maxlength="\(ReportDraft.maximumContactLength)" value="\(HTML.escape(value("contact")))" autocomplete="email"></div>
            </fieldset>
            <button type="submit">\(HTML.escape(text.wrongButton))</button>
            </form>

            """
        return layout.page(title: text.heading(entry.name), body: body)
    }

    func confirmationThanks(_ entry: Entry, message: String, request: Request, context: AppRequestContext) -> String {
        let strings = strings(context)
        let layout = layout(request, context)
        let body = "<h1>\(HTML.escape(strings.confirmation.thanksHeading))</h1>\n<p class=\"goed\" role=\"status\">\(HTML.escape(message))</p>\n"
        return layout.page(title: strings.confirmation.thanksHeading, body: body)
    }

    // MARK: Reporting

    /// The report form, filled in again with what was sent when something was wrong with it.
    func reportForm(_ entry: Entry, values: [(name: String, value: String)] = [], problem: String? = nil, request: Request, context: AppRequestContext) -> String {
        let strings = strings(context)
        let web = strings.web
        let layout = layout(request, context)
        func value(_ name: String) -> String { values.first { $0.name == name }?.value ?? "" }
        let path = "/aanbod/\(FormFields.escape(entry.id))"
        var body = "<h1>\(HTML.escape(web.reportHeading(entry.name)))</h1>\n<p>\(HTML.escape(web.reportIntro))</p>\n"
        body += "<p class=\"zorg\">\(HTML.escape(strings.safety.reportFormCrisisNote))</p>\n"
        if let problem { body += "<div class=\"fout\" role=\"alert\" id=\"fout\"><p>\(HTML.escape(problem))</p></div>\n" }
        body += "<form method=\"post\" action=\"\(HTML.escape(layout.languageQuery(path + "/melden")))\">\n"
        body += "<fieldset class=\"veld\"><legend>\(HTML.escape(web.reasonLegend))</legend>\n"
        let chosen = ReportReason(typed: value("reden"))
        for reason in ReportReason.allCases {
            let id = "reden-\(reason.rawValue)"
            body += "<div class=\"keuze\"><input type=\"radio\" id=\"\(id)\" name=\"reden\" value=\"\(reason.rawValue)\" required\(reason == chosen ? " checked" : "")><label for=\"\(id)\">\(HTML.escape(strings.reasonLabel(reason)))</label></div>\n"
        }
        body += """
            </fieldset>
            <div class="veld"><label for="tekst">\(HTML.escape(web.reportTextLabel))</label><span class="hint" id="tekst-hint">\(HTML.escape(web.reportTextHint(ReportDraft.maximumTextLength)))</span>
            <textarea id="tekst" name="tekst" rows="5" maxlength="\(ReportDraft.maximumTextLength)" aria-describedby="tekst-hint">\(HTML.escape(value("tekst")))</textarea></div>
            <div class="veld"><label for="contact">\(HTML.escape(web.reportContactLabel))</label><span class="hint" id="contact-hint">\(HTML.escape(web.reportContactHint))</span>
            <input type="text" id="contact" name="contact" maxlength="\(ReportDraft.maximumContactLength)" value="\(HTML.escape(value("contact")))" aria-describedby="contact-hint" autocomplete="email"></div>
            <div class="hp" aria-hidden="true"><label for="website">\(HTML.escape(web.honeypotLabel))</label><input type="text" id="website" name="website" tabindex="-1" autocomplete="off"></div>
            <button type="submit">\(HTML.escape(web.sendReport))</button>
            </form>
            <p><a href="\(HTML.escape(layout.languageQuery(path)))">\(HTML.escape(entry.name))</a></p>

            """
        // The crisis routes on every report page: someone may write to us who needs help now.
        return layout.page(title: web.reportHeading(entry.name), body: body)
    }

    /// The thank-you page. When the report's text spoke of a crisis, the crisis routes come
    /// first, in plain words; when personal data was left out of it, the sender is told.
    func thanks(_ entry: Entry, crisisFirst: Bool = false, removed: [PersonalDataKind] = [], request: Request, context: AppRequestContext) -> String {
        let strings = strings(context)
        let web = strings.web
        let safety = strings.safety
        let layout = layout(request, context)
        let path = "/aanbod/\(FormFields.escape(entry.id))"
        var body = ""
        if crisisFirst {
            body += "<div class=\"crisis-eerst\" role=\"alert\"><p>\(HTML.escape(safety.crisisFirst))</p>\n\(layout.crisisRoutes())<p>\(HTML.escape(safety.crisisReportStored))</p></div>\n"
        }
        body += "<h1>\(HTML.escape(web.thanksHeading))</h1>\n<p class=\"goed\" role=\"status\">\(HTML.escape(web.thanksBody))</p>\n"
        if !removed.isEmpty { body += "<p class=\"let-op\">\(HTML.escape(safety.removedPersonalData(removed)))</p>\n" }
        body += """
            <ul><li><a href="\(HTML.escape(layout.languageQuery(path)))">\(HTML.escape(entry.name))</a></li>
            <li><a href="\(HTML.escape(layout.languageQuery("/")))">\(HTML.escape(web.backToSearch))</a></li></ul>

            """
        return layout.page(title: web.thanksHeading, body: body, crisis: !crisisFirst)
    }

    // MARK: Errors

    /// An error as the request wants it: JSON for the API, text for the text twin, else a page
    /// that says what went wrong and how to go on (for a bad search: the form again).
    func error(_ error: WebError, request: Request, context: AppRequestContext) throws -> Response {
        let strings = strings(context)
        var response: Response
        if context.isAPI {
            response = try JSONResponses.error(error, strings: strings, fields: context.query)
        } else if context.wantsText {
            response = Self.text(error.message(strings) + "\n\n" + TextRenderer(strings: strings, taxonomy: taxonomy).forTheWeb.crisis() + "\n", status: error.status)
        } else {
            let page: String
            if case .badQuery = error, request.uri.path == "/" {
                let fields = context.query.filter { !SearchRequest.presentationParameters.contains($0.name) }
                page = search(nil, fields: fields, problem: error.message(strings), request: request, context: context)
            } else {
                let layout = layout(request, context)
                let body = """
                    <h1>\(HTML.escape(error.heading(strings)))</h1>
                    <div class="fout" role="alert"><p>\(HTML.escape(error.message(strings)))</p></div>
                    <p><a href="\(HTML.escape(layout.languageQuery("/")))">\(HTML.escape(strings.web.backToSearch))</a></p>

                    """
                page = layout.page(title: error.heading(strings), body: body)
            }
            response = Self.html(page, status: error.status)
        }
        if error.status == .tooManyRequests { response.headers[.retryAfter] = String(Int(settings.reportWindow)) }
        // The store is down for a moment (a lost database connection, a full disk): try again soon.
        if case .reportNotSaved = error { response.headers[.retryAfter] = String(ServerSettings.reportRetrySeconds) }
        return response
    }
}
