import Foundation
import KaartModel

/// `kaart links`: does every web address in the records still answer? HEAD first, GET when the
/// server does not do HEAD; redirects followed a few times; a timeout per address; at most
/// `perHost` requests at a time to one host and `total` in all.
public struct LinkChecker: Sendable {
    public let fetcher: Fetcher
    public var timeout: TimeInterval = 10
    public var perHost = 2
    public var total = 8

    public init(fetcher: Fetcher) { self.fetcher = fetcher }

    /// One address in one record.
    public struct Link: Hashable, Sendable {
        public var entryID: String
        public var url: String
        public init(entryID: String, url: String) {
            self.entryID = entryID
            self.url = url
        }
    }

    /// The web addresses of the active records: their own and their organisation's.
    public static func links(in entries: [Entry]) -> [Link] {
        var links: [Link] = []
        for entry in entries where entry.status == .active {
            for url in [entry.url, entry.organization?.url].compactMap({ $0 }) where !links.contains(Link(entryID: entry.id, url: url)) {
                links.append(Link(entryID: entry.id, url: url))
            }
        }
        return links
    }

    /// Checks each distinct address once; the answer is nil when it works, else what is wrong.
    public func check(_ links: [Link]) async -> [String: String?] {
        var byHost: [String: [String]] = [:]
        for url in Set(links.map(\.url)).sorted() {
            byHost[URL(string: url)?.host?.lowercased() ?? url, default: []].append(url)
        }
        // Each host's addresses in `perHost` lanes; lanes run side by side, `total` at a time.
        var lanes: [[String]] = []
        for host in byHost.keys.sorted() {
            let urls = byHost[host]!
            let count = min(perHost, urls.count)
            for lane in 0..<count { lanes.append(stride(from: lane, to: urls.count, by: count).map { urls[$0] }) }
        }
        var results: [String: String?] = [:]
        await withTaskGroup(of: [(String, String?)].self) { group in
            var running = 0
            for lane in lanes {
                if running >= total, let done = await group.next() {
                    for (url, problem) in done { results[url] = problem }
                    running -= 1
                }
                group.addTask {
                    var answers: [(String, String?)] = []
                    for url in lane { answers.append((url, await self.problem(url))) }
                    return answers
                }
                running += 1
            }
            for await done in group {
                for (url, problem) in done { results[url] = problem }
            }
        }
        return results
    }

    /// nil when `text` answers with 2xx or 3xx (after redirects), else a short reason.
    public func problem(_ text: String) async -> String? {
        guard let url = URL(string: text), url.scheme == "http" || url.scheme == "https" else { return "geen webadres" }
        do {
            let head = try await fetcher.get(url, method: .HEAD, timeout: timeout, maximumBytes: 0)
            if head.status < 400 { return nil }
            // Some servers refuse HEAD (405, 501, or even 403/404): ask with GET before judging.
            let get = try await fetcher.get(url, timeout: timeout, maximumBytes: 5_000_000)
            return get.status < 400 ? nil : String(get.status)
        } catch {
            switch error {
            case .tooLarge: return nil
            case .status(let code): return String(code)
            case .timedOut, .unknownHost, .unreachable, .redirectLoop, .tooManyRedirects: return Self.describe(error)
            default: break
            }
            do {
                let get = try await fetcher.get(url, timeout: timeout, maximumBytes: 5_000_000)
                return get.status < 400 ? nil : String(get.status)
            } catch {
                if case .tooLarge = error { return nil }
                return Self.describe(error)
            }
        }
    }

    static func describe(_ problem: FetchProblem) -> String {
        switch problem {
        case .timedOut(let seconds): "geen antwoord binnen \(FetchProblem.seconds(seconds))"
        case .unknownHost: "adres onbekend (DNS)"
        case .unreachable: "geen verbinding"
        case .redirectLoop: "doorverwijzing in een kringetje"
        case .tooManyRedirects: "te veel doorverwijzingen"
        case .status(let code): String(code)
        default: "werkt niet"
        }
    }
}
