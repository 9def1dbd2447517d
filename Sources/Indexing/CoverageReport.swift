import KaartModel

/// Where the map has holes: help per municipality and kind, the practical holes (no contact
/// route, no place more precise than the municipality, no opening hours, old or undated
/// sources, planned, professional-only), the age of the newest source per fact, and the records
/// that lack a place, a summary or a source. What `kaart dekking` prints.
public struct CoverageReport: Sendable {
    public struct Row: Sendable {
        public var municipality: String
        /// Records that help residents there, by kind: located there, or serving it.
        public var counts: [Entry.Kind: Int]
    }

    /// The practical holes of one group of records (a municipality and a kind).
    public struct Holes: Sendable, Equatable {
        public var records = 0
        public var withoutContact = 0
        /// Physical records placed only at a municipality's centre, or nowhere.
        public var withoutPrecisePlace = 0
        public var withoutHours = 0
        /// Past the freshness limit, or with no dated source at all.
        public var stale = 0
        public var planned = 0
        public var professionalOnly = 0

        mutating func add(_ entry: Entry, today: Day, freshnessMonths: Int) {
            records += 1
            if entry.routes.isEmpty { withoutContact += 1 }
            if entry.locationType == .physical && [.municipality, .none].contains(entry.locationPrecision) { withoutPrecisePlace += 1 }
            if entry.schedules.isEmpty && entry.schedule == nil { withoutHours += 1 }
            if entry.isPastFreshnessLimit(on: today, limitMonths: freshnessMonths) { stale += 1 }
            if entry.status == .planned { planned += 1 }
            if entry.audience == .professionals { professionalOnly += 1 }
        }
    }

    /// How old the newest source is that vouches for one fact, over the records showing it.
    public struct FactAge: Sendable {
        public var fact: String
        public var records: Int
        /// Records whose newest vouching source for this fact has no date.
        public var undated: Int
        /// Ages in whole months of the newest dated source, one per record that has one.
        public var months: [Int]
        public var olderThanLimit: Int
    }

    public var rows: [Row]
    public var nationwide: [Entry.Kind: Int]
    /// Per municipality and kind, and for help for the whole country under "(heel Nederland)".
    public var holes: [(municipality: String, kind: Entry.Kind, holes: Holes)]
    public var factAges: [FactAge]
    public var total: Holes
    public var withoutLocation: [String]
    public var withoutSummary: [String]
    public var withoutSource: [String]
    public var stale: [String]
    public var freshnessMonths: Int
    /// The goals of the practical-facts work, measured.
    public var contactRouteShare: (withRoute: Int, records: Int)
    public var placedShare: (precise: Int, places: Int)
    /// National helplines (online help for the whole country with a helpline type) and whether
    /// each has a contact route.
    public var helplines: [(id: String, hasRoute: Bool)]
    /// Covered municipalities whose own loket or social team has no contact route on the map.
    public var municipalitiesWithoutLoket: [String]
    /// How many different assured dates the records carry, and how many have none.
    public var distinctDates: Int
    public var undated: Int

    public static let nationwideLabel = "(heel Nederland)"

