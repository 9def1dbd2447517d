import AsyncHTTPClient
import Foundation
import Indexing
import Logging
import NIOCore
import NIOHTTP1

/// Outgoing HTTP for syncs and the link check, with AsyncHTTPClient: redirects followed a few
/// times (a loop is an error), a deadline per request that covers the whole body, a limit on
/// bytes, and a secret sent only in its header.
public final class Fetcher: Sendable {
    let client: HTTPClient

    /// `maximumRedirects` redirects are followed; a cycle is refused at once.
    public init(maximumRedirects: Int = 5) {
        var configuration = HTTPClient.Configuration(
            redirectConfiguration: .follow(max: maximumRedirects, allowCycles: false),
            timeout: .init(connect: .seconds(10), read: .seconds(60)),
            decompression: .enabled(limit: .ratio(50)))
        configuration.connectionPool = .init(idleTimeout: .seconds(30))
        client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }

    /// Closes the connections; call once, when done.
    public func shutdown() async {
        try? await client.shutdown()
    }

    /// A response's status and headers, once its body has been handed over.
    public struct Answer: Sendable {
        public var status: Int
        public var contentType: String
        public var bytes: Int
    }

    /// GETs `url` (or HEADs it) and hands each piece of the body to `sink`, within `timeout`
    /// for the whole answer and `maximumBytes` for its body. Throws `FetchProblem`.
    public func get(
        _ url: URL, method: HTTPMethod = .GET, headers: [(String, String)] = [], timeout: TimeInterval, maximumBytes: Int,
        sink: (_ contentType: String, _ piece: ByteBuffer) throws -> Void = { _, _ in }
    ) async throws(FetchProblem) -> Answer {
        var request = HTTPClientRequest(url: url.absoluteString)
        request.method = method
        request.headers.add(name: "User-Agent", value: "sociale-kaart-sync/1")
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        let started = ContinuousClock.now
        let limit = Duration.milliseconds(Int64(timeout * 1000))
        do {
            let response = try await client.execute(request, deadline: .now() + .milliseconds(Int64(timeout * 1000)))
            let type = response.headers.first(name: "content-type") ?? ""
            if method != .HEAD, let declared = response.headers.first(name: "content-length").flatMap(Int.init), declared > maximumBytes {
                throw FetchProblem.tooLarge(maximumBytes)
            }
            var received = 0
            if method == .HEAD { return Answer(status: Int(response.status.code), contentType: type, bytes: 0) }
            for try await buffer in response.body {
                received += buffer.readableBytes
                if received > maximumBytes { throw FetchProblem.tooLarge(maximumBytes) }
                if ContinuousClock.now - started > limit { throw FetchProblem.timedOut(timeout) }
                if (200..<300).contains(Int(response.status.code)) { try sink(type, buffer) }
            }
            return Answer(status: Int(response.status.code), contentType: type, bytes: received)
        } catch let problem as FetchProblem {
            throw problem
        } catch let error as HTTPClientError {
            throw FetchProblem(error, timeout: timeout)
        } catch {
            throw FetchProblem.classify(error, timeout: timeout)
        }
    }
}

/// Why a fetch failed, said so a maintainer knows what to do. Never holds a secret.
public enum FetchProblem: Error, Sendable, CustomStringConvertible {
    case unreachable(String)
    case unknownHost
    case timedOut(TimeInterval)
    case redirectLoop
    case tooManyRedirects
    case tooLarge(Int)
    case status(Int)
    case malformed(String)
    case repeatedPage(Int, Int)
    case other(String)

    init(_ error: HTTPClientError, timeout: TimeInterval) {
        switch error {
        case .redirectCycleDetected: self = .redirectLoop
        case .redirectLimitReached: self = .tooManyRedirects
        case .readTimeout, .deadlineExceeded, .connectTimeout: self = .timedOut(timeout)
        case .remoteConnectionClosed: self = .unreachable("the server closed the connection before the answer was complete")
        default: self = .other(String(describing: error))
        }
    }

    static func classify(_ error: any Error, timeout: TimeInterval) -> FetchProblem {
        let text = String(describing: error)
        if error is CancellationError { return .other("cancelled") }
        if text.contains("NXDOMAIN") || text.contains("Name or service not known") || text.contains("nodename nor servname")
            || text.contains("No address") || text.contains("unknown host") || text.contains("Temporary failure in name resolution")
            || text.lowercased().contains("resolution") || text.contains("NIOConnectionError") && text.contains("dnsAAAAError")
        {
            return .unknownHost
        }
        if text.contains("connectionRefused") || text.contains("Connection refused") || text.contains("ECONNREFUSED") {
            return .unreachable("the connection was refused: nothing listens at that address")
        }
        if text.contains("NIOConnectionError") || text.contains("connect") {
            return .unreachable(text.count > 160 ? String(text.prefix(160)) + "…" : text)
        }
        return .other(text.count > 200 ? String(text.prefix(200)) + "…" : text)
    }

    /// Worth another try in a moment: the server may be back.
    public var isTransient: Bool {
        switch self {
        case .unreachable, .timedOut: true
        case .status(let code): code == 429 || code >= 500
        default: false
        }
    }

    public var description: String {
        switch self {
        case .unreachable(let why): "cannot reach the server (\(why)); check the address, or try again later"
        case .unknownHost: "the server's name cannot be found (DNS); check the address in Indexer/sources.yaml"
        case .timedOut(let seconds): "no complete answer within \(Self.seconds(seconds)); the server is slow or stuck: try again later, or raise `timeout:`"
        case .redirectLoop: "the address redirects in a loop; ask the source for its current address"
        case .tooManyRedirects: "the address redirects too many times; use the address it ends at"
        case .tooLarge(let bytes): "the answer is larger than max_bytes (\(bytes) bytes); raise `max_bytes:` if the source really is that large"
        case .status(let code) where code == 401 || code == 403:
            "the server answered \(code): access refused; check the credentials named in Indexer/sources.yaml"
        case .status(404): "the server answered 404: nothing at that address; check the url"
        case .status(let code) where code >= 500: "the server answered \(code), an error on its side; try again later, or tell the source"
        case .status(let code): "the server answered \(code) instead of the data; check the url"
        case .malformed(let what): what
        case .repeatedPage(let page, let earlier):
            "page \(page) returned the same services as page \(earlier); the server's paging is broken, so nothing was taken over. Tell the source, or set `ndjson: true` if it streams"
        case .other(let text): text
        }
    }

    static func seconds(_ value: TimeInterval) -> String {
        value < 1 ? "\(Int(value * 1000)) ms" : value == value.rounded() ? "\(Int(value)) s" : String(format: "%.1f s", value)
    }
}
