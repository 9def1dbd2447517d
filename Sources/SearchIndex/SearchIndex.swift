import DutchText
import Foundation
import GRDB
import KaartModel

/// A built index, opened read-only: what `kaart search`, `kaart show` and the server query.
public final class SearchIndex: Sendable {
    public let path: String
    public let taxonomy: Taxonomy
    public let gazetteer: Gazetteer
    public let analyzer: Analyzer
    public let builtAt: String
    /// The regions the map covers, as the index was built with them.
    public let coverage: Coverage
    /// What people type, mapped to concepts (`Indexer/concepts.yaml`, as the index was built).
    public let concepts: ConceptLexicon
    /// Inflates stored records, with the dictionary the index was written with.
    let recordCodec: RecordCodec
    /// Reads a search's words: place, age, audience, concepts (`QueryReader`).
    let reader: QueryReader
    /// The index's own lexicon (the `word` table), read on the first search that needs it.
    let vocabularyStore = Locked<Vocabulary?>(nil)
    /// Place and gemeente names, for "did you mean" when a word is a mistyped place.
    let placeNames: Vocabulary
    /// How recent searches' words were read (`read`), by their words and reading options.
    let readingCache = Locked([ReadingKey: WordsRead]())
    let database: DatabaseQueue
    /// What filtering and ranking need of every record, read once on open.
    let candidates: CandidateTable
    let grid: SpatialGrid
    /// Each record's part of the bm25 denominator, for the scores of stored postings.
    let norms: DocumentNorms
    let postingsCache = PostingsCache(budget: 64 << 20)
    let entryCache = Locked(EntryCache(capacity: 4_096))
    let placeSets = PlaceSets(capacity: 256)
    /// Scratch arrays as long as the table, lent to multi-word searches one at a time.
    let matchScratch = Locked([MatchScratch]())
    /// Candidate-table positions of record ids seen in open reports (-1: no such record).
    let positionByID = Locked([String: Int32]())

    /// Opens the index at `path`. With `verify`, SQLite's quick check reads every page first,
    /// so a truncated or damaged file is refused here, with what to run, rather than failing
    /// searches later (the server verifies on start and on every reload).
    public convenience init(path: String, verify: Bool = false) throws {
        guard FileManager.default.fileExists(atPath: path) else { throw IndexError.missing(path: path) }
        do {
            try self.init(opening: path, verify: verify)
        } catch let error as DatabaseError {
            throw IndexError.unreadable(path: path, reason: error.message ?? "\(error.resultCode)")
        } catch is DecodingError {
            throw IndexError.corrupt(what: "the taxonomy stored in \(path) cannot be read")
        }
    }

