import KaartModel
import SearchIndex

/// The practical facts in words: how to reach it, when it is open, and where the facts come
/// from. Shared by the terminal, the page, the handout and the JSON.
extension EntryFacts {
    /// One contact route with its kind, for links and lists.
    public struct Route: Hashable, Sendable {
        public enum Kind: String, Sendable { case phone, chat, email, website }
        public var kind: Kind
        public var value: String
        public var description: String?
    }

    /// Phone, chat, e-mail and website, in the order people use them.
    public var routes: [Route] {
        entry.phones.map { Route(kind: .phone, value: $0.number, description: $0.description) }
            + [entry.chat.map { Route(kind: .chat, value: $0) }, entry.email.map { Route(kind: .email, value: $0) },
               (entry.url ?? entry.organization?.url).map { Route(kind: .website, value: $0) }].compactMap { $0 }
    }

    /// "Bel 026 123 45 67 · Chat https://… · Mail info@… · Website https://…".
    public func label(_ kind: Route.Kind) -> String {
        switch kind {
        case .phone: strings.practical.phone
        case .chat: strings.practical.chat
        case .email: strings.practical.email
        case .website: strings.practical.website
        }
    }

    /// Opening hours in words, from the schedules and the free text; nil when none are known.
    public var hours: String? {
        let parts = ([Self.describe(entry.schedules, strings)] + [entry.schedule]).compactMap { $0 }.filter { !$0.isEmpty }
        return parts.isEmpty ? nil : parts.joined(separator: ". ")
    }

    /// "Nu open", "Vandaag open" or "Vandaag dicht" at `moment`; nil without schedules.
    public func openness(at moment: Moment?) -> String? {
        guard let moment, let state = Openness.of(entry.schedules, at: moment) else { return nil }
        return Self.openLabel(state, strings)
    }

    public static func openLabel(_ state: Openness, _ strings: Strings) -> String {
        switch state {
        case .openNow: strings.practical.openNow
        case .openToday: strings.practical.openToday
        case .closedToday: strings.practical.closedToday
        }
    }

    /// "ma t/m vr 10.00 tot 16.00 uur; za 10.00 tot 13.00 uur (vanaf 1 juni 2026, tot en met
    /// 31 augustus 2026: Alleen in de zomer)".
    public static func describe(_ schedules: [Schedule], _ strings: Strings) -> String? {
        guard !schedules.isEmpty else { return nil }
        let text = strings.practical
        if schedules.count == 1, let only = schedules.first, Set(only.days).count == 7, only.opens == nil,
            only.validFrom == nil, only.validUntil == nil
        {
            return text.everyDayAndNight + (only.note.map { " (\($0))" } ?? "")
        }
        return schedules.map { schedule in
            var line = days(schedule.days, strings) + " "
            if let opens = schedule.opens, let closes = schedule.closes {
                let until = closes.minutes == 1440 ? "24.00" : closes.dutch
                line += text.hours(opens.dutch, until)
            } else {
                line += text.allDay
            }
            let validity = [schedule.validFrom.map { text.validFrom(strings.dayMonthYear($0)) },
                            schedule.validUntil.map { text.validUntil(strings.dayMonthYear($0)) }].compactMap { $0 }
            let extra = (validity.isEmpty ? [] : [validity.joined(separator: ", ")]) + [schedule.note].compactMap { $0 }
            if !extra.isEmpty { line += " (" + extra.joined(separator: ": ") + ")" }
            return line
        }.joined(separator: "; ")
    }

    /// "ma t/m vr", "ma, wo en vr": runs of three or more days as a range.
    static func days(_ days: [Weekday], _ strings: Strings) -> String {
        let sorted = Array(Set(days)).sorted()
        var runs: [[Weekday]] = []
        for day in sorted {
            if let last = runs.last?.last, last.rawValue + 1 == day.rawValue { runs[runs.count - 1].append(day) } else { runs.append([day]) }
        }
        let names = strings.practical.dayAbbreviations
        return runs.flatMap { run -> [String] in
            run.count >= 3 ? [strings.practical.dayRange(names[run.first!.rawValue - 1], names[run.last!.rawValue - 1])]
                : run.map { names[$0.rawValue - 1] }
        }.joined(separator: ", ")
    }

    /// The sources a resident may want to see: the web pages and plans the shown facts rest
    /// on, with their dates ("website van Lentis (juni 2025)"); never a maintainer's notes.
    public var residentSources: String? {
        var labels: [String] = []
        for source in entry.sources {
            let date = source.vouchingDate.map(strings.monthYear) ?? strings.practical.dateUnknown
            let label: String
            if let seed = source.seed {
                label = strings.practical.regionalPlan(Entry.Source.seedRegions[seed])
            } else if let url = source.url {
                if source.isOwnPage(of: entry) {
                    label = strings.practical.ownWebsite(entry.organization?.name ?? entry.name)
                } else {
                    label = strings.practical.webPage(Entry.Source.registrableDomain(url) ?? url)
                }
            } else {
                continue
            }
            let item = "\(label) (\(date))"
            if !labels.contains(item) { labels.append(item) }
        }
        guard !labels.isEmpty else { return nil }
        return strings.practical.sourceLine(labels.prefix(4).joined(separator: "; "))
    }
}

extension SearchResults {
    /// The covered regions' names, for "we do not cover that place yet".
    public func coverageNames(_ strings: Strings) -> String {
        coverage.names(and: strings.reading.and)
    }
}
