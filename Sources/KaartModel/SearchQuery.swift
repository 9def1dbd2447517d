/// Everything a search asks for, parsed in one place for the terminal, the web page and the API.
public struct SearchQuery: Hashable, Sendable {
    /// Free text as typed; analysed later.
    public var text: String = ""
    /// Levensdomein, doelgroep, soort, toegang, taal: several codes within one facet are OR,
    /// different facets AND.
    public var domains: [String] = []
    public var targetGroups: [String] = []
    public var supportTypes: [String] = []
    public var access: [String] = []
    public var languages: [String] = []
    public var kinds: [Entry.Kind] = []
    public var municipalities: [String] = []
    public var age: Int?
    public var freeOnly = false
    /// Only records open now (`.openNow`) or at some time today (`.openToday`), by their
    /// schedules, in Dutch time; records without schedules never pass.
    public var open: Openness?
    /// A postcode, place, municipality or "lat,lon", resolved against the gazetteer.
    public var near: String?
    public var radius: Distance = .defaultRadius
    public var sort: Sort = .relevance
    public var page = 1
    public var perPage = 10
    public var language: Language = .dutch
    /// Parts of reading the words that are switched off (`negeer`): the words are then searched
    /// as typed in that respect. Empty by default: typos are corrected, a place, an age and an
    /// audience are taken out of the words, and phrases map to concepts.
    public var ignore: Set<Reading> = []
    /// Doelgroep codes whose help ranks higher, as when the words name them ("mijn dochter"),
    /// without hiding help for everyone: the assistant (`kaart advies`) passes the audience its
    /// situation names to each search. Never a filter; not a parameter of `parse`.
    public var preferredGroups: [String] = []

    /// What reading the words may do, each of which a searcher can switch off.
    public enum Reading: String, CaseIterable, Hashable, Sendable {
        case spelling = "spelling"
        case place = "plaats"
        case age = "leeftijd"
        case audience = "doelgroep"
        case concepts = "begrippen"
    }

    public enum Sort: String, CaseIterable, Sendable {
        case relevance = "relevantie"
        case distance = "afstand"
        case name = "naam"
    }

    public init() {}

    public static let maximumPerPage = 100
    public static let maximumRadius = Distance.km(300)
    /// Search text beyond this is cut at a word boundary: a person's question fits, a pasted
    /// page or a 2,000-letter "word" costs nothing more than a short one.
    public static let maximumTextLength = 200
    /// Words beyond this are dropped; analysis keeps at most `AnalyzedQuery.maximumTerms`.
    public static let maximumWords = 16
    /// A postcode, place or municipality name is never longer.
    public static let maximumPlaceLength = 100

    /// `text` within `maximumTextLength` characters and `maximumWords` words. A single word
    /// longer than the limit is cut too: no compound is that long.
    static func bounded(_ text: String) -> String {
        guard text.utf8.count > maximumTextLength || text.utf8.count > maximumWords * 2 else { return text }
        var head = Substring(text.prefix(maximumTextLength))
        if head.endIndex < text.endIndex, !text[head.endIndex].isWhitespace,
            let space = head.lastIndex(where: \.isWhitespace)
        {
            head = head[..<space]
        }
        let words = head.split(whereSeparator: \.isWhitespace)
        guard words.count > maximumWords else { return String(head) }
        return words.prefix(maximumWords).joined(separator: " ")
    }

    /// True when the query asks for nothing in particular.
    public var isUnconstrained: Bool {
        text.trimmingWhitespace.isEmpty && domains.isEmpty
            && targetGroups.isEmpty && supportTypes.isEmpty && access.isEmpty && languages.isEmpty
            && kinds.isEmpty && municipalities.isEmpty && age == nil && !freeOnly && open == nil && near == nil
    }

