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
    /// The minute "nu open" and "vandaag open" were decided for; nil when not asked.
    public var moment: Moment?
    /// True when the place searched from lies outside the regions the map covers: the answer
    /// says so first, and offers no places further away.
    public var outsideCoverage = false
    /// The regions the map covers.
    public var coverage: Coverage = .everywhere
    /// How the words were read: corrections, a place, an age and an audience taken from them,
    /// the concepts searched.
    public var understanding = QueryUnderstanding()

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
    /// Open now, today, or closed today by its schedules, at the search's moment; nil when it
    /// has no schedules or no moment was given.
    public var openness: Openness?
}

/// Why a hit ranks where it does (`--uitleg`).
public struct Score: Hashable, Sendable {
    /// Text relevance (bm25 with field weights, larger is better); nil without search words.
    public var relevance: Double?
    /// 1 at the search point, ½ at the edge of the radius.
    public var distanceFactor: Double
    /// 1 for a record checked within the freshness limit, lower for an older one.
    public var freshnessFactor: Double
    /// Above 1 for help for the audience the words name ("mijn dochter" → jongeren).
    public var audienceFactor: Double = 1
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
    /// `now` is the minute the "open" filter and the badges are decided for (from the injected
    /// clock); without it the "open" filter passes nothing.
    public func search(
        _ asked: SearchQuery, today: Day, now: Moment? = nil, freshnessMonths: Int = defaultFreshnessMonths,
        openReports: [String: Int] = [:]
    ) throws -> SearchResults {
        // The words first: a place, an age or an audience among them joins the query; the rest
        // are needs, each a concept or plain words, with typos corrected.
        let read = try read(asked)
        let query = read.query
        let origin = try resolveOrigin(query.near)
        let municipalities = try query.municipalities.map { name throws(QueryError) -> String in
            guard let m = gazetteer.municipality(named: name) else {
                throw QueryError.unknownPlace(name: name, suggestions: [])
            }
            return m.name
        }
        let analyzed = read.analyzed
        // A server gives each search a time budget and stops it when the client leaves
        // (`WorkLimit`); stop between the steps rather than finish for nobody.
        try WorkLimit.check()
        var pass = Pass(
            table: candidates, grid: grid, places: placeSets, query: query, municipalities: municipalities, origin: origin,
            today: today, now: now, freshnessMonths: freshnessMonths, reports: try recordIndexes(openReports),
            preferred: read.audiences.isEmpty ? 0 : candidates.mask("target_groups", read.audiences))

        // Outside the map, the nearest groups may be 130 km away: say so instead of offering them.
        let outside = origin?.municipality.map { !coverage.covers(municipality: $0) } ?? false
        var matchedAnyWord = false
        if let phrases = Phrases(analyzed) {
            // One need: bm25 as FTS5 scores it. Several ("somber en geldzorgen"): a record that
            // covers more of them ranks higher, and each need's best matches come near the top.
            let matches: Matches
            if phrases.terms.count == 1 {
                matches = try match(phrases, requireAll: true)
            } else {
                let needs = try matchNeeds(phrases)
                matches = needs.matches
                matchedAnyWord = needs.complete == 0
            }
            try WorkLimit.check()
            pass.collect(matches.indexes, relevance: matches.relevance)
            if pass.passedFilters == 0 { matchedAnyWord = false }
            if pass.needsFurther && !outside { pass.collectFurther(matches.indexes, relevance: matches.relevance) }
        } else if origin != nil {
            // Without words only records near the point can be local; the rest of the country
            // is looked at only when nothing lies within the radius.
            pass.reset()
            pass.add(pass.nearby, relevance: nil)
            pass.add(grid.unplaced, relevance: nil)
            if pass.needsFurther && !outside { pass.collectFurther(0..<Int32(candidates.count), relevance: nil) }
        } else if !read.onlyWordsThatNameNothing {
            pass.collect(0..<Int32(candidates.count), relevance: nil)
        }

        try WorkLimit.check()
        let start = (query.page - 1) * query.perPage
        let localPage = Array(pass.local.items.dropFirst(start))
        let wanted = localPage + pass.online.items + pass.knowledge.items + pass.further.items
        let entries = try entries(indexes: wanted.map(\.index))
        func hits(_ list: [Ranked]) -> [Hit] {
            list.compactMap { r in
                entries[r.index].map { entry in
                    Hit(
                        entry: entry, distance: r.distance, stale: r.stale, openReports: r.openReports, score: r.score,
                        openness: now.flatMap { Openness.of(entry.schedules, at: $0) })
                }
            }
        }
        return SearchResults(
            query: query, analyzed: analyzed, origin: origin, local: hits(localPage),
            localTotal: pass.localTotal, online: hits(pass.online.items), knowledge: hits(pass.knowledge.items),
            further: hits(pass.further.items), matchedAnyWord: matchedAnyWord, moment: now, outsideCoverage: outside,
            coverage: coverage, understanding: read.understanding)
    }

