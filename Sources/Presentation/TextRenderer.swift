import DutchText
import Foundation
import KaartModel
import SearchIndex

/// Plain-text output: what a wegwijzer sees in a terminal and what `curl` gets from the web.
public struct TextRenderer: Sendable {
    public var strings: Strings
    public var taxonomy: Taxonomy
    /// Bold names and dim metadata, for terminals only.
    public var useColor: Bool
    /// The web's text twin says under the crisis routes which languages they answer in; the
    /// terminal, used by wegwijzers, keeps to the routes.
    public var crisisLanguages = false
    /// For professionals (`--voor verwijzer`): when to refer, slim verwijzen and waiting times
    /// are shown. Off for everything residents read.
    public var forProfessionals = false

    public init(strings: Strings, taxonomy: Taxonomy, useColor: Bool = false) {
        self.strings = strings
        self.taxonomy = taxonomy
        self.useColor = useColor
    }

    func bold(_ text: String) -> String { useColor ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
    func dim(_ text: String) -> String { useColor ? "\u{1B}[2m\(text)\u{1B}[0m" : text }

    /// The result list: help nearby, online help, articles, and the crisis routes at the end.
    /// `professionalOnly`: records only professionals may use, listed before the crisis routes
    /// (`--voor verwijzer`); never given for residents.
    public func results(_ results: SearchResults, explain: Bool = false, professionalOnly: [Entry] = []) -> String {
        var out: [String] = []
        let query = results.query
        if explain { out.append(explanation(results)) }
        let understood = UnderstoodText(results, strings: strings, taxonomy: taxonomy)
        if !understood.lines.isEmpty { out += understood.lines.map { wrap($0) } + [""] }
        if results.outsideCoverage, let origin = results.origin {
            out += [wrap(strings.practical.outsideCoverage(origin.label, results.coverageNames(strings))), ""]
        }
        if results.matchedAnyWord { out += [strings.anyWordNotice, ""] }
        let radius = query.radius.formatted(decimalSeparator: strings.decimalSeparator)
        if let origin = results.origin {
            out.append(bold(strings.nearHeading(origin.label, radius)))
            if results.local.isEmpty {
                out.append(strings.nothingNearby(radius, origin.label))
                if !results.further.isEmpty {
                    out += ["", bold(strings.furtherHeading)]
                    out += numbered(results.further, explain: explain)
                }
            }
        } else if !results.local.isEmpty {
            out.append(bold(strings.allHeading))
        }
        if !results.local.isEmpty {
            out += numbered(results.local, explain: explain, start: (query.page - 1) * query.perPage + 1)
            if results.pageCount > 1 {
                out.append(dim(strings.page(query.page, results.pageCount, results.localTotal)))
            }
        }
        if !results.online.isEmpty {
            out += ["", bold(strings.onlineHeading)]
            out += numbered(results.online, explain: explain)
        }
        if !results.knowledge.isEmpty {
            out += ["", bold(strings.knowledgeHeading)]
            out += numbered(results.knowledge, explain: explain)
        }
        if results.isEmpty { out.append(strings.noResults) }
        if !professionalOnly.isEmpty { out += ["", self.professionalOnly(professionalOnly).trimmingCharacters(in: .newlines)] }
        out += ["", crisis()]
        return out.joined(separator: "\n") + "\n"
    }

    func numbered(_ hits: [Hit], explain: Bool, start: Int = 1) -> [String] {
        hits.enumerated().flatMap { offset, hit in
            [""] + lines(for: hit, number: start + offset, explain: explain)
        }
    }

    func lines(for hit: Hit, number: Int, explain: Bool) -> [String] {
        let facts = EntryFacts(hit.entry, strings: strings, taxonomy: taxonomy)
        let whereText = [facts.distance(hit.distance), facts.place].compactMap { $0 }.joined(separator: " · ")
        var lines = [
            "\(number). \(bold(hit.entry.name)) [\(facts.kind)]",
            "   \(whereText)",
        ] + facts.summaryLines.map { "   " + $0 }
        if hit.entry.kind != .knowledge { lines.append("   \(strings.contact): \(facts.contact)") }
        if let openness = hit.openness { lines.append("   " + bold(EntryFacts.openLabel(openness, strings))) }
        var checked = "\(strings.lastChecked): \(facts.lastChecked)"
        if hit.stale { checked += " (\(strings.possiblyOutdated))" }
        lines.append("   " + dim("\(checked) · id: \(hit.entry.id)"))
        if forProfessionals { lines += professionalLines(hit.entry).map { "   " + $0 } }
        if explain {
            let s = hit.score
            lines.append("   " + dim(strings.explainScore(
                s.relevance.map { String(format: "%.2f", $0) } ?? "–",
                String(format: "%.2f", s.distanceFactor), String(format: "%.2f", s.freshnessFactor),
                String(format: "%.2f", s.total))
                + (s.audienceFactor != 1 ? " (\(strings.reading.explainAudience) × \(String(format: "%.2f", s.audienceFactor)))" : "")))
        }
        return lines
    }

    /// `--uitleg`: how the words were read, then each searched word with its forms.
    func explanation(_ results: SearchResults) -> String {
        let analyzed = results.analyzed
        let understanding = results.understanding
        let reading = strings.reading
        var lines: [String] = []
        var read: [String] = []
        for correction in understanding.corrections {
            read.append("  \(reading.explainCorrected): \(correction.typed) → \(correction.suggested)" + (correction.replaced ? "" : " (?)"))
        }
        if let place = understanding.place { read.append("  \(reading.explainPlace): \(place)" + (results.origin.map { " → \($0.label)" } ?? "")) }
        if let age = understanding.age { read.append("  \(reading.explainAge): \(age)") }
        if !understanding.audiences.isEmpty { read.append("  \(reading.explainAudience): \(understanding.audiences.joined(separator: ", "))") }
        if !understanding.leftOut.isEmpty { read.append("  " + reading.leftOut(understanding.leftOut.joined(separator: ", "))) }
        if !read.isEmpty { lines += ["\(reading.explainHeading):"] + read }
        if !analyzed.isEmpty {
            lines.append("\(strings.explainTerms):")
            lines += analyzed.terms.map { term in
                let forms = term.alternatives.map { $0.joined(separator: "+") }.joined(separator: " | ")
                let synonyms = term.synonyms.isEmpty ? "" : "; \(strings.explainSynonyms): \(term.synonyms.joined(separator: ", "))"
                let concept = term.concept.map { " [\(reading.explainConcept): \($0)]" } ?? ""
                return "  \(term.word)\(concept) → \(forms)\(synonyms)"
            }
        }
        guard !lines.isEmpty else { return "" }
        return dim(lines.joined(separator: "\n")) + "\n"
    }

    /// This renderer for the web's text twin: with the note on the crisis lines' languages.
    public var forTheWeb: TextRenderer {
        var renderer = self
        renderer.crisisLanguages = true
        return renderer
    }

    /// The crisis routes, from the one constant that holds them.
    public func crisis() -> String {
        ([bold(strings.crisis.heading)] + strings.crisisLines + (crisisLanguages ? [strings.crisis.languagesNote] : [])).joined(separator: "\n")
    }

    /// One record in full, for wegwijzers: every field we have. The sources show as residents
    /// see them ("Bron: website van X, juni 2025"), or in full for maintainers (`allSources`):
    /// each with its date, whether it is the organisation's own page, what it covers, its note.
    public func entry(_ entry: Entry, allSources: Bool = false, moment: Moment? = nil, today: Day? = nil) -> String {
        let facts = EntryFacts(entry, strings: strings, taxonomy: taxonomy)
        var out = [bold(entry.name) + " [\(facts.kind)]"]
        if entry.status == .inactive { out.append(strings.inactive) }
        if entry.status == .planned {
            out.append(strings.practical.notYetAvailable + (entry.expectedStart.map { " " + strings.practical.expectedFrom(strings.monthYear($0)) } ?? ""))
        }
        if entry.audience == .professionals { out.append(strings.practical.forProfessionalsOnly) }
        if entry.status == .active, let open = facts.openness(at: moment) { out.append(bold(open)) }
        if entry.status == .inactive, entry.sourceUpdate?.goneSince != nil, let note = facts.sourceNote { out.append(note) }
        out.append("")
        func add(_ field: String, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            let label = strings.label(field)
            out.append("\(label)\(label.hasSuffix("?") ? "" : ":") \(value)")
        }
        add("summary", facts.summaryLines.joined(separator: "\n"))
        add("where", facts.place)
        let routes = facts.routes.map { route in
            "\(facts.label(route.kind)) \(route.value)" + (route.description.map { " – \($0)" } ?? "")
        }
        add("contact", routes.isEmpty ? strings.noContact : routes.joined(separator: "; "))
        add("organization", entry.organization?.name)
        add("schedule", facts.hours)
        add("cost", facts.cost)
        add("application_process", entry.applicationProcess)
        add("target_groups", facts.labels(.targetGroups, entry.targetGroups))
        add("ages", facts.ages)
        add("domains", facts.labels(.domains, entry.domains))
        add("support_types", facts.labels(.supportTypes, entry.supportTypes))
        add("access", entry.access.map { strings.term(.access, $0, taxonomy) })
        add("line", entry.line.map { strings.term(.lines, $0, taxonomy) })
        add("sector", entry.sector.map { strings.term(.sectors, $0, taxonomy) })
        add("languages", facts.helpLanguages)
        add("accessibility", entry.accessibility)
        out += ["", "\(strings.label("description"))", wrap(entry.description)]
        if forProfessionals {
            let lines = professionalLines(entry)
            if !lines.isEmpty { out += ["", bold(strings.referrer.heading)] + lines }
        }
        if allSources {
            out += ["", "\(strings.sourcesHeading):"]
            out += entry.sources.map { source in
                var line = "- \(source.citation)"
                var about: [String] = []
                if let date = source.date { about.append(date.description) } else if source.url != nil { about.append(strings.practical.dateUnknown) }
                if let checked = source.checked { about.append("gecontroleerd \(checked)") }
                if source.url != nil { about.append(source.isOwnPage(of: entry) ? "eigen website" : "derde partij") }
                if let today, source.url != nil, !source.vouches(for: entry, today: today) { about.append("telt niet mee: ouder dan \(Entry.thirdPartyMonths) maanden") }
                if !source.covers.isEmpty { about.append(source.covers.joined(separator: ", ")) }
                if !about.isEmpty { line += " [\(about.joined(separator: "; "))]" }
                return line + (source.note.map { ": \($0)" } ?? "")
            }
            let confirmations = entry.metadata.filter { $0.lastActionType == Entry.confirmationAction }
            out += confirmations.map { "- \($0.lastActionDate): bevestigd door \($0.updatedBy) (\($0.replacementValue))" }
        } else if let sources = facts.residentSources {
            out += ["", sources]
        }
        out += ["", "\(strings.lastChecked): \(facts.lastChecked) · id: \(entry.id)"]
        if entry.status == .active, let note = facts.sourceNote { out.append(note) }
        if entry.crisis || entry.domains.contains("psychisch-welzijn") { out += ["", crisis()] }
        return out.joined(separator: "\n") + "\n"
    }

    /// A B1 handout a wegwijzer can print or paste: the questions B1 writers answer, only
    /// with what the record knows.
    public func handout(_ entry: Entry) -> String {
        let facts = EntryFacts(entry, strings: strings, taxonomy: taxonomy)
        var out = [entry.name, String(repeating: "=", count: min(60, entry.name.count)), ""]
        out += facts.summaryLines.map { wrap($0) }
        for section in facts.handoutSections {
            out += ["", section.heading, wrap(section.text)]
        }
        out += ["", crisis(), "", strings.handoutFooter(entry.id), "\(strings.lastChecked): \(facts.lastChecked)"]
        return out.joined(separator: "\n") + "\n"
    }

    /// What only professionals see of a record: when to refer, its slim verwijzen page and
    /// waiting times (each with its date and source). Empty when it has none.
    func professionalLines(_ entry: Entry) -> [String] {
        let text = strings.referrer
        var lines: [String] = []
        if let refer = entry.whenToRefer { lines.append("\(text.whenToRefer): \(EntryFacts.oneLine(refer))") }
        if let link = entry.slimverwijzen { lines.append("\(text.slimverwijzen): \(link)") }
        for time in entry.waitingTimes ?? [] {
            lines.append("\(text.waitingTimes): " + text.waitingTime(time.value, strings.dayMonthYear(time.date), time.source.citation))
        }
        return lines
    }

    /// Records only professionals may use that match a search, listed after the results.
    public func professionalOnly(_ entries: [Entry]) -> String {
        guard !entries.isEmpty else { return "" }
        var out = [bold(strings.referrer.professionalOnlyHeading)]
        for entry in entries {
            let facts = EntryFacts(entry, strings: strings, taxonomy: taxonomy)
            out += ["", "- \(bold(entry.name)) [\(facts.kind)] · id: \(entry.id)"] + facts.summaryLines.map { "  " + $0 }
            out.append("  \(strings.contact): \(facts.contact)")
            out += professionalLines(entry).map { "  " + $0 }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The list handout (`kaart handout ID ID …`, the text twin of `/lijst`): per offer what it
    /// is, how to reach it, what to bring or say, only with what the record knows and saying so
    /// where it knows nothing; then the crisis routes and the list's live address. `outcome`
    /// gives each offer's "is het gelukt?" address (a professional's handout), nil for none.
    public func listHandout(_ list: HandoutList, address: String, outcome: ((String) -> String)? = nil) -> String {
        let text = strings.list
        var out = [bold(text.title), String(repeating: "=", count: text.title.count), "", wrap(text.intro)]
        let notices = list.notices(text)
        if !notices.isEmpty { out += [""] + notices.map { wrap($0) } }
        if list.items.isEmpty { out += ["", wrap(text.empty)] }
        for (number, item) in list.items.enumerated() {
            out.append("")
            switch item {
            case .unavailable(let id):
                out += ["\(number + 1). \(id): \(text.unavailable)", "   " + text.unavailableNote]
            case .offer(let entry):
                let facts = EntryFacts(entry, strings: strings, taxonomy: taxonomy)
                out.append("\(number + 1). \(bold(entry.name)) [\(facts.kind)]")
                out += ["", "   " + text.whatItIs] + facts.summaryLines.map { indent(wrap($0, width: 72)) }
                out += ["", "   " + text.howToReach]
                out.append(indent(wrap("\(text.contactLabel): \(facts.contact)", width: 72)))
                out.append(indent(wrap("\(text.whereLabel): \(facts.place)", width: 72)))
                out.append(indent(wrap("\(text.whenLabel): \(facts.hours ?? text.hoursUnknown)", width: 72)))
                out += ["", "   " + text.bringOrSay, indent(wrap(entry.applicationProcess.map(EntryFacts.oneLine) ?? text.bringOrSayUnknown, width: 72))]
                if let outcome { out += ["", indent(wrap(text.outcomeLink(outcome(entry.id)), width: 72))] }
            }
        }
        out += ["", crisis(), "", text.qrCaption(address)]
        return out.joined(separator: "\n") + "\n"
    }

    func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { "   " + $0 }.joined(separator: "\n")
    }

    /// Wraps prose at `width` columns, keeping paragraphs.
    func wrap(_ text: String, width: Int = 78) -> String {
        text.components(separatedBy: "\n\n").map { paragraph in
            var lines: [String] = []
            var line = ""
            for word in paragraph.split(whereSeparator: \.isWhitespace) {
                if !line.isEmpty && line.count + 1 + word.count > width {
                    lines.append(line)
                    line = ""
                }
                line += (line.isEmpty ? "" : " ") + word
            }
            if !line.isEmpty { lines.append(line) }
            return lines.joined(separator: "\n")
        }.joined(separator: "\n\n")
    }
}
