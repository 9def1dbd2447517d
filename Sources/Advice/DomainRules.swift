import DutchText
import KaartModel

/// The explainable rules that place a need in a levensdomein, in this order:
/// 1. a concept of the lexicon names its domains (`domains:` in `Indexer/concepts.yaml`:
///    "krap bij kas" → geldzorgen → geld en schulden);
/// 2. a plain word is the domain's own label or one of its synonyms in `Indexer/taxonomy.yaml`
///    ("vrienden" → sociale contacten), by its folded form or its Snowball stem.
/// Anything else is not placed, and the answer says so. No weights, no model.
public struct DomainRules: Sendable {
    let conceptDomains: [String: [String]]
    let wordDomains: [String: String]
    let stemDomains: [String: String]
    let stemmer: DutchStemmer

    public init(taxonomy: Taxonomy, concepts: ConceptLexicon, stemmer: DutchStemmer, stopWords: Set<String>) {
        self.stemmer = stemmer
        var words: [String: String] = [:]
        var stems: [String: String] = [:]
        for term in taxonomy.terms(.domains) {
            for text in [term.dutch] + term.synonyms {
                let parts = TextNormalizer.words(text).filter { !stopWords.contains($0) }
                let key = parts.joined(separator: " ")
                guard !key.isEmpty else { continue }
                if words[key] == nil { words[key] = term.code }
                if parts.count == 1 {
                    let stem = stemmer.stem(parts[0])
                    if stems[stem] == nil { stems[stem] = term.code }
                }
            }
        }
        self.wordDomains = words
        self.stemDomains = stems
        let codes = Set(taxonomy.terms(.domains).map(\.code))
        var conceptDomains: [String: [String]] = [:]
        for concept in concepts.concepts {
            if let named = concept.domains {
                conceptDomains[concept.id] = named.filter(codes.contains)
            } else {
                // An index built before concepts named their domains: rule 2 for the concept's
                // own Dutch words.
                var found: [String] = []
                for word in concept.search {
                    if let code = Self.lookUp(word, words: words, stems: stems, stemmer: stemmer), !found.contains(code) { found.append(code) }
                }
                conceptDomains[concept.id] = found
            }
        }
        self.conceptDomains = conceptDomains
    }

    static func lookUp(_ text: String, words: [String: String], stems: [String: String], stemmer: DutchStemmer) -> String? {
        let parts = TextNormalizer.words(text)
        let key = parts.joined(separator: " ")
        if let code = words[key] { return code }
        guard parts.count == 1, parts[0].unicodeScalars.allSatisfy(\.isASCII), parts[0].count >= 4 else { return nil }
        return stems[stemmer.stem(parts[0])]
    }

    /// The domains of a need: its concept's, else those of its words.
    public func domains(concept: String?, words: String) -> [String] {
        if let concept, let domains = conceptDomains[concept], !domains.isEmpty { return domains }
        return Self.lookUp(words, words: wordDomains, stems: stemDomains, stemmer: stemmer).map { [$0] } ?? []
    }
}
