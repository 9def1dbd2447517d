import Foundation
import KaartModel
import Yams

/// What one of our codes (and perhaps a kind) another map's term stands for.
public struct TermTranslation: Hashable, Sendable {
    public var kind: Entry.Kind?
    public var codes: [Taxonomy.Facet: [String]]

    public init(kind: Entry.Kind? = nil, codes: [Taxonomy.Facet: [String]] = [:]) {
        self.kind = kind
        self.codes = codes
    }

    /// Reads `domains:`, `target_groups:`, `support_types:`, `access:`, `line:`, `sector:` and
    /// `kind:` from a YAML mapping, checking every code against the taxonomy.
    static func parse(_ node: Node, taxonomy: Taxonomy, file: String) throws(ImportError) -> TermTranslation {
        var translation = TermTranslation()
        if let kind = node["kind"]?.string {
            guard let value = Entry.Kind(rawValue: kind) else {
                throw .mapping(file, "line \(node.mark?.line ?? 0): kind \"\(kind)\" is not one of \(Entry.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            translation.kind = value
        }
        let keys: [(String, Taxonomy.Facet)] = [
            ("domains", .domains), ("target_groups", .targetGroups), ("support_types", .supportTypes),
            ("access", .access), ("line", .lines), ("sector", .sectors),
        ]
        for (key, facet) in keys {
            guard let value = node[key] else { continue }
            let codes = value.sequence?.compactMap(\.string) ?? [value.string].compactMap { $0 }
            for code in codes where taxonomy.term(facet, code: code) == nil {
                throw .mapping(file, "line \(value.mark?.line ?? 0): \(key): \"\(code)\" is not a \(facet.dutchName) code in Indexer/taxonomy.yaml; known codes: \(taxonomy.terms(facet).map(\.code).joined(separator: ", "))")
            }
            translation.codes[facet, default: []] += codes
        }
        return translation
    }

    var isEmpty: Bool { kind == nil && codes.values.allSatisfy(\.isEmpty) }
}

/// How other maps' taxonomy terms map onto ours: `Indexer/hsds-taxonomy.yaml`. A term matches
/// a rule on taxonomy and code, or else on its name; case, accents and spacing are ignored.
/// Terms of our own taxonomy (`sociale-kaart:domains` …, what `kaart export hsds` writes) need
/// no rule.
public struct TaxonomyMapping: Sendable {
    struct Rule: Sendable {
        var taxonomy: String?
        var code: String?
        var name: String?
        var translation: TermTranslation
    }

    var rules: [Rule]

    public static let empty = TaxonomyMapping(rules: [])

    /// Reads the mapping file; a rule that names an unknown code is a fatal error with its line,
    /// because a wrong rule would mislabel every record it touches.
    public static func load(from url: URL, taxonomy: Taxonomy, display: String) throws -> TaxonomyMapping {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { throw ReferenceDataError.missing(url.path) }
        guard let root = try compose(yaml: text), let items = root["terms"]?.sequence else {
            throw ImportError.mapping(display, "expected `terms:` with a list of rules (taxonomy, code or name, and our codes)")
        }
        return TaxonomyMapping(rules: try items.map { item in
            let rule = Rule(
                taxonomy: item["taxonomy"]?.string, code: item["code"]?.string, name: item["name"]?.string,
                translation: try TermTranslation.parse(item, taxonomy: taxonomy, file: display))
            guard rule.code != nil || rule.name != nil else {
                throw ImportError.mapping(display, "line \(item.mark?.line ?? 0): a rule needs `code:` or `name:` to match terms on")
            }
            guard !rule.translation.isEmpty else {
                throw ImportError.mapping(display, "line \(item.mark?.line ?? 0): a rule needs at least one of kind, domains, target_groups, support_types, access, line, sector")
            }
            return rule
        })
    }

    /// What `term` stands for in our taxonomy, or nil when no rule matches (the caller reports it).
    public func translate(_ term: ExternalTerm, taxonomy: Taxonomy) -> TermTranslation? {
        if let facet = term.taxonomy.flatMap(HSDSVocabulary.facet(forTaxonomy:)), let code = term.code,
            taxonomy.term(facet, code: code) != nil
        {
            return TermTranslation(codes: [facet: [code]])
        }
        let key = Self.key
        let byCode = rules.first { rule in
            guard let code = rule.code, let termCode = term.code, key(code) == key(termCode) else { return false }
            return rule.taxonomy.map { taxonomyName in term.taxonomy.map { key($0) == key(taxonomyName) } ?? false } ?? true
        }
        if let byCode { return byCode.translation }
        return rules.first { rule in
            guard rule.code == nil || term.code == nil, let name = rule.name, let termName = term.name, key(name) == key(termName) else { return false }
            return rule.taxonomy.map { taxonomyName in term.taxonomy.map { key($0) == key(taxonomyName) } ?? true } ?? true
        }?.translation
    }

    static func key(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).filter { $0.isLetter || $0.isNumber }
    }
}
