import Foundation
import GRDB
import GRDBSQLite

/// An INSERT a build runs hundreds of thousands of times, bound and stepped through SQLite's C
/// interface. GRDB's `execute(arguments:)` boxes every value and does its per-statement
/// bookkeeping on each call, which cost about 3 µs a row; the facet rows alone are 650,000 at
/// 100,000 records. The statement is still GRDB's, prepared on its connection.
struct BulkInsert {
    private let statement: Statement
    private let db: Database

    init(_ db: Database, _ sql: String) throws {
        self.db = db
        statement = try db.makeStatement(sql: sql)
    }

    /// Binds the values `bind` gives, in parameter order, and runs the statement once.
    func run(_ bind: (inout Row) -> Void) throws {
        var row = Row(handle: statement.sqliteStatement)
        bind(&row)
        guard row.bound == Int32(sqlite3_bind_parameter_count(statement.sqliteStatement)) else {
            throw DatabaseError(message: "bound \(row.bound) values", sql: statement.sql)
        }
        let code = sqlite3_step(statement.sqliteStatement)
        sqlite3_reset(statement.sqliteStatement)
        guard code == SQLITE_DONE else {
            let message = db.sqliteConnection.map { String(cString: sqlite3_errmsg($0)) }
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
    }

    /// The values of one run; nil binds NULL.
    struct Row {
        fileprivate let handle: OpaquePointer
        fileprivate var bound: Int32 = 0

        /// SQLite copies the text before the bind returns.
        private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

        mutating func text(_ value: String?) {
            bound += 1
            guard var value else { sqlite3_bind_null(handle, bound); return }
            _ = value.withUTF8 { bytes in
                // An empty buffer may have no address, and a null pointer would bind NULL.
                if bytes.isEmpty {
                    sqlite3_bind_text(handle, bound, "", 0, Self.transient)
                } else {
                    sqlite3_bind_text(handle, bound, bytes.baseAddress, Int32(bytes.count), Self.transient)
                }
            }
        }

        mutating func int<I: BinaryInteger>(_ value: I?) {
            bound += 1
            guard let value else { sqlite3_bind_null(handle, bound); return }
            sqlite3_bind_int64(handle, bound, Int64(value))
        }

        mutating func bool(_ value: Bool?) { int(value.map { $0 ? 1 : 0 }) }

        mutating func blob(_ value: Data) {
            bound += 1
            _ = value.withUnsafeBytes { bytes in
                // An empty buffer may have no address, and a null pointer would bind NULL.
                if bytes.isEmpty {
                    sqlite3_bind_zeroblob(handle, bound, 0)
                } else {
                    sqlite3_bind_blob(handle, bound, bytes.baseAddress, Int32(bytes.count), Self.transient)
                }
            }
        }

        mutating func double(_ value: Double?) {
            bound += 1
            guard let value else { sqlite3_bind_null(handle, bound); return }
            sqlite3_bind_double(handle, bound, value)
        }
    }
}
