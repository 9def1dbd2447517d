import Foundation
import KaartModel

/// Demand beside supply, for a network coordinator (`kaart gebruik` and the maintainers'
/// route): per levensdomein × gemeente the searches, the share that found nothing and the
/// records on offer (what `kaart dekking` counts), the zero-result concepts that at least
/// `UsagePolicy.minimumSharedGap` searches share, and the half-yearly report as Markdown, CSV
/// and an SVG bar chart of demand against supply per domain.
public struct UsageReport: Sendable {
    public struct Cell: Hashable, Sendable, Encodable {
        public var domain: String
        public var municipality: String
        public var searches: Int
        public var zeroResults: Int
        /// Records of this domain in this gemeente (nationwide and online ones not included).
        public var supply: Int

        public var zeroShare: Double { searches == 0 ? 0 : Double(zeroResults) / Double(searches) }
    }

    public struct Totals: Hashable, Sendable, Encodable {
        public var searchesByChannel: [String: Int] = [:]
        public var views = 0
        public var handouts = 0
        public var foundYes = 0
        public var foundNo = 0
        public var zeroResults = 0
        public var searches: Int { searchesByChannel.values.reduce(0, +) }
    }

    public var from: Day
    public var to: Day
    public var municipality: String?
    public var cells: [Cell]
    public var totals: Totals
    public var gaps: [(concept: String, count: Int)]
    let labels: [String: String]

    public init(totals usage: UsageTotals, records: [Entry], taxonomy: Taxonomy, from: Day, to: Day, municipality: String?) {
        self.from = from
        self.to = to
        self.municipality = municipality
        gaps = usage.gaps
        labels = Dictionary(taxonomy.terms(.domains).map { ($0.code, $0.dutch) }, uniquingKeysWith: { a, _ in a })
        var totals = Totals()
        var demand: [[String]: (searches: Int, zero: Int)] = [:]
        for row in usage.rows {
            switch row.event {
            case .search:
                totals.searchesByChannel[row.channel.rawValue, default: 0] += row.count
                if row.size == .none { totals.zeroResults += row.count }
                var cell = demand[[row.domain, row.municipality], default: (0, 0)]
                cell.searches += row.count
                if row.size == .none { cell.zero += row.count }
                demand[[row.domain, row.municipality]] = cell
            case .view: totals.views += row.count
            case .handout: totals.handouts += row.count
            case .foundYes: totals.foundYes += row.count
            case .foundNo: totals.foundNo += row.count
            }
        }
        self.totals = totals
        var supply: [[String]: Int] = [:]
        for entry in records where entry.audience == .everyone {
            guard let place = entry.municipality, municipality == nil || place == municipality else { continue }
            for domain in entry.domains { supply[[domain, place], default: 0] += 1 }
        }
        let keys = Set(demand.keys).union(supply.keys)
        cells = keys.map { key in
            Cell(domain: key[0], municipality: key[1], searches: demand[key]?.searches ?? 0, zeroResults: demand[key]?.zero ?? 0, supply: supply[key] ?? 0)
        }.sorted { ($0.searches, $1.domain, $1.municipality) > ($1.searches, $0.domain, $0.municipality) }
    }

    func label(_ domain: String) -> String { domain.isEmpty ? "(geen domein)" : labels[domain] ?? domain }
    func place(_ municipality: String) -> String { municipality.isEmpty ? "(geen plaats)" : municipality }

    static func percent(_ share: Double) -> String { String(format: "%.0f%%", share * 100) }

    /// Demand and supply per domain, summed over gemeenten: the chart's bars.
    public var perDomain: [(domain: String, searches: Int, zeroResults: Int, supply: Int)] {
        var sums: [String: (Int, Int, Int)] = [:]
        for cell in cells {
            var sum = sums[cell.domain, default: (0, 0, 0)]
            sum.0 += cell.searches
            sum.1 += cell.zeroResults
            sum.2 += cell.supply
            sums[cell.domain] = sum
        }
        return sums.map { ($0.key, $0.value.0, $0.value.1, $0.value.2) }.sorted { ($0.searches, $1.domain) > ($1.searches, $0.domain) }
    }

    /// The terminal's text.
    public func text() -> String {
        var out = "Gebruik van \(from) tot en met \(to)\(municipality.map { ", gemeente \($0)" } ?? "")\n"
        let channels = totals.searchesByChannel.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        out += "Zoekopdrachten: \(totals.searches)\(channels.isEmpty ? "" : " (\(channels))"), zonder resultaat: \(totals.zeroResults)"
        out += totals.searches > 0 ? " (\(Self.percent(Double(totals.zeroResults) / Double(totals.searches))))\n" : "\n"
        out += "Records bekeken: \(totals.views), handouts: \(totals.handouts), \"vond je wat je zocht?\": ja \(totals.foundYes), nee \(totals.foundNo)\n\n"
        out += "Vraag en aanbod per levensdomein en gemeente (zoekopdrachten · zonder resultaat · records)\n"
        if cells.isEmpty { out += "  (nog niets geteld)\n" }
        for cell in cells {
            out += "  \(label(cell.domain)) — \(place(cell.municipality)): \(cell.searches) · \(cell.searches == 0 ? "-" : Self.percent(cell.zeroShare)) · \(cell.supply)\n"
        }
        out += "\nZoekopdrachten zonder resultaat, naar begrip (alleen als ≥ \(UsagePolicy.minimumSharedGap) ze delen)\n"
        if gaps.isEmpty { out += "  (geen)\n" }
        for gap in gaps { out += "  \(gap.concept): \(gap.count)\n" }
        return out
    }

