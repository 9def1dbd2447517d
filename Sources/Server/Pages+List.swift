import Foundation
import Hummingbird
import KaartModel
import Presentation
import SearchIndex

/// The list handout (issue 19): "zet op mijn lijstje" beside each result, the one B1 page of
/// `/lijst?ids=…` with its QR code, and the anonymous "is het gelukt?" question; and what
/// professionals see beside what residents see.
extension Pages {
    /// The choice beside a result: a checkbox that belongs to the list form under the results
    /// (the `form` attribute, so no script is needed).
    func listChoice(_ entry: Entry, strings: Strings) -> String {
        let id = HTML.escape(entry.id)
        return "<p class=\"lijstje noprint\"><input type=\"checkbox\" id=\"lijst-\(id)\" name=\"ids\" value=\"\(id)\" form=\"lijstje\"><label for=\"lijst-\(id)\">\(HTML.escape(strings.list.addToList))</label></p>\n"
    }

    /// The form the choices belong to: it opens `/lijst` with the ticked ids. A professional's
    /// list also asks "is het gelukt?" per offer.
    func listForm(strings: Strings, layout: Layout, askOutcome: Bool) -> String {
        var html = "<form id=\"lijstje\" class=\"lijstje noprint\" method=\"get\" action=\"/lijst\">\n"
        if layout.keepLanguage { html += "<input type=\"hidden\" name=\"taal\" value=\"\(strings.language.rawValue)\">\n" }
        if askOutcome {
            html += "<p class=\"keuze\"><input type=\"checkbox\" id=\"gelukt\" name=\"gelukt\" value=\"ja\" checked><label for=\"gelukt\">\(HTML.escape(strings.referrer.feedbackOption))</label></p>\n"
        }
        html += "<p>\(HTML.escape(strings.list.listHint))</p>\n<button type=\"submit\">\(HTML.escape(strings.list.makeList))</button>\n</form>\n"
        return html
    }

    /// What only professionals see of a record, as a definition list; empty when it has none.
    func professionalFacts(_ entry: Entry, strings: Strings, layout: Layout) -> String {
        let text = strings.referrer
        var rows: [String] = []
        if let refer = entry.whenToRefer {
            rows.append("<dt>\(HTML.escape(text.whenToRefer))</dt><dd\(layout.dutchAttributes)>\(HTML.escape(refer))</dd>")
        }
        if let link = entry.slimverwijzen {
            rows.append("<dt>\(HTML.escape(text.slimverwijzen))</dt><dd>\(webLink(link))</dd>")
        }
        for time in entry.waitingTimes ?? [] {
            rows.append("<dt>\(HTML.escape(text.waitingTimes))</dt><dd>\(HTML.escape(text.waitingTime(time.value, strings.dayMonthYear(time.date), time.source.citation)))</dd>")
        }
        guard !rows.isEmpty else { return "" }
        return "<dl class=\"verwijzer\" aria-label=\"\(HTML.escape(text.heading))\">" + rows.joined() + "</dl>\n"
    }

    /// Records only professionals may use that fit the search, after the results.
    func professionalOnlySection(_ entries: [Entry], strings: Strings, layout: Layout) -> String {
        guard !entries.isEmpty else { return "" }
        var html = "<section aria-labelledby=\"verwijzers\">\n<h2 id=\"verwijzers\">\(HTML.escape(strings.referrer.professionalOnlyHeading))</h2>\n<ol class=\"hits\">\n"
        for entry in entries {
            let facts = EntryFacts(entry, strings: strings, taxonomy: taxonomy)
            let path = "/verwijzer/aanbod/\(FormFields.escape(entry.id))"
            html += "<li class=\"hit\"><article>\n<h3\(layout.dutchAttributes)><a href=\"\(HTML.escape(layout.languageQuery(path)))\">\(HTML.escape(entry.name))</a></h3>\n"
            html += "<p class=\"waar\">\(HTML.escape(facts.kind)) · \(HTML.escape(facts.place))</p>\n"
            html += summary(facts, layout: layout, short: true)
            html += "<p>\(HTML.escape(strings.contact)): \(contactLinks(entry, strings: strings))</p>\n"
            html += professionalFacts(entry, strings: strings, layout: layout)
            html += "</article></li>\n"
        }
        return html + "</ol>\n</section>\n"
    }

