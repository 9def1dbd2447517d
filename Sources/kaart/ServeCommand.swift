import ArgumentParser
import Feedback
import Foundation
import Hummingbird
import KaartModel
import Logging
import Server
import Sync

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Start de webpagina en de JSON-API.",
        discussion: """
            Luistert standaard op 127.0.0.1:8080; stopt netjes bij Ctrl-C (SIGINT) of SIGTERM.
              kaart serve
              kaart serve --host 0.0.0.0 --port 8080 --public-url https://kaart.example.nl
            Pagina's: /  ·  /aanbod/ID  ·  /aanbod/ID/handout  ·  /aanbod/ID/melden  ·  /lijst?ids=ID,ID
            Verwijzers (alleen met een eigen token uit KAART_VERWIJZER_TOKEN of --verwijzer-token-bestand):
              /verwijzer  ·  /verwijzer/aanbod/ID   (de browser vraagt de code; of Authorization: Bearer)
            API: /api/v1/services  ·  /api/v1/services/ID  ·  POST /api/v1/feedback  ·  /healthz
            De index wordt alleen gelezen; meldingen gaan naar het meldingenbestand (--feedback),
            of naar PostgreSQL met --database-url (meer dan één server: docs/more-servers.md).
            Na `kaart index` leest de server de nieuwe index bij SIGHUP (kill -HUP PID), zonder
            dat een verzoek mislukt.
            Met --sync haalt de server elke bron met `url:` en `every:` in Indexer/sources.yaml
            zelf op, op dat schema, en wisselt de nieuwe index in zonder dat een verzoek mislukt.
              kaart serve --sync
            Beheer (alleen met een token uit KAART_BEHEER_TOKEN of --beheer-token-bestand):
              GET /api/v1/beheer/meldingen · POST /api/v1/beheer/correcties · POST /api/v1/beheer/herlaad
            Bevestigingslinks voor aanbieders (/bevestig/…, zie kaart bevestiglinks) werken met het
            geheim uit --geheim-bestand of KAART_BEVESTIG_GEHEIM.
              GET /api/v1/beheer/bronnen (hoe elke bron ervoor staat)
            """,
        aliases: ["start"])

    @Option(help: "Het adres om op te luisteren.") var host = "127.0.0.1"
    @Option(help: "De poort (0 = een vrije poort).") var port = 8080
    @Option(name: .customLong("public-url"), help: "Het adres waarop mensen de site bereiken, voor geprinte handouts.")
    var publicURL: String?
    @Option(help: "Maanden waarna een record \"mogelijk verouderd\" is.") var verouderdNa = 12
    @Option(help: "Bestand met het beheertoken (anders $KAART_BEHEER_TOKEN; zonder token staat beheer uit).")
    var beheerTokenBestand: String?
    @Option(help: "Bestand met het verwijzerstoken, los van het beheertoken (anders $KAART_VERWIJZER_TOKEN; zonder token staan de verwijzerspagina's uit).")
    var verwijzerTokenBestand: String?
    @OptionGroup var index: IndexOptions
    @OptionGroup var feedback: FeedbackOptions
    @OptionGroup var sources: SourceOptions
    @OptionGroup var confirmationSecret: ConfirmationSecretOption
    @Option(help: "Meldingen die één adres per kwartier mag sturen (standaard 10; hoger achter een balancer die alle bezoekers hetzelfde adres geeft).")
    var meldingenPerAdres: Int?
    @Option(help: "Dagen dat de dagtotalen van het gebruik bewaard blijven (staat ook op /privacy).")
    var bewaarTellingen = UsagePolicy().retentionDays
    @Option(help: "Dagen dat een contactadres in een melding bewaard blijft (staat ook op /privacy; kaart review wist ze).")
    var bewaarContact = UsagePolicy().contactDays
    /// For the two-server test: ceilings of `ReportLimits` high enough for a thousand reports.
    @Option(help: .hidden) var maxOpenMeldingen: Int?
    @Option(help: .hidden) var maxOpenPerRecord: Int?
    /// For `kaart bench` only: serve without counting use, to measure what counting costs.
    @Flag(help: .hidden) var zonderTelling = false
    @Flag(help: "Houd de bronnen met `url:` en `every:` bij, op hun schema (kaart sync in de achtergrond).")
    var sync = false

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port moet tussen 0 en 65535 liggen") }
        guard (1...3650).contains(bewaarTellingen) else { throw ValidationError("--bewaar-tellingen ligt tussen 1 en 3650 dagen") }
        guard (1...3650).contains(bewaarContact) else { throw ValidationError("--bewaar-contact ligt tussen 1 en 3650 dagen") }
        if let meldingenPerAdres, !(1...100_000).contains(meldingenPerAdres) {
            throw ValidationError("--meldingen-per-adres ligt tussen 1 en 100000")
        }
    }

    func run() async throws {
        try await runReportingFailures { try await serve() }
    }

    func serve() async throws -> ExitStatus {
        let index = try index.open()
        let clock: @Sendable () -> Date = { Date() }
        // Searching needs no writes: with a read-only var/ the server starts, reports get a
        // clear 503 and /healthz says "degraded" until the feedback file can be written.
        // With a database URL the reports go to PostgreSQL, shared by every server; a database
        // that cannot be reached at start stops the server with the reason (exit code 3).
        let store: any ReportStore
        var limits = ReportLimits()
        if let maxOpenMeldingen { limits.openReports = maxOpenMeldingen }
        if let maxOpenPerRecord { limits.openReportsPerEntry = maxOpenPerRecord }
        if let url = feedback.databaseURL {
            do {
                store = try await PostgresFeedbackStore.connect(url: url, now: clock, limits: limits)
            } catch {
                throw Failure("\(error.description) Start PostgreSQL of geef een andere --database-url.", code: .environment)
            }
        } else {
            var file = FeedbackStore.openingWhenPossible(path: feedback.path, now: clock)
            file.limits = limits
            store = file
        }
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
        if let meldingenPerAdres { settings.reportsPerClient = meldingenPerAdres }
        var dependencies = ServerDependencies(index: index, feedback: store, now: clock, today: today, logger: logger)
        dependencies.freshnessMonths = verouderdNa
        dependencies.policy = UsagePolicy(retentionDays: bewaarTellingen, contactDays: bewaarContact)
        if zonderTelling { dependencies.usage = UsageCounter(counting: false) }
        if let token = try maintenanceToken() {
            let paths = sources.paths(index: self.index.path)
            let canCorrect = FileManager.default.fileExists(atPath: paths.corpus.path)
            dependencies.maintenance = Maintenance(token: token, paths: canCorrect ? paths : nil)
        }
        if let token = try secret(file: verwijzerTokenBestand, environment: "KAART_VERWIJZER_TOKEN") {
            if token == dependencies.maintenance?.token {
                throw Failure("het verwijzerstoken is gelijk aan het beheertoken; kies een eigen, lang en willekeurig token voor verwijzers", code: .badInput)
            }
            dependencies.referrers = ReferrerAccess(token: token)
        }
        let paths = sources.paths(index: self.index.path)
        dependencies.sourcePaths = paths
        if let signer = try confirmationSecret.signer() {
            guard FileManager.default.fileExists(atPath: paths.corpus.path) else {
                throw Failure("bevestigingslinks schrijven naar \(paths.corpus.path), maar die map bestaat niet; geef --corpus", code: .environment)
            }
            dependencies.confirmation = ConfirmationSettings(signer: signer, paths: paths)
        }
        // Use is counted in memory and added to the store once a minute, and at the end.
        let usage = dependencies.usage, policy = dependencies.policy
        let counting = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: UsageCounter.flushInterval)
                await usage.flush(to: store, policy: policy, logger: logger)
            }
        }
        let reloads = reloadOnHangup(dependencies.indexes, logger: logger)
        defer { reloads.cancel() }
        var schedule: Task<Void, Never>?
        let fetcher = Fetcher()
        if sync {
            let day = today
            let synchronizer = Synchronizer(
                paths: paths, fetcher: fetcher, now: clock, today: { day?() ?? Day(clock()) },
                environment: ProcessInfo.processInfo.environment)
            let indexes = dependencies.indexes
            let shared = dependencies
            let plan = SyncSchedule(
                synchronizer: synchronizer, logger: logger, exclusively: { try await shared.exclusively($0) }
            ) { try indexes.reload() }
            schedule = Task {
                do { try await plan.run() } catch is CancellationError {} catch {
                    logger.error("sync: the schedule stopped", metadata: ["error": "\(error)"])
                }
            }
        }
        defer { schedule?.cancel() }
        let host = self.host
        let app = buildApplication(settings, dependencies) { port in
            // Straight to the descriptor, unbuffered: scripts and tests wait for this line.
            FileHandle.standardOutput.write(Data("Sociale Kaart luistert op http://\(host):\(port)  (stop met Ctrl-C)\n".utf8))
        }
        try await app.runService()
        schedule?.cancel()
        await fetcher.shutdown()
        counting.cancel()
        await usage.flush(to: store, policy: policy, logger: logger)
        await store.shutdown()
        return .success
    }

    /// The maintainer token, from a file or the environment; nil switches maintenance off.
    func maintenanceToken() throws -> String? {
        try secret(file: beheerTokenBestand, environment: "KAART_BEHEER_TOKEN")
    }

    /// A token from a file or the environment, held to the same rule; nil when neither is set.
    func secret(file: String?, environment: String) throws -> String? {
        if let file {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                throw Failure("cannot read the token file \(file)", code: .environment)
            }
            let token = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard Maintenance.isAcceptable(token) else { throw Failure("the token in \(file) \(Maintenance.tokenRule); use a long random one", code: .badInput) }
            return token
        }
        guard let token = ProcessInfo.processInfo.environment[environment], !token.isEmpty else { return nil }
        guard Maintenance.isAcceptable(token) else { throw Failure("\(environment) \(Maintenance.tokenRule); use a long random one", code: .badInput) }
        return token
    }

    /// `kill -HUP` after `kaart index`: the new index is opened and swapped in between requests.
    func reloadOnHangup(_ indexes: IndexSwitch, logger: Logger) -> DispatchSourceSignal {
        signal(SIGHUP, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGHUP, queue: .global())
        source.setEventHandler {
            do {
                let index = try indexes.reload()
                logger.info("index reloaded", metadata: ["built_at": "\(index.builtAt)"])
            } catch let error as CustomStringConvertible {
                logger.error("index reload refused; the old index stays in use", metadata: ["problem": "\(error.description)"])
            } catch {
                logger.error("index reload refused; the old index stays in use", metadata: ["problem": "\(error)"])
            }
        }
        source.resume()
        return source
    }
}
