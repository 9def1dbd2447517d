import Foundation
import GRDB
import KaartModel

/// Reference point (a): what SQLite itself does. A plain table with an external-content FTS5
/// index (unicode61 with diacritics removed, no stemming, no compounds, no synonyms), queried
/// directly with `bm25()` for the top 10 and a bounding box for distance. This is benchmark-only
/// SQL and lives here, not in SearchIndex.
public final class PlainReference {
    public let path: String
    let database: DatabaseQueue

    /// Writes the reference database at `path` from `entries`.
    public static func build(_ entries: [Entry], at path: String) throws -> PlainReference {
        for suffix in ["", "-journal", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: """
                CREATE TABLE plain (
                    rowid INTEGER PRIMARY KEY, id TEXT NOT NULL, kind TEXT NOT NULL, status TEXT NOT NULL,
                    name TEXT NOT NULL, description TEXT NOT NULL, domains TEXT NOT NULL,
                    target_groups TEXT NOT NULL, support_types TEXT NOT NULL, free INTEGER,
                    latitude REAL, longitude REAL);
                CREATE VIRTUAL TABLE plain_text USING fts5(
                    name, description, content = 'plain', content_rowid = 'rowid',
                    tokenize = 'unicode61 remove_diacritics 2');
                """)
            let insert = try db.makeStatement(sql: "INSERT INTO plain VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            for e in entries {
                let body = [e.description, e.summaryB1].compactMap { $0 }.joined(separator: "\n")
                try insert.execute(arguments: [
                    e.id, e.kind.rawValue, e.status.rawValue, e.name, body, " " + e.domains.joined(separator: " ") + " ",
                    " " + e.targetGroups.joined(separator: " ") + " ", " " + e.supportTypes.joined(separator: " ") + " ",
                    e.free, e.coordinate?.latitude, e.coordinate?.longitude,
                ])
            }
            try db.execute(sql: """
                CREATE INDEX plain_by_location ON plain(latitude, longitude);
                INSERT INTO plain_text(plain_text) VALUES ('rebuild');
                INSERT INTO plain_text(plain_text) VALUES ('optimize');
                """)
        }
        try queue.writeWithoutTransaction { db in try db.execute(sql: "ANALYZE") }
        try queue.close()
        return try PlainReference(path: path)
    }

    init(path: String) throws {
        self.path = path
        var configuration = Configuration()
        configuration.readonly = true
        database = try DatabaseQueue(path: path, configuration: configuration)
    }

    /// The SQL of the ranked canned query Datasette serves (`:q` is the FTS5 expression).
    public static let cannedSearchSQL = """
        select p.id, p.name from plain_text join plain p on p.rowid = plain_text.rowid
        where plain_text match :q and p.status = 'active' order by bm25(plain_text, 10.0, 1.0) limit 10
        """

    /// Words quoted and ANDed: no analysis beyond the tokenizer's own.
    public static func matchExpression(_ text: String) -> String? {
        let words = text.lowercased().split { !$0.isLetter && !$0.isNumber }
        guard !words.isEmpty else { return nil }
        return words.map { "\"\($0)\"" }.joined(separator: " ")
    }

    /// The top 10 ids for `query` around `center` (a bounding box of `radius`).
    public func search(_ query: BenchQuery, center: Coordinate?, radius: Distance = .defaultRadius) throws -> [String] {
        var sql: String
        var arguments: [any DatabaseValueConvertible] = []
        let match = Self.matchExpression(query.text)
        if let match {
            sql = "SELECT p.id FROM plain_text JOIN plain p ON p.rowid = plain_text.rowid WHERE plain_text MATCH ? AND p.status = 'active'"
            arguments.append(match)
        } else {
            sql = "SELECT p.id FROM plain p WHERE p.status = 'active'"
        }
        for (column, codes) in [("domains", query.domains), ("target_groups", query.targetGroups), ("support_types", query.supportTypes)] where !codes.isEmpty {
            sql += " AND (" + codes.map { _ in "instr(p.\(column), ?) > 0" }.joined(separator: " OR ") + ")"
            arguments += codes.map { " \($0) " }
        }
        if !query.kinds.isEmpty {
            sql += " AND p.kind IN (\(databaseQuestionMarks(count: query.kinds.count)))"
            arguments += query.kinds
        }
        if query.freeOnly { sql += " AND p.free = 1" }
        if let center {
            let box = center.boundingBox(radius: radius)
            sql += " AND p.latitude BETWEEN ? AND ? AND p.longitude BETWEEN ? AND ?"
            arguments += [box.latitude.lowerBound, box.latitude.upperBound, box.longitude.lowerBound, box.longitude.upperBound]
        }
        sql += match != nil ? " ORDER BY bm25(plain_text, 10.0, 1.0) LIMIT 10" : " ORDER BY p.name LIMIT 10"
        return try database.read { db in
            try String.fetchAll(db.cachedStatement(sql: sql), arguments: StatementArguments(arguments))
        }
    }

    public func close() throws { try database.close() }
}
