import DutchText
import Foundation
import GRDB
import KaartModel

/// How a search's words were understood, for the answer to say so: words corrected, a place,
/// an age and an audience taken from the words, the concepts searched, the words left out.
public struct QueryUnderstanding: Hashable, Sendable {
    /// A typed word that was searched as another ("eenzaamhied" → "eenzaamheid"), or that has
    /// a likelier neighbour worth offering ("Bedoelde je …?").
    public struct Correction: Hashable, Sendable {
        public var typed: String
        public var suggested: String
        /// True when the typed word found nothing and `suggested` was searched instead; false
        /// when the typed word was searched too and `suggested` is only offered.
        public var replaced: Bool

        public init(typed: String, suggested: String, replaced: Bool) {
            self.typed = typed
            self.suggested = suggested
            self.replaced = replaced
        }
    }

    /// One need the words name, as searched.
    public struct Need: Hashable, Sendable {
        /// The words as typed (after corrections).
        public var words: String
        /// The concept's id, when the words name one.
        public var concept: String?
        /// The concept's label in Dutch and English ("geld en schulden").
        public var dutchLabel: String?
        public var englishLabel: String?
        /// True when other words named the concept (another language, everyday Dutch, a phrase),
        /// so its Dutch words were searched instead.
        public var viaLexicon = false

        public func label(_ language: Language) -> String? { language == .dutch ? dutchLabel : englishLabel }
    }

    public var needs: [Need] = []
    public var corrections: [Correction] = []
    /// A typed word that is close to a place name: "Bedoelde je de plaats …?".
    public var placeSuggestion: String?
    /// The place taken from the words, as typed; the results' `origin` says where it lies.
    public var place: String?
    /// The age taken from the words.
    public var age: Int?
    /// Doelgroep codes the words name; help for them is preferred.
    public var audiences: [String] = []
    /// Words that name no need ("ik", "voel", "nodig").
    public var leftOut: [String] = []
    /// True when there were words but none to search for, and no place or filter either: the
    /// answer asks for a few words ("Zeg in een paar woorden wat je zoekt").
    public var nothingToSearch = false

    public init() {}

    /// The concepts the search looked for.
    public var concepts: [String] { needs.compactMap(\.concept) }

    /// True when reading the words changed something worth a line of its own: a place, an age
    /// or an audience taken from them, a concept named in other words, several needs.
    /// (Corrections and the request for words have their own sentences.)
    public var isWorthTelling: Bool {
        place != nil || age != nil || !audiences.isEmpty || needs.contains(where: \.viaLexicon) || needs.count > 1
    }
}

extension SearchIndex {
    /// Help for a preferred audience ranks this much higher.
    static let audienceFactor = 1.25
    /// A typed word with fewer matches than this may be a typo.
    static let fewMatches = 3

    /// The search as its words were read: the query with the place, age and audience it names,
    /// the analysed needs, and what to tell the searcher.
    struct ReadQuery {
        var query: SearchQuery
        var analyzed: AnalyzedQuery
        var understanding: QueryUnderstanding
        var audiences: [String]
        /// True when words were typed but name nothing, and nothing else narrows the search: the
        /// answer is a request for a few words, not the whole map.
        var onlyWordsThatNameNothing: Bool {
            guard understanding.nothingToSearch else { return false }
            var rest = query
            rest.text = ""
            return rest.isUnconstrained
        }
    }

    /// What reading a search's words depends on: the words, and which parts of reading are on.
    struct ReadingKey: Hashable, Sendable {
        var text: String
        var options: QueryReader.Options
        var spelling: Bool
    }

    /// The words as read: the needs as terms, what to tell, and the place, age and audiences
    /// they name. The same for the same `ReadingKey` while an index is loaded.
    struct WordsRead: Sendable {
        var analyzed: AnalyzedQuery
        var understanding: QueryUnderstanding
        var place: String?
        var age: Int?
        var audiences: [String]
    }

    /// Readings kept per loaded index, like merged word lists: the everyday searches of a busy
    /// morning are read once. Past the limit the cache starts over.
    static let readingCacheLimit = 4_096

    func read(_ query: SearchQuery) throws -> ReadQuery {
        var options = QueryReader.Options()
        options.place = query.near == nil && !query.ignore.contains(.place)
        options.age = query.age == nil && !query.ignore.contains(.age)
        options.audience = !query.ignore.contains(.audience)
        options.concepts = !query.ignore.contains(.concepts)
        let key = ReadingKey(text: query.text, options: options, spelling: !query.ignore.contains(.spelling))
        let words: WordsRead
        if let kept = readingCache.withLock({ $0[key] }) {
            words = kept
        } else {
            words = try readWords(key)
            readingCache.withLock { cache in
                if cache.count >= Self.readingCacheLimit { cache.removeAll(keepingCapacity: true) }
                cache[key] = words
            }
        }
        var effective = query
        if let place = words.place { effective.near = place }
        if let age = words.age { effective.age = age }
        var understanding = words.understanding
        var audiences = words.audiences
        for group in query.preferredGroups where !audiences.contains(group) { audiences.append(group) }
        // An age says who the help is for too: 15 is young, 70 is older.
        if let age = effective.age, options.audience {
            for term in taxonomy.terms(.targetGroups) where term.code != "volwassenen" && term.code != "jongvolwassenen" {
                guard let minimum = term.minimumAge ?? (term.maximumAge != nil ? 0 : nil) else { continue }
                if age >= minimum && age <= (term.maximumAge ?? 120) && !audiences.contains(term.code) { audiences.append(term.code) }
            }
        }
        understanding.audiences = audiences
        return ReadQuery(query: effective, analyzed: words.analyzed, understanding: understanding, audiences: audiences)
    }

