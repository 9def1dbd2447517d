import Foundation
import Hummingbird
import Logging
import NIOCore

/// Builds the application `kaart serve` runs and the tests call: one function, so what is
/// tested is what runs.
public func buildApplication(
    _ settings: ServerSettings, _ dependencies: ServerDependencies,
    onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) -> some ApplicationProtocol {
    let idleTimeout = TimeAmount.nanoseconds(Int64(settings.idleTimeout.components.seconds) * 1_000_000_000 + settings.idleTimeout.components.attoseconds / 1_000_000_000)
    return Application(
        router: buildRouter(settings, dependencies),
        server: .http1(configuration: .init(additionalChannelHandlers: [ClientGoneHandler()], idleTimeout: idleTimeout)),
        configuration: .init(
            address: .hostname(settings.host, port: settings.port), serverName: "sociale-kaart",
            availableConnectionsDelegate: .maximum(settings.maximumConnections, logger: dependencies.logger)),
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? settings.port) },
        logger: dependencies.logger)
}

/// The routes and the middleware around them, outermost first: the request log, the security
/// headers, then negotiation and error rendering.
public func buildRouter(_ settings: ServerSettings, _ dependencies: ServerDependencies) -> Router<AppRequestContext> {
    var dependencies = dependencies
    dependencies.searchBudget = WorkBudget(limit: settings.searchTimeBudget)
    let router = Router(context: AppRequestContext.self, options: .autoGenerateHeadEndpoints)
    let indexes = dependencies.indexes
    let pages = Pages(taxonomy: dependencies.index.taxonomy, settings: settings, coverage: { indexes.current.coverage })
    let limiter = ReportRateLimiter(limit: settings.reportsPerClient, window: settings.reportWindow, now: dependencies.now)
    let reporting = Reporting(dependencies: dependencies, limiter: limiter)
    router.add(middleware: RequestLogMiddleware(logger: dependencies.logger))
    router.add(middleware: SecurityHeadersMiddleware())
    let table = RouteTable()
    router.add(middleware: ErrorMiddleware(pages: pages, routes: table))
    let routes = RouteAdder(router: router, table: table)
    let answers = ReportRateLimiter(limit: settings.answersPerClient, window: settings.reportWindow, now: dependencies.now)
    WebRoutes(dependencies: dependencies, pages: pages, reporting: reporting, answers: answers).add(to: routes)
    ListRoutes(dependencies: dependencies, pages: pages, answers: answers).add(to: routes)
    APIRoutes(dependencies: dependencies, reporting: reporting).add(to: routes)
    SuggestionRoutes(dependencies: dependencies, pages: pages, reporting: reporting).add(to: routes)
    MaintenanceRoutes(dependencies: dependencies).add(to: routes)
    ConfirmationRoutes(dependencies: dependencies, pages: pages).add(to: routes)
    AdviceRoutes(dependencies: dependencies, pages: pages).add(to: routes)
    return router
}
