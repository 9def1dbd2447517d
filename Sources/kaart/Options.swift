import ArgumentParser
import Foundation
import Indexing
import KaartModel
import Presentation
import SearchIndex

/// Where the index lives; shared by every command that reads it.
struct IndexOptions: ParsableArguments {
    @Option(name: .customLong("index"), help: "Het indexbestand (standaard var/kaart.sqlite, of $KAART_INDEX).")
    var indexPath: String?

    var path: String {
        indexPath ?? ProcessInfo.processInfo.environment["KAART_INDEX"] ?? "var/kaart.sqlite"
    }

    /// The index, checked as it opens (schema version and SQLite's quick check): a damaged
    /// file is exit 3 with what to run, never a raw decoding error.
    func open() throws -> SearchIndex {
        do {
            return try SearchIndex(path: path, verify: true)
        } catch let error as IndexError {
            throw Failure(error.description, code: .environment)
        }
    }
}

/// Where the corpus and reference data are; shared by `index` and `check`.
struct SourceOptions: ParsableArguments {
    @Option(help: "De map met records (standaard Corpus/).")
    var corpus: String = "Corpus"

    @Option(help: "De map met taxonomie en referentiedata (standaard Indexer/).")
    var indexer: String = "Indexer"

    @Option(help: "De lijst met bronnen (standaard Indexer/sources.yaml).")
    var sources: String?

    @Option(help: "De besluiten over dubbele records (standaard Indexer/duplicates.yaml).")
    var decisions: String?

    func paths(index: String) -> IndexPaths {
        let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let url = { (path: String) in URL(fileURLWithPath: path, relativeTo: root).standardizedFileURL }
        return IndexPaths(
            corpus: url(corpus), indexer: url(indexer), index: url(index), root: root,
            sources: sources.map(url), decisions: decisions.map(url))
    }
}

/// The interface language.
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"), help: "Taal van de uitvoer: nl of en.")
    var language: Language = .dutch
}

extension Language: ExpressibleByArgument {}

/// Who the output is for: residents (the default), or professionals who refer (`--voor
/// verwijzer`), who also see when to refer, slim verwijzen, waiting times and the records only
/// they may use.
struct ReaderOption: ParsableArguments {
    enum Reader: String, ExpressibleByArgument {
        case resident = "inwoner"
        case referrer = "verwijzer"
    }

    @Option(name: .customLong("voor"), help: "Voor wie: inwoner (standaard) of verwijzer (ook wanneer verwijzen, slim verwijzen, wachttijden en aanbod alleen voor verwijzers).")
    var reader: Reader = .resident

    var forProfessionals: Bool { reader == .referrer }
}

/// Exit codes that mean something to a script.
enum ExitStatus: Int32 {
    case success = 0
    case nothingFound = 1
    case badInput = 2
    case environment = 3

    static let dataErrors = ExitStatus.nothingFound
}

/// A fatal problem: the message says what to do; the code says what kind of problem it was.
struct Failure: Error, CustomStringConvertible {
    var description: String
    var code: ExitStatus
    init(_ description: String, code: ExitStatus) {
        self.description = description
        self.code = code
    }
}

enum Terminal {
    static var isInteractive: Bool { isatty(STDOUT_FILENO) != 0 }
    static var useColor: Bool { isInteractive && ProcessInfo.processInfo.environment["NO_COLOR"] == nil }
    static var stderrIsInteractive: Bool { isatty(STDERR_FILENO) != 0 }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// The day used for freshness: today, or `KAART_TODAY` (YYYY-MM-DD) for reproducible runs.
    static func today() throws -> Day {
        if let text = ProcessInfo.processInfo.environment["KAART_TODAY"] {
            guard let day = Day(text) else { throw Failure("KAART_TODAY=\(text) is not a date (YYYY-MM-DD)", code: .badInput) }
            return day
        }
        return Day(try now())
    }

    /// The clock: `KAART_NU` (an ISO 8601 moment such as 2026-03-29T10:30:00+02:00) for
    /// reproducible runs, else the system clock.
    static func now() throws -> Date {
        if let text = ProcessInfo.processInfo.environment["KAART_NU"] {
            guard let date = ISO8601DateFormatter().date(from: text) else {
                throw Failure("KAART_NU=\(text) is not a moment; write it as 2026-03-29T10:30:00+02:00", code: .badInput)
            }
            return date
        }
        return Date()
    }

    /// The minute "nu open" is decided for, in Dutch time.
    static func moment() throws -> Moment { Moment(try now()) }
}

/// Runs a command body and turns failures into a message on stderr and an exit code.
func runReportingFailures(_ body: () async throws -> ExitStatus) async throws {
    let status: ExitStatus
    do {
        status = try await body()
    } catch let failure as Failure {
        Terminal.error("kaart: \(failure.description)")
        status = failure.code
    } catch let error as QueryError {
        Terminal.error("kaart: \(error.description)")
        status = .badInput
    } catch let error as IndexError {
        Terminal.error("kaart: \(error.description)")
        status = .environment
    } catch let error as CustomStringConvertible & Error {
        Terminal.error("kaart: \(error.description)")
        status = .environment
    } catch {
        // Whatever else: a message and exit 3, never a raw dump.
        Terminal.error("kaart: \(error)")
        status = .environment
    }
    if status != .success { throw ExitCode(status.rawValue) }
}