    /// Builds the report. `freshnessMonths` is the age past which a record counts as stale;
    /// `coverage` names the municipalities whose loket the map should show.
    public init(records: [Entry], today: Day, freshnessMonths: Int = 12, coverage: Coverage = .everywhere) {
        var counts: [String: [Entry.Kind: Int]] = [:]
        var nationwide: [Entry.Kind: Int] = [:]
        var holes: [String: [Entry.Kind: Holes]] = [:]
        var total = Holes()
        for entry in records where entry.status != .inactive && entry.kind != .knowledge {
            total.add(entry, today: today, freshnessMonths: freshnessMonths)
            let places = entry.servesWholeCountry ? [Self.nationwideLabel] : Array(Set(entry.serviceArea + [entry.municipality].compactMap { $0 }))
            for place in places {
                holes[place, default: [:]][entry.kind, default: Holes()].add(entry, today: today, freshnessMonths: freshnessMonths)
            }
            guard entry.status == .active else { continue }
            if entry.servesWholeCountry {
                nationwide[entry.kind, default: 0] += 1
                continue
            }
            for place in places { counts[place, default: [:]][entry.kind, default: 0] += 1 }
        }
        rows = counts.keys.sorted().map { Row(municipality: $0, counts: counts[$0]!) }
        self.nationwide = nationwide
        let order = holes.keys.sorted { ($0 == Self.nationwideLabel ? 1 : 0, $0) < ($1 == Self.nationwideLabel ? 1 : 0, $1) }
        self.holes = order.flatMap { place in
            Entry.Kind.allCases.compactMap { kind in holes[place]?[kind].map { (place, kind, $0) } }
        }
        self.total = total

        let shown = records.filter { $0.status != .inactive }
        factAges = Entry.coverableFacts.map { fact in
            var age = FactAge(fact: fact, records: 0, undated: 0, months: [], olderThanLimit: 0)
            for entry in shown where entry.shownFacts.contains(fact) {
                age.records += 1
                let dates = entry.sourcesVouching(for: fact, today: today).compactMap(\.vouchingDate) + entry.confirmations
                guard let newest = dates.max() else {
                    age.undated += 1
                    continue
                }
                let months = newest.months(until: today)
                age.months.append(months)
                if months >= freshnessMonths { age.olderThanLimit += 1 }
            }
            return age
        }

        let active = records.filter { $0.status == .active }
        withoutLocation = records.filter { $0.locationType == .physical && $0.coordinate == nil }.map(\.id).sorted()
        withoutSummary = records.filter { $0.summaryB1 == nil }.map(\.id).sorted()
        withoutSource = records.filter { $0.sources.isEmpty }.map(\.id).sorted()
        stale = active.filter { $0.isPastFreshnessLimit(on: today, limitMonths: freshnessMonths) }.map(\.id).sorted()
        self.freshnessMonths = freshnessMonths

        contactRouteShare = (records.filter { !$0.routes.isEmpty }.count, records.count)
        let places = active.filter { $0.locationType == .physical && $0.kind != .knowledge }
        placedShare = (places.filter { [.address, .postcode].contains($0.locationPrecision) }.count, places.count)
        helplines = active.filter { $0.servesWholeCountry && $0.locationType == .virtual && $0.supportTypes.contains("hulplijn-en-crisis") }
            .map { ($0.id, !$0.routes.isEmpty) }.sorted { $0.id < $1.id }
        let lokets = active.filter { $0.sector == "sociaal-domein" && $0.audience == .everyone && !$0.routes.isEmpty }
        municipalitiesWithoutLoket = coverage.regions.flatMap(\.municipalities).filter { municipality in
            !lokets.contains { $0.serviceArea.contains(municipality) || ($0.serviceArea.isEmpty && $0.municipality == municipality) }
        }.sorted()
        distinctDates = Set(records.compactMap(\.assuredDate)).count
        undated = records.filter { $0.assuredDate == nil }.count
    }