    /// Resolves the place a search is centred on; a place without a municipality (coordinates)
    /// gets the municipality of the nearest postcode, so area-bound online help can be matched.
    public func resolveOrigin(_ text: String?) throws(QueryError) -> SearchResults.Origin? {
        guard let text, !text.trimmingWhitespace.isEmpty else { return nil }
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
        /// A name for the whole structure, for the postings cache. Tokens are lower-case letters
        /// and digits, so the separators cannot occur in them, and a lone token (a plain
        /// postings key) never holds the `+|` that every key of a merged list starts with.
        var key: String {
            "+|" + terms.map { term in term.map { $0.joined(separator: "+") }.joined(separator: "|") }.joined(separator: " ")
        }

        /// Per term: true when it names a concept ("somber", "lonely", "krap bij kas"), false
        /// for plain words (a name, a rare word), which a record must all hold when any does.
        var concepts: [Bool] = []

        init?(_ analyzed: AnalyzedQuery) {
            let kept = analyzed.terms.map { ($0.alternatives.filter { !$0.isEmpty }, $0.concept != nil) }.filter { !$0.0.isEmpty }
            terms = kept.map(\.0)
            concepts = kept.map(\.1)
            if terms.isEmpty { return nil }
        }

        /// One term of a query.
        init(term: [[String]]) {
            terms = [term]
            concepts = [false]
        }
    }

    /// Records and their relevance: one token's postings (ascending), or what `match` found.
    struct Matches: Sendable {
        /// Candidate-table positions of the matching records.
        var indexes: [Int32]
        /// Each one's relevance: the bm25 scores of the query's tokens it holds, summed.
        var relevance: [Double]

        static let empty = Matches(indexes: [], relevance: [])
        var byteCount: Int { indexes.count * (MemoryLayout<Int32>.stride + MemoryLayout<Double>.stride) + 64 }
    }

    /// The records that match every term (`requireAll`) or any term, and their relevance: the
    /// sum of the bm25 scores of every token of the query they hold, in the query's order.
    /// Works in table-long scratch arrays that are borrowed, used only where the lists point and
    /// put back zeroed, so its cost follows the lists' lengths, not the size of the index. With
    /// more than one list the matches come in no particular order; ranking does not need one.
    func match(_ phrases: Phrases, requireAll: Bool) throws -> Matches {
        if phrases.count == 1, let token = phrases.terms.first?.first?.first { return try postings(token) }
        // One word with its synonyms and compound parts ("eenzaam" is also "alleen"; "mantelzorg"
        // also "mantel" + "zorg") is merged once and kept beside the tokens' postings: the same
        // everyday words come back all day, and merging them was a quarter of a server's time.
        // Word combinations are too many to be worth keeping.
        let key = phrases.terms.count == 1 ? phrases.key : nil
        if let key, let kept = postingsCache.get(key) { return kept }
        let lists = try phrases.terms.map { term in try term.map { alternative in try alternative.map(postings) } }
        let merged = merge(lists, requireAll: requireAll)
        if let key { postingsCache.put(key, merged) }
        return merged
    }

