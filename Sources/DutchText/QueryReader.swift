import Foundation
import KaartModel

/// How a search's words were read before they are searched: a place, an age and an audience
/// taken out of the words, the needs the rest names (a concept from the lexicon, or plain words),
/// and the words that name no need. Shown to the searcher ("Gezocht op: …") and in `--uitleg`.
public struct QueryReading: Hashable, Sendable {
    public struct Need: Hashable, Sendable {
        /// The words as typed (folded) that make this need: one word, or a phrase.
        public var words: [String]
        /// The concept these words name, when the lexicon knows them.
        public var concept: String?
        /// True when the words are the lexicon's (another language, everyday Dutch): the
        /// concept's Dutch words are searched instead of the words themselves.
        public var viaLexicon: Bool

        public var text: String { words.joined(separator: " ") }

        public init(words: [String], concept: String?, viaLexicon: Bool) {
            self.words = words
            self.concept = concept
            self.viaLexicon = viaLexicon
        }
    }

    public var needs: [Need] = []
    /// A postcode or place name among the words, as typed ("Arnhem", "9501 AB"); nil when none.
    public var place: String?
    /// An age among the words ("15 jaar", "van 15", "70-jarige").
    public var age: Int?
    /// Doelgroep codes the words name ("mijn dochter" → jongeren, "student" → studenten).
    public var audiences: [String] = []
    /// Words that name no need: function words, and everyday words next to a real need.
    public var leftOut: [String] = []

    public init() {}

    /// True when the words hold nothing to search for: no need, no place, no age, no audience.
    public var isEmpty: Bool { needs.isEmpty && place == nil && age == nil && audiences.isEmpty }
}

/// Reads what people type: "ik voel me somber en heb geldzorgen", "rouw Arnhem", "mijn dochter
/// van 15 is somber", "lonely". Pure: the gazetteer and the lexicons are given; resolving the
/// place (ambiguity, coverage) is the search's job, exactly as for `bij`.
public struct QueryReader: Sendable {
    /// The parts of a reading a searcher can switch off (`negeer=`), so a word is searched as typed.
    public struct Options: Hashable, Sendable {
        public var place = true
        public var age = true
        public var audience = true
        public var concepts = true
        public init() {}
    }

    let gazetteer: Gazetteer
    let lexicon: ConceptLexicon
    let phrases: PhraseTable
    let words: any Lexicon
    let skipped: Set<String>
    let everydayPlaces: Set<String>
    /// Words the taxonomy, the synonym table and the concepts know: never taken for a place
    /// without "in" or "bij" before them.
    let topicWords: Set<String>
    /// Words that name a need however common they are (the synonym table's): never dropped as
    /// everyday words.
    let needWords: Set<String>

    /// Words this common in everyday Dutch name no need next to a real one ("hulp", "nodig").
    public static let everydayZipf = 4.5
    /// Words before a place name that make it the place: "in Arnhem", "bij Velp", "rond Elst".
    static let placeWords: Set<String> = ["in", "bij", "rond", "rondom", "nabij", "omgeving", "uit", "te", "regio", "gemeente", "near", "around"]
    /// Words after a number that make it an age.
    static let yearWords: Set<String> = ["jaar", "jr", "jaren", "jarig", "jarige", "years", "year", "yo"]
    /// Words before a number that make it an age: "van 15", "ben 16", "is 70".
    static let ageLeadWords: Set<String> = ["van", "ben", "is", "age", "aged", "leeftijd"]

    public init(
        gazetteer: Gazetteer, lexicon: ConceptLexicon, words: any Lexicon, stopWords: Set<String>, topicWords: Set<String>,
        needWords: Set<String>, stemmer: DutchStemmer
    ) {
        self.needWords = needWords
        self.gazetteer = gazetteer
        self.lexicon = lexicon
        self.phrases = PhraseTable(lexicon, stemmer: stemmer, stopWords: stopWords)
        self.words = words
        self.skipped = stopWords.union(lexicon.functionWords.map(TextNormalizer.fold))
        self.everydayPlaces = Set(lexicon.everydayPlaceNames.map(TextNormalizer.fold))

        self.topicWords = topicWords
    }

