import Foundation

/// Splits Dutch text into the sentences a reader takes in one go: list items are sentences of
/// their own, a blank line ends a sentence, and a full stop after an abbreviation ("bijv.",
/// "o.a."), an initial or inside a number ("10.00") does not.
public enum SentenceSplitter {
    /// Abbreviations that end in a full stop without ending the sentence (folded, without the
    /// final stop).
    public static let abbreviations: Set<String> = [
        "bijv", "bv", "b.v", "o.a", "t/m", "d.w.z", "o.b.v", "incl", "excl", "max", "min", "ca",
        "etc", "enz", "nr", "tel", "m.b.t", "i.p.v", "z.s.m", "e.d", "evt", "dhr", "mevr", "mw", "dr",
        "drs", "ir", "prof", "jl", "resp", "vs", "m.u.v", "i.o.m", "i.s.m", "a.d.h.v", "e.a", "o.l.v",
        "m.n", "t.a.v", "i.v.m", "ivm", "z.o.z", "blz", "st", "mr", "vnl", "gem", "o.m", "n.a.v",
        "t.o.v", "a.s", "j.l", "m.i.v", "p.p", "pag", "e.v", "zgn", "z.g.n",
    ]

    /// Characters that open a list item when they start a line ("• ", "- ", "* ", "1. ", "a) ").
    static let bulletMarks: Set<Character> = ["•", "-", "*", "–", "—", "·", "▪", "◦", "\u{F0B7}", "\\", "○", "►"]

    /// The sentences of `text`, trimmed, in order; empty for a text without words.
    public static func sentences(_ text: String) -> [String] {
        blocks(text).flatMap(splitBlock).filter(hasLetterOrNumber)
    }

    /// The first of `sentences(text)`, without splitting the blocks after it.
    public static func firstSentence(_ text: String) -> String? {
        for block in blocks(text) {
            if let sentence = splitBlock(block).first(where: hasLetterOrNumber) { return sentence }
        }
        return nil
    }

    static func hasLetterOrNumber(_ sentence: String) -> Bool {
        if sentence.utf8.allSatisfy({ $0 < 0x80 }) { return sentence.utf8.contains(where: isASCIILetterOrDigit) }
        return sentence.contains { $0.isLetter || $0.isNumber }
    }

    /// Paragraphs and list items: text between blank lines, with each list item on its own.
    static func blocks(_ text: String) -> [String] {
        var blocks: [String] = []
        var current: [String] = []
        func flush() {
            if !current.isEmpty { blocks.append(current.joined(separator: " ")) }
            current = []
        }
        for rawLine in TextSplit.split(text, on: .newline, omittingEmpty: false) {
            let line = trimmingSpaces(rawLine)
            if line.isEmpty {
                flush()
            } else if let item = listItem(line) {
                flush()
                current = [item]
            } else {
                current.append(line)
            }
        }
        flush()
        return blocks
    }

    /// The text of a list item without its mark, or nil when `line` is not a list item.
    static func listItem(_ line: String) -> String? {
        guard let first = line.first else { return nil }
        let rest = line.dropFirst()
        if bulletMarks.contains(first), rest.first?.isWhitespace == true {
            return trimmingSpaces(rest)
        }
        // "1. ", "12) ", "a) "
        let marker = line.prefix { $0.isNumber }
        if !marker.isEmpty, marker.count <= 2 {
            let after = line.dropFirst(marker.count)
            if let mark = after.first, mark == "." || mark == ")", after.dropFirst().first?.isWhitespace == true {
                return trimmingSpaces(after.dropFirst())
            }
        }
        if first.isLetter, first.isLowercase, rest.first == ")", rest.dropFirst().first?.isWhitespace == true {
            return trimmingSpaces(rest.dropFirst())
        }
        return nil
    }

