import Crypto
import Foundation
import KaartModel

/// "Klopt dit nog?": a link a provider opens without an account to confirm or correct their own
/// entry. The link carries a token that names one record and an expiry day, signed with HMAC-SHA256
/// under a secret only the server and the maintainer's command know. Nothing is stored per link:
/// the signature is the proof, the expiry the limit.
public struct ConfirmationSigner: Sendable {
    private let key: SymmetricKey

    /// A secret must be at least this long; shorter ones are refused with what to do.
    public static let minimumSecretLength = 32
    /// How long a link works unless the maintainer says otherwise.
    public static let defaultValidDays = 60

    /// `secret` comes from a file or the environment (`KAART_BEVESTIG_GEHEIM`), never from the
    /// YAML, and is never logged.
    public init(secret: String) throws(ConfirmationError) {
        let trimmed = secret.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.utf8.count >= Self.minimumSecretLength, !trimmed.contains(where: \.isWhitespace) else {
            throw .weakSecret
        }
        key = SymmetricKey(data: Data(trimmed.utf8))
    }

    /// The token for record `id`, valid up to and including `expires`.
    public func token(for id: String, expires: Day) -> String {
        let payload = "v1|\(id)|\(expires)"
        let signature = HMAC<SHA256>.authenticationCode(for: Data(payload.utf8), using: key)
        return Self.base64URL(Data(payload.utf8)) + "." + Self.base64URL(Data(signature))
    }

    /// The record a token names, when the signature is ours and it has not expired on `today`.
    public func verify(_ token: String, today: Day) throws(ConfirmationError) -> ConfirmationClaim {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard token.utf8.count <= 512, parts.count == 2, let payload = Self.data(base64URL: parts[0]),
            let signature = Self.data(base64URL: parts[1])
        else { throw .malformed }
        // Checked before the payload is read, in constant time.
        guard HMAC<SHA256>.isValidAuthenticationCode(signature, authenticating: payload, using: key) else { throw .forged }
        let fields = String(decoding: payload, as: UTF8.self).split(separator: "|", omittingEmptySubsequences: false)
        guard fields.count == 3, fields[0] == "v1", let expires = Day(String(fields[2])), !fields[1].isEmpty else {
            throw .malformed
        }
        guard today <= expires else { throw .expired(expires) }
        return ConfirmationClaim(id: String(fields[1]), expires: expires)
    }

    /// Base64 without padding, with `-` and `_`: safe in a URL path.
    public static func base64URL(_ data: Data) -> String {
        data.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static func data(base64URL text: Substring) -> Data? {
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else { return nil }
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        return Data(base64Encoded: base64)
    }
}

/// What a valid token says: which record, and until when.
public struct ConfirmationClaim: Hashable, Sendable {
    public var id: String
    public var expires: Day
}

/// Why a link cannot be used; each says what to do.
public enum ConfirmationError: Error, Hashable, Sendable, CustomStringConvertible {
    case weakSecret
    case malformed
    case forged
    case expired(Day)

    public var description: String {
        switch self {
        case .weakSecret:
            "the confirmation secret must be at least \(ConfirmationSigner.minimumSecretLength) characters without spaces; put one in a file (--geheim-bestand) or in KAART_BEVESTIG_GEHEIM, for example from `openssl rand -hex 32`"
        case .malformed: "this link is not complete; copy the whole link from the e-mail"
        case .forged: "this link was not made by the Sociale Kaart"
        case .expired(let day): "this link stopped working after \(day); ask the Sociale Kaart for a new one"
        }
    }
}

/// The mail merge for providers: one row per record with its organisation and link, as CSV. The
/// server sends no e-mail itself.
public enum ConfirmationMailMerge {
    public struct Row: Sendable {
        public var id: String
        public var name: String
        public var organization: String
        public var link: String
        public var expires: Day
    }

    /// Rows for `entries`: links to `baseURL/bevestig/TOKEN`, valid until `expires`.
    public static func rows(for entries: [Entry], signer: ConfirmationSigner, baseURL: String, expires: Day) -> [Row] {
        entries.map { entry in
            Row(
                id: entry.id, name: entry.name, organization: entry.organization?.name ?? "",
                link: baseURL + "/bevestig/" + signer.token(for: entry.id, expires: expires), expires: expires)
        }
    }

    /// RFC 4180 CSV with a header: record, naam, organisatie, link, geldig_tot.
    public static func csv(_ rows: [Row]) -> String {
        func field(_ text: String) -> String {
            // A leading =, +, - or @ would run as a formula in a spreadsheet: quote it as text.
            let safe = ["=", "+", "-", "@"].contains(where: text.hasPrefix) ? "'" + text : text
            return safe.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + safe.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : safe
        }
        let lines = [["record", "naam", "organisatie", "link", "geldig_tot"]]
            + rows.map { [$0.id, $0.name, $0.organization, $0.link, $0.expires.description] }
        return lines.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }
}