    private init(opening path: String, verify: Bool) throws {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.prepareDatabase { db in
            // Read the file through the page cache instead of copying pages into SQLite's own.
            try db.execute(sql: "PRAGMA mmap_size = 1073741824")
        }
        let database = try DatabaseQueue(path: path, configuration: configuration)
        self.path = path
        self.database = database
        let loaded = try database.read { db in
            if verify {
                let problems = try String.fetchAll(db, sql: "PRAGMA quick_check(5)")
                guard problems == ["ok"] else {
                    throw IndexError.corrupt(what: "SQLite's quick check of \(path) found: " + problems.joined(separator: "; "))
                }
            }
            guard try db.tableExists("meta") else {
                throw IndexError.incompatible(path: path, found: "no meta table: not an index of this program")
            }
            let version = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'schema_version'")
            guard version == String(Schema.version) else {
                throw IndexError.incompatible(path: path, found: version ?? "none")
            }
            let taxonomyJSON = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'taxonomy'") ?? "{}"
            let taxonomy = try JSONDecoder().decode(Taxonomy.self, from: Data(taxonomyJSON.utf8))
            let builtAt = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'built_at'") ?? ""
            let coverageJSON = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'coverage'")
            let coverage = try coverageJSON.map { try JSONDecoder().decode(Coverage.self, from: Data($0.utf8)) } ?? .everywhere
            let conceptsJSON = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'concepts'")
            let concepts = try conceptsJSON.map { try JSONDecoder().decode(ConceptLexicon.self, from: Data($0.utf8)) } ?? .empty
            let dictionary = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'record_dictionary'") ?? ""
            let areas = try Row.fetchAll(db, sql: "SELECT * FROM postcode_area").map {
                Gazetteer.PostcodeArea(
                    digits: $0["digits"], coordinate: Coordinate(latitude: $0["latitude"], longitude: $0["longitude"]),
                    place: $0["place"], municipality: $0["municipality"])
            }
            let places = try Row.fetchAll(db, sql: "SELECT * FROM place").map {
                Gazetteer.Place(
                    name: $0["name"], municipality: $0["municipality"], province: $0["province"],
                    coordinate: Coordinate(latitude: $0["latitude"], longitude: $0["longitude"]))
            }
            let municipalities = try Row.fetchAll(db, sql: "SELECT * FROM municipality").map {
                Gazetteer.Municipality(
                    name: $0["name"], code: $0["code"], province: $0["province"],
                    coordinate: Coordinate(latitude: $0["latitude"], longitude: $0["longitude"]))
            }
            // Only words common enough to be compound parts are needed for query analysis.
            var frequencies: [String: Double] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT word, zipf FROM lexicon WHERE zipf >= ?", arguments: [Decompounder.defaultMinimumPartZipf])
            while let row = try rows.next() { frequencies[row[0]] = row[1] }
            var groups: [Int: [String]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT group_id, word FROM synonym ORDER BY group_id, position") {
                groups[row[0], default: []].append(row[1])
            }
            var blobs: [String: Data] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT key, value FROM search_data") { blobs[row[0]] = row[1] }
            return (
                taxonomy, builtAt, coverage,
                Gazetteer(postcodeAreas: areas, places: places, municipalities: municipalities),
                InMemoryLexicon(frequencies), groups.keys.sorted().map { groups[$0]! }, try CandidateTable(blobs: blobs), concepts,
                try DocumentNorms(blobs: blobs), RecordCodec(dictionary: Array(dictionary.utf8)))
        }
        self.taxonomy = loaded.0
        self.builtAt = loaded.1
        self.coverage = loaded.2
        self.gazetteer = loaded.3
        self.analyzer = Analyzer(lexicon: loaded.4, synonyms: SynonymTable(groups: loaded.5))
        self.candidates = loaded.6
        self.grid = SpatialGrid(loaded.6)
        self.concepts = loaded.7
        self.norms = loaded.8
        self.recordCodec = loaded.9
        self.reader = QueryReader(
            gazetteer: loaded.3, lexicon: loaded.7, words: loaded.4, stopWords: analyzer.stopWords,
            topicWords: Self.topicWords(taxonomy: loaded.0, synonyms: loaded.5, concepts: loaded.7),
            needWords: Self.topicWords(taxonomy: Taxonomy(terms: [:]), synonyms: loaded.5, concepts: loaded.7), stemmer: analyzer.stemmer)
        var names: [String: Int] = [:]
        for place in loaded.3.places { names[TextNormalizer.fold(Gazetteer.baseName(place.name)), default: 0] += 1 }
        for name in loaded.3.municipalities.keys { names[TextNormalizer.fold(name), default: 0] += 1 }
        self.placeNames = Vocabulary(counts: names.map { ($0.key, $0.value) })
    }

    /// Words the taxonomy, the synonym table and the concept lexicon know as topics.
    static func topicWords(taxonomy: Taxonomy, synonyms: [[String]], concepts: ConceptLexicon) -> Set<String> {
        var words = Set<String>()
        for facet in Taxonomy.Facet.allCases {
            for term in taxonomy.terms(facet) {
                for text in [term.dutch] + term.synonyms { words.formUnion(TextNormalizer.words(text)) }
            }
        }
        for group in synonyms { for text in group { words.formUnion(TextNormalizer.words(text)) } }
        for concept in concepts.concepts { for text in concept.search { words.formUnion(TextNormalizer.words(text)) } }
        return words
    }

    /// The index's own lexicon, read once.
    func vocabulary() throws -> Vocabulary {
        // Read once, under the lock: searches that arrive together wait for the first one
        // instead of each reading and sorting the table again.
        try vocabularyStore.withLock { store in
            if let known = store { return known }
            let rows = try database.read { db in
                try Row.fetchAll(db, sql: Self.vocabularySQL).map { (word: $0[0] as String, documents: $0[1] as Int) }
            }
            // The words the taxonomy, the synonyms and the concept lexicon know are close words
            // too ("rouwverwerkng" → "rouwverwerking", "lonley" → "lonely"), after the records'
            // own. The reader folded them when the index was opened.
            var counts: [String: Int] = [:]
            for row in rows { counts[row.word] = row.documents }
            for word in reader.knownWords where counts[word] == nil { counts[word] = 1 }
            let vocabulary = Vocabulary(counts: counts.filter { Vocabulary.keeps($0.key) }.map { ($0.key, $0.value) })
            store = vocabulary
            return vocabulary
        }
    }