    /// Splits one paragraph at sentence-ending punctuation.
    static func splitBlock(_ block: String) -> [String] {
        // Most paragraphs are ASCII: split those on bytes, without breaking graphemes.
        if block.utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "\r") }) { return splitASCIIBlock(block) }
        return splitCharacterBlock(block)
    }

    /// `splitBlock` on Characters, for any text.
    static func splitCharacterBlock(_ block: String) -> [String] {
        let chars = Array(block)
        var sentences: [String] = []
        var start = 0
        var index = 0
        while index < chars.count {
            let char = chars[index]
            if ".!?…".contains(char) {
                var end = index + 1
                while end < chars.count, ".!?…\"'’”)".contains(chars[end]) { end += 1 }
                let atEnd = end >= chars.count
                let followedBySpace = !atEnd && chars[end].isWhitespace
                if (atEnd || followedBySpace) && (char != "." || endsSentence(chars, stop: index, next: end)) {
                    sentences.append(trimmingSpaces(String(chars[start..<end])))
                    start = end
                }
                index = end
            } else {
                index += 1
            }
        }
        if start < chars.count {
            sentences.append(trimmingSpaces(String(chars[start...])))
        }
        return sentences.filter { !$0.isEmpty }
    }

    /// `splitCharacterBlock` for ASCII text without "\r", on bytes: there every byte is one
    /// Character, so the same rules give the same sentences.
    static func splitASCIIBlock(_ block: String) -> [String] {
        let bytes = Array(block.utf8)
        var sentences: [String] = []
        var start = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") {
                var end = index + 1
                while end < bytes.count, Self.asciiClosers.contains(bytes[end]) { end += 1 }
                let atEnd = end >= bytes.count
                let followedBySpace = !atEnd && isASCIIWhitespace(bytes[end])
                if (atEnd || followedBySpace) && (byte != UInt8(ascii: ".") || endsSentenceASCII(bytes, stop: index, next: end)) {
                    sentences.append(trimmingSpaces(String(decoding: bytes[start..<end], as: UTF8.self)))
                    start = end
                }
                index = end
            } else {
                index += 1
            }
        }
        if start < bytes.count {
            sentences.append(trimmingSpaces(String(decoding: bytes[start...], as: UTF8.self)))
        }
        return sentences.filter { !$0.isEmpty }
    }

    /// The ASCII characters of ".!?…\"'’”)": what may follow a stop and still end with it.
    static let asciiClosers: Set<UInt8> = Set(".!?\"')".utf8)

    /// `Character.isWhitespace` for an ASCII byte.
    static func isASCIIWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }

    static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    /// `endsSentence` for ASCII bytes.
    static func endsSentenceASCII(_ bytes: [UInt8], stop: Int, next: Int) -> Bool {
        var wordStart = stop
        while wordStart > 0, !isASCIIWhitespace(bytes[wordStart - 1]) { wordStart -= 1 }
        var word = bytes[wordStart..<stop]
        while let first = word.first, first == UInt8(ascii: "(") || first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
            word = word.dropFirst()
        }
        let folded = String(decoding: word.map { (0x41...0x5A).contains($0) ? $0 + 32 : $0 }, as: UTF8.self)
        if abbreviations.contains(folded) { return false }
        // An initial ("J. Jansen").
        if word.count == 1, let first = word.first, (0x41...0x5A).contains(first) { return false }
        var after = next
        while after < bytes.count, isASCIIWhitespace(bytes[after]) { after += 1 }
        guard after < bytes.count else { return true }
        // "ca. vijf", "o.a. welzijn": a lower-case word after a stop continues the sentence.
        return !(0x61...0x7A).contains(bytes[after])
    }

    /// `text.trimmingCharacters(in: .whitespaces)`. Its ASCII members are space and tab; when
    /// the ends are ASCII that is all there is to trim, otherwise Foundation decides.
    static func trimmingSpaces(_ text: String) -> String { trimmingSpaces(Substring(text)) }

    static func trimmingSpaces(_ text: Substring) -> String {
        let utf8 = text.utf8
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
        guard let firstKept = utf8.firstIndex(where: { !isSpace($0) }) else { return "" }
        let lastKept = utf8.lastIndex(where: { !isSpace($0) })!
        guard utf8[firstKept] < 0x80, utf8[lastKept] < 0x80 else {
            return text.trimmingCharacters(in: .whitespaces)
        }
        return String(decoding: utf8[firstKept...lastKept], as: UTF8.self)
    }

    /// Whether the full stop at `stop` ends a sentence: not after an abbreviation or an initial,
    /// and followed by what can start a sentence.
    static func endsSentence(_ chars: [Character], stop: Int, next: Int) -> Bool {
        var wordStart = stop
        while wordStart > 0, !chars[wordStart - 1].isWhitespace { wordStart -= 1 }
        var word = String(chars[wordStart..<stop])
        while let first = word.first, "(\"'‘“".contains(first) { word.removeFirst() }
        let folded = TextNormalizer.fold(word)
        if abbreviations.contains(folded) { return false }
        // An initial ("J. Jansen").
        if word.count == 1, word.first?.isUppercase == true { return false }
        var after = next
        while after < chars.count, chars[after].isWhitespace { after += 1 }
        guard after < chars.count else { return true }
        let following = chars[after]
        // "ca. vijf", "o.a. welzijn": a lower-case word after a stop continues the sentence.
        return !(following.isLetter && following.isLowercase)
    }
}

