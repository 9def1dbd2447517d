import Feedback
import Foundation
import Indexing
import KaartModel
import Logging
import SearchIndex
import Server

/// A small index built from the records below with the repository's own `Indexer/`, once per
/// test run. The records are test fixtures, not real help: their ids start with `test-` and
/// their sources are example.org.
enum TestIndex {
    static let today = Day(year: 2026, month: 11, day: 24)!
    /// 2026-11-24 12:00 in Amsterdam.
    static let now = Date(timeIntervalSince1970: 1_795_518_000)

    static let records: [String: String] = [
        "test-steunpunt-arnhem": """
            id: test-steunpunt-arnhem
            kind: steunpunt
            name: Inloop De Brug (test)
            description: Een laagdrempelig steunpunt waar je zonder afspraak binnenloopt voor een kop koffie en een gesprek over hoe het gaat.
            summary_b1: Een plek in Arnhem waar je zonder afspraak binnen kunt lopen.
            url: https://example.org/de-brug
            phones:
              - number: "026 123 45 67"
            location_type: physical
            address:
              address_1: Voorbeeldstraat 1
              postal_code: "6811 AB"
              city: Arnhem
            municipality: Arnhem
            location_precision: postcode
            domains: [psychisch-welzijn, sociale-contacten]
            target_groups: [iedereen]
            support_types: [ontmoeting-en-inloop]
            access: vrije-inloop
            free: true
            sources:
              - url: https://example.org/de-brug
                covers: [url, phones, address]
            assured_date: 2026-10-01
            """,
        "test-escaping-arnhem": """
            id: test-escaping-arnhem
            kind: aanbod
            name: 'Zorg & Welzijn <b>"Samen"</b>'
            description: 'Praatgroep over eenzaamheid. <script>alert("record")</script> Kom gerust.'
            location_type: physical
            municipality: Arnhem
            location_precision: municipality
            domains: [sociale-contacten]
            support_types: [lotgenotencontact]
            sources:
              - url: https://example.org/samen
            assured_date: 2026-09-15
            """,
        "test-schuldhulp-wageningen": """
            id: test-schuldhulp-wageningen
            kind: aanbod
            name: Schuldhulp Wageningen (test)
            description: Hulp bij schulden en geldzorgen. Een vrijwilliger helpt je met je post en je papieren.
            location_type: physical
            municipality: Wageningen
            location_precision: municipality
            domains: [geld-en-schulden]
            support_types: [praktische-hulp]
            free: true
            sources:
              - url: https://example.org/schuldhulp
            assured_date: 2024-01-10
            """,
        "test-online-lotgenoten": """
            id: test-online-lotgenoten
            kind: online
            name: Lotgenoten Online (test)
            description: Een online gemeenschap waar je anoniem praat met mensen die zich ook eenzaam of somber voelen.
            url: https://example.org/online
            service_area: Nederland
            domains: [psychisch-welzijn, sociale-contacten]
            support_types: [e-community]
            sources:
              - url: https://example.org/online
                covers: [url]
            assured_date: 2026-11-01
            """,
        "test-kennis-eenzaamheid": """
            id: test-kennis-eenzaamheid
            kind: kennis
            name: Wat kun je doen als je je eenzaam voelt? (test)
            description: |
              Iedereen voelt zich weleens eenzaam. Praat erover met iemand die je vertrouwt.

              Je kunt ook naar een inloop in de buurt.
            domains: [sociale-contacten]
            sources:
              - url: https://example.org/eenzaam
            assured_date: 2026-11-01
            """,
        "test-gesloten-inloop": """
            id: test-gesloten-inloop
            kind: steunpunt
            name: Gesloten Inloop (test)
            status: inactive
            description: Een inloop die gestopt is.
            location_type: physical
            municipality: Arnhem
            location_precision: municipality
            domains: [sociale-contacten]
            support_types: [ontmoeting-en-inloop]
            sources:
              - url: https://example.org/gesloten
            assured_date: 2026-06-01
            """,
    ]

    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The built index's path; built once, shared read-only by every test.
    static let path: String = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kaart-webtests-\(UUID().uuidString)")
        let corpus = folder.appendingPathComponent("Corpus")
        try? FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        for (id, yaml) in records {
            try? yaml.write(to: corpus.appendingPathComponent("\(id).yaml"), atomically: true, encoding: .utf8)
        }
        let paths = IndexPaths(
            corpus: corpus, indexer: repositoryRoot.appendingPathComponent("Indexer"),
            index: folder.appendingPathComponent("index.sqlite"), root: folder)
        do {
            let report = try IndexBuild.run(paths, today: today, now: now)
            let problems = report.load.diagnostics.filter { $0.severity == .error }
            precondition(problems.isEmpty, "fixture records have errors: \(problems)")
        } catch {
            preconditionFailure("cannot build the fixture index: \(error)")
        }
        return paths.index.path
    }()

    static let index: SearchIndex = {
        do { return try SearchIndex(path: path) } catch { preconditionFailure("cannot open the fixture index: \(error)") }
    }()

    /// A new, empty feedback file in a temporary folder.
    static func feedbackPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("kaart-feedback-\(UUID().uuidString).sqlite").path
    }

    static func dependencies(feedback: FeedbackStore? = nil) throws -> ServerDependencies {
        let store = try feedback ?? FeedbackStore(path: feedbackPath(), now: { now })
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        return ServerDependencies(index: index, feedback: store, now: { now }, today: { today }, logger: logger)
    }

    /// The `kaart` executable next to the test bundle (`swift build` puts both in one folder).
    static var kaartExecutable: URL {
        let candidates = [
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("kaart"),
            Bundle.main.bundleURL.appendingPathComponent("kaart"),
            repositoryRoot.appendingPathComponent(".build/debug/kaart"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[2]
    }
}
