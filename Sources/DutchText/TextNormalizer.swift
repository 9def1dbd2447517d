import Foundation

/// Turns text as people type it into comparable words: Unicode NFC, lower case, accents folded
/// ("financiële" → "financiele"), split on anything that is not a letter or digit.
public enum TextNormalizer {
    /// Longest input we analyse; a 10 kB query is cut, never an error.
    public static let maximumLength = 2_000

    /// `text` cut to `maximumLength` characters at a word boundary, so no half word is searched.
    static func truncated(_ text: String) -> String {
        // A text of at most `maximumLength` bytes has at most as many characters; counting
        // characters walks the whole text, so skip it for the usual short field.
        guard text.utf8.count > maximumLength, text.count > maximumLength else { return text }
        let head = text.prefix(maximumLength)
        guard let space = head.lastIndex(where: \.isWhitespace) else { return String(head) }
        return String(head[..<space])
    }

    /// Lower-case, accent-free form of `text`.
    public static func fold(_ text: String) -> String {
        // Most text is plain ASCII, where folding is lower-casing; Foundation's normalising and
        // folding cost microseconds a call, and fold runs for every word of every record.
        asciiLowercased(text) ?? foundationFold(text)
    }

    /// `text` lower-cased when it is all ASCII; nil when it holds anything else.
    static func asciiLowercased(_ text: String) -> String? {
        var hasUpper = false
        for byte in text.utf8 {
            if byte >= 0x80 { return nil }
            if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { hasUpper = true }
        }
        guard hasUpper else { return text }
        return String(unsafeUninitializedCapacity: text.utf8.count) { buffer in
            var count = 0
            for byte in text.utf8 {
                buffer[count] = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
                count += 1
            }
            return count
        }
    }

    /// The full fold: NFC, then case, accents and width folded by Foundation.
    static func foundationFold(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping
            .folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .lowercased()
    }

    /// The words of `text`, folded, in order. Hyphenated words give their parts and the joined
    /// form ("burn-out" → "burn", "out", "burnout"), so both spellings meet.
    public static func words(_ text: String) -> [String] {
        let folded = fold(truncated(text))
        return asciiWords(folded) ?? scalarWords(folded)
    }

    /// `words` of folded text, scalar by scalar.
    static func scalarWords(_ folded: String) -> [String] {
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
            if isWordScalar(scalar) {
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

    /// `words` of folded ASCII text, on bytes (the same rules; nil for other text).
    static func asciiWords(_ folded: String) -> [String]? {
        var folded = folded
        return folded.withUTF8 { bytes -> [String]? in
            var words: [String] = []
            var start = 0
            // Words flushed since the last compound ended: a hyphenated word's parts.
            var parts = 0
            func word(_ range: Range<Int>) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
            }
            func flush(_ end: Int) {
                if end > start {
                    words.append(word(start..<end))
                    parts += 1
                }
            }
            func endCompound() {
                // "burn-out": the parts are the last words; the joined form follows them.
                if parts > 1 { words.append(words[(words.count - parts)...].joined()) }
                parts = 0
            }
            for index in 0..<bytes.count {
                let byte = bytes[index]
                if byte >= 0x80 { return nil }
                if isWordScalar(Unicode.Scalar(byte)) { continue }
                if byte == UInt8(ascii: "-") && index > start {
                    flush(index)
                } else {
                    flush(index)
                    endCompound()
                }
                start = index + 1
            }
            flush(bytes.count)
            endCompound()
            return words
        }
    }

    /// A letter or digit. ASCII is decided without the Unicode property tables (the same
    /// answer: the ASCII letters are exactly A–Z and a–z).
    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
        case 0..<0x80: false
        default: scalar.properties.isAlphabetic
        }
    }
}
