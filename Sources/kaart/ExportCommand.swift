import ArgumentParser

struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Geef de kaart terug in de open standaard: Open Referral HSDS 3.",
        subcommands: [ExportHSDSCommand.self])
}
