import Hummingbird
import KaartModel
import NIOCore

/// The request context: Hummingbird's core storage plus what every route needs to answer in the
/// right language and format, worked out once per request by `Negotiation`.
public struct AppRequestContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let remoteAddress: SocketAddress?
    /// The connection, so a search can stop when it closes (`WorkBudget`).
    let channel: any Channel
    /// The query string as (name, value) pairs, in order, decoded once.
    var query: [(name: String, value: String)] = []
    var language: Language = .dutch
    /// True when the page was asked for with `?taal=`, so links keep that choice.
    var languageInQuery = false
    /// The browser's language when it is one of ours and not the page's: offered as one link.
    var offeredLanguage: Language?
    /// A `taal=` value we do not know; the page is Dutch and says so.
    var unknownLanguage: String?
    /// True for the plain-text twin (`?formaat=tekst` or `Accept: text/plain`).
    var wantsText = false
    /// Set when the request is for the JSON API, so errors answer in JSON.
    var isAPI = false

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
        channel = source.channel
    }

    /// Request bodies here are a report form or a feedback object: 16 kB is plenty.
    public var maxUploadSize: Int { 16 * 1024 }

    /// The parameter `name`'s first value.
    func parameter(_ name: String) -> String? { query.first { $0.name == name }?.value }
}
