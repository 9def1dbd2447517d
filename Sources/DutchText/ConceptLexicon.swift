import KaartModel

/// What people type, mapped to the concepts the map knows (`Indexer/concepts.yaml`): everyday and
/// colloquial Dutch ("krap bij kas", "piekeraar", "niemand om me heen") and common words in
/// English, Arabic, Turkish, Polish and Ukrainian ("lonely", "وحدة", "yalnızlık"). Records stay
/// Dutch and are analysed as always; the lexicon only widens a query: a phrase that names a concept
/// is searched as the concept's Dutch words. It also lists the words that name an audience
/// ("mijn dochter", "student"), the places that are everyday words ("Best", "Putten"), and the
/// words a question is made of that name no need ("nodig", "please").
public struct ConceptLexicon: Codable, Hashable, Sendable {
    public struct Concept: Codable, Hashable, Sendable {
        /// Stable name, also in URLs and the API (`eenzaamheid`).
        public var id: String
        public var dutch: String
        public var english: String
        /// The Dutch words records use for it: the query searches these (each with its stems,
        /// compound parts and synonyms, as a typed word).
        public var search: [String]
        /// What people type for it, per language code (`nl`, `en`, `ar`, `tr`, `pl`, `uk`); a
        /// phrase of several words matches those words in a row.
        public var phrases: [String: [String]]
        /// The levensdomeinen this need belongs to (taxonomy codes), for the assistant's "je
        /// noemde 'schulden' → geld en schulden"; nil in an index built before concepts named them.
        public var domains: [String]?

        public init(id: String, dutch: String, english: String, search: [String], phrases: [String: [String]], domains: [String]? = nil) {
            self.id = id
            self.dutch = dutch
            self.english = english
            self.search = search
            self.phrases = phrases
            self.domains = domains
        }

        public func label(_ language: Language) -> String { language == .dutch ? dutch : english }
    }

    /// Words that say who the help is for: a doelgroep code and what people type for it.
    public struct Audience: Codable, Hashable, Sendable {
        public var group: String
        public var phrases: [String]
        public init(group: String, phrases: [String]) {
            self.group = group
            self.phrases = phrases
        }
    }

    public var concepts: [Concept]
    public var audiences: [Audience]
    /// Places whose name is an everyday word: among the words they stay words unless "in",
    /// "bij" or "rond" comes before them.
    public var everydayPlaceNames: [String]
    /// Words of a question that name no need (beyond the stop words the index drops).
    public var functionWords: [String]

    public init(concepts: [Concept] = [], audiences: [Audience] = [], everydayPlaceNames: [String] = [], functionWords: [String] = []) {
        self.concepts = concepts
        self.audiences = audiences
        self.everydayPlaceNames = everydayPlaceNames
        self.functionWords = functionWords
    }

    public static let empty = ConceptLexicon()

    public func concept(id: String) -> Concept? { concepts.first { $0.id == id } }
}

/// Finds the phrases of a `ConceptLexicon` in a query's words: longest first, each word used once.
struct PhraseTable: Sendable {
    enum Target: Hashable, Sendable {
        case concept(String)
        case audience(String)
    }

    struct Entry: Sendable {
        var words: [String]
        var target: Target
    }

    /// Entries by their first word (folded), longest first.
    private var byFirstWord: [String: [Entry]] = [:]
    /// The phrases of one word (folded).
    private(set) var singleWords: Set<String> = []
    /// Dutch single words also by their stem, so "piekeraars" finds "piekeraar".
    private var byStem: [String: Target] = [:]
    private let stemmer: DutchStemmer

    /// `stopWords`: a one-word phrase that folds to one of these is left out (Turkish "iş" folds
    /// to "is"), so a Dutch function word never names a concept.
    init(_ lexicon: ConceptLexicon, stemmer: DutchStemmer, stopWords: Set<String> = []) {
        self.stemmer = stemmer
        func add(_ phrase: String, _ target: Target, dutch: Bool) {
            let words = TextNormalizer.words(phrase).filter { !$0.isEmpty }
            guard let first = words.first, words.count > 1 || !stopWords.contains(first) else { return }
            byFirstWord[first, default: []].append(Entry(words: words, target: target))
            if words.count == 1 { singleWords.insert(first) }
            if dutch, words.count == 1 {
                let stem = stemmer.stem(first)
                if byStem[stem] == nil { byStem[stem] = target }
            }
        }
        for concept in lexicon.concepts {
            for word in concept.search { add(word, .concept(concept.id), dutch: true) }
            for (language, phrases) in concept.phrases.sorted(by: { $0.key < $1.key }) {
                for phrase in phrases { add(phrase, .concept(concept.id), dutch: language == "nl") }
            }
        }
        for audience in lexicon.audiences {
            for phrase in audience.phrases { add(phrase, .audience(audience.group), dutch: true) }
        }
        for key in byFirstWord.keys { byFirstWord[key]!.sort { $0.words.count > $1.words.count } }
    }

    /// The longest phrase that starts at `words[start]`: what it names and how many words it takes.
    func match(_ words: [String], at start: Int) -> (target: Target, length: Int)? {
        if let entries = byFirstWord[words[start]] {
            for entry in entries where start + entry.words.count <= words.count {
                if Array(words[start..<(start + entry.words.count)]) == entry.words { return (entry.target, entry.words.count) }
            }
        }
        let word = words[start]
        guard word.unicodeScalars.allSatisfy({ $0.isASCII }), word.count >= 4 else { return nil }
        return byStem[stemmer.stem(word)].map { ($0, 1) }
    }

    /// True when `word` alone names a concept or an audience.
    func knows(_ word: String) -> Bool { match([word], at: 0) != nil }
}
