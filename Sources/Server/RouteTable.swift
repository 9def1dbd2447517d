import Foundation
import HTTPTypes
import Hummingbird
import KaartModel

/// The routes and the methods each answers, recorded as they are added, so a request for a
/// real route with another method gets 405 with `Allow` instead of a 404.
final class RouteTable: Sendable {
    private let routes = Locked<[(segments: [Substring], methods: Set<HTTPRequest.Method>)]>([])

    func add(_ path: String, _ method: HTTPRequest.Method) {
        let segments = path.split(separator: "/")
        routes.withLock { routes in
            if let i = routes.firstIndex(where: { $0.segments == segments }) {
                routes[i].methods.insert(method)
            } else {
                routes.append((segments, [method]))
            }
        }
    }

    /// The methods `path` answers (HEAD with GET), sorted; empty when no route has that path.
    /// A `:name` segment of a route stands for any one segment.
    func methods(for path: String) -> [String] {
        let asked = path.split(separator: "/")
        let methods = routes.withLock { routes in
            routes.filter { route in
                route.segments.count == asked.count
                    && zip(route.segments, asked).allSatisfy { $0.hasPrefix(":") || $0 == $1 }
            }.reduce(into: Set<HTTPRequest.Method>()) { $0.formUnion($1.methods) }
        }
        var names = Set(methods.map(\.rawValue))
        if methods.contains(.get) { names.insert("HEAD") }
        return names.sorted()
    }
}

/// Adds routes to the router and the table together.
struct RouteAdder {
    let router: Router<AppRequestContext>
    let table: RouteTable

    func on(
        _ method: HTTPRequest.Method, _ path: String,
        use handler: @escaping @Sendable (Request, AppRequestContext) async throws -> some ResponseGenerator
    ) {
        router.on(RouterPath(path), method: method, use: handler)
        table.add(path, method)
    }
}
