import Crypto
import DutchText
import Foundation
import KaartModel
import Yams

/// What the indexer knows besides the records, read from `Indexer/`: the taxonomy, the
/// gazetteer, the word-frequency list, the synonym groups and the B1 glossary.
public struct ReferenceData: Sendable {
    public var taxonomy: Taxonomy
    public var gazetteer: Gazetteer
    public var wordFrequencies: [String: Double]
    public var synonymGroups: [[String]]
    public var glossary: Glossary
    /// The regions the map covers (`regions.yaml`).
    public var coverage: Coverage
    /// What people type, mapped to the map's concepts (`concepts.yaml`).
    public var concepts: ConceptLexicon
    /// A hash of the files this was read from; nil when it was not read from files. A build
    /// keeps its work per record only under a known fingerprint (`BuildCache`).
    public var fingerprint: String?

    public init(
        taxonomy: Taxonomy, gazetteer: Gazetteer, wordFrequencies: [String: Double], synonymGroups: [[String]],
        glossary: Glossary = Glossary(terms: []), coverage: Coverage = .everywhere, concepts: ConceptLexicon = .empty
    ) {
        self.coverage = coverage
        self.concepts = concepts
        self.taxonomy = taxonomy
        self.gazetteer = gazetteer
        self.wordFrequencies = wordFrequencies
        self.synonymGroups = synonymGroups
        self.glossary = glossary
    }

