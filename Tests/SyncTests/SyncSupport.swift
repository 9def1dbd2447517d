import Foundation
import Hummingbird
import KaartModel
import NIOCore
import TestSupport

/// The repository root, for the real `Indexer/`.
let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The day the tests pretend it is (`KAART_TODAY`).
let testToday = Day("2026-11-24")!

/// One HSDS 3 service as another social map publishes it: a place in Arnhem with a phone.
func hsdsService(
    _ id: String, name: String? = nil, phone: String = "026 123 4567", assured: String = "2026-10-01",
    description: String = "Een inloop voor iedereen die even wil praten.", modified: String = "2026-10-01"
) -> [String: Any] {
    [
        "id": id,
        "name": name ?? "Inloop \(id)",
        "description": description,
        "assured_date": assured,
        "last_modified": modified,
        "phones": [["id": "p-\(id)", "number": phone]],
        "service_at_locations": [[
            "id": "sal-\(id)",
            "location": [
                "id": "loc-\(id)", "location_type": "physical",
                "addresses": [["id": "a-\(id)", "address_1": "Voorbeeldstraat 1", "postal_code": "6811 AB", "city": "Arnhem", "country": "NL"]],
            ] as [String: Any],
        ]],
    ]
}

/// The other map: an HSDS API on loopback whose services a test changes between runs. It
/// pages (`page`, `per_page`, `total_pages`, `last_page`), streams `format=ndjson` when
/// `streams` is on, and keeps what the last request asked and which secret it carried.
final class OtherMap: @unchecked Sendable {
    let services = Box<[[String: Any]]>([])
    let streams = Box(false)
    let requests = Box<[String]>([])
    let authorizations = Box<[String]>([])
    var server: LoopbackServer!

    init(_ services: [[String: Any]], streams: Bool = false) async throws {
        self.services.current = services
        self.streams.current = streams
        server = try await LoopbackServer { router in
            router.get("/api/services") { [self] request, _ in self.answer(request) }
        }
    }

    var url: String { "\(server.base)/api" }

    func answer(_ request: Request) -> Response {
        requests.update { $0.append(request.uri.query ?? "") }
        authorizations.update { $0.append(request.headers[.authorization] ?? "") }
        let query = request.uri.queryParameters
        var list = services.current
        if let since = query["modified_after"].map(String.init) {
            list = list.filter { ($0["last_modified"] as? String ?? "") >= String(since.prefix(10)) }
        }
        if query["format"] == "ndjson" && streams.current {
            let lines = list.map { String(decoding: try! JSONSerialization.data(withJSONObject: $0), as: UTF8.self) + "\n" }.joined()
            return .text(lines, type: "application/x-ndjson")
        }
        let perPage = query["per_page"].flatMap { Int(String($0)) } ?? 10
        let page = query["page"].flatMap { Int(String($0)) } ?? 1
        let pages = max(1, (list.count + perPage - 1) / perPage)
        let slice = Array(list.dropFirst((page - 1) * perPage).prefix(perPage))
        return .json([
            "total_items": list.count, "total_pages": pages, "page_number": page, "size": slice.count,
            "first_page": page == 1, "last_page": page >= pages, "empty": slice.isEmpty, "contents": slice,
        ] as [String: Any])
    }

    func stop() async { await server.stop() }
}

/// A scratch repository for `kaart sync`: its own `sources.yaml`, `var/` and index, with the
/// real `Indexer/` reference data.
struct SyncWorkspace {
    let root: URL

    init() throws {
        root = Scratch.path("kaart-sync")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Corpus"), withIntermediateDirectories: true)
    }

    var sourcesFile: URL { root.appendingPathComponent("sources.yaml") }
    var indexFile: URL { root.appendingPathComponent("var/kaart.sqlite") }
    func folder(_ name: String) -> URL { root.appendingPathComponent("var/sources/\(name)") }