    /// The words of folded text: letters, digits and inner hyphens ("70-jarige", "burn-out").
    static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        for scalar in TextNormalizer.fold(text).unicodeScalars {
            if TextNormalizer.isWordScalar(scalar) || (scalar == "-" && !current.isEmpty) {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                tokens.append(current)
                current = ""
            }
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens.map { $0.hasSuffix("-") ? String($0.dropLast()) : $0 }.filter { !$0.isEmpty }
    }

    public func read(_ text: String, options: Options = Options()) -> QueryReading {
        var reading = QueryReading()
        let tokens = Self.tokens(text)
        var used = [Bool](repeating: false, count: tokens.count)
        if options.age { readAge(tokens, &used, &reading) }
        if options.place { readPlace(tokens, &used, &reading) }
        // Concepts and audiences, longest phrase first, over the words left.
        let open = tokens.indices.filter { !used[$0] }.map { tokens[$0] }
        var plain: [String] = []
        var audienceWords: [[String]] = []
        var index = 0
        while index < open.count {
            if let (target, length) = phrases.match(open, at: index) {
                let words = Array(open[index..<(index + length)])
                switch target {
                case .concept(let id) where options.concepts:
                    let dutch = lexicon.concept(id: id)?.search.map(TextNormalizer.fold) ?? []
                    let typedAsRecordsSay = length == 1 && dutch.contains(words[0])
                    add(QueryReading.Need(words: words, concept: id, viaLexicon: !typedAsRecordsSay), to: &reading)
                    index += length
                    continue
                case .audience(let group) where options.audience:
                    if !reading.audiences.contains(group) { reading.audiences.append(group) }
                    audienceWords.append(words)
                    index += length
                    continue
                default:
                    break
                }
            }
            plain.append(open[index])
            index += 1
        }
        // Function words, numbers and signs name no need.
        var candidates: [String] = []
        for word in plain {
            if skipped.contains(word) || !word.contains(where: \.isLetter) {
                reading.leftOut.append(word)
            } else if !candidates.contains(word) {
                candidates.append(word)
            }
        }
        // An everyday word ("hulp", "nodig", "steeds") never outranks the need it sits next to.
        func isEveryday(_ word: String) -> Bool {
            !needWords.contains(word) && (words.zipf(word) ?? 0) >= Self.everydayZipf
        }
        let hasRealNeed = !reading.needs.isEmpty || candidates.contains { !isEveryday($0) }
        for word in candidates {
            if hasRealNeed && isEveryday(word) {
                reading.leftOut.append(word)
            } else {
                reading.needs.append(QueryReading.Need(words: [word], concept: nil, viaLexicon: false))
            }
        }
        // Only an audience ("mantelzorger", "ouderen"): then that is what is searched for.
        if reading.needs.isEmpty {
            for words in audienceWords { reading.needs.append(QueryReading.Need(words: words, concept: nil, viaLexicon: false)) }
        }
        return reading
    }

    private func add(_ need: QueryReading.Need, to reading: inout QueryReading) {
        if let concept = need.concept, let i = reading.needs.firstIndex(where: { $0.concept == concept }) {
            reading.needs[i].words += need.words
            reading.needs[i].viaLexicon = reading.needs[i].viaLexicon && need.viaLexicon
        } else {
            reading.needs.append(need)
        }
    }

