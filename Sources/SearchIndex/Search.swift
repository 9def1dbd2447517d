import DutchText
import Foundation
import GRDB
import KaartModel

/// What a search found, in the sections people read it in.
public struct SearchResults: Sendable {
    /// Where the search was centred, when a place was given.
    public struct Origin: Hashable, Sendable {
        public var label: String
        public var coordinate: Coordinate
        public var municipality: String?
    }

    public var query: SearchQuery
    public var analyzed: AnalyzedQuery
    public var origin: Origin?
    /// Help at a place: within the radius when a place was given. One page of it.
    public var local: [Hit]
    /// How many local hits there are over all pages.
    public var localTotal: Int
    /// Online and phone help that serves the searcher's area.
    public var online: [Hit]
    /// Knowledge articles.
    public var knowledge: [Hit]
    /// When nothing lies within the radius: the nearest matching places further away.
    public var further: [Hit]
    /// True when no record matched every word, and these match some of the words.
    public var matchedAnyWord: Bool

    public var isEmpty: Bool { local.isEmpty && online.isEmpty && knowledge.isEmpty && further.isEmpty }
    public var pageCount: Int { max(1, (localTotal + query.perPage - 1) / query.perPage) }
}

public struct Hit: Sendable {
    public var entry: Entry
    public var distance: Distance?
    /// Past the freshness limit, or reported as wrong and not yet checked: "mogelijk verouderd".
    public var stale: Bool
    /// Open reports about this record.
    public var openReports: Int
    public var score: Score
}

/// Why a hit ranks where it does (`--uitleg`).
public struct Score: Hashable, Sendable {
    /// Text relevance (bm25 with field weights, larger is better); nil without search words.
    public var relevance: Double?
    /// 1 at the search point, ½ at the edge of the radius.
    public var distanceFactor: Double
    /// 1 for a record checked within the freshness limit, lower for an older one.
    public var freshnessFactor: Double
    public var total: Double
}

extension SearchIndex {
    /// Records older than this are marked "mogelijk verouderd" and ranked lower.
    public static let defaultFreshnessMonths = 12
    static let staleFactor = 0.75

    /// Runs `query`. Place problems (ambiguous, unknown) and unknown municipalities are errors
    /// that say what to type instead; search text can never cause an error.
    /// `openReports` maps record ids to their open reports (from the feedback file): such
    /// records are marked and ranked like stale ones until a maintainer has looked.
    public func search(
        _ query: SearchQuery, today: Day, freshnessMonths: Int = defaultFreshnessMonths,
        openReports: [String: Int] = [:]
    ) throws -> SearchResults {
        let origin = try resolveOrigin(query.near)
        let municipalities = try query.municipalities.map { name throws(QueryError) -> String in
            guard let m = gazetteer.municipality(named: name) else {
                throw QueryError.unknownPlace(name: name, suggestions: [])
            }
            return m.name
        }
        let analyzed = analyzer.query(query.text)
        var candidates = try fetchCandidates(query, municipalities: municipalities, analyzed: analyzed, requireAll: true)
        var matchedAnyWord = false
        if candidates.isEmpty && analyzed.terms.count > 1 {
            candidates = try fetchCandidates(query, municipalities: municipalities, analyzed: analyzed, requireAll: false)
            matchedAnyWord = !candidates.isEmpty
        }

        var local: [Candidate] = []
        var online: [Candidate] = []
        var knowledge: [Candidate] = []
        var further: [Candidate] = []
        for var candidate in candidates {
            candidate.openReports = openReports[candidate.id] ?? 0
            candidate.stale = candidate.openReports > 0
                || candidate.assuredDate.map { $0.isPastFreshnessLimit(on: today, limitMonths: freshnessMonths) } ?? true
            if candidate.kind == .knowledge {
                knowledge.append(candidate)
            } else if candidate.isVirtual {
                if let origin, !candidate.serves(origin.municipality) { continue }
                online.append(candidate)
            } else if let origin, !candidate.serves(origin.municipality) {
                continue  // a gemeente's own service, for residents of another gemeente
            } else if let coordinate = candidate.coordinate {
                guard let origin else {
                    local.append(candidate)
                    continue
                }
                candidate.distance = origin.coordinate.distance(to: coordinate)
                if candidate.distance! <= query.radius { local.append(candidate) } else { further.append(candidate) }
            } else {
                local.append(candidate)
            }
        }
        func score(_ c: Candidate) -> Score {
            // A place we know only as "serves your area" ranks as if at the edge of the radius.
            let unknownDistance: Double = origin != nil && !c.isVirtual && c.kind != .knowledge ? 0.5 : 1
            let distanceFactor = c.distance.map { 1 / (1 + $0.kilometres / query.radius.kilometres) } ?? unknownDistance
            let freshness = c.stale ? Self.staleFactor : 1
            return Score(
                relevance: c.relevance, distanceFactor: distanceFactor, freshnessFactor: freshness,
                total: (c.relevance ?? 1) * distanceFactor * freshness)
        }
        func ordered(_ list: [Candidate]) -> [(Candidate, Score)] {
            let scored = list.map { ($0, score($0)) }
            return scored.sorted { a, b in
                switch query.sort {
                case .distance:
                    let da = a.0.distance?.kilometres ?? .infinity
                    let db = b.0.distance?.kilometres ?? .infinity
                    if da != db { return da < db }
                case .name:
                    break
                case .relevance:
                    if a.1.total != b.1.total { return a.1.total > b.1.total }
                    let da = a.0.distance?.kilometres ?? .infinity
                    let db = b.0.distance?.kilometres ?? .infinity
                    if da != db { return da < db }
                }
                return a.0.name.localizedStandardCompare(b.0.name) == .orderedAscending
            }
        }
        let localOrdered = ordered(local)
        let start = (query.page - 1) * query.perPage
        let localPage = Array(localOrdered.dropFirst(start).prefix(query.perPage))
        let onlinePage = Array(ordered(online).prefix(query.perPage))
        let knowledgePage = Array(ordered(knowledge).prefix(min(query.perPage, 5)))
        var furtherPage: [(Candidate, Score)] = []
        if origin != nil && local.isEmpty {
            furtherPage = Array(further.sorted { $0.distance! < $1.distance! }.prefix(3).map { ($0, score($0)) })
        }
        let wanted = localPage + onlinePage + knowledgePage + furtherPage
        let entries = try entries(rowids: wanted.map(\.0.rowid))
        func hits(_ list: [(Candidate, Score)]) -> [Hit] {
            list.compactMap { c, s in
                entries[c.rowid].map { Hit(entry: $0, distance: c.distance, stale: c.stale, openReports: c.openReports, score: s) }
            }
        }
        return SearchResults(
            query: query, analyzed: analyzed, origin: origin, local: hits(localPage),
            localTotal: local.count, online: hits(onlinePage), knowledge: hits(knowledgePage),
            further: hits(furtherPage), matchedAnyWord: matchedAnyWord)
    }