    private func merge(_ lists: [[[Matches]]], requireAll: Bool) -> Matches {
        var scratch = matchScratch.withLock { $0.popLast() } ?? MatchScratch(count: candidates.count)
        let needed = UInt32(requireAll ? lists.count : 1)
        // A term matches where any of its alternatives has all of its tokens.
        let members = lists.enumerated().flatMap { number, term in
            term.map { alternative in
                (stamp: UInt32(number + 1), indexes: alternative.count == 1 ? alternative[0].indexes : Self.intersection(alternative.map(\.indexes)))
            }
        }
        let tokens = Array(lists.joined().joined())
        var memberCursors = [Int](repeating: 0, count: members.count)
        var tokenCursors = [Int](repeating: 0, count: tokens.count)
        var matched: [Int32] = []
        var relevance: [Double] = []
        scratch.slots.withUnsafeMutableBufferPointer { slots in
            // A block of records at a time, so the slots written stay in the cache; every list
            // is sorted, so each resumes where it left off.
            var blockEnd = 0
            while blockEnd < slots.count {
                blockEnd = min(slots.count, blockEnd + MatchScratch.blockSize)
                let end = Int32(blockEnd)
                let firstMatched = matched.count
                for (k, member) in members.enumerated() {
                    // A record counts once per term however many alternatives it has.
                    member.indexes.withUnsafeBufferPointer { indexes in
                        var c = memberCursors[k]
                        while c < indexes.count && indexes[c] < end {
                            let i = Int(indexes[c])
                            if slots[i].term != member.stamp {
                                slots[i].term = member.stamp
                                slots[i].terms += 1
                                if slots[i].terms == needed { matched.append(indexes[c]) }
                            }
                            c += 1
                        }
                        memberCursors[k] = c
                    }
                }
                // Every token's score, added in the query's order as FTS5 would.
                let blockStart = tokenCursors
                for (k, token) in tokens.enumerated() {
                    token.indexes.withUnsafeBufferPointer { indexes in
                        token.relevance.withUnsafeBufferPointer { shares in
                            var c = tokenCursors[k]
                            while c < indexes.count && indexes[c] < end {
                                slots[Int(indexes[c])].score += shares[c]
                                c += 1
                            }
                            tokenCursors[k] = c
                        }
                    }
                }
                for n in firstMatched..<matched.count { relevance.append(slots[Int(matched[n])].score) }
                for (k, token) in tokens.enumerated() {
                    for c in blockStart[k]..<tokenCursors[k] { slots[Int(token.indexes[c])] = MatchScratch.Slot() }
                }
                if zip(tokens, tokenCursors).allSatisfy({ $0.indexes.count == $1 }) { break }
            }
        }
        matchScratch.withLock { if $0.count < 8 { $0.append(scratch) } }
        return Matches(indexes: matched, relevance: relevance)
    }

    /// The first position at or after `start` whose value is not below `target`: galloping, so
    /// a short list walks a long one in steps, not one by one.
    @inline(__always)
    static func advance(_ list: UnsafeBufferPointer<Int32>, from start: Int, to target: Int32) -> Int {
        guard start < list.count, list[start] < target else { return start }
        var step = 1
        var low = start
        var high = start + 1
        while high < list.count && list[high] < target {
            low = high
            step &*= 2
            high = low + step
        }
        high = min(high, list.count)
        // list[low] < target; the answer lies in low+1...high.
        var first = low + 1
        while first < high {
            let middle = (first + high) / 2
            if list[middle] < target { first = middle + 1 } else { high = middle }
        }
        return first
    }

    /// Values in every list (each ascending).
    static func intersection(_ lists: [[Int32]]) -> [Int32] {
        guard var result = lists.min(by: { $0.count < $1.count }) else { return [] }
        for list in lists where result.count > 0 {
            var kept: [Int32] = []
            kept.reserveCapacity(result.count)
            list.withUnsafeBufferPointer { list in
                var j = 0
                for value in result {
                    j = advance(list, from: j, to: value)
                    if j == list.count { break }
                    if list[j] == value { kept.append(value) }
                }
            }
            result = kept
        }
        return result
    }

    /// One token's matches and scores: from memory, the `posting` table (frequent tokens) or
    /// FTS5. Kept as candidate-table positions, so a one-word search uses the list as it is.
    func postings(_ token: String) throws -> Matches {
        if let cached = postingsCache.get(token) { return cached }
        let list = try database.read { db -> Matches in
            if let row = try Row.fetchOne(
                db.cachedStatement(sql: Self.postingSQL), arguments: [token])
            {
                let postings = PostingCodec.decode(row[0] as Data, count: row[1], norms: norms)
                return Matches(indexes: postings.rowids.map { Int32(bitPattern: $0 &- 1) }, relevance: postings.shares)
            }
            var list = Matches.empty
            let rows = try Row.fetchCursor(
                db.cachedStatement(sql: Self.phraseSQL), arguments: [FullTextPhrase.quote(token)])
            while let row = try rows.next() {
                list.indexes.append(Int32(row[0] as Int64 - 1))
                list.relevance.append(row[1])
            }
            return list
        }
        postingsCache.put(token, list)
        return list
    }

