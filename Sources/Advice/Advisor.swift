import Foundation
import DutchText
import KaartModel
import SearchIndex

/// From a situation to a plan, as a wegwijzer does it after a "verkennend gesprek": read the
/// needs, place each in its levensdomein (`DomainRules`), and per domain search the map for the
/// lightest fitting help nearby (nulde lijn before eerste before tweede, groups first: "groepen,
/// tenzij"), one online option ("digitaal, tenzij") and one article. Every step is a rule the
/// answer can say; the searches are `SearchIndex.search`, so the same help is found as by
/// `kaart zoek`, and records for professionals never appear.
///
/// Nothing about the situation is kept: not in a file, not in a log, not in the reading cache.
public struct Advisor: Sendable {
    public let index: SearchIndex
    let rules: DomainRules
    /// What people type for an audience ("jongere", "mijn dochter"): who the help is for, not a
    /// need, also where the reader searches them for want of anything else.
    let audienceWords: Set<String>

    /// A situation is read up to this many characters; the rest is left out, and the answer says so.
    public static let maximumSituationLength = 1_000
    /// Words per piece the situation is read in (a piece is a clause: up to a full stop, comma, …).
    static let wordsPerPiece = 16
    /// More levensdomeinen than this in one situation: the first ones, in the order they were named.
    public static let maximumDomains = 6
    /// Places per domain.
    public static let nearbyPerDomain = 3
    /// Nothing within the radius: places further away are offered up to this many radii.
    public static let furtherReach = 3.0
    /// Kinds of support that are a group.
    static let groupSupport: Set<String> = ["lotgenotencontact", "ontmoeting-en-inloop", "cursus-of-training", "activiteit"]

    public init(index: SearchIndex) {
        self.index = index
        self.rules = DomainRules(
            taxonomy: index.taxonomy, concepts: index.concepts, stemmer: index.analyzer.stemmer, stopWords: index.analyzer.stopWords)
        self.audienceWords = Set(index.concepts.audiences.flatMap(\.phrases).map { TextNormalizer.words($0).joined(separator: " ") })
    }

    /// The plan for `request`. An unknown or ambiguous place is a `QueryError` that says what to
    /// type; the situation's words can never cause an error.
    public func advise(
        _ request: AdviceRequest, today: Day, now: Moment? = nil, freshnessMonths: Int = SearchIndex.defaultFreshnessMonths,
        openReports: [String: Int] = [:]
    ) throws -> Advice {
        var advice = Advice(request: request)
        let (situation, truncated) = Self.bounded(request.situation)
        advice.truncated = truncated
        advice.crisis = CrisisLanguage.isPresent(in: situation)

        // Read the situation clause by clause, as a search reads its words.
        var near = request.near.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        var age = request.age
        var needs: [QueryUnderstanding.Need] = []
        for piece in Self.pieces(situation) {
            let reading = try index.understand(piece, readPlace: near == nil, readAge: age == nil)
            if near == nil, let place = reading.place {
                near = place
                advice.placeFromWords = place
            }
            if age == nil, let read = reading.age { age = read }
            for group in reading.audiences where !advice.audiences.contains(group) { advice.audiences.append(group) }
            for correction in reading.corrections where correction.replaced { advice.corrections.append(correction) }
            needs += reading.needs
        }
        advice.age = age
        if needs.contains(where: { $0.concept == "zelfmoord" }) { advice.crisis = true }
        let origin = try index.resolveOrigin(near)
        advice.origin = origin
        advice.coverage = index.coverage
        advice.outsideCoverage = origin?.municipality.map { !index.coverage.covers(municipality: $0) } ?? false

        // Each need in its domains, in the order they were named.
        var order: [String] = []
        var mentions: [String: [DomainAdvice.Mention]] = [:]
        for need in needs where !audienceWords.contains(need.words) {
            let domains = rules.domains(concept: need.concept, words: need.words)
            guard !domains.isEmpty else {
                if !advice.unplaced.contains(need.words) { advice.unplaced.append(need.words) }
                continue
            }
            for domain in domains {
                if mentions[domain] == nil { order.append(domain) }
                let mention = DomainAdvice.Mention(words: need.words, concept: need.concept)
                if !(mentions[domain]?.contains(mention) ?? false) { mentions[domain, default: []].append(mention) }
            }
        }
        if order.isEmpty {
            if situation.allSatisfy({ !$0.isLetter && !$0.isNumber }) {
                advice.gap = .noSituation
            } else if advice.unplaced.isEmpty {
                advice.gap = advice.placeFromWords != nil || age != nil || !advice.audiences.isEmpty ? .onlyPlace : .nothingPlaced
            } else {
                advice.gap = .nothingPlaced
            }
            return advice
        }
        for domain in order.prefix(Self.maximumDomains) {
            try WorkLimit.check()
            var plan = DomainAdvice(domain: domain, mentions: mentions[domain] ?? [])
            try fill(&plan, near: near, age: age, audiences: advice.audiences, language: request.language, radius: request.radius) { query in
                try index.search(query, today: today, now: now, freshnessMonths: freshnessMonths, openReports: openReports)
            }
            advice.domains.append(plan)
        }
        return advice
    }

