import ArgumentParser
import Feedback
import Foundation
import KaartModel
import Presentation
import SearchIndex

/// Where reports live: the feedback file, or one PostgreSQL database that several servers share
/// (--database-url or $KAART_DATABASE_URL; docs/more-servers.md). Shared by every command that
/// reads or writes reports.
struct FeedbackOptions: ParsableArguments {
    @Option(name: .customLong("feedback"), help: "Het meldingenbestand (standaard var/feedback.sqlite, of $KAART_FEEDBACK).")
    var feedbackPath: String?
    @Option(name: .customLong("database-url"), help: "PostgreSQL in plaats van het meldingenbestand, voor meer dan één server: postgresql://gebruiker:wachtwoord@host/database (of $KAART_DATABASE_URL).")
    var databaseURLOption: String?

    var path: String {
        feedbackPath ?? ProcessInfo.processInfo.environment["KAART_FEEDBACK"] ?? "var/feedback.sqlite"
    }

    /// The PostgreSQL address, if one is given; the SQLite file otherwise.
    var databaseURL: String? {
        let url = databaseURLOption ?? ProcessInfo.processInfo.environment["KAART_DATABASE_URL"]
        return url?.isEmpty == false ? url : nil
    }

    /// Open reports per record that mark results (two senders, or confirmed); none when there
    /// is no feedback file yet.
    func openReportCounts() async throws -> [String: Int] {
        guard databaseURL != nil || FileManager.default.fileExists(atPath: path) else { return [:] }
        do {
            return try await withStore(now: { Date() }) { try await $0.markedReportCounts() }
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure("cannot read the reports: \(error)", code: .environment)
        }
    }

    /// The store: PostgreSQL when a database URL is given, else the SQLite file. An unreachable
    /// database is a clear failure (exit code 3), never a silent fallback to a file.
    func open(now: @escaping @Sendable () -> Date) async throws -> any ReportStore {
        do {
            if let databaseURL { return try await PostgresFeedbackStore.connect(url: databaseURL, now: now) }
            return try FeedbackStore(path: path, now: now)
        } catch {
            throw Failure(error.description, code: .environment)
        }
    }

    /// Runs `body` with the store open, and lets go of its connections afterwards.
    func withStore<T>(now: @escaping @Sendable () -> Date, _ body: (any ReportStore) async throws -> T) async throws -> T {
        let store = try await open(now: now)
        do {
            let result = try await body(store)
            await store.shutdown()
            return result
        } catch {
            await store.shutdown()
            throw error
        }
    }
}

struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Meld dat een record niet klopt (voor wegwijzers).",
        discussion: """
            Redenen: \(ReportReason.allCases.map(\.rawValue).joined(separator: " · "))
              kaart meld cg-ixta-noa-arnhem --reden "tijdelijk dicht"
              kaart meld nl-in-je-bol --reden anders --tekst "Het webadres is veranderd"
            Hulp die nog niet op de kaart staat ("ik mis iets"):
              kaart meld --nieuw --naam "Wandelgroep Rouw" --wat "Elke dinsdag wandelen" --waar Arnhem --als professional
            De melding staat op schijf als kaart "opgeslagen" zegt; anders volgt een foutmelding en
            exit code 3.
            """,
        aliases: ["meld"])

    @Argument(help: "Het id van het record (staat bij elk zoekresultaat).") var id: String?
    @Option(help: "Wat klopt er niet? Een van de redenen hierboven.") var reden: String?
    @Flag(help: "Stel hulp voor die nog niet op de kaart staat (met --naam, --wat, --waar, --website, --als).") var nieuw = false
    @Option(help: "Met --nieuw: de naam van de hulp of groep.") var naam: String?
    @Option(help: "Met --nieuw: wat het is.") var wat: String?
    @Option(help: "Met --nieuw: waar (plaats of adres).") var waar: String?
    @Option(help: "Met --nieuw: de website.") var website: String?
    @Option(help: "Met --nieuw: inwoner of professional.") var als = "professional"
    @Option(help: "Meer uitleg (hoogstens \(ReportDraft.maximumTextLength) tekens).") var tekst: String?
    @Option(help: "E-mail of telefoon voor een vraag terug; wordt gewist als de melding is afgehandeld.") var contact: String?
    /// For the crash test: store the same report this many times, acknowledging each one.
    @Option(help: .hidden) var herhaal = 1
    @OptionGroup var index: IndexOptions
    @OptionGroup var feedback: FeedbackOptions

    func validate() throws {
        if nieuw {
            guard id == nil, reden == nil else { throw ValidationError("--nieuw gaat over hulp die er nog niet is: geef geen id of --reden") }
        } else {
            guard id != nil else { throw ValidationError("geef het id van het record, of --nieuw voor hulp die er nog niet is") }
        }
    }

    func run() async throws {
        if nieuw {
            try await runReportingFailures { try await suggest() }
            return
        }
        try await runReportingFailures {
            let draft: ReportDraft
            do {
                draft = try ReportDraft(entryID: id ?? "", reason: reden, text: tekst, contact: contact)
            } catch let problem as ReportProblem {
                throw Failure(problem.description, code: .badInput)
            }
            let index = try index.open()
            return try await feedback.withStore(now: { Date() }) { store in try await report(draft, to: store, index: index) }
        }
    }

    /// The option to fix for a suggestion's problem: the form's field names are this command's options.
    static func option(for problem: SuggestionProblem) -> String {
        switch problem {
        case .missing(let field), .tooLong(let field, _), .invalidCharacters(let field): "--\(field.rawValue)"
        case .unknownRole: "--als"
        case .notAWebAddress: "--website"
        }
    }

    /// "Ik mis iets" from the terminal: stored as a suggestion in `kaart review`.
    func suggest() async throws -> ExitStatus {
        let draft: SuggestionDraft
        do {
            draft = try SuggestionDraft(name: naam, what: wat ?? tekst, place: waar, url: website, role: als, contact: contact)
        } catch let problem as SuggestionProblem {
            throw Failure("\(problem) (\(Self.option(for: problem)))", code: .badInput)
        } catch {
            throw Failure(error.description, code: .badInput)
        }
        let receipt: Suggestion.Receipt
        do {
            receipt = try await feedback.withStore(now: { Date() }) { try await $0.receive(draft, channel: .terminal, sender: nil) }
        } catch let error as FeedbackStoreError {
            throw Failure(error.description, code: .environment)
        }
        FileHandle.standardOutput.write(Data("suggestie \(receipt.suggestion.id ?? 0) opgeslagen: \(receipt.suggestion.name)\n".utf8))
        if receipt.speaksOfCrisis {
            print("\n" + Strings.dutch.safety.crisisFirst + "\n" + CrisisRoutes.lines(.dutch).map { "  " + $0 }.joined(separator: "\n"))
        }
        if !receipt.removed.isEmpty { print(Strings.dutch.safety.removedPersonalData(receipt.removed.sorted())) }
        return .success
    }

    func report(_ draft: ReportDraft, to store: any ReportStore, index: SearchIndex) async throws -> ExitStatus {
            for _ in 0..<max(1, herhaal) {
                let receipt: FeedbackStore.Receipt
                do {
                    receipt = try await store.receive(draft, channel: .terminal, sender: nil) { try index.entry(id: $0) != nil }
                } catch let problem as ReportProblem {
                    throw Failure(problem.description, code: .badInput)
                } catch let error as FeedbackStoreError {
                    throw Failure(error.description, code: .environment)
                } catch let limit as ReportLimitReached {
                    throw Failure(limit.description, code: .environment)
                }
                let report = receipt.report
                // Written straight to the file descriptor: the acknowledgement leaves only after
                // the commit, and is never held back in a buffer.
                FileHandle.standardOutput.write(Data("melding \(report.id ?? 0) opgeslagen: \(report.entryID), \(report.reason.rawValue)\n".utf8))
                if receipt.speaksOfCrisis && herhaal <= 1 {
                    print("\n" + Strings.dutch.safety.crisisFirst + "\n" + CrisisRoutes.lines(.dutch).map { "  " + $0 }.joined(separator: "\n"))
                }
                if !receipt.removed.isEmpty && herhaal <= 1 {
                    print(Strings.dutch.safety.removedPersonalData(receipt.removed.sorted()))
                }
            }
            return .success
    }
}
