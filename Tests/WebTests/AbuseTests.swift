import DutchText
import Feedback
import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import Indexing
import KaartModel
import Logging
import NIOCore
import PropertyBased
import SearchIndex
import Server
import Testing

/// The defects a probe of the release build found (issue 21), each through the front door.
@Suite(.serialized) struct AbuseTests {
    var app: some ApplicationProtocol { buildApplication(TestIndex.settings, try! TestIndex.dependencies()) }

    @Test func aTwoThousandLetterWordIsAnsweredAndItsSplittingIsBounded() async throws {
        let word = String(repeating: "a", count: 2_000)
        let page = try await PageTests.send(app, "/api/v1/services?search=" + word, method: .get)
        #expect(page.status == .ok)
        // The query parser keeps at most 200 characters, and no word that long is split.
        let query = try SearchQuery.parse([("wat", word + " " + word)], taxonomy: TestIndex.index.taxonomy)
        #expect(query.text.count <= SearchQuery.maximumTextLength)
        #expect(TestIndex.index.analyzer.decompounder.split(String(repeating: "rouwverwerking", count: 10)) == nil)
        let many = (1...100).map { "woord\($0)" }.joined(separator: " ")
        #expect(try SearchQuery.parse([("wat", many)], taxonomy: TestIndex.index.taxonomy).text.split(separator: " ").count == SearchQuery.maximumWords)
    }

    @Test func aSearchOverItsTimeBudgetAnswers503AndStops() async throws {
        var settings = ServerSettings()
        settings.searchTimeBudget = .zero
        let slow = buildApplication(settings, try TestIndex.dependencies())
        let answer = try await PageTests.send(slow, "/api/v1/services?search=eenzaam", method: .get)
        #expect(answer.status == .serviceUnavailable)
        #expect(answer.body.contains("search_too_slow"))
    }

    @Test(arguments: [
        ("/", HTTPRequest.Method.delete, "GET, HEAD"), ("/api/v1/feedback", .get, "POST"),
        ("/api/v1/services/test-steunpunt-arnhem", .put, "GET, HEAD"), ("/aanbod/test-steunpunt-arnhem/melden", .patch, "GET, HEAD, POST"),
    ])
    func aWrongMethodOnARealRouteIs405WithAllow(path: String, method: HTTPRequest.Method, allow: String) async throws {
        let answer = try await PageTests.send(app, path, method: method)
        #expect(answer.status == .methodNotAllowed)
        #expect(answer.headers[.allow] == allow)
        #expect(try await PageTests.send(app, "/bestaat-niet", method: .delete).status == .notFound)
    }

