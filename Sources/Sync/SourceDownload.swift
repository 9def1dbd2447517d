import Foundation
import Indexing
import KaartModel
import NIOCore

/// One source's data fetched into a snapshot file in its folder: an HSDS API's services one per
/// line (streamed as ndjson, or gathered page by page), or the HSDS JSON or CSV file as it is.
struct SourceDownload {
    /// The complete snapshot (after merging in changes, for a run that asked only for those).
    var file: URL
    var requests = 0
    var bytes = 0
    /// False when only changes were asked for (`modified_after`): absence then says nothing.
    var full = true
    /// What was fetched, for the run log: "full (ndjson)", "changes since …", "file".
    var fetched = ""
}

/// Fetches one remote source, within its limits, retrying what may pass.
struct SourceFetch {
    let fetcher: Fetcher
    let source: SourceDefinition
    let remote: RemoteSource
    let folder: SyncFolder
    let root: URL
    let environment: [String: String]
    let pause: @Sendable (Int) async -> Void

    /// The header that carries the secret, read now from the environment or its file.
    func credentialHeaders() throws(SyncProblem) -> [(String, String)] {
        guard let credentials = remote.credentials else { return [] }
        let secret: String
        if let name = credentials.environment {
            guard let value = environment[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else {
                throw .setup("the environment variable \(name), named in `credentials:`, is not set; set it where kaart sync runs")
            }
            secret = value
        } else if let file = credentials.file {
            guard let text = try? String(contentsOf: file, encoding: .utf8), !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw .setup("cannot read the secret from \(CorpusLoader.relativePath(file, to: root)), named in `credentials:`; check that it exists and is readable")
            }
            secret = text.trimmingCharacters(in: .whitespacesAndNewlines)
        } else {
            return []
        }
        return [(credentials.header, credentials.scheme.isEmpty ? secret : "\(credentials.scheme) \(secret)")]
    }

    func run(stamp: String, previous: SyncState?, now: Date, full forceFull: Bool) async throws -> SourceDownload {
        let headers = try credentialHeaders()
        switch source.format {
        case .hsdsAPI:
            var since: Date?
            if let previous, !forceFull, let every = remote.fullEvery, every > 0, let last = previous.lastFullRun,
                now.timeIntervalSince(last) < every
            {
                since = previous.fetchedAt
            }
            let partial = folder.file(".incoming-\(stamp)\(since == nil ? "" : "-changes").ndjson")
            var download = try await api(into: partial, since: since, headers: headers)
            if let since, let previous {
                download.file = try merge(changes: partial, into: folder.file(previous.snapshot), stamp: stamp)
                try? FileManager.default.removeItem(at: partial)
                download.full = false
                download.fetched = "changes since \(ISO8601DateFormatter().string(from: since)) (\(download.fetched))"
            }
            return download
        case .hsds, .csv:
            let ext = source.format == .csv ? "csv" : (Importer.isLineDelimited(remote.url) ? "ndjson" : "json")
            let file = folder.file(".incoming-\(stamp).\(ext)")
            var download = SourceDownload(file: file, fetched: "file")
            let answer = try await attempt { () async throws -> Fetcher.Answer in
                let writer = try SnapshotWriter(file)
                defer { writer.close() }
                return try check(await fetcher.get(remote.url, headers: headers, timeout: remote.timeout, maximumBytes: remote.maxBytes) { _, piece in
                    try writer.write(piece)
                })
            }
            download.requests = 1
            download.bytes = answer.bytes
            return download
        case .corpus:
            throw SyncProblem.setup("the corpus is not fetched")
        }
    }

    /// The answer when it is a success; its status as a problem otherwise.
    @discardableResult
    func check(_ answer: Fetcher.Answer) throws(FetchProblem) -> Fetcher.Answer {
        guard (200..<300).contains(answer.status) else { throw .status(answer.status) }
        return answer
    }

    /// Runs `body`, again after a pause when the failure may pass (refused, timeout, 429, 5xx).
    func attempt<T>(_ body: () async throws -> T) async throws -> T {
        var tries = 0
        while true {
            do {
                return try await body()
            } catch let problem as FetchProblem where problem.isTransient && tries < remote.retries {
                tries += 1
                await pause(tries)
            }
        }
    }