    /// The half-yearly report for the steering group, in Markdown.
    public func markdown(chartFile: String) -> String {
        var out = "# Gebruik van de sociale kaart, \(from) tot en met \(to)\n\n"
        if let municipality { out += "Gemeente: \(municipality)\n\n" }
        out += "Alleen dagtotalen: geen IP-adressen, geen cookies, geen zoekteksten, niets over één persoon.\n\n"
        out += "- Zoekopdrachten: \(totals.searches) (zonder resultaat: \(totals.zeroResults))\n"
        out += "- Records bekeken: \(totals.views); handouts: \(totals.handouts)\n"
        out += "- \"Vond je wat je zocht?\": ja \(totals.foundYes), nee \(totals.foundNo)\n\n"
        out += "![Vraag en aanbod per levensdomein](\(chartFile))\n\n"
        out += "## Vraag en aanbod per levensdomein en gemeente\n\n"
        out += "| Levensdomein | Gemeente | Zoekopdrachten | Zonder resultaat | Records |\n|---|---|---:|---:|---:|\n"
        for cell in cells {
            out += "| \(label(cell.domain)) | \(place(cell.municipality)) | \(cell.searches) | \(cell.searches == 0 ? "-" : Self.percent(cell.zeroShare)) | \(cell.supply) |\n"
        }
        out += "\n## Gezocht maar niet gevonden\n\n"
        out += "Begrippen uit zoekopdrachten zonder resultaat, alleen als minstens \(UsagePolicy.minimumSharedGap) zoekopdrachten ze delen.\n\n"
        if gaps.isEmpty { out += "(geen)\n" }
        for gap in gaps { out += "- \(gap.concept): \(gap.count)\n" }
        return out
    }

    /// One row per levensdomein × gemeente, for a spreadsheet.
    public func csv() -> String {
        func field(_ text: String) -> String {
            text.contains(where: { ",\"\n".contains($0) }) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
        var out = "levensdomein,gemeente,zoekopdrachten,zonder_resultaat,records\n"
        for cell in cells {
            out += [field(cell.domain), field(cell.municipality), "\(cell.searches)", "\(cell.zeroResults)", "\(cell.supply)"].joined(separator: ",") + "\n"
        }
        return out
    }

    /// Demand (searches) beside supply (records) per levensdomein, as horizontal bars.
    public func svg() -> String {
        let rows = perDomain
        let width = 720.0, labelWidth = 220.0, barHeight = 14.0, rowHeight = 40.0, top = 50.0
        let maximum = Double(max(1, rows.map { max($0.searches, $0.supply) }.max() ?? 1))
        let scale = (width - labelWidth - 70) / maximum
        func escape(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        }
        let height = top + Double(max(1, rows.count)) * rowHeight + 20
        var out = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(Int(width))" height="\(Int(height))" viewBox="0 0 \(Int(width)) \(Int(height))" font-family="sans-serif" font-size="12">
            <title>Vraag en aanbod per levensdomein, \(from) tot en met \(to)</title>
            <rect x="\(Int(labelWidth))" y="10" width="12" height="12" fill="#1f5f8b"/><text x="\(Int(labelWidth) + 18)" y="20">zoekopdrachten</text>
            <rect x="\(Int(labelWidth) + 140)" y="10" width="12" height="12" fill="#d08c1b"/><text x="\(Int(labelWidth) + 158)" y="20">records</text>

            """
        for (i, row) in rows.enumerated() {
            let y = top + Double(i) * rowHeight
            let demand = Double(row.searches) * scale, supply = Double(row.supply) * scale
            out += """
                <text x="\(Int(labelWidth) - 8)" y="\(Int(y + barHeight))" text-anchor="end">\(escape(label(row.domain)))</text>
                <rect x="\(Int(labelWidth))" y="\(Int(y))" width="\(String(format: "%.1f", demand))" height="\(Int(barHeight))" fill="#1f5f8b"/>
                <text x="\(String(format: "%.1f", labelWidth + demand + 4))" y="\(Int(y + barHeight - 2))">\(row.searches)</text>
                <rect x="\(Int(labelWidth))" y="\(Int(y + barHeight + 2))" width="\(String(format: "%.1f", supply))" height="\(Int(barHeight))" fill="#d08c1b"/>
                <text x="\(String(format: "%.1f", labelWidth + supply + 4))" y="\(Int(y + 2 * barHeight))">\(row.supply)</text>

                """
        }
        out += "</svg>\n"
        return out
    }
}
