import Foundation
import Indexing
import KaartModel
import SearchIndex
import Testing

/// Test data of the interchange tests: Open Referral's examples and a municipal export.
let fixtures = repositoryRoot.appendingPathComponent("Tests/KaartTests/Fixtures")

/// The real taxonomy mapping, read once.
let sharedMapping: TaxonomyMapping = {
    do {
        return try TaxonomyMapping.load(
            from: repositoryRoot.appendingPathComponent("Indexer/hsds-taxonomy.yaml"), taxonomy: sharedReference.taxonomy,
            display: "Indexer/hsds-taxonomy.yaml")
    } catch {
        fatalError("cannot load Indexer/hsds-taxonomy.yaml: \(error)")
    }
}()

/// Reads one source the way `kaart index` does, with diagnostics relative to the repository.
func importSource(
    _ format: SourceDefinition.Format, _ path: URL, name: String, mapping: URL? = nil, assuredDate: Day? = nil
) throws -> SourceLoad {
    try Importer.load(
        SourceDefinition(name: name, format: format, path: path, mapping: mapping, assuredDate: assuredDate),
        reference: sharedReference, mapping: sharedMapping, today: testToday, root: repositoryRoot)
}

extension Workspace {
    var sourcesFile: URL { root.appendingPathComponent("sources.yaml") }
    var decisionsFile: URL { root.appendingPathComponent("duplicates.yaml") }

    /// The layout `kaart index` uses, with this workspace's own sources list and decisions.
    var allSources: IndexPaths {
        IndexPaths(
            corpus: corpus, indexer: repositoryRoot.appendingPathComponent("Indexer"), index: indexFile, root: root,
            sources: sourcesFile, decisions: decisionsFile)
    }

    func writeSources(_ yaml: String) throws {
        try yaml.write(to: sourcesFile, atomically: true, encoding: .utf8)
    }

    /// Builds the index from every listed source with the real pipeline and opens it.
    func build(
        sources: [SourceDefinition]? = nil, decisions: DuplicateDecisions? = nil, index: URL? = nil
    ) throws -> (report: IndexReport, index: SearchIndex) {
        var paths = allSources
        if let index { paths.index = index }
        let report = try IndexBuild.run(
            paths, today: testToday, now: Date(timeIntervalSince1970: 1_795_000_000), sources: sources,
            decisions: decisions, reference: sharedReference)
        return (report, try SearchIndex(path: paths.index.path))
    }
}

/// A search's results as comparable lines: section, name, distance and freshness, in order.
func resultLines(_ index: SearchIndex, _ parameters: [(name: String, value: String)]) throws -> [String] {
    let query = try SearchQuery.parse(parameters, taxonomy: index.taxonomy)
    let results = try index.search(query, today: testToday)
    func lines(_ section: String, _ hits: [Hit]) -> [String] {
        hits.map { hit in
            "\(section) \(hit.entry.name) \(hit.distance.map { String(format: "%.2f", $0.kilometres) } ?? "-") \(hit.stale)"
        }
    }
    return ["matched any word: \(results.matchedAnyWord), local total \(results.localTotal)"]
        + lines("local", results.local) + lines("online", results.online)
        + lines("knowledge", results.knowledge) + lines("further", results.further)
}

/// Validates each service in an HSDS export file against HSDS's compiled service schema with
/// Python's jsonschema (Draft 2020-12, formats checked), installing jsonschema if it is missing.
/// Returns one line per invalid service, empty when all are valid, and the number checked.
func validateWithJSONSchema(_ export: URL) throws -> (problems: [String], checked: Int) {
    let schema = repositoryRoot.appendingPathComponent("Indexer/hsds/schema/compiled/service_with_definitions.json")
    let script = """
        import json, sys
        import jsonschema
        schema = json.load(open(sys.argv[1]))
        services = json.load(open(sys.argv[2]))
        validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
        for service in services:
            for error in validator.iter_errors(service):
                print(service.get("id"), "/".join(str(p) for p in error.absolute_path), error.message)
        print("checked", len(services))
        """
    func run(_ arguments: [String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
    if try run(["python3", "-c", "import jsonschema"]).0 != 0 {
        _ = try run(["python3", "-m", "pip", "install", "--quiet", "jsonschema"])
    }
    let (status, output) = try run(["python3", "-c", script, schema.path, export.path])
    guard status == 0, let last = output.split(separator: "\n").last, last.hasPrefix("checked ") else {
        Issue.record("python3 jsonschema did not run: \(output)")
        return (["validator failed"], 0)
    }
    let lines = output.split(separator: "\n").map(String.init)
    return (Array(lines.dropLast()), Int(last.dropFirst("checked ".count)) ?? 0)
}
