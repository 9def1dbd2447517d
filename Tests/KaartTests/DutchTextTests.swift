import DutchText
import Testing

@testable import SearchIndex

@Suite("Dutch text analysis")
struct DutchTextTests {
    let analyzer = Analyzer(
        lexicon: InMemoryLexicon(sharedReference.wordFrequencies),
        synonyms: SynonymTable(groups: sharedReference.synonymGroups))

    @Test("Accent folding lets financiele find financiële")
    func accentFolding() {
        #expect(analyzer.indexTokens("Financiële hulp") == analyzer.indexTokens("financiele HULP"))
        #expect(TextNormalizer.fold("Cliënt É") == "client e")
    }

    @Test("Snowball stems join eenzaam and eenzaamheid, jongere and jongeren")
    func stemming() {
        #expect(Set(analyzer.indexTokens("eenzaamheid")).contains(analyzer.stemmer.stem("eenzaam")))
        #expect(analyzer.stemmer.stem("jongere") == analyzer.stemmer.stem("jongeren"))
    }

    @Test("Compounds split into words from the list, with linking s")
    func decompounding() {
        let splitter = analyzer.decompounder
        #expect(splitter.split("rouwverwerkingsgroep") == ["rouw", "verwerking", "groep"])
        #expect(splitter.split("lotgenotencontact") == ["lotgenoten", "contact"])
        #expect(splitter.split("schuldhulpverlening")?.first == "schuld")
    }

    @Test("Common words and short words stay whole")
    func noOversplitting() {
        #expect(analyzer.decompounder.split("verwerking") == nil)
        #expect(analyzer.decompounder.split("huis") == nil)
        #expect(analyzer.decompounder.split("ondersteuning") == nil)
    }

    @Test("A compound in a document is found by each of its parts")
    func partsAreIndexed() {
        let tokens = Set(analyzer.indexTokens("De rouwverwerkingsgroep en het lotgenotencontact"))
        #expect(tokens.contains(analyzer.stemmer.stem("rouw")))
        #expect(tokens.contains(analyzer.stemmer.stem("lotgenoten")))
    }

    @Test("Synonyms from Indexer/ widen a query word")
    func synonyms() {
        let term = analyzer.query("somber").terms[0]
        #expect(term.synonyms.contains("depressie"))
        #expect(term.synonyms.contains("neerslachtig"))
    }

    @Test("Stop words are dropped, but a query of only stop words still searches")
    func stopWords() {
        #expect(analyzer.query("ik voel me eenzaam").terms.map(\.word) == ["eenzaam"])
        #expect(!analyzer.query("hoe kan ik").isEmpty)
    }

    @Test("Hostile text becomes plain tokens that cannot change a MATCH expression", arguments: [
        "\"", "*", "NEAR(a b)", "a AND b OR NOT c", "-rouw", "((((", ")", "rouw\" OR \"x",
        "😀🙈 help", "^col:value", "{name}: x", "",
    ])
    func hostileText(_ text: String) {
        let analyzed = analyzer.query(text)
        #expect(analyzed.terms.count <= AnalyzedQuery.maximumTerms)
        for token in analyzed.terms.flatMap({ $0.alternatives.flatMap { $0 } }) {
            #expect(token.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) }, "token \(token)")
        }
        for token in analyzed.terms.flatMap({ $0.alternatives.flatMap { $0 } }) {
            // A quoted token is one FTS5 phrase: nothing outside the quotes, none inside unescaped.
            let phrase = FullTextPhrase.quote(token)
            #expect(phrase.hasPrefix("\"") && phrase.hasSuffix("\""))
            #expect(!phrase.dropFirst().dropLast().replacingOccurrences(of: "\"\"", with: "").contains("\""))
        }
    }
}
