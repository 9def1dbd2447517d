import Foundation

/// Turns text as people type it into comparable words: Unicode NFC, lower case, accents folded
/// ("financiële" → "financiele"), split on anything that is not a letter or digit.
public enum TextNormalizer {
    /// Longest input we analyse; a 10 kB query is cut, never an error.
    public static let maximumLength = 2_000

    /// `text` cut to `maximumLength` characters at a word boundary, so no half word is searched.
    static func truncated(_ text: String) -> String {
        guard text.count > maximumLength else { return text }
        let head = text.prefix(maximumLength)
        guard let space = head.lastIndex(where: \.isWhitespace) else { return String(head) }
        return String(head[..<space])
    }

    /// Lower-case, accent-free form of `text`.
    public static func fold(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping
            .folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .lowercased()
    }

    /// The words of `text`, folded, in order. Hyphenated words give their parts and the joined
    /// form ("burn-out" → "burn", "out", "burnout"), so both spellings meet.
    public static func words(_ text: String) -> [String] {
        let folded = fold(truncated(text))
        var words: [String] = []
        var current = ""
        var hyphenated: [String] = []
        func flush() {
            if !current.isEmpty {
                words.append(current)
                hyphenated.append(current)
                current = ""
            }
        }
        func endCompound() {
            if hyphenated.count > 1 { words.append(hyphenated.joined()) }
            hyphenated = []
        }
        for scalar in folded.unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                // Letters outside a–z (Arabic, Cyrillic, emoji-like letters) are kept as they are.
                current.unicodeScalars.append(scalar)
            } else if scalar == "-" && !current.isEmpty {
                flush()
            } else {
                flush()
                endCompound()
            }
        }
        flush()
        endCompound()
        return words
    }
}
