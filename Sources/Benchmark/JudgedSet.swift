import Foundation
import KaartModel
import SearchIndex
import Yams

/// A judged set of searches (issue 16): for each query what a person types, the records that must
/// be among the first five of their section and the records that must not be shown at all. Read
/// from a YAML file such as `Tests/KaartTests/Fixtures/judged/queries.yaml`.
public struct JudgedSet: Sendable {
    public struct Query: Sendable {
        /// The line in the file, for messages.
        public var line: Int
        /// What the query tests ("typos", "place in text", …): scores are given per behaviour.
        public var behaviour: String
        /// The search parameters as the web form names them (`wat`, `bij`, `km`, …).
        public var parameters: [(name: String, value: String)]
        public var must: [String]
        public var mustNot: [String]
        /// The place error the search must stop with instead of results.
        public var error: ExpectedError?
    }

    public enum ExpectedError: String, Sendable {
        case ambiguous, unknown
    }

    /// The least score the set may reach; `kaart beoordeel` fails below it.
    public struct Floor: Sendable {
        public var passRate: Double
        public var recall: Double
        public var ndcg: Double

        public init(passRate: Double, recall: Double, ndcg: Double) {
            self.passRate = passRate
            self.recall = recall
            self.ndcg = ndcg
        }
    }

    public var queries: [Query]
    public var floor: Floor?

    /// Parses the set. Every problem names the file, the line and the field.
    public static func parse(_ yaml: String, file: String) throws -> JudgedSet {
        func fail(_ line: Int, _ field: String, _ message: String) -> JudgedSetError {
            JudgedSetError.malformed(file: file, line: line, field: field, message: message)
        }
        guard let root = try Yams.compose(yaml: yaml), let items = root["queries"]?.sequence, !items.isEmpty else {
            throw fail(1, "queries", "expected `queries:` with a list of judged searches")
        }
        var floor: Floor?
        if let node = root["floor"] {
            let line = node.mark?.line ?? 0
            guard let pass = node["pass_rate"]?.float, let recall = node["recall"]?.float, let ndcg = node["ndcg"]?.float else {
                throw fail(line, "floor", "give pass_rate, recall and ndcg, each between 0 and 1")
            }
            floor = Floor(passRate: pass, recall: recall, ndcg: ndcg)
        }
        let queries = try items.map { item -> Query in
            let line = item.mark?.line ?? 0
            guard let behaviour = item["behaviour"]?.string, !behaviour.isEmpty else {
                throw fail(line, "behaviour", "every query needs a behaviour")
            }
            guard case .mapping(let mapping)? = item["query"] else { throw fail(line, "query", "expected a mapping of search parameters") }
            let parameters = try mapping.map { key, value -> (name: String, value: String) in
                guard let name = key.string, let text = value.string else { throw fail(line, "query", "parameters are names with text values") }
                return (name, text)
            }
            let must = item["must"]?.sequence?.compactMap(\.string) ?? []
            let mustNot = item["must_not"]?.sequence?.compactMap(\.string) ?? []
            var error: ExpectedError?
            if let text = item["error"]?.string {
                guard let expected = ExpectedError(rawValue: text) else { throw fail(line, "error", "expected ambiguous or unknown") }
                error = expected
            }
            guard error != nil || !must.isEmpty || !mustNot.isEmpty else {
                throw fail(line, "must", "a query needs must, must_not or error, or it cannot fail")
            }
            return Query(line: line, behaviour: behaviour, parameters: parameters, must: must, mustNot: mustNot, error: error)
        }
        return JudgedSet(queries: queries, floor: floor)
    }
}

public enum JudgedSetError: Error, CustomStringConvertible {
    case malformed(file: String, line: Int, field: String, message: String)
    case unknownRecord(file: String, line: Int, id: String)

    public var description: String {
        switch self {
        case .malformed(let file, let line, let field, let message): "\(file):\(line): \(field): \(message)"
        case .unknownRecord(let file, let line, let id):
            "\(file):\(line): must: there is no record \"\(id)\" in the index; build it from the judged set's own corpus"
        }
    }
}

/// How one judged query went.
public struct JudgedOutcome: Sendable {
    public var query: JudgedSet.Query
    /// Share of the must-haves among the first five of their section (1 without must-haves).
    public var recall: Double
    /// nDCG@5: each must-have counts 1 / log2(1 + its place in its section), against the ideal
    /// of every must-have at the top of the section it belongs in.
    public var ndcg: Double
    /// Must-nots that were shown, anywhere on the page.
    public var violations: [String]
    /// What went wrong, for the report; empty when the query passed.
    public var problems: [String]
    public var passed: Bool { problems.isEmpty }
}

/// The score of a judged set: the means over its queries, and per behaviour.
public struct JudgedScore: Sendable {
    public struct Line: Sendable {
        public var behaviour: String
        public var queries: Int
        public var passed: Int
        public var recall: Double
        public var ndcg: Double
        public var violations: Int
        public var passRate: Double { queries == 0 ? 1 : Double(passed) / Double(queries) }
    }

    public var outcomes: [JudgedOutcome]

    public var total: Line { Self.line("all", outcomes) }

    /// One line per behaviour, in the order the file first names them.
    public var behaviours: [Line] {
        var order: [String] = []
        for outcome in outcomes where !order.contains(outcome.query.behaviour) { order.append(outcome.query.behaviour) }
        return order.map { name in Self.line(name, outcomes.filter { $0.query.behaviour == name }) }
    }