    /// `{base}/services?…` with the query items in this order.
    func servicesURL(_ items: [(String, String)]) -> URL {
        var text = remote.url.absoluteString
        while text.hasSuffix("/") { text.removeLast() }
        var components = URLComponents(string: text + "/services")!
        components.queryItems = (components.queryItems ?? []) + items.map { URLQueryItem(name: $0.0, value: $0.1) }
        return components.url!
    }

    /// The API's services into `file`, one per line: streamed as ndjson, or page by page.
    func api(into file: URL, since: Date?, headers: [(String, String)]) async throws -> SourceDownload {
        var download = SourceDownload(file: file)
        let filter = since.map { [("modified_after", ISO8601DateFormatter().string(from: $0))] } ?? []
        var firstPage: Data?
        if remote.ndjson != false {
            // With page and per_page: a server that ignores `format` answers with page 1 of the
            // size we ask for, which the paging below then continues from.
            let url = servicesURL([("format", "ndjson"), ("full", "true"), ("page", "1"), ("per_page", String(remote.perPage))] + filter)
            var isStream = true
            var buffered = Data()
            let answer: Fetcher.Answer
            do {
                answer = try await attempt { () async throws -> Fetcher.Answer in
                    let writer = try SnapshotWriter(file)
                    defer { writer.close() }
                    buffered = Data()
                    return try check(await fetcher.get(url, headers: headers, timeout: remote.timeout, maximumBytes: remote.maxBytes) { type, piece in
                        isStream = Self.isStream(type)
                        if isStream { try writer.write(piece) } else { buffered.append(contentsOf: piece.readableBytesView) }
                    })
                }
            } catch FetchProblem.status(let code) where remote.ndjson == nil && [400, 404, 406, 415, 422].contains(code) {
                // The server does not know `format`: page through it instead.
                return try await pages(into: file, since: since, filter: filter, headers: headers, first: nil, counted: 1)
            }
            download.requests = 1
            download.bytes = answer.bytes
            if (200..<300).contains(answer.status) && isStream {
                download.fetched = since == nil ? "full (ndjson)" : "ndjson"
                return download
            }
            if remote.ndjson == true {
                try check(answer)
                throw FetchProblem.malformed("asked for ndjson (`ndjson: true`) but the server sent \(answer.contentType.isEmpty ? "no content type" : answer.contentType); leave `ndjson:` out to page instead")
            }
            try check(answer)
            // The server ignored `format` and sent a page: keep it if it is page 1 of the list.
            if let page = try? JSONSerialization.jsonObject(with: buffered) as? [String: Any],
                (page["page_number"] as? Int ?? 1) == 1, let contents = page["contents"] as? [Any], contents.count <= remote.perPage
            {
                firstPage = buffered
            }
        }
        var paged = try await pages(into: file, since: since, filter: filter, headers: headers, first: firstPage, counted: download.requests)
        paged.bytes += download.bytes
        return paged
    }

    static func isStream(_ contentType: String) -> Bool {
        let type = contentType.lowercased()
        return type.contains("ndjson") || type.contains("jsonl") || type.contains("json-seq") || type.contains("jsonlines")
    }

