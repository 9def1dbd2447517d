import ArgumentParser
import Feedback
import Foundation
import Indexing

struct CorrectCommand: AsyncParsableCommand {
    /// `kaart correct --nieuw NR`: suggestion NR becomes `Corpus/nieuw-….yaml` with what the
    /// sender told and an empty `sources:`; the suggestion stays open until `kaart review
    /// --sluit-suggestie NR`, so its contact can still be asked.
    func scaffold() async throws -> ExitStatus {
        guard let number = Int64(id.hasPrefix("s") ? String(id.dropFirst()) : id) else {
            throw Failure("--nieuw: \(id) is geen suggestienummer; kaart review toont ze als s12", code: .badInput)
        }
        guard let suggestion = try await feedback.withStore(now: { Date() }, { try await $0.suggestion(id: number) }) else {
            throw Failure("er is geen suggestie \(number); kaart review toont de open suggesties", code: .badInput)
        }
        let paths = sources.paths(index: index.path)
        let scaffold: CorpusScaffold
        do {
            scaffold = try CorpusScaffold.write(
                name: suggestion.name, description: suggestion.what, url: suggestion.url, place: suggestion.place,
                suggestion: number, role: suggestion.role.rawValue, paths: paths, today: try Terminal.today())
        } catch let error as CorrectionError {
            throw Failure(error.description, code: .badInput)
        }
        print("\(scaffold.file.path): nieuw record \(scaffold.id) uit suggestie s\(number)")
        print("Vul de bron in (sources), en domains, support_types en de plek; kaart check weigert het record tot dan.")
        return .success
    }

    static let configuration = CommandConfiguration(
        commandName: "correct",
        abstract: "Verbeter een record in Corpus/: gecontroleerd, veilig weggeschreven, met logboek.",
        discussion: """
            Elke wijziging wordt eerst als heel record gecontroleerd; pas als alles klopt, wordt het
            bestand in één keer vervangen. De datum "laatst gecontroleerd" wordt vandaag, en elke
            wijziging komt in het logboek van het record (metadata).
              kaart correct gr-moveahead --set schedule="Elke dinsdag" --bron https://… --door Sanne
              kaart correct cg-youz --set status=inactive --door Sanne --reindex
              kaart correct nl-in-je-bol --set address.city=     (een leeg veld haalt het weg)
            Contactgegevens (telefoon, e-mail, adres, website, tijden) hebben een bron nodig: --bron.
            Een suggestie uit kaart review (s12) wordt een nieuw record, met een lege bronnenlijst die
            kaart check weigert tot een bron het onderbouwt:
              kaart correct --nieuw 12
            """,
        aliases: ["verbeter"])

    @Argument(help: "Het id van het record.") var id: String
    @Option(name: .customLong("set"), help: "veld=waarde; mag vaker.") var settings: [String] = []
    @Option(help: "Webpagina waar de nieuwe gegevens vandaan komen.") var bron: String?
    @Option(help: "Wie de correctie doet (standaard $USER).") var door: String?
    @Flag(help: "Bouw daarna meteen de index opnieuw.") var reindex = false
    @Flag(help: "Sluit de open meldingen over dit record (hun contactgegevens worden gewist).") var resolve = false
    @Flag(help: "ID is het nummer van een suggestie (kaart review): maak er een nieuw record van in Corpus/.") var nieuw = false
    @OptionGroup var feedback: FeedbackOptions
    @OptionGroup var sources: SourceOptions
    @OptionGroup var index: IndexOptions

    func run() async throws {
        if nieuw {
            try await runReportingFailures { try await scaffold() }
            return
        }
        try await runReportingFailures {
            let corrections = try settings.map { text -> Correction in
                guard let correction = Correction(text) else {
                    throw Failure("--set \"\(text)\" is geen veld=waarde", code: .badInput)
                }
                return correction
            }
            let today = try Terminal.today()
            let paths = sources.paths(index: index.path)
            let editor = CorpusEditor(paths: paths, reference: try ReferenceData.load(from: paths.indexer))
            let maintainer = door ?? ProcessInfo.processInfo.environment["USER"] ?? "onbekend"
            let result: CorrectionResult
            do {
                result = try editor.correct(id: id, corrections: corrections, source: bron, by: maintainer, today: today)
            } catch let error as CorrectionError {
                throw Failure(error.description, code: .badInput)
            }
            for change in result.changes {
                print("\(result.file): \(change.fieldName): \"\(change.previousValue)\" → \"\(change.replacementValue)\"")
            }
            if result.changes.isEmpty { print("\(result.file): niets veranderd; gecontroleerd op \(today)") }
            if resolve {
                let closed = try await feedback.withStore(now: { Date() }) { try await $0.closeAll(entryID: id) }
                print("\(closed) melding(en) gesloten")
            }
            if reindex {
                let report = try IndexBuild.run(paths, today: today, now: Date())
                print("Index opnieuw gebouwd: \(report.load.records.count) records in \(String(format: "%.2f", report.seconds)) s")
            } else {
                print("Bouw de index opnieuw met: kaart index")
            }
            return .success
        }
    }
}