    /// Every statement a search runs, for the tests that check their query plans.
    public static let searchStatements = [postingSQL, phraseSQL, entrySQL, recordIndexSQL]
    static let postingSQL = "SELECT postings, document_count FROM posting WHERE token = ?"
    static let entrySQL = "SELECT record FROM entry WHERE rowid = ?"
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

    /// How a section is ordered.
    enum Order {
        case results(SearchQuery.Sort)
        /// Nearest first, ties in record order: the matches further away.
        case nearest
    }

    /// The first `limit` of a section in order, without sorting the rest: a page of a long
    /// list costs one pass.
    struct TopK {
        let limit: Int
        let order: Order
        var items: [Ranked] = []

        init(limit: Int, order: Order) {
            self.limit = limit
            self.order = order
            items.reserveCapacity(limit + 1)
        }

        @inline(__always)
        func precedes(_ a: Ranked, _ b: Ranked) -> Bool {
            switch order {
            case .results(let sort): a.precedes(b, sort: sort)
            case .nearest: a.distance! != b.distance! ? a.distance! < b.distance! : a.index < b.index
            }
        }

        /// False when a hit whose total is at most `bound`, at `kilometres`, surely comes after
        /// the last one kept. Most matches of a common word stop here, before their record is read.
        @inline(__always)
        func mayTake(bound: Double, kilometres: Double) -> Bool {
            guard items.count == limit else { return limit > 0 }
            let last = items[limit - 1]
            switch order {
            case .results(.relevance): return bound >= last.score.total
            case .results(.distance), .nearest: return kilometres <= (last.distance?.kilometres ?? .infinity)
            case .results(.name): return true
            }
        }

        /// Ranks a match and keeps it if it belongs in the top.
        @inline(__always)
        mutating func consider(
            _ i: Int32, _ head: UInt16, relevance: Double?, distance: Distance?, _ ranker: Ranker,
            _ columns: CandidateTable.Columns
        ) {
            let factor = ranker.distanceFactor(head, distance)
            guard mayTake(bound: (relevance ?? 1) * factor * ranker.maxBoost, kilometres: distance?.kilometres ?? .infinity) else { return }
            offer(ranker.ranked(i, columns, relevance: relevance, distance: distance, distanceFactor: factor))
        }

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

    /// How a hit is scored: relevance, distance, freshness and open reports.
    struct Ranker {
        let center: Coordinate?
        let radius: Distance
        let reports: [Int32: Int]
        /// Records assured on or before this day (yyyymmdd) are past the freshness limit.
        let staleCutoff: Int
        /// Held here: read through the static, it costs a `swift_once` check per match.
        let knowledgeKind = CandidateTable.knowledgeKind
        /// Doelgroep bits of the audience the words name (0: none), and the most a hit's
        /// relevance is multiplied by for it, so bounds on a hit's total stay bounds.
        let preferred: UInt64
        let maxBoost: Double

        /// 1 at the point, ½ at the edge of the radius. A place we know only as "serves your
        /// area" ranks as if at the edge of the radius.
        @inline(__always)
        func distanceFactor(_ head: UInt16, _ distance: Distance?) -> Double {
            if let distance { return 1 / (1 + distance.kilometres / radius.kilometres) }
            let placeLike = center != nil && !CandidateTable.Columns.has(head, CandidateTable.Record.isVirtual)
                && CandidateTable.Columns.kind(head) != knowledgeKind
            return placeLike ? 0.5 : 1
        }

        @inline(__always)
        func ranked(_ i: Int32, _ columns: CandidateTable.Columns, relevance: Double?, distance: Distance?, distanceFactor: Double) -> Ranked {
            let openReports = reports.isEmpty ? 0 : reports[i] ?? 0
            let stale = openReports > 0 || Int(columns.assured[Int(i)]) <= staleCutoff
            let freshness = stale ? SearchIndex.staleFactor : 1
            let audience = preferred != 0 && columns.targetGroups[Int(i)] & preferred != 0 ? SearchIndex.audienceFactor : 1
            let score = Score(
                relevance: relevance, distanceFactor: distanceFactor, freshnessFactor: freshness, audienceFactor: audience,
                total: (relevance ?? 1) * distanceFactor * freshness * audience)
            return Ranked(index: i, nameRank: columns.nameRanks[Int(i)], distance: distance, stale: stale, openReports: openReports, score: score)
        }
    }

