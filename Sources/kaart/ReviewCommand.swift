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
    @Option(help: "Dagen dat een contactadres in een melding bewaard blijft (staat ook op /privacy).") var bewaarContact = UsagePolicy().contactDays
    @Option(help: "Bevestig melding NR: het record krijgt dan \"mogelijk verouderd\".") var bevestig: [Int64] = []
    @Option(help: "Suggestie NR is afgehandeld: het contactadres wordt gewist.") var sluitSuggestie: [Int64] = []
    @OptionGroup var index: IndexOptions
    @OptionGroup var feedback: FeedbackOptions

    func run() async throws {
        try await runReportingFailures {
            let index = try index.open()
            return try await feedback.withStore(now: { Date() }) { store in try await review(store, index: index) }
        }
    }

    func review(_ store: any ReportStore, index: SearchIndex) async throws -> ExitStatus {
            let today = try Terminal.today()
            for id in bevestig {
                print(try await store.confirm(id) ? "melding \(id) bevestigd" : "melding \(id) is niet open of al bevestigd")
            }
            let wiped = try await store.deleteContacts(olderThanDays: bewaarContact)
            if wiped > 0 { print("\(wiped) contactgegevens gewist (ouder dan \(bewaarContact) dagen)\n") }
            let open = try await store.reports(status: .open)
            let marked = try await store.markedReportCounts()
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
            for id in sluitSuggestie {
                print(try await store.closeSuggestion(id) ? "suggestie \(id) afgehandeld; contact gewist" : "suggestie \(id) is niet open")
            }
            let suggestions = try await store.suggestions(status: .open)
            if !suggestions.isEmpty {
                print("\nSuggesties voor nieuw aanbod (ik mis iets): \(suggestions.count)")
                for suggestion in suggestions {
                    var line = "  s\(suggestion.id ?? 0) \(safe(suggestion.name)) (\(suggestion.role.rawValue), via \(suggestion.channel.rawValue))"
                    if let place = suggestion.place { line += " — \(safe(place))" }
                    print(line)
                    print("    \(safe(suggestion.what))")
                    if let url = suggestion.url { print("    \(safe(url))") }
                    if let contact = suggestion.contact { print("    [contact: \(safe(contact))]") }
                }
                print("  maak er een record van: kaart correct --nieuw NR; daarna kaart review --sluit-suggestie NR")
            }
            let links = try await store.linkReports(all: false)
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
