/// Jargon with the plain words a resident understands, from `Indexer/glossary.yaml`: the B1
/// checker flags these terms and the summary writer replaces them.
public struct Glossary: Sendable {
    public struct Term: Hashable, Sendable {
        /// The term as written in the glossary ("POH-GGZ", "sociaal domein").
        public var term: String
        /// Words that can stand where the term stood.
        public var plain: String
        /// Never acceptable in resident text, even explained (seed 002 L349: "EPA").
        public var stigmatising: Bool

        public init(term: String, plain: String, stigmatising: Bool = false) {
            self.term = term
            self.plain = plain
            self.stigmatising = stigmatising
        }
    }

    public let terms: [Term]
    /// Each term as the stems of its words, for matching inflected forms.
    let keys: [[String]]
    /// Single-word terms by stem, for compound parts.
    let singleWordTerms: [String: Int]
    /// Terms without a space by their folded spelling (the first such term wins), so a word is
    /// looked up once instead of folding every term for every word.
    let foldedSingleWordTerms: [String: Int]
    /// The indices of terms of more than one word, in glossary order.
    let multiWordTerms: [Int]
    /// Term indices by the first stem of their key, in glossary order: a text's words are
    /// matched against the few terms that can start there, not against every term.
    let termsByFirstStem: [String: [Int]]
    let stemmer: DutchStemmer
    private let chunkStems = Memo<String, String?>()

    public init(terms: [Term], stemmer: DutchStemmer = DutchStemmer()) {
        self.terms = terms
        self.stemmer = stemmer
        let keys = terms.map { Self.key($0.term, stemmer) }
        self.keys = keys
        var single: [String: Int] = [:]
        for (index, key) in keys.enumerated() where key.count == 1 && single[key[0]] == nil {
            single[key[0]] = index
        }
        self.singleWordTerms = single
        var folded: [String: Int] = [:]
        for (index, term) in terms.enumerated() where !term.term.contains(" ") {
            let key = TextNormalizer.fold(term.term)
            if folded[key] == nil { folded[key] = index }
        }
        self.foldedSingleWordTerms = folded
        self.multiWordTerms = keys.indices.filter { keys[$0].count > 1 }
        var byFirst: [String: [Int]] = [:]
        for (index, key) in keys.enumerated() {
            if let first = key.first { byFirst[first, default: []].append(index) }
        }
        self.termsByFirstStem = byFirst
    }

    /// A term or word as comparable stems: folded, split on spaces, each word stemmed; hyphens
    /// are kept inside a word so "poh-ggz" stays one word.
    static func key(_ text: String, _ stemmer: DutchStemmer) -> [String] {
        TextNormalizer.fold(text).split(whereSeparator: { $0 == " " }).map { stemmer.stem(String($0)) }
    }

    /// The stem of one folded word.
    func stem(_ folded: String) -> String { stemmer.stem(folded) }

    /// The stem of a chunk of text between spaces without its leading and trailing punctuation;
    /// nil when it has no letter or digit. Memoised: the summary writer asks for every chunk.
    func chunkStem(_ chunk: String) -> String? {
        chunkStems.value(chunk) {
            let core = B1SummaryWriter.core(chunk)
            return core.isEmpty ? nil : stem(TextNormalizer.fold(core))
        }
    }

    /// The term whose only word has this stem (for a word or a compound part).
    func singleWordTerm(stem: String) -> Term? { singleWordTermIndex(stem: stem).map { terms[$0] } }
    func singleWordTermIndex(stem: String) -> Int? { singleWordTerms[stem] }

    /// The first term without a space whose folded spelling is `folded`.
    func singleWordTerm(folded: String) -> Term? { singleWordTermIndex(folded: folded).map { terms[$0] } }
    func singleWordTermIndex(folded: String) -> Int? { foldedSingleWordTerms[folded] }
}
