import DutchText
import Indexing
import KaartModel
import SearchIndex
import Testing

/// How a search reads what people type (issue 16), on the judged fixture map.
@Suite("Reading the words of a search")
struct SearchReadingTests {
    func search(_ parameters: [(name: String, value: String)]) throws -> SearchResults { try JudgedFixture.search(parameters) }
    func ids(_ results: SearchResults) -> [String] { (results.local + results.further + results.online + results.knowledge).map(\.entry.id) }

    @Test("A word with no matches is searched as its closest word in the index's own lexicon, and the answer says so", arguments: [
        ("eenzaamhied", "eenzaamheid"), ("mantelzroger", "mantelzorger"), ("schuldhulpverleneing", "schuldhulpverlening"),
        ("rouwverwerkng", "rouwverwerking"), ("lonley", "lonely"),
    ])
    func typosAreCorrected(typed: String, meant: String) throws {
        let results = try search([("wat", typed), ("bij", "Arnhem"), ("km", "100")])
        #expect(results.understanding.corrections == [.init(typed: typed, suggested: meant, replaced: true)])
        #expect(!ids(results).isEmpty)
        let literal = try search([("wat", typed), ("bij", "Arnhem"), ("km", "100"), ("negeer", "spelling")])
        #expect(literal.understanding.corrections.isEmpty && literal.local.isEmpty)
    }

    @Test("A real word is never corrected, nor a short one, nor a place: a mistyped place is offered as the place")
    func whatIsNeverCorrected() throws {
        // "tuinieren" is in the word list but in no record: it finds nothing, and stays itself.
        #expect(try search([("wat", "tuinieren")]).understanding.corrections.isEmpty)
        #expect(try search([("wat", "rouv")]).understanding.corrections.isEmpty)
        let place = try search([("wat", "rouw arnhm")])
        #expect(place.understanding.corrections.isEmpty)
        #expect(place.understanding.placeSuggestion == "Arnhem")
        #expect(place.understanding.needs.map(\.words) == ["rouw"])
    }

    @Test("Close words: one edit from five letters, two from eight, a swap of neighbours is one edit, never the word itself")
    func closeWords() {
        let vocabulary = Vocabulary(counts: [("eenzaamheid", 40), ("eenzaam", 10), ("somber", 5), ("zomer", 50), ("rouw", 9)])
        #expect(vocabulary.closeWords(to: "eenzaamhied").map(\.word) == ["eenzaamheid"])
        #expect(vocabulary.closeWords(to: "smober").map(\.word) == ["somber"])
        #expect(vocabulary.closeWords(to: "sombr").map(\.word) == ["somber"])
        #expect(vocabulary.closeWords(to: "rouv").isEmpty)
        #expect(vocabulary.closeWords(to: "somber").isEmpty)
        #expect(vocabulary.closeWords(to: "eenzaamhd").map(\.word) == ["eenzaamheid", "eenzaam"])
        #expect(vocabulary.closeWords(to: "ensaamhd").isEmpty)
    }

    @Test("A postcode, place or gemeente among the words becomes the place, with or without in, bij or rond", arguments: [
        ("rouw Arnhem", "Arnhem"), ("schulden in Stadskanaal", "Stadskanaal"), ("eenzaam 6811", "6811"),
        ("somber 9501 ab", "9501 AB"), ("somber 9501AB", "9501 AB"), ("rouw rond oosterbeek", "oosterbeek"),
        ("geldzorgen gemeente Veendam", "veendam"), ("mantelzorg bij Hoeksche Waard", "hoeksche waard"),
    ])
    func placeFromWords(text: String, place: String) throws {
        let results = try search([("wat", text)])
        #expect(results.understanding.place?.lowercased() == place.lowercased())
        #expect(results.origin != nil)
        #expect(!results.understanding.needs.contains { $0.words.lowercased().contains(place.lowercased()) })
    }

