/// The taxonomy (DESIGN §4): codes with Dutch and English labels and the words people type for
/// them. Loaded from `Indexer/taxonomy.yaml`; stored in the index so search needs no other file.
public struct Taxonomy: Codable, Hashable, Sendable {
    /// A dimension of the taxonomy, named by its field in the corpus.
    public enum Facet: String, Codable, CaseIterable, Sendable {
        case domains
        case targetGroups = "target_groups"
        case supportTypes = "support_types"
        case access
        case lines
        case sectors
        case positiveHealth = "positieve_gezondheid"

        /// The Dutch word a person uses for this facet (and the CLI flag).
        public var dutchName: String {
            switch self {
            case .domains: "levensdomein"
            case .targetGroups: "doelgroep"
            case .supportTypes: "soort"
            case .access: "toegang"
            case .lines: "lijn"
            case .sectors: "sector"
            case .positiveHealth: "positieve gezondheid"
            }
        }
    }

    public struct Term: Codable, Hashable, Sendable {
        public var code: String
        public var dutch: String
        public var english: String
        public var synonyms: [String]
        public var minimumAge: Int?
        public var maximumAge: Int?
        /// Positieve Gezondheid dimensions this levensdomein belongs to.
        public var positiveHealth: [String]

        public init(
            code: String, dutch: String, english: String, synonyms: [String] = [],
            minimumAge: Int? = nil, maximumAge: Int? = nil, positiveHealth: [String] = []
        ) {
            self.code = code
            self.dutch = dutch
            self.english = english
            self.synonyms = synonyms
            self.minimumAge = minimumAge
            self.maximumAge = maximumAge
            self.positiveHealth = positiveHealth
        }

        public func label(_ language: Language) -> String { language == .dutch ? dutch : english }
    }

    public var terms: [Facet: [Term]]

    public init(terms: [Facet: [Term]]) { self.terms = terms }

    /// As the synthesized encoding (facet, terms, facet, terms, …), with the facets in order,
    /// so the same taxonomy always gives the same bytes (the index stores it).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        var list = container.nestedUnkeyedContainer(forKey: .terms)
        for facet in Facet.allCases {
            guard let facetTerms = terms[facet] else { continue }
            try list.encode(facet)
            try list.encode(facetTerms)
        }
    }

    public func terms(_ facet: Facet) -> [Term] { terms[facet] ?? [] }

    public func term(_ facet: Facet, code: String) -> Term? {
        terms(facet).first { $0.code == code }
    }

    /// The label for a code, or the code itself when unknown (never crash on stale data).
    public func label(_ facet: Facet, code: String, _ language: Language) -> String {
        term(facet, code: code)?.label(language) ?? code
    }
}
