import KaartModel
import SearchIndex

/// Facts about a record phrased for people, shared by every output format, so the terminal,
/// the page and the JSON say the same thing.
public struct EntryFacts: Sendable {
    public let entry: Entry
    public let strings: Strings
    public let taxonomy: Taxonomy

    public init(_ entry: Entry, strings: Strings, taxonomy: Taxonomy) {
        self.entry = entry
        self.strings = strings
        self.taxonomy = taxonomy
    }

    /// The plain-language summary: the maintainer's B1 text, else the one the indexer generated
    /// from the record. Only a record that never went through the indexer falls back to the
    /// description's opening.
    public var summary: String {
        if let summary = entry.summaryB1 ?? entry.generatedSummaryB1 { return Self.oneLine(summary) }
        return Self.opening(of: entry.description, sentences: 2)
    }

    /// Where it is, never more precise than the record knows: "Voorbeeldstraat 1, 6811 AB
    /// Arnhem", "ergens in de gemeente Arnhem", "online, voor heel Nederland".
    public var place: String {
        if entry.locationType == .virtual {
            return "\(strings.online), " + area
        }
        switch entry.locationPrecision {
        case .address, .postcode, .place:
            let street = entry.address?.address1
            let town = [entry.address?.postalCode, entry.address?.city ?? entry.municipality].compactMap { $0 }.joined(separator: " ")
            let text = [street, town.isEmpty ? nil : town].compactMap { $0 }.joined(separator: ", ")
            return text.isEmpty ? entry.municipality.map(strings.inMunicipality) ?? area : text
        case .municipality:
            return entry.municipality.map(strings.somewhereInMunicipality) ?? area
        case .none:
            return area
        }
    }

    /// Who it serves: "voor heel Nederland" or "voor inwoners van Arnhem, Rheden".
    public var area: String {
        if entry.servesWholeCountry { return strings.nationwide }
        let list = entry.serviceArea.isEmpty ? (entry.municipality.map { [$0] } ?? []) : entry.serviceArea
        return list.isEmpty ? strings.unknown : strings.servesArea(list.joined(separator: ", "))
    }

    /// "2,3 km", or "ca. 4 km" when the place is only known to the municipality or town; nil
    /// when such a record is about as close as its own centre, where a number would mislead.
    public func distance(_ distance: Distance?) -> String? {
        guard let distance else { return nil }
        let approximate = entry.locationPrecision == .municipality || entry.locationPrecision == .place
        if approximate && distance.kilometres < 2 { return nil }
        let text = distance.formatted(decimalSeparator: strings.decimalSeparator)
        return approximate ? "\(strings.about) \(text)" : text
    }

    /// Phone numbers, chat, e-mail and website, or a plain sentence that none are known.
    public var contact: String {
        let parts = routes.map { "\(label($0.kind)) \($0.value)" }
        return parts.isEmpty ? strings.noContact : parts.joined(separator: " · ")
    }

    /// "november 2026", or "datum onbekend" when no dated source vouches for the record.
    public var lastChecked: String { entry.assuredDate.map(strings.monthYear) ?? strings.practical.dateUnknown }

    /// For a record kept in step with another map: "bijgewerkt uit bron X op 24 november 2026",
    /// or, once it is off the map, "niet meer bij bron X sinds …". Never a check date.
    public var sourceNote: String? {
        guard let update = entry.sourceUpdate else { return nil }
        if let gone = update.goneSince, entry.status == .inactive {
            return strings.goneFromSource(update.source, strings.dayMonthYear(gone))
        }
        return strings.sourceUpdated(update.source, strings.dayMonthYear(update.updated))
    }

    public var kind: String { strings.kindLabels[entry.kind] ?? entry.kind.rawValue }

    public func labels(_ facet: Taxonomy.Facet, _ codes: [String]) -> String {
        codes.map { strings.term(facet, $0, taxonomy) }.joined(separator: ", ")
    }

    public var cost: String? {
        if let fees = entry.feesDescription { return fees }
        return entry.free == true ? strings.free : nil
    }

    public var ages: String? {
        switch (entry.minimumAge, entry.maximumAge) {
        case (let low?, let high?): return strings.data.agesBetween(low, high)
        case (let low?, nil): return strings.data.agesFrom(low)
        case (nil, let high?): return strings.data.agesUpTo(high)
        default: return nil
        }
    }

    /// The handout's questions with what the record knows, in the order B1 writers use; the
    /// unknown ones are left out. Shared by the printed page and the text handout.
    /// `isDutch` marks a record's own free text, which stays Dutch in every language.
    public var handoutSections: [(heading: String, text: String, isDutch: Bool)] {
        let sections: [(String, String?, Bool)] = [
            ("target_groups", labels(.targetGroups, entry.targetGroups) + (ages.map { " (\($0))" } ?? ""), false),
            ("where", place, false),
            ("schedule", hours, entry.schedules.isEmpty),
            ("cost", cost, entry.feesDescription != nil),
            ("application_process", entry.applicationProcess, true),
            ("contact", contact, false),
        ]
        return sections.compactMap { field, value, isDutch in
            guard let value, !value.isEmpty else { return nil }
            return (strings.label(field), value, isDutch)
        }
    }

    /// The lines of `text` trimmed and joined with one space (without Foundation's trimming,
    /// which goes through NSString on Linux and was a fifth of a results page).
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map(\.trimmingWhitespace)
            .filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// The first `sentences` sentences of `text`.
    static func opening(of text: String, sentences: Int) -> String {
        let flat = oneLine(text)
        var count = 0
        var end = flat.endIndex
        var index = flat.startIndex
        while index < flat.endIndex {
            let next = flat.index(after: index)
            if ".!?".contains(flat[index]) && (next == flat.endIndex || flat[next] == " ") {
                count += 1
                if count == sentences {
                    end = next
                    break
                }
            }
            index = next
        }
        return String(flat[..<end])
    }
}
