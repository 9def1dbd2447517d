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
    ///
    /// How it stays fast at national scale: each analysed token's matches and bm25 share come
    /// from its postings (precomputed for frequent tokens, from FTS5 for rare ones, kept in
    /// memory once read); filters, places and freshness are decided from the in-memory
    /// `CandidateTable`; a search around a point without words looks only at nearby grid cells;
    /// only the shown page is ordered, and only its records are read from disk.
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
        var pass = Pass(
            table: candidates, query: query, municipalities: municipalities, origin: origin,
            today: today, freshnessMonths: freshnessMonths, reports: try recordIndexes(openReports))

        var matchedAnyWord = false
        if let phrases = Phrases(analyzed) {
            var matches = try match(phrases, requireAll: true)
            pass.collect(matches.indexes, relevance: matches.relevance)
            if pass.passedFilters == 0 && analyzed.terms.count > 1 {
                matches = try match(phrases, requireAll: false)
                pass.collect(matches.indexes, relevance: matches.relevance)
                matchedAnyWord = pass.passedFilters > 0
            }
            if pass.needsFurther { pass.collectFurther(matches.indexes, relevance: matches.relevance) }
        } else if let origin {
            // Without words only records near the point can be local; the rest of the country
            // is looked at only when nothing lies within the radius.
            let box = Pass.prefilterBox(origin.coordinate, query.radius)
            pass.reset()
            pass.add(grid.indexes(latitude: box.latitude, longitude: box.longitude), relevance: nil)
            pass.add(grid.unplaced, relevance: nil)
            if pass.needsFurther { pass.collectFurther(0..<Int32(candidates.count), relevance: nil) }
        } else {
            pass.collect(0..<Int32(candidates.count), relevance: nil)
        }

        let start = (query.page - 1) * query.perPage
        let localPage = Array(pass.local.items.dropFirst(start))
        let wanted = localPage + pass.online.items + pass.knowledge.items + pass.further.items
        let entries = try entries(indexes: wanted.map(\.index))
        func hits(_ list: [Ranked]) -> [Hit] {
            list.compactMap { r in
                entries[r.index].map {
                    Hit(entry: $0, distance: r.distance, stale: r.stale, openReports: r.openReports, score: r.score)
                }
            }
        }
        return SearchResults(
            query: query, analyzed: analyzed, origin: origin, local: hits(localPage),
            localTotal: pass.localTotal, online: hits(pass.online.items), knowledge: hits(pass.knowledge.items),
            further: hits(pass.further.items), matchedAnyWord: matchedAnyWord)
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

    // MARK: Matching words

    /// The tokens of an analysed query in FTS5's phrase order (term, alternative, token), with
    /// the terms that have something to match.
    struct Phrases {
        /// Per term, per alternative, the tokens that must all occur.
        var terms: [[[String]]]
        var count: Int { terms.reduce(0) { $0 + $1.reduce(0) { $0 + $1.count } } }

        init?(_ analyzed: AnalyzedQuery) {
            terms = analyzed.terms.map { $0.alternatives.filter { !$0.isEmpty } }.filter { !$0.isEmpty }
            if terms.isEmpty { return nil }
        }
    }

    struct Matches {
        /// Candidate-table positions of the matching records.
        var indexes: [Int32]
        /// Each one's relevance: the bm25 scores of the query's tokens it holds, summed.
        var relevance: [Double]
    }

    /// The records that match every term (`requireAll`) or any term, and their relevance: the
    /// sum of the bm25 scores of every token of the query they hold, in the query's order.
    func match(_ phrases: Phrases, requireAll: Bool) throws -> Matches {
        let lists = try phrases.terms.map { term in try term.map { alternative in try alternative.map(postings) } }
        if phrases.count == 1, let only = lists.first?.first?.first {
            return Matches(indexes: only.rowids.map { Int32(bitPattern: $0 &- 1) }, relevance: only.shares)
        }
        let count = candidates.count
        var score = [Double](repeating: 0, count: count)
        var termSeen = [UInt8](repeating: 0, count: count)
        var termsMatched = [UInt8](repeating: 0, count: count)
        var matched: [Int32] = []
        let needed = UInt8(requireAll ? lists.count : 1)
        for (termNumber, term) in lists.enumerated() {
            let stamp = UInt8(termNumber + 1)
            for alternative in term {
                for list in alternative {
                    for (rowid, share) in zip(list.rowids, list.shares) { score[Int(rowid) - 1] += share }
                }
                for rowid in Self.intersection(alternative.map(\.rowids)) {
                    let i = Int(rowid) - 1
                    guard termSeen[i] != stamp else { continue }
                    termSeen[i] = stamp
                    termsMatched[i] += 1
                    if termsMatched[i] == needed { matched.append(Int32(i)) }
                }
            }
        }
        return Matches(indexes: matched, relevance: matched.map { score[Int($0)] })
    }

    /// Rowids in every list (each ascending).
    static func intersection(_ lists: [[UInt32]]) -> [UInt32] {
        guard var result = lists.min(by: { $0.count < $1.count }) else { return [] }
        for list in lists where result.count > 0 {
            var kept: [UInt32] = []
            var j = 0
            for rowid in result {
                while j < list.count && list[j] < rowid { j += 1 }
                if j < list.count && list[j] == rowid { kept.append(rowid) }
            }
            result = kept
        }
        return result
    }

    /// One token's postings: from memory, the `posting` table (frequent tokens) or FTS5.
    func postings(_ token: String) throws -> Postings {
        if let cached = postingsCache.get(token) { return cached }
        let list = try database.read { db -> Postings in
            if let row = try Row.fetchOne(
                db.cachedStatement(sql: Self.postingSQL), arguments: [token])
            {
                return Postings(rowids: CandidateTable.array(row[0] as Data), shares: CandidateTable.array(row[1] as Data))
            }
            var list = Postings.empty
            let rows = try Row.fetchCursor(
                db.cachedStatement(sql: Self.phraseSQL), arguments: [FullTextPhrase.quote(token)])
            while let row = try rows.next() {
                list.rowids.append(UInt32(row[0] as Int64))
                list.shares.append(row[1])
            }
            return list
        }
        postingsCache.put(token, list)
        return list
    }

    /// Every statement a search runs, for the tests that check their query plans.
    public static let searchStatements = [postingSQL, phraseSQL, entrySQL, recordIndexSQL]
    static let postingSQL = "SELECT rowids, shares FROM posting WHERE token = ?"
    static let entrySQL = "SELECT record_json FROM entry WHERE rowid = ?"
    static let recordIndexSQL = "SELECT rowid FROM entry WHERE id = ?"

    /// One token's matches and bm25 score, straight from FTS5.
    static let phraseSQL: String = {
        let weights = Schema.textColumns.map { String($0.weight) }.joined(separator: ", ")
        return "SELECT rowid, -bm25(entry_text, \(weights)) FROM entry_text WHERE entry_text MATCH ? ORDER BY rowid"
    }()

    /// Candidate-table positions of the records with open reports. Ids never move within an
    /// index, so each is looked up once.
    func recordIndexes(_ openReports: [String: Int]) throws -> [Int32: Int] {
        guard !openReports.isEmpty else { return [:] }
        var result: [Int32: Int] = [:]
        var missing: [String] = []
        positionByID.withLock { known in
            for (id, count) in openReports where count > 0 {
                if let position = known[id] {
                    if position >= 0 { result[position] = count }
                } else {
                    missing.append(id)
                }
            }
        }
        guard !missing.isEmpty else { return result }
        let found = try database.read { db in
            let statement = try db.cachedStatement(sql: Self.recordIndexSQL)
            return try missing.map { id in (id, try Int64.fetchOne(statement, arguments: [id]).map { Int32($0 - 1) } ?? -1) }
        }
        positionByID.withLock { known in
            for (id, position) in found {
                if known.count < 100_000 { known[id] = position }
                if position >= 0 { result[position] = openReports[id] }
            }
        }
        return result
    }

    // MARK: Sections and ranking

    /// A record as ranked and shown.
    struct Ranked {
        var index: Int32
        var nameRank: UInt32
        var distance: Distance?
        var stale: Bool
        var openReports: Int
        var score: Score

        /// The order results are listed in, as a strict total order: ties by name, then in
        /// record order.
        @inline(__always)
        func precedes(_ other: Ranked, sort: SearchQuery.Sort) -> Bool {
            switch sort {
            case .distance:
                let a = distance?.kilometres ?? .infinity
                let b = other.distance?.kilometres ?? .infinity
                if a != b { return a < b }
            case .name:
                break
            case .relevance:
                if score.total != other.score.total { return score.total > other.score.total }
                let a = distance?.kilometres ?? .infinity
                let b = other.distance?.kilometres ?? .infinity
                if a != b { return a < b }
            }
            if nameRank != other.nameRank { return nameRank < other.nameRank }
            return index < other.index
        }
    }

    /// The first `limit` of a section in order, without sorting the rest: a page of a long
    /// list costs one pass.
    struct TopK {
        let limit: Int
        let precedes: (Ranked, Ranked) -> Bool
        var items: [Ranked] = []

        mutating func offer(_ item: Ranked) {
            guard limit > 0 else { return }
            if items.count == limit && !precedes(item, items[limit - 1]) { return }
            var low = 0
            var high = items.count
            while low < high {
                let middle = (low + high) / 2
                if precedes(item, items[middle]) { high = middle } else { low = middle + 1 }
            }
            items.insert(item, at: low)
            if items.count > limit { items.removeLast() }
        }
    }

    /// One pass over matching records: filters, sections, scores and the top of each section.
    struct Pass {
        // Only plain values here: the loop runs once per match, and copying a String-holding
        // origin or query there cost more than the rest of the loop.
        let table: CandidateTable
        let center: Coordinate?
        let radius: Distance
        let filter: CandidateFilter
        let reports: [Int32: Int]
        let originArea: UInt16?
        let box: (latitude: ClosedRange<Double>, longitude: ClosedRange<Double>)?
        let today: (year: Int, month: Int, day: Int)
        let freshnessMonths: Int

        var passedFilters = 0
        var localTotal = 0
        var local: TopK
        var online: TopK
        var knowledge: TopK
        var further: TopK

        init(
            table: CandidateTable, query: SearchQuery, municipalities: [String], origin: SearchResults.Origin?,
            today: Day, freshnessMonths: Int, reports: [Int32: Int]
        ) {
            self.table = table
            self.center = origin?.coordinate
            self.radius = query.radius
            self.filter = CandidateFilter(query, municipalities: municipalities, table: table)
            self.reports = reports
            self.originArea = origin?.municipality.flatMap { table.areaNames.firstIndex(of: $0) }.map { UInt16($0) }
            self.box = origin.map { Self.prefilterBox($0.coordinate, query.radius) }
            self.today = (today.year, today.month, today.day)
            self.freshnessMonths = freshnessMonths
            let sort = query.sort
            let order: (Ranked, Ranked) -> Bool = { $0.precedes($1, sort: sort) }
            local = TopK(limit: (query.page - 1) * query.perPage + query.perPage, precedes: order)
            online = TopK(limit: query.perPage, precedes: order)
            knowledge = TopK(limit: min(query.perPage, 5), precedes: order)
            // Nearest first, ties in record order.
            further = TopK(limit: 3, precedes: { a, b in
                a.distance! != b.distance! ? a.distance! < b.distance! : a.index < b.index
            })
        }

        /// A box that surely holds every point within `radius` of `center`
        /// (`Coordinate.boundingBox` with a margin, its degrees per kilometre being approximate).
        static func prefilterBox(_ center: Coordinate, _ radius: Distance) -> (latitude: ClosedRange<Double>, longitude: ClosedRange<Double>) {
            center.boundingBox(radius: .km(radius.kilometres * 1.05 + 0.5))
        }

        /// True when the search had a place, nothing lies within the radius, and the nearest
        /// matches further away are to be shown instead.
        var needsFurther: Bool { center != nil && localTotal == 0 }

        /// Online help, area-bound places and places we cannot put on the map serve the listed
        /// municipalities; an open place on the map serves whoever comes.
        @inline(__always)
        func serves(_ r: CandidateTable.Record, _ areas: UnsafeBufferPointer<UInt16>) -> Bool {
            if r.has(CandidateTable.Record.wholeCountry)
                || (!r.has(CandidateTable.Record.isVirtual) && !r.has(CandidateTable.Record.restricted) && r.hasCoordinate)
            {
                return true
            }
            guard let originArea else { return false }
            let start = Int(r.areaStart)
            for a in start..<start + Int(r.areaCount) where areas[a] == originArea { return true }
            return false
        }

        @inline(__always)
        func ranked(_ i: Int32, _ r: CandidateTable.Record, relevance: Double?, distance: Distance?) -> Ranked {
            let assured = Int(r.assured)
            let months = (today.year - assured / 10_000) * 12 + (today.month - assured / 100 % 100)
                - (today.day < assured % 100 ? 1 : 0)
            let openReports = reports.isEmpty ? 0 : reports[i] ?? 0
            let stale = openReports > 0 || months >= freshnessMonths
            // A place we know only as "serves your area" ranks as if at the edge of the radius.
            let isVirtual = r.has(CandidateTable.Record.isVirtual)
            let unknownDistance: Double = center != nil && !isVirtual && r.kind != CandidateTable.knowledgeKind ? 0.5 : 1
            let distanceFactor = distance.map { 1 / (1 + $0.kilometres / radius.kilometres) } ?? unknownDistance
            let freshness = stale ? SearchIndex.staleFactor : 1
            let score = Score(
                relevance: relevance, distanceFactor: distanceFactor, freshnessFactor: freshness,
                total: (relevance ?? 1) * distanceFactor * freshness)
            return Ranked(index: i, nameRank: r.nameRank, distance: distance, stale: stale, openReports: openReports, score: score)
        }

        /// Sorts matching records into local, online and knowledge, keeping each section's top,
        /// after forgetting what an earlier pass found.
        mutating func collect(_ indexes: some RandomAccessCollection<Int32>, relevance: [Double]?) {
            reset()
            add(indexes, relevance: relevance)
        }

        mutating func reset() {
            passedFilters = 0
            localTotal = 0
            local.items = []
            online.items = []
            knowledge.items = []
        }

        /// Adds matching records to the sections; `relevance` runs parallel to `indexes`.
        mutating func add(_ indexes: some RandomAccessCollection<Int32>, relevance: [Double]?) {
            let table = self.table
            table.records.withUnsafeBufferPointer { records in
                table.areas.withUnsafeBufferPointer { areas in
                    table.languages.withUnsafeBufferPointer { languages in
                        collect(indexes, relevance, records, areas, languages)
                    }
                }
            }
        }

        private mutating func collect(
            _ indexes: some RandomAccessCollection<Int32>, _ relevance: [Double]?, _ records: UnsafeBufferPointer<CandidateTable.Record>,
            _ areas: UnsafeBufferPointer<UInt16>, _ languages: UnsafeBufferPointer<UInt16>
        ) {
            let hasCenter = center != nil
            for (n, i) in indexes.enumerated() {
                let r = records[Int(i)]
                guard filter.accepts(r, areas, languages) else { continue }
                passedFilters += 1
                let score = relevance?[n]
                if r.kind == CandidateTable.knowledgeKind {
                    knowledge.offer(ranked(i, r, relevance: score, distance: nil))
                } else if r.has(CandidateTable.Record.isVirtual) {
                    if hasCenter && !serves(r, areas) { continue }
                    online.offer(ranked(i, r, relevance: score, distance: nil))
                } else if hasCenter && !serves(r, areas) {
                    continue  // a gemeente's own service, for residents of another gemeente
                } else if r.hasCoordinate, let center, let box {
                    // Outside the box is surely beyond the radius: measured only if shown.
                    guard box.latitude.contains(r.latitude) && box.longitude.contains(r.longitude) else { continue }
                    let distance = center.distance(to: Coordinate(latitude: r.latitude, longitude: r.longitude))
                    guard distance <= radius else { continue }
                    localTotal += 1
                    local.offer(ranked(i, r, relevance: score, distance: distance))
                } else {
                    localTotal += 1
                    local.offer(ranked(i, r, relevance: score, distance: nil))
                }
            }
        }

        /// The nearest matches beyond the radius, for when nothing lies within it.
        mutating func collectFurther(_ indexes: some RandomAccessCollection<Int32>, relevance: [Double]?) {
            guard let center else { return }
            further.items = []
            let table = self.table
            table.records.withUnsafeBufferPointer { records in
                table.areas.withUnsafeBufferPointer { areas in
                    table.languages.withUnsafeBufferPointer { languages in
                        for (n, i) in indexes.enumerated() {
                            let r = records[Int(i)]
                            guard r.hasCoordinate, r.kind != CandidateTable.knowledgeKind, !r.has(CandidateTable.Record.isVirtual),
                                filter.accepts(r, areas, languages), serves(r, areas)
                            else { continue }
                            let distance = center.distance(to: Coordinate(latitude: r.latitude, longitude: r.longitude))
                            guard !(distance <= radius) else { continue }
                            further.offer(ranked(i, r, relevance: relevance?[n], distance: distance))
                        }
                    }
                }
            }
        }
    }

    /// The records to show, decoded, by candidate-table position; recently shown ones come
    /// from memory.
    func entries(indexes: [Int32]) throws -> [Int32: Entry] {
        var result: [Int32: Entry] = [:]
        var missing: [Int32] = []
        entryCache.withLock { cache in
            for i in indexes {
                if let entry = cache.entries[i] { result[i] = entry } else { missing.append(i) }
            }
        }
        guard !missing.isEmpty else { return result }
        let decoded = try database.read { db in
            let statement = try db.cachedStatement(sql: Self.entrySQL)
            return try missing.compactMap { i -> (Int32, Entry)? in
                guard let json = try String.fetchOne(statement, arguments: [Int64(i) + 1]) else { return nil }
                return (i, try JSONDecoder().decode(Entry.self, from: Data(json.utf8)))
            }
        }
        entryCache.withLock { cache in
            for (i, entry) in decoded {
                result[i] = entry
                cache.insert(entry, at: i)
            }
        }
        return result
    }
}