    /// One pass over matching records: filters, sections, scores and the top of each section.
    struct Pass {
        // Only plain values here: the loop runs once per match, and copying a String-holding
        // origin or query there cost more than the rest of the loop.
        let table: CandidateTable
        let columns: CandidateTable.Columns
        let center: Coordinate?
        let radius: Distance
        let filter: CandidateFilter
        let ranker: Ranker
        /// The placed records within the radius (found through the grid in `prefilterBox`, then
        /// by the distance the ranking uses; empty without a place), as a list and as bits: a
        /// word's matches are counted or passed over on one bit, and only those that may enter
        /// the shown page have their distance worked out again (reading their whole record).
        let nearby: [Int32]
        let near: RecordBits
        /// The records that name the searcher's municipality as a service area.
        let servesOrigin: RecordBits

        var passedFilters = 0
        var localTotal = 0
        var local: TopK
        var online: TopK
        var knowledge: TopK
        var further: TopK

        init(
            table: CandidateTable, grid: SpatialGrid, places: PlaceSets, query: SearchQuery, municipalities: [String],
            origin: SearchResults.Origin?, today: Day, now: Moment?, freshnessMonths: Int, reports: [Int32: Int],
            preferred: UInt64 = 0
        ) {
            self.table = table
            self.columns = table.columns
            self.center = origin?.coordinate
            self.radius = query.radius
            self.filter = CandidateFilter(query, municipalities: municipalities, table: table, moment: now)
            self.ranker = Ranker(
                center: origin?.coordinate, radius: query.radius, reports: reports,
                staleCutoff: today.freshnessCutoff(limitMonths: freshnessMonths), preferred: preferred,
                maxBoost: preferred != 0 ? SearchIndex.audienceFactor : 1)
            var nearby: [Int32] = []
            var near = RecordBits()
            if let origin {
                let key = PlaceSets.Key(origin.coordinate, query.radius)
                (nearby, near) = places.near(key) {
                    let box = Self.prefilterBox(origin.coordinate, query.radius)
                    var bits = RecordBits(count: table.count)
                    let list = grid.indexes(latitude: box.latitude, longitude: box.longitude).filter { i in
                        let r = table.records[Int(i)]
                        return box.latitude.contains(r.latitude) && box.longitude.contains(r.longitude)
                            && origin.coordinate.distance(to: Coordinate(latitude: r.latitude, longitude: r.longitude)) <= query.radius
                    }
                    for i in list { bits.insert(i) }
                    return (list, bits)
                }
            }
            self.nearby = nearby
            self.near = near
            var servesOrigin = RecordBits()
            if let area = origin?.municipality.flatMap({ table.areaNames.firstIndex(of: $0) }) {
                servesOrigin = places.serving(area) {
                    var bits = RecordBits(count: table.count)
                    for i in table.columns.servedBy[area] { bits.insert(i) }
                    return bits
                }
            }
            self.servesOrigin = servesOrigin
            let sort = query.sort
            local = TopK(limit: (query.page - 1) * query.perPage + query.perPage, order: .results(sort))
            online = TopK(limit: query.perPage, order: .results(sort))
            knowledge = TopK(limit: min(query.perPage, 5), order: .results(sort))
            further = TopK(limit: 3, order: .nearest)
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
        func serves(_ head: UInt16, _ i: Int) -> Bool {
            typealias C = CandidateTable.Columns
            typealias R = CandidateTable.Record
            if C.has(head, R.wholeCountry) || (!C.has(head, R.isVirtual) && !C.has(head, R.restricted) && head & C.placed != 0) {
                return true
            }
            return servesOrigin.contains(i)
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
            let byRelevanceOnly: Bool
            if case .results(.relevance) = local.order, center == nil { byRelevanceOnly = true } else { byRelevanceOnly = false }
            table.withBuffers { records, areas, languages in
                if let relevance {
                    relevance.withUnsafeBufferPointer { relevance in
                        if byRelevanceOnly {
                            collectByRelevance(indexes, relevance, records, areas, languages)
                        } else {
                            collect(indexes, relevance, records, areas, languages)
                        }
                    }
                } else {
                    collect(indexes, nil, records, areas, languages)
                }
            }
        }

        private mutating func collect(
            _ indexes: some RandomAccessCollection<Int32>, _ relevance: UnsafeBufferPointer<Double>?,
            _ records: UnsafeBufferPointer<CandidateTable.Record>, _ areas: UnsafeBufferPointer<UInt16>,
            _ languages: UnsafeBufferPointer<UInt16>
        ) {
            typealias C = CandidateTable.Columns
            typealias S = CandidateTable.Columns.Section
            let heads = columns.heads
            let sections = columns.sections
            let ranker = self.ranker
            // A local copy: read through `self`, which the loop mutates, the filter (arrays and a
            // dictionary inside) was copied and released on every match.
            let filter = self.filter
            let filtered = !filter.isEmpty
            let center = self.center
            let coordinates = columns.coordinates
            for (n, i) in indexes.enumerated() {
                let section = sections[Int(i)]
                guard section != S.none else { continue }
                let head = heads[Int(i)]
                guard !filtered || filter.accepts(head, Int(i), columns, records, areas, languages) else { continue }
                passedFilters += 1
                // Most matches of a word searched near a point lie far away: one bit says so.
                // Outside the box is surely beyond the radius.
                let placed = head & C.placed != 0
                if section == S.local && placed && center != nil && !near.contains(Int(i)) { continue }
                let score = relevance?[n]
                switch section {
                case S.knowledge:
                    knowledge.consider(i, head, relevance: score, distance: nil, ranker, columns)
                case S.online:
                    if center != nil && !serves(head, Int(i)) { continue }
                    online.consider(i, head, relevance: score, distance: nil, ranker, columns)
                default:
                    guard let center else {
                        localTotal += 1
                        local.consider(i, head, relevance: score, distance: nil, ranker, columns)
                        continue
                    }
                    // A gemeente's own service is not for residents of another gemeente.
                    guard serves(head, Int(i)) else { continue }
                    localTotal += 1
                    var distance: Distance? = nil
                    if placed {
                        // Within the radius (`near`). Its total is at most its relevance and it
                        // is at least 0 km away: if even that cannot enter, skip the distance.
                        guard local.mayTake(bound: (score ?? 1) * ranker.maxBoost, kilometres: 0) else { continue }
                        distance = center.distance(to: coordinates[Int(i)])
                    }
                    local.consider(i, head, relevance: score, distance: distance, ranker, columns)
                }
            }
        }

        /// `collect` for words without a place, ordered by relevance: the searches whose matches
        /// run into tens of thousands. Without a place a record's section follows from the record
        /// alone and its total is at most its relevance, so each match costs a section lookup, a
        /// count and one comparison with its section's entry bar; only matches that clear the bar
        /// are ranked. Same results as `collect`, without its branches per match.
        private mutating func collectByRelevance(
            _ indexes: some RandomAccessCollection<Int32>, _ relevance: UnsafeBufferPointer<Double>,
            _ records: UnsafeBufferPointer<CandidateTable.Record>, _ areas: UnsafeBufferPointer<UInt16>,
            _ languages: UnsafeBufferPointer<UInt16>
        ) {
            typealias S = CandidateTable.Columns.Section
            let columns = self.columns
            let sections = columns.sections
            let heads = columns.heads
            let ranker = self.ranker
            // An audience can raise a total by `maxBoost`: a match must clear the bar divided by it
            // (with a hair of slack for rounding; without an audience the bars are exact).
            let boost = ranker.maxBoost
            func scaled(_ bar: Double) -> Double { boost == 1 ? bar : bar / boost * (1 - 1e-9) }
            let filter = self.filter  // not read through `self` per match (see `collect`)
            let filtered = !filter.isEmpty
            // Per section (none, local, online, knowledge): matches, and the relevance a match
            // needs to be ranked at all. Nothing is ranked in section none. Indexed by section,
            // so the loop has no branch that depends on which section a match is in.
            withUnsafeTemporaryAllocation(of: Int.self, capacity: 4) { counts in
                withUnsafeTemporaryAllocation(of: Double.self, capacity: 4) { bars in
                    counts.initialize(repeating: 0)
                    bars[Int(S.none)] = .infinity
                    bars[Int(S.local)] = scaled(bar(local))
                    bars[Int(S.online)] = scaled(bar(online))
                    bars[Int(S.knowledge)] = scaled(bar(knowledge))
                    for (n, i) in indexes.enumerated() {
                        var section = Int(sections[Int(i)])
                        if filtered && !filter.accepts(heads[Int(i)], Int(i), columns, records, areas, languages) {
                            section = Int(S.none)
                        }
                        counts[section] &+= 1
                        let score = relevance[n]
                        guard score >= bars[section] else { continue }
                        let head = heads[Int(i)]
                        switch UInt8(section) {
                        case S.local:
                            local.consider(i, head, relevance: score, distance: nil, ranker, columns)
                            bars[section] = scaled(bar(local))
                        case S.online:
                            online.consider(i, head, relevance: score, distance: nil, ranker, columns)
                            bars[section] = scaled(bar(online))
                        default:
                            knowledge.consider(i, head, relevance: score, distance: nil, ranker, columns)
                            bars[section] = scaled(bar(knowledge))
                        }
                    }
                    localTotal += counts[Int(S.local)]
                    passedFilters += counts[Int(S.local)] + counts[Int(S.online)] + counts[Int(S.knowledge)]
                }
            }
        }

        /// The least total a hit needs to enter a full section (a tie may still enter by name).
        private func bar(_ section: TopK) -> Double {
            guard section.limit > 0 else { return .infinity }
            return section.items.count == section.limit ? section.items[section.limit - 1].score.total : -.infinity
        }

        /// The nearest matches beyond the radius, for when nothing lies within it.
        mutating func collectFurther(_ indexes: some RandomAccessCollection<Int32>, relevance: [Double]?) {
            guard let center else { return }
            further.items = []
            let heads = columns.heads
            let sections = columns.sections
            let ranker = self.ranker
            let filter = self.filter  // not read through `self` per match (see `collect`)
            let coordinates = columns.coordinates
            table.withBuffers { records, areas, languages in
                for (n, i) in indexes.enumerated() {
                    let head = heads[Int(i)]
                    guard sections[Int(i)] == CandidateTable.Columns.Section.local, head & CandidateTable.Columns.placed != 0,
                        filter.accepts(head, Int(i), columns, records, areas, languages), serves(head, Int(i))
                    else { continue }
                    let distance = center.distance(to: coordinates[Int(i)])
                    guard !(distance <= radius) else { continue }
                    further.consider(i, head, relevance: relevance?[n], distance: distance, ranker, columns)
                }
            }
        }
    }