/// One token of a sentence as the B1 checker sees it.
public struct ReadabilityToken: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        /// A word of letters (possibly hyphenated: "burn-out", "POH-GGZ").
        case word
        /// Anything with a digit: a number, a time, "65-plussers", a phone number part.
        case number
        /// A web or e-mail address.
        case address
        /// An abbreviation such as "o.a." or "t/m".
        case abbreviation
    }

    public var text: String
    public var kind: Kind

    /// Upper-case first letter.
    public var isCapitalized: Bool { text.first?.isUppercase == true }
    /// Two or more letters, all upper case: an abbreviation like "VVT" or "ZHE-BAR".
    public var isAllCaps: Bool {
        let letters = text.filter(\.isLetter)
        return letters.count >= 2 && letters.allSatisfy(\.isUppercase)
    }
    /// Lower case, accents folded: the form the lexicon and the glossary use.
    public var folded: String { TextNormalizer.fold(text) }

    /// The tokens of one sentence.
    public static func tokens(_ sentence: String) -> [ReadabilityToken] {
        TextSplit.split(sentence, on: .whitespace).flatMap { chunk in
            chunkTokens.value(chunk) { tokens(chunk: chunk) }
        }
    }

    /// Each chunk's tokens, worked out once: names and template words come back in every
    /// summary.
    static let chunkTokens = Memo<String, [ReadabilityToken]>()

    static let edgePunctuation: Set<Character> = [
        "(", ")", "[", "]", "{", "}", "\"", "'", "‘", "’", "“", "”", "«", "»", ",", ";", ":", ".",
        "!", "?", "…", "-", "–", "—", "•", "*", "·", "/", "<", ">", "&", "+", "=", "|", "\\",
    ]

    static func tokens(chunk: String) -> [ReadabilityToken] {
        var text = Substring(chunk)
        if chunk.contains("://") || chunk.lowercased().hasPrefix("www.") || (chunk.contains("@") && chunk.contains(".")) {
            while let first = text.first, "(<\"'‘“".contains(first) { text = text.dropFirst() }
            while let last = text.last, ".,;:!?)>\"'’”".contains(last) { text = text.dropLast() }
            return text.isEmpty ? [] : [ReadabilityToken(text: String(text), kind: .address)]
        }
        while let first = text.first, edgePunctuation.contains(first) { text = text.dropFirst() }
        var withStop = text
        while let last = text.last, edgePunctuation.contains(last) { text = text.dropLast() }
        while let last = withStop.last, last != ".", edgePunctuation.contains(last) { withStop = withStop.dropLast() }
        guard !text.isEmpty else { return [] }
        let folded = TextNormalizer.fold(String(text))
        if SentenceSplitter.abbreviations.contains(folded)
            || (withStop.hasSuffix(".") && folded.contains(".") && !folded.contains { $0.isNumber })
        {
            return [ReadabilityToken(text: String(withStop), kind: .abbreviation)]
        }
        if text.contains("/") && !text.contains(where: \.isNumber) {
            return text.split(separator: "/").flatMap { tokens(chunk: String($0)) }
        }
        if text.contains(where: \.isNumber) {
            return [ReadabilityToken(text: String(text), kind: .number)]
        }
        guard text.contains(where: \.isLetter) else { return [] }
        return [ReadabilityToken(text: String(text), kind: .word)]
    }
}
