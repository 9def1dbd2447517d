import ArgumentParser
import Confirmation
import Foundation
import KaartModel
import SearchIndex

struct ConfirmationLinksCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "confirmation-links",
        abstract: "Maak per record een ondertekende link \"Klopt dit nog?\" en een CSV voor een mailing.",
        discussion: """
            De aanbieder opent de link zonder account, ziet het record zoals inwoners het zien en
            kiest "klopt nog" (de datum laatst gecontroleerd wordt vandaag) of "er klopt iets niet"
            (een verbetering komt in kaart review). Een link geldt voor één record en verloopt.
            De server stuurt zelf geen e-mail: gebruik de CSV (record, naam, organisatie, link,
            geldig_tot) in je eigen mailprogramma.
              kaart bevestiglinks --adres https://kaart.example.nl --uit links.csv
              kaart bevestiglinks gr-gemeente-pekela cg-rijnstad --dagen 30
            Het geheim komt uit --geheim-bestand of KAART_BEVESTIG_GEHEIM (minstens 32 tekens);
            `kaart serve` met hetzelfde geheim accepteert de links.
            """,
        aliases: ["bevestiglinks"])

    @Argument(help: "Ids van records; zonder ids: alle lopende records voor inwoners.") var ids: [String] = []
    @Option(help: "Zoveel dagen blijft een link geldig (standaard 60).") var dagen = ConfirmationSigner.defaultValidDays
    @Option(help: "Het adres waarop de server bereikbaar is, zoals https://kaart.example.nl.") var adres = "http://127.0.0.1:8080"
    @Option(help: "Schrijf de CSV naar dit bestand in plaats van de standaarduitvoer.") var uit: String?
    @OptionGroup var secret: ConfirmationSecretOption
    @OptionGroup var index: IndexOptions

    func run() async throws {
        try await runReportingFailures {
            guard (1...366).contains(dagen) else { throw Failure("--dagen moet tussen 1 en 366 liggen", code: .badInput) }
            guard let signer = try secret.signer() else {
                throw Failure("geen geheim: zet het in een bestand (--geheim-bestand) of in KAART_BEVESTIG_GEHEIM", code: .badInput)
            }
            let index = try index.open()
            var entries: [Entry] = []
            if ids.isEmpty {
                entries = try index.records(filteredBy: SearchQuery()).map(\.entry).filter { $0.status == .active && $0.audience == .everyone }
            } else {
                for id in ids {
                    guard let entry = try index.entry(id: id) else { throw Failure("er is geen record met id \"\(id)\"", code: .badInput) }
                    entries.append(entry)
                }
            }
            let expires = try Terminal.today().adding(days: dagen)
            let base = adres.hasSuffix("/") ? String(adres.dropLast()) : adres
            let csv = ConfirmationMailMerge.csv(ConfirmationMailMerge.rows(for: entries, signer: signer, baseURL: base, expires: expires))
            if let uit {
                do { try csv.write(toFile: uit, atomically: true, encoding: .utf8) } catch {
                    throw Failure("kan \(uit) niet schrijven: \(error.localizedDescription)", code: .environment)
                }
                FileHandle.standardError.write(Data("\(entries.count) links, geldig tot en met \(expires), in \(uit)\n".utf8))
            } else {
                print(csv, terminator: "")
            }
            return .success
        }
    }
}

/// The confirmation secret: from a file, or `KAART_BEVESTIG_GEHEIM`; shared by the command that
/// makes links and the server that accepts them.
struct ConfirmationSecretOption: ParsableArguments {
    @Option(help: "Bestand met het geheim voor bevestigingslinks (anders $KAART_BEVESTIG_GEHEIM).") var geheimBestand: String?

    /// The signer, or nil when no secret is set.
    func signer() throws -> ConfirmationSigner? {
        var secret = ProcessInfo.processInfo.environment["KAART_BEVESTIG_GEHEIM"]
        if let file = geheimBestand {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                throw Failure("kan het geheim in \(file) niet lezen", code: .environment)
            }
            secret = text
        }
        guard let secret, !secret.isEmpty else { return nil }
        do {
            return try ConfirmationSigner(secret: secret)
        } catch {
            throw Failure(error.description, code: .badInput)
        }
    }
}