    /// The list handout: per offer what it is, how to reach it (only what the record knows,
    /// saying so where it knows nothing), what to bring or say; then the crisis routes and a
    /// QR code that opens this same list. Printable (the handout print style).
    func listHandout(_ list: HandoutList, askOutcome: Bool, request: Request, context: AppRequestContext) -> String {
        let strings = strings(context)
        let text = strings.list
        let layout = layout(request, context)
        var body = "<p class=\"noprint goed\">\(HTML.escape(strings.web.printHint))</p>\n<h1>\(HTML.escape(text.title))</h1>\n<p>\(HTML.escape(text.intro))</p>\n"
        for notice in list.notices(text) { body += "<p class=\"fout\" role=\"status\">\(HTML.escape(notice))</p>\n" }
        if list.items.isEmpty { body += "<p>\(HTML.escape(text.empty))</p>\n" }
        let dutch = layout.dutchAttributes
        func dutchText(_ value: String, _ isDutch: Bool) -> String { isDutch && !dutch.isEmpty ? "<span\(dutch)>\(HTML.escape(value))</span>" : HTML.escape(value) }
        body += "<ol class=\"lijst\">\n"
        for item in list.items {
            switch item {
            case .unavailable(let id):
                body += "<li class=\"onbeschikbaar\"><h2>\(HTML.escape(id)): \(HTML.escape(text.unavailable))</h2>\n<p>\(HTML.escape(text.unavailableNote))</p></li>\n"
            case .offer(let entry):
                let facts = EntryFacts(entry, strings: strings, taxonomy: taxonomy)
                body += "<li><h2\(dutch)>\(HTML.escape(entry.name))</h2>\n"
                body += "<h3>\(HTML.escape(text.whatItIs))</h3>\n" + summary(facts, layout: layout)
                body += "<h3>\(HTML.escape(text.howToReach))</h3>\n<dl>"
                body += "<dt>\(HTML.escape(text.contactLabel))</dt><dd>\(contactLinks(entry, strings: strings))</dd>"
                body += "<dt>\(HTML.escape(text.whereLabel))</dt><dd>\(HTML.escape(facts.place))</dd>"
                body += "<dt>\(HTML.escape(text.whenLabel))</dt><dd>\(dutchText(facts.hours ?? text.hoursUnknown, facts.hours != nil && entry.schedules.isEmpty))</dd></dl>\n"
                body += "<h3>\(HTML.escape(text.bringOrSay))</h3>\n<p>\(dutchText(entry.applicationProcess ?? text.bringOrSayUnknown, entry.applicationProcess != nil))</p>\n"
                if askOutcome {
                    let address = settings.baseURL + HandoutList.outcomePath(id: entry.id, language: strings.language)
                    body += "<p class=\"gelukt\">\(HTML.escape(text.outcomeLink(address)))</p>\n"
                }
                body += "</li>\n"
            }
        }
        body += "</ol>\n"
        body += layout.crisisRoutes()
        let address = settings.baseURL + list.path(language: strings.language, askOutcome: askOutcome)
        if !list.ids.isEmpty, let code = QRCode(address) {
            body += "<figure class=\"qr\">\(code.svg(label: HTML.escape(text.qrLabel)))<figcaption>\(HTML.escape(text.qrCaption(address)))</figcaption></figure>\n"
        }
        return layout.page(title: text.title, body: body, crisis: false, bodyClass: "handout")
    }

    /// "Is het gelukt?" for one record: two buttons, nothing else to fill in.
    func outcomeForm(_ entry: Entry, request: Request, context: AppRequestContext) -> String {
        let strings = strings(context)
        let text = strings.list
        let layout = layout(request, context)
        let action = layout.languageQuery("/gelukt/\(FormFields.escape(entry.id))")
        let body = """
            <h1>\(HTML.escape(text.outcomeHeading))</h1>
            <form class="gevonden" method="post" action="\(HTML.escape(action))">
            <fieldset><legend>\(HTML.escape(text.outcomeQuestion(entry.name)))</legend>
            <button type="submit" name="antwoord" value="ja">\(HTML.escape(text.outcomeYes))</button>
            <button type="submit" name="antwoord" value="nee">\(HTML.escape(text.outcomeNo))</button>
            </fieldset>
            </form>
            <p class="meta">\(HTML.escape(text.outcomePrivacy))</p>

            """
        return layout.page(title: text.outcomeHeading, body: body)
    }

    func outcomeThanks(request: Request, context: AppRequestContext) -> String {
        let strings = strings(context)
        let layout = layout(request, context)
        let body = "<h1>\(HTML.escape(strings.list.outcomeHeading))</h1>\n<p class=\"goed\" role=\"status\">\(HTML.escape(strings.list.outcomeThanks))</p>\n<p class=\"meta\">\(HTML.escape(strings.list.outcomePrivacy))</p>\n<p><a href=\"\(HTML.escape(layout.languageQuery("/")))\">\(HTML.escape(strings.web.backToSearch))</a></p>\n"
        return layout.page(title: strings.list.outcomeHeading, body: body)
    }
}
