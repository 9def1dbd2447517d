import Advice
import DutchText
import KaartModel
import SearchIndex

extension TextRenderer {
    /// The plan as text (`kaart advies`, the text twin of `/advies`): the crisis routes first when
    /// the words speak of a crisis; how the situation was read; per levensdomein why, the lightest
    /// help nearby, one online option and one article, each with why; what could not be placed;
    /// and the crisis routes at the end, as under every result list.
    public func advice(_ advice: Advice, concepts: ConceptLexicon) -> String {
        let wording = AdviceWording(strings: strings, taxonomy: taxonomy, concepts: concepts)
        let text = strings.advice
        var out: [String] = []
        if advice.crisis {
            out += [wrap(text.crisisFirst), crisis(), ""]
        }
        if let message = wording.gapMessage(advice) {
            out += wording.readingLines(advice).map { wrap($0) }
            out.append(wrap(message))
            if let unplaced = wording.unplacedMessage(advice) { out += ["", bold(text.unplacedHeading), wrap(unplaced)] }
            out += ["", crisis()]
            return out.joined(separator: "\n") + "\n"
        }
        out.append(bold(text.planHeading))
        out += wording.readingLines(advice).map { wrap($0) }
        for plan in advice.domains {
            out += ["", bold(wording.domainLabel(plan.domain)), wrap(wording.because(plan))]
            if plan.suggestions.isEmpty { out.append(wrap(text.nothingInDomain)) }
            func section(_ heading: String, _ suggestions: [Suggestion]) {
                guard !suggestions.isEmpty else { return }
                out += ["", "  " + bold(heading)]
                for (offset, suggestion) in suggestions.enumerated() {
                    out.append("")
                    out += lines(for: suggestion.hit, number: offset + 1, explain: false).map { "  " + $0 }
                    out.append("     " + dim("\(text.why): " + wording.why(suggestion, in: plan)))
                }
            }
            section(wording.nearbyHeading(plan, advice), plan.nearby)
            section(text.onlineHeading, plan.online.map { [$0] } ?? [])
            section(text.articleHeading, plan.article.map { [$0] } ?? [])
        }
        if let unplaced = wording.unplacedMessage(advice) {
            out += ["", bold(text.unplacedHeading), wrap(unplaced)]
        }
        out += ["", wrap(text.closing)]
        // The list handout (issue 19, part 2) has its natural place here: one page for these records.
        if !advice.crisis { out += ["", crisis()] }
        return out.joined(separator: "\n") + "\n"
    }
}