/// Decoded records shown recently, up to a count; the first in are the first out.
struct EntryCache {
    var entries: [Int32: Entry] = [:]
    var order: [Int32] = []
    var next = 0
    let capacity: Int

    init(capacity: Int) { self.capacity = capacity }

    mutating func insert(_ entry: Entry, at index: Int32) {
        guard capacity > 0, entries[index] == nil else { return }
        if order.count < capacity {
            order.append(index)
        } else {
            entries[order[next]] = nil
            order[next] = index
            next = (next + 1) % capacity
        }
        entries[index] = entry
    }
}

/// A query's filters, decided on a `CandidateTable.Record`. Means the same as
/// `SearchIndex.filterClause` (the export's SQL); a test holds the two together.
struct CandidateFilter {
    var kinds: UInt8?
    var domains: UInt64?
    var targetGroups: UInt64?
    var supportTypes: UInt64?
    var access: UInt64?
    var languages: [UInt16]?
    var languageNoneIsDutch = false
    var municipalities: [UInt16]?
    var age: Int?
    var freeOnly = false

    init(_ query: SearchQuery, municipalities: [String], table: CandidateTable) {
        if !query.kinds.isEmpty {
            kinds = query.kinds.reduce(0) { $0 | (1 << UInt8(Entry.Kind.allCases.firstIndex(of: $1)!)) }
        }
        if !query.domains.isEmpty { domains = table.mask("domains", query.domains) }
        if !query.targetGroups.isEmpty { targetGroups = table.mask("target_groups", query.targetGroups) }
        if !query.supportTypes.isEmpty { supportTypes = table.mask("support_types", query.supportTypes) }
        if !query.access.isEmpty { access = table.mask("access", query.access) }
        if !query.languages.isEmpty {
            languages = query.languages.compactMap { table.languageNames.firstIndex(of: $0) }.map { UInt16($0) }
            languageNoneIsDutch = query.languages.contains("nl")
        }
        if !municipalities.isEmpty {
            self.municipalities = municipalities.compactMap { table.areaNames.firstIndex(of: $0) }.map { UInt16($0) }
        }
        age = query.age
        freeOnly = query.freeOnly
    }