    /// `sources:` with one remote source; `extra` lines are added to it.
    func source(_ name: String, format: String = "hsds-api", url: String, _ extra: String = "") throws {
        let lines = extra.split(separator: "\n").map { "    \($0)" }.joined(separator: "\n")
        try """
        sources:
          - name: \(name)
            format: \(format)
            url: \(url)\(extra.contains("retries:") ? "" : "\n    retries: 0")
            defaults: {domains: [psychisch-welzijn], support_types: [ontmoeting-en-inloop]}
        \(lines)
        """.write(to: sourcesFile, atomically: true, encoding: .utf8)
    }

    var pathArguments: [String] {
        ["--indexer", repositoryRoot.appendingPathComponent("Indexer").path, "--sources", sourcesFile.path, "--corpus", root.appendingPathComponent("Corpus").path]
    }

    /// Runs `kaart` on a thread of its own: waiting for it must not hold one of the few threads
    /// Swift concurrency has, which the loopback servers in this process need to answer it.
    func kaart(_ arguments: [String], environment: [String: String] = [:]) async throws -> CommandResult {
        let root = root
        return try await withCheckedThrowingContinuation { continuation in
            DispatchQueue(label: "kaart-child").async {
                continuation.resume(with: Result { try runKaart(arguments, in: root, environment: environment) })
            }
        }
    }

    func sync(_ arguments: [String] = [], environment: [String: String] = [:]) async throws -> CommandResult {
        try await kaart(["sync"] + arguments + pathArguments + ["--index", indexFile.path], environment: environment)
    }

    func show(_ id: String) async throws -> CommandResult {
        try await kaart(["toon", id, "--index", indexFile.path])
    }

    func state(_ name: String) -> Data? { FileManager.default.contents(atPath: folder(name).appendingPathComponent("state.json").path) }

    func lastRun(_ name: String) -> [String: Any]? {
        guard let data = FileManager.default.contents(atPath: folder(name).appendingPathComponent("runs.ndjson").path),
            let line = data.split(separator: UInt8(ascii: "\n")).last
        else { return nil }
        return try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any]
    }

    func runCount(_ name: String) -> Int {
        (FileManager.default.contents(atPath: folder(name).appendingPathComponent("runs.ndjson").path) ?? Data())
            .split(separator: UInt8(ascii: "\n")).count
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}

struct CommandResult {
    var status: Int32
    var stdout: String
    var stderr: String
    var output: String { stdout + stderr }
}

/// Runs the built `kaart` as a user would. Its output goes to files, not pipes, so no read can
/// be interrupted by a signal while the process runs.
func runKaart(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> CommandResult {
    let process = Process()
    process.executableURL = kaartExecutable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    var env = ProcessInfo.processInfo.environment
    env["KAART_TODAY"] = testToday.description
    env["NO_COLOR"] = "1"
    for (key, value) in environment { env[key] = value }
    process.environment = env
    let stamp = UUID().uuidString
    let out = Scratch.root.appendingPathComponent("kaart-out-\(stamp)")
    let err = Scratch.root.appendingPathComponent("kaart-err-\(stamp)")
    FileManager.default.createFile(atPath: out.path, contents: nil)
    FileManager.default.createFile(atPath: err.path, contents: nil)
    defer {
        try? FileManager.default.removeItem(at: out)
        try? FileManager.default.removeItem(at: err)
    }
    let outHandle = try FileHandle(forWritingTo: out)
    let errHandle = try FileHandle(forWritingTo: err)
    process.standardOutput = outHandle
    process.standardError = errHandle
    process.standardInput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    try? outHandle.close()
    try? errHandle.close()
    return CommandResult(
        status: process.terminationStatus,
        stdout: String(decoding: FileManager.default.contents(atPath: out.path) ?? Data(), as: UTF8.self),
        stderr: String(decoding: FileManager.default.contents(atPath: err.path) ?? Data(), as: UTF8.self))
}

/// `kaart` sits beside the test bundle in the build folder.
let kaartExecutable: URL = {
    var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<3 {
        let candidate = directory.appendingPathComponent("kaart")
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        directory = directory.deletingLastPathComponent()
    }
    return repositoryRoot.appendingPathComponent(".build/debug/kaart")
}()

func modificationDate(_ url: URL) -> Date? {
    (try? FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate]) as? Date
}
