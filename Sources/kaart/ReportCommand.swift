import ArgumentParser
import Feedback
import Foundation
import KaartModel
import Presentation

/// Where the feedback file lives; shared by every command that reads or writes reports.
struct FeedbackOptions: ParsableArguments {
    @Option(name: .customLong("feedback"), help: "Het meldingenbestand (standaard var/feedback.sqlite, of $KAART_FEEDBACK).")
    var feedbackPath: String?

    var path: String {
        feedbackPath ?? ProcessInfo.processInfo.environment["KAART_FEEDBACK"] ?? "var/feedback.sqlite"
    }

    /// Open reports per record that mark results (two senders, or confirmed); none when there
    /// is no feedback file yet.
    func openReportCounts() throws -> [String: Int] {
        guard FileManager.default.fileExists(atPath: path) else { return [:] }
        do {
            return try open(now: { Date() }).markedReportCounts()
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure("cannot read the feedback file \(path): \(error)", code: .environment)
        }
    }

    func open(now: @escaping @Sendable () -> Date) throws -> FeedbackStore {
        do {
            return try FeedbackStore(path: path, now: now)
        } catch {
            throw Failure(error.description, code: .environment)
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
            De melding staat op schijf als kaart "opgeslagen" zegt; anders volgt een foutmelding en
            exit code 3.
            """,
        aliases: ["meld"])

    @Argument(help: "Het id van het record (staat bij elk zoekresultaat).") var id: String
    @Option(help: "Wat klopt er niet? Een van de redenen hierboven.") var reden: String
    @Option(help: "Meer uitleg (hoogstens \(ReportDraft.maximumTextLength) tekens).") var tekst: String?
    @Option(help: "E-mail of telefoon voor een vraag terug; wordt gewist als de melding is afgehandeld.") var contact: String?
    /// For the crash test: store the same report this many times, acknowledging each one.
    @Option(help: .hidden) var herhaal = 1
    @OptionGroup var index: IndexOptions
    @OptionGroup var feedback: FeedbackOptions

    func run() async throws {
        try await runReportingFailures {
            let draft: ReportDraft
            do {
                draft = try ReportDraft(entryID: id, reason: reden, text: tekst, contact: contact)
            } catch let problem as ReportProblem {
                throw Failure(problem.description, code: .badInput)
            }
            let index = try index.open()
            let store = try feedback.open(now: { Date() })
            for _ in 0..<max(1, herhaal) {
                let receipt: FeedbackStore.Receipt
                do {
                    receipt = try store.receive(draft, channel: .terminal) { try index.entry(id: $0) != nil }
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
}