    /// True when `word` is in the word list the index was built with (`Indexer/nl_wordfreq.tsv`):
    /// a real word is never "corrected".
    func isListedWord(_ word: String) throws -> Bool {
        try database.read { db in try Bool.fetchOne(db, sql: Self.listedWordSQL, arguments: [word]) ?? false }
    }

    /// One record by id, inactive ones included (a detail page may explain that it closed). The
    /// id of a record that was merged into another leads to the merged record.
    public func entry(id: String) throws -> Entry? {
        try database.read { db in
            try Data.fetchOne(
                db,
                sql: """
                    SELECT record FROM entry WHERE id = ?
                    UNION ALL
                    SELECT e.record FROM entry_alias a JOIN entry e ON e.rowid = a.entry WHERE a.alias = ?
                    LIMIT 1
                    """,
                arguments: [id, id])
        }.map(decodeEntry)
    }

    /// A stored record (`entry.record`, deflated JSON); a record that cannot be read means the
    /// file is damaged.
    func decodeEntry(_ stored: Data) throws -> Entry {
        do {
            return try JSONDecoder().decode(Entry.self, from: try recordCodec.decompress(stored))
        } catch {
            throw IndexError.corrupt(what: "a stored record cannot be read")
        }
    }

    /// Where a record came from: each source, file and the record's id there, in order of trust.
    public func origins(id: String) throws -> [IndexContents.Origin] {
        try database.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT o.source, o.file, o.record_id FROM entry_origin o JOIN entry e ON e.rowid = o.entry
                    WHERE e.id = ? ORDER BY o.position
                    """,
                arguments: [id]
            ).map { IndexContents.Origin(source: $0["source"], file: $0["file"], recordID: $0["record_id"]) }
        }
    }

    /// Ids of the records merged into `id`.
    public func aliases(id: String) throws -> [String] {
        try database.read { db in
            try String.fetchAll(
                db, sql: "SELECT a.alias FROM entry_alias a JOIN entry e ON e.rowid = a.entry WHERE e.id = ? ORDER BY a.alias",
                arguments: [id])
        }
    }

    /// The sources the index was built from (`name (format): path`).
    public func sourceNames() throws -> [String] {
        try database.read { db in
            try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'sources'")
        }.map { $0.split(separator: "\n").map(String.init) } ?? []
    }

    /// Every record that passes the query's filters (its text, place and paging are not used),
    /// inactive ones included, changed after `modifiedAfter` when given; ordered by id, so an
    /// export is the same every time. For `kaart export`.
    /// `audience` keeps only records for that audience (`.everyone` for what residents may see);
    /// nil keeps all.
    public func records(
        filteredBy query: SearchQuery, modifiedAfter: Day? = nil, audience: Entry.Audience? = nil
    ) throws -> [(entry: Entry, aliases: [String])] {
        let municipalities = try query.municipalities.map { name throws(QueryError) -> String in
            guard let m = gazetteer.municipality(named: name) else { throw QueryError.unknownPlace(name: name, suggestions: []) }
            return m.name
        }
        var sql = """
            SELECT e.record, (SELECT group_concat(alias, char(9)) FROM entry_alias WHERE entry = e.rowid) AS aliases
            FROM entry e WHERE 1
            """
        var arguments: [any DatabaseValueConvertible] = []
        if let modifiedAfter {
            sql += " AND e.modified_date > ?"
            arguments.append(modifiedAfter.description)
        }
        if let audience {
            sql += " AND e.audience = ?"
            arguments.append(audience.rawValue)
        }
        let filters = Self.filterClause(query, municipalities: municipalities)
        sql += filters.sql + " ORDER BY e.id"
        arguments += filters.arguments
        return try database.read { db in
            try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map { row in
                let stored: Data = row["record"]
                let aliases: String? = row["aliases"]
                return (
                    try decodeEntry(stored),
                    (aliases ?? "").split(separator: "\t").map(String.init).sorted()
                )
            }
        }
    }

    /// How many records there are (inactive ones included), changed on or after
    /// `modifiedSince` when given, for `audience` when given: the size of the HSDS API's full list.
    public func recordCount(modifiedSince: Day? = nil, audience: Entry.Audience? = nil) throws -> Int {
        var sql = "SELECT count(*) FROM entry WHERE 1"
        var arguments: [any DatabaseValueConvertible] = []
        if let modifiedSince {
            sql += " AND modified_date >= ?"
            arguments.append(modifiedSince.description)
        }
        if let audience {
            sql += " AND audience = ?"
            arguments.append(audience.rawValue)
        }
        return try database.read { db in try Int.fetchOne(db, sql: sql, arguments: StatementArguments(arguments)) ?? 0 }
    }

    /// One stretch of every record (inactive ones included), ordered by id: the `limit` after
    /// id `after` (keyset, for a stream) or after skipping `offset` (for numbered pages),
    /// changed on or after `modifiedSince` when given. For the HSDS API's full list.
    public func records(
        modifiedSince: Day? = nil, audience: Entry.Audience? = nil, after: String? = nil, offset: Int = 0, limit: Int
    ) throws -> [(entry: Entry, aliases: [String])] {
        // The page's rows are chosen on the id index alone, so skipping `offset` rows does not
        // read their JSON; only the page's own rows are read in full.
        var chosen = "SELECT rowid FROM entry WHERE 1"
        var arguments: [any DatabaseValueConvertible] = []
        if let modifiedSince {
            chosen += " AND modified_date >= ?"
            arguments.append(modifiedSince.description)
        }
        if let audience {
            chosen += " AND audience = ?"
            arguments.append(audience.rawValue)
        }
        if let after {
            chosen += " AND id > ?"
            arguments.append(after)
        }
        chosen += " ORDER BY id LIMIT ? OFFSET ?"
        arguments += [limit, offset]
        let sql = """
            SELECT e.id, e.record, (SELECT group_concat(alias, char(9)) FROM entry_alias WHERE entry = e.rowid) AS aliases
            FROM entry e WHERE e.rowid IN (\(chosen)) ORDER BY e.id
            """
        return try database.read { db in
            try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map { row in
                let stored: Data = row["record"]
                let aliases: String? = row["aliases"]
                return (
                    try decodeEntry(stored),
                    (aliases ?? "").split(separator: "\t").map(String.init).sorted()
                )
            }
        }
    }

    /// The summary a record shows and its readability figures, as the indexer stored them.
    public func summary(id: String) throws -> RecordSummary? {
        try database.read { db in
            try Row.fetchOne(
                db, sql: "SELECT s.*, e.record FROM entry_summary s JOIN entry e ON e.rowid = s.entry WHERE e.id = ?",
                arguments: [id])
        }.flatMap { row in
            let entry = try decodeEntry(row["record"])
            guard let origin = RecordSummary.Origin(rawValue: row["origin"]),
                let verdict = B1Verdict(rawValue: row["verdict"])
            else { return nil }
            let figures = ReadabilityFigures(
                wordCount: row["word_count"], sentenceCount: row["sentence_count"],
                meanSentenceLength: row["mean_sentence_length"], longestSentence: row["longest_sentence"],
                fleschDouma: row["flesch_douma"], rareWordCount: row["rare_word_count"],
                jargonCount: row["jargon_count"], stigmatisingCount: row["stigmatising_count"],
                passiveSentenceCount: row["passive_sentence_count"], nominalWordCount: row["nominal_word_count"],
                verdict: verdict)
            return RecordSummary(text: entry.summaryB1 ?? entry.generatedSummaryB1 ?? "", origin: origin, figures: figures)
        }
    }

    /// Active records not checked within `freshnessMonths`, or whose date is unknown; unknown
    /// first, then the oldest check.
    public func staleEntries(today: Day, freshnessMonths: Int) throws -> [Entry] {
        let rows = try database.read { db in
            try Data.fetchAll(db, sql: "SELECT record FROM entry WHERE status = 'active' ORDER BY assured_date, id")
        }
        return try rows.map(decodeEntry)
            .filter { $0.isPastFreshnessLimit(on: today, limitMonths: freshnessMonths) }
    }

    /// Every record id with the file it came from.
    public func ids() throws -> [String] {
        try database.read { db in try String.fetchAll(db, sql: "SELECT id FROM entry ORDER BY id") }
    }
}
