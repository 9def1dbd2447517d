import Foundation
import Yams

/// Where and how `kaart sync` fetches a source that lives elsewhere (`url:` in
/// `Indexer/sources.yaml`), and the rules for keeping records in step with it.
public struct RemoteSource: Sendable {
    /// An `hsds-api` base address (before `/services`), or the address of an HSDS JSON or CSV file.
    public var url: URL
    /// How often `kaart serve --sync` runs it; nil: only when `kaart sync` is run by hand.
    public var every: TimeInterval?
    /// The most one request may take, headers and body together, before it is given up.
    public var timeout: TimeInterval = 60
    /// The most a whole fetch may bring in (all pages together); more is refused.
    public var maxBytes: Int = 200_000_000
    /// The header a secret is sent in, and where the secret comes from; never the secret itself.
    public var credentials: Credentials?
    /// Successful full runs without a record before it is retired ("niet meer bij bron X").
    public var retireAfter: Int = 3
    /// The largest share of the source one run may retire; more is held back for `--accept`.
    public var maximumRetiredShare: Double = 0.2
    /// For `hsds-api`: after the first full run, runs ask only for what changed
    /// (`modified_after`); a full run this often notices deletions. nil or 0: always full.
    public var fullEvery: TimeInterval? = 7 * 86_400
    /// For `hsds-api`: stream `format=ndjson` (true), page through `/services` (false), or try
    /// ndjson and page when the server does not offer it (nil).
    public var ndjson: Bool?
    /// For `hsds-api`: services per page when paging.
    public var perPage: Int = 100
    /// Further attempts after a refused connection, a timeout, a 429 or a 5xx, with a pause between.
    public var retries: Int = 2

    public init(url: URL) { self.url = url }

    /// A secret from the environment or a file, sent in one header.
    public struct Credentials: Sendable {
        /// `Authorization` unless the source says otherwise (`X-API-Key`, …).
        public var header: String = "Authorization"
        /// Put before the secret with a space (`Bearer`); empty for a bare key.
        public var scheme: String = "Bearer"
        /// The environment variable that holds the secret.
        public var environment: String?
        /// The file that holds the secret (relative to the repository, or absolute).
        public var file: URL?

        public init(environment: String? = nil, file: URL? = nil) {
            self.environment = environment
            self.file = file
        }
    }

    /// `24h`, `30m`, `90s`, `7d` (or a bare number of seconds) as seconds.
    public static func duration(_ text: String) -> TimeInterval? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        let units: [(String, Double)] = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600), ("d", 86_400), ("w", 604_800)]
        for (suffix, factor) in units where trimmed.hasSuffix(suffix) {
            let number = trimmed.dropLast(suffix.count).trimmingCharacters(in: .whitespaces)
            if let value = Double(number), value >= 0 { return value * factor }
        }
        if let value = Double(trimmed), value >= 0 { return value }
        return nil
    }

    /// `200MB`, `1GB`, `500kB` or a number of bytes.
    public static func byteCount(_ text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        let units: [(String, Double)] = [("gb", 1e9), ("mb", 1e6), ("kb", 1e3), ("b", 1)]
        for (suffix, factor) in units where trimmed.hasSuffix(suffix) {
            let number = trimmed.dropLast(suffix.count).trimmingCharacters(in: .whitespaces)
            if let value = Double(number), value > 0 { return Int(value * factor) }
        }
        if let value = Int(trimmed), value > 0 { return value }
        return nil
    }

    /// Reads the remote part of one `sources.yaml` item; nil when it has no `url:`.
    static func parse(
        _ item: Node, name: String, format: SourceDefinition.Format, line: Int, display: String, resolve: (String) -> URL
    ) throws -> RemoteSource? {
        func fail(_ message: String) -> ImportError { .sources(display, "line \(line): source \(name): \(message)") }
        for secretKey in ["token", "password", "secret", "api_key", "apikey"] where item[secretKey] != nil || item["credentials"]?[secretKey] != nil {
            throw fail("`\(secretKey):` puts a secret in sources.yaml, which is kept in git; name an environment variable (`credentials: {env: NAME}`) or a file (`credentials: {file: PATH}`) instead")
        }
        guard let text = item["url"]?.string else {
            for key in ["every", "timeout", "max_bytes", "credentials", "retire_after", "max_retired_share", "full_every", "ndjson", "per_page", "retries"] where item[key] != nil {
                throw fail("`\(key):` only applies to a source with `url:`")
            }
            return nil
        }
        guard format != .corpus else { throw fail("the corpus is our own folder; it has no `url:`") }
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https", url.host != nil else {
            throw fail("url \"\(text)\" is not a web address (http:// or https://)")
        }
        guard url.user == nil && url.password == nil else {
            throw fail("the url holds a user name or password; put the secret in an environment variable or a file (`credentials:`)")
        }
        var remote = RemoteSource(url: url)
        func duration(_ key: String) throws -> TimeInterval? {
            guard let node = item[key] else { return nil }
            guard let text = node.string, let value = Self.duration(text) else {
                throw fail("`\(key): \(node.string ?? "?")` is not a duration; write it like 30s, 15m, 24h or 7d")
            }
            return value
        }
        remote.every = try duration("every")
        if let every = remote.every, every < 1 { throw fail("`every:` must be at least 1s") }
        if let timeout = try duration("timeout") {
            guard timeout > 0 else { throw fail("`timeout:` must be more than 0s") }
            remote.timeout = timeout
        }
        if item["full_every"] != nil { remote.fullEvery = try duration("full_every") }
        if let node = item["max_bytes"] {
            guard let text = node.string, let bytes = Self.byteCount(text) else {
                throw fail("`max_bytes:` is a size like 50MB, 500kB or a number of bytes")
            }
            remote.maxBytes = bytes
        }
        if let node = item["retire_after"] {
            guard let runs = node.int, runs >= 1 else { throw fail("`retire_after:` is a number of runs, 1 or more") }
            remote.retireAfter = runs
        }
        if let node = item["max_retired_share"] {
            let text = (node.string ?? "").trimmingCharacters(in: .whitespaces)
            let value = text.hasSuffix("%") ? Double(text.dropLast()).map { $0 / 100 } : Double(text)
            guard let value, (0...1).contains(value) else { throw fail("`max_retired_share:` is a share like 20% or 0.2") }
            remote.maximumRetiredShare = value
        }
        if let node = item["ndjson"] {
            guard let flag = node.bool else { throw fail("`ndjson:` is true or false (leave it out to try ndjson first)") }
            guard format == .hsdsAPI else { throw fail("`ndjson:` only applies to format hsds-api") }
            remote.ndjson = flag
        }
        if let node = item["per_page"] {
            guard let count = node.int, (1...1000).contains(count) else { throw fail("`per_page:` is a number from 1 to 1000") }
            remote.perPage = count
        }
        if let node = item["retries"] {
            guard let count = node.int, (0...5).contains(count) else { throw fail("`retries:` is a number from 0 to 5") }
            remote.retries = count
        }
        if let node = item["credentials"] {
            guard node.mapping != nil else { throw fail("`credentials:` is {env: NAME} or {file: PATH}, with optional header and scheme") }
            var credentials = Credentials(environment: node["env"]?.string, file: node["file"]?.string.map(resolve))
            guard (credentials.environment == nil) != (credentials.file == nil) else {
                throw fail("`credentials:` names either `env:` (an environment variable) or `file:` (a file), one of the two")
            }
            if let header = node["header"]?.string { credentials.header = header }
            if let scheme = node["scheme"] { credentials.scheme = scheme.string ?? "" }
            remote.credentials = credentials
        }
        return remote
    }
}