    /// Pages through `/services` until the last page, each service on its own line in `file`.
    /// A page that holds only services seen on an earlier page means broken paging: refused.
    func pages(into file: URL, since: Date?, filter: [(String, String)], headers: [(String, String)], first: Data?, counted: Int) async throws -> SourceDownload {
        var download = SourceDownload(file: file, requests: counted, fetched: since == nil ? "full (pages)" : "pages")
        let writer = try SnapshotWriter(file)
        defer { writer.close() }
        var seenOnPage: [String: Int] = [:]
        var page = 1
        var pending = first
        var budget = remote.maxBytes
        while true {
            let body: Data
            if let data = pending {
                body = data
                pending = nil
            } else {
                let url = servicesURL([("page", String(page)), ("per_page", String(remote.perPage)), ("full", "true")] + filter)
                var collected = Data()
                let answer = try await attempt { () async throws -> Fetcher.Answer in
                    collected = Data()
                    return try check(await fetcher.get(url, headers: headers, timeout: remote.timeout, maximumBytes: budget) { _, piece in
                        collected.append(contentsOf: piece.readableBytesView)
                    })
                }
                download.requests += 1
                download.bytes += answer.bytes
                body = collected
            }
            budget -= body.count
            if budget < 0 { throw FetchProblem.tooLarge(remote.maxBytes) }
            let parsed: Any
            do {
                parsed = try JSONSerialization.jsonObject(with: body)
            } catch {
                throw FetchProblem.malformed("page \(page) is not valid JSON; the server sent something else than a page of services")
            }
            let items: [Any]
            var last = false
            if let list = parsed as? [Any] {
                items = list
                last = true
            } else if let object = parsed as? [String: Any], let list = object["contents"] as? [Any] {
                items = list
                let totalPages = object["total_pages"] as? Int
                last = (object["last_page"] as? Bool) == true || (totalPages.map { page >= $0 } ?? false) || list.isEmpty
                    || (object["last_page"] == nil && totalPages == nil && list.count < remote.perPage)
            } else {
                throw FetchProblem.malformed("page \(page) is not an HSDS page (no `contents`); check that the url is the API's base address")
            }
            var newOnPage = 0
            var repeatedFrom: Int?
            for item in items {
                let id = (item as? [String: Any])?["id"].map { "\($0)" }
                if let id, let earlier = seenOnPage[id] {
                    repeatedFrom = repeatedFrom ?? earlier
                } else {
                    newOnPage += 1
                    if let id { seenOnPage[id] = page }
                }
                guard JSONSerialization.isValidJSONObject(item) else { continue }
                var line = try JSONSerialization.data(withJSONObject: item)
                line.append(UInt8(ascii: "\n"))
                try writer.write(line)
            }
            if !items.isEmpty && newOnPage == 0, let earlier = repeatedFrom { throw FetchProblem.repeatedPage(page, earlier) }
            if last { break }
            page += 1
            if page > 100_000 { throw FetchProblem.malformed("more than 100,000 pages; the server's paging does not end") }
        }
        return download
    }

    /// The previous snapshot with the changed services put in (replacing those with the same
    /// id) and the new ones added: the full list as the source now has it, as far as we know.
    func merge(changes: URL, into previous: URL, stamp: String) throws -> URL {
        var changed: [String: Data] = [:]
        var order: [String] = []
        try NDJSONFile(changes).forEachLine { line, bytes in
            guard let id = Self.id(of: bytes) else {
                throw FetchProblem.malformed("line \(line) of the changes is not a service with an id")
            }
            if changed.updateValue(bytes, forKey: id) == nil { order.append(id) }
        }
        let merged = folder.file(".incoming-\(stamp).ndjson")
        let writer = try SnapshotWriter(merged)
        defer { writer.close() }
        var written = Set<String>()
        try NDJSONFile(previous).forEachLine { _, bytes in
            let id = Self.id(of: bytes)
            if let id, let replacement = changed[id] {
                if written.insert(id).inserted { try writer.write(replacement + Data("\n".utf8)) }
            } else {
                try writer.write(bytes + Data("\n".utf8))
            }
        }
        for id in order where !written.contains(id) { try writer.write(changed[id]! + Data("\n".utf8)) }
        return merged
    }

    static func id(of line: Data) -> String? {
        guard let object = try? JSONSerialization.jsonObject(with: line) as? [String: Any], let id = object["id"] else { return nil }
        return "\(id)"
    }
}

/// Appends to a new file with a buffer, so a stream of small pieces is written in large ones.
final class SnapshotWriter {
    let handle: FileHandle
    var buffer = Data()

    init(_ url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: url.path, contents: nil) , let handle = FileHandle(forWritingAtPath: url.path) else {
            throw SyncProblem.setup("cannot write \(url.path); check that var/sources/ is writable")
        }
        self.handle = handle
    }

    func write(_ piece: ByteBuffer) throws {
        buffer.append(contentsOf: piece.readableBytesView)
        if buffer.count >= 1 << 20 { try flush() }
    }

    func write(_ data: Data) throws {
        buffer.append(data)
        if buffer.count >= 1 << 20 { try flush() }
    }

    func flush() throws {
        guard !buffer.isEmpty else { return }
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    func close() {
        try? flush()
        try? handle.close()
    }
}