    /// Resolves the place a search is centred on; a place without a municipality (coordinates)
    /// gets the municipality of the nearest postcode, so area-bound online help can be matched.
    public func resolveOrigin(_ text: String?) throws(QueryError) -> SearchResults.Origin? {
        guard let text, !text.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        switch gazetteer.resolve(text) {
        case .point(let coordinate, let label, let municipality):
            guard coordinate.isInNetherlands else {
                throw QueryError.invalid(parameter: "bij", value: text, expected: "een plek in Nederland (breedte 50,7 tot 53,6; lengte 3,3 tot 7,3)")
            }
            let nearest = municipality ?? gazetteer.postcodeAreas.values.min {
                coordinate.distance(to: $0.coordinate) < coordinate.distance(to: $1.coordinate)
            }?.municipality
            return .init(label: label, coordinate: coordinate, municipality: nearest)
        case .ambiguous(let name, let choices):
            throw QueryError.ambiguousPlace(name: name, choices: choices)
        case .unknown(let name, let suggestions):
            throw QueryError.unknownPlace(name: name, suggestions: suggestions)
        }
    }

    struct Candidate {
        var rowid: Int64
        var id: String
        var kind: Entry.Kind
        var name: String
        var isVirtual: Bool
        var wholeCountry: Bool
        var restricted: Bool
        var areas: Set<String>
        var coordinate: Coordinate?
        var assuredDate: Day?
        var relevance: Double?
        var distance: Distance?
        var stale = false
        var openReports = 0

        /// Online help, area-bound places and places we cannot put on the map serve the listed
        /// municipalities; an open place on the map serves whoever comes.
        func serves(_ municipality: String?) -> Bool {
            if wholeCountry || (!isVirtual && !restricted && coordinate != nil) { return true }
            return municipality.map { areas.contains($0) } ?? false
        }
    }

