import ArgumentParser
import Feedback
import Foundation
import Hummingbird
import KaartModel
import Logging
import Server

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Start de webpagina en de JSON-API.",
        discussion: """
            Luistert standaard op 127.0.0.1:8080; stopt netjes bij Ctrl-C (SIGINT) of SIGTERM.
              kaart serve
              kaart serve --host 0.0.0.0 --port 8080 --public-url https://kaart.example.nl
            Pagina's: /  ·  /aanbod/ID  ·  /aanbod/ID/handout  ·  /aanbod/ID/melden
            API: /api/v1/services  ·  /api/v1/services/ID  ·  POST /api/v1/feedback  ·  /healthz
            De index wordt alleen gelezen; meldingen gaan naar het meldingenbestand (--feedback).
            """,
        aliases: ["start"])

    @Option(help: "Het adres om op te luisteren.") var host = "127.0.0.1"
    @Option(help: "De poort (0 = een vrije poort).") var port = 8080
    @Option(name: .customLong("public-url"), help: "Het adres waarop mensen de site bereiken, voor geprinte handouts.")
    var publicURL: String?
    @OptionGroup var index: IndexOptions
    @OptionGroup var feedback: FeedbackOptions

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port moet tussen 0 en 65535 liggen") }
    }

    func run() async throws {
        try await runReportingFailures { try await serve() }
    }

    func serve() async throws -> ExitStatus {
        let index = try index.open()
        let clock: @Sendable () -> Date = { Date() }
        let store = try feedback.open(now: clock)
        var today: (@Sendable () -> Day)?
        if ProcessInfo.processInfo.environment["KAART_TODAY"] != nil {
            let day = try Terminal.today()
            today = { day }
        }
        var logger = Logger(label: "kaart.serve")
        logger.logLevel = .info
        var settings = ServerSettings()
        settings.host = host
        settings.port = port
        settings.publicURL = publicURL
        let dependencies = ServerDependencies(index: index, feedback: store, now: clock, today: today, logger: logger)
        let host = self.host
        let app = buildApplication(settings, dependencies) { port in
            // Straight to the descriptor, unbuffered: scripts and tests wait for this line.
            FileHandle.standardOutput.write(Data("Sociale Kaart luistert op http://\(host):\(port)  (stop met Ctrl-C)\n".utf8))
        }
        try await app.runService()
        return .success
    }
}
