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
    Application(
        router: buildRouter(settings, dependencies),
        configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "sociale-kaart"),
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? settings.port) },
        logger: dependencies.logger)
}

/// The routes and the middleware around them, outermost first: the request log, the security
/// headers, then negotiation and error rendering.
public func buildRouter(_ settings: ServerSettings, _ dependencies: ServerDependencies) -> Router<AppRequestContext> {
    let router = Router(context: AppRequestContext.self, options: .autoGenerateHeadEndpoints)
    let pages = Pages(taxonomy: dependencies.index.taxonomy, settings: settings, coverage: { dependencies.index.coverage })
    let limiter = ReportRateLimiter(limit: settings.reportsPerClient, window: settings.reportWindow, now: dependencies.now)
    let reporting = Reporting(dependencies: dependencies, limiter: limiter)
    router.add(middleware: RequestLogMiddleware(logger: dependencies.logger))
    router.add(middleware: SecurityHeadersMiddleware())
    router.add(middleware: ErrorMiddleware(pages: pages))
    WebRoutes(dependencies: dependencies, pages: pages, reporting: reporting).add(to: router)
    APIRoutes(dependencies: dependencies, reporting: reporting).add(to: router)
    MaintenanceRoutes(dependencies: dependencies).add(to: router)
    return router
}