    static func line(_ name: String, _ outcomes: [JudgedOutcome]) -> Line {
        let n = Double(max(1, outcomes.count))
        return Line(
            behaviour: name, queries: outcomes.count, passed: outcomes.filter(\.passed).count,
            recall: outcomes.map(\.recall).reduce(0, +) / n, ndcg: outcomes.map(\.ndcg).reduce(0, +) / n,
            violations: outcomes.map(\.violations.count).reduce(0, +))
    }

    /// What falls short of `floor`, as sentences; empty when the score reaches it.
    public func shortfalls(of floor: JudgedSet.Floor) -> [String] {
        let total = self.total
        var result: [String] = []
        // A little slack for rounding in the file's figures.
        if total.passRate + 1e-9 < floor.passRate { result.append(String(format: "pass rate %.3f is below the floor %.3f", total.passRate, floor.passRate)) }
        if total.recall + 1e-9 < floor.recall { result.append(String(format: "recall@5 %.3f is below the floor %.3f", total.recall, floor.recall)) }
        if total.ndcg + 1e-9 < floor.ndcg { result.append(String(format: "nDCG@5 %.3f is below the floor %.3f", total.ndcg, floor.ndcg)) }
        return result
    }

    /// The table `kaart beoordeel` prints and docs/search.md shows.
    public func table() -> String {
        var lines = ["| behaviour | queries | pass | recall@5 | nDCG@5 | violations |", "|---|---|---|---|---|---|"]
        for line in behaviours + [total] {
            let name = line.behaviour == "all" ? "**all**" : line.behaviour
            let figures = String(format: "%d | %d (%.0f%%) | %.3f | %.3f | %d", line.queries, line.passed, line.passRate * 100, line.recall, line.ndcg, line.violations)
            lines.append("| \(name) | \(figures) |")
        }
        return lines.joined(separator: "\n")
    }
}

/// Runs a judged set against an index, as the terminal and the server search.
public enum JudgedScorer {
    /// The first this many of each section count.
    public static let depth = 5

    public static func score(
        _ set: JudgedSet, file: String, index: SearchIndex, today: Day, now: Moment? = nil
    ) throws -> JudgedScore {
        var sectionOf: [String: Section] = [:]
        for query in set.queries {
            for id in query.must + query.mustNot where sectionOf[id] == nil {
                guard let entry = try index.entry(id: id) else { throw JudgedSetError.unknownRecord(file: file, line: query.line, id: id) }
                sectionOf[id] = entry.kind == .knowledge ? .knowledge : entry.locationType == .virtual ? .online : .local
            }
        }
        return JudgedScore(outcomes: try set.queries.map { query in
            try outcome(query, index: index, today: today, now: now, sectionOf: sectionOf)
        })
    }

    enum Section: Hashable { case local, online, knowledge }

    static func outcome(
        _ query: JudgedSet.Query, index: SearchIndex, today: Day, now: Moment?, sectionOf: [String: Section]
    ) throws -> JudgedOutcome {
        var problems: [String] = []
        let results: SearchResults
        do {
            let parsed = try SearchQuery.parse(query.parameters, taxonomy: index.taxonomy)
            results = try index.search(parsed, today: today, now: now)
        } catch let error as QueryError {
            let matches: Bool
            switch (error, query.error) {
            case (.ambiguousPlace, .ambiguous?), (.unknownPlace, .unknown?): matches = true
            default: matches = false
            }
            if !matches { problems.append("stopped with: \(error.description)") }
            return JudgedOutcome(query: query, recall: matches ? 1 : 0, ndcg: matches ? 1 : 0, violations: [], problems: problems)
        }
        if let expected = query.error { problems.append("expected a place error (\(expected.rawValue)), got results") }
        // Places further away stand in for help nearby when nothing lies within the radius.
        let sections: [(Section, [Hit])] = [
            (.local, results.local.isEmpty ? results.further : results.local), (.online, results.online), (.knowledge, results.knowledge),
        ]
        var rank: [String: Int] = [:]
        for (_, hits) in sections {
            for (position, hit) in hits.prefix(depth).enumerated() where rank[hit.entry.id] == nil { rank[hit.entry.id] = position + 1 }
        }
        let shown = Set((results.local + results.further + results.online + results.knowledge).map(\.entry.id))
        let found = query.must.filter { rank[$0] != nil }
        for id in query.must where rank[id] == nil {
            problems.append(shown.contains(id) ? "\(id) is shown, but not among the first \(depth) of its section" : "\(id) is not shown")
        }
        let violations = query.mustNot.filter(shown.contains)
        for id in violations { problems.append("\(id) must not be shown") }
        let recall = query.must.isEmpty ? 1 : Double(found.count) / Double(query.must.count)
        let gain = found.map { 1 / log2(1 + Double(rank[$0]!)) }.reduce(0, +)
        var ideal = 0.0
        for section in [Section.local, .online, .knowledge] {
            let count = min(depth, query.must.filter { sectionOf[$0] == section }.count)
            for position in 0..<count { ideal += 1 / log2(2 + Double(position)) }
        }
        let ndcg = ideal == 0 ? 1 : min(1, gain / ideal)
        return JudgedOutcome(query: query, recall: recall, ndcg: ndcg, violations: violations, problems: problems)
    }
}
