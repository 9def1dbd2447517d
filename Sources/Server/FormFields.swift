import Foundation
import KaartModel

/// `application/x-www-form-urlencoded` as browsers send it, in a query string or a POST body:
/// `+` is a space, `%XX` a byte of UTF-8. Hummingbird's own query map keeps `+`, so the web
/// decodes here, once, for the search form and the report form alike.
enum FormFields {
    static let maximumFields = 64

    /// The fields in order; a malformed escape or too many fields is a bad request.
    static func parse(_ encoded: String) throws(QueryError) -> [(name: String, value: String)] {
        var fields: [(name: String, value: String)] = []
        for pair in encoded.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = try decode(parts[0])
            let value = parts.count > 1 ? try decode(parts[1]) : ""
            guard !name.isEmpty else { continue }
            fields.append((name, value))
            guard fields.count <= maximumFields else {
                throw .invalid(parameter: "?", value: "\(fields.count)", expected: "hoogstens \(maximumFields) zoekopties")
            }
        }
        return fields
    }

    static func decode(_ part: Substring) throws(QueryError) -> String {
        // Most fields are plain words, with nothing to decode; Foundation's replacing and
        // percent-decoding were 4% of a search request's time.
        guard part.utf8.contains(where: { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "%") }) else { return String(part) }
        let spaced = part.replacingOccurrences(of: "+", with: " ")
        guard let decoded = spaced.removingPercentEncoding else {
            throw .invalid(parameter: String(part.prefix(30)), value: String(part.prefix(60)), expected: "tekst met geldige %-codes (UTF-8)")
        }
        return decoded
    }

    /// Encodes fields for a link, so values with `&`, `=`, `#` or spaces survive the round trip.
    static func encode(_ fields: [(name: String, value: String)]) -> String {
        fields.map { "\(escape($0.name))=\(escape($0.value))" }.joined(separator: "&")
    }

    static let unreserved = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")

    static func escape(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }
}
