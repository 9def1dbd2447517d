import Advice
import Foundation
import Hummingbird
import KaartModel
import Presentation
import SearchIndex

extension Pages {
    /// `/advies`: the form (situation, place, age), and the plan below it when there is one.
    /// Crisis words put the crisis routes first. No script; the form posts to the same page.
    func advice(
        _ advice: Advice?, fields: [(name: String, value: String)], problem: String? = nil, wording: AdviceWording,
        request: Request, context: AppRequestContext
    ) -> String {
        let strings = wording.strings
        let text = strings.advice
        let layout = layout(request, context)
        var body = ""
        let crisisFirst = advice?.crisis ?? false
        if crisisFirst {
            body += "<div class=\"crisis-eerst\" role=\"alert\"><p>\(HTML.escape(text.crisisFirst))</p>\n\(layout.crisisRoutes())</div>\n"
        }
        body += "<h1>\(HTML.escape(text.heading))</h1>\n"
        if let problem {
            body += "<div class=\"fout\" role=\"alert\"><p>\(HTML.escape(problem))</p></div>\n"
        } else if advice == nil {
            body += "<p>\(HTML.escape(text.intro))</p>\n"
        }
        body += adviceForm(fields, strings: strings, layout: layout)
        if let advice { body += plan(advice, wording: wording, layout: layout) }
        body += "<p><a href=\"\(HTML.escape(layout.languageQuery("/")))\">\(HTML.escape(text.backToSearch))</a></p>\n"
        return layout.page(title: advice == nil ? text.heading : text.planHeading, body: body, crisis: !crisisFirst)
    }

    func adviceForm(_ fields: [(name: String, value: String)], strings: Strings, layout: Layout) -> String {
        let text = strings.advice
        func value(_ name: String) -> String { fields.first { $0.name == name }?.value ?? "" }
        return """
            <form class="advies" method="post" action="\(HTML.escape(layout.languageQuery("/advies")))">
            <div class="veld"><label for="situatie">\(HTML.escape(text.situationLabel))</label><span class="hint" id="situatie-hint">\(HTML.escape(text.situationHint))</span>
            <textarea id="situatie" name="situatie" rows="4" maxlength="\(Advisor.maximumSituationLength)" aria-describedby="situatie-hint situatie-privacy">\(HTML.escape(value("situatie")))</textarea>
            <span class="hint" id="situatie-privacy">\(HTML.escape(text.privacyNote))</span></div>
            <div class="rij plek"><div class="veld"><label for="bij">\(HTML.escape(text.placeLabel))</label><span class="hint" id="bij-hint">\(HTML.escape(text.placeHint))</span>
            <input type="text" id="bij" name="bij" value="\(HTML.escape(value("bij")))" aria-describedby="bij-hint" autocomplete="postal-code"></div>
            <div class="veld"><label for="leeftijd">\(HTML.escape(text.ageLabel))</label>
            <input type="number" id="leeftijd" name="leeftijd" min="0" max="120" inputmode="numeric" value="\(HTML.escape(value("leeftijd")))"></div></div>
            <button type="submit">\(HTML.escape(text.button))</button>
            </form>

            """
    }

    /// The plan: how the situation was read, then per levensdomein why, places (lightest first),
    /// one online option and one article, each with its why-line; then what could not be placed.
    func plan(_ advice: Advice, wording: AdviceWording, layout: Layout) -> String {
        let strings = wording.strings
        let text = strings.advice
        var html = "<section aria-labelledby=\"plan\">\n<h2 id=\"plan\">\(HTML.escape(text.planHeading))</h2>\n"
        for line in wording.readingLines(advice) { html += "<p class=\"gelezen\">\(HTML.escape(line))</p>\n" }
        if let message = wording.gapMessage(advice) {
            html += "<p class=\"goed\" role=\"status\">\(HTML.escape(message))</p>\n"
            if let unplaced = wording.unplacedMessage(advice) { html += "<p>\(HTML.escape(unplaced))</p>\n" }
            return html + "</section>\n"
        }
        for (number, plan) in advice.domains.enumerated() {
            let id = "domein-\(number + 1)"
            html += "<section aria-labelledby=\"\(id)\">\n<h3 id=\"\(id)\">\(HTML.escape(wording.domainLabel(plan.domain)))</h3>\n"
            html += "<p class=\"gelezen\">\(HTML.escape(wording.because(plan)))</p>\n"
            if plan.suggestions.isEmpty { html += "<p>\(HTML.escape(text.nothingInDomain))</p>\n" }
            func section(_ heading: String, _ suggestions: [Suggestion]) {
                guard !suggestions.isEmpty else { return }
                html += "<h4>\(HTML.escape(heading))</h4>\n<ol class=\"hits\">\n"
                for suggestion in suggestions {
                    let why = "<p class=\"waarom\"><span class=\"label\">\(HTML.escape(text.why)):</span> \(HTML.escape(wording.why(suggestion, in: plan)))</p>\n"
                    var item = self.item(suggestion.hit, strings: strings, layout: layout)
                    if let end = item.range(of: "</article></li>\n", options: .backwards) {
                        item.replaceSubrange(end, with: why + "</article></li>\n")
                    }
                    html += item
                }
                html += "</ol>\n"
            }
            section(wording.nearbyHeading(plan, advice), plan.nearby)
            section(text.onlineHeading, plan.online.map { [$0] } ?? [])
            section(text.articleHeading, plan.article.map { [$0] } ?? [])
            html += "</section>\n"
        }
        if let unplaced = wording.unplacedMessage(advice) {
            html += "<section aria-labelledby=\"niet-geplaatst\">\n<h3 id=\"niet-geplaatst\">\(HTML.escape(text.unplacedHeading))</h3>\n<p>\(HTML.escape(unplaced))</p>\n</section>\n"
        }
        // The list handout (issue 19, part 2) has its natural place here, below the plan.
        html += "<p class=\"meta\">\(HTML.escape(text.closing))</p>\n"
        return html + "</section>\n"
    }
}