    /// The records to show, decoded, by candidate-table position; recently shown ones come
    /// from memory.
    func entries(indexes: [Int32]) throws -> [Int32: Entry] {
        var result: [Int32: Entry] = [:]
        result.reserveCapacity(indexes.count)
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
                guard let stored = try Data.fetchOne(statement, arguments: [Int64(i) + 1]) else { return nil }
                return (i, try decodeEntry(stored))
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

/// A table-long array for matching several lists, zero everywhere between uses. One slot per
/// record, so that a match touches one cache line, not three.
struct MatchScratch {
    struct Slot {
        var score: Double = 0
        /// The last term (numbered from 1) the record was counted for.
        var term: UInt32 = 0
        /// How many terms it matched.
        var terms: UInt32 = 0
    }
    var slots: [Slot]
    /// Records matched at a time: 8,192 slots are 128 kB, which stay in a core's cache.
    static let blockSize = 8_192

    init(count: Int) { slots = [Slot](repeating: Slot(), count: count) }
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

/// A query's filters, decided on the candidate table's columns and, for what they do not hold,
/// its `Record`. Means the same as `SearchIndex.filterClause` (the export's SQL); a test holds
/// the two together.
struct CandidateFilter {
    var kinds: UInt8?
    var domains: UInt64?
    var targetGroups: UInt64?
    var supportTypes: UInt64?
    var access: UInt64?
    var languages: [UInt16]?
    var municipalities: [UInt16]?
    var age: Int?
    var freeOnly = false
    /// The "open" filter: what it asks, the minute it asks it for, and the schedules it reads.
    var open: Openness?
    var moment: Moment?
    var schedules: [Int32: [Schedule]] = [:]

    init(_ query: SearchQuery, municipalities: [String], table: CandidateTable, moment: Moment? = nil) {
        if !query.kinds.isEmpty {
            kinds = query.kinds.reduce(0) { $0 | (1 << UInt8(Entry.Kind.allCases.firstIndex(of: $1)!)) }
        }
        if !query.domains.isEmpty { domains = table.mask("domains", query.domains) }
        if !query.targetGroups.isEmpty { targetGroups = table.mask("target_groups", query.targetGroups) }
        if !query.supportTypes.isEmpty { supportTypes = table.mask("support_types", query.supportTypes) }
        if !query.access.isEmpty { access = table.mask("access", query.access) }
        if !query.languages.isEmpty {
            languages = query.languages.compactMap { table.languageNames.firstIndex(of: $0) }.map { UInt16($0) }
        }
        if !municipalities.isEmpty {
            self.municipalities = municipalities.compactMap { table.areaNames.firstIndex(of: $0) }.map { UInt16($0) }
        }
        age = query.age
        freeOnly = query.freeOnly
        if let wanted = query.open, let moment {
            open = wanted
            self.moment = moment
            schedules = table.schedules
        }
        needsRecord = access != nil || languages != nil || self.municipalities != nil
        isEmpty = kinds == nil && domains == nil && targetGroups == nil && supportTypes == nil && !freeOnly && age == nil
            && open == nil && !needsRecord
    }

    /// True when the filter lets every active record through. Decided once: a pass asks per match.
    private(set) var isEmpty = true
    /// True when the filter asks what only the full `Record` holds.
    private(set) var needsRecord = false

    /// Decides from the columns what they hold, and reads the record only for the rest.
    @inline(__always)
    func accepts(
        _ head: UInt16, _ i: Int, _ columns: CandidateTable.Columns, _ records: UnsafeBufferPointer<CandidateTable.Record>,
        _ areas: UnsafeBufferPointer<UInt16>, _ languages: UnsafeBufferPointer<UInt16>
    ) -> Bool {
        guard CandidateTable.Columns.has(head, CandidateTable.Record.active) else { return false }
        if let kinds, kinds & (1 << CandidateTable.Columns.kind(head)) == 0 { return false }
        if let domains, domains & columns.domains[i] == 0 { return false }
        if let targetGroups, targetGroups & columns.targetGroups[i] == 0 { return false }
        if let supportTypes, supportTypes & columns.supportTypes[i] == 0 { return false }
        if freeOnly && !(CandidateTable.Columns.has(head, CandidateTable.Record.freeKnown) && CandidateTable.Columns.has(head, CandidateTable.Record.free)) {
            return false
        }
        if let age, !CandidateTable.Columns.admits(columns.ages[i], age: age) { return false }
        if let open, !isOpen(Int32(i), open) { return false }
        return !needsRecord || acceptsRest(records[i], areas, languages)
    }

    /// True when record `i` is open now, or today, as `wanted` asks; never without schedules.
    func isOpen(_ i: Int32, _ wanted: Openness) -> Bool {
        guard let moment, let found = schedules[i].flatMap({ Openness.of($0, at: moment) }) else { return false }
        switch wanted {
        case .openNow: return found == .openNow
        case .openToday, .closedToday: return found != .closedToday
        }
    }

    /// The filters the columns do not hold.
    func acceptsRest(_ r: CandidateTable.Record, _ areas: UnsafeBufferPointer<UInt16>, _ languages: UnsafeBufferPointer<UInt16>) -> Bool {
        if let access, r.access == 0 || access & (1 << UInt64(r.access - 1)) == 0 { return false }
        if let wanted = self.languages {
            let spoken = Int(r.languageStart)..<Int(r.languageStart) + Int(r.languageCount)
            // A record that names no language says nothing: it is not taken to be Dutch only.
            if !spoken.contains(where: { wanted.contains(languages[$0]) }) { return false }
        }
        if let municipalities, !r.has(CandidateTable.Record.wholeCountry) {
            let served = Int(r.areaStart)..<Int(r.areaStart) + Int(r.areaCount)
            if !served.contains(where: { municipalities.contains(areas[$0]) }) { return false }
        }
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
            // Only records that name the language: one that names none says nothing about it.
            sql += " AND EXISTS (SELECT 1 FROM entry_term WHERE facet = 'languages' AND entry = e.rowid AND code IN (\(databaseQuestionMarks(count: query.languages.count))))"
            arguments += query.languages
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

