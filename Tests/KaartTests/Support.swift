import Foundation
import Indexing
import KaartModel
import SearchIndex
import TestSupport

/// The repository root, found from this file, so tests use the real `Indexer/` data.
let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A fixed "today" so freshness never depends on when the tests run.
let testToday = Day("2026-11-24")!

/// Reference data is slow to parse (56,000 words); parse it once for all tests.
let sharedReference: ReferenceData = {
    do { return try ReferenceData.load(from: repositoryRoot.appendingPathComponent("Indexer")) } catch {
        fatalError("cannot load Indexer/: \(error)")
    }
}()

/// A scratch folder with a `Corpus/` of hand-written records, indexed with the real pipeline.
struct Workspace {
    let root: URL
    var corpus: URL { root.appendingPathComponent("Corpus") }
    var indexFile: URL { root.appendingPathComponent("var/kaart.sqlite") }

    init() throws {
        root = Scratch.path("kaart-test")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Corpus"), withIntermediateDirectories: true)
    }

    /// Links the repository's `Indexer/` (taxonomy, gazetteer, concepts) into the workspace, so
    /// `kaart` run there reads the real reference data.
    func linkIndexer() throws {
        try FileManager.default.createSymbolicLink(
            at: root.appendingPathComponent("Indexer"), withDestinationURL: repositoryRoot.appendingPathComponent("Indexer"))
    }

    /// Writes `Corpus/<name>.yaml`.
    func write(_ name: String, _ yaml: String) throws {
        try yaml.write(to: corpus.appendingPathComponent("\(name).yaml"), atomically: true, encoding: .utf8)
    }

    var paths: IndexPaths {
        IndexPaths(corpus: corpus, indexer: repositoryRoot.appendingPathComponent("Indexer"), index: indexFile, root: root)
    }

    func load() throws -> CorpusLoad {
        try CorpusLoader.load(directory: corpus, reference: sharedReference, today: testToday, relativeTo: root)
    }

    /// Builds the index with the real writer and opens it.
    @discardableResult
    func index() throws -> SearchIndex {
        let load = try load()
        var contents = IndexContents(
            records: load.records, taxonomy: sharedReference.taxonomy, gazetteer: sharedReference.gazetteer,
            wordFrequencies: sharedReference.wordFrequencies, synonymGroups: sharedReference.synonymGroups,
            builtAt: Date(timeIntervalSince1970: 1_795_000_000))
        contents.concepts = sharedReference.concepts
        try IndexWriter.build(contents, at: indexFile.path)
        return try SearchIndex(path: indexFile.path)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}

/// The `sources:` block `record` writes, for tests that replace it.
let recordSources = "sources:\n  - seed: \"002\"\n    lines: \"655\"\n  - url: https://example.org/bron\n    date: 2026-11-01\n"

/// A valid record with the fields a test cares about; `extra` lines are appended verbatim.
/// A physical record that `extra` does not place is put in the municipality of Arnhem.
func record(
    _ id: String, kind: String = "aanbod", name: String, description: String = "Een plek voor hulp.",
    domains: String = "[psychisch-welzijn]", supportTypes: String = "[informatie-en-advies]",
    extra: String = ""
) -> String {
    let placed = ["municipality:", "service_area:", "location_type: virtual"].contains { extra.contains($0) }
    let place = placed || kind == "online" || kind == "kennis" ? "" : "municipality: Arnhem\n"
    // A cost claim needs a source, as in the real corpus.
    let covers = extra.contains("free:") ? "\n    covers: [free]" : ""
    return """
    id: \(id)
    kind: \(kind)
    name: \(name)
    description: \(description)
    domains: \(domains)
    support_types: \(supportTypes)
    sources:
      - seed: "002"
        lines: "655"
      - url: https://example.org/bron
        date: 2026-11-01\(covers)
    \(place)\(extra)
    """
}

/// Runs the built `kaart` binary, as a user would, and returns its exit code and output.
struct CommandResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

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
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CommandResult(
        status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
        stderr: String(decoding: stderr, as: UTF8.self))
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
