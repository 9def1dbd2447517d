import ArgumentParser
import Feedback
import Foundation
import KaartModel
import Presentation
import SearchIndex

struct ReviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Voor beheerders: open meldingen per record, en records die lang niet gecontroleerd zijn.",
        discussion: """
            Eerst de records met open meldingen (meeste eerst), dan de records die langer dan de
            grens niet gecontroleerd zijn (oudste eerst). Contactgegevens van meldingen die ouder
            zijn dan --bewaar-contact dagen worden eerst gewist.
            Een record krijgt pas "mogelijk verouderd" bij meldingen van twee verschillende
            afzenders, of als een beheerder een melding bevestigt:
              kaart review
              kaart review --bevestig 12              melding 12 klopt: markeer het record
              kaart correct ID --set … --resolve      verbeter en sluit de meldingen
            """,
        aliases: ["nakijken"])

    @Option(help: "Maanden waarna een record als verouderd geldt.") var verouderdNa = SearchIndex.defaultFreshnessMonths
    @Option(help: "Dagen dat een contactadres in een melding bewaard blijft.") var bewaarContact = 90
    @Option(help: "Bevestig melding NR: het record krijgt dan \"mogelijk verouderd\".") var bevestig: [Int64] = []
    @OptionGroup var index: IndexOptions
    @OptionGroup var feedback: FeedbackOptions

    func run() async throws {
        try await runReportingFailures {
            let index = try index.open()
            let store = try feedback.open(now: { Date() })
            let today = try Terminal.today()
            for id in bevestig {
                print(try store.confirm(id) ? "melding \(id) bevestigd" : "melding \(id) is niet open of al bevestigd")
            }
            let wiped = try store.deleteContacts(olderThanDays: bewaarContact)
            if wiped > 0 { print("\(wiped) contactgegevens gewist (ouder dan \(bewaarContact) dagen)\n") }
            let open = try store.reports(status: .open)
            let marked = try store.markedReportCounts()
            // Report text and contact come from anyone: never let them steer the terminal.
            let safe = TerminalText.neutralised
            let grouped = Dictionary(grouping: open, by: \.entryID).sorted {
                $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.key < $1.key
            }
            print("Open meldingen: \(open.count) over \(grouped.count) records")
            for (id, reports) in grouped {
                let entry = try index.entry(id: id)
                let reasons = Dictionary(grouping: reports, by: \.reason).map { "\($0.key.rawValue) ×\($0.value.count)" }.sorted()
                let oldest = reports.map(\.createdAt).min()!
                let days = Int(Date().timeIntervalSince(oldest) / 86_400)
                print("")
                print("\(safe(id)) — \(safe(entry?.name ?? "(niet in de index)"))")
                print("  \(reports.count) melding(en), oudste \(days) dag(en) geleden: \(reasons.joined(separator: ", "))")
                if marked[id] == nil {
                    print("  nog niet zichtbaar voor bewoners: wacht op een tweede afzender of op kaart review --bevestig NR")
                }
                if let entry { print("  laatst gecontroleerd: \(entry.assuredDate?.description ?? "datum onbekend")") }
                for report in reports {
                    var line = "  #\(report.id ?? 0) \(report.reason.rawValue) via \(report.channel.rawValue)"
                    if report.confirmedAt != nil { line += " (bevestigd)" }
                    if let text = report.text { line += ": \(safe(text))" }
                    if let contact = report.contact { line += " [contact: \(safe(contact))]" }
                    print(line)
                }
            }
            let links = try store.linkReports()
            if !links.isEmpty {
                let strings = Strings.for(.dutch)
                print("\nWebsites die niet werken (kaart links, automatische meldingen): \(links.count)")
                for link in links {
                    let since = strings.dayMonthYear(Day(link.failingSince ?? link.checkedAt))
                    print("  \(link.entryID) — \(try index.entry(id: link.entryID)?.name ?? "(niet in de index)")")
                    print("    \(link.url): \(strings.websiteBroken(link.problem ?? "?", since))")
                }
            }
            let stale = try index.staleEntries(today: today, freshnessMonths: verouderdNa)
            print("\nNiet gecontroleerd in \(verouderdNa) maanden: \(stale.count)")
            for entry in stale { print("  \(entry.assuredDate?.description ?? "datum onbekend")  \(safe(entry.id)) — \(safe(entry.name))") }
            return .success
        }
    }
}