    /// "15 jaar", "15-jarige", "van 15", "ik ben 16": the first age among the words.
    func readAge(_ tokens: [String], _ used: inout [Bool], _ reading: inout QueryReading) {
        for (i, token) in tokens.enumerated() where !used[i] && reading.age == nil {
            var number = token
            var suffixed = false
            if let dash = token.firstIndex(of: "-") {
                number = String(token[..<dash])
                suffixed = Self.yearWords.contains(String(token[token.index(after: dash)...]))
            } else if let end = token.firstIndex(where: { !$0.isNumber }), end > token.startIndex {
                number = String(token[..<end])
                suffixed = Self.yearWords.contains(String(token[end...]))
            }
            guard number.count <= 3, let age = Int(number), (0...120).contains(age) else { continue }
            let before = i > 0 ? tokens[i - 1] : ""
            let after = i + 1 < tokens.count ? tokens[i + 1] : ""
            if suffixed {
                used[i] = true
            } else if number == token, Self.yearWords.contains(after) {
                used[i] = true
                used[i + 1] = true
                if i + 2 < tokens.count, tokens[i + 2] == "oud" { used[i + 2] = true }
            } else if number == token, Self.ageLeadWords.contains(before) {
                used[i] = true
            } else {
                continue
            }
            reading.age = age
        }
    }

    /// A postcode, or a place or gemeente name (up to four words), among the words.
    func readPlace(_ tokens: [String], _ used: inout [Bool], _ reading: inout QueryReading) {
        for (i, token) in tokens.enumerated() where !used[i] {
            // "6811", "6811ab", "6811 ab". A number from 1900 to 2099 on its own is a year
            // ("schulden sinds 2024"), unless "postcode" comes before it.
            if token.count == 4, let number = Int(token), (1900...2099).contains(number),
                i == 0 || tokens[i - 1] != "postcode", !(i + 1 < tokens.count && tokens[i + 1].count == 2 && tokens[i + 1].allSatisfy(\.isLetter) && !skipped.contains(tokens[i + 1]))
            {
                continue
            }
            if token.count == 4 || token.count == 6, token.first?.isNumber == true, let postcode = Postcode(token),
                gazetteer.area(for: postcode) != nil
            {
                var text = postcode.description
                used[i] = true
                if postcode.letters == nil, i + 1 < tokens.count, !used[i + 1], tokens[i + 1].count == 2,
                    !skipped.contains(tokens[i + 1]), let full = Postcode(token + tokens[i + 1])
                {
                    text = full.description
                    used[i + 1] = true
                }
                reading.place = text
                return
            }
        }
        for i in tokens.indices where !used[i] {
            for length in stride(from: min(4, tokens.count - i), through: 1, by: -1) {
                let range = i..<(i + length)
                guard !range.contains(where: { used[$0] }) else { continue }
                let words = Array(tokens[range])
                guard words.allSatisfy({ $0.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" } }) else { continue }
                let name = words.joined(separator: " ")
                // The tokens are folded already, so the gazetteer's key is the words without spaces
                // and hyphens: no Foundation folding per run of words (microseconds apiece).
                let key = words.joined().filter { $0 != "-" }
                guard key.count >= 3, gazetteer.hasName(key: key) else { continue }
                let before = i > 0 ? tokens[i - 1] : ""
                let introduced = Self.placeWords.contains(before) && !used[i - 1]
                if !introduced && length == 1 && isTopicLike(name) { continue }
                // "bij" inside "Wijk bij Duurstede" is part of the name; before it, it only
                // introduces the place.
                for j in range { used[j] = true }
                if introduced && (before == "gemeente" || before == "regio" || before == "omgeving") { used[i - 1] = true }
                reading.place = name
                return
            }
        }
    }

    /// Every single word the taxonomy, the synonyms and the concept lexicon know (folded).
    public var knownWords: Set<String> { topicWords.union(phrases.singleWords) }

    /// The concept a Dutch compound names through one of its parts ("geldgebrek" → geld →
    /// schulden, "mantelzorgcafe" → mantelzorg), for a word that finds little on its own.
    public func concept(ofCompound word: String, parts: [String]) -> String? {
        for part in parts.reversed() {
            if case .concept(let id)? = phrases.match([part], at: 0)?.target { return id }
        }
        return nil
    }

    /// A place name that is also a word people search with: it stays a word unless "in", "bij"
    /// or "rond" comes before it.
    public func isTopicLike(_ word: String) -> Bool {
        everydayPlaces.contains(word) || skipped.contains(word) || topicWords.contains(word) || phrases.knows(word)
    }
}
