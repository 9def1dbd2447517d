import Foundation
import PropertyBased
@testable import Server
import Testing

/// Links carry ids and query values percent-encoded by hand (`FormFields.escape`); they must be
/// what Foundation's encoding gives, and read back as what was typed.
@Suite struct FormFieldsTests {
    static let allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")

    @Test("Escaping for a link gives Foundation's percent-encoding and reads back as typed")
    func escapingMatchesFoundation() async throws {
        for text in ["", "eenzaam", "a b&c=d#e", "café", "🙂", "100%", "~._-", "\u{0}\n\u{202E}", "test-steunpunt-arnhem"] {
            #expect(FormFields.escape(text) == text.addingPercentEncoding(withAllowedCharacters: Self.allowed))
        }
        await propertyCheck(count: 300, input: AbuseTests.text) { (text: String) in
            let escaped = FormFields.escape(text)
            #expect(escaped == text.addingPercentEncoding(withAllowedCharacters: Self.allowed))
            #expect(escaped.removingPercentEncoding == text)
        }
    }
}
