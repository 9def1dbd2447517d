import Feedback
import Foundation
import Hummingbird
import KaartModel
import Presentation
import SearchIndex

/// "Vond je wat je zocht?" under the results (a plain form: no script, no cookie) and the
/// privacy page, written from the settings the server runs with.
extension Pages {
    /// Two buttons that POST to `/gevonden` with only the gemeente of the searched place and the
    /// levensdomein searched for: never the words, the postcode or the page.
    func foundQuestion(_ results: SearchResults, strings: Strings, layout: Layout) -> String {
        let text = strings.useAndPrivacy
        var html = "<form class=\"gevonden\" method=\"post\" action=\"/gevonden\">\n"
        if layout.keepLanguage { html += "<input type=\"hidden\" name=\"taal\" value=\"\(strings.language.rawValue)\">\n" }
        if let municipality = results.origin?.municipality ?? results.query.municipalities.first {
            html += "<input type=\"hidden\" name=\"gemeente\" value=\"\(HTML.escape(municipality))\">\n"
        }
        if let domain = results.query.domains.first {
            html += "<input type=\"hidden\" name=\"domein\" value=\"\(HTML.escape(domain))\">\n"
        }
        html += """
            <fieldset><legend>\(HTML.escape(text.foundQuestion))</legend>
            <button type="submit" name="antwoord" value="ja">\(HTML.escape(text.foundYes))</button>
            <button type="submit" name="antwoord" value="nee">\(HTML.escape(text.foundNo))</button>
            </fieldset>
            </form>

            """
        return html
    }

    func foundThanks(request: Request, context: AppRequestContext) -> String {
        let text = strings(context).useAndPrivacy
        let layout = layout(request, context)
        let body = """
            <h1>\(HTML.escape(text.foundThanksHeading))</h1>
            <p class="goed" role="status">\(HTML.escape(text.foundThanks))</p>
            <p><a href="\(HTML.escape(layout.languageQuery("/")))">\(HTML.escape(strings(context).web.backToSearch))</a></p>

            """
        return layout.page(title: text.foundThanksHeading, body: body)
    }

    /// What is stored, why, for how long, who sees it and what never: every number from `policy`
    /// and `settings`, the ones the code runs with.
    func privacy(policy: UsagePolicy, request: Request, context: AppRequestContext) -> String {
        let text = strings(context).useAndPrivacy
        let layout = layout(request, context)
        var body = "<h1>\(HTML.escape(text.privacyHeading))</h1>\n<p>\(HTML.escape(text.privacyIntro))</p>\n"
        body += "<h2>\(HTML.escape(text.storedHeading))</h2>\n<ul>\n"
        body += "<li>\(HTML.escape(text.reportsStored(policy.contactDays)))</li>\n"
        body += "<li>\(HTML.escape(text.usageStored(policy.retentionDays, UsagePolicy.minimumSharedGap)))</li>\n"
        body += "<li>\(HTML.escape(text.foundStored))</li>\n"
        // "Is het gelukt?" on a professional's list handout (issue 19): counts only.
        let list = strings(context).list
        body += "<li>\(HTML.escape(list.outcomeHeading + " " + list.outcomePrivacy))</li>\n</ul>\n"
        body += "<p>\(HTML.escape(text.rateLimit(settings.reportsPerClient, Int(settings.reportWindow / 60))))</p>\n"
        body += "<h2>\(HTML.escape(text.whyHeading))</h2>\n<p>\(HTML.escape(text.why))</p>\n"
        body += "<h2>\(HTML.escape(text.whoHeading))</h2>\n<p>\(HTML.escape(text.who))</p>\n"
        body += "<h2>\(HTML.escape(text.neverHeading))</h2>\n<ul>\n"
        for item in text.never { body += "<li>\(HTML.escape(item))</li>\n" }
        body += "</ul>\n<p>\(HTML.escape(text.crisisNote))</p>\n"
        return layout.page(title: text.privacyHeading, body: body)
    }
}