    /// Parses named parameters as the web form and the CLI both supply them (Dutch names:
    /// `wat`, `bij`, `km`, `domein`, `doelgroep`, `soort`, `toegang`, `taal`, `kind`, `gemeente`,
    /// `leeftijd`, `gratis`, `open`, `sorteer`, `pagina`, `per_pagina`, `negeer`). Codes are checked against the
    /// taxonomy; labels are accepted too ("Geld en schulden" for `geld-en-schulden`).
    public static func parse(
        _ parameters: [(name: String, value: String)], taxonomy: Taxonomy
    ) throws(QueryError) -> SearchQuery {
        var query = SearchQuery()
        for (name, rawValue) in parameters {
            let value = rawValue.trimmingWhitespace
            switch name {
            case "wat", "q", "search":
                query.text = query.text.isEmpty ? value : query.text + " " + value
            case "bij", "postcode", "plaats":
                guard value.count <= maximumPlaceLength else {
                    throw .invalid(parameter: name, value: String(value.prefix(40)) + "…", expected: "een postcode of plaatsnaam van hoogstens \(maximumPlaceLength) tekens")
                }
                if !value.isEmpty { query.near = value }
            case "proximity":
                // Open Referral's HSDS API: meters from the postcode's centroid.
                guard !value.isEmpty else { continue }
                guard let meters = Double(value), meters > 0, meters <= maximumRadius.kilometres * 1_000 else {
                    throw .invalid(parameter: name, value: value, expected: "een afstand in meters tussen 0 en \(Int(maximumRadius.kilometres * 1_000)), bijvoorbeeld 15000")
                }
                query.radius = .km(meters / 1_000)
            case "km":
                guard !value.isEmpty else { continue }
                guard let km = Double(value.replacingOccurrences(of: ",", with: ".")), km > 0,
                    km <= maximumRadius.kilometres
                else {
                    throw .invalid(parameter: name, value: value, expected: "een afstand in km tussen 0 en \(Int(maximumRadius.kilometres)), bijvoorbeeld 15")
                }
                query.radius = .km(km)
            case "domein", "levensdomein":
                try query.domains.append(code(value, .domains, name, taxonomy))
            case "doelgroep":
                try query.targetGroups.append(code(value, .targetGroups, name, taxonomy))
            case "soort":
                try query.supportTypes.append(code(value, .supportTypes, name, taxonomy))
            case "toegang":
                try query.access.append(code(value, .access, name, taxonomy))
            // On the web `taal` chooses the page's language, so there the filter is `hulptaal`.
            case "taal", "hulptaal":
                let language = value.lowercased()
                guard language.count == 2, language.allSatisfy({ $0.isASCII && $0.isLetter }) else {
                    throw .invalid(parameter: name, value: value, expected: "een taalcode van twee letters, bijvoorbeeld nl, en, ar of tr")
                }
                query.languages.append(language)
            case "kind", "type":
                guard let kind = Entry.Kind(rawValue: value.lowercased()) else {
                    throw .invalid(parameter: name, value: value, expected: "een van: " + Entry.Kind.allCases.map(\.rawValue).joined(separator: ", "))
                }
                query.kinds.append(kind)
            case "gemeente":
                guard value.count <= maximumPlaceLength else {
                    throw .invalid(parameter: name, value: String(value.prefix(40)) + "…", expected: "een gemeentenaam van hoogstens \(maximumPlaceLength) tekens")
                }
                if !value.isEmpty { query.municipalities.append(value) }
            case "leeftijd":
                guard let age = Int(value), (0...120).contains(age) else {
                    throw .invalid(parameter: name, value: value, expected: "een leeftijd in jaren, bijvoorbeeld 19")
                }
                query.age = age
            case "gratis":
                switch value.lowercased() {
                case "", "1", "ja", "true", "on", "yes": query.freeOnly = true
                case "0", "nee", "false", "off", "no": query.freeOnly = false
                default: throw .invalid(parameter: name, value: value, expected: "ja of nee")
                }
            case "open":
                switch value.lowercased() {
                case "": query.open = nil
                case "nu", "now": query.open = .openNow
                case "vandaag", "today": query.open = .openToday
                default: throw .invalid(parameter: name, value: value, expected: "nu of vandaag")
                }
            case "negeer", "ignore":
                guard !value.isEmpty else { continue }
                for part in value.split(separator: ",", omittingEmptySubsequences: false).map(String.init) {
                    if part == "alles" {
                        query.ignore = Set(Reading.allCases)
                    } else if let reading = Reading(rawValue: part) {
                        query.ignore.insert(reading)
                    } else {
                        throw .invalid(parameter: name, value: value, expected: "een of meer van: spelling, plaats, leeftijd, doelgroep, begrippen, alles")
                    }
                }
            case "sorteer", "sort":
                guard let sort = Sort(rawValue: value.lowercased()) else {
                    throw .invalid(parameter: name, value: value, expected: "relevantie, afstand of naam")
                }
                query.sort = sort
            case "pagina", "page":
                guard let page = Int(value), page >= 1, page <= 10_000 else {
                    throw .invalid(parameter: name, value: value, expected: "een paginanummer vanaf 1")
                }
                query.page = page
            case "per_pagina", "per_page", "limit":
                guard let perPage = Int(value), (1...maximumPerPage).contains(perPage) else {
                    throw .invalid(parameter: name, value: value, expected: "een aantal van 1 tot en met \(maximumPerPage)")
                }
                query.perPage = perPage
            default:
                throw .unknownParameter(name)
            }
        }
        query.text = bounded(query.text)
        return query
    }

    private static func code(
        _ value: String, _ facet: Taxonomy.Facet, _ parameter: String, _ taxonomy: Taxonomy
    ) throws(QueryError) -> String {
        let key = Gazetteer.key(value)
        if let term = taxonomy.terms(facet).first(where: {
            $0.code == value || Gazetteer.key($0.code) == key || Gazetteer.key($0.dutch) == key
                || Gazetteer.key($0.english) == key
        }) {
            return term.code
        }
        throw .unknownCode(parameter: parameter, value: value, choices: taxonomy.terms(facet).map(\.code))
    }
}

/// A search that cannot run as asked, with what to do instead.
public enum QueryError: Error, Hashable, Sendable, CustomStringConvertible {
    case invalid(parameter: String, value: String, expected: String)
    case unknownCode(parameter: String, value: String, choices: [String])
    case unknownParameter(String)
    case ambiguousPlace(name: String, choices: [String])
    case unknownPlace(name: String, suggestions: [String])

    public var description: String {
        switch self {
        case .invalid(let parameter, let value, let expected):
            return "\(parameter) \"\(value)\" is niet geldig: geef \(expected)."
        case .unknownCode(let parameter, let value, let choices):
            return "\(parameter) \"\(value)\" bestaat niet. Kies uit: \(choices.joined(separator: ", "))."
        case .unknownParameter(let name):
            return "onbekende zoekoptie \"\(name)\"."
        case .ambiguousPlace(let name, let choices):
            return "\"\(name)\" kan meerdere plaatsen zijn: \(choices.joined(separator: "; ")). Kies er een, bijvoorbeeld \"\(choices.first ?? name)\", of geef een postcode."
        case .unknownPlace(let name, let suggestions):
            let hint = suggestions.isEmpty ? "" : " Bedoel je: \(suggestions.joined(separator: ", "))?"
            return "\"\(name)\" kennen we niet als postcode, plaats of gemeente.\(hint) Geef een postcode (zoals 6811) of een plaatsnaam."
        }
    }
}