    /// Reads `directory` (the repository's `Indexer/`). Missing or broken files are fatal:
    /// without them no record can be checked.
    public static func load(from directory: URL) throws -> ReferenceData {
        var hash = SHA256()
        func read(_ name: String) throws -> String {
            let url = directory.appendingPathComponent(name)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                throw ReferenceDataError.missing(url.path)
            }
            hash.update(data: Data((name + "\u{0}" + text + "\u{0}").utf8))
            return text
        }
        let taxonomy = try parseTaxonomy(read("taxonomy.yaml"), file: directory.appendingPathComponent("taxonomy.yaml").path)
        let gazetteer = try Gazetteer(postcodeTSV: read("nl_pc4.tsv"), placesTSV: read("nl_places.tsv"))
        let lexicon = InMemoryLexicon(tsv: try read("nl_wordfreq.tsv"))
        let synonyms = try parseSynonyms(read("synonyms.yaml"), file: directory.appendingPathComponent("synonyms.yaml").path)
        let glossary = try parseGlossary(read("glossary.yaml"), file: directory.appendingPathComponent("glossary.yaml").path)
        let coverage = try parseCoverage(
            read("regions.yaml"), file: directory.appendingPathComponent("regions.yaml").path, gazetteer: gazetteer)
        let concepts = try parseConcepts(
            read("concepts.yaml"), file: directory.appendingPathComponent("concepts.yaml").path, taxonomy: taxonomy)
        var reference = ReferenceData(
            taxonomy: taxonomy, gazetteer: gazetteer, wordFrequencies: lexicon.frequencies, synonymGroups: synonyms,
            glossary: glossary, coverage: coverage, concepts: concepts)
        reference.fingerprint = hash.finalize().map { String(format: "%02x", $0) }.joined()
        return reference
    }

    /// The B1 checker over this reference data: the word list and the glossary.
    public var b1Checker: B1Checker {
        B1Checker(lexicon: InMemoryLexicon(wordFrequencies), glossary: glossary)
    }

    /// Each region lists its municipalities, or names a province whose municipalities it has;
    /// every name must be a municipality the gazetteer knows.
    static func parseCoverage(_ yaml: String, file: String, gazetteer: Gazetteer) throws -> Coverage {
        guard let root = try compose(yaml: yaml), let items = root["regions"]?.sequence, !items.isEmpty else {
            throw ReferenceDataError.malformed(file, "expected `regions:` with a list of {name, municipalities} or {name, province}")
        }
        return Coverage(regions: try items.map { item in
            let line = item.mark?.line ?? 0
            guard let name = item["name"]?.string, !name.isEmpty else {
                throw ReferenceDataError.malformed(file, "line \(line): every region needs a `name`")
            }
            var municipalities: [String] = []
            if let province = item["province"]?.string {
                municipalities = gazetteer.municipalities.values.filter { Gazetteer.key($0.province) == Gazetteer.key(province) }.map(\.name).sorted()
                guard !municipalities.isEmpty else {
                    throw ReferenceDataError.malformed(file, "line \(line): no municipality lies in the province \"\(province)\"")
                }
            }
            for node in item["municipalities"]?.sequence ?? [] {
                guard let text = node.string, let municipality = gazetteer.municipality(named: text) else {
                    throw ReferenceDataError.malformed(file, "line \(node.mark?.line ?? line): \"\(node.string ?? "")\" is not a municipality in the gazetteer")
                }
                municipalities.append(municipality.name)
            }
            guard !municipalities.isEmpty else {
                throw ReferenceDataError.malformed(file, "line \(line): region \(name) needs `municipalities:` or `province:`")
            }
            return Coverage.Region(name: name, municipalities: municipalities)
        })
    }

    static func parseGlossary(_ yaml: String, file: String) throws -> Glossary {
        guard let root = try compose(yaml: yaml), let items = root["terms"]?.sequence else {
            throw ReferenceDataError.malformed(file, "expected `terms:` with a list of {term, plain}")
        }
        return Glossary(terms: try items.map { item in
            guard let term = item["term"]?.string, let plain = item["plain"]?.string, !term.isEmpty, !plain.isEmpty else {
                throw ReferenceDataError.malformed(file, "line \(item.mark?.line ?? 0): every glossary term needs `term` and `plain`")
            }
            return Glossary.Term(term: term, plain: plain, stigmatising: item["stigmatising"]?.bool ?? false)
        })
    }

    static func parseTaxonomy(_ yaml: String, file: String) throws -> Taxonomy {
        guard let root = try compose(yaml: yaml), case .mapping(let mapping) = root else {
            throw ReferenceDataError.malformed(file, "expected a mapping of facets")
        }
        var terms: [Taxonomy.Facet: [Taxonomy.Term]] = [:]
        for (key, value) in mapping {
            guard let facet = Taxonomy.Facet(rawValue: key.string ?? "") else {
                throw ReferenceDataError.malformed(file, "line \(key.mark?.line ?? 0): unknown facet \"\(key.string ?? "")\"")
            }
            guard case .sequence(let items) = value else {
                throw ReferenceDataError.malformed(file, "line \(value.mark?.line ?? 0): \(facet.rawValue) must be a list")
            }
            terms[facet] = try items.map { item in
                guard let code = item["code"]?.string, let nl = item["nl"]?.string, let en = item["en"]?.string else {
                    throw ReferenceDataError.malformed(file, "line \(item.mark?.line ?? 0): every term needs code, nl and en")
                }
                return Taxonomy.Term(
                    code: code, dutch: nl, english: en,
                    synonyms: item["synonyms"]?.sequence?.compactMap(\.string) ?? [],
                    minimumAge: item["min_age"]?.int, maximumAge: item["max_age"]?.int,
                    positiveHealth: item["positieve_gezondheid"]?.sequence?.compactMap(\.string) ?? [])
            }
        }
        return Taxonomy(terms: terms)
    }

    /// The concept lexicon: each concept with an id, a label in Dutch and English, the Dutch
    /// words to search and what people type per language; audiences name a doelgroep code.
    static func parseConcepts(_ yaml: String, file: String, taxonomy: Taxonomy) throws -> ConceptLexicon {
        guard let root = try compose(yaml: yaml), let items = root["concepts"]?.sequence, !items.isEmpty else {
            throw ReferenceDataError.malformed(file, "expected `concepts:` with a list of {id, label, search, phrases}")
        }
        var seen = Set<String>()
        let concepts = try items.map { item -> ConceptLexicon.Concept in
            let line = item.mark?.line ?? 0
            guard let id = item["id"]?.string, !id.isEmpty, seen.insert(id).inserted else {
                throw ReferenceDataError.malformed(file, "line \(line): id: every concept needs its own id")
            }
            guard let dutch = item["label"]?["nl"]?.string, let english = item["label"]?["en"]?.string else {
                throw ReferenceDataError.malformed(file, "line \(line): label: give {nl: …, en: …}")
            }
            guard let search = item["search"]?.sequence?.compactMap(\.string), !search.isEmpty else {
                throw ReferenceDataError.malformed(file, "line \(line): search: list the Dutch words records use for \(id)")
            }
            var phrases: [String: [String]] = [:]
            if case .mapping(let mapping)? = item["phrases"] {
                for (key, value) in mapping {
                    guard let language = key.string, language.count == 2, let words = value.sequence?.compactMap(\.string) else {
                        throw ReferenceDataError.malformed(file, "line \(key.mark?.line ?? 0): phrases: use a two-letter language code with a list of phrases")
                    }
                    phrases[language] = words
                }
            }
            var domains: [String]?
            if let listed = item["domains"] {
                guard let codes = listed.sequence?.compactMap(\.string),
                    let unknown = Optional(codes.filter { taxonomy.term(.domains, code: $0) == nil }), unknown.isEmpty
                else {
                    throw ReferenceDataError.malformed(file, "line \(listed.mark?.line ?? line): domains: use levensdomein codes from taxonomy.yaml for \(id)")
                }
                domains = codes
            }
            return ConceptLexicon.Concept(id: id, dutch: dutch, english: english, search: search, phrases: phrases, domains: domains)
        }
        let audiences = try (root["audiences"]?.sequence ?? []).map { item -> ConceptLexicon.Audience in
            let line = item.mark?.line ?? 0
            guard let group = item["group"]?.string, taxonomy.term(.targetGroups, code: group) != nil else {
                throw ReferenceDataError.malformed(file, "line \(line): group: use a doelgroep code from taxonomy.yaml")
            }
            return ConceptLexicon.Audience(group: group, phrases: item["phrases"]?.sequence?.compactMap(\.string) ?? [])
        }
        return ConceptLexicon(
            concepts: concepts, audiences: audiences,
            everydayPlaceNames: root["everyday_place_names"]?.sequence?.compactMap(\.string) ?? [],
            functionWords: root["function_words"]?.sequence?.compactMap(\.string) ?? [])
    }

    static func parseSynonyms(_ yaml: String, file: String) throws -> [[String]] {
        guard let root = try compose(yaml: yaml), let groups = root["groups"]?.sequence else {
            throw ReferenceDataError.malformed(file, "expected `groups:` with a list of word lists")
        }
        return try groups.map { group in
            guard let words = group.sequence?.compactMap(\.string), words.count >= 2 else {
                throw ReferenceDataError.malformed(file, "line \(group.mark?.line ?? 0): a synonym group needs at least two words")
            }
            return words
        }
    }
}

public enum ReferenceDataError: Error, CustomStringConvertible {
    case missing(String)
    case malformed(String, String)

    public var description: String {
        switch self {
        case .missing(let path):
            "cannot read \(path). Run kaart from the repository root, or pass --indexer with the Indexer/ folder."
        case .malformed(let path, let problem):
            "\(path): \(problem)"
        }
    }
}
