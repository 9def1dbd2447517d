import Feedback
import Foundation
import Logging
import PostgresNIO

/// The throwaway PostgreSQL cluster `scripts/with-postgres` starts for `make test`
/// ($KAART_TEST_DATABASE_URL). Each test gets a database of its own, dropped with the cluster.
enum TestDatabase {
    static let variable = "KAART_TEST_DATABASE_URL"

    /// The cluster's URL, or nil when the tests run without one (plain `swift test`).
    static var clusterURL: String? {
        let url = ProcessInfo.processInfo.environment[variable]
        return url?.isEmpty == false ? url : nil
    }

    static var isAvailable: Bool { clusterURL != nil }

    /// A new, empty database on the cluster; its URL.
    static func freshDatabase() async throws -> String {
        guard let clusterURL, var parts = URLComponents(string: clusterURL), let host = parts.host else {
            throw DatabaseMissing()
        }
        let name = "kaart_\(UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(20))"
        try await withAdmin(host: host, parts: parts) { client in
            try await client.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name)"))
        }
        parts.path = "/\(name)"
        return parts.string!
    }

    /// Runs SQL as the cluster's owner against database `name` (or the maintenance database):
    /// for tests that cut a store's connection.
    static func administer(_ sql: String) async throws {
        guard let clusterURL, let parts = URLComponents(string: clusterURL), let host = parts.host else {
            throw DatabaseMissing()
        }
        try await withAdmin(host: host, parts: parts) { client in
            try await client.query(PostgresQuery(unsafeSQL: sql))
        }
    }

    static func withAdmin(host: String, parts: URLComponents, _ body: (PostgresClient) async throws -> Void) async throws {
        let configuration = PostgresClient.Configuration(
            host: host, port: parts.port ?? 5432, username: parts.user ?? "postgres", password: parts.password,
            database: String(parts.path.dropFirst()), tls: .disable)
        let client = PostgresClient(configuration: configuration, backgroundLogger: Logger(label: "test.postgres"))
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await client.run() }
            defer { group.cancelAll() }
            try await body(client)
        }
    }

    /// The name of the database in `url`.
    static func name(of url: String) -> String {
        String(URLComponents(string: url)?.path.dropFirst() ?? "")
    }

    struct DatabaseMissing: Error, CustomStringConvertible {
        var description: String { "no PostgreSQL for tests: run them with scripts/with-postgres (make test does)" }
    }
}

/// The two stores the same suite runs against.
enum StoreKind: String, CustomTestStringConvertible, Sendable {
    case sqlite, postgres

    /// SQLite always; PostgreSQL when the cluster is there (always under `make test`).
    static var available: [StoreKind] { TestDatabase.isAvailable ? [.sqlite, .postgres] : [.sqlite] }

    var testDescription: String { rawValue }

    /// The whole suite on two shared cores can starve a connect and migration past the
    /// production deadline of 5 s; the rules tested here are not about time.
    static let testCallTimeout: Duration = .seconds(60)

    /// A new, empty store of this kind; `location` opens the same one again.
    func makeStore(now: @escaping @Sendable () -> Date, limits: ReportLimits = ReportLimits()) async throws -> (store: any ReportStore, location: String) {
        switch self {
        case .sqlite:
            let path = TestIndex.feedbackPath()
            var store = try FeedbackStore(path: path, now: now)
            store.limits = limits
            return (store, path)
        case .postgres:
            let url = try await TestDatabase.freshDatabase()
            return (try await PostgresFeedbackStore.connect(url: url, now: now, limits: limits, callTimeout: Self.testCallTimeout), url)
        }
    }

    func reopen(_ location: String, now: @escaping @Sendable () -> Date) async throws -> any ReportStore {
        switch self {
        case .sqlite: try FeedbackStore(path: location, now: now)
        case .postgres: try await PostgresFeedbackStore.connect(url: location, now: now, callTimeout: Self.testCallTimeout)
        }
    }
}

import Testing