    @inline(__always)
    func accepts(_ r: CandidateTable.Record, _ areas: UnsafeBufferPointer<UInt16>, _ languages: UnsafeBufferPointer<UInt16>) -> Bool {
        guard r.has(CandidateTable.Record.active) else { return false }
        if let kinds, kinds & (1 << r.kind) == 0 { return false }
        if let domains, domains & r.domains == 0 { return false }
        if let targetGroups, targetGroups & r.targetGroups == 0 { return false }
        if let supportTypes, supportTypes & r.supportTypes == 0 { return false }
        if let access, r.access == 0 || access & (1 << UInt64(r.access - 1)) == 0 { return false }
        if let wanted = self.languages {
            if r.languageCount == 0 {
                if !languageNoneIsDutch { return false }
            } else {
                let start = Int(r.languageStart)
                var speaks = false
                for l in start..<start + Int(r.languageCount) where wanted.contains(languages[l]) {
                    speaks = true
                    break
                }
                if !speaks { return false }
            }
        }
        if let municipalities, !r.has(CandidateTable.Record.wholeCountry) {
            let start = Int(r.areaStart)
            var serves = false
            for a in start..<start + Int(r.areaCount) where municipalities.contains(areas[a]) {
                serves = true
                break
            }
            if !serves { return false }
        }
        if let age {
            if r.minimumAge >= 0 && Int(r.minimumAge) > age { return false }
            if r.maximumAge >= 0 && Int(r.maximumAge) < age { return false }
        }
        if freeOnly && !(r.has(CandidateTable.Record.freeKnown) && r.has(CandidateTable.Record.free)) { return false }
        return true
    }
}

/// Quoting for a single analysed token as an FTS5 phrase: user text never reaches MATCH raw, so
/// `"`, `*`, `NEAR(`, `AND`, `-` and parentheses are just text.
enum FullTextPhrase {
    static func quote(_ token: String) -> String {
        "\"" + token.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension SearchIndex {
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

