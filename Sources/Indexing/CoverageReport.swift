import KaartModel

/// Where the map has holes: help per municipality and kind, and the records that lack a place,
/// a B1 summary, a source, or a recent check.
public struct CoverageReport: Sendable {
    public struct Row: Sendable {
        public var municipality: String
        /// Records that help residents there, by kind: located there, or serving it.
        public var counts: [Entry.Kind: Int]
    }

    public var rows: [Row]
    public var nationwide: [Entry.Kind: Int]
    public var withoutLocation: [String]
    public var withoutSummary: [String]
    public var withoutSource: [String]
    public var stale: [String]
    public var freshnessMonths: Int

    /// Builds the report. `freshnessMonths` is the age past which a record counts as stale.
    public init(records: [Entry], today: Day, freshnessMonths: Int = 12) {
        var counts: [String: [Entry.Kind: Int]] = [:]
        var nationwide: [Entry.Kind: Int] = [:]
        for entry in records where entry.status == .active && entry.kind != .knowledge {
            if entry.servesWholeCountry {
                nationwide[entry.kind, default: 0] += 1
                continue
            }
            let places = Set(entry.serviceArea + [entry.municipality].compactMap { $0 })
            for place in places { counts[place, default: [:]][entry.kind, default: 0] += 1 }
        }
        rows = counts.keys.sorted().map { Row(municipality: $0, counts: counts[$0]!) }
        self.nationwide = nationwide
        withoutLocation = records.filter {
            $0.locationType == .physical && $0.coordinate == nil
        }.map(\.id).sorted()
        withoutSummary = records.filter { $0.summaryB1 == nil }.map(\.id).sorted()
        withoutSource = records.filter { $0.sources.isEmpty }.map(\.id).sorted()
        stale = records.filter { $0.isPastFreshnessLimit(on: today, limitMonths: freshnessMonths) }.map(\.id).sorted()
        self.freshnessMonths = freshnessMonths
    }

    /// A plain-text table for the terminal.
    public func text() -> String {
        let kinds = Entry.Kind.allCases.filter { $0 != .knowledge }
        let width = max(20, (rows.map(\.municipality.count).max() ?? 0) + 2)
        func pad(_ text: String, _ n: Int) -> String { text + String(repeating: " ", count: max(1, n - text.count)) }
        var lines = [pad("gemeente", width) + kinds.map { pad($0.rawValue, 11) }.joined() + "totaal"]
        func line(_ name: String, _ counts: [Entry.Kind: Int]) -> String {
            pad(name, width) + kinds.map { pad(String(counts[$0] ?? 0), 11) }.joined() + String(counts.values.reduce(0, +))
        }
        lines += rows.map { line($0.municipality, $0.counts) }
        lines.append(line("(heel Nederland)", nationwide))
        func list(_ title: String, _ ids: [String]) {
            lines += ["", "\(title): \(ids.count)"] + ids.map { "  \($0)" }
        }
        list("Zonder plek op de kaart (fysiek, maar geen adres, plaats of gemeente)", withoutLocation)
        list("Zonder B1-samenvatting van een beheerder", withoutSummary)
        list("Zonder bron", withoutSource)
        list("Langer dan \(freshnessMonths) maanden niet gecontroleerd", stale)
        return lines.joined(separator: "\n") + "\n"
    }
}
