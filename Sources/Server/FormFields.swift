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

    /// RFC 3986's unreserved characters: letters, digits, `-`, `.`, `_` and `~`.
    static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
            true
        default: false
        }
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// Every byte of the UTF-8 outside the unreserved characters as `%XX`, as Foundation's
    /// `addingPercentEncoding` does; by hand, because that one goes through NSString on Linux and
    /// was a tenth of a results page (every hit has three links).
    static func escape(_ text: String) -> String {
        if text.utf8.allSatisfy(isUnreserved) { return text }
        let hex = Self.hexDigits
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count * 3)
        for byte in text.utf8 {
            if isUnreserved(byte) {
                out.append(byte)
            } else {
                out += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
