import ArgumentParser
import Feedback
import Foundation
import KaartModel
import Presentation
import SearchIndex
import Sync

struct LinksCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "links",
        abstract: "Controleer elk webadres in de records: werkt het nog?",
        discussion: """
            Vraagt elk adres op (eerst HEAD, dan GET), volgt een paar doorverwijzingen, wacht
            hooguit --timeout seconden, en stuurt nooit meer dan 2 verzoeken tegelijk naar één
            server. Een adres dat twee keer achter elkaar niet werkt, wordt een melding in kaart
            review ("website werkt niet: 404 sinds DATUM"); werkt het weer, dan sluit die vanzelf.
              kaart links
              kaart links --timeout 20
            """)

    @Option(help: "Seconden per adres.") var timeout: Double = 10
    @Option(help: "Verzoeken tegelijk, in totaal.") var tegelijk = 8
    @OptionGroup var index: IndexOptions
    @OptionGroup var feedback: FeedbackOptions

    func validate() throws {
        guard timeout > 0, timeout <= 300 else { throw ValidationError("--timeout ligt tussen 0 en 300 seconden") }
        guard (1...64).contains(tegelijk) else { throw ValidationError("--tegelijk ligt tussen 1 en 64") }
    }

    func run() async throws {
        try await runReportingFailures {
            let index = try index.open()
            let store = try await feedback.open(now: { Date() })
            let links = LinkChecker.links(in: try index.records(filteredBy: SearchQuery()).map(\.entry))
            let fetcher = Fetcher()
            var checker = LinkChecker(fetcher: fetcher)
            checker.timeout = timeout
            checker.total = tegelijk
            let answers = await checker.check(links)
            await fetcher.shutdown()
            let strings = Strings.for(.dutch)
            var failing = 0
            var opened: [String] = []
            var closed: [String] = []
            for link in links {
                let problem = answers[link.url] ?? nil
                if problem != nil { failing += 1 }
                switch try await store.recordLinkCheck(entryID: link.entryID, url: link.url, problem: problem) {
                case .opened: opened.append("  \(link.entryID): \(link.url) (\(problem ?? ""))")
                case .closed: closed.append("  \(link.entryID): \(link.url)")
                case .none: break
                }
            }
            let distinct = Set(links.map(\.url)).count
            print("\(distinct) webadressen in \(links.count) verwijzingen gecontroleerd: \(failing) werken niet")
            for report in try await store.linkReports(all: true) where report.status != .ok {
                let since = Day(report.failingSince ?? report.checkedAt)
                let label = report.status == .open ? strings.websiteBroken(report.problem ?? "?", strings.dayMonthYear(since)) : "werkt niet (1e keer): \(report.problem ?? "?")"
                print("  \(report.entryID): \(report.url) — \(label)")
            }
            if !opened.isEmpty { print("\nNieuwe meldingen (twee keer achter elkaar mis):\n" + opened.joined(separator: "\n")) }
            if !closed.isEmpty { print("\nWerkt weer, melding gesloten:\n" + closed.joined(separator: "\n")) }
            return .success
        }
    }
}