    /// A plain-text table for the terminal.
    public func text() -> String {
        let kinds = Entry.Kind.allCases.filter { $0 != .knowledge }
        let width = max(20, (rows.map(\.municipality.count).max() ?? 0) + 2)
        func pad(_ text: String, _ n: Int) -> String { text + String(repeating: " ", count: max(1, n - text.count)) }
        func percent(_ part: Int, _ whole: Int) -> String {
            whole == 0 ? "–" : "\(Int((Double(part) * 100 / Double(whole)).rounded())) %"
        }
        var lines = [pad("gemeente", width) + kinds.map { pad($0.rawValue, 11) }.joined() + "totaal"]
        func line(_ name: String, _ counts: [Entry.Kind: Int]) -> String {
            pad(name, width) + kinds.map { pad(String(counts[$0] ?? 0), 11) }.joined() + String(counts.values.reduce(0, +))
        }
        lines += rows.map { line($0.municipality, $0.counts) }
        lines.append(line(Self.nationwideLabel, nationwide))

        lines += ["", "Praktische gaten per gemeente en soort (actieve en geplande records, geen artikelen):"]
        let columns = ["records", "geen contact", "plek vaag", "geen tijden", "verouderd", "gepland", "alleen prof."]
        let holeWidth = max(width, (holes.map(\.municipality.count).max() ?? 0) + 2)
        lines.append(pad("gemeente", holeWidth) + pad("soort", 12) + columns.map { pad($0, 14) }.joined())
        func holeLine(_ name: String, _ kind: String, _ h: Holes) -> String {
            let values = [h.records, h.withoutContact, h.withoutPrecisePlace, h.withoutHours, h.stale, h.planned, h.professionalOnly]
            return pad(name, holeWidth) + pad(kind, 12) + values.map { pad(String($0), 14) }.joined()
        }
        lines += holes.map { holeLine($0.municipality, $0.kind.rawValue, $0.holes) }
        lines.append(holeLine("alles samen", "", total))
        lines += [
            "  geen contact: geen telefoon, chat, e-mail of website; plek vaag: alleen de gemeente of geen plek;",
            "  verouderd: de nieuwste bron is ouder dan \(freshnessMonths) maanden, of geen bron heeft een datum.",
        ]

        lines += ["", "Leeftijd van de nieuwste bron per gegeven (records die het gegeven tonen):"]
        lines.append(pad("gegeven", 18) + ["records", "zonder datum", "mediaan", "oudste", "> \(freshnessMonths) mnd"].map { pad($0, 14) }.joined())
        for age in factAges where age.records > 0 {
            let sorted = age.months.sorted()
            let median = sorted.isEmpty ? "–" : "\(sorted[sorted.count / 2]) mnd"
            let oldest = sorted.last.map { "\($0) mnd" } ?? "–"
            lines.append(pad(age.fact, 18) + [String(age.records), String(age.undated), median, oldest, String(age.olderThanLimit)].map { pad($0, 14) }.joined())
        }

        lines += ["", "Doelen:"]
        lines.append("  Records met een contactroute (telefoon, chat, e-mail of website) uit een genoemde bron: \(contactRouteShare.withRoute) van \(contactRouteShare.records) (\(percent(contactRouteShare.withRoute, contactRouteShare.records)))")
        lines.append("  Plekken om heen te gaan op postcode of adres: \(placedShare.precise) van \(placedShare.places) (\(percent(placedShare.precise, placedShare.places)))")
        lines.append("  Landelijke hulplijnen met een contactroute: \(helplines.filter(\.hasRoute).count) van \(helplines.count)" + (helplines.contains { !$0.hasRoute } ? "; zonder: " + helplines.filter { !$0.hasRoute }.map(\.id).joined(separator: ", ") : ""))
        lines.append("  Gemeenten zonder eigen loket of sociaal team met contactroute: \(municipalitiesWithoutLoket.count)" + (municipalitiesWithoutLoket.isEmpty ? "" : " (" + municipalitiesWithoutLoket.joined(separator: ", ") + ")"))
        lines.append("  Verschillende datums 'laatst gecontroleerd': \(distinctDates); records zonder datum: \(undated)")

        func list(_ title: String, _ ids: [String]) {
            lines += ["", "\(title): \(ids.count)"] + ids.map { "  \($0)" }
        }
        list("Zonder plek op de kaart (fysiek, maar geen adres, plaats of gemeente)", withoutLocation)
        list("Zonder B1-samenvatting van een beheerder", withoutSummary)
        list("Zonder bron", withoutSource)
        list("Langer dan \(freshnessMonths) maanden niet gecontroleerd, of datum onbekend", stale)
        return lines.joined(separator: "\n") + "\n"
    }
}

extension Entry {
    /// Phone, chat, e-mail or a web address a resident can use.
    var routes: [String] {
        phones.map(\.number) + [chat, email, url ?? organization?.url].compactMap { $0 }
    }
}