    /// Fills one domain: first the words within the domain; what is still missing from the words
    /// alone; a place still missing from the domain alone ("algemene hulp bij …").
    func fill(
        _ plan: inout DomainAdvice, near: String?, age: Int?, audiences: [String], language: Language, radius: Distance,
        search: (SearchQuery) throws -> SearchResults
    ) throws {
        var query = SearchQuery()
        query.near = near
        query.age = age
        query.radius = radius
        query.language = language
        query.preferredGroups = audiences
        // The words were read already: a place or an age among them is not read twice.
        query.ignore = [.place, .age]
        query.perPage = 10
        let words = plan.mentions.map(\.words).joined(separator: " ")
        var steps: [(text: String, domains: [String], domainOnly: Bool)] = [(words, [plan.domain], false), (words, [], false)]
        steps.append(("", [plan.domain], true))
        var seen = Set<String>()
        for step in steps {
            if !plan.nearby.isEmpty && plan.online != nil && plan.article != nil { break }
            // The domain alone is only asked for places and an article, never for "any online help".
            if step.domainOnly && !plan.nearby.isEmpty && plan.article != nil { break }
            var asked = query
            asked.text = step.text
            asked.domains = step.domains
            let results = try search(asked)
            let extra: [Suggestion.Reason] = step.domainOnly ? [.domainOnly] : []
            if plan.nearby.isEmpty {
                var local = results.local.filter { $0.entry.audience == .everyone && $0.entry.kind != .knowledge && $0.entry.kind != .online }
                if local.isEmpty, !results.further.isEmpty {
                    // The nearest further away, but not across the country: within three radii.
                    let reach = radius.kilometres * Self.furtherReach
                    local = results.further.filter { $0.entry.audience == .everyone && ($0.distance?.kilometres ?? .infinity) <= reach }
                    plan.nearbyIsFurther = !local.isEmpty
                }
                let lightest = Self.lightestFirst(local).prefix(Self.nearbyPerDomain)
                plan.nearby = lightest.map { suggestion($0, audiences: audiences, extra: extra) }
                seen.formUnion(plan.nearby.map(\.hit.entry.id))
            }
            if plan.online == nil, !step.domainOnly,
                let hit = results.online.first(where: { $0.entry.audience == .everyone && $0.entry.kind != .knowledge && !seen.contains($0.entry.id) })
            {
                plan.online = suggestion(hit, audiences: audiences, extra: extra)
                seen.insert(hit.entry.id)
            }
            if plan.article == nil, let hit = results.knowledge.first(where: { $0.entry.audience == .everyone && !seen.contains($0.entry.id) }) {
                plan.article = suggestion(hit, audiences: audiences, extra: extra)
                seen.insert(hit.entry.id)
            }
        }
    }

    /// Lightest first: nulde lijn, then eerste, then tweede (a steunpunt or lotgenoten without a
    /// lijn counts as nulde, other help without one as eerste); within a lijn groups first; else
    /// the search's own order.
    static func lightestFirst(_ hits: [Hit]) -> [Hit] {
        func weight(_ entry: Entry) -> Int {
            switch entry.line {
            case "nulde": 0
            case "eerste": 1
            case "tweede": 2
            default: entry.kind == .supportPoint || entry.kind == .peerSupport ? 0 : 1
            }
        }
        func isGroup(_ entry: Entry) -> Bool {
            entry.kind == .peerSupport || !groupSupport.isDisjoint(with: entry.supportTypes)
        }
        return hits.enumerated().sorted { a, b in
            let left = (weight(a.element.entry), isGroup(a.element.entry) ? 0 : 1, a.offset)
            let right = (weight(b.element.entry), isGroup(b.element.entry) ? 0 : 1, b.offset)
            return left < right
        }.map(\.element)
    }

    func suggestion(_ hit: Hit, audiences: [String], extra: [Suggestion.Reason]) -> Suggestion {
        let entry = hit.entry
        var reasons: [Suggestion.Reason] = []
        if entry.kind != .knowledge && entry.kind != .online {
            // "Nulde lijn" says "in de buurt": not for help that is only online.
            if let line = entry.line, entry.locationType != .virtual { reasons.append(.line(line)) }
            if entry.kind == .peerSupport || !Self.groupSupport.isDisjoint(with: entry.supportTypes) { reasons.append(.group) }
            if entry.access == "vrije-inloop" || entry.access == "aanmelden" { reasons.append(.noReferral) }
        }
        if let group = audiences.first(where: entry.targetGroups.contains) { reasons.append(.forAudience(group)) }
        return Suggestion(hit: hit, reasons: reasons + extra)
    }

    /// The situation within `maximumSituationLength` characters, cut at a word boundary.
    static func bounded(_ text: String) -> (String, Bool) {
        guard text.count > maximumSituationLength else { return (text, false) }
        var head = text.prefix(maximumSituationLength)
        if let space = head.lastIndex(where: \.isWhitespace), head.distance(from: head.startIndex, to: space) > maximumSituationLength / 2 {
            head = head[..<space]
        }
        return (String(head), true)
    }

    /// The situation in clauses (split at . , ; : ! ? and line ends), each at most
    /// `wordsPerPiece` words, so every word is read however long the situation is.
    static func pieces(_ text: String) -> [String] {
        var pieces: [String] = []
        for clause in text.split(whereSeparator: { $0.isNewline || ".,;:!?()".contains($0) }) {
            let words = clause.split(whereSeparator: \.isWhitespace)
            var start = 0
            while start < words.count {
                pieces.append(words[start..<min(start + wordsPerPiece, words.count)].joined(separator: " "))
                start += wordsPerPiece
            }
        }
        return pieces
    }
}