    @Test("A place from the words goes the way of bij: ambiguous is an error with the choices, outside the map says so")
    func placeFromWordsIsResolvedAsBij() throws {
        #expect {
            try search([("wat", "wandelen Elst")])
        } throws: { error in
            guard case QueryError.ambiguousPlace(_, let choices) = error else { return false }
            return choices.contains("Elst (Overbetuwe)")
        }
        let outside = try search([("wat", "eenzaam Maastricht")])
        #expect(outside.outsideCoverage && outside.local.isEmpty && ids(outside).contains("test-online-eenzaam"))
        // With a place given, a place in the words stays a word; negeer=plaats keeps it a word too.
        #expect(try search([("wat", "rouw Zwolle"), ("bij", "Arnhem")]).understanding.place == nil)
        #expect(try search([("wat", "rouw Zwolle"), ("negeer", "plaats")]).origin == nil)
    }

    @Test("A place that is an everyday word stays a word, unless in or bij comes before it")
    func everydayPlaceNames() throws {
        #expect(try search([("wat", "de beste hulp best")]).understanding.place == nil)
        #expect(try search([("wat", "hulp in Best")]).understanding.place?.lowercased() == "best")
    }

    @Test("An age among the words is the leeftijd filter and prefers help for that age; negeer=leeftijd undoes it", arguments: [
        ("mijn dochter van 15 is somber", 15), ("somber 15 jaar", 15), ("70-jarige vader eenzaam", 70), ("ik ben 16 en voel me somber", 16),
    ])
    func ageFromWords(text: String, age: Int) throws {
        let results = try search([("wat", text)])
        #expect(results.understanding.age == age)
        #expect(results.query.age == age)
        #expect(!results.understanding.audiences.isEmpty)
        let undone = try search([("wat", text), ("negeer", "leeftijd")])
        #expect(undone.understanding.age == nil && undone.query.age == nil)
    }

    @Test("Numbers that are no age stay out of it: a postcode, a year, a count")
    func numbersThatAreNoAge() throws {
        #expect(try search([("wat", "eenzaam 6811")]).understanding.age == nil)
        #expect(try search([("wat", "schulden sinds 2024")]).understanding.age == nil)
        #expect(try search([("wat", "3 kinderen opvoeden")]).understanding.age == nil)
    }

    @Test("Audience words prefer help for that group without hiding help for everyone; alone they are the search")
    func audienceFromWords() throws {
        let results = try search([("wat", "eenzaam ouderen"), ("bij", "Arnhem")])
        #expect(results.understanding.audiences == ["ouderen"])
        #expect(results.local.first?.entry.id == "test-ouderen-arnhem")
        #expect(results.local.first?.score.audienceFactor ?? 1 > 1)
        #expect(results.local.contains { $0.entry.id == "test-eenzaam-arnhem" })
        let everyone = try search([("wat", "eenzaam ouderen"), ("bij", "Arnhem"), ("negeer", "doelgroep")])
        #expect(everyone.understanding.audiences.isEmpty)
        let alone = try search([("wat", "mantelzorger"), ("bij", "Arnhem")])
        #expect(alone.local.first?.entry.id == "test-mantelzorg-arnhem")
    }

    @Test("A sentence with two needs shows help for both, records covering more needs first")
    func sentencesCoverEveryNeed() throws {
        let results = try search([("wat", "ik voel me somber en heb geldzorgen"), ("bij", "Stadskanaal")])
        #expect(Set(results.understanding.concepts) == ["somberheid", "schulden"])
        #expect(results.understanding.leftOut.contains("voel"))
        let top = results.local.prefix(3).map(\.entry.id)
        #expect(top.contains("test-somber-stadskanaal") && top.contains { $0.contains("geld") || $0.contains("schulden") })
    }

    @Test("An everyday word never outranks the need it sits next to")
    func everydayWordsDoNotOutrank() throws {
        let results = try search([("wat", "ik heb hulp nodig bij mijn schulden"), ("bij", "Arnhem")])
        #expect(results.understanding.needs.map(\.concept) == ["schulden"])
        #expect(results.understanding.leftOut.contains("hulp"))
        #expect(results.local.prefix(3).allSatisfy { ["test-schulden-arnhem", "test-geldcafe-arnhem", "test-velp-financien"].contains($0.entry.id) })
    }

    @Test("Plain words keep their meaning: a name finds that record, not everything with one of its words")
    func namesStayPrecise() throws {
        let results = try search([("wat", "Rouwcafe Zwolle"), ("bij", "Zwolle")])
        #expect(results.local.map(\.entry.id) == ["test-rouw-zwolle"])
    }

    @Test("Everyday Dutch and words in other languages find help for the same concept", arguments: [
        ("down", "somberheid"), ("krap bij kas", "schulden"), ("piekeraar", "piekeren"), ("lonely", "eenzaamheid"),
        ("وحدة", "eenzaamheid"), ("yalnızlık", "eenzaamheid"), ("samotność", "eenzaamheid"), ("самотність", "eenzaamheid"),
        ("depression", "somberheid"), ("borç", "schulden"),
    ])
    func lexiconWidensTheQuery(text: String, concept: String) throws {
        let results = try search([("wat", text)])
        #expect(results.understanding.needs.map(\.concept) == [concept])
        #expect(!ids(results).isEmpty)
    }

    @Test("A lexicon phrase that folds to a Dutch stop word is never used: Turkish \"iş\" is not \"is\"")
    func stopWordPhrasesAreIgnored() {
        let lexicon = ConceptLexicon(concepts: [.init(id: "werk", dutch: "werk", english: "work", search: ["werk"], phrases: ["tr": ["iş"]])])
        let reader = QueryReader(
            gazetteer: sharedReference.gazetteer, lexicon: lexicon, words: InMemoryLexicon([:]), stopWords: DutchStopWords.default,
            topicWords: [], needWords: [], stemmer: DutchStemmer())
        #expect(reader.read("dit is somber").needs.map(\.concept) == [nil])
        #expect(reader.read("dit is somber").needs.map(\.text) == ["somber"])
    }

    @Test("Words that name nothing: a request for a few words, never the whole map, never an error", arguments: [
        "hoe kan ik", "12345", "😀😀😀", "... ??? !!!", "help",
    ])
    func nothingToSearch(_ text: String) throws {
        let results = try search([("wat", text)])
        #expect(results.understanding.nothingToSearch)
        #expect(results.isEmpty)
    }

    @Test("Bad input is bounded: 500 words, 10 kB, mixed scripts and a lone place all answer")
    func badInputIsBounded() throws {
        let sentence = Array(repeating: "ik voel me somber en eenzaam en heb schulden", count: 60).joined(separator: " ")
        #expect(try search([("wat", sentence)]).analyzed.terms.count <= AnalyzedQuery.maximumTerms)
        _ = try search([("wat", String(repeating: "x", count: 10_240))])
        _ = try search([("wat", "Ⅻ 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ﷽ eenzaam وحدة самотність 😀 ١٢٣")])
        let place = try search([("wat", "Arnhem")])
        #expect(place.origin != nil && !place.local.isEmpty && place.understanding.nothingToSearch)
    }
}
