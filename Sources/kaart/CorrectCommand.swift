import ArgumentParser
import Foundation
import Indexing

struct CorrectCommand: AsyncParsableCommand {
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
            """,
        aliases: ["verbeter"])

    @Argument(help: "Het id van het record.") var id: String
    @Option(name: .customLong("set"), help: "veld=waarde; mag vaker.") var settings: [String] = []
    @Option(help: "Webpagina waar de nieuwe gegevens vandaan komen.") var bron: String?
    @Option(help: "Wie de correctie doet (standaard $USER).") var door: String?
    @Flag(help: "Bouw daarna meteen de index opnieuw.") var reindex = false
    @Flag(help: "Sluit de open meldingen over dit record (hun contactgegevens worden gewist).") var resolve = false
    @OptionGroup var feedback: FeedbackOptions
    @OptionGroup var sources: SourceOptions
    @OptionGroup var index: IndexOptions

    func run() async throws {
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
                let closed = try feedback.open(now: { Date() }).closeAll(entryID: id)
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
