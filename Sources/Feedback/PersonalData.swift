import Foundation
import KaartModel

/// Personal data a resident may type into a report's free text: recognised and left out before
/// the report is stored, and the sender is told. The contact field is for contact details; the
/// text is read by maintainers and kept longer, so it should not hold them.
public enum PersonalData {
    public typealias Kind = PersonalDataKind

    /// What stands in the text where something was left out, for the maintainer who reads it.
    public static func marker(_ kind: Kind) -> String { "[\(kind.rawValue) weggelaten]" }

    /// `text` without e-mail addresses, phone numbers, citizen service numbers (BSN, by the
    /// eleven test) and street addresses or full postcodes; and which kinds were found.
    public static func removed(from text: String) -> (text: String, kinds: Set<Kind>) {
        var text = text
        var kinds = Set<Kind>()
        for (kind, pattern) in patterns {
            let range = NSRange(text.startIndex..., in: text)
            var changed = false
            var result = ""
            var last = text.startIndex
            for match in pattern.matches(in: text, range: range) {
                guard let found = Range(match.range, in: text) else { continue }
                if kind == .citizenServiceNumber && !passesElevenTest(text[found]) { continue }
                result += text[last..<found.lowerBound] + marker(kind)
                last = found.upperBound
                changed = true
            }
            if changed {
                text = result + text[last...]
                kinds.insert(kind)
            }
        }
        return (text, kinds)
    }

    /// Patterns in the order they are applied: e-mail first (its digits are not a phone
    /// number), phone numbers (ten digits) before the nine digits of a BSN.
    static let patterns: [(Kind, NSRegularExpression)] = [
        (.emailAddress, #"[A-Za-z0-9._%+-]+\s?(@|\(at\)|\[at\])\s?[A-Za-z0-9.-]+\.[A-Za-z]{2,}"#),
        // 06-12345678, 026 123 45 67, +31 6 1234 5678, 0031 (0)20 123 4567, 0800-1234.
        (.phoneNumber, #"(?<![\d])(\+|00)\s?31\s?(\(0\))?[\s-]?[1-9]([\s.-]?\d){7,8}(?![\d])|(?<![\d+])0[1-9]([\s.-]?\d){8}(?![\d])|(?<![\d])0[89]00[\s.-]?\d{4,7}(?![\d])"#),
        // Nine digits, as written on a pass or a letter: 123456782, 1234.56.782, 123 456 782.
        (.citizenServiceNumber, #"(?<![\d])\d{4}[.\s]?\d{2}[.\s]?\d{3}(?![\d])|(?<![\d])\d{3}[.\s]\d{3}[.\s]\d{3}(?![\d])"#),
        // A street with a house number ("Stationsstraat 12a", "Kerkplein 3-5") and full postcodes.
        (.streetAddress, #"\b[\p{L}'-]{2,}(straat|weg|laan|plein|gracht|kade|singel|dijk|pad|dreef|hof|steeg|markt|park|ring|baan|wal|plantsoen|erf|veld|kant|hoven|straatweg)\s+\d{1,5}(\s?[-/]\s?\d{1,5})?\s?[a-zA-Z]?\b|(?-i:\b\d{4}\s?[A-Z]{2}\b)(?=\s|$|[.,;:!?)])"#),
    ].map { kind, pattern in (kind, try! NSRegularExpression(pattern: pattern, options: [.caseInsensitive])) }

    /// The eleven test of a citizen service number: 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple
    /// of eleven (and not zero).
    static func passesElevenTest(_ text: Substring) -> Bool {
        let digits = text.compactMap(\.wholeNumberValue)
        guard digits.count == 9 else { return false }
        var sum = 0
        for (position, digit) in digits.enumerated() {
            sum += position == 8 ? -digit : digit * (9 - position)
        }
        return sum != 0 && sum % 11 == 0
    }
}