    @Test(arguments: ["application/jsonp", "application/json; charset=utf-16", "text/json", "application/json-seq"])
    func onlyJSONInUTF8IsTakenAsJSON(type: String) async throws {
        let answer = try await PageTests.send(
            app, "/api/v1/feedback", method: .post, headers: [.contentType: type],
            body: #"{"service_id": "test-steunpunt-arnhem", "reason": "anders"}"#)
        #expect(answer.status == .unsupportedMediaType)
    }

    @Test func aUTF16BodyWithoutACharsetIsRefused() async throws {
        let utf16 = String(decoding: Array(#"{"service_id":"test-steunpunt-arnhem","reason":"anders"}"#.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, as: UTF8.self)
        let answer = try await PageTests.send(app, "/api/v1/feedback", method: .post, headers: [.contentType: "application/json"], body: "\u{FEFF}" + utf16)
        #expect(answer.status == .badRequest)
    }

    @Test func theMaintainerTokenNeedsSixteenRealCharacters() {
        #expect(!Maintenance.isAcceptable(String(repeating: " ", count: 20)))
        #expect(!Maintenance.isAcceptable("kort"))
        #expect(!Maintenance(token: String(repeating: " ", count: 20), paths: nil).accepts(String(repeating: " ", count: 20)))
        #expect(Maintenance.isAcceptable("een-lang-en-geheim-token"))
    }

    // MARK: A live server on loopback

    /// Serves `settings` on a free port while `body` runs.
    func withLiveServer(_ settings: ServerSettings, _ body: @escaping @Sendable (Int) async throws -> Void) async throws {
        var settings = settings
        settings.port = 0
        let ready = AsyncStream<Int>.makeStream()
        let app = buildApplication(settings, try TestIndex.dependencies()) { port in ready.continuation.yield(port) }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await app.runService(gracefulShutdownSignals: []) }
            var ports = ready.stream.makeAsyncIterator()
            let port = try #require(await ports.next())
            defer { group.cancelAll() }
            try await body(port)
        }
    }

    @Test func slowClientsAreDroppedWhileNormalRequestsGoOn() async throws {
        var settings = ServerSettings()
        settings.idleTimeout = .milliseconds(500)
        settings.maximumConnections = 8
        try await withLiveServer(settings) { port in
            // Twelve clients that start their headers and never finish them: more than the limit.
            let slow = try (0..<12).map { _ in try RawClient(port: port) }
            for client in slow { try client.send("GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ") }
            // A normal request still gets through once the idle ones are dropped.
            let normal = try RawClient(port: port)
            try normal.send("GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            let answer = try normal.readAll(timeout: 60)
            #expect(answer.hasPrefix("HTTP/1.1 200"))
            // And every slow client was closed by the server.
            for client in slow { #expect(try client.readAll(timeout: 60).isEmpty) }
        }
    }

    @Test func aMalformedChunkedBodyIs400() async throws {
        try await withLiveServer(TestIndex.settings) { port in
            let client = try RawClient(port: port)
            try client.send("POST /api/v1/feedback HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nZZZ\r\n\r\n")
            let answer = try client.readAll(timeout: 30)
            #expect(answer.hasPrefix("HTTP/1.1 400"), "\(answer.prefix(200))")
        }
    }

    // MARK: Property-based: the query analyser and the form parser

    static let fragments = [
        "a", "rouw", "eenzaam", "ë", "é", "\u{202E}", "🙂", " ", "  ", "-", "+", "%", "%2", "%zz", "%C3%A9", "%00",
        "&", "=", "wat=", "bij=", "km=", "per_pagina=", "pagina=", "taal=", "&wat=", "\"", "*", "NEAR(", "OR", "'",
        String(repeating: "a", count: 300), String(repeating: "lotgenoten", count: 20), "6811", "\u{0}", "\n",
    ]
    static let text = Gen.element(of: fragments).array(of: 0...40).map { $0.compactMap { $0 }.joined() }

    @Test func anyTextAnalysesIntoBoundedSafeTokens() async throws {
        let index = TestIndex.index
        await propertyCheck(count: 300, input: Self.text) { (text: String) in
            let query = try? SearchQuery.parse([("wat", text)], taxonomy: index.taxonomy)
            guard let query else { return }
            #expect(query.text.count <= SearchQuery.maximumTextLength)
            let analyzed = index.analyzer.query(query.text)
            #expect(analyzed.terms.count <= AnalyzedQuery.maximumTerms)
            for token in analyzed.terms.flatMap({ $0.alternatives.joined() }) {
                #expect(token.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) })
            }
            #expect(throws: Never.self) { _ = try? index.search(query, today: TestIndex.today) }
        }
    }

    @Test func anyQueryStringOrFormBodyGetsAnAnswerThatIsNotAServerError() async throws {
        let app = self.app
        await propertyCheck(count: 150, input: Self.text) { (text: String) async in
            let allowed = CharacterSet.urlQueryAllowed.subtracting(CharacterSet(charactersIn: "#"))
            let escaped = text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
            do {
                let page = try await PageTests.send(app, "/?" + escaped, method: .get)
                #expect(page.status.code < 500, "GET /?\(escaped.prefix(80)) → \(page.status)")
                let form = try await PageTests.send(
                    app, "/aanbod/test-steunpunt-arnhem/melden", method: .post,
                    headers: [.contentType: "application/x-www-form-urlencoded"], body: "reden=anders&tekst=" + escaped)
                #expect(form.status.code < 500, "POST tekst=\(escaped.prefix(80)) → \(form.status)")
            } catch {
                Issue.record("the request failed: \(error)")
            }
        }
    }
}

/// A plain TCP client on loopback, for what an HTTP client library will not send: headers that
/// never end, broken chunked bodies.
final class RawClient: @unchecked Sendable {
    let socket: Int32

    init(port: Int) throws {
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw POSIXError(.ECONNREFUSED) }
    }

    deinit { close(socket) }

    func send(_ text: String) throws {
        let bytes = Array(text.utf8)
        guard Glibc.send(socket, bytes, bytes.count, Int32(MSG_NOSIGNAL)) == bytes.count else { throw POSIXError(.EPIPE) }
    }

    /// Everything until the server closes the connection (or `timeout` seconds pass).
    func readAll(timeout: Int) throws -> String {
        var timeval = timeval(tv_sec: timeout, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeval, socklen_t(MemoryLayout<timeval>.size))
        var data = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = recv(socket, &buffer, buffer.count, 0)
            if count <= 0 { break }
            data += buffer[0..<count]
        }
        return String(decoding: data, as: UTF8.self)
    }
}
