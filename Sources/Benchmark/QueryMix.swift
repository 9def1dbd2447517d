import KaartModel

/// The fixed query mix of `kaart bench` (docs/benchmark.md): eleven classes, each a short list of
/// queries that is cycled until the class has run its count. The last four are what people type
/// rather than what records say (issue 16).
public enum QueryClass: String, CaseIterable, Codable, Sendable {
    case text = "text"
    case textFilters = "text+filters"
    case textNear = "text+15km"
    case filtersNear = "filters+15km"
    case rareWord = "rare word"
    case commonWord = "common word"
    case compound = "compound"
    case typo = "typo"
    case sentence = "sentence"
    case placeInText = "place in text"
    case otherLanguage = "other language"
}

/// One benchmark query: the parameters as the web form and the CLI give them, and the same
/// question in neutral terms for the reference engines.
public struct BenchQuery: Sendable {
    public var queryClass: QueryClass
    public var text: String
    public var domains: [String] = []
    public var targetGroups: [String] = []
    public var supportTypes: [String] = []
    public var kinds: [String] = []
    public var freeOnly = false
    /// A PC4 postcode to search 15 km around.
    public var postcode: String?

    public var parameters: [(name: String, value: String)] {
        var p: [(name: String, value: String)] = []
        if !text.isEmpty { p.append(("wat", text)) }
        p += domains.map { ("domein", $0) } + targetGroups.map { ("doelgroep", $0) }
        p += supportTypes.map { ("soort", $0) } + kinds.map { ("kind", $0) }
        if freeOnly { p.append(("gratis", "ja")) }
        if let postcode { p.append(("bij", postcode)) }
        return p
    }
}

public enum QueryMix {
    /// Everyday search words.
    static let words = [
        "eenzaam", "schulden", "somber", "rouw", "dagbesteding", "wandelen", "mantelzorg", "angst",
        "opvoeden", "verslaving", "slaapproblemen", "vrijwilligerswerk",
    ]
    /// Postcodes in the big cities and in the countryside.
    static let postcodes = ["1012", "3511", "6811", "9711", "5611", "2511", "3011", "8011", "6211", "7511", "9501", "4331"]
    /// Compounds the analyser splits: the whole word or its parts may match.
    static let compounds = ["schuldhulpmaatje", "rouwverwerkingsgroep", "lotgenotencontact", "opvoedspreekuur", "mindfulnesstraining"]

    static let filtered: [BenchQuery] = [
        BenchQuery(queryClass: .textFilters, text: "schulden", domains: ["geld-en-schulden"], targetGroups: ["volwassenen", "iedereen"]),
        BenchQuery(queryClass: .textFilters, text: "somber", supportTypes: ["online-zelfhulp", "e-community"]),
        BenchQuery(queryClass: .textFilters, text: "eenzaam", targetGroups: ["ouderen"], freeOnly: true),
        BenchQuery(queryClass: .textFilters, text: "angst", kinds: ["lotgenoten"]),
        BenchQuery(queryClass: .textFilters, text: "opvoeden", domains: ["gezin-en-opvoeden"], supportTypes: ["cursus-of-training"]),
    ]
    /// One typo each in everyday search words, none of them a word itself.
    static let typos = [
        "eenzaamhied", "dagbestedng", "wandelne", "mantelzrog", "verslavnig", "slaapproblmen", "vrijwiligerswerk",
        "opvoedne", "depresie", "schuldhlup",
    ]
    /// Sentences of 6 to 12 words, as a resident writes them.
    static let sentences = [
        "ik voel me de laatste tijd erg somber en eenzaam",
        "ik heb schulden en weet niet meer hoe ik moet betalen",
        "mijn moeder is overleden en ik zoek hulp bij rouw",
        "ik ben mantelzorger voor mijn vader en heb weinig tijd",
        "ik zoek dagbesteding of vrijwilligerswerk bij mij in de buurt",
        "mijn zoon van 15 piekert veel en slaapt slecht",
        "ik ben ontslagen en heb geldzorgen en veel ruzie thuis",
    ]
    /// A place in the words, with and without "in", "bij" or "rond", and postcodes.
    static let placesInText = [
        "eenzaam Arnhem", "schulden in Stadskanaal", "rouw 3511", "somber bij Groningen", "mantelzorg Zwolle",
        "angst rond Eindhoven", "opvoeden 9711", "dagbesteding in Utrecht",
    ]
    /// Common words in English, Arabic, Turkish, Polish and Ukrainian.
    static let otherLanguages = ["lonely", "depression", "debt", "وحدة", "yalnızlık", "samotność", "самотність", "grief", "اكتئاب", "borç"]
    static let filterDomains = ["psychisch-welzijn", "sociale-contacten", "geld-en-schulden", "zingeving", "verslaving", "wonen"]

    /// The queries of one class, in the order they are run: `count` of them.
    public static func queries(_ queryClass: QueryClass, count: Int) -> [BenchQuery] {
        (0..<count).map { i in
            switch queryClass {
            case .text:
                return BenchQuery(queryClass: .text, text: words[i % words.count])
            case .textFilters:
                return filtered[i % filtered.count]
            case .textNear:
                return BenchQuery(queryClass: .textNear, text: words[i % words.count], postcode: postcodes[i % postcodes.count])
            case .filtersNear:
                return BenchQuery(
                    queryClass: .filtersNear, text: "", domains: [filterDomains[i % filterDomains.count]],
                    postcode: postcodes[(i / filterDomains.count) % postcodes.count])
            case .rareWord:
                return BenchQuery(queryClass: .rareWord, text: SyntheticCorpus.rareWords[i % SyntheticCorpus.rareWords.count])
            case .commonWord:
                return BenchQuery(queryClass: .commonWord, text: "hulp")
            case .compound:
                return BenchQuery(queryClass: .compound, text: compounds[i % compounds.count])
            case .typo:
                return BenchQuery(queryClass: .typo, text: typos[i % typos.count])
            case .sentence:
                return BenchQuery(queryClass: .sentence, text: sentences[i % sentences.count])
            case .placeInText:
                return BenchQuery(queryClass: .placeInText, text: placesInText[i % placesInText.count])
            case .otherLanguage:
                return BenchQuery(queryClass: .otherLanguage, text: otherLanguages[i % otherLanguages.count])
            }
        }
    }
}