    /// Reads the words of `key` (`read` keeps the answer).
    func readWords(_ key: ReadingKey) throws -> WordsRead {
        let options = key.options
        let reading = reader.read(key.text, options: options)
        var understanding = QueryUnderstanding()
        understanding.leftOut = reading.leftOut
        understanding.place = reading.place
        understanding.age = reading.age
        var terms: [AnalyzedQuery.Term] = []
        for need in reading.needs {
            guard terms.count < AnalyzedQuery.maximumTerms else { break }
            var term = analyse(need)
            if need.concept == nil, options.concepts, need.words.count == 1, let parts = analyzer.decompounder.split(need.words[0]),
                let concept = reader.concept(ofCompound: need.words[0], parts: parts),
                let phrases = Phrases(AnalyzedQuery(terms: [term])), try match(phrases, requireAll: true).indexes.count < Self.fewMatches
            {
                // A compound that finds little but names a concept by a part: search the concept too.
                term = analyse(QueryReading.Need(words: need.words, concept: concept, viaLexicon: true))
                let label = concepts.concept(id: concept)
                understanding.needs.append(.init(
                    words: term.word, concept: concept, dutchLabel: label?.dutch, englishLabel: label?.english, viaLexicon: true))
                terms.append(term)
                continue
            }
            if need.concept == nil, key.spelling, need.words.count == 1 {
                let suggestedPlace = understanding.placeSuggestion
                try correct(&term, &understanding)
                // A mistyped place ("arnhm") is offered as the place, not searched as a word.
                if understanding.placeSuggestion != suggestedPlace {
                    understanding.leftOut.append(term.word)
                    continue
                }
            }
            guard !term.alternatives.isEmpty else { continue }
            terms.append(term)
            let concept = term.concept.flatMap(concepts.concept(id:))
            understanding.needs.append(.init(
                words: term.word, concept: term.concept, dutchLabel: concept?.dutch, englishLabel: concept?.english,
                viaLexicon: need.viaLexicon && term.concept != nil))
        }
        understanding.nothingToSearch = terms.isEmpty && key.text.contains(where: { !$0.isWhitespace })
        return WordsRead(
            analyzed: AnalyzedQuery(terms: terms), understanding: understanding, place: reading.place, age: reading.age,
            audiences: reading.audiences)
    }

    /// One need as a term: a concept named in other words searches the concept's Dutch words
    /// (and a Dutch word also itself); plain words are analysed as typed.
    func analyse(_ need: QueryReading.Need) -> AnalyzedQuery.Term {
        var texts: [String] = []
        if need.viaLexicon, let id = need.concept, let concept = concepts.concept(id: id) {
            texts = concept.search
            if need.words.count == 1, need.words[0].unicodeScalars.allSatisfy({ $0.isASCII }) { texts.insert(need.words[0], at: 0) }
        } else {
            texts = [need.text]
        }
        var alternatives: [[String]] = []
        var synonyms: [String] = []
        for text in texts {
            for term in analyzer.query(text).terms {
                for alternative in term.alternatives where !alternatives.contains(alternative) { alternatives.append(alternative) }
                for synonym in term.synonyms where !synonyms.contains(synonym) { synonyms.append(synonym) }
            }
        }
        if need.viaLexicon, let id = need.concept, let concept = concepts.concept(id: id) {
            synonyms = concept.search.filter { !need.words.contains(TextNormalizer.fold($0)) } + synonyms
        }
        return AnalyzedQuery.Term(word: need.text, alternatives: alternatives, synonyms: synonyms, concept: need.concept)
    }

    /// A word with no or very few matches that is no known word: search its closest word in the
    /// index's own lexicon instead (none found: perhaps it is a place).
    func correct(_ term: inout AnalyzedQuery.Term, _ understanding: inout QueryUnderstanding) throws {
        let word = term.word
        let letters = word.unicodeScalars.count
        guard letters >= 5, word.allSatisfy(\.isLetter), let phrases = Phrases(AnalyzedQuery(terms: [term])) else { return }
        let found = try match(phrases, requireAll: true).indexes.count
        guard found < Self.fewMatches else { return }
        let vocabulary = try vocabulary()
        if vocabulary.documents(of: word) == nil, try isListedWord(word) { return }
        // A place name is never a word's correction: "arnhm" is offered as the place Arnhem.
        let close = vocabulary.closeWords(to: word, limit: 8).filter { !isPlaceName($0.word) || reader.isTopicLike($0.word) }
        guard let best = close.first(where: { $0.documents > found * 10 }) else {
            if found == 0, let place = placeNames.closeWords(to: word, limit: 1).first,
                let name = gazetteer.places(named: place.word).first.map({ Gazetteer.baseName($0.name) }) ?? gazetteer.municipality(named: place.word)?.name
            {
                understanding.placeSuggestion = name
            }
            return
        }
        let replacement = analyse(reader.read(best.word, options: readingForCorrection).needs.first
            ?? QueryReading.Need(words: [best.word], concept: nil, viaLexicon: false))
        if found == 0 {
            term = replacement
            understanding.corrections.append(.init(typed: word, suggested: best.word, replaced: true))
        } else {
            for alternative in replacement.alternatives where !term.alternatives.contains(alternative) { term.alternatives.append(alternative) }
            understanding.corrections.append(.init(typed: word, suggested: best.word, replaced: false))
        }
    }

    func isPlaceName(_ word: String) -> Bool {
        !gazetteer.places(named: word).isEmpty || gazetteer.municipality(named: word) != nil
    }

    private var readingForCorrection: QueryReader.Options {
        var options = QueryReader.Options()
        options.place = false
        options.age = false
        options.audience = false
        return options
    }

    static let listedWordSQL = "SELECT 1 FROM lexicon WHERE word = ?"
    static let vocabularySQL = "SELECT word, documents FROM word"
}