    /// Matching active records with what ranking needs; the full records are read only for the
    /// hits that are shown.
    func fetchCandidates(
        _ query: SearchQuery, municipalities: [String], analyzed: AnalyzedQuery, requireAll: Bool
    ) throws -> [Candidate] {
        var sql = "SELECT e.rowid, e.id, e.kind, e.name, e.is_virtual, e.whole_country, e.area_restricted, e.latitude, e.longitude, e.assured_date, "
        sql += "(SELECT group_concat(code, char(9)) FROM entry_term WHERE entry = e.rowid AND facet = 'area') AS areas"
        var arguments: [any DatabaseValueConvertible] = []
        let match = FullTextExpression(analyzed, requireAll: requireAll)
        if let match {
            let weights = Schema.textColumns.map { String($0.weight) }.joined(separator: ", ")
            sql += ", -bm25(entry_text, \(weights)) AS relevance FROM entry_text JOIN entry e ON e.rowid = entry_text.rowid"
            sql += " WHERE entry_text MATCH ? AND e.status = 'active'"
            arguments.append(match.expression)
        } else {
            sql += ", NULL AS relevance FROM entry e WHERE e.status = 'active'"
        }
        let filters = Self.filterClause(query, municipalities: municipalities)
        sql += filters.sql
        arguments += filters.arguments
        return try database.read { db in
            try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map { row in
                let latitude: Double? = row["latitude"]
                let longitude: Double? = row["longitude"]
                let areas: String? = row["areas"]
                let assured: String = row["assured_date"]
                return Candidate(
                    rowid: row["rowid"], id: row["id"], kind: Entry.Kind(rawValue: row["kind"]) ?? .offering,
                    name: row["name"], isVirtual: row["is_virtual"], wholeCountry: row["whole_country"],
                    restricted: row["area_restricted"],
                    areas: Set((areas ?? "").split(separator: "\t").map(String.init)),
                    coordinate: latitude.flatMap { lat in longitude.map { Coordinate(latitude: lat, longitude: $0) } },
                    assuredDate: Day(assured), relevance: row["relevance"])
            }
        }
    }

    /// The SQL conditions (each starting with ` AND`) for a query's filters on `entry e`; shared
    /// by search and export so a filter means the same everywhere.
    static func filterClause(_ query: SearchQuery, municipalities: [String]) -> (sql: String, arguments: [any DatabaseValueConvertible]) {
        var sql = ""
        var arguments: [any DatabaseValueConvertible] = []
        if !query.kinds.isEmpty {
            sql += " AND e.kind IN (\(databaseQuestionMarks(count: query.kinds.count)))"
            arguments += query.kinds.map(\.rawValue)
        }
        for (facet, codes) in [("domains", query.domains), ("target_groups", query.targetGroups), ("support_types", query.supportTypes), ("access", query.access)] where !codes.isEmpty {
            sql += " AND EXISTS (SELECT 1 FROM entry_term WHERE facet = ? AND entry = e.rowid AND code IN (\(databaseQuestionMarks(count: codes.count))))"
            arguments.append(facet)
            arguments += codes
        }
        if !query.languages.isEmpty {
            // A record that names no language is in Dutch.
            sql += " AND (EXISTS (SELECT 1 FROM entry_term WHERE facet = 'languages' AND entry = e.rowid AND code IN (\(databaseQuestionMarks(count: query.languages.count)))) OR (? AND NOT EXISTS (SELECT 1 FROM entry_term WHERE facet = 'languages' AND entry = e.rowid)))"
            arguments += query.languages
            arguments.append(query.languages.contains("nl"))
        }
        if !municipalities.isEmpty {
            sql += " AND (e.whole_country OR EXISTS (SELECT 1 FROM entry_term WHERE facet = 'area' AND entry = e.rowid AND code IN (\(databaseQuestionMarks(count: municipalities.count)))))"
            arguments += municipalities
        }
        if let age = query.age {
            sql += " AND (e.minimum_age IS NULL OR e.minimum_age <= ?) AND (e.maximum_age IS NULL OR e.maximum_age >= ?)"
            arguments += [age, age]
        }
        if query.freeOnly { sql += " AND e.free = 1" }
        return (sql, arguments)
    }
}

/// An FTS5 MATCH expression built only from analysed tokens, each one quoted: user text never
/// reaches MATCH raw, so `"`, `*`, `NEAR(`, `AND`, `-` and parentheses are just text.
struct FullTextExpression {
    var expression: String

    init?(_ query: AnalyzedQuery, requireAll: Bool) {
        let terms = query.terms.compactMap { term -> String? in
            let alternatives = term.alternatives.filter { !$0.isEmpty }.map { tokens in
                "(" + tokens.map(Self.quote).joined(separator: " AND ") + ")"
            }
            return alternatives.isEmpty ? nil : "(" + alternatives.joined(separator: " OR ") + ")"
        }
        guard !terms.isEmpty else { return nil }
        expression = terms.joined(separator: requireAll ? " AND " : " OR ")
    }

    static func quote(_ token: String) -> String {
        "\"" + token.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
