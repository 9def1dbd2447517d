import GRDB

/// The index file's schema. The index is rebuilt from the corpus, never migrated in place: a
/// file with another `schemaVersion` is refused with a message to re-index.
enum Schema {
    static let version = 8

    /// Full-text columns and their bm25 weights: a hit in the name counts most.
    static let textColumns: [(name: String, weight: Double)] = [
        ("name", 10), ("tags", 4), ("summary", 3), ("body", 1),
    ]

    /// The tables. The `entry` table keeps as columns only what SQL reads (filters, export, the HSDS list);
    /// everything else is in the record. Name, place, coordinates and the other flags went in
    /// schema 8: searches read them from the candidate table (`search_data`), never from
    /// `entry`, and they were a twentieth of the file, with an index on the coordinates nothing
    /// used. (No index of `entry_term` by entry either: the filters' `EXISTS` give facet, code
    /// and entry, the whole primary key; a second index was a tenth of the file.)
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE meta (
                key TEXT PRIMARY KEY NOT NULL,
                value TEXT NOT NULL
            ) WITHOUT ROWID;

            CREATE TABLE entry (
                rowid INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                kind TEXT NOT NULL CHECK (kind IN ('aanbod','steunpunt','lotgenoten','online','kennis')),
                status TEXT NOT NULL CHECK (status IN ('active','inactive','planned')),
                -- 'professionals': never in residents' results.
                audience TEXT NOT NULL CHECK (audience IN ('everyone','professionals')),
                whole_country INTEGER NOT NULL CHECK (whole_country IN (0,1)),
                free INTEGER CHECK (free IN (0,1)),
                minimum_age INTEGER,
                maximum_age INTEGER,
                -- NULL when no dated source vouches for what the record shows ("datum onbekend").
                assured_date TEXT,
                -- The later of assured_date and last_modified: what `kaart export --modified-after`
                -- compares; NULL when neither is known.
                modified_date TEXT,
                -- The record's JSON, deflated with meta.record_dictionary (RecordCodec).
                record BLOB NOT NULL
            );

            -- Where each record came from: the sources of a merged record, in order of trust.
            CREATE TABLE entry_origin (
                entry INTEGER NOT NULL REFERENCES entry(rowid),
                position INTEGER NOT NULL,
                source TEXT NOT NULL,
                file TEXT NOT NULL,
                record_id TEXT NOT NULL,
                PRIMARY KEY (entry, position)
            ) WITHOUT ROWID;

            -- Ids of records merged into another: they keep leading to the merged record.
            CREATE TABLE entry_alias (
                alias TEXT PRIMARY KEY NOT NULL,
                entry INTEGER NOT NULL REFERENCES entry(rowid)
            ) WITHOUT ROWID;

            -- Taxonomy codes, service-area municipalities and languages, one row per value.
            CREATE TABLE entry_term (
                facet TEXT NOT NULL,
                code TEXT NOT NULL,
                entry INTEGER NOT NULL REFERENCES entry(rowid),
                PRIMARY KEY (facet, code, entry)
            ) WITHOUT ROWID;

            -- Pre-analysed tokens (stems and compound parts), so the tokenizer only splits on spaces.
            CREATE VIRTUAL TABLE entry_text USING fts5(
                name, tags, summary, body,
                content = '', tokenize = 'unicode61 remove_diacritics 0'
            );

            -- How the summary each record shows residents reads, from the B1 checker. The text
            -- itself is in the record (summaryB1, the maintainer's, else generatedSummaryB1).
            CREATE TABLE entry_summary (
                entry INTEGER PRIMARY KEY REFERENCES entry(rowid),
                origin TEXT NOT NULL CHECK (origin IN ('maintainer','generated')),
                verdict TEXT NOT NULL CHECK (verdict IN ('b1','above-b1','no-text')),
                flesch_douma REAL,
                mean_sentence_length REAL NOT NULL,
                longest_sentence INTEGER NOT NULL,
                word_count INTEGER NOT NULL,
                sentence_count INTEGER NOT NULL,
                rare_word_count INTEGER NOT NULL,
                jargon_count INTEGER NOT NULL,
                stigmatising_count INTEGER NOT NULL,
                passive_sentence_count INTEGER NOT NULL,
                nominal_word_count INTEGER NOT NULL
            );

            -- What filtering and ranking need of every record, packed (CandidateTable); read once
            -- when the index is opened.
            CREATE TABLE search_data (
                key TEXT PRIMARY KEY NOT NULL,
                value BLOB NOT NULL
            ) WITHOUT ROWID;

            -- Postings of the frequent tokens (PostingCodec): per record, ascending, the rowid's
            -- distance from the previous one and the token's weighted frequency, as varints. The
            -- bm25 scores are worked out on reading, from search_data's document_lengths. Rare
            -- tokens are matched by entry_text itself.
            CREATE TABLE posting (
                token TEXT PRIMARY KEY NOT NULL,
                document_count INTEGER NOT NULL,
                postings BLOB NOT NULL
            );

            CREATE TABLE postcode_area (
                digits TEXT PRIMARY KEY NOT NULL,
                latitude REAL NOT NULL,
                longitude REAL NOT NULL,
                place TEXT NOT NULL,
                municipality TEXT NOT NULL
            ) WITHOUT ROWID;

            CREATE TABLE place (
                name TEXT NOT NULL,
                municipality TEXT NOT NULL,
                province TEXT NOT NULL,
                latitude REAL NOT NULL,
                longitude REAL NOT NULL,
                PRIMARY KEY (name, municipality)
            ) WITHOUT ROWID;

            CREATE TABLE municipality (
                name TEXT PRIMARY KEY NOT NULL,
                code TEXT NOT NULL,
                province TEXT NOT NULL,
                latitude REAL NOT NULL,
                longitude REAL NOT NULL
            ) WITHOUT ROWID;

            CREATE TABLE lexicon (
                word TEXT PRIMARY KEY NOT NULL,
                zipf REAL NOT NULL
            ) WITHOUT ROWID;

            -- The words records use (folded, four letters or more) and in how many records each
            -- occurs: the index's own lexicon, where a typo finds its close words.
            CREATE TABLE word (
                word TEXT PRIMARY KEY NOT NULL,
                documents INTEGER NOT NULL
            ) WITHOUT ROWID;

            CREATE TABLE synonym (
                group_id INTEGER NOT NULL,
                position INTEGER NOT NULL,
                word TEXT NOT NULL,
                PRIMARY KEY (group_id, position)
            ) WITHOUT ROWID;
            """)
    }
}
